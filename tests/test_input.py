"""Step 0: reading articles: HTML pages, encodings, and the text every offset counts into.

The fixtures are made here from a seed article: an HTML page built around it, the same text in
UTF-16 and Windows-1252, and text with BOM, CR LF, Unicode spaces and mixed quote styles.
"""

from __future__ import annotations

import html

import pytest

from attribution.errors import InputError, NoArticleError, UndecodableError
from attribution.read.input import Article, extract_html, from_bytes, from_string, looks_like_html, read_article

from conftest import SEEDS
from spans import assert_spans_hold

SEED = SEEDS[0].read_text(encoding="utf-8")
LINES = [line.strip() for line in SEED.splitlines() if line.strip()]
TITLE, PARAGRAPHS = LINES[0], LINES[1:-1]  # the seed's last line is a "Leave A Reply" widget

NAV = ["Home", "World", "Politics", "Subscribe"]
SHARE = "Share on Facebook"
BIO = "Jane Reporter is a senior correspondent covering the Middle East for Example News."
CREDIT = "Smoke rises over Baghdad. (AP Photo/Jane Doe)"
RELATED = "Iran vows revenge after scientist killed"


def seed_page() -> str:
    """Return an HTML page with the seed article in it, among navigation, share box, credits and a bio."""
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in PARAGRAPHS)
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in NAV)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(TITLE)} | Example News</title></head>
<body>
<header><nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>{html.escape(TITLE)}</h1>
<p class="byline">By Jane Reporter</p>
<figure><img src="/a.jpg" alt=""><figcaption>{CREDIT}</figcaption></figure>
{body}
<div class="share-box"><a href="#">{SHARE}</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
<aside class="author-bio"><p>{BIO}</p></aside>
</article>
<section class="related"><h2>Related articles</h2><ul><li><a href="/1">{RELATED}</a></li></ul></section>
</main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def seed_report(run):
    return run(SEED)


def contents(report) -> list[tuple[str, str]]:
    return [(a.kind, a.content.text) for a in report.attributions]


def test_html_page_keeps_the_article_and_drops_navigation_share_credits_and_bio():
    text = extract_html(seed_page())
    assert text.startswith(TITLE)
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    for junk in [*NAV, SHARE, BIO, CREDIT, RELATED, "All rights reserved", "By Jane Reporter"]:
        assert junk not in text, junk


def test_html_report_carries_the_extracted_text_its_offsets_count_into(run, seed_report, tmp_path):
    path = tmp_path / "story.html"
    path.write_text(seed_page(), encoding="utf-8")
    article = read_article(str(path))
    assert article.format == "html"
    report = run(article)
    assert report.document.format == "html"
    assert report.document.text == article.text
    assert report.document.chars == len(article.text)
    assert_spans_hold(report, report.document.text)
    assert contents(report) == contents(seed_report)


def test_html_given_as_a_string_to_audit(run, seed_report):
    report = run(seed_page(), input_format="html")
    assert report.document.format == "html"
    assert contents(report) == contents(seed_report)


def test_text_report_has_no_copy_of_the_text(seed_report):
    assert seed_report.document.format == "text"
    assert seed_report.document.text is None


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_same_article_in_another_encoding_gives_the_same_report(run, seed_report, tmp_path, encoding):
    path = tmp_path / f"story-{encoding}.txt"
    path.write_bytes(SEED.encode(encoding))
    article = read_article(str(path))
    assert article.text == SEED
    report = run(article)
    assert_spans_hold(report, SEED)
    assert report.model_dump_json() == seed_report.model_dump_json().replace('"path":null', f'"path":"{path}"')


def test_awkward_characters_keep_every_offset(run):
    # BOM, CR LF, NBSP and narrow NBSP, zero-width space, straight and curly quotes mixed,
    # « guillemets », „low-high“ marks and decomposed accents, in one article.
    text = ("\ufeffThe mayor\u00a0of Lyon, Gre\u0301goire Martin, said the tram line would open in May.\r\n\r\n"
            "\u00ab We are ready \u00bb, the mayor said on Tuesday.\r\n"
            "\u201eIt will be late\u201c, a city engineer told Le Progr\u00e8s.\r\n"
            "\"We have the money,\" Martin added. \u201cAll of it.\"\r\n"
            "The con\u200btract was signed in June,\u202fthe city hall said.\r\n")
    report = run(text)
    assert_spans_hold(report, text)
    found = {a.content.text for a in report.attributions}
    assert "We are ready" in found
    assert "It will be late" in found
    assert any("con\u200btract was signed" in c for c in found)
    martin = [a for a in report.attributions if "tram line" in a.content.text][0]
    assert martin.source.text.endswith("Gre\u0301goire Martin")


def test_bytes_are_decoded_and_html_is_sniffed():
    assert from_bytes("He said „ja“.".encode("utf-16")).text == "He said „ja“."
    assert from_bytes(seed_page().encode("cp1252", "xmlcharrefreplace")).format == "html"
    assert looks_like_html("<!-- saved page -->\n<html><body><p>Hi</p></body></html>")
    assert not looks_like_html("<He said> the vote was lost.")
    assert from_string("He said <b>no</b>.", "auto").format == "text"


def test_html_file_with_no_article_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><img src='a.jpg'><script>var x = 1;</script></body></html>", encoding="utf-8")
    with pytest.raises(NoArticleError) as error:
        read_article(str(path))
    assert "empty.html" in str(error.value) and "E008" in str(error.value)


def test_unknown_input_format_and_binary_bytes_are_errors():
    with pytest.raises(InputError):
        from_string("text", "pdf")
    with pytest.raises(UndecodableError):
        from_bytes(b"\x00\x01\x02" * 400)


def test_article_text_is_what_audit_reads(run):
    report = run(Article("The minister said the deal was dead.", "text", "a.txt"))
    assert report.document.path == "a.txt"
    assert report.attributions[0].content.text == "the deal was dead"
