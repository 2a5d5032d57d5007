"""Step 4: resolve sources: anaphors to first mentions, named or anonymous, type and descriptors.

Works on the linked attributions in text order. A mention is an anaphor when it is a pronoun
("she"), a surname ("Alvarez"), a definite description ("the spokesman", "the company", "the
statement") or a short name ("The Post"); it resolves to the earlier mention it stands for and
takes that mention's type, anonymity and descriptors. The rules are the same on both paths
(``resolver.py``); what each path knows of the article comes from ``parsed.py`` (the full path's
parse) or ``words.py`` (the fast path's words); ``fast.py`` resolves the fast path's links.

In: the links of step 3 (each source mention's span and cue) and the article, parsed or as words.
Out: one SourceInfo per link: the source it stands for, named or anonymous, type, descriptors, reasons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .info import SourceInfo
from .reasons import reason_in, share_reasons
from .sources import SourceMention, resolve_sources

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..link.assemble import Assembled

__all__ = ["SourceInfo", "resolve_all", "describe", "gender_of", "anonymity_reason", "reason_in", "share_reasons"]


def __getattr__(name: str):
    # The parse-reading parts import spaCy: loaded when first asked for, so the fast path never loads it.
    if name in ("describe", "gender_of"):
        from . import describe_parsed

        return getattr(describe_parsed, name)
    if name == "anonymity_reason":
        from .parsed import anonymity_reason

        return anonymity_reason
    raise AttributeError(name)


def resolve_all(doc: Doc, assembled: list[Assembled], quoted: list[tuple[int, int]] | None = None) -> list[SourceInfo | None]:
    """Return one SourceInfo per assembled attribution (None where it has no source).

    ``quoted``: the character ranges inside quotation marks, whose people are not antecedents
    of the speaker's "he" or "she".
    """
    from .parsed import ParsedArticle

    article = ParsedArticle(doc, quoted)
    sources = [SourceMention(article.of_span(a.source), a.cue, a.rule) if a.source is not None else None
               for a in assembled]
    return resolve_sources(article, sources, article.headline_end())
