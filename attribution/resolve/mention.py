"""Step 4: a source mention as the resolver reads it, the same on both paths.

The full path fills a ``Mention`` from its parse (tags, lemmas, entities), the fast path from the
words and the lexicons. The resolver's rules read only these fields, so both paths resolve
mentions by one set of conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon.people import person_titles
from .info import DEFINITE_DETS, PERSONAL, POSSESSIVE_DETS, lex


@dataclass(frozen=True)
class Mention:
    """The words of a mention and what they are."""

    start: int
    end: int
    words: tuple[str, ...]  # its words as written, punctuation left out
    lower: tuple[str, ...]  # the same, lower-cased
    all_lower: str  # every token lower-cased and joined by spaces, punctuation included
    propn: tuple[bool, ...]  # per word: a proper noun
    named: tuple[bool, ...]  # per word: a proper noun or a named body's entity
    head: str  # the head word as written
    head_lemma: str  # its lower-cased lemma
    head_pos: str  # "PRON", "PROPN", "NOUN", "NUM", ... ("" when not known)
    head_tag: str  # "NN", "NNS", "NNP", "NNPS", ... ("" when not known)
    plural: bool
    partitive: bool  # a member of a group: "one of them", "two of the people"
    name_word: bool  # a one-word name: "Alvarez", "the 14th-ranked Schwartzman"
    surname: str | None  # the surname of the name in it, lower-cased
    name_words: int  # how many of its words are a person's name (titles left out)
    initials: str  # the capitals of its words ("IAEA" of "International Atomic Energy Agency")
    title_words: frozenset[str]  # words that modify a name at its head ("president" of "President Hallworth")
    appositive_lemmas: frozenset[str]  # nouns in apposition in it ("newspaper" of "Kurier, a daily newspaper")
    gender: str | None  # "male"/"female" when its words mark it
    detailed: bool = False  # says more than its noun: "the real estate agent", "the 62-year-old"
    entity: str = ""  # the entity label when the mention is a named entity
    size: int = 0  # its tokens, punctuation included

    @property
    def chars(self) -> tuple[int, int]:
        """Return ``(start, end)``."""
        return self.start, self.end

    def person_head(self) -> bool:
        """Return True when the head is a word for a person ("doctor", "official", "spokesman")."""
        return self.head_lemma in lex()["roles"] or self.head_lemma in person_titles()


def anaphor_kind(m: Mention, surnames: frozenset[str] = frozenset()) -> str | None:
    """Return how a mention points back ("pronoun", "partitive", "surname", "definite",
    "definite_named", "short_name", "definite_document", "bare_plural"), or None for a full mention."""
    tokens = m.words
    if not tokens:
        return None
    words = lex()
    low = m.lower
    if len(tokens) == 1 and low[0] in PERSONAL:
        return "pronoun"
    if m.partitive:
        return "partitive"
    first = low[0]
    if len(tokens) == 1 and tokens[0][:1].isupper() and low[0] in surnames:
        return "surname"  # "Doctor asserts" after "analyst Ken Doctor"; "TRUMP:" after "Donald Trump"
    if first in POSSESSIVE_DETS and m.head_pos == "NOUN" and m.head_lemma in words["roles"] and len(tokens) <= 4:
        return "definite_named" if any(m.named) else "definite"
    if first == "the" and len(tokens) == 2 and m.propn[1] and not m.name_word or (
            len(tokens) <= 3 and tokens[-1].isupper() and tokens[-1].isalpha() and 2 <= len(tokens[-1]) <= 6
            and all(w[:1].isupper() or w.lower() == "the" for w in tokens)):
        return "short_name"  # "The Post", "the IAEA", "WJC", "the Chinese CDC"
    if first == "the" and m.head_lemma in words["documents"] and len(tokens) <= 4 and m.head_tag == "NN":
        return "definite_document"  # "the 48-page report" after "a confidential report by ..."
    if m.name_word:
        return "surname"  # "Moreland" after "Rep. Curtis Moreland", "the 14th-ranked Schwartzman"
    if first in DEFINITE_DETS and m.head_pos == "NOUN" and len(tokens) <= 4 and not any(m.named):
        return "definite"  # "the official", "the authors", "the company", "the judge"
    if len(tokens) == 1 and m.head_tag == "NNS":
        return "bare_plural"  # "researchers" after "researchers at Northgate Labs"
    return None
