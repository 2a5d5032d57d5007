"""ATR107 source.plural-for-one: "sources say" where one source is later meant, or the reverse."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..lexicon.compiled import compile_pattern
from .sourcing import head_word, is_definite, mention_number, number_of, singular_of
from .base import Context, Hit, Rule, quoted, source_span

_COORDINATION = compile_pattern(r"\s(?:and|or|&)\s|,\s*(?:and\s)?(?:an?|the|another)\s", regex.IGNORECASE)


def check(ctx: Context) -> Iterator[Hit]:
    """Yield each anaphor whose number disagrees with the earlier mention it refers back to."""
    mentions = sorted((a for a in ctx.attributions if a.source is not None and a.source.anonymous),
                      key=lambda a: (a.source.start, a.content.start))
    earlier: dict[str, tuple[str, str]] = {}  # head noun -> (number, text) of its latest mention
    seen: set[tuple[int, int]] = set()
    for a in mentions:
        s = a.source
        if (s.start, s.end) in seen:
            continue
        seen.add((s.start, s.end))
        # An anaphor inherits the count of what it resolves to: judge its own words instead.
        number = number_of(s.text) if s.resolved is not None else mention_number(s)
        head = head_word(s)
        key = singular_of(head) if head else None
        before = None
        if s.resolved is not None:
            # "a US official and a State Department official ... the US official": one of several.
            if not _COORDINATION.search(s.resolved.text):
                before = (number_of(s.resolved.text), s.resolved.text)
        elif is_definite(s) and key in earlier:
            before = earlier[key]
        if before is not None and number is not None and before[0] is not None and before[0] != number:
            yield Hit(source_span(a), (a.id,), {"mention": quoted(s.text, 40), "number": number,
                                                "earlier": quoted(before[1], 40), "other": before[0]})
        if key is not None and number is not None and s.resolved is None:
            earlier[key] = (number, s.text)


RULE = Rule(
    code="ATR107",
    name="source.plural-for-one",
    severity="warning",
    summary="“Sources say” where one source is later meant, or the reverse.",
    message="“{mention}” is {number} but refers back to “{earlier}”, which is {other}",
    rationale="AP and the New York Times: do not write “sources” when there is one source; the "
              "number of anonymous sources is part of what readers need to weigh a claim.",
    heuristic="Fires on a definite mention (“the source”, “the officials”) or a pronoun the engine "
              "resolved, when its number (from the engine's count, a pronoun, or a plural head "
              "noun) disagrees with the nearest earlier anonymous mention with the same head noun. "
              "A singular anaphor of a coordination (“a US official and a State Department "
              "official … the US official”) picks one of them and does not fire.",
    fires=(
        "The bank will raise rates next month, sources said. The source added that the decision "
        "was taken on Monday.",
    ),
    passes=(
        "The bank will raise rates next month, two sources said. The sources added that the decision "
        "was taken on Monday.",
    ),
    check=check,
)
