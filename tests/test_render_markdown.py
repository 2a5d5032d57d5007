"""Markdown for pull-request comments: it renders real tables."""

from __future__ import annotations

from markdown_it import MarkdownIt

from attribution.render.markdown import render_markdown

TEXT = "The bridge will close for repairs in June, a city official said.\n"


def test_markdown_renders_summary_and_findings_tables(run):
    report = run(TEXT, path="metro/bridge.txt")
    md = render_markdown([report])
    html = MarkdownIt("commonmark").enable("table").render(md)
    # the summary, who is quoted ("a city official": an anonymous individual), the findings
    assert html.count("<table>") == 3
    assert "<th>summary</th>" in html and "<th>voices</th>" in html and "<th>finding</th>" in html
    for f in report.findings:
        assert f'<a href="{f.docs}">{f.code}</a>' in html
    assert "ATR101" in html


def test_markdown_without_findings_says_so(run):
    md = render_markdown([run("Mayor Jane Ortiz said the library would open in May.", path="a.txt")])
    assert "No findings." in md
    # the summary, and who is quoted (a person: the voices table); no findings table
    assert MarkdownIt("commonmark").enable("table").render(md).count("<table>") == 2
    assert "| voices " in md


def test_pipe_in_a_message_does_not_break_the_table(run):
    text = "The fund lost money on the A|B trade last year, a fund insider said."
    md = render_markdown([run(text, path="a.txt")])
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert html.count("<table>") == 3  # summary, voices ("a fund insider"), findings
