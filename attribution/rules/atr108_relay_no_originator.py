"""ATR108 relay.no-originator: an outlet's report repeated with no originating source."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lexicon import words
from ..model import Span
from .sourcing import WORD, phrase_pattern
from .base import Context, Hit, Rule, source_label, source_span

_SENTENCE_END = regex.compile(r"[.!?][\"”’)]*(?:\s|$)")


def _sentence_after(text: str, start: int, end: int) -> str:
    m = _SENTENCE_END.search(text, end)
    return text[start: m.end() if m else len(text)]


def check(ctx: Context) -> Iterator[Hit]:
    """Yield each outlet whose report the article repeats without naming or describing its source."""
    markers = phrase_pattern("relay", "markers")
    documents = words("media", "documents", "nouns")
    for a in ctx.attributions:
        s = a.source
        if s is None and a.via:
            v = a.via[0]
            yield Hit(Span(start=v.start, end=v.end, text=v.text), (a.id,), {"outlet": v.text})
        elif s is not None and s.type == "media" and not a.via:
            tokens = WORD.findall(s.text.lower())
            if tokens and tokens[-1] in documents:
                continue  # "the airline's annual report": a document is its own origin
            start, end = min(s.start, a.content.start), max(s.end, a.content.end)
            if markers.search(_sentence_after(ctx.text, start, end)):
                continue
            yield Hit(source_span(a), (a.id,), {"outlet": source_label(a)})


RULE = Rule(
    code="ATR108",
    name="relay.no-originator",
    severity="info",
    summary="An outlet's report repeated with no originating source named or described.",
    message="the report of “{outlet}” is repeated with no originating source named or described",
    rationale="Reuters and the BBC: when repeating another outlet's report, say what it was based on "
              "(“citing two officials”), or that the report could not be verified.",
    heuristic="Fires when an attribution's source is a media outlet (the engine's `media` type) and "
              "its sentence has no relay marker from lexicon/policy.toml [relay] (“citing”, "
              "“quoting”, “according to”) and the mention is not a document (“the annual report”, "
              "lexicon/media.toml documents), or when a report is relayed through an outlet with no "
              "source at all.",
    fires=(
        "The Financial Times reported on Sunday that the bank would close 40 branches.",
    ),
    passes=(
        "The Financial Times reported on Sunday, citing two people familiar with the plans, that "
        "the bank would close 40 branches.",
    ),
    check=check,
)
