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

from ..lexicon import words as lexicon_words
from ..lexicon.people import gender_of_words, honorific_gender, is_given_name, name_parts, person_titles, surname_key
from .info import DEFINITE_DETS, PERSONAL, PRONOUN_GENDER, SourceInfo, lex, title_abbreviations, title_word
from .mention import Mention
from ..link.fast import sentences
from .reasons import reason_in

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.&'’-]*[\p{L}\p{N}.]|[\p{L}\p{N}]")
_PLURAL_PRONOUNS = frozenset({"they", "we", "them"})
_PLURAL_NOUNS = frozenset({"people", "police", "staff", "personnel", "crew", "clergy", "men", "women", "children"})
_MANY = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
                   "few", "both", "dozens", "hundreds"})
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
_SUBORDINATE = frozenset({"by", "whether", "that", "who", "whom", "which", "if", "because", "when", "while"})
_AFTER_PARTICIPLE = frozenset({"by", "in", "at", "to", "with", "from", "on", "for"})  # "documents reviewed by ..."
_CUT = frozenset({"of", "at", "in", "for", "from", "with", "by", "familiar", "close", "who", "which", "on", "inside",
                  "within", "involved", "briefed", "speaking", "whose", "that"})
_PARTITIVE = regex.compile(r"(?P<quantity>one|two|three|four|five|another|some|both|several|each|none|neither|either|all|many|most)"
                           r"\s+of\s+(?:them|us|(?:the|these|those)\s+(?P<head>[\p{L}-]+))")
_ACRONYM = regex.compile(r"(?:\p{Lu}\.){2,}|\p{Lu}{2,6}")
_NAME_RUN = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*\.?)(?:[ \t]+(?:(?:de|del|della|van|von|der|da|di|la|le|al|bin|ibn)[ \t]+)?"
                          r"(?:\p{Lu}[\p{L}'’-]*\.?)){0,5}")
_APPOSITIVE = regex.compile(r"\s*,\s*(?:a|an|the|its|their|his|her)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?)([\p{L}-]+)(?=\s*(?:,|\.|\s(?:of|at|for|in|who|with|from)\b))")
_COPULA = regex.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\p{L}\p{N}'’-]+\s+){0,4}?)([\p{L}-]+)(?=\s*(?:,|\.|\s(?:of|at|for|in|who|with|from)\b))")
_STATEMENT = regex.compile(r"\b(?:in|issued|released|sent|published|posted)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>statement|letter|tweet|post|release|email|message|announcement)\b")
_CUE_BEFORE = regex.compile(r"\s+(?:said|says|told|tells|wrote|writes|added|adds|announced|announces|issued|released|sent|posted|published|tweeted)\b[^.]*$")
_AFFILIATION = regex.compile(r"\s(?:for|of|at)\s+(?:the\s+)?(?:[\p{Lu}]|(?:department|ministry|agency|company|government|"
                             r"embassy|office|council|board|committee|commission|campaign|firm|bank|police|court)\b)")
_AFFILIATION_SPAN = regex.compile(r"\s(?:at|in|of|from|with|for|within|inside)\s+(?:the\s+)?"
                                  r"(?P<body>(?:[\p{Lu}][\p{L}.&'’-]*\s*)+|(?:\p{Ll}+\s+){0,2}(?:" + "|".join(
                                      sorted(lexicon_words("organizations", "nouns"), key=len, reverse=True)) + r")\b)")
_KNOWLEDGE_END = regex.compile(r"[,;.]\s|\s[—–]\s|[,;.]$")
_WORD_SPAN = regex.compile(r"[^\s,;()]+")
_PRONOUN_START = regex.compile(r"\s*(?:he|she|they|the|it|\p{N})\b", regex.IGNORECASE)
_INTRO = regex.compile(r"^(?:[\"“‘(]\s*)?(?:(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+,\s+)?$")


@functools.cache
def _fast_lex() -> dict:
    return {
        "not_names": lexicon_words("verbs", "fast", "not_names") | lexicon_words("verbs", "fast", "not_sources"),
        "person_nouns": lexicon_words("anonymity", "anonymous", "person_nouns"),
        "cue_forms": lexicon_words("verbs", "fast", "forms"),
        "common": lex()["roles"] | lex()["org_nouns"] | lex()["media_nouns"] | lex()["documents"] | lex()["vague"],
    }


def _singular(word: str) -> str:
    if word in ("men", "women", "people", "children"):
        return {"men": "man", "women": "woman", "people": "person", "children": "child"}[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _core_end(low: list[str]) -> int:
    """Return how many words of a mention come before its first cut word ("people [familiar with …]")."""
    for k, w in enumerate(low[1:], 1):
        participle = w.endswith(("ed", "en")) and w.isalpha() and k + 1 < len(low) and low[k + 1] in _AFTER_PARTICIPLE
        if w in _CUT or participle:
            return k
    return len(low)


class WordArticle:
    """The resolver's view of an article read from its words: sentences, people, named bodies."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._quoted = sorted(quoted or [])
        self._quote_starts = [s for s, _ in self._quoted]
        self._mentions: dict[tuple[int, int], Mention] = {}
        self.cue_after: dict[tuple[int, int], int] = {}  # a source mention -> where its cue starts, when after it
        self._starts = self._sentence_starts()
        self._capitalised_inside = self._names_inside_sentences()
        self._name_words: set[int] = set()  # where the words of name runs start
        self._known_surnames: frozenset[str] = frozenset()
        persons, orgs = self._names()
        self._known_surnames = frozenset(p.surname for p in persons if p.surname and p.name_words > 1)
        self.persons = persons
        self.orgs = orgs
        known = {}
        for p in persons:
            if p.surname and p.name_words > 1:
                known.setdefault(p.surname, p.end)
        alone = []
        taken = {(p.start, p.end) for p in persons}
        for w in _WORD.finditer(text):
            low = w.group().lower().removesuffix("’s").removesuffix("'s")
            if w.group()[:1].isupper() and known.get(low, len(text)) <= w.start() and not any(
                    s <= w.start() < e for s, e in taken):
                alone.append(self.mention(w.start(), w.start() + len(w.group().removesuffix("’s").removesuffix("'s"))))
        self.people = sorted(persons + alone, key=lambda m: m.start)

    # --- reading the words -------------------------------------------------------------------

    def _sentence_starts(self) -> list[int]:
        """Return where each sentence starts: the fast path's sentences within each paragraph."""
        starts = []
        for para in regex.finditer(r"[^\n]+", self.text):
            starts += [a for a, _ in sentences(self.text, para.start(), para.end())]
        return starts or [0]

    def _sentence_of(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._starts, char) - 1
        start = self._starts[max(k, 0)]
        end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
        return start, end

    def _sentence_first(self, char: int) -> bool:
        start, _ = self._sentence_of(char)
        return not self.text[start:char].strip(" \"“‘(\n")

    def _names_inside_sentences(self) -> frozenset[str]:
        """Return the capitalised words the article writes where no sentence starts: names."""
        found = set()
        for w in _WORD.finditer(self.text):
            word = w.group()
            if word[:1].isupper() and not self._sentence_first(w.start()):
                found.add(word.lower().removesuffix("’s").removesuffix("'s"))
        return frozenset(found)

    def _is_name(self, word: str, start: int) -> bool:
        """Return True when a capitalised word is a name here, not a common word at a sentence start."""
        low = word.lower().removesuffix("’s").removesuffix("'s").rstrip(".")
        if not word[:1].isupper() or low in _fast_lex()["not_names"]:
            return False
        if word.isupper() and len(word) >= 2 and word.isalpha():
            return True  # "CNN", "DEA"
        if low in _fast_lex()["common"] or _singular(low) in _fast_lex()["common"]:
            return False
        if not self._sentence_first(start):
            return True
        if low in self._capitalised_inside or is_given_name(word) or low in lex()["outlets"]:
            return True
        # "Nomura said ...": a word in no lexicon, not a plural, right before a verb of saying.
        after = _WORD.match(self.text, start + len(word) + 1)
        return not low.endswith("s") and after is not None and after.group().lower() in _fast_lex()["cue_forms"]

    def _names(self) -> tuple[list[Mention], list[Mention]]:
        """Return the people and the bodies the article names, from its runs of capitalised words."""
        persons, orgs = [], []
        titles = person_titles()
        suffixes = lex()["name_suffixes"]
        mastheads = lexicon_words("media", "names", "mastheads")
        outlet_words = lex()["outlet_nouns"] | lex()["media_nouns"]
        runs = self._runs()
        facts = []
        for start, end, words in runs:
            low = [w.lower().rstrip(".") for w in words]
            titled = regex.search(r"(?:^|\s)([\p{L}.]+)\s+$", self.text[max(0, start - 40):start])
            # A title before a name is capitalised ("Judge", "President") or abbreviated ("Rep."); not "senior".
            title = titled.group(1) if titled and (titled.group(1)[:1].isupper() or titled.group(1).lower() in title_abbreviations()) else ""
            title = title.lower().rstrip(".")
            parts = name_parts(words)
            given = parts.given is not None and is_given_name(words[parts.given])
            who = regex.match(r"\s*,\s*who\b", self.text[end:end + 12]) is not None
            titled_name = title in titles or honorific_gender(title + ".") is not None
            last = low[-1].split("-")[-1]
            body = low[-1] in suffixes or last in mastheads or any(w in lex()["org_nouns"] or w in outlet_words for w in low) \
                or " ".join(low) in lex()["outlets"]
            # A run of two or three names with no sign of a body or a place is a person's name
            # ("Singh Jabarjung"); "in Inner Mongolia", "the Walt Disney Company" are not.
            place = regex.search(r"(?:\b(?:in|at|from|to|near|across|into|throughout|outside|inside|of)|\bthe)\s+$",
                                 self.text[max(0, start - 12):start], regex.IGNORECASE) is not None
            # "Customs and Border Protection", "Centre for Economic Policy Research": part of a longer name.
            joined = regex.search(r"\p{Lu}[\p{L}.'’-]*\s+(?:and|&|of|for)\s+$", self.text[max(0, start - 40):start]) is not None \
                or regex.match(r"\s+(?:and|&|of|for)\s+\p{Lu}", self.text[end:end + 12]) is not None
            plain = 2 <= len(words) <= 3 and not place and not joined and not any(w.isupper() and len(w) > 1 for w in words)
            facts.append((start, end, words, low, body, given or titled_name or who or plain, titled_name or who))
        # A surname the article shows to be a person's anywhere ("said Sowers, who ...", "Ms. Sowers")
        # makes every run ending in it a person's ("Eyamba Sowers").
        shown = {low[-1] for _, _, words, low, body, _, evidence in facts if not body and evidence}
        for start, end, words, low, body, signal, _ in facts:
            person = not body and (len(words) >= 2 and (signal or low[-1] in shown) or len(words) == 1 and self._titled_single(start))
            self._name_words.update(w.start() for w in _WORD.finditer(self.text, start, end))
            self._mentions.pop((start, end), None)
            m = self.mention(start, end)
            m = Mention(**{**m.__dict__, "entity": "PERSON" if person else "ORG"})
            self._mentions[m.chars] = m
            (persons if person else orgs).append(m)
        return persons, orgs

    def _titled_single(self, start: int) -> bool:
        """Return True when a one-word name has a title before it ("Rep. McKinley", "Judge Marsh")."""
        titled = regex.search(r"(?:^|\s)([\p{L}.]+)\s+$", self.text[max(0, start - 40):start])
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
        calendar = lexicon_words("names", "calendar", "words")
        out = []
        for run in _NAME_RUN.finditer(self.text):
            spans = [(w.start(), w.end(), w.group()) for w in regex.finditer(r"\S+", run.group())]
            spans = [(run.start() + a, run.start() + b, w) for a, b, w in spans]
            kept = []
            for a, b, w in spans:
                kept.append((a, b, w))
                if w.endswith(".") and len(w) > 2 and w.lower() not in title_abbreviations() \
                        and not (len(w) <= 5 and w.lower().rstrip(".") in titles):
                    break  # "Ken Doctor. That ...": the sentence ended
            while len(kept) > 1 and (kept[0][2].lower().rstrip(".") in titles | {"the", "a", "an"}
                                     or kept[0][2].lower() in title_abbreviations()):
                kept = kept[1:]
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

    def mention(self, start: int, end: int) -> Mention:
        """Return the Mention of the characters ``[start, end)``, read from its words."""
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
                            frozenset(), frozenset(), None)
            self._mentions[key] = found
            return found
        core = _core_end(low)
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
        before_word = regex.search(r"([\p{L}.]+)\s*$", text[max(0, start - 12):start])
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
            size=len(words),
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
        if last < len(text) and _PRONOUN_START.match(text, last):
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
        for w in reversed(list(regex.finditer(r"[\p{L}\p{N}.&'’-]+(?=\s+$)|[\p{L}\p{N}.&'’-]+\s+", self.text[max(0, start - 80):start]))):
            word = w.group().strip()
            at = max(0, m.start - 80) + w.start()
            if self.text[at + len(word):start].strip():
                break
            if word.lower().rstrip(".") in titles or word[:1].isupper() and self._is_name(word, at):
                start = at
                continue
            break
        return self.mention(start, m.end) if start != m.start else m

    def title_words(self, m: Mention) -> set[str]:
        """Return the title words of a person's mention and of the word before it ("Gov.")."""
        titled = self.with_title(m)
        before = regex.search(r"([\p{L}.]+)\s*$", self.text[max(0, titled.start - 20):titled.start])
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
        found = regex.search(r"(?:the|The)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s*(?:[\p{L}.]+\s+){0,3}$", before)
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
        pattern = regex.compile(r"\b(?:a|an|one|another|two|three|four|five|several|some)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?"
                                + regex.escape(m.head) + r"\b", regex.IGNORECASE)
        found = None
        for hit in pattern.finditer(self.text, max(0, m.start - 1500), m.start):
            found = hit
        return self.mention(found.start(), found.end()) if found is not None else None

    def is_outlet(self, m: Mention) -> bool:
        """Return True when a named body is a news outlet."""
        bare = " ".join(m.lower).removeprefix("the ")
        return bare in lex()["outlets"] or m.head_lemma in lex()["outlet_nouns"]

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


def describe_words(article: WordArticle, m: Mention) -> SourceInfo:
    """Return the type, anonymity and vagueness of a full source mention (not an anaphor), and the
    descriptors of an anonymous one, from its words and the lexicons."""
    if not m.words:
        return SourceInfo(m.chars, "unnamed", True, False, key=f"@{m.start}")
    words = lex()
    text = article.text
    phrase = text[m.start:m.end]
    low = list(m.lower)
    core = low[:_core_end(low)] if low else []
    bare = " ".join(core).removeprefix("the ")
    head = m.head_lemma
    names = [w for w, n in list(zip(m.words, m.propn))[:len(core)] if n]  # "documents reviewed by the Courier": no name
    unnamed = any(w in words["adjectives"] for w in low)
    person_like = head in words["roles"] or head in words["vague"] or m.head.lower() in words["vague"] or head in words["publishing"] \
        or head in _fast_lex()["person_nouns"] or m.lower[-1] in words["roles"]
    info = SourceInfo(m.chars, "unnamed", True, False, plural=m.plural)
    person = _person_in(article, m)
    appositive = _appositive_name(article, m)
    if bare in words["outlets"] or " ".join(core) in words["outlets"]:
        info.type, info.anonymous = "media", False
    elif bare in {n.lower() for n in words["org_names"]}:
        info.type, info.anonymous = "organization", False
    elif person is not None and not unnamed:
        info.type, info.anonymous = "person", False
    elif head in words["documents"]:
        info.type, info.anonymous = "document", not names
    elif head in words["org_nouns"] and (names or core and (core[0] in ("the", "its", "their") or core[0].endswith(("'s", "’s")))
                                         and not m.plural):
        info.type, info.anonymous = "organization", False
    elif head in words["media_nouns"]:
        info.type, info.vague, info.anonymous = "media", not names, not names
    elif appositive is not None and not m.plural and not unnamed:
        # "Pulsar's chief executive, Ben Okonkwo, said": the person is named.
        info.type, info.anonymous, info.resolved = "person", False, appositive.chars
    elif _named_office(m) and not unnamed:
        info.type, info.anonymous = "person", False  # "New York's chief medical examiner"
    elif person_like:
        spokes = head in words["spokes"]
        info.type = "unnamed"
        body = spokes and _speaks_for_named_body(article, m, phrase)
        published = (head in words["publishing"] or m.head.lower() in words["publishing"]) and (
            _PUBLISHED_AT.search(phrase) is not None or _PUBLISHED_IN.search(text, m.start, min(len(text), m.end + 80)) is not None)
        members = ("members" in low and any(m.propn[low.index("members") + 1:])
                   or _MEMBERS_AFTER.match(text, m.end) is not None)
        if (body or published or members) and not unnamed:
            info.type, info.anonymous = "organization", False
        else:
            info.vague = (head in words["vague"] or m.head.lower() in words["vague"]) and len(core) <= 2 and not names
    elif names and m.propn[-1] and not unnamed:
        # "Pellmont Foods", "Nomura": a body's name, unless the article shows a person by it (above).
        info.type = "person" if len(names) == 1 and is_given_name(names[0]) else "organization"
        info.anonymous = False
    if info.anonymous and info.type == "unnamed":
        _describe_anonymous(article, m, info)
    if not info.anonymous:
        info.descriptors = {}
    named_person = person if person is not None else appositive if info.resolved is not None else None
    if info.type == "person" and not info.anonymous and named_person is not None and named_person.surname:
        info.key = "person:" + named_person.surname
    elif not info.anonymous:
        info.key = f"{info.type}:{bare}"
    else:
        info.key = f"@{m.start}"
    return info


# "analysts at Berenberg", "researchers at the cybersecurity firm Northgate Labs"; "the authors of the
# research published in the journal Pediatric Health"
_PUBLISHED_AT = regex.compile(r"\s(?:at|of|for|from|with)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:firm|bank|company|group|"
                              r"institute|university|consultancy|brokerage|agency|fund|center|centre)\s+)?[\p{Lu}]")
_PUBLISHED_IN = regex.compile(r"\s(?:published|appeared|appearing)\s+in\s+(?:the\s+)?(?:journal\s+)?[\p{Lu}]")
_MEMBERS_AFTER = regex.compile(r"\s*,\s*(?:all\s+)?members\s+of\s+(?:the\s+)?\p{Lu}")  # "The nurses, members of X"
_OWN_AFFILIATION = regex.compile(r"\s(?:for|of|at|with|from)\s+(?P<det>the|a|an|another|one|its|their|his|her)?\s*(?P<body>[^,;]*)")
_APPOSITIVE_NAME = regex.compile(r"\s*,\s*")


def _speaks_for_named_body(article: WordArticle, m: Mention, phrase: str) -> bool:
    """True for a spokesperson of a named body: "a spokesman for the Torvik plant", "A State
    Department spokesperson", "an agency spokesman" right after the agency is named; not "a
    spokesman for a second insurer" or "prison union representatives"."""
    own = _OWN_AFFILIATION.search(phrase)
    if own is not None:
        if own.group("det") in ("a", "an", "another", "one"):
            return False
        return own.group("det") is not None or any(w[:1].isupper() for w in own.group("body").split())
    first = m.words[0] if m.words else ""
    modified = any(w[:1].isupper() for w in m.words[1:-1]) or _ACRONYM.fullmatch(first) is not None \
        or first[:1].isupper() and first.lower() not in _DETS and not article._sentence_first(m.start)
    return modified or not m.plural and article.body_before(m)


def _appositive_name(article: WordArticle, m: Mention) -> Mention | None:
    """Return the person named right after a description ("Pulsar's chief executive, Ben
    Okonkwo, said"), else None."""
    gap = _APPOSITIVE_NAME.match(article.text, m.end)
    if gap is None:
        return None
    return next((p for p in article.persons if p.start == gap.end()), None)


def _person_in(article: WordArticle, m: Mention) -> Mention | None:
    """Return the person a mention names, when its head is a person's name ("veteran industry
    analyst Ken Doctor", "Senior author Dr. Silvia S. Martins", "Montell Figgins"), else None;
    a name that only modifies the head ("Rudolph's supporters") is not the source."""
    head_at = m.lower.index(m.head.lower()) if m.head.lower() in m.lower else len(m.words) - 1
    spans = [w.start() for w in _WORD.finditer(article.text, m.start, m.end)]
    head_start = spans[head_at] if head_at < len(spans) else m.end
    for p in article.persons:
        if m.start <= p.start and p.end <= m.end and p.start <= head_start < p.end:
            return p
    if m.name_word and m.surname and any(p.surname == m.surname for p in article.persons if p.start < m.start):
        return m
    return None


def _named_office(m: Mention) -> bool:
    """True for one office holder of a named body: "Lestonia's interior minister", "New York's
    chief medical examiner"; not "a minister" or "the country's foreign minister"."""
    low = m.lower
    owner = next((k for k, w in enumerate(low) if w.endswith(("'s", "’s"))), None)
    if owner is None or not m.propn[owner] or m.plural:
        return False
    title = " ".join(w for w in low[owner + 1:])
    offices = lex()["offices"]
    return title in offices or low[-1] in offices or "chief" in low[owner + 1:] or "top" in low[owner + 1:]


def _describe_anonymous(article: WordArticle, m: Mention, info: SourceInfo) -> None:
    """Add the count, role, affiliation and knowledge an anonymous mention gives ("two senior
    officials familiar with the talks"), as the full path's descriptors."""
    words = lex()
    text = article.text
    start, end = m.chars
    found = [(w.group(0), w.start(), w.end()) for w in _WORD_SPAN.finditer(text, start, end)]
    if not found:
        return
    low = [w.lower() for w, _, _ in found]
    head_at = _core_end(low) - 1
    first, two = low[0], " ".join(low[:2])
    if first in words["counts"] and first not in ("a", "an", "another"):
        info.count, info.descriptors["count"] = words["counts"][first], found[0][1:]
    elif two in words["counts"]:
        info.count = words["counts"][two]
    elif first in words["vague_counts"]:
        info.descriptors["count"] = found[0][1:]
    elif first.isascii() and first.isdigit():
        info.count, info.descriptors["count"] = int(first), found[0][1:]
    elif first in ("a", "an", "another", "one") or not info.plural:
        info.count = 1
    head = low[head_at].strip(".,'’")
    if _singular(head) in words["roles"] or head in words["roles"] or head in _fast_lex()["person_nouns"]:
        k = head_at
        while k > 0 and found[k - 1][0].islower() and found[k - 1][0] not in words["adjectives"] \
                and found[k - 1][0] not in words["counts"] and found[k - 1][0] not in words["vague_counts"] \
                and found[k - 1][0] not in _DETS and not found[k - 1][0][:1].isdigit():
            k -= 1
        info.descriptors["role"] = (found[k][1], found[head_at][2])
    body = _AFFILIATION_SPAN.search(text, found[head_at][2], end)
    if body:
        info.descriptors["affiliation"] = (body.start("body"), body.end("body") - (body.group("body")[-1:] == " "))
    else:
        caps = [(s, e) for k, (w, s, e) in enumerate(found[:head_at]) if w[:1].isupper() and w.lower() not in _DETS
                and w.lower() not in _fast_lex()["not_names"] and (k > 0 or _ACRONYM.fullmatch(w))]
        if caps:  # "a Pentagon official", "two U.S. officials"
            info.descriptors["affiliation"] = (caps[0][0], caps[-1][1])
    cue = article.cue_after.get(m.chars, len(text))
    knowledge = words["knowledge"].search(text, start, min(len(text), end + 40, cue))
    if knowledge:
        limit = min(len(text), knowledge.end() + 200, cue)
        stop = _KNOWLEDGE_END.search(text, knowledge.end(), limit)
        k_end = stop.start() if stop else limit
        while k_end > knowledge.end() and text[k_end - 1].isspace():
            k_end -= 1
        info.descriptors["knowledge"] = (knowledge.start(), k_end)
    if "affiliation" in info.descriptors or "knowledge" in info.descriptors:
        info.vague = False
