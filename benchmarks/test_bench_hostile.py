"""Growth of the audit time with the size of hostile input: each case at three sizes, doubling.

Run: .venv/bin/python -m pytest benchmarks/test_bench_hostile.py --benchmark-only \\
         --benchmark-group-by=param:case --benchmark-sort=name
Linear growth shows as the mean doubling from one size to the next (a ratio, never an absolute
time). docs/reliability.md has the figures of one run.
"""

from __future__ import annotations

import pytest

from attribution.auditing.auditor import audit
from attribution.config import Config
from attribution.errors import AttributionError

RAISED = Config(limits={"max-sentence-chars": 100_000})
WORDS = "the minister said that officials would consider a new plan for the roads "


def _quote_marks(n: int) -> str:  # n quote marks of every style
    return ('"“”«»„‟\'‘’' * (n // 10 + 1))[:n]


def _no_punctuation(n: int) -> str:  # one sentence of n characters: over the default limit
    return (WORDS * (n // len(WORDS) + 1))[:n]


def _nested_parentheses(n: int) -> str:  # n levels, parsed under a raised sentence limit
    return "The minister said " + "(" * n + "yes" + ")" * n + " the plan was dead.\n"


def _newlines(n: int) -> str:
    return "\n" * n


def _long_sentences(n: int) -> str:  # n different sentences of 5,000 characters, no punctuation inside
    return "".join(f"In the year {1900 + k} " + _no_punctuation(4_980) + ".\n" for k in range(n))


CASES = {
    "quote-marks": (_quote_marks, (250_000, 500_000, 1_000_000), None),
    "no-punctuation-sentence": (_no_punctuation, (25_000, 50_000, 100_000), None),
    "nested-parentheses": (_nested_parentheses, (2_500, 5_000, 10_000), RAISED),
    "newlines": (_newlines, (250_000, 500_000, 1_000_000), None),
    "5k-char-sentences": (_long_sentences, (2, 4, 8), None),
}


def _audit(text: str, config: Config | None) -> None:
    try:
        audit(text, config=config)
    except AttributionError:
        pass  # an error record is a finish


@pytest.fixture(scope="module", autouse=True)
def _pipeline():
    audit("The pipeline loads outside the timing, the engineer said.")


@pytest.mark.parametrize("case,size", [(c, s) for c, (_, sizes, _) in CASES.items() for s in sizes])
def test_bench_hostile(benchmark, case, size):
    make, _, config = CASES[case]
    text = make(size)
    benchmark.extra_info["chars"] = len(text)
    benchmark.pedantic(_audit, args=(text, config), rounds=2, iterations=1, warmup_rounds=0)
