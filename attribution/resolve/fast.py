"""Step 4, fast path: resolve the fast path's sources by the same rules as the full path.

The rules are in ``resolve/resolver.py``; what the fast path knows of the article (its sentences,
the people and bodies it names, how a mention's words read) comes from ``resolve/words.py``,
read from the words with no parse.
"""

from __future__ import annotations

from ..link.fast import FastLink
from .info import SourceInfo
from .sources import SourceMention, resolve_sources
from .words import WordArticle


def resolve_fast(text: str, links: list[FastLink], quoted: list[tuple[int, int]] | None = None) -> list[SourceInfo | None]:
    """Return one SourceInfo per link (None where it has no source), anaphors resolved to earlier mentions.

    ``quoted``: the character ranges inside quotation marks, whose people are not antecedents of
    the speaker's "he" or "she".
    """
    article = WordArticle(text, quoted)
    for link in links:
        if link.source is not None and link.cue is not None and link.cue[0] > link.source[1]:
            article.cue_after.setdefault(link.source, link.cue[0])
    sources = [SourceMention(article.mention(*link.source), link.cue, link.rule) if link.source is not None else None
               for link in links]
    return resolve_sources(article, sources, article.headline_end())


def describe_words(phrase: str) -> SourceInfo:
    """Return the type, anonymity and descriptors of a source phrase standing alone, from its words."""
    article = WordArticle(phrase)
    return article.describe(article.mention(0, len(phrase)))
