"""Step 1: normalize text for matching while keeping an offset map.

Normalization never changes what is reported: every offset the engine finds in the normalized
text is mapped back to the original with :meth:`Normalized.to_original`.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from array import array
from dataclasses import dataclass

import regex

from ..lexicon.compiled import compile_pattern

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
_WORK = compile_pattern("[" + regex.escape("".join(_CHAR_MAP) + "".join(sorted(_DROP))) + "\r\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\p{M}]")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, when it differs from the original, a map of where its pieces come from.

    The map has one entry per piece of the normalized text: a stretch copied as it is (its characters
    map one to one) or a replacement (each of its characters maps to the whole original span it
    replaces). It grows with the changes, not with the length of the text.
    """

    original: str
    text: str
    _piece_starts: array | None = None  # where each piece starts in ``text``
    _origins: array | None = None  # where it starts in ``original``
    _origin_ends: array | None = None  # for a replacement, where its original span ends; -1 for a copied stretch

    def _origin(self, char: int) -> tuple[int, int]:
        k = bisect.bisect_right(self._piece_starts, char) - 1
        end = self._origin_ends[k]
        if end < 0:
            start = self._origins[k] + (char - self._piece_starts[k])
            return start, start + 1
        return self._origins[k], end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of the normalized span ``[start, end)``, within the text."""
        if self._piece_starts is None:
            n = len(self.original)
            start = min(max(start, 0), n)
            return start, min(max(end, start), n)
        n = len(self.text)
        if n == 0:
            return 0, 0
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if end == start:
            pos = self._origin(start)[0] if start < n else len(self.original)
            return pos, pos
        return self._origin(start)[0], self._origin(end - 1)[1]


_ASCII_CONTROL = compile_pattern(r"[\x00-\x09\x0b-\x1f]")  # CR, tab and the other controls; not LF


def _needs_work(text: str) -> bool:
    """True when ``normalize`` would change the text: a character it maps, drops or composes, a CR,
    a control character, or a doubled apostrophe or backtick. Most text has none (curly quotes stay)."""
    if text.isascii():
        return "''" in text or "``" in text or _ASCII_CONTROL.search(text) is not None
    return _WORK.search(text) is not None or "''" in text or "``" in text


_COMBINING_MARK = compile_pattern(r"\p{M}")
# Where ``normalize`` has something to do; everything between two such places is copied as it is.
_EVENT = compile_pattern(_WORK.pattern[:-1] + "]|''|``")
# The same, and the marks that open and close a „low-high“ quotation, for text that has a „.
_EVENT_LOW = compile_pattern(_WORK.pattern[:-1] + "\u201c\u201d\n]|''|``")


def normalize(original: str) -> Normalized:
    """Return the text normalized for matching, with a map back to original offsets.

    Unicode spaces become spaces, CR LF and CR become LF, zero-width characters go, guillemets
    and low marks become curly quotes (the “ that closes a „low-high“ quotation becomes ”), control characters become spaces, and decomposed letters
    are composed (NFC). Everything else is kept as it is.

    Only the places that change are visited (one regular-expression pass finds them); the stretches
    between them are copied whole, with their offsets, so the cost follows the changes, not the length.
    """
    if not _needs_work(original):
        return Normalized(original, original)
    out: list[str] = []
    piece_starts, origins, origin_ends = array("q"), array("q"), array("q")
    n = len(original)
    pos = 0  # everything before ``pos`` is in ``out``
    length = 0  # the length of ``out`` joined
    low_open = False  # inside a quotation opened with „ (closed by “ or ”)

    def emit(piece: str, start: int, end: int) -> None:
        nonlocal length
        out.append(piece)
        piece_starts.append(length)
        origins.append(start)
        origin_ends.append(end)
        length += len(piece)

    def copy(start: int, end: int) -> None:
        nonlocal length
        out.append(original[start:end])
        piece_starts.append(length)
        origins.append(start)
        origin_ends.append(-1)
        length += end - start

    def compose(begin: int) -> int:
        """Emit original[begin] and the combining marks after it, composed; return where they end."""
        j = begin + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        emit(unicodedata.normalize("NFC", original[begin:j]), begin, j)
        return j

    events = _EVENT_LOW if "\u201e" in original else _EVENT
    for m in events.finditer(original):
        i = m.start()
        if i < pos:  # taken by the cluster of a mark before it
            continue
        c = original[i]
        # A combining mark after a letter of the stretch belongs to that letter's cluster.
        base = i - 1 if i > pos and unicodedata.combining(c) and _COMBINING_MARK.match(c) else i
        if base > pos:
            copy(pos, base)
        pos = base
        if base < i:
            pos = compose(base)
            continue
        if m.end() - i == 2:  # two apostrophes or backticks are a double quote mark (''like this'' or ``this'')
            emit("\u201c" if c == "`" else '"', i, i + 2)
            pos = i + 2
            continue
        if c == "\r":
            low_open = False
            j = i + 2 if i + 1 < n and original[i + 1] == "\n" else i + 1
            emit("\n", i, j)
            pos = j
            continue
        if c in _DROP:
            pos = i + 1
            continue
        if c == "\n" or c == "\u201d":
            low_open = False
        elif c == "\u201e":
            low_open = True
        elif c == "\u201c" and low_open:
            # „German style“: the high mark after a low one closes the quotation.
            low_open = False
            emit("\u201d", i, i + 1)
            pos = i + 1
            continue
        mapped = _CHAR_MAP.get(c)
        if mapped is not None:
            if mapped == "\n":
                low_open = False
            emit(mapped, i, i + 1)
            pos = i + 1
            continue
        o = ord(c)
        if o < 32 and c != "\n" or 0x7f <= o < 0xa0:
            emit(" ", i, i + 1)
            pos = i + 1
            continue
        # A character kept as it is (“, ”, a line break, a mark) opens a cluster with the marks after it; a
        # combining mark with no letter before it is a cluster of its own.
        if unicodedata.combining(c) or (i + 1 < n and unicodedata.combining(original[i + 1])):
            pos = compose(i)
            continue
        emit(c, i, i + 1)
        pos = i + 1
    if pos < n:
        copy(pos, n)
    text = "".join(out)
    if text == original:
        return Normalized(original, original)
    return Normalized(original, text, piece_starts, origins, origin_ends)


def sha256_text(text: str) -> str:
    """Return the hex SHA-256 of the text encoded as UTF-8 (surrogates escaped)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
