"""Markdown for a pull-request comment: per article a summary table and a findings table."""

from __future__ import annotations

from tabulate import tabulate

from ..model import Report, Summary

_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def _cell(text: str, width: int = 80) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def voice_table(s: Summary, tablefmt: str) -> str | None:
    """Return the table of who is quoted: people and their attributions by gender, all of them, the
    named and anonymous apart and the officials, experts and others apart, with the share of women
    among people of known gender; None when gender labels are off or the article quotes no person.
    The text renderer shows the same table."""
    v = s.voices
    if v is None or not (v.people.female + v.people.male + v.people.unknown):
        return None

    def share(x) -> str:
        return "-" if x is None else f"{x:.0%}"

    rows = [["people quoted", v.people.female, v.people.male, v.people.unknown, share(v.women_share)],
            ["their attributions", v.attributions.female, v.attributions.male, v.attributions.unknown, ""],
            ["named people", v.named.people.female, v.named.people.male, v.named.people.unknown,
             share(v.named.women_share)],
            ["anonymous people", v.anonymous.people.female, v.anonymous.people.male, v.anonymous.people.unknown,
             share(v.anonymous.women_share)]]
    rows += [[label, c.people.female, c.people.male, c.people.unknown, share(c.women_share)]
             for label, c in (("officials", v.officials), ("experts", v.experts), ("others", v.others))]
    return tabulate(rows, headers=["voices", "women", "men", "unknown", "share of women"], tablefmt=tablefmt)


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
        voices = voice_table(s, "github")
        if voices is not None:
            parts += [voices, ""]
        if report.findings:
            rows = [[f"{f.line}:{f.column}" if f.line is not None else "article",
                     f"[{f.code}]({f.docs})" if f.docs else f.code, _ICON[f.severity], _cell(f.message)]
                    for f in report.findings]
            parts.append(tabulate(rows, headers=["where", "rule", "severity", "finding"], tablefmt="github"))
        else:
            parts.append("No findings.")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
