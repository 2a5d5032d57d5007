"""HTML pages: the article body and nothing else, whatever the page puts around and inside it.

Each test builds a page with one construction of real news sites (``html_pages.py``, written for
these tests) and checks that the page gives the attributions of the bare article text: the same
kinds, contents and sources, nothing from the furniture, and every span read from the extracted text.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import html_pages as H
from attribution.errors import NoArticleError
from attribution.read.input import _trafilatura_page, extract_page, has_article_text, prepare_tree, _load_tree
from spans import assert_spans_hold

BODY = "\n".join(H.PARAGRAPHS) + "\n"


def attributions(report) -> list[tuple[str, str, str | None]]:
    return [(a.kind, a.content.text, a.source.text if a.source else None) for a in report.attributions]


@pytest.fixture(scope="module")
def body_attributions(run):
    found = attributions(run(BODY))
    assert len(found) >= 5  # the article's own attributions, which every page must give
    return found


def audit_page(run, page: str):
    """Return the report of ``page`` read as HTML, after checking that its spans hold in ``document.text``."""
    report = run(page, input_format="html")
    assert report.document.format == "html"
    assert_spans_hold(report, report.document.text)
    return report


def body_of(page: str) -> str:
    """Return the extracted text of ``page`` after its title lines: what is audited."""
    extracted = extract_page(page)
    return extracted.text[extracted.body_start:]


def test_related_articles_list_is_left_out(run, body_attributions):
    for page in (H.article_page(after=H.related_list()), H.article_page(after=H.related_list_plain())):
        text = body_of(page)
        assert not any(headline in text for headline in H.RELATED)
        assert attributions(audit_page(run, page)) == body_attributions


def test_photo_caption_is_left_out(run, body_attributions):
    for page in (H.article_page(H.photo_caption()), H.article_page(H.photo_caption_div())):
        assert H.CAPTION not in extract_page(page).text
        assert attributions(audit_page(run, page)) == body_attributions


def test_comment_widget_is_left_out(run, body_attributions):
    page = H.article_page(after=H.comment_widget())
    text = extract_page(page).text
    assert not any(comment in text for comment in H.COMMENTS)
    assert attributions(audit_page(run, page)) == body_attributions


def test_tag_links_are_left_out(run, body_attributions):
    page = H.article_page(after=H.tag_links())
    text = body_of(page)
    assert "Topics" not in text and "City council" not in text
    assert attributions(audit_page(run, page)) == body_attributions


def test_pull_quote_gives_no_second_attribution(run, body_attributions):
    page = H.article_page(H.pull_quote())
    assert body_of(page).count(H.PULL_QUOTE) == 1  # in the article's paragraph only
    assert attributions(audit_page(run, page)) == body_attributions


def test_author_bio_is_left_out(run, body_attributions):
    page = H.article_page(after=H.author_bio())
    assert H.BIO not in extract_page(page).text
    assert attributions(audit_page(run, page)) == body_attributions


def test_newsletter_box_in_the_article_is_left_out(run, body_attributions):
    page = H.article_page(H.newsletter_box())
    text = extract_page(page).text
    assert H.NEWSLETTER not in text and "Morning Briefing" not in text
    assert attributions(audit_page(run, page)) == body_attributions


def test_story_card_link_in_the_article_is_left_out(run, body_attributions):
    page = H.article_page(H.read_also_box())
    assert "Ferry operator" not in extract_page(page).text
    assert attributions(audit_page(run, page)) == body_attributions


def test_paragraph_that_only_links_to_another_story_is_left_out(run, body_attributions):
    for page in (H.article_page(H.read_more_paragraph()), H.article_page(H.related_link_paragraph())):
        text = extract_page(page).text
        assert H.READ_MORE_HEADLINE not in text and H.RELATED[0] not in text
        assert attributions(audit_page(run, page)) == body_attributions


def test_linked_phrase_in_a_sentence_is_no_link_promo():
    import lxml.html

    from attribution.read.input import is_link_promo

    sentence = lxml.html.fragment_fromstring(
        '<p>The mayor said <a href="/r">the report on the bridge</a> was clear about the cracks.</p>')
    assert not is_link_promo(sentence)
    assert is_link_promo(lxml.html.fragment_fromstring(f'<p><a href="/r">{H.RELATED[1]}</a></p>'))


def test_video_title_after_a_watch_label_gives_no_attribution(run, body_attributions):
    page = H.article_page(H.video_player())
    assert attributions(audit_page(run, page)) == body_attributions


def test_link_in_a_span_keeps_its_words_in_the_sentence(run, body_attributions):
    # trafilatura's precision settings drop a span of class "link"; the words are the sentence's.
    page = H.article_page(linked=True)
    assert H.PARAGRAPHS[3] in extract_page(page).text
    assert attributions(audit_page(run, page)) == body_attributions


def test_page_title_and_subheadline_are_shown_not_audited(run, body_attributions):
    # A headline and a subheadline carry attributions ("..., officials said"); they are not the body.
    page = H.article_page().replace("</h1>\n", f"</h1>\n<h2 class=\"story-intro\">{H.DEK}</h2>\n", 1)
    extracted = extract_page(page)
    assert extracted.title == (H.TITLE, H.DEK)
    assert extracted.text.startswith(f"{H.TITLE}\n{H.DEK}\n\n")
    assert extracted.text[extracted.body_start:].startswith(H.PARAGRAPHS[0])
    report = audit_page(run, page)
    assert report.document.text == extracted.text
    assert attributions(report) == body_attributions
    assert all(a.content.start >= extracted.body_start for a in report.attributions)


def test_subheadline_paragraph_named_by_its_class_is_left_out(run, body_attributions):
    for name in ("standfirst", "article__dek", "Subline"):
        page = H.article_page().replace("</h1>\n", f"</h1>\n<p class=\"{name}\">{H.DEK}.</p>\n", 1)
        assert H.DEK not in extract_page(page).text, name
        assert attributions(audit_page(run, page)) == body_attributions


def test_furniture_class_word_on_the_article_container_keeps_the_article(run, body_attributions):
    page = H.article_page().replace('<div class="story-body">', '<div class="story-body newsletter-enabled">')
    assert all(p in extract_page(page).text for p in H.PARAGRAPHS)
    assert attributions(audit_page(run, page)) == body_attributions


def test_table_layout_page_falls_back_to_trafilatura_recall(run, body_attributions):
    page = H.table_layout_page()
    assert _trafilatura_page(prepare_tree(_load_tree(page)), recall=False) is None
    extracted = extract_page(page)
    assert extracted.extractor == "trafilatura-recall"
    assert attributions(audit_page(run, page)) == body_attributions


def test_page_trafilatura_gives_up_on_falls_back_to_readability(run, body_attributions):
    page = H.hidden_body_page()
    tree = prepare_tree(_load_tree(page))
    for recall in (False, True):  # trafilatura finds no article text in either setting
        found = _trafilatura_page(tree, recall=recall)
        assert found is None or not has_article_text(found.body)
    extracted = extract_page(page)
    assert extracted.extractor == "readability"
    assert extracted.title == (H.TITLE,)
    assert attributions(audit_page(run, page)) == body_attributions


def test_page_with_no_article_is_an_error_after_every_fallback(tmp_path):
    with pytest.raises(NoArticleError, match="no article text found"):
        extract_page(H.no_article_page())
    path = tmp_path / "gallery.html"
    path.write_text(H.no_article_page(), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "attribution", "audit", str(path)], capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [f"attribution: {path}: E008: no article text found in the HTML page"]


def test_html_fragment_is_read_as_a_page(run):
    report = run("<p>The pool will reopen in May, the mayor said.</p>", input_format="html")
    assert [a.content.text for a in report.attributions] == ["The pool will reopen in May"]
    assert_spans_hold(report, report.document.text)


def test_same_page_gives_byte_identical_reports(run):
    page = H.article_page(H.photo_caption(), H.newsletter_box(), after=H.related_list() + H.comment_widget())
    assert run(page, input_format="html").model_dump_json() == run(page, input_format="html").model_dump_json()


def test_class_word_on_a_short_article_container_never_costs_the_article(run):
    # "has-dek" reads as furniture; the two short paragraphs are under every size guard: the chain
    # finds no article in the readied page and reads the page as it came.
    page = ('<!DOCTYPE html><html><head><title>Pool to reopen</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/city">City</a></nav>'
            '<div class="story-body has-dek"><p>The pool will reopen in May, the mayor said.</p>'
            '<p>It closed in 2022 after a leak, officials said.</p></div></body></html>')
    from attribution.read.input import _chain

    assert _chain(prepare_tree(_load_tree(page)))[0] is None
    assert "The pool will reopen" in extract_page(page).text
    assert [a.content.text for a in audit_page(run, page).attributions] == [
        "The pool will reopen in May", "It closed in 2022 after a leak"]
