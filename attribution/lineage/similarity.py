"""How alike two quotes' words are, from 0 to 1, with rapidfuzz on their canonical words.

The score is the best of: the edit-distance ratio of the two word strings (exact or reworded);
when the two share at least ``MIN_SHARED`` distinct content words, the partial ratio (the shorter
found inside the longer: truncated, quoted in part); and, when also neither has more than twice
the other's content words, the token-set ratio (reordered, translated). The token-set ratio is
kept from pairs of very different lengths because any short run of common words is a "subset" of
a long transcript.
"""

from __future__ import annotations

from rapidfuzz import fuzz

MIN_SHARED = 5
MAX_LENGTH_RATIO = 2.0


def score(a: str, b: str, a_content: frozenset[str], b_content: frozenset[str]) -> float:
    """Return the similarity in [0, 1] of two canonical word strings and their content-word sets."""
    best = fuzz.ratio(a, b)
    if best < 100 and len(a_content & b_content) >= MIN_SHARED:
        best = max(best, fuzz.partial_ratio(a, b))
        short, long_ = sorted((len(a_content), len(b_content)))
        if long_ <= MAX_LENGTH_RATIO * short:
            best = max(best, fuzz.token_set_ratio(a, b))
    return round(best / 100.0, 4)
