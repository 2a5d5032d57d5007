"""ATR106 claim.hedged: "reportedly", "it is believed", "is said to" with no source."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Hit, Rule, quoted


def check(ctx: Context) -> Iterator[Hit]:
    """Yield the hedge of each claim the article makes with a hedge and no source."""
    for a in ctx.attributions:
        if a.kind == "unsourced" and a.source is None:
            cue = a.cue or a.content
            yield Hit(cue, (a.id,), {"hedge": quoted(cue.text, 30), "claim": quoted(a.content.text, 50)})


RULE = Rule(
    code="ATR106",
    name="claim.hedged",
    severity="warning",
    summary="A hedged claim (“reportedly”, “it is believed”, “is said to”) with no source.",
    message="“{hedge}” hedges “{claim}” but names no source",
    rationale="AP and Reuters: “reportedly” and “it is believed” do not replace attribution; say who "
              "reported or believes it.",
    heuristic="Fires on every attribution of kind `unsourced`: the engine makes one for a hedge from "
              "lexicon/hedges.toml (adverbs and frames) when the sentence gives no source for it. "
              "The finding points at the hedge.",
    fires=(
        "The minister reportedly knew about the payments for months.",
        "The chairman is said to have approved the loan in private.",
        "It is believed that the minister knew about the payments for months.",
    ),
    passes=(
        "The minister knew about the payments for months, two former aides told the committee.",
    ),
    check=check,
)
