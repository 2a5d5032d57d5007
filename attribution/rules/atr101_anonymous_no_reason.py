"""ATR101 anonymous.no-reason: an anonymous source with no stated reason for anonymity."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import words
from .sourcing import WORD, head_word, is_definite, mention_number, role_nouns, singular_of
from .base import Context, Hit, Rule, source_label, source_span


def check(ctx: Context) -> Iterator[Hit]:
    """Yield the first mention of each anonymous source whose anonymity is never explained."""
    anonymous = sorted((a for a in ctx.attributions
                        if a.source is not None and a.source.anonymous
                        and (not a.source.vague or _marked_unnamed(a.source))
                        and a.source.type in ("unnamed", "person")),
                       key=lambda a: (a.source.start, a.content.start))
    explained = {a.source.source_id for a in anonymous if a.source.anonymity_reason is not None}
    firsts = []  # (attribution, head) of each source's first full mention, in text order
    last_full: dict[str, str | None] = {}  # head noun -> source id of its latest full mention
    seen: set[str | None] = set()
    for a in anonymous:
        s = a.source
        head = head_word(s)
        key = singular_of(head) if head else None
        anaphor = s.resolved is not None or (is_definite(s) and key in last_full)
        if anaphor:
            # "The official, who was not authorized to speak, added ...": the reason given with an
            # anaphor explains the mention it points back to.
            if s.anonymity_reason is not None and key in last_full:
                explained.add(last_full[key])
            continue
        if key is not None:
            last_full[key] = s.source_id
        if s.source_id not in seen:
            seen.add(s.source_id)
            firsts.append((a, key))
    for a, key in firsts:
        if a.source.source_id in explained or key not in role_nouns():
            continue  # explained; or "fishermen", "residents": people met, not granted anonymity
        if not _granted(a.source):
            continue  # "US officials", "prosecutors": a body speaking as a group, not a grant
        yield Hit(source_span(a), (a.id,), {"source": source_label(a)})


def _marked_unnamed(source) -> bool:
    """Return True when the mention says outright it is not named: 'unnamed officials'."""
    return any(w in words("anonymity", "anonymous", "adjectives") for w in WORD.findall(source.text.lower()))


def _granted(source) -> bool:
    """Return True when the mention reads as people granted anonymity, not a group speaking.

    A singular person ("a senior official"), a counted group ("three sources", "two people"), a
    mention marked unnamed or anonymous, or one that says how they know ("people familiar with").
    """
    if mention_number(source) == "singular" or source.count is not None or source.descriptors.knowledge:
        return True
    return _marked_unnamed(source) or any(
        w in words("policy", "bare", "nouns") for w in WORD.findall(source.text.lower()))


RULE = Rule(
    code="ATR101",
    name="anonymous.no-reason",
    severity="warning",
    summary="An anonymous source with no stated reason for anonymity.",
    message="anonymous source “{source}” is given no reason for anonymity",
    rationale="AP, Reuters, the New York Times and the Washington Post require the story to say why "
              "a source was granted anonymity (“who was not authorized to speak publicly”, “on "
              "condition of anonymity because the talks are confidential”).",
    heuristic="Fires once per anonymous person source (not a vague group such as “critics”, unless "
              "marked “unnamed” or “anonymous”) when no "
              "mention of it carries an anonymity reason from lexicon/anonymity.toml; a reason given "
              "with a later anaphor (“the official, who was not authorized to speak”) counts for the "
              "nearest earlier mention with the same head noun. Anaphors (“the official”) are not "
              "reported again. Only sources whose head noun is a source role from "
              "lexicon/anonymity.toml (official, source, aide, diplomat …) are judged: “fishermen” or "
              "“residents” met by a reporter are not granted anonymity. An uncounted plural group "
              "(“US officials”, “prosecutors”) is a body speaking as a group and is judged only when "
              "it is marked unnamed or anonymous, is “sources”/“people”, or says how it knows "
              "(“officials familiar with the talks”).",
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
