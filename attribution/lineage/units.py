"""The quotes to compare: one unit per attribution, a quote split by its cue joined into one.

Reads Reports (the audit's output) and nothing before them. A unit keeps the attributions it was
made from, their content spans, its kind and source (of its first piece), and its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Attribution, Report, Source, Span
from .words import Token, stopwords, tokens

MIN_CONTENT_WORDS = 4


@dataclass(frozen=True)
class Unit:
    """One quote or paraphrase of one article, ready to be compared with others."""

    article: int
    order: int
    attributions: tuple[str, ...]
    spans: tuple[Span, ...]
    kind: str
    source: Source | None
    text: str
    words: tuple[Token, ...]
    canon: str
    content: frozenset[str]


def _chains(attributions: Sequence[Attribution]) -> list[list[Attribution]]:
    """Return the attributions grouped into chains: each piece after the one it continues."""
    chains: list[list[Attribution]] = []
    where: dict[str, int] = {}
    for a in attributions:
        if a.continues is not None and a.continues in where:
            index = where[a.continues]
            chains[index].append(a)
        else:
            index = len(chains)
            chains.append([a])
        where[a.id] = index
    return chains


def units_of(report: Report, article: int) -> list[Unit]:
    """Return the units of one article's Report, in order, leaving out those with too few words."""
    stop = stopwords()
    out = []
    for order, chain in enumerate(_chains(report.attributions)):
        text = " … ".join(a.content.text for a in chain)
        words = tuple(tokens(text))
        content = frozenset(t.canon for t in words if t.canon not in stop)
        if len(content) < MIN_CONTENT_WORDS:
            continue
        first = chain[0]
        out.append(Unit(
            article=article, order=order, attributions=tuple(a.id for a in chain),
            spans=tuple(a.content for a in chain), kind=first.kind, source=first.source, text=text,
            words=words, canon=" ".join(t.canon for t in words), content=content,
        ))
    return out
