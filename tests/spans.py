"""A helper for tests: every span of a report holds in the text it was audited on."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "fuzz"))

from check import check_report, spans_of  # noqa: E402,F401  (fuzz/check.py: the fuzz target's oracle)


def assert_spans_hold(report, text: str) -> None:
    """Assert every span of ``report`` lies in ``text`` and its ``text`` is ``text[start:end]``."""
    check_report(report, text)
