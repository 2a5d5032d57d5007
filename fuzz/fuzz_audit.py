"""Coverage-guided fuzz target for ``audit()`` on raw bytes (atheris / libFuzzer).

Each input is decoded as a file would be (``decode_bytes``) and audited. A one-line input error
(an ``AttributionError``: empty, binary, too large, sentence too long) is an expected outcome;
anything else raised, or a span whose ``text`` is not ``original[start:end]``, is a crash.

Run (one process; the corpus directory lives outside the repository)::

    pip install -e '.[fuzz]'
    python fuzz/fuzz_audit.py -runs=1000000 -max_len=2000 /path/to/corpus

spaCy and the other dependencies are imported and the pipeline loaded before instrumentation, so
only the ``attribution`` package is instrumented for coverage.
"""

from __future__ import annotations

import sys

import atheris

# Imported before instrumentation: only attribution's own code is traced.
import charset_normalizer  # noqa: F401
import pydantic  # noqa: F401
import regex  # noqa: F401
import spacy  # noqa: F401

with atheris.instrument_imports(include=["attribution"]):
    from attribution.auditor import audit
    from attribution.errors import AttributionError
    from attribution.nlp import load_pipeline
    from attribution.text import decode_bytes

load_pipeline()


def check_report(report, original: str) -> None:
    """Raise AssertionError when a span of ``report`` is outside ``original`` or its text differs."""
    spans = []
    for a in report.attributions:
        spans += [a.content, a.cue, *a.via]
        if a.source is not None:
            s = a.source
            spans += [s, s.resolved, s.anonymity_reason, *s.descriptors.__dict__.values()]
    for entry in report.sources:
        spans += entry.mentions
    for f in report.findings:
        spans.append(f.span)
    for span in spans:
        if span is None:
            continue
        assert 0 <= span.start <= span.end <= len(original), (span, len(original))
        assert original[span.start:span.end] == span.text, (span, original[span.start:span.end])
    assert report.document.chars == len(original)


def TestOneInput(data: bytes) -> None:
    """Audit ``data`` as a file's bytes; returns None, raises on a crash."""
    try:
        text = decode_bytes(data)
    except AttributionError:
        return
    try:
        report = audit(text)
    except AttributionError:
        return
    check_report(report, text)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
