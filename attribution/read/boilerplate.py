"""Step 2a: split text into paragraphs and mark those that are not article text.

The reader (step 0) asks the same line classifier whether an HTML extraction found article text.

Paragraphs are lines (scraped articles put one paragraph per line, with or without blank lines
between). A paragraph is boilerplate when a pattern from ``lexicon/boilerplate.toml`` matches it,
when it is not English, when it is a short fragment with no sentence in it (navigation, author
names), or when it repeats an earlier line word for word (a headline scraped twice).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..lexicon.compiled import compile_pattern
from ..lexicon import load, words

BODY = "body"
HEADLINE = "headline"
NOTE = "note"  # article text labelled by a team or topic under a heading in capitals; its label is no speaker


@dataclass(frozen=True)
class Paragraph:
    """A line of the text: ``[start, end)`` without its line break, and what it is."""

    start: int
    end: int
    kind: str  # "body", "headline", or the reason it is boilerplate

    @property
    def is_text(self) -> bool:
        """True when the paragraph is article text (body or headline), not boilerplate."""
        return self.kind in (BODY, HEADLINE, NOTE)


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    lex = load("boilerplate")
    flags = regex.IGNORECASE | regex.V1
    # (?-f): simple case folding. Full folding (V1's default with IGNORECASE) lets "ss" match as one
    # "ß", so a run of s's splits in exponentially many ways when a match fails (found by fuzzing).
    whole = "|".join(f"(?:{p})" for p in lex["whole_line"]["patterns"])
    # The credits anchored at the line's start are tried together, once; the others one by one: an
    # alternation of patterns that may start anywhere is tried at every character (3 times slower).
    at_start = [p for p in lex["anywhere"]["patterns"] if p.startswith("^")]
    anywhere = [p for p in lex["anywhere"]["patterns"] if not p.startswith("^")]
    return {
        "navigation": compile_pattern(rf"(?-f)^(?:{whole})$", flags),
        **({"credit": compile_pattern("(?-f)" + "|".join(f"(?:{p})" for p in at_start), flags)} if at_start else {}),
        **{f"credit {k}": compile_pattern("(?-f)" + p, flags) for k, p in enumerate(anywhere)},
        "bio": compile_pattern("|".join(f"(?:{p})" for p in lex["bio"]["patterns"]), regex.V1),
        "caption": compile_pattern("(?-f)" + "|".join(f"(?:{p})" for p in lex["caption"]["patterns"]), flags),
        "list_header": compile_pattern(rf"(?-f)^(?:{'|'.join(lex['related']['headers'])})\W*$", flags),
    }


@functools.cache
def _credits() -> tuple[regex.Pattern, ...]:
    """Return the credit patterns: those anchored at the line's start as one, then the others."""
    return tuple(p for name, p in _patterns().items() if name.startswith("credit"))


_LATIN = compile_pattern(r"\p{Latin}")
_WORD = compile_pattern(r"\p{L}[\p{L}\p{M}'’-]*")
_SENTENCE_END = compile_pattern(r"[.!?:;\"”’)\]…]\s*$")
_FOLD = compile_pattern(r"[\s\"“”'‘’`]+")
_CLOSING_MARKS = "\"”’'»)]"


def _ends_with_period(line: str) -> bool:
    """True when the line ends with a full stop, closing quote marks and brackets aside ('... ended.”')."""
    return line.rstrip().rstrip(_CLOSING_MARKS).endswith(".")


def _english_share(tokens: list[str]) -> float:
    english = words("boilerplate", "english", "words")
    return sum(1 for t in tokens if t.lower() in english) / max(len(tokens), 1)


def classify_line(line: str) -> str:
    """Return what a stripped line is: "body", "headline", or why it is boilerplate."""
    pats = _patterns()
    if pats["navigation"].match(line):
        return "navigation"
    if any(p.search(line) for p in _credits()):
        return "credit"
    if pats["bio"].search(line):
        return "bio"
    if pats["caption"].search(line):
        return "caption"
    tokens = _WORD.findall(line)
    if not tokens:
        return "symbols"
    latin = sum(1 for t in tokens if _LATIN.match(t))
    if latin < len(tokens) / 2:
        return "foreign"
    ends_sentence = bool(_SENTENCE_END.search(line))
    if len(tokens) >= 12 and _english_share(tokens) < 0.08:
        return "foreign"
    if not ends_sentence:
        if len(tokens) < 5:
            return "fragment"
        capitalised = sum(1 for t in tokens if t[0].isupper())
        if capitalised >= 0.6 * len(tokens):
            return HEADLINE
    return BODY


# A sports story's notes: a heading in capitals ("TIP-INS", "UP NEXT"), then paragraphs labelled by
# a team ("Rangers: F Ana Diaz missed the game ...", "Hawks: Host the Rangers on Monday."). They are
# article text, but the label is no speaker. A transcript's labels in capitals ("PENCE:") are never notes.
_NOTE_LABEL = compile_pattern(r"(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s")
_HEADING = compile_pattern(r"[\p{Lu}\p{N}][\p{Lu}\p{N} &'’,-]{1,50}")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Return every non-blank line of ``text`` as a Paragraph, classified.

    Offsets are into ``text``; leading and trailing white space of a line is not included.
    """
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    in_list = False  # inside a "Related articles" list of headlines
    under_heading = False  # after a heading in capitals, whose labelled paragraphs are notes
    list_header = _patterns()["list_header"]
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        start, end = pos, nl
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            line = text[start:end]
            kind = classify_line(line)
            folded = _FOLD.sub(" ", line).strip().lower()
            if kind in (BODY, HEADLINE) and len(folded) > 20 and folded in seen:
                kind = "repeated"
            if list_header.match(line):
                kind, in_list = "navigation", True
            elif in_list and kind in (BODY, HEADLINE) and len(line) < 160 and not _ends_with_period(line):
                kind = "related"
            elif kind in (BODY, HEADLINE):
                in_list = False
            seen.add(folded)
            if kind == "fragment" and _HEADING.fullmatch(line) and any(c.isalpha() for c in line):
                under_heading = True
            elif under_heading and kind == BODY and (label := _NOTE_LABEL.match(line)) and not label.group().rstrip(": ").isupper():
                kind = NOTE
            else:
                under_heading = False
            paragraphs.append(Paragraph(start, end, kind))
        pos = nl + 1
    return paragraphs
