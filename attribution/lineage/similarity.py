"""How alike two quotes' words are, from 0 to 1, with rapidfuzz on their canonical words.

The score is the best of: the edit-distance ratio of the two word strings (exact or reworded);
and, when the two share at least ``MIN_SHARED`` distinct content words, the token-set ratio
(translated, reordered, quoted in part) and the partial ratio (truncated).
"""

from __future__ import annotations

from rapidfuzz import fuzz

MIN_SHARED = 5


def score(a: str, b: str, a_content: frozenset[str], b_content: frozenset[str]) -> float:
    """Return the similarity in [0, 1] of two canonical word strings and their content-word sets."""
    best = fuzz.ratio(a, b)
    if best < 100 and len(a_content & b_content) >= MIN_SHARED:
        best = max(best, fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b))
    return round(best / 100.0, 4)
