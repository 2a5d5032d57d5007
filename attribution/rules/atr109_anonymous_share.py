"""ATR109 article.anonymous-share: anonymous attributions above a share of the article."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Hit, Rule


def check(ctx: Context) -> Iterator[Hit]:
    """Yield one article-level hit when the anonymous share of sourced attributions is too high."""
    s = ctx.summary
    sourced = s.named + s.anonymous
    limit = ctx.config.threshold("anonymous-share")
    if s.anonymous_share is None or sourced < ctx.config.threshold("anonymous-share-min-attributions"):
        return
    if s.anonymous_share > limit:
        ids = tuple(a.id for a in ctx.attributions if a.source is not None and a.source.anonymous)
        yield Hit(None, ids, {"share": f"{s.anonymous_share:.0%}", "anonymous": str(s.anonymous),
                              "sourced": str(sourced), "limit": f"{limit:.0%}"})


RULE = Rule(
    code="ATR109",
    name="article.anonymous-share",
    severity="warning",
    summary="Anonymous attributions above a configurable share of the article (default 50%).",
    message="{share} of sourced attributions ({anonymous} of {sourced}) are anonymous, above {limit}",
    rationale="The New York Times and the Washington Post treat anonymous sourcing as a last resort; "
              "a story that rests mostly on anonymous sources needs an editor's look.",
    heuristic="Fires once per article when anonymous / (named + anonymous) is above the "
              "`anonymous-share` threshold (0.5) and at least `anonymous-share-min-attributions` (3) "
              "attributions have a source. The finding has no span: it is about the whole article.",
    fires=(
        "The talks have stalled, a diplomat said. A second diplomat said the delegations had left "
        "the hotel. An official said a new round was unlikely before May.",
    ),
    passes=(
        "The talks have stalled, Foreign Minister Lena Holm said. Her deputy, Piotr Nowak, said the "
        "delegations had left the hotel. An official said a new round was unlikely before May.",
    ),
    check=check,
)
