"""Every input the fuzzer crashed on (tests/fuzz_regressions/crash-*) now audits cleanly."""

from __future__ import annotations

import pathlib

import pytest

from spans import check_report  # noqa: F401  (puts fuzz/ on the path)
from check import run_one  # noqa: E402

CRASHES = sorted((pathlib.Path(__file__).parent / "fuzz_regressions").glob("crash-*"))


def test_there_are_regressions_to_replay():
    assert CRASHES


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.name[:14])
def test_fuzz_crash_input_now_audits_with_every_span_holding(path):
    run_one(path.read_bytes())


def test_descriptor_span_ending_on_the_paragraph_glue_is_pulled_back(run):
    # The first crash, reduced: an affiliation descriptor whose parse subtree ended on the line
    # break after the last paragraph ran two characters past the end of the text.
    text = ("Critics, including two members of the county board, say the hospital, who spoke on condition "
            "of anonymity, said the e with the a. paedfrom o\"t")
    report = run(text)
    for a in report.attributions:
        if a.source is not None:
            for span in (a.source, a.source.descriptors.affiliation, a.source.descriptors.role):
                if span is not None:
                    assert span.end <= len(text) and text[span.start:span.end] == span.text
