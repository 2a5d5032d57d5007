"""Step 1: read bytes, decode, and normalize text for matching while keeping an offset map.

Normalization never changes what is reported: every offset the engine finds in the normalized
text is mapped back to the original with :meth:`Normalized.to_original`.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from array import array
from dataclasses import dataclass

from .errors import (
    EmptyInputError,
    FileMissingError,
    NotAFileError,
    TooLargeError,
    UndecodableError,
)
from .settings import MAX_DOCUMENT_CHARS

# Characters mapped one-to-one to a plainer form the parser knows.
_CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u205f": " ", "\u3000": " ", "\u1680": " ", "\t": " ", "\x0b": " ",
    "\x0c": " ", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    "\u00ab": "\u201c", "\u00bb": "\u201d",  # « » guillemets
    "\u201e": "\u201c",  # „ low double mark opens a quote
    "\u201f": "\u201c", "\u2033": "\"", "\uff02": "\"",
    "\u2039": "\u2018", "\u203a": "\u2019", "\u201a": "\u2018", "\u201b": "\u2018",
    "\u2032": "'", "\u02bc": "\u2019",
    "\u2010": "-", "\u2011": "-",
}
# Characters dropped from the normalized text: zero-width and format characters, soft hyphen.
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e")


# The encodings news text comes in. Rare code pages (mac_iceland, cp437, ...) are left out: on short
# English text the detector would otherwise pick them over Windows-1252.
COMMON_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "iso8859_5",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255", "cp1256", "iso8859_6", "cp1257",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "utf_16", "utf_32",
)


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, when it differs from the original, per-character origins."""

    original: str
    text: str
    _starts: array | None = None  # original start of each normalized character
    _ends: array | None = None  # original end of each normalized character

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of the normalized span ``[start, end)``."""
        if self._starts is None:
            return start, end
        n = len(self.text)
        if n == 0:
            return 0, 0
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if end == start:
            pos = self._starts[start] if start < n else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]


def _needs_work(text: str) -> bool:
    if text.isascii():
        return "\r" in text or "''" in text or "``" in text or "\t" in text or "\x0b" in text or "\x0c" in text or any(
            ord(c) < 32 and c != "\n" for c in text
        )
    return True


def normalize(original: str) -> Normalized:
    """Return the text normalized for matching, with a map back to original offsets.

    Unicode spaces become spaces, CR LF and CR become LF, zero-width characters go, guillemets
    and low marks become curly quotes, control characters become spaces, and decomposed letters
    are composed (NFC). Everything else is kept as it is.
    """
    if not _needs_work(original):
        return Normalized(original, original)
    out: list[str] = []
    starts = array("q")
    ends = array("q")
    i = 0
    n = len(original)
    while i < n:
        c = original[i]
        if c == "\r":
            j = i + 2 if i + 1 < n and original[i + 1] == "\n" else i + 1
            out.append("\n"); starts.append(i); ends.append(j)
            i = j
            continue
        if c in _DROP:
            i += 1
            continue
        if (c == "'" or c == "`") and i + 1 < n and original[i + 1] == c:
            # Two apostrophes or backticks are a double quote mark (''like this'' or ``this'').
            out.append("\u201c" if c == "`" else '"'); starts.append(i); ends.append(i + 2)
            i += 2
            continue
        mapped = _CHAR_MAP.get(c)
        if mapped is not None:
            out.append(mapped); starts.append(i); ends.append(i + 1)
            i += 1
            continue
        o = ord(c)
        if o < 32 and c != "\n" or 0x7f <= o < 0xa0:
            out.append(" "); starts.append(i); ends.append(i + 1)
            i += 1
            continue
        if o >= 0x300:
            # A base letter followed by combining marks: compose the cluster.
            j = i + 1
            while j < n and unicodedata.combining(original[j]):
                j += 1
            if j > i + 1 or unicodedata.combining(c):
                composed = unicodedata.normalize("NFC", original[i:j])
                for ch in composed:
                    out.append(ch); starts.append(i); ends.append(j)
                i = j
                continue
        elif i + 1 < n and unicodedata.combining(original[i + 1]):
            j = i + 1
            while j < n and unicodedata.combining(original[j]):
                j += 1
            composed = unicodedata.normalize("NFC", original[i:j])
            for ch in composed:
                out.append(ch); starts.append(i); ends.append(j)
            i = j
            continue
        out.append(c); starts.append(i); ends.append(i + 1)
        i += 1
    text = "".join(out)
    if text == original:
        return Normalized(original, original)
    return Normalized(original, text, starts, ends)


def sha256_text(text: str) -> str:
    """Return the hex SHA-256 of the text encoded as UTF-8 (surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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
        return _check_text(text, path)
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:8192]:
        raise UndecodableError("this is a binary file, not text", path=path)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(COMMON_ENCODINGS)).best()
    if best is None:
        raise UndecodableError("cannot decode the bytes in any common encoding", path=path)
    return _check_text(str(best), path)


def _check_text(text: str, path: str | None) -> str:
    if not text.strip():
        raise EmptyInputError("the file is empty; give an article's text", path=path)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 20):
        raise UndecodableError("this looks like a binary file, not text", path=path)
    if len(text) > MAX_DOCUMENT_CHARS:
        raise TooLargeError(
            f"the text has {len(text):,} characters, over the limit of {MAX_DOCUMENT_CHARS:,}",
            path=path,
        )
    return text


def read_text_file(path: str) -> str:
    """Return the decoded text of the file at ``path``, raising InputError subclasses on bad input."""
    if not os.path.exists(path):
        raise FileMissingError("no such file", path=path)
    if os.path.isdir(path):
        raise NotAFileError("is a directory; give a text file", path=path)
    try:
        size = os.path.getsize(path)
        if size > MAX_DOCUMENT_CHARS * 4:
            raise TooLargeError(f"the file has {size:,} bytes, over the size limit", path=path)
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        raise NotAFileError("cannot be read (permission denied)", path=path) from None
    except IsADirectoryError:
        raise NotAFileError("is a directory; give a text file", path=path) from None
    except OSError as exc:
        raise NotAFileError(f"cannot be read ({exc.strerror})", path=path) from None
    return decode_bytes(data, path=path)
