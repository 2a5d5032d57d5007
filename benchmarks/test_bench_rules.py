"""How much the policy rules add to an audit: rules alone vs the whole audit, on the seed articles.

Run: .venv/bin/python -m pytest benchmarks/test_bench_rules.py --benchmark-only
Compare the two means in one run (a ratio), never an absolute time.
"""

from __future__ import annotations

import pathlib

import pytest

from attribution.auditing.auditor import audit, summarize
from attribution.config import Config
from attribution.rules import Context, run_rules

SEEDS = sorted((pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def articles():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    audit(texts[0])  # load the pipeline outside the timing
    return texts


def test_bench_whole_audit(benchmark, articles):
    benchmark(lambda: [audit(t) for t in articles])


def test_bench_rules_only(benchmark, articles):
    config = Config()
    contexts = []
    for text in articles:
        report = audit(text)
        summary = summarize(report.attributions, report.sources, config)
        contexts.append(Context(text, report.attributions, report.sources, summary, config))
    benchmark(lambda: [run_rules(c) for c in contexts])
