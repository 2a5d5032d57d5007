"""Markdown for a pull-request comment: per article a summary table and a findings table."""

from __future__ import annotations

from tabulate import tabulate

from ..model import Report

_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def _cell(text: str, width: int = 80) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def render_markdown(reports: list[Report]) -> str:
    """Return a Markdown document: a heading, a summary table and a findings table per article."""
    parts = ["# Sourcing audit", ""]
    for report in reports:
        s = report.summary
        title = report.document.path or report.document.id or "article"
        parts.append(f"## `{title}`")
        parts.append("")
        share = "–" if s.anonymous_share is None else f"{s.anonymous_share:.0%}"
        rows = [["attributions", s.attributions]] + [[k.replace("_", " "), v] for k, v in s.by_kind.items()] + [
            ["named", s.named], ["anonymous", s.anonymous], ["no source", s.no_source],
            ["anonymous share", share], ["distinct sources", s.distinct_sources],
            ["single-anonymous-source claims", len(s.single_anonymous_source_claims)],
            ["quotes without source", len(s.quotes_without_source)],
            ["hedged claims", len(s.hedged_claims)], ["relayed reports", len(s.relayed)],
        ]
        parts.append(tabulate(rows, headers=["summary", "count"], tablefmt="github"))
        parts.append("")
        if report.findings:
            rows = [[f"{f.line}:{f.column}" if f.line is not None else "article",
                     f"[{f.code}]({f.docs})" if f.docs else f.code, _ICON[f.severity], _cell(f.message)]
                    for f in report.findings]
            parts.append(tabulate(rows, headers=["where", "rule", "severity", "finding"], tablefmt="github"))
        else:
            parts.append("No findings.")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
