"""Clustering: quotes whose words are the same or near-same, joined across articles.

Identical wordings (after canonical folding) are grouped first, so a statement syndicated a
thousand times is compared once. Distinct wordings are paired by MinHash LSH (candidates.py), each
pair is scored with rapidfuzz (similarity.py), and pairs at or above ``min_similarity`` are joined
(union-find, so clusters are the connected components). Two wordings found in one article only
are never joined (an article's headline paraphrasing its own quote is not provenance), and only
clusters spanning two articles or more are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import candidate_pairs
from .similarity import score
from .units import Unit
from .words import stopwords


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(units: Sequence[Unit], min_similarity: float) -> list[list[int]]:
    """Return the clusters as sorted lists of unit indices, each spanning two articles or more."""
    wordings: dict[str, int] = {}
    variant_of: list[int] = []
    first_unit: list[int] = []
    for index, unit in enumerate(units):
        v = wordings.setdefault(unit.canon, len(wordings))
        if v == len(first_unit):
            first_unit.append(index)
        variant_of.append(v)
    stop = stopwords()
    content = [[w.canon for w in units[i].words if w.canon not in stop] for i in first_unit]
    articles: list[set[int]] = [set() for _ in first_unit]
    for index, v in enumerate(variant_of):
        articles[v].add(units[index].article)
    uf = _UnionFind(len(first_unit))
    for a, b in sorted(candidate_pairs(content)):
        if len(articles[a] | articles[b]) < 2:  # both wordings only in one article: not provenance
            continue
        ua, ub = units[first_unit[a]], units[first_unit[b]]
        if score(ua.canon, ub.canon, ua.content, ub.content) >= min_similarity:
            uf.union(a, b)
    members: dict[int, list[int]] = {}
    for index, v in enumerate(variant_of):
        members.setdefault(uf.find(v), []).append(index)
    return [m for m in members.values() if len({units[i].article for i in m}) >= 2]
