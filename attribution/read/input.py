"""Step 0: read an article: a file's bytes, decoded; an HTML page, its article body extracted.

The text an Article holds is the text every offset of its report counts into: the decoded file
for text input, the extracted page for HTML input (its title lines first, shown but not audited,
then the body; see ``extract_page`` for the extraction chain). Decoding strips a byte-order
mark and nothing else; normalization for matching is step 1 (``prepare/text.py``).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import regex

from ..lexicon.compiled import compile_pattern
from ..errors import (
    EmptyInputError,
    FileMissingError,
    InputError,
    NoArticleError,
    NotAFileError,
    TooLargeError,
    UndecodableError,
)
from ..lexicon import load
from ..settings import limit

INPUT_FORMATS = ("auto", "text", "html")

# The encodings news text comes in. Rare code pages (mac_iceland, cp437, ...) are left out: on short
# English text the detector would otherwise pick them over Windows-1252.
COMMON_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "cp1256", "iso8859_6", "cp1257",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "utf_16", "utf_32",
)

# A page opens with a tag that only HTML has (comments and a doctype may come first).
_HTML_START = compile_pattern(
    r"\A\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s*+)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)\b",
    regex.IGNORECASE,
)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Article:
    """An article ready to audit: ``text`` (what offsets count into), its ``format``, its ``path``, and
    ``body_start``: what comes before it (an HTML page's title and subheadline) is shown, not audited."""

    text: str
    format: str = "text"  # "text" or "html": what the text was read from
    path: str | None = None
    body_start: int = 0  # where the article body starts in ``text``: after an HTML page's title lines


def decode_bytes(data: bytes, *, path: str | None = None) -> str:
    """Return the text of ``data``: UTF-8 (with or without BOM), UTF-16 with BOM, else detected.

    Raises UndecodableError for binary data or bytes no common encoding reads, and
    EmptyInputError when there is nothing but white space.
    """
    if not data.strip():
        raise EmptyInputError("the file is empty; give an article's text", path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"UTF-16 text is broken ({exc.reason})", path=path) from None
        return check_text(text.removeprefix("\ufeff"), path)
    try:
        return check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise UndecodableError("this is a binary file, not text", path=path)
    from charset_normalizer import from_bytes as detect

    best = detect(data, cp_isolation=list(COMMON_ENCODINGS)).best()
    if best is None:
        raise UndecodableError("cannot decode the bytes in any common encoding", path=path)
    return check_text(str(best), path)


def check_text(text: str, path: str | None = None) -> str:
    """Return ``text`` when it reads as an article; raises EmptyInputError (nothing but white space) or
    UndecodableError (mostly control characters: a binary file decoded as text)."""
    if not text.strip():
        raise EmptyInputError("the file is empty; give an article's text", path=path)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 20):
        raise UndecodableError("this looks like a binary file, not text", path=path)
    return text


def looks_like_html(text: str) -> bool:
    """Return True when ``text`` opens like an HTML page (a doctype, <html>, <body>, <p>, ...)."""
    return bool(_HTML_START.match(text[:4096]))


@functools.cache
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    # Short articles are articles too; no signal-based timeout (it only works in the main thread).
    for key, value in (("MIN_EXTRACTED_SIZE", "1"), ("MIN_OUTPUT_SIZE", "1"), ("MIN_EXTRACTED_COMM_SIZE", "1"),
                       ("MIN_OUTPUT_COMM_SIZE", "1"), ("EXTRACTION_TIMEOUT", "0")):
        config.set("DEFAULT", key, value)
    return config


@dataclass(frozen=True)
class Page:
    """An extracted page: its ``title`` lines (the page title, then the headings that come before the
    first paragraph: headline, subheadline), its ``body`` paragraphs, and the ``extractor`` that found them."""

    title: tuple[str, ...]
    body: str
    extractor: str  # "trafilatura", "trafilatura-recall" or "readability"

    @property
    def text(self) -> str:
        """Return the page's text: the title lines, a blank line, then the body, one paragraph a line."""
        head = "\n".join(self.title)
        return f"{head}\n\n{self.body}\n" if head else f"{self.body}\n"

    @property
    def body_start(self) -> int:
        """Return where the body starts in ``text`` (0 when there are no title lines)."""
        return len("\n".join(self.title)) + 2 if self.title else 0


_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul"})


@functools.cache
def _furniture_xpath():
    """Return the compiled XPath that selects the page furniture ``prepare_tree`` drops."""
    from lxml import etree

    words = "|".join(regex.escape(w) for w in load("boilerplate")["html"]["discard_class_words"])
    pattern = rf"(^|[\s_-])({words})([\s_-]|$)"
    return etree.XPath(
        # Page furniture named by its class or id, and a link that is a card for another story (it
        # holds blocks, or several spans: a label and a headline) outside any paragraph. Furniture is
        # small: an element with three paragraphs or more, or 600 characters, is never dropped, nor a
        # page's html, body, main or article element (a class word on the article's own container,
        # "story newsletter-enabled", must not take the article with it).
        f"(//*[re:test(@class, '{pattern}', 'i') or re:test(@id, '{pattern}', 'i')]"
        " | //a[not(ancestor::p)][.//div or .//p or .//h2 or .//h3 or .//h4 or count(.//span) > 1])"
        "[count(.//p) < 3 and string-length(normalize-space(.)) < 600]"
        "[not(self::html or self::body or self::main or self::article)]",
        namespaces={"re": "http://exslt.org/regular-expressions"})


def _one_line(text: str) -> str:
    """Return ``text`` on one line: each run of white space made one space, none at the ends."""
    return " ".join(text.split())


_LABEL_END = ":|»›>-–—"


def is_link_promo(paragraph) -> bool:
    """True when a paragraph is a link to another story: all link, or a short label ending in a
    colon or an arrow ("Read more:", "RELATED:", "MORE »") and then the link."""
    from copy import deepcopy

    links = " ".join(a.text_content() for a in paragraph.iter("a"))
    if len(links.split()) < 3:
        return False
    rest = deepcopy(paragraph)
    rest.tail = None
    for link in rest.xpath(".//a"):
        link.drop_tree()  # the link and what it holds; its tail stays
    label = _one_line(rest.text_content())
    return not label or (len(label.split()) <= 3 and label[-1] in _LABEL_END)


def prepare_tree(tree):
    """Return the lxml tree of a page readied for extraction (changed in place): page furniture that
    extractors keep is dropped (``_furniture_xpath``, and paragraphs that only link to another
    story), and a span that only wraps a link in running text is unwrapped, so that no class of the
    span ("link", "bottom", ...) can make an extractor drop words of a sentence."""
    for element in _furniture_xpath()(tree):
        if element.getparent() is not None:
            element.drop_tree()
    for paragraph in tree.xpath("//p[.//a]"):
        if is_link_promo(paragraph):
            paragraph.drop_tree()
    for span in tree.xpath("//p//span[.//a]"):
        links = span.findall(".//a")
        if len(links) == 1 and _one_line(span.text_content()) == _one_line(links[0].text_content()):
            span.drop_tag()
    return tree


def _load_tree(html: str):
    """Return the page's lxml tree, or None: trafilatura's loader (it copes with encoding declarations
    and bad markup), else lxml's for what that loader refuses (a fragment: "<p>...</p>")."""
    import lxml.html
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None and html.strip():
        tree = lxml.html.document_fromstring(html)
    return tree


def _trafilatura(tree, *, recall: bool):
    """Return trafilatura's Document of ``tree`` (precision settings, or recall ones), or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        tree, include_comments=False, include_tables=False, include_images=False,
        include_links=False, include_formatting=False, with_metadata=True, deduplicate=False,
        favor_precision=not recall, favor_recall=recall, config=_trafilatura_config())


def _split_title(doc) -> tuple[tuple[str, ...], str]:
    """Return the title lines and the body text of a trafilatura Document.

    The headings before the body's first paragraph (headline, subheadline) go with the page title;
    a heading that repeats the title is left out.
    """
    from trafilatura.xml import xmltotxt

    title = _one_line(getattr(doc, "title", None) or "")
    lines = [title] if title else []
    body = getattr(doc, "body", None)
    if body is None:
        return tuple(lines), (getattr(doc, "text", None) or "").strip()
    leading = []
    for element in body:
        if element.tag != "head":
            break
        leading.append(element)
    if len(leading) < len(body):
        for element in leading:
            heading = _one_line("".join(element.itertext()))
            if heading and heading.casefold() != title.casefold():
                lines.append(heading)
            body.remove(element)
    for element in list(body):  # the headline again, further down
        if element.tag == "head" and title and _one_line("".join(element.itertext())).casefold() == title.casefold():
            body.remove(element)
    text = xmltotxt(body, False).strip()
    if lines and text.split("\n", 1)[0].strip().casefold() == lines[0].casefold():
        lines = lines[1:]  # the body opens with the title: it is not said twice
    return tuple(lines), text


def _readability(tree) -> Page | None:
    """Return the Page readability-lxml finds in ``tree`` (a copy is read), or None."""
    from copy import deepcopy

    from readability import Document

    try:
        document = Document(deepcopy(tree))
        summary = document.summary(html_partial=True)
        title = _one_line(document.short_title() or "")
    except Exception:  # readability gives up on the markup: no article from it
        return None
    import lxml.html

    try:
        lines = block_lines(lxml.html.fragment_fromstring(summary, create_parent="div"))
    except Exception:
        return None
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]
    return Page((title,) if title else (), "\n".join(lines), "readability") if lines else None


def block_lines(element) -> list[str]:
    """Return the text of an lxml element as lines: one per block (paragraph, heading, list item,
    cell) or <br>, white space runs made one space, empty lines left out. Walks without recursion."""
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "br":
                parts.append("\n")
            if tag and tag not in ("script", "style") and node.text:
                parts.append(node.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail)
    return [line for line in (_one_line(x) for x in "".join(parts).split("\n")) if line]


def has_article_text(text: str) -> bool:
    """True when some line of ``text`` reads as article text (a sentence, not navigation, a byline or a fragment)."""
    from .boilerplate import BODY, classify_line

    return any(classify_line(line.strip()) == BODY for line in text.splitlines() if line.strip())


def extract_page(html: str, *, path: str | None = None) -> Page:
    """Return the article of an HTML page as a Page, from the first of this chain that finds article
    text (a line that reads as a sentence): trafilatura with precision settings, trafilatura with
    recall settings, readability-lxml; run on the page readied by ``prepare_tree``, then, if none
    finds article text there, on the page as it came. When none does, what the first found, if anything.

    Raises NoArticleError when the page cannot be parsed or the chain finds nothing.
    """
    from copy import deepcopy

    try:
        tree = _load_tree(html)
    except Exception as exc:  # lxml gave up on the markup
        raise NoArticleError(f"the HTML page cannot be read ({type(exc).__name__})", path=path) from None
    if tree is None:
        raise NoArticleError("no article text found in the HTML page", path=path)
    found, first = _chain(prepare_tree(deepcopy(tree)))
    if found is None:  # readying the page must never cost its article
        found, first_raw = _chain(tree)
        first = first or first_raw
    if found is not None:
        return found
    if first is not None:
        return first  # text, though none of it reads as a sentence: audited as it is
    raise NoArticleError("no article text found in the HTML page", path=path)


def _chain(tree) -> tuple[Page | None, Page | None]:
    """Return the first Page of the extraction chain that has article text (or None), and what the
    chain's first extractor found (or None)."""
    first = _trafilatura_page(tree, recall=False)
    if first is not None and has_article_text(first.body):
        return first, first
    for fallback in (lambda: _trafilatura_page(tree, recall=True), lambda: _readability(tree)):
        page = fallback()
        if page is not None and has_article_text(page.body):
            return page, first
    return None, first


def _trafilatura_page(tree, *, recall: bool) -> Page | None:
    """Return the Page trafilatura extracts from ``tree`` (precision or recall settings), or None when it finds no text."""
    try:
        doc = _trafilatura(tree, recall=recall)
    except Exception:  # the extractor gave up on the markup: the next one is tried
        return None
    if doc is None:
        return None
    title, body = _split_title(doc)
    return Page(title, body, "trafilatura-recall" if recall else "trafilatura") if body else None


def extract_html(html: str, *, path: str | None = None) -> str:
    """Return the article text of an HTML page: its title lines (page title, headline, subheadline),
    a blank line, then the body paragraphs, one a line (see ``extract_page``).

    Navigation, share boxes, comments, captions, credits, related links and author bios are left out.
    Raises NoArticleError when the page has no article text.
    """
    return extract_page(html, path=path).text


def _check_format(input_format: str, path: str | None) -> None:
    if input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r} (use {', '.join(INPUT_FORMATS)})", path=path)


def from_string(text: str, input_format: str = "text", *, path: str | None = None) -> Article:
    """Return the Article of decoded ``text``: as it is ("text"), its extracted body ("html"), or sniffed ("auto")."""
    _check_format(input_format, path)
    if input_format == "auto":
        suffix = os.path.splitext(path or "")[1].lower()
        input_format = "html" if suffix in _HTML_SUFFIXES or looks_like_html(text) else "text"
    if input_format == "html":
        page = extract_page(text, path=path)
        return Article(page.text, "html", path, page.body_start)
    return Article(text, "text", path)


def from_bytes(data: bytes, input_format: str = "auto", *, path: str | None = None) -> Article:
    """Return the Article of a file's bytes, decoded then read as ``input_format`` (see from_string).

    Raises InputError subclasses for empty, binary or undecodable data and pages with no article.
    """
    _check_format(input_format, path)
    return from_string(decode_bytes(data, path=path), input_format, path=path)


def read_bytes(path: str, *, max_chars: int | None = None) -> bytes:
    """Return the bytes of the file at ``path``, raising InputError subclasses when it cannot be read.

    A file over four bytes per character of ``max_chars`` (default: the max-document-chars
    setting) is refused before it is read.
    """
    if not os.path.exists(path):
        raise FileMissingError("no such file", path=path)
    if os.path.isdir(path):
        raise NotAFileError("is a directory; give a text file", path=path)
    max_chars = max_chars or limit("max-document-chars")
    try:
        size = os.path.getsize(path)
        if size > max_chars * 4:
            raise TooLargeError(f"the file has {size:,} bytes, over the size limit of {max_chars * 4:,} "
                                "(4 bytes per character of max-document-chars)", path=path)
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise NotAFileError("cannot be read (permission denied)", path=path) from None
    except IsADirectoryError:
        raise NotAFileError("is a directory; give a text file", path=path) from None
    except OSError as exc:
        raise NotAFileError(f"cannot be read ({exc.strerror})", path=path) from None


def read_article(path: str, input_format: str = "auto", *, max_chars: int | None = None) -> Article:
    """Return the Article in the file at ``path``: ``auto`` reads .html/.htm files and pages that
    open like HTML as HTML, anything else as text. Raises InputError subclasses on bad input."""
    _check_format(input_format, path)
    return from_bytes(read_bytes(path, max_chars=max_chars), input_format, path=path)


def read_text_file(path: str) -> str:
    """Return the decoded text of the file at ``path``, raising InputError subclasses on bad input."""
    return decode_bytes(read_bytes(path), path=path)
