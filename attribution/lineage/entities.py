"""Named entities inside a quote's words: capitalised phrases, found without a parse.

Quotes read from JSONL reports have no spaCy Doc, and running a pipeline on every quote of a
corpus would cost more than the rest of the comparison, so a name is a run of capitalised words
(with "of", "for", "and" inside it: "Ministry of Foreign Affairs"), without an opening article or
pronoun ("The State Department" gives "State Department"). A single capitalised word that opens a
sentence counts only when it is an acronym ("NATO", "U.S."), a possessive ("Iran’s") or a named
body of the organizations lexicon ("Pentagon"); "Ensuring" or "They" opening a quote are not names.

Measured on the 21 direct and partial quotes of the seed articles against spaCy's NER run on the
quote text alone (ORG, GPE, PERSON, NORP, FAC, LOC): both find the names that matter for a change
("State Department", "German Foreign Office"); the capitalised phrases keep titles with names
("Secretary of State Mike Pompeo", "Ambassador [Matthew] Tueller", which spaCy split or missed)
and cost about 0.1 ms a quote against 4 ms for the pipeline, with no model to load, so quotes read
from JSONL are compared as fast as any.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import load, words
from .words import Token

_SENTENCE_END = set(".!?…:;\"“”«»")


@dataclass(frozen=True)
class Entity:
    """A name inside a quote: the indices of its first and one-past-last words, and its text."""

    first: int
    last: int
    text: str


@functools.cache
def _bodies() -> frozenset[str]:
    return frozenset(n.lower() for n in load("organizations")["names"])


def _capitalised(word: str) -> bool:
    return any(part[:1].isupper() for part in word.split("-"))  # "al-Kadhimi"


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _opens_sentence(text: str, toks: Sequence[Token], i: int) -> bool:
    if i == 0:
        return True
    between = text[toks[i - 1].end:toks[i].start]
    return any(c in _SENTENCE_END for c in between) or toks[i - 1].text.endswith(".") and not _acronym(toks[i - 1].text)


def _joined(text: str, toks: Sequence[Token], i: int) -> bool:
    """True when nothing but spaces separates word i-1 from word i (no comma, no quote mark)."""
    return text[toks[i - 1].end:toks[i].start].strip(" []()") == ""


def find_entities(text: str, toks: Sequence[Token]) -> list[Entity]:
    """Return the names inside ``text`` (whose words are ``toks``), in order."""
    openers = words("provenance", "name_openers")
    joiners = words("provenance", "name_joiners")
    out: list[Entity] = []
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and _joined(text, toks, j):
            if _capitalised(toks[j].text):
                j += 1
            elif toks[j].text.lower() in joiners and j + 1 < len(toks) and _capitalised(toks[j + 1].text) \
                    and _joined(text, toks, j + 1):
                j += 2
            else:
                break
        first = i
        while first < j and toks[first].text.lower() in openers:
            first += 1
        if first < j:
            single = j - first == 1
            word = toks[first].text
            if not single or not _opens_sentence(text, toks, first) or _acronym(word) \
                    or _possessive(word) or word.lower() in _bodies():
                out.append(Entity(first, j, text[toks[first].start:toks[j - 1].end]))
        i = j
    return out
