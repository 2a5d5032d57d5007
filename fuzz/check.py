"""What the fuzz target checks on one input: shared by fuzz/fuzz_audit.py and the regression tests.

``run_one(data)`` decodes ``data`` as a file's bytes and audits it. An ``AttributionError`` (an
input the engine refuses with a one-line error: empty, binary, too large, a sentence too long)
is an expected outcome; any other exception, or a report whose spans do not hold, is a crash.
"""

from __future__ import annotations

from attribution.auditing.auditor import audit
from attribution.errors import AttributionError
from attribution.read.input import from_bytes
from attribution.model import Report


def spans_of(report: Report) -> list:
    """Return every Span of ``report`` (attributions, sources, descriptors, findings)."""
    spans = []
    for a in report.attributions:
        spans += [a.content, a.cue, *a.via]
        if a.source is not None:
            s = a.source
            spans += [s, s.resolved, s.anonymity_reason, *(getattr(s.descriptors, k) for k in type(s.descriptors).model_fields)]
    for entry in report.sources:
        spans += entry.mentions
    spans += [f.span for f in report.findings]
    return [s for s in spans if s is not None]


def check_report(report: Report, original: str) -> None:
    """Raise AssertionError when a span of ``report`` is outside ``original`` or its text differs."""
    assert report.document.chars == len(original)
    for span in spans_of(report):
        assert 0 <= span.start <= span.end <= len(original), (span, len(original))
        assert original[span.start:span.end] == span.text, (span, original[span.start:span.end])


def run_one(data: bytes) -> Report | None:
    """Audit ``data`` as a file's bytes and check the report; returns it, or None for an input error."""
    try:
        article = from_bytes(data, "auto")
        report = audit(article)
    except AttributionError:
        return None
    check_report(report, article.text)
    return report
