"""Words of a quote, for comparing quotes across articles: tokens with offsets and canonical forms.

A token's canonical form is lower-cased, without punctuation ("U.S." is "us"), with common English
endings stripped (stemming-lite) and translation equivalents mapped to one word
("continuously"/"continually", "adapting"/"adjusts"); the lists are data in
``attribution/lexicon/provenance.toml``.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import NamedTuple

import regex

from ..lexicon.compiled import compile_pattern
from ..lexicon import load, words

_TOKEN = compile_pattern(r"\w+(?:[.'’\-]\w+)*\.?", regex.UNICODE)
_INNER = compile_pattern(r"[.'’\-]")


class Token(NamedTuple):
    """One word of a text: its offsets into that text, the word as written and its canonical form."""

    start: int
    end: int
    text: str
    canon: str


def _fold(word: str) -> str:
    """Return ``word`` lower-cased, without accents, apostrophe endings or inner periods."""
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    for tail in ("'s", "’s"):
        if word.endswith(tail):
            word = word[: -len(tail)]
    return _INNER.sub("", word)


def stem(word: str) -> str:
    """Return ``word`` (already folded) with one common English ending stripped (stemming-lite)."""
    lexicon = load("provenance")
    keep = int(lexicon["min_stem"])
    for suffix in lexicon["suffixes"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base += "e"
            word = base
            break
    if word.endswith("e") and len(word) > keep:
        word = word[:-1]
    return word


@functools.cache
def _equivalents() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in load("provenance")["equivalents"]:
        target = stem(_fold(group[0]))
        for member in group:
            folded = _fold(member)
            table.setdefault(folded, target)
            table.setdefault(stem(folded), target)
    return table


@functools.lru_cache(maxsize=200_000)
def canonical(word: str) -> str:
    """Return the form two translations of ``word`` share: folded, stemmed, equivalents mapped."""
    folded = _fold(word)
    table = _equivalents()
    if folded in table:
        return table[folded]
    stemmed = stem(folded)
    return table.get(stemmed, stemmed)


def tokens(text: str) -> list[Token]:
    """Return the words of ``text`` in order, each with offsets into ``text`` and its canonical form."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        if word.endswith(".") and word.count(".") == 1:  # a sentence's full stop, not "U.S."
            word, end = word[:-1], end - 1
        canon = canonical(word)
        if canon:
            out.append(Token(m.start(), end, word, canon))
    return out


def stopwords() -> frozenset[str]:
    """Return the canonical forms of the stopwords: too common to mark two quotes as the same."""
    return frozenset(canonical(w) for w in words("provenance", "stopwords"))
