"""The provenance reports: conflicts first in text, Markdown and HTML, self-contained HTML."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from attribution import provenance
from attribution.cli.provenance import render_provenance
from provenance_articles import ARTICLES


@pytest.fixture(scope="module")
def result(run):
    names = ["bakery", "exact-1", "exact-2", "reworded", "interior", "defence"]
    return provenance([run(ARTICLES[n], doc_id=n) for n in names])


def test_text_lists_conflicts_before_clusters_and_shows_the_diff(result):
    out = render_provenance("text", result)
    assert out.index("CONFLICTS") < out.index("c1: ")
    assert "replaced 'Interior' -> 'Defence'" in out
    assert "replaced 'every' -> 'each'" in out  # the reworded copy in the conflict-free cluster


def test_markdown_is_tables_with_conflicts_first(result):
    out = render_provenance("markdown", result)
    tokens = MarkdownIt().enable("table").parse(out)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:2] == ["Quote provenance", "Conflicts"]
    assert sum(1 for t in tokens if t.type == "table_open") == 1 + len(result.clusters)


def test_html_is_self_contained_and_escaped(result):
    out = render_provenance("html", result)
    assert "<script" not in out and "http" not in out.replace("http-equiv", "")
    assert out.index("<h2>Conflicts</h2>") < out.index('id="c1"')
    assert 'class="flagged"' in out and "<del>" in out and "<ins>" in out
    assert out.count("<section") == out.count("</section>")
