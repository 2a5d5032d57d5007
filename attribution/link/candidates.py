"""Step 2b: candidates found without a parse: quotations (paired marks) and their paragraphs.

A quotation opens with a double mark and closes with the next closing mark in its paragraph. A
quotation whose closing mark is missing runs to the end of its paragraph, or to the next opening
mark. A paragraph that opens with a mark while the previous paragraph's quotation is still open
continues it (the multi-paragraph quote convention).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..lexicon.compiled import compile_pattern
from ..read.boilerplate import Paragraph
from ..lexicon import longest_first, words

OPENERS = frozenset("“«„‟")
CLOSERS = frozenset("”»")
STRAIGHT = '"'


@dataclass(frozen=True)
class Quote:
    """A quotation: ``[start, end)`` of the words inside the marks, and how it was delimited."""

    start: int  # first character inside the opening mark
    end: int  # one past the last character before the closing mark
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when unclosed
    paragraph: int  # index into the paragraph list
    continues_previous: bool  # opens a paragraph while the previous paragraph's quote was open


@functools.cache
def headline_credit() -> regex.Pattern:
    """Return the pattern of a wire headline's credit at the end of a paragraph ("… oil -sources").

    Group ``source`` is the credited noun phrase; the dash before it is the cue.
    """
    nouns = "|".join(longest_first(words("verbs", "headline_credit", "nouns")))
    return compile_pattern(rf"\s[-–—]\s?(?P<source>(?:[\w.'’-]+ ){{0,2}}(?:{nouns}))\s*$", regex.IGNORECASE)


_QUOTE_MARK = compile_pattern("[" + regex.escape(STRAIGHT + "".join(sorted(OPENERS)) + "".join(sorted(CLOSERS))) + "]")


def _is_opening_straight(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace() or before in "([{—–-/:;":
        return not after.isspace()
    return False


def find_quotes(text: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Return every quotation inside the text paragraphs, in order of their start."""
    quotes: list[Quote] = []
    previous_open = False
    for index, para in enumerate(paragraphs):
        if not para.is_text:
            previous_open = False
            continue
        open_at: int | None = None
        first_in_para = True
        starts_with_mark = False
        ended_open = False
        end = para.end
        for mark in _QUOTE_MARK.finditer(text, para.start, end):  # the marks only, not every character
            i, c = mark.start(), mark.group()
            if c == STRAIGHT:
                opening = open_at is None and _is_opening_straight(text, i, para.start, end)
                closing = open_at is not None
            elif c in OPENERS:
                opening, closing = True, False
            else:
                opening, closing = False, True
            if opening:
                if open_at is not None:
                    quotes.append(_make(text, open_at, i, None, index, starts_with_mark and first_in_para and previous_open))
                    first_in_para = False
                open_at = i
                if i == para.start:
                    starts_with_mark = True
            elif closing and open_at is not None:
                quotes.append(_make(text, open_at, i, i, index, starts_with_mark and first_in_para and previous_open))
                first_in_para = False
                open_at = None
        if open_at is not None:
            quotes.append(_make(text, open_at, end, None, index, starts_with_mark and first_in_para and previous_open))
            ended_open = True
        previous_open = ended_open
    return [q for q in quotes if q.end > q.start]


def _make(text: str, open_mark: int, stop: int, close_mark: int | None, paragraph: int, continues: bool) -> Quote:
    start = open_mark + 1
    end = stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Quote(start, end, open_mark, close_mark, paragraph, continues)


# A quotation right after one of these words is a title (a show, a book, a column), not speech:
# 'said on "Face the Nation."', 'wrote in "The Quiet Year."', 'a program called "Second Chance."'.
_TITLE_BEFORE = compile_pattern(r"(?i)(?:^|[\s(])(?:on|in|to|at|from|for|of|with|by|called|titled|entitled|named|dubbed)[ \t]*+$")


def is_title(text: str, quote: Quote) -> bool:
    """Return True when a quotation is a title: a few words opening with a capital, right after a
    preposition or "called", "titled", "named" ('said on "Face the Nation."'); not a quotation of
    words ('pointed to "serious flaws"')."""
    words_ = text[quote.start:quote.end].split()
    return 0 < len(words_) <= 8 and words_[0][:1].isupper() and \
        _TITLE_BEFORE.search(text, max(0, quote.open_mark - 12), quote.open_mark) is not None


def goes_on_after_cue(text: str, quotes: list[Quote], k: int, cue_start: int | None) -> bool:
    """Return True for the short second half of a quote split by its cue ("“A,” she said. “Not
    one.”"): the quote before it is closed in the same paragraph, the cue of its speaker (starting at
    ``cue_start``; None when it has no speaker's cue) is all that lies between, within 80
    characters, and this half ends a sentence."""
    if cue_start is None or k == 0 or quotes[k - 1].paragraph != quotes[k].paragraph or quotes[k - 1].close_mark is None:
        return False
    gap = (quotes[k - 1].close_mark + 1, quotes[k].open_mark)
    return gap[1] - gap[0] <= 80 and gap[0] <= cue_start < gap[1] and text[quotes[k].start:quotes[k].end].rstrip()[-1:] in ".!?"
