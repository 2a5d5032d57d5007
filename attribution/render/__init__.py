"""Step 6: renderers. Each turns Reports into text in one format; none changes a Report.

In: Reports (and, for html, the texts they were made from). Out: text in one of FORMATS. ``render``
picks the renderer of a format; each renderer module is imported only when its format is asked for.
"""

from __future__ import annotations

FORMATS = ("text", "json", "jsonl", "markdown", "html", "sarif", "github")


def render(fmt: str, reports: list, texts: dict[str, str] | None = None, *, color: bool = False) -> str:
    """Return the reports rendered in ``fmt``; html needs the original texts by document path."""
    if fmt == "json":
        from .json import render_json

        return render_json(reports)
    if fmt == "jsonl":
        from .json import render_jsonl

        return render_jsonl(reports)
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(reports)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(reports)
    if fmt == "github":
        from .github import render_github

        return render_github(reports)
    if fmt == "html":
        from .html import render_html

        return render_html([(r, (texts or {})[r.document.path]) for r in reports])
    from .text import render_text

    return render_text(reports, color=color)
