"""The benchmark corpus: the fixtures' articles, then PolNeAR text when ../shared/corpora/polnear is there.

PolNeAR is read in place and never copied into the project.
"""

from __future__ import annotations

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"


def fixture_texts() -> list[tuple[str, str]]:
    """Return ``(id, text)`` of every fixture article."""
    return [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted((ROOT / "fixtures").rglob("*.txt"))]


def polnear_texts(split: str = "dev", limit: int | None = None, directory: pathlib.Path = POLNEAR) -> list[tuple[str, str]]:
    """Return ``(id, text)`` of the first ``limit`` PolNeAR articles of ``split`` in ``directory``
    (read in place; empty when the corpus is not there)."""
    path = directory / f"{split}.jsonl"
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            d = json.loads(line)
            out.append((d["doc"], d["text"]))
    return out


def corpus(limit: int | None = None) -> list[tuple[str, str]]:
    """Return the benchmark corpus: fixtures, then PolNeAR dev (first ``limit`` articles)."""
    return fixture_texts() + polnear_texts("dev", limit)


def words(texts: list[tuple[str, str]]) -> int:
    """Return the number of white-space separated words in the texts."""
    return sum(len(t.split()) for _, t in texts)
