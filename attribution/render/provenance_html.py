"""The provenance report as one self-contained HTML page (inline CSS, no script, nothing loaded).

Conflicts come first, each naming the versions it sets against each other; then each cluster's
occurrences, with the words that changed marked (removed struck through, added underlined).
"""

from __future__ import annotations

import html

from ..lineage.model import Cluster, ProvenanceReport

_CSS = """
body{font:16px/1.55 Georgia,'DejaVu Serif',serif;color:#1f2937;margin:0;background:#f9fafb}
header,section{max-width:1180px;margin:0 auto;padding:12px 24px}
h1{font:600 22px/1.3 'DejaVu Sans',Arial,sans-serif;margin:16px 0 4px}
h2{font:600 17px/1.3 'DejaVu Sans',Arial,sans-serif;margin:20px 0 8px}
.meta,table,.conflict{font:13px/1.45 'DejaVu Sans',Arial,sans-serif}
.conflict{border-left:4px solid #dc2626;background:#fff;padding:4px 8px;margin:4px 0}
.conflict b{font-family:monospace}
blockquote{margin:6px 0;padding:4px 12px;border-left:4px solid #fde68a;background:#fff}
table{border-collapse:collapse;margin:6px 0}
td,th{border:1px solid #d1d5db;padding:3px 10px;text-align:left;vertical-align:top}
th{background:#f3f4f6}
.anon{color:#b91c1c;font-weight:bold}
del{color:#b91c1c}ins{color:#15803d}
tr.flagged td{background:#fef2f2}
"""


def _e(text: str) -> str:
    return html.escape(text)


def _changes(o) -> str:
    out = []
    for c in o.changes:
        if c.op == "replaced":
            out.append(f"<del>{_e(c.before)}</del> → <ins>{_e(c.after)}</ins>")
        elif c.op in ("removed", "not_quoted"):
            out.append(f"<del>{_e(c.before)}</del>" + (" <i>(not quoted)</i>" if c.op == "not_quoted" else ""))
        else:
            out.append(f"<ins>{_e(c.after)}</ins>" + (" <i>(extra)</i>" if c.op == "extra" else ""))
    return "; ".join(out)


def _cluster(c: Cluster) -> str:
    flagged = {o for k in c.conflicts for o in k.found.occurrences}
    notes = "".join(
        f'<div class="conflict"><b>{_e(k.kind)}</b> {_e(k.message)}<br>expected {_e(k.expected.value)} in '
        f'{_e(", ".join(k.expected.occurrences))}; found {_e(k.found.value)} in '
        f'{_e(", ".join(k.found.occurrences))}</div>'
        for k in c.conflicts)
    rows = []
    for o in c.occurrences:
        src = "–" if o.source is None else (_e(o.source.text) + (' <span class="anon">anonymous</span>'
                                                                  if o.source.anonymous else " (named)"))
        words = " … ".join(_e(s.text) for s in o.spans)
        cls = ' class="flagged"' if o.id in flagged else ""
        sim = "" if o.similarity is None else f"{o.similarity:.2f}"
        rows.append(f"<tr{cls}><td id=\"{c.id}-{o.id}\">{o.id}</td><td>{_e(o.name)}<br>{_e(o.date or '')}</td>"
                    f"<td>{_e(o.kind)}</td><td>{src}</td><td>{_e(o.relation)} {sim}</td><td>{words}</td>"
                    f"<td>{_changes(o)}</td></tr>")
    return (f'<section class="cluster" id="{c.id}"><h2>{c.id}: {c.articles} articles, reference {c.reference}, '
            f'earliest {c.earliest}</h2><blockquote>{_e(c.text)}</blockquote>{notes}'
            '<table><tr><th></th><th>article</th><th>kind</th><th>credited to</th><th>relation</th><th>words</th>'
            f'<th>changes</th></tr>{"".join(rows)}</table></section>')


def render_provenance_html(report: ProvenanceReport) -> str:
    """Return one self-contained HTML page: the summary, every conflict, then each cluster."""
    s = report.summary
    conflict_list = "".join(
        f'<div class="conflict"><a href="#{c.id}">{c.id}</a> <b>{_e(k.kind)}</b> {_e(k.message)}</div>'
        for c in report.clusters for k in c.conflicts) or "<p>No conflicts.</p>"
    skipped = "".join(f"<li>{_e(k.where)}: {_e(k.message)}</li>" for k in report.skipped)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Quote provenance</title><style>{_CSS}</style></head><body>'
            f'<header><h1>Quote provenance</h1><div class="meta">{s.articles} articles, {s.attributions} attributions, '
            f'{s.clusters} clusters, {s.clusters_with_conflicts} with conflicts</div></header>'
            f'<section><h2>Conflicts</h2>{conflict_list}</section>'
            + "".join(_cluster(c) for c in report.clusters)
            + (f"<section><h2>Skipped</h2><ul>{skipped}</ul></section>" if skipped else "")
            + "</body></html>\n")
