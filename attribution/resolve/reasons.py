"""Step 4: why a source was granted anonymity, as the article says it.

``reason_in`` reads a sentence's words with the reason patterns of lexicon/anonymity.toml; the
path decides which sentences to read (the source's, its cue's, the next one).
"""

from __future__ import annotations


from ..lexicon.compiled import compile_pattern
from .info import SourceInfo, lex as _lex

_REASON_STOP = compile_pattern(r"[,;.:](?:\s|$)|[—–]|(?<!\s)\s+(?:and|but) (?:said|told|added)\b")


def reason_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the first span in ``text[start:end]`` (a sentence) that says why a source is anonymous, or None.

    The span runs from the reason's first word to the end of its clause ("who was not authorized to
    speak publicly", "because the talks are confidential").
    """
    match = _lex()["reason"].search(text, start, end)
    if not match:
        return None
    stop = _REASON_STOP.search(text, match.end(), end)
    stop_at = stop.start() if stop else end
    while stop_at > match.start() and text[stop_at - 1] in " \n.,;":
        stop_at -= 1
    return match.start(), stop_at


def share_reasons(infos: list[SourceInfo]) -> None:
    """A reason for anonymity given at one mention of a source holds for all its mentions."""
    reasons: dict[str, tuple[int, int]] = {}
    for info in sorted(infos, key=lambda x: x.mention):
        if info.anonymous and info.anonymity_reason is not None:
            reasons.setdefault(info.key, info.anonymity_reason)
    for info in infos:
        if info.anonymous and info.anonymity_reason is None and info.key in reasons:
            info.anonymity_reason = reasons[info.key]
