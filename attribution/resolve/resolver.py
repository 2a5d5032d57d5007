"""Step 4: resolve each source mention to the source it stands for, by one set of conventions.

The resolver walks the mentions in text order. A full mention is described; an anaphor (a
pronoun, a surname, "the official", "the company", "the statement") resolves to an earlier
mention that fits and takes its type, anonymity and descriptors. What it knows of the article
(its sentences, people, named bodies, quotations) comes from an ``Article``: the full path builds
one from its parse, the fast path from the words alone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Protocol

from ..lexicon.people import person_titles
from .info import PERSON_PRONOUNS, SourceInfo, lex, overlap
from .mention import Mention, anaphor_kind

WINDOW = 1500  # how far back (in characters) an anaphor looks for its antecedent


class Article(Protocol):
    """What the resolver needs to know of an article, from either path."""

    text: str  # the text every offset counts into (the parse text, or the prepared text)
    persons: list[Mention]  # the people it names, in text order
    people: list[Mention]  # the same, with surnames met alone ("Meroni" after "Paul Meroni")
    orgs: list[Mention]  # the bodies it names (not people), in text order

    def mention(self, start: int, end: int) -> Mention:
        """Return the Mention of the characters ``[start, end)``."""

    def describe(self, m: Mention) -> SourceInfo:
        """Return the type, anonymity and descriptors of a full mention."""

    def reason(self, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
        """Return the words that say why the source at ``mention`` is anonymous, or None."""

    def sentences_back(self, char: int, reach: int) -> list[tuple[int, int]]:
        """Return the sentence holding ``char`` and up to ``reach - 1`` before it, nearest first."""

    def in_quote(self, char: int) -> bool:
        """Return True when ``char`` is inside a quotation."""

    def main_subject(self, m: Mention) -> bool:
        """Return True when the mention is the subject of its sentence's main clause."""

    def in_main_clause(self, m: Mention) -> bool:
        """Return True when the mention is in its sentence's main clause, not in a clause inside it."""

    def unnamed_subject(self, sentence: tuple[int, int]) -> str | None:
        """Return "described" when the sentence's subject is a person described, not named ("The
        former envoy also discussed ..."), the pronoun when it is "he", "she" or "they", else None."""

    def with_title(self, m: Mention) -> Mention:
        """Return a person's mention with the titles and descriptions before it."""

    def title_words(self, m: Mention) -> set[str]:
        """Return the title words of a person's mention and the word before it ("governor" of "Gov.")."""

    def described_as(self, m: Mention, lemma: str) -> bool:
        """Return True when the person is described with the noun ("Sowers, a real estate agent")."""

    def titled_as(self, m: Mention, role: str) -> bool:
        """Return True when a person's mention carries the role as a title or in apposition."""

    def issuer(self, m: Mention) -> Mention | None:
        """Return who issued "the statement": the speaker of the cue that names one before it."""

    def introduced(self, m: Mention) -> Mention | None:
        """Return the indefinite mention with the same head noun that introduced "the official"."""

    def is_place(self, m: Mention) -> bool:
        """Return True when a named mention is a place ("Texas", "in St. Albans"), not a body."""

    def is_outlet(self, m: Mention) -> bool:
        """Return True when a named body is a news outlet."""


@dataclass
class Known:
    """A mention met so far and what was concluded about it."""

    mention: Mention
    info: SourceInfo


class Resolver:
    """Walks mentions in text order and resolves each anaphor to an earlier full mention.

    Besides the sources met so far, it reads the article's people (with their first full mention
    by surname) so that a pronoun or a surname finds the person it stands for even when that
    person was not quoted before.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.history: list[Known] = []
        self.surnames = frozenset(filter(None, (p.surname for p in article.persons if p.name_words > 1)))
        self._learned_gender: dict[str, str] = {}  # surname -> the gender a pronoun showed
        self._history_starts: list[int] = []  # where each mention of the history starts (sorted)
        self._longest = 0  # the longest mention in the history, in characters
        self._people_starts = [p.start for p in article.people]  # the article's people, in text order
        # Named persons met so far, by the surname of their first full mention: for each such mention,
        # where it was first met (mentions are met in text order) and the mention.
        self._named_by_surname: dict[str, dict[tuple[int, int], tuple[int, Mention]]] = {}
        # The article's people with more than a surname, by surname, in text order.
        self._persons_by_surname: dict[str, list[Mention]] = {}
        self._all_persons_by_surname: dict[str, list[Mention]] = {}  # one-word names too
        for person in article.persons:
            if person.surname:
                self._all_persons_by_surname.setdefault(person.surname, []).append(person)
                if person.size > 1:
                    self._persons_by_surname.setdefault(person.surname, []).append(person)

    def _remember(self, known: Known) -> None:
        """Add ``known`` to the history (and, for a named person, to the index by surname).

        Mentions are met in text order, so the history is sorted by where they start."""
        self.history.append(known)
        self._history_starts.append(known.mention.start)
        self._longest = max(self._longest, known.mention.end - known.mention.start)
        info = known.info
        if info.type == "person" and not info.anonymous:
            first = self.article.mention(*(info.resolved or info.mention))
            if first.surname and first.name_words > 1:
                self._named_by_surname.setdefault(first.surname, {}).setdefault(first.chars, (known.mention.start, first))

    # --- the article's people -------------------------------------------------------------

    def _full_mention(self, surname: str, before: int, given: str | None = None, gender: str | None = None) -> Mention | None:
        """Return the first mention of the person with this surname that gives more than the
        surname ("Police Chief Rosa Alvarez"), before character ``before``, or None. With a given
        name or a gender, only a person it can be ("Ann Reyes" is not "Tom Reyes", "Mr. Haddad"
        is not "Leila Haddad")."""
        best: Mention | None = None
        for met, first in self._named_by_surname.get(surname, {}).values():
            if met < before and _same_given(given, _given_name(first)) and _same_gender(gender, first.gender):
                if best is None or first.start < best.start:
                    best = first
        for person in self._persons_by_surname.get(surname, ()):  # in text order, as article.persons
            if person.start >= before or (best is not None and person.start >= best.start):
                break
            if _same_given(given, _given_name(person)) and _same_gender(gender, person.gender):
                best = self.article.with_title(person)
                break
        return best

    def _gender_of_person(self, m: Mention, info: SourceInfo | None = None) -> str | None:
        first = self.article.mention(*info.resolved) if info is not None and info.resolved is not None else None
        gender = first.gender if first is not None else None
        gender = gender or m.gender
        if gender is None:
            surname = (first if first is not None else m).surname
            gender = self._learned_gender.get(surname or "")
        return gender

    def _person_antecedent(self, m: Mention, avoid: str | None, reach: int = 5) -> Known | None:
        """Return the person a "he" or "she" stands for: the subject or source of the nearest
        sentence that has a person of a compatible gender (this sentence before the pronoun first);
        people inside quotations are left out, and a person in a clause inside a sentence counts
        only when the sentence has no subject or source that fits."""
        article = self.article
        sentences = [s for k, s in enumerate(article.sentences_back(m.start, reach))
                     if k == 0 or m.start - s[1] <= WINDOW]
        # The sources met in these sentences, or long enough to reach into them (the history is in text order).
        lowest = min((s[0] for s in sentences), default=m.start)
        recent = self.history[bisect.bisect_left(self._history_starts, lowest - self._longest):]
        sources = {k.mention.chars: k for k in recent  # not "Mr. Lane's campaign", a body
                   if not k.info.plural and (k.info.type == "person" or k.mention.person_head()
                                             and k.mention.head_lemma not in lex()["org_nouns"])}
        fallback: Known | None = None
        for k, (sent_start, sent_end) in enumerate(sentences):
            limit = m.start if k == 0 else sent_end
            found: list[tuple[bool, int, Known]] = []
            for key, known in sources.items():
                if sent_start <= key[0] and key[1] <= limit and known.mention.start != m.start:
                    found.append((True, key[0], known))
            for person in article.people[bisect.bisect_left(self._people_starts, sent_start):
                                         bisect.bisect_right(self._people_starts, limit)]:
                if sent_start <= person.start and person.end <= limit and not article.in_quote(person.start) \
                        and not any(key[0] <= person.start < key[1] for key in sources):
                    subject = article.main_subject(person)
                    if subject or k == 0 or article.in_main_clause(person):  # not "This graphic, provided by Statista" in a sentence before
                        found.append((subject, person.start, self._named_person(person)))
            found = [f for f in found if avoid is None or self._gender_of_person(f[2].mention, f[2].info) != avoid]
            salient = [f for f in found if f[0]]
            if found and not salient and k > 0 and article.unnamed_subject((sent_start, sent_end)) in ("described", m.lower[0] if m.lower else None):
                # "Tom Reyes spoke. The former envoy (or: He) also praised Carl Hale. He said ...": the
                # subject is a person described or the same pronoun, so "he" goes back to who that is,
                # not to a name beside it.
                fallback = fallback or min(found, key=lambda f: f[1])[2]
                continue
            if found:
                # The nearest sentence with a person decides; its subject or source first.
                return (max(salient, key=lambda f: f[1]) if salient else min(found, key=lambda f: f[1]))[2]
        return fallback

    def pronoun_antecedent(self, m: Mention) -> Known | None:
        """Return the person a gendered pronoun anywhere in the article stands for ("his" in "Ruiz
        said his office ..."), by the same rule as a source's "he" or "she", when that person is the
        only one in the nearest sentence that has any (the pronoun's, up to it, or the one before);
        else None. Reads the sources
        resolved so far and changes nothing."""
        low = m.lower[0] if m.lower else ""
        avoid = {"he": "female", "him": "female", "his": "female", "himself": "female",
                 "she": "male", "her": "male", "hers": "male", "herself": "male"}.get(low)
        if avoid is None:
            return None
        found = self._person_antecedent(m, avoid)
        if found is None or self._people_near(m) != {found.info.key}:
            return None
        return found

    def _people_near(self, m: Mention) -> set[str]:
        """Return the keys of the people met outside quotations in the nearest sentence that has one,
        this sentence before ``m`` or the one before it: its sources (named or not) and the people
        the article names."""
        article = self.article
        for k, (start, end) in enumerate(article.sentences_back(m.start, 2)):
            limit = m.start if k == 0 else min(end, m.start)
            keys: set[str] = set()
            for known in self.history[bisect.bisect_left(self._history_starts, start):]:
                if known.mention.start >= limit:
                    break
                if known.info.type == "person" and not known.info.plural and not article.in_quote(known.mention.start):
                    keys.add(known.info.key)
            for person in article.people[bisect.bisect_left(self._people_starts, start):]:
                if person.start >= limit:
                    break
                if not article.in_quote(person.start):
                    keys.add("person:" + person.surname if person.surname else f"@{person.start}")
            if keys:
                return keys
        return set()

    def _named_person(self, person: Mention) -> Known:
        """Return a person the article names, with its first full mention as ``resolved``."""
        titled = self.article.with_title(person)
        info = self.article.describe(titled)
        info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
        surname = titled.surname
        full = self._full_mention(surname, titled.start) if surname else None
        if full is not None and full.start < titled.start:
            info.resolved = full.chars
        if surname:
            info.key = "person:" + surname
        return Known(titled, info)

    # --- resolving -------------------------------------------------------------------------

    def resolve(self, m: Mention) -> SourceInfo:
        """Return the SourceInfo of a mention, resolving it when it is an anaphor."""
        kind = anaphor_kind(m, self.surnames)
        target: Known | None = None
        if kind is not None:
            target = self._find(m, kind)
        if target is None:
            if kind == "pronoun":
                info = self._pronoun_fallback(m)
            else:
                info = self.article.describe(m)
                titled = self._titled_by_place(m, info)
                if titled is not None:
                    info = self._as_mention_of(m, titled)
                self._first_full_of_person(m, info)
                self._first_full_of_body(m, info)
            self._remember(Known(m, info))
            return info
        info = self._as_mention_of(m, target)
        first = info.resolved
        low = m.lower[0]
        if kind == "pronoun" and low in ("he", "she", "him", "her") and info.type == "person":
            surname = self.article.mention(*first).surname
            if surname and surname not in self._learned_gender:
                self._learned_gender[surname] = "male" if low in ("he", "him") else "female"
        self._remember(Known(m, info))
        return info

    def _titled_by_place(self, m: Mention, info: SourceInfo) -> Known | None:
        """ "The Ohio governor", "the Maine senator": a definite title with a place before it, met
        after a named person with that title ("Gov. Tom Hale") is that person; else None."""
        if not m.words or not info.anonymous or m.lower[0] != "the" or len(m.words) > 4 or m.head_pos != "NOUN" or m.plural:
            return None
        if m.head_lemma not in person_titles() and m.head_lemma not in lex()["roles"]:
            return None
        return self._titled_person(m)

    @staticmethod
    def _as_mention_of(m: Mention, target: Known) -> SourceInfo:
        """Return the SourceInfo of ``m`` as a re-mention of ``target``."""
        base = target.info
        return SourceInfo(m.chars, base.type, base.anonymous, base.vague, base.resolved or base.mention, base.count,
                          dict(base.descriptors), base.anonymity_reason, base.key, base.plural)

    def _first_full_of_person(self, m: Mention, info: SourceInfo) -> None:
        """A named person met again with a shorter name ("Sheldon Richardson" after "Browns DL
        Sheldon Richardson") resolves to the first full mention."""
        if info.type != "person" or info.anonymous or not m.surname:
            return
        info.key = "person:" + m.surname
        given = _given_name(m)
        full = self._full_mention(m.surname, m.start, given, m.gender)
        if full is not None and full.start < m.start and not full.start <= m.start < full.end:
            info.resolved = full.chars
        elif given is not None and any(_given_name(p) not in (None, given)
                                       for p in self._all_persons_by_surname.get(m.surname, ()) if p.start < m.start):
            info.key = f"person:{given} {m.surname}"  # "Ann Reyes" after "Tom Reyes": another person

    def _first_full_of_body(self, m: Mention, info: SourceInfo) -> None:
        """A named body met again by the first words of its name ("McClatchy", "Sacramento-based
        McClatchy" after "McClatchy Co.") resolves to the first full mention."""
        if info.type not in ("organization", "media") or info.anonymous or info.resolved is not None or m.head_pos != "PROPN":
            return  # not "a spokeswoman for Corvane": the mention must be the name
        name: list[str] = []  # the run of proper nouns that ends the mention ("Sacramento-based | McClatchy")
        for w, named in reversed(list(zip(m.lower, m.propn))):
            if not named:
                break
            name.insert(0, w)
        if not name:
            return
        earlier = [k.mention for k in self.history if k.info.type in ("organization", "media") and not k.info.anonymous]
        earlier += [o for o in self.article.orgs]
        for other in sorted(earlier, key=lambda o: o.start):
            if other.end > m.start or other.start <= m.start < other.end:
                break
            words = [w for w, named in zip(other.lower, other.propn) if named]
            if len(words) > len(name) and words[:len(name)] == name:
                info.resolved = other.chars
                return

    def _before(self, m: Mention) -> list[Known]:
        # The history is in text order: all that starts before ``m``, and of the rest, any that ends before it.
        cut = bisect.bisect_left(self._history_starts, m.start)
        return self.history[:cut] + [k for k in self.history[cut:] if k.mention.end <= m.start]

    def _find(self, m: Mention, kind: str) -> Known | None:
        candidates = list(reversed(self._before(m)))
        if kind == "partitive":
            return next((k for k in candidates if k.info.plural and k.info.type in ("unnamed", "organization", "media")), None)
        if kind == "pronoun":
            return self._find_pronoun(m, candidates)
        if kind == "surname":
            return self._find_surname(m, candidates)
        if kind == "definite":
            return self._find_definite(m, candidates)
        if kind == "definite_document":
            return self._find_document(m, candidates)
        if kind == "bare_plural":
            return self._same_head(m, candidates, longer=True)
        if kind == "definite_named":
            # "the US official" after "a US official and a State Department official".
            words = " ".join(m.lower[1:])
            return next((k for k in candidates if words in k.mention.all_lower), None)
        return self._find_short_name(m, candidates)

    def _find_short_name(self, m: Mention, candidates: list[Known]) -> Known | None:
        """"The Post" after "the Washington Post", "the IAEA" after the agency's full name."""
        name = m.lower[-1]
        acronym = m.words[-1] if m.words[-1].isupper() and 2 <= len(m.words[-1]) <= 6 else None
        for k in candidates:
            if (name in k.mention.all_lower.split() or acronym and _stands_for(acronym, k.mention.initials)) and len(k.mention.words) > 2:
                return k
        for org in reversed([o for o in self.article.orgs if o.end <= m.start]):
            if org.size > 1 and (name in org.lower or acronym and _stands_for(acronym, org.initials)):
                return Known(org, self.article.describe(org))
        return None

    def _find_document(self, m: Mention, candidates: list[Known]) -> Known | None:
        """"The statement" is who issued it; "the 48-page report" the report named before."""
        if m.head_lemma in lex()["speech_nouns"]:
            speaker = self.article.issuer(m)
            if speaker is not None:
                for k in candidates:
                    if overlap(k.mention.chars, speaker.chars):
                        return k
                return Known(speaker, self.article.describe(speaker))
        for k in candidates:
            if m.start - k.mention.end > 3000:
                break
            if k.info.type == "document" and not k.info.plural and k.mention.head_lemma != "statement":
                return k
        return None

    def _find_pronoun(self, m: Mention, candidates: list[Known]) -> Known | None:
        low = m.lower[0]
        other = {"he": "female", "him": "female", "she": "male", "her": "male"}.get(low)
        if low in PERSON_PRONOUNS:
            if low != "i":
                return self._person_antecedent(m, other)
            return next((k for k in candidates if not k.info.plural and k.info.type in ("person", "unnamed")), None)
        for k in candidates:
            if k.mention.start < m.start - 3 * WINDOW:
                break
            if low in ("they", "we") and (k.info.plural or k.info.type in ("organization", "media")):
                return k
            if low == "it" and k.info.type in ("organization", "media", "document") and not k.info.plural:
                return k
        return None

    def _find_surname(self, m: Mention, candidates: list[Known]) -> Known | None:
        """A surname ("Alvarez", "the 14th-ranked Schwartzman") stands for the person of that
        surname named before, as a source or not."""
        if not m.surname:
            return None
        key = "person:" + m.surname
        found = next((k for k in candidates if k.info.type == "person" and not k.info.anonymous and k.info.key == key
                      and _same_gender(m.gender, self._gender_of_person(k.mention, k.info))), None)
        if found is not None:
            return found
        full = self._full_mention(m.surname, m.start, gender=m.gender)
        if full is None:
            return None
        info = self.article.describe(full)
        info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
        info.key = key
        return Known(full, info)

    def _find_definite(self, m: Mention, candidates: list[Known]) -> Known | None:
        """A definite description ("the official", "the authors", "the brokerage", "the judge"):
        an earlier source with the same head noun; else, for a body, the nearest named body of its
        kind; else a named person with that title; else the indefinite mention that introduced it;
        else, for a description with details, the person just named."""
        words = lex()
        lemma = m.head_lemma
        if lemma == "source":
            return next((k for k in candidates if k.info.anonymous and k.info.type == "unnamed"
                         and k.info.plural == m.plural), None)
        same = self._same_head(m, candidates)
        if same is not None:
            return same
        if len(m.words) == 2 and (lemma in words["generic_bodies"] or lemma in words["outlet_nouns"]):
            body = self._named_body(m, candidates)
            if body is not None:
                return body
            # "the developer", "the publisher": a person can be one too ("Property developer Dan Pruitt").
        if m.head_tag == "NN" and lemma not in words["org_nouns"]:  # "the council" is no council member
            titled = self._titled_person(m)
            if titled is not None:
                return titled
        if lemma in words["roles"] or lemma in person_titles():
            introduced = self.article.introduced(m)
            if introduced is not None:
                info = self.article.describe(introduced)
                if info.anonymous:
                    info.anonymity_reason = self.article.reason(info.mention, None)
                return Known(introduced, info)
        if m.head_tag == "NN" and m.detailed and lemma not in words["spokes"] and lemma not in ("source", "official"):
            return self._recent_person(m)
        return None

    def _same_head(self, m: Mention, candidates: list[Known], longer: bool = False) -> Known | None:
        """Return the nearest earlier source whose head noun is the mention's ("the authors" after
        "the authors of the research"), or a named person whose title it is ("President Hallworth")."""
        word = m.head.lower()
        for k in candidates:
            if m.start - k.mention.end > WINDOW * 2:
                break
            same = k.mention.head_lemma == m.head_lemma or k.mention.head_pos == "PROPN" and word in k.mention.title_words
            if same and k.info.plural == m.plural and (not longer or len(k.mention.words) > len(m.words)):
                return k
        return None

    def _named_body(self, m: Mention, candidates: list[Known]) -> Known | None:
        """Return the named body "the company", "the utility" or "the newspaper" stands for: the
        nearest earlier named source of its kind, else the nearest organization the article names."""
        words = lex()
        lemma = m.head_lemma
        media = lemma in words["media_nouns"] or lemma in words["outlet_nouns"]
        kinds = ("media",) if media else ("organization", "media")
        for k in candidates:
            if m.start - k.mention.end > WINDOW * 2:
                break
            introduced = lemma in k.mention.appositive_lemmas
            # A name's grammatical number says nothing ("Kotak Institutional Equities" is one firm).
            same_number = k.info.plural == m.plural or k.mention.head_pos == "PROPN"
            if introduced or k.info.type in kinds and not k.info.anonymous and same_number:
                return k
        if m.plural:
            return None
        for org in reversed(self.article.orgs):
            if org.end > m.start or self.article.in_quote(org.start):
                continue
            if m.start - org.end > WINDOW:
                break
            if media and self.article.is_outlet(org):
                return Known(org, self.article.describe(org))  # "The newspaper said" after "The Daily Ledger endorsed"
            if not media and org.entity == "ORG" and not self.article.is_outlet(org):
                info = self.article.describe(org)
                if info.type == "organization" and not info.anonymous:
                    return Known(org, info)
        return None

    def _titled_person(self, m: Mention) -> Known | None:
        """Return the named person "the judge" or "the governor" stands for: one with that title
        ("Judge Helen Marsh", "Gov. Jane Ruiz") or described so in apposition ("Eyamba Sowers, a
        real estate agent")."""
        word = m.head.lower()
        for person in reversed([p for p in self.article.people if p.end <= m.start]):
            if m.start - person.end > WINDOW:
                break
            if word in self.article.title_words(person) or self.article.described_as(person, m.head_lemma):
                titled = self.article.with_title(person)
                info = self.article.describe(titled)
                info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
                if person.surname:
                    info.key = "person:" + person.surname
                    full = self._full_mention(person.surname, titled.start)
                    if full is not None and full.start < titled.start:
                        info.resolved = full.chars
                return Known(titled, info)
        return None

    def _recent_person(self, m: Mention) -> Known | None:
        """Return the person a description with details ("the real estate agent", "the 62-year-old")
        re-mentions: the subject or source of this sentence or the one before, as for a pronoun."""
        avoid = {"male": "female", "female": "male"}.get(m.gender or "")
        found = self._person_antecedent(m, avoid, reach=2)
        if found is None or found.info.anonymous:
            return None
        return found

    def _pronoun_fallback(self, m: Mention) -> SourceInfo:
        """A pronoun no earlier source fits: take the nearest earlier named person or body."""
        low = m.lower[0]
        pool = self.article.persons if low in PERSON_PRONOUNS else self.article.orgs
        if low in ("they", "we"):
            pool = [o for o in pool if not self.article.is_place(o)]  # "… close in Texas. And they insisted"
        other = {"he": "female", "him": "female", "she": "male", "her": "male"}.get(low)
        before = [p for p in pool if p.end <= m.start and m.start - p.end < 2000 and (other is None or p.gender != other)]
        plural = low in ("they", "we")
        if before:
            entity = before[-1]
            info = self.article.describe(entity)
            if entity.entity == "PERSON":
                info.type, info.anonymous = "person", False
            info.resolved = entity.chars
            info.mention = m.chars
            info.plural = plural
            return info
        return SourceInfo(m.chars, "person" if not plural else "unnamed", plural, False, None, None, {}, None,
                          f"@{m.start}", plural)


def _given_name(m: Mention) -> str | None:
    """Return the lower-cased given name of a person's mention ("ann" of "Gov. Ann Reyes"), or None."""
    if m.name_words < 2 or len(m.words) < m.name_words:
        return None
    return m.words[-m.name_words].lower().rstrip(".")


def _same_gender(a: str | None, b: str | None) -> bool:
    """True unless both genders are known and differ."""
    return a is None or b is None or a == b


def _same_given(a: str | None, b: str | None) -> bool:
    """True unless two given names are known and differ (an initial matches its name: "j" and "jane")."""
    if a is None or b is None or a == b:
        return True
    return (len(a) == 1 or len(b) == 1) and a[0] == b[0]


def _stands_for(acronym: str, initials: str) -> bool:
    """True when an acronym is a name's initials ("IAEA"), or three or more of them in a row: "CDC"
    for "Chinese Center for Disease Control and Prevention" (initials "CCDCP")."""
    return acronym == initials or len(acronym) >= 3 and acronym in initials
