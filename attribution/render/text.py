"""A readable terminal report: the attributions table and the summary, made with tabulate."""

from __future__ import annotations

from tabulate import tabulate

from ..model import Report

_WIDTH = 60


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(reports: list[Report]) -> str:
    """Return a plain-text report per article: one row per attribution, then the summary."""
    parts: list[str] = []
    for report in reports:
        doc = report.document
        title = doc.path or doc.id or "article"
        parts.append(f"{title}: {report.summary.attributions} attributions, "
                     f"{report.summary.distinct_sources} sources")
        rows = []
        for a in report.attributions:
            source = a.source
            if source is None:
                who, status = "-", "no source"
            else:
                who = source.resolved.text if source.resolved else source.text
                status = "anonymous" if source.anonymous else "named"
                if source.vague:
                    status += ", vague"
            via = ", ".join(v.text for v in a.via)
            rows.append([a.id, a.kind, _short(a.content.text, 50), _short(who, 34), status, _short(via, 20)])
        if rows:
            parts.append(tabulate(rows, headers=["id", "kind", "content", "source", "", "via"], tablefmt="simple"))
        s = report.summary
        share = "-" if s.anonymous_share is None else f"{s.anonymous_share:.0%}"
        summary = [[k, v] for k, v in s.by_kind.items()] + [
            ["named", s.named], ["anonymous", s.anonymous], ["no source", s.no_source],
            ["anonymous share", share], ["distinct sources", s.distinct_sources],
        ]
        parts.append(tabulate(summary, headers=["summary", ""], tablefmt="simple"))
        parts.append("")
    return "\n\n".join(parts).rstrip() + "\n"
