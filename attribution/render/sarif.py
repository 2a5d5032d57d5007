"""SARIF 2.1.0: the rule metadata in ``tool.driver.rules`` and one result per finding.

Columns are counted in Unicode code points (``run.columnKind = "unicodeCodePoints"``), which is
how the report's offsets count, so a region is exact for any script.
"""

from __future__ import annotations

import json
import pathlib
import urllib.parse

from .. import __version__
from ..model import Report
from ..rules import RULES
from .severity import SARIF_LEVEL

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """Return ``path`` as a URI reference: relative paths stay relative, percent-encoded."""
    p = pathlib.PurePath(path)
    return pathlib.Path(p).as_uri() if p.is_absolute() else urllib.parse.quote(p.as_posix())


def rule_descriptors() -> list[dict]:
    """Return the SARIF reportingDescriptor of every rule, in code order."""
    return [{
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": f"{r.summary} {r.heuristic}"},
        "help": {"text": f"{r.rationale} See {r.docs}.", "markdown": f"{r.rationale} See [{r.code}]({r.docs})."},
        "defaultConfiguration": {"level": SARIF_LEVEL[r.severity]},
        "properties": {"docs": r.docs, "tags": ["sourcing", r.name.split(".")[0]]},
    } for r in RULES]


def render_sarif(reports: list[Report]) -> str:
    """Return one SARIF 2.1.0 log (one run) holding every report's findings."""
    index = {r.code: i for i, r in enumerate(RULES)}
    results = []
    artifacts = []
    for report in reports:
        path = report.document.path or report.document.id or "article"
        artifacts.append({"location": {"uri": _uri(path)}, "length": report.document.chars,
                          "hashes": {"sha-256": report.document.sha256}})
        for f in report.findings:
            physical: dict = {"artifactLocation": {"uri": _uri(path), "index": len(artifacts) - 1}}
            if f.span is not None:
                physical["region"] = {
                    "startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column,
                    "charOffset": f.span.start, "charLength": f.span.end - f.span.start,
                    "snippet": {"text": f.span.text},
                }
            result = {
                "ruleId": f.code,
                "level": SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": physical}],
                "properties": {"name": f.name, "attributions": f.attributions},
            }
            if f.code in index:
                result["ruleIndex"] = index[f.code]
            results.append(result)
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "attribution", "version": __version__, "rules": rule_descriptors()}},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
