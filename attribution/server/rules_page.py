"""The rules as one small HTML page (``GET /rules``): where the report's rule links lead on the server."""

from __future__ import annotations

import functools
import html

from ..rules import RULES


@functools.cache
def rules_html() -> str:
    """Return a self-contained page with every rule: code, name, severity, summary, rationale and heuristic."""
    parts = []
    for r in RULES:
        parts.append(
            f'<section id="{r.code.lower()}"><h2>{r.code} <code>{html.escape(r.name)}</code> '
            f'<span class="sev {r.severity}">{r.severity}</span></h2>'
            f"<p><b>{html.escape(r.summary)}</b></p><p>{html.escape(r.rationale)}</p>"
            f"<p><i>How it decides:</i> {html.escape(r.heuristic)}</p></section>")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>attribution: policy rules</title>"
            "<style>body{font:15px/1.5 'DejaVu Sans',Arial,sans-serif;max-width:860px;margin:0 auto;padding:12px 24px;"
            "color:#1f2937}section{border-top:1px solid #e5e7eb;padding:4px 0}h2{font-size:17px}"
            ".sev{font-size:12px;padding:1px 6px;border-radius:3px;background:#e5e7eb}"
            ".error{background:#fecaca}.warning{background:#fde68a}.info{background:#bfdbfe}"
            "section:target{background:#fffbeb}</style></head><body><h1>Policy rules</h1>"
            + "".join(parts) + "</body></html>")
