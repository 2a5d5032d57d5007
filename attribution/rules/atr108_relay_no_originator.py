"""ATR108 relay.no-originator: an outlet's report repeated with no originating source."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import words
from ..model import Span
from .sourcing import WORD, phrase_pattern
from .base import Context, Hit, Rule, source_label, source_span


def _to_sentence_end(ctx: Context, start: int, end: int) -> str:
    """Return the text from ``start`` to the end of the sentence that holds ``end``."""
    return ctx.text[start:ctx.sentences.holding(start, end)[1]]


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
            if markers.search(_to_sentence_end(ctx, start, end)):
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
