"""Step 4: resolve every source of an article, in text order, on either path.

The link step gives each attribution's source mention and cue; this returns one SourceInfo per
attribution (None where it has no source): the mention described or resolved, the reason for
anonymity when the article gives one, and the passes that need the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass

from .forward import name_described_later, resolve_bare_forward
from .gender import assign_genders
from .info import SourceInfo
from .mention import Mention
from .reasons import share_reasons
from .resolver import Article, Resolver


@dataclass(frozen=True)
class SourceMention:
    """A source as the link step found it: its mention, its cue and the rule that linked it."""

    mention: Mention
    cue: tuple[int, int] | None
    rule: str


def resolve_sources(article: Article, sources: list[SourceMention | None], headline_end: int) -> list[SourceInfo | None]:
    """Return one SourceInfo per item of ``sources`` (None for None), mentions resolved in text order."""
    resolver = Resolver(article)
    by_mention: dict[tuple[int, int], SourceInfo] = {}
    result: dict[int, SourceInfo | None] = {}
    order = sorted(range(len(sources)), key=lambda i: sources[i].mention.start if sources[i] is not None else -1)
    for i in order:
        s = sources[i]
        if s is None:
            result[i] = None
            continue
        key = s.mention.chars
        if key in by_mention:
            result[i] = by_mention[key]
            continue
        info = resolver.resolve(s.mention)
        if info.anonymous:
            reason = article.reason(info.mention, s.cue)
            if reason is None and info.resolved is not None:
                reason = info.anonymity_reason
            info.anonymity_reason = reason
        by_mention[key] = info
        result[i] = info
    # A headline's "…, sources say" or "… -sources" names the story's first anonymous group.
    credits = {s.mention.chars for s in sources if s is not None and (s.rule == "headline_credit" or s.mention.end <= headline_end)}
    infos = list(by_mention.values())
    resolve_bare_forward(article, infos, credits)
    name_described_later(article, infos)
    share_reasons(infos)
    genders = assign_genders(resolver, infos)
    for info in infos:
        found = genders[info.key]
        info.gender, info.gender_basis, info.gender_evidence = found.gender, found.basis, found.evidence
    return [result[i] for i in range(len(sources))]
