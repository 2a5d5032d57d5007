"""The provenance report in Markdown: a conflicts table first, then a table per cluster."""

from __future__ import annotations

from tabulate import tabulate

from ..lineage.model import ProvenanceReport
from .provenance_text import change_text, short


def _cell(text: str, width: int = 80) -> str:
    return short(text, width).replace("|", "\\|")


def render_provenance_markdown(report: ProvenanceReport) -> str:
    """Return a Markdown document: summary line, conflicts table, then each cluster's occurrences."""
    s = report.summary
    parts = ["# Quote provenance", "",
             f"{s.articles} articles, {s.attributions} attributions, {s.clusters} clusters, "
             f"{s.clusters_with_conflicts} with conflicts.", ""]
    rows = [[c.id, f"`{k.kind}`", _cell(k.message), ", ".join(k.expected.occurrences), ", ".join(k.found.occurrences)]
            for c in report.clusters for k in c.conflicts]
    if rows:
        parts += ["## Conflicts", "", tabulate(rows, headers=["cluster", "conflict", "what", "expected in", "flagged"],
                                               tablefmt="github", disable_numparse=True), ""]
    else:
        parts += ["No conflicts.", ""]
    for c in report.clusters:
        parts += [f"## {c.id}: {c.articles} articles", "", f"> {_cell(c.text, 300)}", "",
                  f"Reference {c.reference}, earliest {c.earliest}.", ""]
        rows = []
        for o in c.occurrences:
            src = "–" if o.source is None else f"{o.source.text} ({'anonymous' if o.source.anonymous else 'named'})"
            changes = "; ".join(change_text(ch) for ch in o.changes)
            rows.append([o.id, f"`{o.name}`", o.date or "", o.kind, _cell(src, 50), o.relation,
                         "" if o.similarity is None else f"{o.similarity:.2f}", _cell(changes, 120)])
        parts += [tabulate(rows, headers=["", "article", "date", "kind", "credited to", "relation", "sim", "changes"],
                           tablefmt="github", disable_numparse=True), ""]
    if report.skipped:
        parts += ["## Skipped", ""] + [f"- `{k.where}`: {_cell(k.message, 200)}" for k in report.skipped] + [""]
    return "\n".join(parts).rstrip() + "\n"
