"""Scoring: the matching rule, the gold files, and the eval command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from attribution.evaluate import GoldItem, load_fixture_gold, match, same_source, token_f1
from attribution.model import Span
from conftest import FIXTURES, POLNEAR


class _A:
    def __init__(self, start, end):
        self.content = Span(start=start, end=end, text="x" * (end - start))


def test_match_needs_half_of_the_gold_characters_and_is_one_to_one():
    gold = [GoldItem(0, 10), GoldItem(20, 30)]
    system = [_A(0, 5), _A(0, 4), _A(22, 40)]
    assert match(gold, system) == [(0, 0), (1, 2)] or sorted(match(gold, system)) == [(0, 0), (1, 2)]


def test_token_f1_and_same_source():
    assert token_f1("the Washington Post", "Washington Post") == pytest.approx(0.8)
    assert same_source("Brightloop’s chief financial officer, Dana Whitfield", "Dana Whitfield")
    assert not same_source("the source", "an unnamed defense official")


def test_every_fixture_gold_span_matches_its_article():
    docs = load_fixture_gold(str(FIXTURES))
    assert len(docs) >= 10
    for doc in docs:
        for item in doc.items:
            assert 0 <= item.start < item.end <= len(doc.text)


def test_eval_command_scores_the_fixtures():
    out = subprocess.run([sys.executable, "-m", "attribution", "eval", "--polnear", "", "--format", "json"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    import json

    results = json.loads(out.stdout)
    assert {"fixtures/seeds", "fixtures/constructed", "fixtures/heldout"} <= set(results)
    assert sum(r["gold"] for r in results.values()) >= 200
    assert all(0 <= r["f1"] <= 1 for r in results.values())


@pytest.mark.skipif(not (POLNEAR / "dev.jsonl").exists(), reason="PolNeAR is read from ../shared, not shipped")
def test_eval_command_reads_polnear_from_shared():
    out = subprocess.run([sys.executable, "-m", "attribution", "eval", "--fixtures", "", "--polnear", str(POLNEAR),
                          "--limit", "3", "--format", "json"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout)["polnear-dev"]["gold"] > 0


def test_eval_fast_scores_the_fast_path():
    import json

    from attribution.evaluate import run_eval

    full = json.loads(run_eval(fixtures=str(FIXTURES / "constructed"), polnear=None, splits=["dev"],
                               limit=None, as_json=True))
    fast = json.loads(run_eval(fixtures=str(FIXTURES / "constructed"), polnear=None, splits=["dev"],
                               limit=None, as_json=True, fast=True))
    assert fast["fixtures"]["gold"] == full["fixtures"]["gold"] == 39
    assert fast["fixtures"]["f1"] >= 0.85  # docs/performance.md gives the gap to the full path
    assert fast != full
