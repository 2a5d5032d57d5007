"""Coverage-guided fuzz target for ``audit()`` on raw bytes (atheris / libFuzzer).

Each input is read as a file's bytes would be (decoded; an HTML page has its body extracted) and
audited; ``fuzz/check.py`` says what counts as a crash: any exception other than a one-line input
error, or a span whose ``text`` is not ``original[start:end]``.

Run (one process; keep the corpus directory outside the repository)::

    pip install -e '.[fuzz]'
    python fuzz/fuzz_audit.py -runs=1000000 -max_len=2000 -timeout=60 -dict=fuzz/audit.dict CORPUS_DIR

A crash is written to ``crash-<sha1>``; copy it to ``tests/fuzz_regressions/`` (the test suite
replays every file there) and fix it. spaCy and the other dependencies are imported, and the
pipeline loaded, before instrumentation, so only the ``attribution`` package is instrumented.
"""

from __future__ import annotations

import os
import sys

import atheris

# Imported before instrumentation: only attribution's own code is traced.
import charset_normalizer  # noqa: F401
import pydantic  # noqa: F401
import readability  # noqa: F401
import regex  # noqa: F401
import spacy  # noqa: F401
import trafilatura  # noqa: F401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

with atheris.instrument_imports(include=["attribution"]):
    import attribution.auditing.auditor  # noqa: F401
    import attribution.read.input  # noqa: F401
    from check import run_one

from attribution.parse.pipeline import load_pipeline  # noqa: E402

load_pipeline()


def TestOneInput(data: bytes) -> None:
    """Audit ``data`` as a file's bytes and check the report; raises on a crash."""
    run_one(data)


def main() -> None:
    """Run libFuzzer with the command-line arguments."""
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
