"""attribution: audit how a news article is sourced.

    from attribution import audit
    report = audit(text)          # a frozen pydantic Report
    report.model_dump_json()      # the stable JSON contract (docs/schema.md)
"""

from __future__ import annotations

from .config import Config
from .model import Attribution, Descriptors, ErrorRecord, Finding, Report, Source, SourceEntry, Span, Summary

__all__ = ["audit", "audit_many", "Report", "ErrorRecord", "Attribution", "Source", "SourceEntry", "Span",
           "Summary", "Descriptors", "Finding", "Config", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # spaCy is imported only when the engine is first used, so `--help` and the models stay light.
    if name in ("audit", "audit_many", "audit_doc"):
        import importlib

        auditor = importlib.import_module(".auditor", __name__)
        importlib.import_module(".component", __name__)  # registers the "attribution" spaCy factory
        return getattr(auditor, name)
    raise AttributeError(name)
