"""Step 4: a person source's gender, as the article's own words give it, the same on both paths.

Run once all sources are resolved (``sources.resolve_sources``), over the sources grouped as the
report groups them (by ``SourceInfo.key``). A person gets a gender: a source of type "person", and
an anonymous individual (type "unnamed", one person described by a word for a person: "a senior
official", "the woman", "a source familiar with the talks"), whose gender only the article's words
can give (it has no name), so it is usually "unknown". Organisations, media, documents and groups
of people keep ``None``. The evidence is read in this order, and the first kind that has any decides:

1. **The person's own words**: an honorific before a name ("Ms. Graham", "Mr Haddad") or a
   gendered role, title or kin noun (``lexicon/gender.toml``: "spokeswoman", "chairman", "the
   victim's mother") in a mention of the person: the source's mentions, its first full mention,
   and the article's other mentions of the same name (the same given name, or the surname alone
   when no other person of that surname is named). These words are bound to the name, so no
   coreference error can put them on the wrong person: they win over pronouns.
2. **Pronouns** ("he", "she", "his", "her", "himself", "herself") outside quotations that the
   resolver's own coreference links to the person: the pronoun mentions that carry the person's
   attributions ("she said") and any other pronoun of the article whose antecedent
   (``Resolver.pronoun_antecedent``) is the person ("With his health failing, ...").

Within a kind, the gender with more words wins; an even split is "unknown" (the article's words
disagree and nothing says which is right). The evidence is the first word of the winning gender
(for pronouns, one that carries an attribution first). Only when the text says nothing, the given
name of the person's name, where the name list (``lexicon/people.py``, gender-guesser) holds it as
unambiguously male or female: basis "name", evidence the given name. Else "unknown". A role is
never read as a gender it is merely often held by.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..lexicon import words
from ..lexicon.compiled import compile_pattern
from ..lexicon.people import _suffixes, _surname_prefixes, given_name_gender, person_titles
from .info import SourceInfo
from .resolver import Resolver, _given_name

_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*")
_HONORIFIC_BEFORE = compile_pattern(r"(?r)([\p{L}.]+)[ \t]+$")  # searched in the 12 characters before a mention
_PRONOUNS = compile_pattern(r"(?<![\p{L}\p{N}'’-])(?i:he|him|his|himself|she|her|hers|herself)(?![\p{L}\p{N}'’-])")
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
# Words after which the mention no longer describes the person it names: "a spokesman for the
# Queen", "the father of the bride", "the man who ...".
_CUT = frozenset({"of", "for", "at", "with", "from", "in", "on", "to", "by", "about", "who", "whose", "which",
                  "that", "and", "&"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Gender:
    """A source's gender, why, and the words that show it (character offsets of the step's text)."""

    gender: str | None  # "female" | "male" | "unknown"; None for a source that is not a person
    basis: str | None = None  # "text" | "name" | None
    evidence: tuple[int, int] | None = None


NOT_A_PERSON = Gender(None)
UNKNOWN = Gender("unknown")


@functools.cache
def _marks() -> tuple[dict[str, str], dict[str, str]]:
    """Return the honorifics and the gendered role nouns of ``lexicon/gender.toml``, word -> gender."""
    honorifics = {w: g for g in ("female", "male") for w in words("gender", "honorifics", g)}
    roles = {w: g for g in ("female", "male") for w in words("gender", "roles", g)}
    return honorifics, roles


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the words of ``text[start:end]`` with their offsets."""
    return [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, start, end)]


def _bare(word: str) -> str:
    """Return a word lower-cased, without a possessive ending or a closing dot."""
    low = word.lower()
    for ending in ("’s", "'s", "’", "'"):
        low = low.removesuffix(ending)
    return low


def marks_in(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Return the gender marks in a person's mention ``text[start:end]``, in text order: each an
    honorific before a name ("Ms." of "Ms. Graham") or a gendered role noun ("chairwoman"), with
    its gender and span. Words in a possessive before the person ("Mr. Lane's" of "Mr. Lane's
    spokeswoman") or after a preposition or a relative word ("for the Queen") are left out; a
    capitalised role noun counts only as a title before a name ("Queen Rania"), never inside one
    ("Martin Luther King")."""
    honorifics, roles = _marks()
    tokens = _tokens(text, start, end)
    # An honorific just before the mention: "Ms." of "Ms. | Graham" when the mention is the name alone.
    before = _HONORIFIC_BEFORE.search(text[max(0, start - 12):start])
    if before is not None and before.group(1).lower() in honorifics:
        at = max(0, start - 12) + before.start(1)
        tokens.insert(0, (at, at + len(before.group(1)), before.group(1)))
    for k in range(len(tokens)):
        if _bare(tokens[k][2]) in _CUT:
            tokens = tokens[:k]
            break
    last_possessive = max((k for k, (_, _, w) in enumerate(tokens) if w.lower().endswith(("’s", "'s", "s’", "s'"))),
                          default=-1)
    tokens = tokens[last_possessive + 1:]
    found = []
    for k, (s, e, word) in enumerate(tokens):
        low = word.lower()
        following = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if low in honorifics or low.rstrip(".") in honorifics:
            if following[:1].isupper():
                found.append((honorifics.get(low) or honorifics[low.rstrip(".")], (s, e)))
            continue
        low = low.rstrip(".")
        if low not in roles:
            continue
        if word[:1].isupper():
            previous = tokens[k - 1][2] if k > 0 else ""
            inside_name = previous[:1].isupper() and previous.lower() not in _DETERMINERS \
                and previous.lower().rstrip(".") not in person_titles()
            if inside_name or not following[:1].isupper():
                continue  # "Martin Luther King", "Ms. Prince": a name, not a title
        found.append((roles[low], (s, e)))
    return found


def name_gender(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """Return the gender the given name of the person's name in ``text[start:end]`` suggests and the
    given name's span ("Rosa" of "Police Chief Rosa Alvarez"), or None when the name list holds no
    unambiguous gender for it.

    The name is the run of capitalised words that ends the mention (before a comma, a preposition
    or a relative word; "de", "van" ... may sit inside it); its last word is the surname. The given
    name is looked for before the surname, nearest first, initials skipped ("Mary E. Lovely"), a
    middle name the list does not know passed over ("Penelope Muse Abernathy"), at most two words
    back, stopping at a title, an honorific or a word in capitals ("NFL Insider Jason La Canfora")."""
    tokens = []
    for s, e, w in _tokens(text, start, end):
        if _bare(w) in _CUT or tokens and "," in text[tokens[-1][1]:s]:
            break
        tokens.append((s, e, w))
    run: list[tuple[int, int, str]] = []
    for t in tokens:
        if t[2][:1].isupper() or t[2].lower() in _surname_prefixes():
            run.append(t)
        else:
            run = []
    while run and run[-1][2].lower().rstrip(".") in _suffixes():
        run.pop()
    honorifics, _ = _marks()
    titles = person_titles()
    tried = 0
    for s, e, word in reversed(run[:-1]):
        bare = word.rstrip(".")
        if len(bare) <= 1 or word.lower() in _surname_prefixes():
            continue  # an initial ("E."), or "de" of "de Bolle"
        low = word.lower()
        if low in honorifics or any(part in titles for part in low.rstrip(".").split("-")) or (
                len(bare) > 1 and bare.isupper()):
            return None
        found = given_name_gender(bare)
        if found is not None:
            return found, (s, s + len(bare))
        tried += 1
        if tried == 2:
            return None
    return None


def _decide(votes: list[tuple[str, tuple[int, int], bool]]) -> Gender | None:
    """Return the gender the most votes give, its evidence the first vote of it (a preferred vote
    first), or UNKNOWN on an even split; None when there are no votes."""
    if not votes:
        return None
    counts = Counter(g for g, _, _ in votes)
    if counts["female"] == counts["male"]:
        return UNKNOWN
    winner = "female" if counts["female"] > counts["male"] else "male"
    mine = sorted((v for v in votes if v[0] == winner), key=lambda v: (not v[2], v[1]))
    return Gender(winner, "text", mine[0][1])


def assign_genders(resolver: Resolver, infos: list[SourceInfo]) -> dict[str, Gender]:
    """Return the Gender of every source key of ``infos`` (the resolved sources of an article);
    a key whose type is not "person" maps to NOT_A_PERSON. See the module's docstring."""
    article = resolver.article
    text = article.text
    groups: dict[str, list[SourceInfo]] = {}
    for info in sorted(infos, key=lambda x: x.mention):
        groups.setdefault(info.key, []).append(info)
    result: dict[str, Gender] = {}
    persons = {key: group for key, group in groups.items()
               if any(i.type == "person" for i in group) and not _group_of_people(article, group)
               or _anonymous_individual(article, group)}
    for key in groups:
        if key not in persons:
            result[key] = NOT_A_PERSON
    if not persons:
        return result
    named_of: dict[str, list[tuple[int, int]]] = {}
    own_of: dict[str, list[tuple[str, tuple[int, int], bool]]] = {}
    for key, group in persons.items():
        named_of[key] = _named_mentions(article, group)
        own: list[tuple[str, tuple[int, int], bool]] = []
        seen: set[tuple[int, int]] = set()
        for m in named_of[key]:
            for gender, span in marks_in(text, *m):
                if span not in seen:
                    seen.add(span)
                    own.append((gender, span, False))
        own_of[key] = own
    carrying = _pronouns_carrying(article, groups, persons)
    # Other pronouns are read (each asks the resolver for its antecedent) only for the people whose
    # own words and quotes' pronouns say nothing: for the others they would not be counted.
    linked = _pronouns_linked(resolver, groups, {k for k in persons if not own_of[k] and not carrying.get(k)})
    for key, group in persons.items():
        named = named_of[key]
        decided = _decide(own_of[key]) or _decide(carrying.get(key, [])) or _decide(linked.get(key, []))
        if decided is None:
            decided = UNKNOWN
            for m in sorted(named) if any(i.type == "person" for i in group) else ():
                guess = name_gender(text, *m)
                if guess is not None:
                    decided = Gender(guess[0], "name", guess[1])
                    break
        result[key] = decided
    return result


def _anonymous_individual(article, group: list[SourceInfo]) -> bool:
    """Return True for one unnamed person ("a senior official", "the woman who lives next door", "a
    source close to the talks"): every mention typed "unnamed", none plural or vague, no count
    above one, and the first full mention headed by a word for a person."""
    if not all(i.type == "unnamed" and not i.plural and not i.vague and i.count in (None, 1) for i in group):
        return False
    first = article.mention(*min((i.resolved or i.mention for i in group)))
    return first.person_head() or first.head_lemma in _person_words()


@functools.cache
def _person_words() -> frozenset[str]:
    """Return the words for a person that are no role or title: "woman", "resident", "mother"."""
    return words("anonymity", "anonymous", "person_nouns") | frozenset(_marks()[1])


def _group_of_people(article, group: list[SourceInfo]) -> bool:
    """Return True for people spoken of together ("researchers at Northgate Labs", "the authors"):
    every mention plural and the first full mention not a name ("Hendricks" is one person)."""
    if not all(i.plural for i in group):
        return False
    first = min((i.resolved or i.mention for i in group))
    return article.mention(*first).head_pos != "PROPN"


def _named_mentions(article, group: list[SourceInfo]) -> list[tuple[int, int]]:
    """Return the mentions of a person: its source mentions, its first full mention, and the
    article's other mentions of the same name (with titles), in text order."""
    spans = {i.mention for i in group} | {i.resolved for i in group if i.resolved is not None}
    firsts = [article.mention(*i.resolved) for i in group if i.resolved is not None]
    firsts += [article.mention(*i.mention) for i in group if i.resolved is None]
    first = next((m for m in sorted(firsts, key=lambda m: m.start) if m.surname), None)
    if first is not None:
        given = _given_name(first)
        same_surname = [p for p in article.persons if p.surname == first.surname]
        others = {_given_name(p) for p in same_surname} - {None, given}
        for person in article.people:
            if person.surname != first.surname:
                continue
            other = _given_name(person)
            if other is not None and given is not None and other != given:
                continue  # "Ann Reyes" is not "Tom Reyes"
            if other is None and others:
                continue  # "Reyes" alone when two Reyes are named: either one
            spans.add(article.with_title(person).chars)
    return sorted(spans)


def _pronouns_carrying(article, groups: dict[str, list[SourceInfo]],
                       persons: dict[str, list[SourceInfo]]) -> dict[str, list[tuple[str, tuple[int, int], bool]]]:
    """Return, per person key, the gendered pronouns outside quotations that carry the person's
    attributions ("she said"), each a vote (gender, span, True)."""
    text = article.text
    by_mention = {i.mention: key for key, group in groups.items() for i in group}
    votes: dict[str, list[tuple[str, tuple[int, int], bool]]] = {}
    for found in _PRONOUNS.finditer(text):
        key = by_mention.get(found.span())
        if key in persons and not article.in_quote(found.start()):
            votes.setdefault(key, []).append((_PRONOUN_GENDER[found.group().lower()], found.span(), True))
    return votes


def _pronouns_linked(resolver: Resolver, groups: dict[str, list[SourceInfo]],
                     wanted: set[str]) -> dict[str, list[tuple[str, tuple[int, int], bool]]]:
    """Return, per person key of ``wanted``, the other gendered pronouns outside quotations whose
    antecedent the resolver finds to be that person ("With his health failing, ..."), each a vote
    (gender, span, False)."""
    if not wanted:
        return {}
    article = resolver.article
    sources = {i.mention for group in groups.values() for i in group}
    votes: dict[str, list[tuple[str, tuple[int, int], bool]]] = {}
    for found in _PRONOUNS.finditer(article.text):
        span = found.span()
        if span in sources or article.in_quote(span[0]):
            continue
        target = resolver.pronoun_antecedent(article.mention(*span))
        if target is not None and target.info.key in wanted:
            votes.setdefault(target.info.key, []).append((_PRONOUN_GENDER[found.group().lower()], span, False))
    return votes
