"""One self-contained HTML page per run: the article with its sourcing marked, findings, summary.

No network: the CSS and the chart (SVG) are inline, there are no scripts, fonts or images to load.
Each attribution's content is highlighted by kind and linked to its source's first mention; each
source mention is underlined (dashed and badged when anonymous); findings sit in the margin beside
the paragraph they point into; the audit summary is a table and a bar chart.
"""

from __future__ import annotations

import html

from ..read.boilerplate import split_paragraphs
from ..model import KINDS, Report
from ..prepare.text import normalize

KIND_COLOURS = {
    "direct": "#fde68a", "mixed": "#fed7aa", "indirect": "#bfdbfe", "according_to": "#c7d2fe",
    "unsourced": "#fecaca",
}
KIND_LABELS = {
    "direct": "direct quote", "mixed": "partial quote", "indirect": "paraphrase",
    "according_to": "according to", "unsourced": "hedged, no source",
}

_CSS = """
body{font:16px/1.55 Georgia,'DejaVu Serif',serif;color:#1f2937;margin:0;background:#f9fafb}
header,section{max-width:1180px;margin:0 auto;padding:12px 24px}
h1{font:600 22px/1.3 'DejaVu Sans',Arial,sans-serif;margin:16px 0 4px}
h2{font:600 17px/1.3 'DejaVu Sans',Arial,sans-serif;margin:20px 0 8px}
.meta,.legend,.note,table,.margin{font:13px/1.45 'DejaVu Sans',Arial,sans-serif}
.legend span{display:inline-block;margin:0 10px 4px 0;padding:1px 6px;border-radius:3px}
.row{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:24px;border-top:1px solid #e5e7eb;padding:6px 0}
.row p{margin:4px 0}
.boiler p{color:#9ca3af;font-size:13px}
.att{color:inherit;text-decoration:none;border-radius:2px;padding:0 1px}
""" + "".join(f".k-{k}{{background:{c}}}\n" for k, c in KIND_COLOURS.items()) + """
.src{text-decoration:underline 2px #1d4ed8;text-underline-offset:3px}
.src.anon{text-decoration:underline 2px dashed #b91c1c}
.badge{font:bold 10px 'DejaVu Sans',Arial,sans-serif;color:#fff;background:#b91c1c;border-radius:3px;padding:0 3px;margin-left:2px;vertical-align:super}
.hit{outline:2px solid #dc2626;outline-offset:1px}
.margin .f{border-left:4px solid #9ca3af;background:#fff;padding:4px 8px;margin:4px 0}
.f.error{border-color:#dc2626}.f.warning{border-color:#d97706}.f.info{border-color:#2563eb}
.f b{font-family:monospace}
table{border-collapse:collapse;margin:6px 0}
td,th{border:1px solid #d1d5db;padding:3px 10px;text-align:left}
th{background:#f3f4f6}
.cols{display:flex;gap:32px;flex-wrap:wrap;align-items:flex-start}
"""


def _segments(text: str, start: int, end: int, spans: list[tuple[int, int, str, dict]]) -> str:
    """Return the HTML of text[start:end] cut at every span edge, each piece classed by its spans."""
    cuts = {start, end}
    inside = [s for s in spans if s[0] < end and s[1] > start]
    for s in inside:
        cuts.add(max(start, s[0]))
        cuts.add(min(end, s[1]))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        covering = [s for s in inside if s[0] <= a and s[1] >= b]
        if not covering:
            out.append(piece)
            continue
        classes, attrs, href, badge = [], {}, None, False
        for s0, s1, cls, extra in covering:
            classes.append(cls)
            attrs.update({k: v for k, v in extra.items() if k not in ("href", "badge", "id")})
            href = extra.get("href", href)
            if "id" in extra and s0 == a:
                attrs["id"] = extra["id"]
            badge = badge or (extra.get("badge") and s1 == b)
        attr = "".join(f' {k}="{html.escape(str(v))}"' for k, v in sorted(attrs.items()))
        tag = "a" if href else "span"
        link = f' href="{html.escape(href)}"' if href else ""
        out.append(f'<{tag} class="{" ".join(sorted(set(classes)))}"{link}{attr}>{piece}</{tag}>')
        if badge:
            out.append('<span class="badge" title="anonymous source">anon</span>')
    return "".join(out)


def _spans(report: Report) -> list[tuple[int, int, str, dict]]:
    spans: list[tuple[int, int, str, dict]] = []
    first_mention: dict[str, str] = {}
    for entry in report.sources:
        if entry.mentions:
            first_mention[entry.id] = f"mention-{entry.id}"
    seen_mentions = set()
    for a in report.attributions:
        s = a.source
        title = KIND_LABELS[a.kind]
        extra: dict = {"title": f"{a.id}: {title}" + (f" — source: {s.text}" if s else " — no source"),
                       "data-kind": a.kind}
        if s is not None and s.source_id in first_mention:
            extra["href"] = f"#{first_mention[s.source_id]}"
        spans.append((a.content.start, a.content.end, f"att k-{a.kind}", extra))
        if s is not None and (s.start, s.end) not in seen_mentions:
            seen_mentions.add((s.start, s.end))
            sx: dict = {"title": ("anonymous" if s.anonymous else "named") + f" {s.type} source",
                        "badge": s.anonymous}
            entry = next((e for e in report.sources if e.id == s.source_id), None)
            if entry is not None and entry.mentions and entry.mentions[0].start == s.start:
                sx["id"] = first_mention[entry.id]
            spans.append((s.start, s.end, "src anon" if s.anonymous else "src", sx))
    for i, f in enumerate(report.findings, 1):
        if f.span is not None and f.span.end > f.span.start:
            spans.append((f.span.start, f.span.end, "hit", {"title": f"{f.code}: {f.message}"}))
    return spans


def _chart(report: Report) -> str:
    """Return an inline SVG bar chart: named / anonymous / no source, then attributions by kind."""
    s = report.summary
    bars = [("named", s.named, "#2563eb"), ("anonymous", s.anonymous, "#b91c1c"), ("no source", s.no_source, "#6b7280")]
    bars += [(KIND_LABELS[k], s.by_kind.get(k, 0), KIND_COLOURS[k]) for k in KINDS]
    top = max([v for _, v, _ in bars] + [1])
    width, row, label_w, bar_w = 380, 20, 130, 210
    height = row * (len(bars) + 1) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="sources and kinds" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">']
    y = 4
    for i, (label, value, colour) in enumerate(bars):
        if i == 3:
            y += row // 2
        w = round(bar_w * value / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{html.escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}" fill="{colour}" '
                     f'stroke="#374151" stroke-width="0.5"/>')
        parts.append(f'<text x="{label_w + w + 4}" y="{y + 14}">{value}</text>')
        y += row
    parts.append("</svg>")
    return "".join(parts)


def _voices_chart(report: Report) -> str:
    """Return an inline SVG bar chart of the people quoted by gender (women, men, unknown), or "" when
    gender labels are off or no person is quoted."""
    v = report.summary.voices
    if v is None or not (v.people.female + v.people.male + v.people.unknown):
        return ""
    bars = [("women", v.people.female, "#7c3aed"), ("men", v.people.male, "#0f766e"),
            ("unknown", v.people.unknown, "#9ca3af")]
    top = max([n for _, n, _ in bars] + [1])
    width, row, label_w, bar_w = 380, 20, 130, 210
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{row * len(bars) + 10}" role="img" '
             f'aria-label="people quoted by gender" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">']
    y = 4
    for label, value, colour in bars:
        w = round(bar_w * value / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{label}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}" fill="{colour}" '
                     f'stroke="#374151" stroke-width="0.5"/><text x="{label_w + w + 4}" y="{y + 14}">{value}</text>')
        y += row
    parts.append("</svg>")
    share = "–" if v.women_share is None else f"{v.women_share:.0%}"
    return (f'<figure class="chart">{"".join(parts)}<figcaption class="note">people quoted, by gender '
            f'(women {share} of those of known gender)</figcaption></figure>')


def _voices_rows(report: Report) -> list[tuple[str, object]]:
    """Return the summary rows of who is quoted (by gender, then officials, experts and others), or
    none when gender labels are off."""
    v = report.summary.voices
    if v is None:
        return []
    share = "–" if v.women_share is None else f"{v.women_share:.0%}"
    return [("people quoted: women / men / unknown", f"{v.people.female} / {v.people.male} / {v.people.unknown}"),
            ("their attributions: women / men / unknown",
             f"{v.attributions.female} / {v.attributions.male} / {v.attributions.unknown}"),
            ("share of women (known gender)", share),
            ("people quoted: officials / experts / others",
             f"{_people(v.officials)} / {_people(v.experts)} / {_people(v.others)}"),
            ("share of women: officials / experts / others",
             " / ".join("–" if c.women_share is None else f"{c.women_share:.0%}"
                        for c in (v.officials, v.experts, v.others)))]


def _people(counts) -> int:
    """Return how many people a VoiceCounts counts, of any gender."""
    return counts.people.female + counts.people.male + counts.people.unknown


def _summary_table(report: Report) -> str:
    s = report.summary
    share = "–" if s.anonymous_share is None else f"{s.anonymous_share:.0%}"
    rows = [("attributions", s.attributions)] + [(KIND_LABELS[k], s.by_kind.get(k, 0)) for k in KINDS] + [
        ("named", s.named), ("anonymous", s.anonymous), ("no source", s.no_source), ("anonymous share", share),
        ("distinct sources", s.distinct_sources), ("named sources", s.named_sources),
        ("anonymous sources", s.anonymous_sources),
        ("claims on one anonymous source", len(s.single_anonymous_source_claims)),
        ("quotes without source", len(s.quotes_without_source)), ("hedged claims", len(s.hedged_claims)),
        ("relayed reports", len(s.relayed)), ("findings", len(report.findings)),
    ] + _voices_rows(report)
    body = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    return f'<table class="summary"><tr><th>summary</th><th>count</th></tr>{body}</table>'


def _sources_table(report: Report) -> str:
    rows = "".join(
        f'<tr><td><a href="#mention-{e.id}">{html.escape(e.id)}</a></td><td>{html.escape(e.text)}</td>'
        f"<td>{e.type}</td><td>{'anonymous' if e.anonymous else 'named'}{', vague' if e.vague else ''}</td>"
        f"<td>{len(e.attributions)}</td></tr>" for e in report.sources)
    return ('<table class="sources"><tr><th>id</th><th>source</th><th>type</th><th></th><th>attributions</th></tr>'
            f"{rows}</table>")


def _finding_note(f) -> str:
    where = f" <i>line {f.line}</i>" if f.line is not None else ""
    return (f'<div class="f {f.severity}"><b>{f.code}</b> {f.severity}{where}<br>{html.escape(f.message)}'
            f' <a href="{html.escape(f.docs or "")}">{html.escape(f.name)}</a></div>')


def _article(report: Report, text: str) -> str:
    spans = _spans(report)
    normalized = normalize(text)
    paragraphs = []
    for p in split_paragraphs(normalized.text):
        start, end = normalized.to_original(p.start, p.end)
        paragraphs.append((start, end, p.is_text))
    rows = []
    for start, end, is_text in paragraphs:
        notes = [f for f in report.findings if f.span is not None and start <= f.span.start < end]
        cls = "row" if is_text else "row boiler"
        body = _segments(text, start, end, spans)
        rows.append(f'<div class="{cls}"><div><p>{body}</p></div><div class="margin">'
                    f'{"".join(_finding_note(f) for f in notes)}</div></div>')
    return "".join(rows)


def render_html(items: list[tuple[Report, str]]) -> str:
    """Return one self-contained HTML page for ``(report, original text)`` pairs."""
    legend = "".join(f'<span class="k-{k}">{KIND_LABELS[k]}</span>' for k in KINDS) + (
        '<span class="src">named source</span><span class="src anon">anonymous source</span>'
        '<span class="badge">anon</span>')
    sections = []
    for report, text in items:
        title = report.document.path or report.document.id or "article"
        article_notes = "".join(_finding_note(f) for f in report.findings if f.span is None)
        counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in ("error", "warning", "info")}
        sections.append(
            f'<section class="report"><h1>Sourcing audit: {html.escape(title)}</h1>'
            f'<div class="meta">{report.summary.attributions} attributions, {report.summary.distinct_sources} sources, '
            f'{counts["error"]} errors, {counts["warning"]} warnings, {counts["info"]} notes</div>'
            f'<div class="legend">{legend}</div>'
            f'<h2>Summary</h2><div class="cols">{_summary_table(report)}<figure class="chart">{_chart(report)}'
            f'<figcaption class="note">named vs anonymous, then by kind</figcaption></figure>{_voices_chart(report)}'
            f'<div class="margin article-findings">{article_notes}</div></div>'
            f'<h2>Article</h2><div class="article">{_article(report, text)}</div>'
            f'<h2>Sources</h2>{_sources_table(report)}</section>'
        )
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Sourcing audit</title><style>{_CSS}</style></head><body>{''.join(sections)}</body></html>\n")
