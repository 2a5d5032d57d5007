"""Candidate pairs of quotes that may be the same words, found with MinHash LSH (datasketch).

Each quote's content words (canonical, stopwords left out) are cut into overlapping windows of
``WINDOW`` words; each window gets a MinHash signature (a MinHash of a set is the element-wise
minimum of its words' MinHashes, so each distinct word is hashed once and windows are reduced
with numpy, in chunks), and locality-sensitive hashing puts windows
whose word sets are alike in a shared bucket: ``BANDS`` bands of ``ROWS`` values each, so two
windows with a Jaccard similarity J share a bucket with probability 1 - (1 - J^3)^21: 0.75 at
J = 0.4, 0.94 at 0.5, 0.99 at 0.6 (several windows per quote give more chances), and 0.0013 at
0.04 (one shared word in twelve). Quotes that
share a bucket are candidates, checked afterwards with rapidfuzz. Windows let a short quote
("quoted in part") meet the part of a long one it comes from. The cost grows with the number of
windows, not with its square; a bucket holding more than ``BUCKET_CAP`` quotes (generic words
shared by many) pairs each quote with its ``BUCKET_CAP`` neighbours only.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

WINDOW = 12
STRIDE = 6
NUM_PERM = 64
BANDS, ROWS = 21, 3
BUCKET_CAP = 50
SEED = 1
_CHUNK = 20_000


@functools.lru_cache(maxsize=500_000)
def _hash(word: bytes) -> int:
    """Return a 32-bit hash of ``word`` that is the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(word, digest_size=4).digest(), "little")


def windows(words: Sequence[str]) -> list[frozenset[str]]:
    """Return the word sets of the overlapping windows of ``words`` (one window when it is short)."""
    if len(words) <= WINDOW:
        return [frozenset(words)]
    starts = list(range(0, len(words) - WINDOW + 1, STRIDE))
    if starts[-1] != len(words) - WINDOW:
        starts.append(len(words) - WINDOW)
    return [frozenset(words[s:s + WINDOW]) for s in starts]


def signatures(sets: Sequence[Sequence[str]]) -> list[LeanMinHash]:
    """Return one datasketch MinHash (lean) per word set, equal to hashing each set's words in turn."""
    vocabulary: dict[str, int] = {}
    ids = [[vocabulary.setdefault(w, len(vocabulary)) for w in sorted(words)] for words in sets]
    probe = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_hash)
    rows = np.empty((len(vocabulary), NUM_PERM), dtype=np.uint64)
    for word, i in vocabulary.items():
        probe.clear()
        probe.update(word.encode("utf-8"))
        rows[i] = probe.hashvalues
    out: list[LeanMinHash] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first:first + _CHUNK]
        flat = np.fromiter((i for window in chunk for i in window), dtype=np.int64)
        offsets = np.cumsum([0] + [len(window) for window in chunk[:-1]])
        mins = np.minimum.reduceat(rows[flat], offsets, axis=0)
        out.extend(LeanMinHash(seed=SEED, hashvalues=row, scheme=probe.scheme) for row in mins)
    return out


def candidate_pairs(items: Sequence[Sequence[str]]) -> set[tuple[int, int]]:
    """Return the pairs ``(i, j)``, ``i < j``, of items (content-word sequences) that share an LSH bucket."""
    owners: list[int] = []
    sets: list[frozenset[str]] = []
    for index, words in enumerate(items):
        for window in windows(words):
            if window:
                owners.append(index)
                sets.append(window)
    if not sets:
        return set()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    with lsh.insertion_session() as session:
        for key, signature in enumerate(signatures(sets)):
            session.insert(key, signature, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for table in lsh.hashtables:
        for bucket, size in table.itemcounts().items():
            if size < 2:
                continue
            members = sorted({owners[k] for k in table.get(bucket)})
            for i, a in enumerate(members):
                for b in members[i + 1:i + 1 + BUCKET_CAP]:
                    pairs.add((a, b))
    return pairs
