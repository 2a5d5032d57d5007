"""LanguageTool's HTTP API (``POST /v2/check``), so its clients can use the audit as their server.

A client sends ``text`` (plain) or ``data`` (LanguageTool's annotated text: a list of ``text`` and
``markup`` parts, markup optionally ``interpretAs`` some text) and gets one match per finding.
LanguageTool clients are JavaScript and Java programs: they count offsets in UTF-16 code units, so
every offset here is converted from the report's code points (an emoji before a finding moves it
by two units, not one). Offsets count into the text as sent, markup included, as LanguageTool's do.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

import regex

from .. import __version__
from ..rules import BY_CODE

SOFTWARE = {"name": "attribution", "version": __version__, "buildDate": None, "apiVersion": 1,
            "premium": False, "premiumHint": None, "status": ""}
LANGUAGE = {"name": "English", "code": "en", "longCode": "en-US"}
ISSUE_TYPES = {"error": "non-conformance", "warning": "style", "info": "style"}  # LanguageTool issue types
CONTEXT_CHARS = 40  # code points of context each side, as LanguageTool gives
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
_SENTENCE_END = regex.compile(r"(?<=[.!?][\"'”’)\]]?+)\s++(?=\S)")


class CheckInputError(ValueError):
    """The ``text`` or ``data`` field is missing or malformed."""


@dataclass(frozen=True)
class CheckText:
    """The text to audit and the way back from its offsets to the text as sent.

    ``plain`` is what is audited: text parts, and markup's ``interpretAs``. ``original`` is the text
    as sent, markup included. ``plain_starts[i]``/``original_starts[i]`` open the i-th text run.
    """

    plain: str
    original: str
    plain_starts: tuple[int, ...] = (0,)
    original_starts: tuple[int, ...] = (0,)

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Return the code-point offset in ``original`` of code-point ``offset`` in ``plain``.

        With ``end`` an offset where a run of text starts again after markup is taken as the end of
        the run before it (a span ends before the markup that follows it).
        """
        if end:
            i = max(0, bisect.bisect_left(self.plain_starts, offset) - 1)
        else:
            i = bisect.bisect_right(self.plain_starts, offset) - 1
        return self.original_starts[i] + (offset - self.plain_starts[i])


def read_check_input(text: str | None, data: str | None) -> CheckText:
    """Return the CheckText of a request's ``text`` or ``data`` field; raises CheckInputError."""
    if text is not None and data is not None:
        raise CheckInputError("give 'text' or 'data', not both")
    if text is not None:
        return CheckText(text, text)
    if data is None:
        raise CheckInputError("missing 'text' or 'data' field")
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise CheckInputError(f"'data' is not valid JSON ({exc.msg} at character {exc.pos})") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise CheckInputError("'data' must be {\"annotation\": [{\"text\": ...} or {\"markup\": ...}, ...]}")
    plain, original = [], []
    plain_starts, original_starts = [0], [0]
    plain_len = original_len = 0
    for part in parts:
        if not isinstance(part, dict):
            raise CheckInputError("each annotation part must be an object with 'text' or 'markup'")
        if isinstance(part.get("text"), str):
            plain.append(part["text"])
            original.append(part["text"])
            plain_len += len(part["text"])
            original_len += len(part["text"])
            continue
        if not isinstance(part.get("markup"), str):
            raise CheckInputError("each annotation part must have a string 'text' or 'markup'")
        shown = part.get("interpretAs", "")
        if not isinstance(shown, str):
            raise CheckInputError("'interpretAs' must be a string")
        # Markup stands for ``shown`` in the audited text; a run of text starts again after it.
        plain.append(shown)
        original.append(part["markup"])
        plain_len += len(shown)
        original_len += len(part["markup"])
        plain_starts.append(plain_len)
        original_starts.append(original_len)
    return CheckText("".join(plain), "".join(original), tuple(plain_starts), tuple(original_starts))


class Utf16Index:
    """Code-point offsets of one text converted to UTF-16 code units (astral characters count two)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def units(self, offset: int) -> int:
        """Return the UTF-16 offset of code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)


def _sentence(text: str, start: int, end: int) -> str:
    """Return the sentence (or, at worst, the line) of ``text`` around ``start``..``end``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    begin, finish = line_start, line_end
    for m in _SENTENCE_END.finditer(text, line_start, line_end):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start()
            break
    return text[begin:finish].strip()


def _whole_article_span(text: str) -> tuple[int, int]:
    """Return the span a finding on the whole article is shown on: the first line with words."""
    for m in regex.finditer(r"[^\n]*+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            return m.start() + lead, m.start() + len(line.rstrip())
    return 0, 0


def matches(report: dict, check: CheckText) -> list[dict]:
    """Return LanguageTool matches, one per finding of ``report`` (a Report as a dict), at UTF-16 offsets
    into ``check.original``."""
    plain_units, original_units = Utf16Index(check.plain), Utf16Index(check.original)
    out = []
    for finding in report["findings"]:
        span = finding.get("span")
        start, end = (span["start"], span["end"]) if span else _whole_article_span(check.plain)
        o_start = check.to_original(start)
        o_end = max(o_start, check.to_original(end, end=True))
        c_start, c_end = max(0, start - CONTEXT_CHARS), min(len(check.plain), end + CONTEXT_CHARS)
        context = check.plain[c_start:c_end]
        rule = BY_CODE.get(finding["code"])
        group = finding["name"].split(".")[0]
        out.append({
            "message": finding["message"],
            "shortMessage": finding["name"],
            "replacements": [],
            "offset": original_units.units(o_start),
            "length": original_units.units(o_end) - original_units.units(o_start),
            "context": {
                "text": context,
                "offset": plain_units.units(start) - plain_units.units(c_start),
                "length": plain_units.units(end) - plain_units.units(start),
            },
            "sentence": _sentence(check.plain, start, end),
            "type": {"typeName": "Hint" if finding["severity"] == "info" else "Other"},
            "rule": {
                "id": finding["code"],
                "description": rule.summary if rule else finding["name"],
                "issueType": ISSUE_TYPES[finding["severity"]],
                "category": {"id": f"SOURCING_{group.upper().replace('-', '_')}", "name": f"Sourcing: {group}"},
                "urls": [{"value": finding["docs"]}] if finding.get("docs") else [],
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return out


def language_of(code: str | None) -> dict | None:
    """Return the LanguageTool ``language`` object for a request's ``language``, or None when not English."""
    code = (code or "auto").strip()
    if code == "auto" or code.lower() == "en" or code.lower().startswith("en-"):
        long_code = "en-US" if code in ("auto", "en") else code
        return {"name": "English", "code": long_code, "detectedLanguage": {**LANGUAGE, "confidence": 1.0}}
    return None


def check_answer(found: list[dict], language: dict) -> dict:
    """Return the whole /v2/check answer around the matches ``found``."""
    return {"software": SOFTWARE, "warnings": {"incompleteResults": False}, "language": language, "matches": found}
