"""ATR103 anonymous.single-source-claim: a factual claim resting on one anonymous source alone."""

from __future__ import annotations

from collections.abc import Iterator

from .sourcing import single_anonymous_source_claims
from .base import Context, Hit, Rule, quoted, source_label


def check(ctx: Context) -> Iterator[Hit]:
    """Yield each claim whose only source is one anonymous person, uncorroborated in the article."""
    ids = set(single_anonymous_source_claims(
        ctx.attributions,
        overlap=ctx.config.threshold("corroboration-overlap"),
        min_words=int(ctx.config.threshold("claim-min-words")),
    ))
    for a in ctx.attributions:
        if a.id in ids:
            yield Hit(a.content, (a.id,), {"claim": quoted(a.content.text, 50), "source": source_label(a)})


RULE = Rule(
    code="ATR103",
    name="anonymous.single-source-claim",
    severity="warning",
    summary="A factual claim resting on one anonymous source alone.",
    message="claim “{claim}” rests on one anonymous source alone (“{source}”)",
    rationale="The New York Times and the Washington Post ask for a second, independent source before "
              "publishing a claim from one anonymous source; the BBC asks for corroboration of "
              "anonymous claims.",
    heuristic="Fires on an attribution whose source is anonymous, not a vague group, singular "
              "(count 1, “a”, “an”, “the official”; a plural noun the role lexicon does not hold, such "
              "as “principals”, counts as plural) and a person (a person noun, role or title heads the "
              "mention: “a factory worker”, not “a bacteria”), whose content has at least `claim-min-words` (3) "
              "content words and no opinion word, and which no attribution from another source "
              "corroborates: none repeats `corroboration-overlap` (50%) of its content words "
              "(lexicon/policy.toml [claim] stopwords left out).",
    fires=(
        "The airline will close its Dublin base in March, an airline executive said.",
    ),
    passes=(
        "The airline will close its Dublin base in March, an airline executive said. Chief executive "
        "Mark Doyle confirmed the airline will close the Dublin base in March.",
        "The airline will close its Dublin base in March, three airline executives said.",
    ),
    check=check,
)
