"""ATR101 anonymous.no-reason: an anonymous source with no stated reason for anonymity."""

from __future__ import annotations

from collections.abc import Iterator

from ..sourcing import _role_nouns, head_word, is_definite, singular_of
from .base import Context, Hit, Rule, source_label, source_span


def check(ctx: Context) -> Iterator[Hit]:
    """Yield the first mention of each anonymous source whose anonymity is never explained."""
    anonymous = [a for a in ctx.attributions
                 if a.source is not None and a.source.anonymous and not a.source.vague
                 and a.source.type in ("unnamed", "person")]
    explained_ids = {a.source.source_id for a in anonymous if a.source.anonymity_reason is not None}
    # A reason given at any mention with the same head noun ("the official, who was not
    # authorized to speak") explains the earlier mentions it refers back to as well.
    explained_heads = {singular_of(h) for a in anonymous if a.source.anonymity_reason is not None
                       for h in [head_word(a.source)] if h}
    seen_ids: set[str | None] = set()
    seen_heads: set[str] = set()
    for a in sorted(anonymous, key=lambda a: (a.source.start, a.content.start)):
        s = a.source
        head = head_word(s)
        key = singular_of(head) if head else None
        if s.source_id in seen_ids:
            continue
        seen_ids.add(s.source_id)
        anaphor = s.resolved is not None or (is_definite(s) and key in seen_heads)
        if key:
            seen_heads.add(key)
        if anaphor or s.source_id in explained_ids or (key is not None and key in explained_heads):
            continue
        if key not in _role_nouns():
            continue  # "fishermen", "residents": people met, not sources granted anonymity
        yield Hit(source_span(a), (a.id,), {"source": source_label(a)})


RULE = Rule(
    code="ATR101",
    name="anonymous.no-reason",
    severity="warning",
    summary="An anonymous source with no stated reason for anonymity.",
    message="anonymous source “{source}” is given no reason for anonymity",
    rationale="AP, Reuters, the New York Times and the Washington Post require the story to say why "
              "a source was granted anonymity (“who was not authorized to speak publicly”, “on "
              "condition of anonymity because the talks are confidential”).",
    heuristic="Fires once per anonymous person source (not a vague group such as “critics”) when no "
              "mention of it, nor any mention with the same head noun (“official”, “source”), carries "
              "an anonymity reason from lexicon/anonymity.toml. Anaphors (“the official”) are not "
              "reported again. Only sources whose head noun is a source role from "
              "lexicon/anonymity.toml (official, source, aide, diplomat …) are judged: “fishermen” or "
              "“residents” met by a reporter are not granted anonymity.",
    fires=(
        "The ministry will cut 400 jobs in the spring, a senior official said on Tuesday.",
    ),
    passes=(
        "The ministry will cut 400 jobs in the spring, a senior official said on Tuesday. The "
        "official spoke on condition of anonymity because the plans have not been announced.",
        "The ministry will cut 400 jobs in the spring, Finance Minister Anna Berg said on Tuesday.",
    ),
    check=check,
)
