"""Step 2: where the sentences of a text end, read from its characters, with no parse.

One splitter for every step that needs sentences without a parse: the fast path's shapes, the
resolver's view of an article's words, the policy rules and the check server. (The full path links
within the parser's sentences; the input limit on sentence length is a guard for the parser and
cuts at every sentence mark, as the parser might.)

A sentence ends at ., ! or ? (closing marks may follow) before white space and a capital, a
digit or a symbol (an emoji), not after an abbreviation or an initial ("Mr.", "U.S.", "J."), unless the next word is one
that opens sentences ("… approval of the U.S. This goes back"); a question or exclamation in
quotation marks goes on into its tag ("“Who would have believed it?” Trump said."). Text with no
capitals after its periods is cut at every ". " so no sentence runs on without end.
"""

from __future__ import annotations

import bisect
import functools

import regex

from ..lexicon.compiled import compile_pattern
from ..lexicon import load

_SENTENCE_END = compile_pattern(r"(?<![A-Z]\.[A-Z]|\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|U\.S|Jr|Sr|Inc|Co|Corp|Ltd|vs|[ap]\.m))"
                              r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\p{N}]|\p{So})")
# A quoted question or exclamation, then its tag: "“…?” Trump said.", "“…!” she added."
_CUE_AFTER_QUOTE = compile_pattern(r"(?<=\s)(?:(?:[\p{Lu}][\p{L}.'’-]*+\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|"
                                  r"continued|replied|shouted|recalled|explained|insisted|joked)\b|(?:he|she|they|I|we)\s+(?:said|says|asked|asks|added|adds)\b)")
LONG_SENTENCE = 3000  # a sentence longer than this is cut at every ". " (text with no capitals after its periods)
ANY_END = compile_pattern(r"[.!?][\"”’)]*\s+")
_LINE = compile_pattern(r"[^\n]+")


@functools.cache
def _abbreviation_break() -> regex.Pattern:
    """Return the pattern of a sentence that ends after an abbreviation's period: the next word is one
    that opens sentences (``lexicon/verbs.toml`` ``[fast] sentence_openers``)."""
    openers = load("verbs")["fast"]["sentence_openers"]
    return compile_pattern(r"(?<=\b(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|Inc|Co|Corp|Ltd|Jr|Sr)\.[\"”’)]*)\s+(?=(?:"
                         + "|".join(openers) + r")\b(?![-\p{N}]))")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentences of ``text[start:end]`` (one paragraph) as ``(start, end)``, white space
    between them left out."""
    out, pos = [], start
    breaks = [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(text, start, end)]
    # "… approval of the U.S. This goes back": an abbreviation's period can end a sentence too.
    breaks += [(m.start(), m.end()) for m in _abbreviation_break().finditer(text, start, end)]
    for cut, after in sorted(dict(breaks).items()):
        while cut < after and text[cut] in "\"”’)":
            cut += 1
        if text[cut - 1:cut] in "\"”’" and text[cut - 2:cut - 1] in "?!" and _CUE_AFTER_QUOTE.match(text, after, end):
            continue  # "“Who would have believed it?” Trump said.": one sentence
        out.append((pos, cut))
        pos = after
    if pos < end:
        out.append((pos, end))
    if any(b - a > LONG_SENTENCE for a, b in out):
        out = [piece for a, b in out for piece in (_split_anywhere(text, a, b) if b - a > LONG_SENTENCE else [(a, b)])]
    return out


def _split_anywhere(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``[start, end)`` cut after every sentence-ending mark followed by white space."""
    out, pos = [], start
    for m in ANY_END.finditer(text, start, end):
        out.append((pos, m.start() + 1))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


class SentenceIndex:
    """The sentences of a whole text, each line a paragraph, found once and asked by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [s for line in _LINE.finditer(text) for s in sentences(text, line.start(), line.end())]
        self.starts = [a for a, _ in self.spans] or [0]

    def reaching(self, char: int) -> tuple[int, int]:
        """Return the sentence holding ``char`` as ``(start, next start)``: up to where the next
        sentence starts (the end of the text after the last)."""
        k = bisect.bisect_right(self.starts, char) - 1
        start = self.starts[max(k, 0)]
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
        return start, end

    def holding(self, start: int, end: int) -> tuple[int, int]:
        """Return ``(start, end)`` from the start of the sentence ``start`` is in to the end of the one
        ``end`` reaches into, never less than ``[start, end)`` itself: white space between sentences
        counts with the sentence before it, text before the first with the first."""
        if not self.spans:
            return 0, len(self.text)
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        j = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, i)
        return min(self.spans[i][0], start), max(self.spans[j][1], min(end, len(self.text)))
