"""Step 1: normalize text for matching while keeping an offset map.

Normalization never changes what is reported: every offset the engine finds in the normalized
text is mapped back to the original with :meth:`Normalized.to_original`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from array import array
from dataclasses import dataclass

import regex

from .input import COMMON_ENCODINGS, decode_bytes, read_text_file  # noqa: F401  (step 0, kept here for callers)

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


# Any character the loop in ``normalize`` would not copy as it is (combining marks: \p{M}).
_WORK = regex.compile("[" + regex.escape("".join(_CHAR_MAP) + "".join(_DROP)) + "\r\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\p{M}]")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, when it differs from the original, per-character origins."""

    original: str
    text: str
    _starts: array | None = None  # original start of each normalized character
    _ends: array | None = None  # original end of each normalized character

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of the normalized span ``[start, end)``, within the text."""
        if self._starts is None:
            n = len(self.original)
            start = min(max(start, 0), n)
            return start, min(max(end, start), n)
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
    """True when ``normalize`` would change the text: a character it maps, drops or composes, a CR,
    a control character, or a doubled apostrophe or backtick. Most text has none (curly quotes stay)."""
    if text.isascii():
        return "\r" in text or "''" in text or "``" in text or "\t" in text or "\x0b" in text or "\x0c" in text or any(
            ord(c) < 32 and c != "\n" for c in text
        )
    return _WORK.search(text) is not None or "''" in text or "``" in text


def normalize(original: str) -> Normalized:
    """Return the text normalized for matching, with a map back to original offsets.

    Unicode spaces become spaces, CR LF and CR become LF, zero-width characters go, guillemets
    and low marks become curly quotes (the “ that closes a „low-high“ quotation becomes ”), control characters become spaces, and decomposed letters
    are composed (NFC). Everything else is kept as it is.
    """
    if not _needs_work(original):
        return Normalized(original, original)
    out: list[str] = []
    starts = array("q")
    ends = array("q")
    i = 0
    n = len(original)
    low_open = False  # inside a quotation opened with „ (closed by “ or ”)
    while i < n:
        c = original[i]
        if c == "\r":
            low_open = False
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
        if c == "\n" or c == "\u201d":
            low_open = False
        elif c == "\u201e":
            low_open = True
        elif c == "\u201c" and low_open:
            # „German style“: the high mark after a low one closes the quotation.
            low_open = False
            out.append("\u201d"); starts.append(i); ends.append(i + 1)
            i += 1
            continue
        mapped = _CHAR_MAP.get(c)
        if mapped is not None:
            if mapped == "\n":
                low_open = False
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
