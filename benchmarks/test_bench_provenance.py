"""Provenance on 10k and 100k synthetic attributions: near-linear time (a ratio, not an absolute time).

Run: .venv/bin/python -m pytest benchmarks/test_bench_provenance.py --benchmark-only
Compare the two means in one run: 100k attributions should take about ten times as long as 10k.
The data (benchmarks/synthetic.py) is built outside the timing; a fifth of the quotes repeat an
earlier one in another article (copied, cut short or reworded), so clusters form at every size.
"""

from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from attribution import provenance  # noqa: E402
from synthetic import reports  # noqa: E402


@pytest.fixture(scope="module")
def small():
    return reports(10_000)


@pytest.fixture(scope="module")
def large():
    return reports(100_000)


def test_bench_provenance_10k(benchmark, small):
    result = benchmark.pedantic(provenance, args=(small,), rounds=3, iterations=1, warmup_rounds=1)
    assert result.summary.attributions == 10_000 and result.summary.clusters > 1_000


def test_bench_provenance_100k(benchmark, large):
    result = benchmark.pedantic(provenance, args=(large,), rounds=1, iterations=1)
    assert result.summary.attributions == 100_000 and result.summary.clusters > 10_000
