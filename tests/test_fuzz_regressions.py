"""Every input the fuzzer crashed or timed out on (tests/fuzz_regressions/crash-*, timeout-*) now audits cleanly."""

from __future__ import annotations

import pathlib

import pytest

from spans import check_report  # noqa: F401  (puts fuzz/ on the path)
from check import run_one  # noqa: E402

CRASHES = sorted(p for p in (pathlib.Path(__file__).parent / "fuzz_regressions").iterdir()
                 if p.name.startswith(("crash-", "timeout-")))


def test_there_are_regressions_to_replay():
    assert CRASHES


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.name[:14])
def test_fuzz_crash_input_now_audits_with_every_span_holding(path):
    run_one(path.read_bytes())

