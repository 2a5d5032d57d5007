"""Throughput of raw spaCy ``nlp.pipe``, the full path and the fast path on the same corpus.

Run: .venv/bin/python -m pytest benchmarks/test_bench_corpus.py --benchmark-only
Each benchmark records words/s in ``extra_info``; compare them within one run (ratios), never
across machines. benchmarks/performance.py measures the same things interleaved and writes the
table in docs/performance.md.
"""

from __future__ import annotations

import pytest

from attribution.auditing.auditor import audit_many
from attribution.auditing.engine import prepare
from attribution.parse.pipeline import load_pipeline
from corpus_data import corpus, words


@pytest.fixture(scope="module")
def texts():
    data = corpus(limit=20)
    load_pipeline()
    list(audit_many(data[:2]))  # load and warm up outside the timing
    return data


def _run(benchmark, texts, fn):
    benchmark.pedantic(fn, rounds=3, iterations=1, warmup_rounds=0)
    benchmark.extra_info["words"] = words(texts)
    benchmark.extra_info["words_per_s"] = round(words(texts) / benchmark.stats.stats.min)


def test_bench_raw_nlp_pipe(benchmark, texts):
    nlp = load_pipeline()
    parse_texts = [prepare(t).parse_text for _, t in texts]
    _run(benchmark, texts, lambda: list(nlp.pipe(parse_texts)))


def test_bench_full_path(benchmark, texts):
    _run(benchmark, texts, lambda: list(audit_many(texts)))


def test_bench_fast_path(benchmark, texts):
    _run(benchmark, texts, lambda: list(audit_many(texts, fast=True)))


@pytest.mark.parametrize("fast", [False, True], ids=["full", "fast"])
def test_bench_f1_on_the_fixtures(benchmark, fast):
    from attribution.evaluation.gold import load_fixture_gold
    from attribution.evaluation.scoring import evaluate_docs, figures
    from corpus_data import ROOT

    docs = load_fixture_gold(str(ROOT / "fixtures"))
    tally = benchmark.pedantic(lambda: evaluate_docs(docs, polnear=False, fast=fast), rounds=1, iterations=1)
    benchmark.extra_info["f1"] = figures(tally)["f1"]


@pytest.mark.parametrize("workers", [1, 2])
def test_bench_workers(benchmark, texts, workers):
    from attribution.corpus import Item, audit_corpus

    items = [Item(i, text=t) for i, t in texts]
    benchmark.pedantic(lambda: list(audit_corpus(items, workers=workers, batch_size=4)), rounds=2, iterations=1)
    benchmark.extra_info["words_per_s"] = round(words(texts) / benchmark.stats.stats.min)
