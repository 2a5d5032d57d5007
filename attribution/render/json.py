"""JSON and JSON Lines: the stable output contract (docs/schema.md)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Report


def render_json(reports: list[Report]) -> str:
    """Return one indented JSON object for one report, or a JSON array for several."""
    if len(reports) == 1:
        return reports[0].model_dump_json(indent=2) + "\n"
    body = ",\n".join(r.model_dump_json(indent=2) for r in reports)
    return "[\n" + body + "\n]\n"


def render_jsonl(reports: Iterable[Report]) -> str:
    """Return one compact JSON object per line, one line per report."""
    return "".join(r.model_dump_json() + "\n" for r in reports)
