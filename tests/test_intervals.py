"""The span index answers as a scan of the list would, in the list's order."""

from __future__ import annotations

import random

from attribution.link.intervals import SpanIndex


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, 200)
        out.append((s, s + rng.randint(0, 40)))
    return out


def test_holding_and_meeting_equal_a_scan_of_the_list():
    rng = random.Random(7)
    for _ in range(300):
        spans = _spans(rng, rng.randint(0, 30))
        index = SpanIndex(spans)
        for point in range(-2, 245, 3):
            expected = [k for k, (s, e) in enumerate(spans) if s <= point < e]
            assert index.holding(point) == expected
            assert index.holds(point) == bool(expected)
        for start in range(-2, 245, 7):
            for length in (0, 1, 5, 30):
                end = start + length
                expected = [k for k, (s, e) in enumerate(spans) if min(e, end) - max(s, start) > 0]
                assert index.meeting(start, end) == expected


def test_nested_and_empty_spans():
    index = SpanIndex([(0, 100), (10, 20), (15, 15), (50, 60)])
    assert index.holding(15) == [0, 1]
    assert index.holding(55) == [0, 3]
    assert index.meeting(15, 16) == [0, 1]
    assert not SpanIndex([]).holds(3)


def test_growing_spans_meet_as_a_scan_would():
    from attribution.link.intervals import GrowingSpans

    rng = random.Random(11)
    for _ in range(200):
        grown, added = GrowingSpans(), []
        for span in _spans(rng, rng.randint(0, 25)):
            for start in range(-2, 245, 9):
                for length in (0, 1, 6, 40):
                    query = (start, start + length)
                    expected = any(min(e, query[1]) - max(s, query[0]) > 0 for s, e in added)
                    assert grown.meets(query) == expected
            grown.add(span)
            added.append(span)
