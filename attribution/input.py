"""Step 0: read an article: a file's bytes, decoded; an HTML page, its article body extracted.

The text an Article holds is the text every offset of its report counts into: the decoded file
for text input, the extracted body (title first) for HTML input. Decoding strips a byte-order
mark and nothing else; normalization for matching is step 1 (``text.py``).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import regex

from .errors import (
    EmptyInputError,
    FileMissingError,
    InputError,
    NoArticleError,
    NotAFileError,
    TooLargeError,
    UndecodableError,
)
from .settings import limit

INPUT_FORMATS = ("auto", "text", "html")

# The encodings news text comes in. Rare code pages (mac_iceland, cp437, ...) are left out: on short
# English text the detector would otherwise pick them over Windows-1252.
COMMON_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "cp1256", "iso8859_6", "cp1257",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "utf_16", "utf_32",
)

# A page opens with a tag that only HTML has (comments and a doctype may come first).
_HTML_START = regex.compile(
    r"\A\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s*+)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)\b",
    regex.IGNORECASE,
)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Article:
    """An article ready to audit: ``text`` (what offsets count into), its ``format``, its ``path``."""

    text: str
    format: str = "text"  # "text" or "html": what the text was read from
    path: str | None = None


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
        return _check_text(text.removeprefix("\ufeff"), path)
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise UndecodableError("this is a binary file, not text", path=path)
    from charset_normalizer import from_bytes as detect

    best = detect(data, cp_isolation=list(COMMON_ENCODINGS)).best()
    if best is None:
        raise UndecodableError("cannot decode the bytes in any common encoding", path=path)
    return _check_text(str(best), path)


def _check_text(text: str, path: str | None) -> str:
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


def extract_html(html: str, *, path: str | None = None) -> str:
    """Return the article text of an HTML page: its title, a blank line, then the body paragraphs.

    Navigation, share boxes, comments, credits and author bios are left out by trafilatura.
    Raises NoArticleError when the page has no article text.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, include_images=False,
            include_links=False, include_formatting=False, with_metadata=True, deduplicate=False,
            favor_precision=True, config=_trafilatura_config())
    except Exception as exc:  # lxml or the extractor gave up on the markup
        raise NoArticleError(f"the HTML page cannot be read ({type(exc).__name__})", path=path) from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise NoArticleError("no article text found in the HTML page", path=path)
    title = " ".join((getattr(doc, "title", None) or "").split())
    if title and not body.startswith(title):
        return f"{title}\n\n{body}\n"
    return body + "\n"


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
        return Article(extract_html(text, path=path), "html", path)
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
