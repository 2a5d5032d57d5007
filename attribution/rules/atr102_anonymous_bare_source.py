"""ATR102 anonymous.bare-source: "a source" or "sources" with no role, affiliation or knowledge."""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import words
from .sourcing import WORD, head_word, is_definite
from .base import Context, Hit, Rule, source_label, source_span


def check(ctx: Context) -> Iterator[Hit]:
    """Yield each first mention of an anonymous source that is described by a bare noun only."""
    bare = words("policy", "bare", "nouns")
    seen: set[str | None] = set()
    for a in sorted(ctx.attributions, key=lambda a: (a.source.start if a.source else -1, a.content.start)):
        s = a.source
        if s is None or not s.anonymous or s.resolved is not None or is_definite(s) or s.source_id in seen:
            continue
        seen.add(s.source_id)
        if head_word(s) not in bare or s.descriptors.affiliation or s.descriptors.knowledge:
            continue
        if s.descriptors.role is not None and not set(WORD.findall(s.descriptors.role.text.lower())) <= bare:
            continue  # "a diplomatic source": the role says something
        yield Hit(source_span(a), (a.id,), {"source": source_label(a)})


RULE = Rule(
    code="ATR102",
    name="anonymous.bare-source",
    severity="warning",
    summary="“A source” or “sources” with no role, affiliation or knowledge.",
    message="“{source}” says nothing about who the source is: give a role, an affiliation or how they know",
    rationale="AP and Reuters: describe an anonymous source as fully as possible without identifying "
              "them; a bare “a source” or “sources” tells readers nothing about why to believe them.",
    heuristic="Fires on the first, non-anaphoric mention of an anonymous source whose head noun is in "
              "lexicon/policy.toml [bare] nouns (“source”, “person”, “insider”) and which has no role "
              "word beyond that noun, no affiliation and no knowledge phrase.",
    fires=(
        "The club has agreed to sell its stadium to the city, a source said.",
        "The club has agreed to sell its stadium to the city, sources said on Friday.",
    ),
    passes=(
        "The club has agreed to sell its stadium to the city, a source familiar with the talks said.",
        "The club has agreed to sell its stadium to the city, a board member said on Friday.",
    ),
    check=check,
)
