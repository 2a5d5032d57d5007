"""ATR110 article.women-share: the share of women among the people quoted under a newsroom's target."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Hit, Rule


def check(ctx: Context) -> Iterator[Hit]:
    """Yield one article-level hit when the share of women among the people quoted whose gender is
    known is under the newsroom's ``min-women-share``; nothing when that is 0 (the default)."""
    v = ctx.summary.voices
    target = ctx.config.threshold("min-women-share")
    if v is None or target <= 0:
        return
    known = v.people.female + v.people.male
    if not known or known < ctx.config.threshold("women-share-min-people"):
        return
    if v.people.female / known < target:
        counted = {aid for s in ctx.sources if s.gender in ("female", "male") for aid in s.attributions}
        ids = tuple(a.id for a in ctx.attributions if a.id in counted)
        yield Hit(None, ids, {"women": str(v.people.female), "known": str(known),
                              "share": f"{v.people.female / known:.0%}", "target": f"{target:.0%}"})


RULE = Rule(
    code="ATR110",
    name="article.women-share",
    severity="info",
    summary="Women under a newsroom's target share of the people quoted (off by default).",
    message="{women} of {known} people quoted whose gender is known are women ({share}), under the newsroom's {target}",
    rationale="The BBC's 50:50 Project and the Gender Gap Tracker count the share of women among the people "
              "the news quotes; a newsroom that sets itself a target wants to see, before publication, a story "
              "that falls short of it.",
    heuristic="Off by default: fires only when a newsroom sets the `min-women-share` threshold above 0 "
              "(0.3 for 30%). Then fires once per article when women / (women + men) among the distinct people "
              "quoted (`Summary.voices`; people whose gender is unknown are left out, see docs/audit.md) is "
              "under it and at least `women-share-min-people` (3) people of known gender are quoted, so one "
              "quoted man does not make a finding. Never fires with gender labels off. The finding has no "
              "span: it is about the whole article; its attributions are those of the people counted.",
    fires=(
        "The council approved the budget on Tuesday, Mayor Tom Reyes said. Councilman Paul Grady said "
        "the vote was close. Mr. Dan Holt, who chairs the finance committee, said he had voted against it.",
    ),
    passes=(
        "The council approved the budget on Tuesday, Mayor Tom Reyes said. Councilwoman Ana Ruiz said "
        "the vote was close. Ms. Dana Holt, who chairs the finance committee, said she had voted against it.",
    ),
    check=check,
    example_thresholds=(("min-women-share", 0.3),),
)
