"""The fast/full path agreement tally (benchmarks/path_agreement.py) on hand-built attributions."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from attribution.model import Attribution, Source, Span
from conftest import ROOT

_spec = importlib.util.spec_from_file_location("path_agreement", ROOT / "benchmarks" / "path_agreement.py")
path_agreement = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("path_agreement", path_agreement)
_spec.loader.exec_module(path_agreement)


def _a(start: int, end: int, kind: str = "indirect", source: str | None = None, anonymous: bool = False,
       resolved: str | None = None) -> Attribution:
    src = None
    if source is not None:
        src = Source(start=0, end=len(source), text=source, type="person", anonymous=anonymous, vague=False,
                     resolved=Span(start=0, end=len(resolved), text=resolved) if resolved else None)
    return Attribution(id=f"a{start}", kind=kind, content=Span(start=start, end=end, text="x" * (end - start)),
                       source=src, rule="test")


def test_tally_matches_by_half_the_full_paths_characters_and_compares_the_originating_source():
    full = [
        _a(0, 10, "direct", "Dana Whitfield"),
        _a(20, 40, "indirect", "the official", anonymous=True),
        _a(50, 60, "according_to", "court records"),
        _a(70, 80, "unsourced"),
    ]
    fast = [
        _a(0, 5, "direct", "she", resolved="Dana Whitfield"),  # half of 0-10: matched, same originator
        _a(25, 40, "mixed", "Ruiz"),  # matched; other source, kind and anonymity
        _a(52, 54, "according_to", "court records"),  # covers a fifth: no match
        _a(70, 80, "unsourced"),  # matched, both without a source
        _a(90, 99, "indirect", "he"),  # the full path has nothing here
    ]
    t, found = path_agreement.compare(full, fast)
    assert (t.full, t.fast, t.matched) == (4, 5, 3)
    assert (t.source_same, t.kind_same, t.anon_pairs, t.anon_same) == (2, 2, 2, 1)
    assert sorted((d.kind, (d.full or d.fast).content.start) for d in found) == [
        ("anonymity", 20), ("fast-only", 52), ("fast-only", 90), ("full-only", 50), ("kind", 20), ("source", 20)]
    f = t.figures()
    assert f["precision"] == pytest.approx(3 / 5) and f["recall"] == pytest.approx(3 / 4)
    assert f["f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_a_source_on_one_side_only_disagrees_and_sums_add_up():
    t1, found = path_agreement.compare([_a(0, 10, source="Hale")], [_a(0, 10)])
    assert t1.source_same == 0 and [d.kind for d in found] == ["source"]
    t2, _ = path_agreement.compare([], [])
    assert t2.figures()["f1"] is None
    t1.add(t2)
    assert (t1.articles, t1.full, t1.matched) == (2, 1, 1)
