"""A readable terminal report: the attributions table, the summary and the findings, made with tabulate.

Colour (ANSI) only when asked, which the command line does only when stdout is a terminal.
"""

from __future__ import annotations

from tabulate import tabulate

from ..model import Report
from .markdown import voice_table

_WIDTH = 60
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _findings(report: Report, title: str, color: bool) -> list[str]:
    lines = []
    for f in report.findings:
        where = f"{title}:{f.line}:{f.column}" if f.line is not None else title
        severity = f"{_COLOURS[f.severity]}{f.severity}{_RESET}" if color else f.severity
        lines.append(f"{where}: {f.code} [{severity}] {f.message} ({f.name})")
    return lines


def render_text(reports: list[Report], *, color: bool = False) -> str:
    """Return a plain-text report per article: attributions, summary, then findings as path:line:col lines."""
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
        voices = voice_table(s, "simple")
        if voices is not None:
            parts.append(voices)
        findings = _findings(report, title, color)
        parts.append("\n".join(findings) if findings else f"{title}: no findings")
        parts.append("")
    return "\n\n".join(parts).rstrip() + "\n"
