"""Step 4, fast path: mentions and the article read from the words alone, with no parse.

The fast path has no tagger or entities. A word is a name when it is capitalised where a sentence
does not start, or where it starts one but the article also writes it capitalised elsewhere (or
the name list knows it); a person's name is a run of names with a given name the name list knows,
a title before it ("Rep.", "Police Chief") or a "who" after it. ``WordArticle`` gives the
resolver the same view of the article as the full path's parse does, read from these words, so
that both paths resolve sources by the same rules.
"""

from __future__ import annotations

import bisect
import functools

import regex

from ..lexicon.compiled import compile_pattern
from ..link.intervals import SpanIndex
from ..lexicon import words as lexicon_words
from ..lexicon.places import is_place_name
from ..lexicon.people import gender_of_words, honorific_gender, is_given_name, name_parts, person_titles, surname_key
from ..prepare.sentences import SentenceIndex
from .info import DEFINITE_DETS, PERSONAL, PRONOUN_GENDER, SourceInfo, lex, title_abbreviations, title_word
from .mention import Mention
from .describe_words import (_MANY, _PARTITIVE, _PLURAL_NOUNS, _PLURAL_PRONOUNS, _SUBORDINATE, _WORD,
                             _core_end, _fast_lex, _singular, describe_words)
from .reasons import reason_in

_NAME_RUN = compile_pattern(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\.?)(?:[ \t]+(?:(?:de|del|della|van|von|der|da|di|la|le|al|bin|ibn)[ \t]+)?"
                          r"(?:\p{Lu}[\p{L}'’-]*\.?)){0,5}")
_APPOSITIVE = compile_pattern(r"(?<!\s)\s*,\s*(?:a|an|the|its|their|his|her)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?)([\p{L}-]+)(?=\s*(?:,|\.|\s(?:of|at|for|in|who|with|from)\b))")
_COPULA = compile_pattern(r"(?<!\s)\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}?)([\p{L}-]+)(?=\s*(?:,|\.|\s(?:of|at|for|in|who|with|from)\b))")
_STATEMENT = compile_pattern(r"\b(?:in|issued|released|sent|published|posted)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>statement|letter|tweet|post|release|email|message|announcement)\b")
_CUE_BEFORE = compile_pattern(r"(?<!\s)\s+(?:said|says|told|tells|wrote|writes|added|adds|announced|announces|issued|released|sent|posted|published|tweeted)\b[^.]*$")
_PRONOUN_START = compile_pattern(r"(?:he|she|they|the|it|\p{N})\b", regex.IGNORECASE)
_MODIFIER = compile_pattern(r"-\p{Ll}+$")  # "Sacramento-based", "Texas-born": a modifier, not a name
_INTRO = compile_pattern(r"^(?:[\"“‘(]\s*)?(?:(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+,\s+)?$")


# An appositive right after a word, closed by a comma: ", the Bavarian carmaker and its largest client,".
_APPOSITIVE_CLOSED = compile_pattern(r",[ \t]++(?:the|a|an)[ \t]++[^,.;:“”\"\n]{2,80}+,\s")

# A name right after a preposition of place is a place ("would close in Texas").
_PLACE_BEFORE = compile_pattern(r"(?ri)\b(?:in|at|from|near|across|into|throughout|outside|inside|to)[ \t]+(?:the[ \t]+)?$")
# A sentence opening with a pronoun and its verb, or "The former envoy also ...": "The" and words in
# lower case (a description, then its verb).
_PRONOUN_OPENING = compile_pattern(r"(?P<pronoun>He|She|They)[ \t]++\p{Ll}")
_DESCRIBED_OPENING = compile_pattern(r"[Tt]he(?P<words>(?:[ \t]++[\p{Ll}-]++){2,4})")

# Patterns used per name run or per mention, compiled once. Those anchored at the end of a slice
# search from the end ((?r)), and none starts inside a run of spaces: each runs in linear time on any text.
_WORD_JUST_BEFORE = compile_pattern(r"(?r)(?:^|\s)([\p{L}.]+)\s+$")
_WHO_AFTER = compile_pattern(r"(?<!\s)\s*+,\s*who\b")
_PLACE_PREPOSITION_BEFORE = compile_pattern(r"(?r)(?:\b(?:in|at|from|to|near|across|into|throughout|outside|inside|of)|\bthe)\s+$", regex.IGNORECASE)
_NAME_AND_BEFORE = compile_pattern(r"(?r)\p{Lu}[\p{L}.'’-]*\s+(?:and|&|of|for)\s+$")
_AND_NAME_AFTER = compile_pattern(r"(?<!\s)\s++(?:and|&|of|for)\s+\p{Lu}")
_NON_SPACE = compile_pattern(r"\S+")
# The words of describe_words._WORD that start with a capital, found by one search: a word starts
# where no letter or digit stands before it in a run of word characters (the lazy look-behind stops
# at the nearest one, so the search stays linear on a run of capitals).
_CAPITALISED_WORD = compile_pattern(r"(?=\p{Uppercase})(?<![\p{L}\p{N}][\p{L}\p{N}.&'’-]*?)"
                                  r"(?:[\p{L}\p{N}][\p{L}\p{N}.&'’-]*[\p{L}\p{N}.]|[\p{L}\p{N}])")
_LAST_WORD = compile_pattern(r"(?r)([\p{L}.]+)\s*$")
_WORDS_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}.&'’-])[\p{L}\p{N}.&'’-]++\s++")  # each word with the spaces after it
_DEFINITE_BEFORE_COMMA = compile_pattern(r"(?r)(?:the|The)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s*(?:[\p{L}.]+\s+){0,3}$")


@functools.cache
def _mastheads() -> frozenset[str]:
    """Return the last words of newspaper names ("herald", "ledger")."""
    return lexicon_words("media", "names", "mastheads")


@functools.cache
def _titles_or_article() -> frozenset[str]:
    """Return the person titles and "the", "a", "an": words that open a run before a name."""
    return person_titles() | {"the", "a", "an"}


@functools.cache
def _run_openers() -> frozenset[str]:
    """Return the words that open a sentence before a name and are no part of it ("Though", "When")."""
    return _fast_lex()["not_names"] | lexicon_words("verbs", "frames", "subordinators") - {"the", "a", "an"}


class WordArticle:
    """The resolver's view of an article read from its words: sentences, people, named bodies."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._quoted = sorted(quoted or [])
        self._lower: frozenset[str] | None = None
        self._quote_starts = [s for s, _ in self._quoted]
        self._mentions: dict[tuple[int, int], Mention] = {}
        self.cue_after: dict[tuple[int, int], int] = {}  # a source mention -> where its cue starts, when after it
        self._sentences = SentenceIndex(text)
        self._starts = self._sentences.starts
        # The capitalised words, found once: the names inside sentences and the lone surnames read them.
        self._capitalised = list(_CAPITALISED_WORD.finditer(text))
        self._capitalised_inside = self._names_inside_sentences()
        self._name_words: set[int] = set()  # where the words of name runs start
        self._known_surnames: frozenset[str] = frozenset()
        persons, orgs = self._names()
        self._known_surnames = frozenset(p.surname for p in persons if p.surname and p.name_words > 1)
        self.persons = persons
        self.orgs = orgs
        self._person_spans = SpanIndex([(p.start, p.end) for p in persons])
        self._first_person_by_surname: dict[str, int] = {}
        for p in persons:
            if p.surname:
                self._first_person_by_surname[p.surname] = min(p.start, self._first_person_by_surname.get(p.surname, p.start))
        known = {}
        for p in persons:
            if p.surname and p.name_words > 1:
                known.setdefault(p.surname, p.end)
        alone = []
        taken = SpanIndex([(p.start, p.end) for p in persons])
        for w in self._capitalised:
            low = w.group().lower().removesuffix("’s").removesuffix("'s")
            if known.get(low, len(text)) <= w.start() and not taken.holds(w.start()):
                alone.append(self.mention(w.start(), w.start() + len(w.group().removesuffix("’s").removesuffix("'s"))))
        self.people = sorted(persons + alone, key=lambda m: m.start)

    # --- reading the words -------------------------------------------------------------------

    def _sentence_of(self, char: int) -> tuple[int, int]:
        return self._sentences.reaching(char)

    def _sentence_first(self, char: int) -> bool:
        start, _ = self._sentence_of(char)
        return not self.text[start:char].strip(" \"“‘(\n")

    def _names_inside_sentences(self) -> frozenset[str]:
        """Return the capitalised words the article writes where no sentence starts: names."""
        found = set()
        for w in self._capitalised:
            word = w.group()
            if not self._sentence_first(w.start()):
                found.add(word.lower().removesuffix("’s").removesuffix("'s"))
        return frozenset(found)

    def _lower_words(self) -> frozenset[str]:
        """Return the words the text writes in lower case (computed once)."""
        if self._lower is None:
            self._lower = frozenset(w for w in _WORD.findall(self.text) if w.islower())
        return self._lower

    def _is_name(self, word: str, start: int) -> bool:
        """Return True when a capitalised word is a name here, not a common word at a sentence start."""
        low = word.lower().removesuffix("’s").removesuffix("'s").rstrip(".")
        if word.isupper() and len(word) >= 2 and word.isalpha() and not self._sentence_first(start) or \
                word.isupper() and len(word) >= 3 and word.isalpha():
            return True  # "CNN", "DEA", "the WHO" (not the pronoun "who")
        if not word[:1].isupper() or low in _fast_lex()["not_names"]:
            return False
        if low in _fast_lex()["common"] or _singular(low) in _fast_lex()["common"]:
            return False
        if not self._sentence_first(start):
            return True
        if low in self._capitalised_inside or is_given_name(word) or low in lex()["outlets"]:
            return True
        # "Brennwald, the Bavarian carmaker, said ...": a word in no lexicon, never written in lower case,
        # described by an appositive closed by a comma.
        if not low.endswith(("s", "ly")) and _APPOSITIVE_CLOSED.match(self.text, start + len(word)) \
                and low not in self._lower_words():
            return True
        # "Nomura said ...": a word in no lexicon, not a plural, right before a verb of saying.
        after = _WORD.match(self.text, start + len(word) + 1)
        return not low.endswith("s") and after is not None and after.group().lower() in _fast_lex()["cue_forms"]

    def _names(self) -> tuple[list[Mention], list[Mention]]:
        """Return the people and the bodies the article names, from its runs of capitalised words."""
        persons, orgs = [], []
        titles = person_titles()
        suffixes = lex()["name_suffixes"]
        mastheads = _mastheads()
        outlet_words = lex()["outlet_nouns"] | lex()["media_nouns"]
        runs = self._runs()
        facts = []
        for start, end, words in runs:
            low = [w.lower().rstrip(".") for w in words]
            titled = _WORD_JUST_BEFORE.search(self.text[max(0, start - 40):start])
            # A title before a name is capitalised ("Judge", "President") or abbreviated ("Rep."); not "senior".
            title = titled.group(1) if titled and (titled.group(1)[:1].isupper() or titled.group(1).lower() in title_abbreviations()) else ""
            title = title.lower().rstrip(".")
            parts = name_parts(words)
            given = parts.given is not None and is_given_name(words[parts.given])
            who = _WHO_AFTER.match(self.text[end:end + 12]) is not None
            titled_name = title in titles or honorific_gender(title + ".") is not None
            last = low[-1].split("-")[-1]
            body = low[-1] in suffixes or last in mastheads or any(w in lex()["org_nouns"] or w in outlet_words for w in low) \
                or " ".join(low) in lex()["outlets"]
            # A run of two or three names with no sign of a body or a place is a person's name
            # ("Singh Jabarjung"); "in Inner Mongolia", "the Walt Disney Company" are not.
            place = _PLACE_PREPOSITION_BEFORE.search(
                                 self.text[max(0, start - 12):start]) is not None or is_place_name(words)
            # "Customs and Border Protection", "Centre for Economic Policy Research": part of a longer name.
            joined = _NAME_AND_BEFORE.search(self.text[max(0, start - 40):start]) is not None \
                or _AND_NAME_AFTER.match(self.text[end:end + 12]) is not None
            plain = 2 <= len(words) <= 3 and not place and not joined and not any(w.isupper() and len(w) > 1 for w in words)
            facts.append((start, end, words, low, body, given or titled_name or who or plain, titled_name or who))
        # A surname the article shows to be a person's anywhere ("said Sowers, who ...", "Ms. Sowers")
        # makes every run ending in it a person's ("Eyamba Sowers").
        shown = {low[-1] for _, _, words, low, body, _, evidence in facts if not body and evidence}
        for start, end, words, low, body, signal, _ in facts:
            person = not body and (len(words) >= 2 and (signal or low[-1] in shown) or len(words) == 1 and self._titled_single(start))
            self._name_words.update(w.start() for w in _WORD.finditer(self.text, start, end))
            self._mentions.pop((start, end), None)
            m = self.mention(start, end, "PERSON" if person else "ORG")
            (persons if person else orgs).append(m)
        return persons, orgs

    def _titled_single(self, start: int) -> bool:
        """Return True when a one-word name has a title before it ("Rep. McKinley", "Judge Marsh")."""
        titled = _WORD_JUST_BEFORE.search(self.text[max(0, start - 40):start])
        if not titled:
            return False
        word = titled.group(1)
        if not (word[:1].isupper() or word.lower() in title_abbreviations()):
            return False
        word = word.lower().rstrip(".")
        return word in person_titles() or honorific_gender(word + ".") is not None

    def _runs(self) -> list[tuple[int, int, list[str]]]:
        """Return the runs of capitalised words that are names: ``(start, end, words)``, titles
        before a name left out ("Police Chief | Rosa Alvarez"), cut where a sentence ends."""
        titles = person_titles()
        titles_or_article = _titles_or_article()
        calendar = lexicon_words("names", "calendar", "words")
        openers = _run_openers()
        out = []
        for run in _NAME_RUN.finditer(self.text):
            spans = [(w.start(), w.end(), w.group()) for w in _NON_SPACE.finditer(run.group())]
            spans = [(run.start() + a, run.start() + b, w) for a, b, w in spans]
            kept = []
            for a, b, w in spans:
                kept.append((a, b, w))
                if w.endswith(".") and len(w) > 2 and w.lower() not in title_abbreviations() \
                        and not (len(w) <= 5 and w.lower().rstrip(".") in titles):
                    break  # "Ken Doctor. That ...": the sentence ended
            while len(kept) > 1 and kept[0][2].lower() in openers:
                kept = kept[1:]  # "Though | Ms. Ortiz has lived ...": a sentence's first word, no part of the name
            while len(kept) > 1 and (kept[0][2].lower().rstrip(".") in titles_or_article
                                     or kept[0][2].lower() in title_abbreviations() or _MODIFIER.search(kept[0][2])):
                kept = kept[1:]  # "Sacramento-based | McClatchy", "Police Chief | Rosa Alvarez"
            # "Interim Transit Police Chief | Dana Reyes": a person's name after the last title word.
            last_title = max((k for k, (_, _, w) in enumerate(kept[:-1]) if w.lower().rstrip(".") in titles), default=None)
            if last_title is not None and len(kept) - last_title - 1 >= 2 and is_given_name(kept[last_title + 1][2]):
                kept = kept[last_title + 1:]
            while kept and kept[-1][2].lower().rstrip(".,") in _fast_lex()["not_names"]:
                kept = kept[:-1]
            if not kept:
                continue
            start, end = kept[0][0], kept[-1][1]
            text = self.text[start:end].removesuffix("’s").removesuffix("'s")
            text = text[:-1] if text.endswith(".") and not (len(kept[-1][2]) == 2) else text
            words = text.split()
            if not words or words[0].lower().rstrip(".") in calendar or words[0].lower() in _fast_lex()["not_names"]:
                continue
            # A sentence's first word is a name when a name follows it ("Montell Figgins, who ...").
            second = kept[1][0] if len(kept) > 1 else None
            if not self._is_name(words[0], start) and not (second is not None and self._is_name(words[1], second)):
                continue
            if len(words) == 1 and (len(words[0].rstrip(".")) < 2 or words[0].isupper() and words[0].lower() in titles):
                continue
            out.append((start, start + len(text), words))
        return out

    def persons_holding(self, char: int) -> list[Mention]:
        """Return the people named at character ``char`` (whose name runs hold it), in the order of ``persons``."""
        return [self.persons[k] for k in self._person_spans.holding(char)]

    def named_before(self, surname: str, char: int) -> bool:
        """True when a person with this surname is named before character ``char``."""
        return self._first_person_by_surname.get(surname, char) < char

    def mention(self, start: int, end: int, entity: str = "") -> Mention:
        """Return the Mention of the characters ``[start, end)``, read from its words (``entity``
        labels a name run the first time it is read: "PERSON" or "ORG")."""
        key = (start, end)
        found = self._mentions.get(key)
        if found is not None:
            return found
        text = self.text
        spans = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, start, end)]
        words = [w for _, _, w in spans]
        low = [w.lower() for w in words]
        if not words:
            found = Mention(start, end, (), (), "", (), (), "", "", "", "", False, False, False, None, 0, "",
                            frozenset(), frozenset(), None, entity=entity)
            self._mentions[key] = found
            return found
        core = _core_end(low, words)
        head_at = core - 1
        # "Mayer, Disney's chairman": a name before a comma is the head.
        comma = text.find(",", start, end)
        if comma != -1:
            before = [k for k, (s, _, _) in enumerate(spans) if s < comma]
            if before and before[-1] < head_at:
                head_at = before[-1]
        head = words[head_at].removesuffix("’s").removesuffix("'s")
        head_low = head.lower().rstrip(".")
        names = tuple(s in self._name_words or self._is_name(w, s) or w[:1].isupper() and w.lower() in self._known_surnames
                      for s, _, w in spans)
        pronoun = len(words) == 1 and low[0] in PERSONAL
        plural = (head_low in _PLURAL_PRONOUNS or head_low in _PLURAL_NOUNS or _singular(head_low) != head_low
                  and not names[head_at] or low[0] in _MANY and len(words) > 1)
        if names[head_at]:
            pos, tag = "PROPN", "NNP"
        elif pronoun:
            pos, tag = "PRON", "PRP"
        elif head_low.isdigit() or head_low in lex()["counts"]:
            pos, tag = "NUM", "CD"
        else:
            pos, tag = "NOUN", "NNS" if plural else "NN"
        name_at = [k for k in range(len(words)) if names[k]]
        titles = person_titles()
        leading = 0  # titles before the name ("Dr.", "Police Chief"), not a surname that is a word too ("Doctor")
        while leading < len(name_at) - 1 and low[name_at[leading]].rstrip(".") in titles:
            leading += 1
        name_only = name_at[leading:]
        name_word = names[head_at] and len(name_only) == 1 and name_only[0] == head_at and not head.isupper() \
            and head_low not in _fast_lex()["common"]
        capitals = [words[k] for k in name_at]
        before_word = _LAST_WORD.search(text[max(0, start - 12):start])
        honorific = [before_word.group(1)] if before_word and honorific_gender(before_word.group(1)) else []
        found = Mention(
            start=start, end=end, words=tuple(words), lower=tuple(low), all_lower=" ".join(low),
            propn=names, named=tuple(n or w.lower() in lex()["org_names"] for n, w in zip(names, words)),
            head=head, head_lemma=_singular(head_low) if pos == "NOUN" else head_low, head_pos=pos, head_tag=tag,
            plural=plural, partitive=_PARTITIVE.fullmatch(" ".join(low)) is not None, name_word=name_word,
            surname=surname_key(capitals) if capitals else None, name_words=len(name_only),
            initials="".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("the", "of", "for", "and", "on", "in")),
            title_words=frozenset(low[:head_at]) if names[head_at] else frozenset(),
            appositive_lemmas=frozenset(),
            gender=PRONOUN_GENDER.get(low[0]) if pronoun else gender_of_words(honorific + words),
            detailed=low[0] in DEFINITE_DETS and head_at >= 2 and pos == "NOUN",
            size=len(words), entity=entity,
        )
        self._mentions[key] = found
        return found

    # --- the Article protocol --------------------------------------------------------------

    def describe(self, m: Mention) -> SourceInfo:
        """Return the type, anonymity and descriptors of a full mention, from its words."""
        return describe_words(self, m)

    def reason(self, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
        """Return why the source at ``mention`` is anonymous, from its sentence, its cue's, or the
        next one when that starts with a pronoun ("They requested anonymity for fear of retaliation.")."""
        text = self.text
        sentences = [self._sentence_of(mention[0])]
        if cue is not None and not sentences[0][0] <= cue[0] < sentences[0][1]:
            sentences.append(self._sentence_of(cue[0]))
        last = max(sentences)[1]
        following = len(text) - len(text[last:].lstrip()) if last < len(text) else last
        if following < len(text) and _PRONOUN_START.match(text, following):
            sentences.append(self._sentence_of(min(len(text) - 1, last + 1)))
        for start, end in sorted(set(sentences)):
            found = reason_in(text, start, end)
            if found is not None:
                return found
        return None

    def sentences_back(self, char: int, reach: int) -> list[tuple[int, int]]:
        """Return the sentence holding ``char`` and up to ``reach - 1`` before it, nearest first."""
        k = bisect.bisect_right(self._starts, char) - 1
        out = []
        while k >= 0 and len(out) < reach:
            start = self._starts[k]
            end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
            out.append((start, end))
            k -= 1
        return out

    def unnamed_subject(self, sentence: tuple[int, int]) -> str | None:
        """Return "described" when the sentence opens with "The" and a role or title noun, with at most
        two words before it ("The former envoy also discussed ..."), the pronoun when it opens with
        "He", "She" or "They" and a word in lower case, else None."""
        start = sentence[0] + len(self.text[sentence[0]:sentence[1]]) - len(self.text[sentence[0]:sentence[1]].lstrip())
        pronoun = _PRONOUN_OPENING.match(self.text, start, sentence[1])
        if pronoun is not None:
            return pronoun.group("pronoun").lower()
        opening = _DESCRIBED_OPENING.match(self.text, start, sentence[1])
        if opening is None:
            return None
        nouns = opening.group("words").split()[:3]
        return "described" if any(n in lex()["roles"] or n in person_titles() for n in nouns) else None

    def in_quote(self, char: int) -> bool:
        """Return True when ``char`` is inside a quotation."""
        k = bisect.bisect_right(self._quote_starts, char) - 1
        return k >= 0 and self._quoted[k][0] <= char < self._quoted[k][1]

    def main_subject(self, m: Mention) -> bool:
        """Return True when a name opens its sentence, after at most an opening phrase and a comma
        ("Indeed, Doctor asserts ..."), and nothing ties it into a clause ("whether Thomas slept")."""
        start, _ = self._sentence_of(m.start)
        return _INTRO.match(self.text[start:m.start]) is not None

    def in_main_clause(self, m: Mention) -> bool:
        """Return True unless a word that opens a clause comes just before the mention ("provided
        by Statista", "whether Thomas slept", "who represents Thomas")."""
        start, _ = self._sentence_of(m.start)
        before = self.text[max(start, m.start - 40):m.start].lower().split()
        return not any(w in _SUBORDINATE for w in before[-3:])

    def with_title(self, m: Mention) -> Mention:
        """Return a person's mention with the titles and capitalised words before it ("Police Chief
        Rosa Alvarez", "analyst Ken Doctor")."""
        titles = person_titles()
        start = m.start
        for w in reversed(list(_WORDS_BEFORE.finditer(self.text[max(0, start - 80):start]))):
            word = w.group().strip()
            at = max(0, m.start - 80) + w.start()
            if self.text[at + len(word):start].strip() or "\n" in self.text[at + len(word):start]:
                break  # a title never runs over a line break ("… Could Fail⏎⏎Mayor Ruth Dunn")
            if word.lower().rstrip(".") in titles or word[:1].isupper() and self._is_name(word, at):
                start = at
                continue
            break
        return self.mention(start, m.end) if start != m.start else m

    def title_words(self, m: Mention) -> set[str]:
        """Return the title words of a person's mention and of the word before it ("Gov.")."""
        titled = self.with_title(m)
        before = _LAST_WORD.search(self.text[max(0, titled.start - 20):titled.start])
        words = list(titled.words) + ([before.group(1)] if before else [])
        return {title_word(w) for w in words}

    def described_as(self, m: Mention, lemma: str) -> bool:
        """Return True when the person is described with the noun in apposition ("Eyamba Sowers, a
        real estate agent,") or after "is" ("Sowers is a real estate agent")."""
        for pattern in (_APPOSITIVE, _COPULA):
            found = pattern.match(self.text, m.end, min(len(self.text), m.end + 120))
            if found and _singular(found.group(2).lower()) == lemma:
                return True
        return False

    def titled_as(self, m: Mention, role: str) -> bool:
        """Return True when a person's mention carries the role as a title ("Police Chief Dana
        Reyes"), after it in apposition, or before it ("The officer, Commander Ellis Varga")."""
        if role in {_singular(w) for w in self.with_title(m).lower} or self.described_as(m, role):
            return True
        before = self.text[max(0, m.start - 60):m.start]
        found = _DEFINITE_BEFORE_COMMA.search(before)
        return found is not None and _singular(found.group(1).lower()) == role

    def issuer(self, m: Mention) -> Mention | None:
        """Return who issued "the statement": the subject of the nearest earlier "said in a
        statement" or "issued a statement" that names one of its kind."""
        found = None
        for s in _STATEMENT.finditer(self.text, max(0, m.start - 1500), m.start):
            if _singular(s.group("noun")) == m.head_lemma:
                found = s
        if found is None:
            return None
        start, _ = self._sentence_of(found.start())
        cue = _CUE_BEFORE.search(self.text, start, found.start() + 1)
        stop = cue.start() if cue else found.start()
        subject = self.text[start:stop].strip(" \"“,")
        if not subject or len(subject.split()) > 8:
            return None
        at = self.text.find(subject, start, stop)
        return self.mention(at, at + len(subject))

    def introduced(self, m: Mention) -> Mention | None:
        """Return the indefinite mention with the same head noun that introduced "the official"."""
        pattern = compile_pattern(r"\b(?:a|an|one|another|two|three|four|five|several|some)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?"
                                + regex.escape(m.head) + r"\b", regex.IGNORECASE)
        found = None
        for hit in pattern.finditer(self.text, max(0, m.start - 1500), m.start):
            found = hit
        return self.mention(found.start(), found.end()) if found is not None else None

    def is_place(self, m: Mention) -> bool:
        """Return True when a named mention is a place: a country's or a region's name, or a name
        right after "in", "at", "from", "near" ... ("would close in Texas")."""
        return is_place_name(m.words) or _PLACE_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None

    def is_outlet(self, m: Mention) -> bool:
        """Return True when a named body is a news outlet."""
        bare = " ".join(m.lower).removeprefix("the ")
        masthead = len(m.words) > 1 and m.propn[-1] and m.lower[-1] in _mastheads()
        return bare in lex()["outlets"] or m.head_lemma in lex()["outlet_nouns"] or masthead  # "The Daily Ledger"

    def headline_end(self) -> int:
        """Return where the article's first line (its headline) ends; 0 when it is a long lede."""
        first_line = self.text.find("\n") if "\n" in self.text else len(self.text)
        return 0 if first_line > 200 else first_line

    def body_before(self, m: Mention) -> bool:
        """Return True when a named body comes earlier in the mention's sentence or the one before
        ("Customs and Border Protection tracks seizures. ..., an agency spokesman told us")."""
        sentences = self.sentences_back(m.start, 2)
        lo = sentences[-1][0]
        return any(lo <= o.start and o.end <= m.start for o in self.orgs)
