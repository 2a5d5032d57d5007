"""Character spans sorted once, to ask which hold a point or meet a range without scanning them all.

The engine asks "is this cue inside a quotation?", "which contents hold this cue?", "which quotes
does this content cover?" for every link of an article; asked of a list, each question costs the
whole list, and an article with thousands of quotations costs their square. An index answers in
about the logarithm of the count plus what it finds.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence


class SpanIndex:
    """``(start, end)`` spans, end exclusive; answers give the spans' positions in the list as given,
    in increasing order, so that callers keep the order they had when they scanned the list."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda k: self.spans[k][0])
        self._starts = [self.spans[k][0] for k in self._order]
        # The furthest end among the spans that start at or before each sorted position: a search can
        # stop going back as soon as no span that starts earlier reaches the point.
        self._reach = list(itertools.accumulate((self.spans[k][1] for k in self._order), max))

    def holding(self, point: int) -> list[int]:
        """Return the positions of the spans with ``start <= point < end``."""
        found = []
        i = bisect.bisect_right(self._starts, point) - 1
        while i >= 0 and self._reach[i] > point:
            k = self._order[i]
            if self.spans[k][1] > point:
                found.append(k)
            i -= 1
        found.sort()
        return found

    def holds(self, point: int) -> bool:
        """Return True when some span has ``start <= point < end``."""
        i = bisect.bisect_right(self._starts, point) - 1
        return i >= 0 and self._reach[i] > point

    def meeting(self, start: int, end: int) -> list[int]:
        """Return the positions of the spans that share at least one character with ``[start, end)``."""
        found = []
        i = bisect.bisect_left(self._starts, end) - 1
        while i >= 0 and self._reach[i] > start:
            k = self._order[i]
            s, e = self.spans[k]
            if min(e, end) - max(s, start) > 0:
                found.append(k)
            i -= 1
        found.sort()
        return found


class GrowingSpans:
    """Spans added one by one, asked whether any shares a character with a range.

    Only a span that starts less than the longest span's length before a range can reach it, so a
    question reads that window of the spans sorted by start, not all of them."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, span: tuple[int, int]) -> None:
        """Add ``span``; returns None."""
        i = bisect.bisect_right(self._starts, span[0])
        self._starts.insert(i, span[0])
        self._spans.insert(i, span)
        self._longest = max(self._longest, span[1] - span[0])

    def meets(self, span: tuple[int, int]) -> bool:
        """True when an added span shares at least one character with ``span``."""
        lo = bisect.bisect_right(self._starts, span[0] - self._longest)
        hi = bisect.bisect_left(self._starts, span[1])
        return any(min(e, span[1]) - max(s, span[0]) > 0 for s, e in self._spans[lo:hi])
