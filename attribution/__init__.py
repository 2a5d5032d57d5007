"""attribution: audit how a news article is sourced.

    from attribution import audit
    report = audit(text)          # a frozen pydantic Report
    report.model_dump_json()      # the stable JSON contract (docs/schema.md)
    provenance([r1, r2, r3])      # the same words across articles (docs/provenance.md)
"""

from __future__ import annotations

from .config import Config
from .model import Attribution, Descriptors, ErrorRecord, Finding, Report, Source, SourceEntry, Span, Summary

__all__ = ["audit", "audit_many", "provenance", "Report", "ErrorRecord", "Attribution", "Source", "SourceEntry",
           "Span", "Summary", "Descriptors", "Finding", "Config", "__version__"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # spaCy is imported only when the engine is first used, so `--help` and the models stay light.
    if name in ("audit", "audit_many", "audit_doc"):
        import importlib
        import sys

        auditor = importlib.import_module(".auditing.auditor", __name__)
        if "spacy" in sys.modules:
            # Register the "attribution" spaCy factory for a caller who already runs spaCy. Otherwise spaCy
            # is not imported for it (the fast path never needs it): loading the pipeline registers it, and
            # so does spaCy itself, from the package's spacy_factories entry point.
            importlib.import_module(".component", __name__)
        return getattr(auditor, name)
    if name in ("provenance", "ProvenanceReport"):
        # Provenance reads Reports only: no spaCy. The steps live in attribution.lineage.
        import importlib

        return getattr(importlib.import_module(".lineage", __name__), name)
    raise AttributeError(name)
