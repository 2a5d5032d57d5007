"""Linear in every article: one article of 1,000 / 2,000 / 4,000 attributions, both paths.

Run: .venv/bin/python -m pytest benchmarks/test_bench_scaling.py --benchmark-only -s
Each doubling of the attributions should cost at most 2.6 times the time (issue 14); the ratios of
one run are printed at the end (a single timed round per size: the full path at 4,000 takes a while).
"""

from __future__ import annotations

import pytest

from attribution import audit

from long_article import article

SIZES = (1000, 2000, 4000)
_times: dict[tuple[str, int], float] = {}


@pytest.fixture(scope="module", autouse=True)
def report_ratios():
    audit(article(6))  # load the pipeline outside the timing
    audit(article(6), fast=True)
    yield
    for path in ("fast", "full"):
        times = [_times.get((path, n)) for n in SIZES]
        if None in times:
            continue
        ratios = ", ".join(f"{b / a:.2f}" for a, b in zip(times, times[1:]))
        print(f"\n{path}: " + ", ".join(f"{n}: {t:.2f} s" for n, t in zip(SIZES, times)) + f"; each doubling x {ratios}")


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("path", ["fast", "full"])
def test_bench_one_long_article(benchmark, path, n):
    text = article(n)
    report = benchmark.pedantic(audit, args=(text,), kwargs={"fast": path == "fast"}, rounds=1, iterations=1)
    assert len(report.attributions) >= n * 0.9  # the article's attributions were found, not skipped
    _times[(path, n)] = benchmark.stats.stats.mean
