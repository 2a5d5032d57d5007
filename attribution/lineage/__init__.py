"""Quote lineage, the steps of ``attribution.provenance``: the same words across articles,
who said them first, and whom they were credited to.

Reads Reports (the audit's output), so it comes after the audit in the data flow:
``units`` (one quote per attribution) -> ``words`` (canonical words) -> ``candidates`` (MinHash
LSH) -> ``similarity`` (rapidfuzz) -> ``clustering`` -> ``drift``, ``entities`` and ``conflicts``
-> ``build`` (the ProvenanceReport of ``model``). See docs/provenance.md.
"""

from __future__ import annotations

from .build import DEFAULT_MIN_SIMILARITY, provenance
from .model import ProvenanceReport

__all__ = ["provenance", "ProvenanceReport", "DEFAULT_MIN_SIMILARITY"]
