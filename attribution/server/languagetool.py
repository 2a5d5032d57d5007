"""LanguageTool's HTTP API (``POST /v2/check``), so its clients can use the audit as their server.

A client sends ``text`` (plain) or ``data`` (LanguageTool's annotated text: a list of ``text`` and
``markup`` parts, markup optionally ``interpretAs`` some text) and gets one match per finding.
LanguageTool clients are JavaScript and Java programs: they count offsets in UTF-16 code units, so
every offset here is converted from the report's code points (an emoji before a finding moves it
by two units, not one). Offsets count into the text as sent, markup included, as LanguageTool's do.
"""

from __future__ import annotations

import bisect
import functools
import json
from dataclasses import dataclass

import regex

from ..lexicon.compiled import compile_pattern
from .. import __version__
from ..prepare.sentences import SentenceIndex
from ..rules import BY_CODE

SOFTWARE = {"name": "attribution", "version": __version__, "buildDate": None, "apiVersion": 1,
            "premium": False, "premiumHint": None, "status": ""}
LANGUAGE = {"name": "English", "code": "en", "longCode": "en-US"}
ISSUE_TYPES = {"error": "non-conformance", "warning": "style", "info": "style"}  # LanguageTool issue types
CONTEXT_CHARS = 40  # code points of context each side, as LanguageTool gives
_ASTRAL = compile_pattern(r"[\U00010000-\U0010FFFF]")


class CheckInputError(ValueError):
    """The ``text`` or ``data`` field is missing or malformed."""


@dataclass(frozen=True)
class CheckText:
    """The text to audit and the way back from its offsets to the text as sent.

    ``plain`` is what is audited: text parts, and markup's ``interpretAs``. ``original`` is the text
    as sent, markup included. ``segments`` holds, per part in order, ``(plain_start, plain_length,
    original_start, original_length, is_text)``.
    """

    plain: str
    original: str
    segments: tuple[tuple[int, int, int, int, bool], ...] = ()

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [seg[0] for seg in self.segments]

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Return the code-point offset in ``original`` of code-point ``offset`` in ``plain``.

        Inside a text part the distance is kept; inside what markup stands for, a start goes to the
        markup's start and an end to its end. With ``end`` an offset where one part meets the next is
        taken as the end of the part before it (a span ends before the markup that follows it).
        """
        if not self.segments:
            return offset
        starts = self._starts
        i = (bisect.bisect_left(starts, offset) if end else bisect.bisect_right(starts, offset)) - 1
        plain_start, plain_length, original_start, original_length, is_text = self.segments[max(0, i)]
        if is_text:
            return original_start + min(max(0, offset - plain_start), original_length)
        return original_start + original_length if end else original_start


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
    except RecursionError:
        raise CheckInputError("'data' is JSON nested too deeply") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise CheckInputError("'data' must be {\"annotation\": [{\"text\": ...} or {\"markup\": ...}, ...]}")
    plain, original, segments = [], [], []
    plain_length = original_length = 0
    for part in parts:
        if not isinstance(part, dict):
            raise CheckInputError("each annotation part must be an object with 'text' or 'markup'")
        if isinstance(part.get("text"), str):
            shown = written = part["text"]
        elif isinstance(part.get("markup"), str):
            written, shown = part["markup"], part.get("interpretAs", "")
            if not isinstance(shown, str):
                raise CheckInputError("'interpretAs' must be a string")
        else:
            raise CheckInputError("each annotation part must have a string 'text' or 'markup'")
        segments.append((plain_length, len(shown), original_length, len(written), "text" in part))
        plain.append(shown)
        original.append(written)
        plain_length += len(shown)
        original_length += len(written)
    return CheckText("".join(plain), "".join(original), tuple(segments))


class Utf16Index:
    """Code-point offsets of one text converted to UTF-16 code units (astral characters count two)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def units(self, offset: int) -> int:
        """Return the UTF-16 offset of code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)


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
    sentences = SentenceIndex(check.plain)
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
            "sentence": check.plain[slice(*sentences.holding(start, end))].strip(),
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
