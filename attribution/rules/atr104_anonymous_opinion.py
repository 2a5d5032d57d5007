"""ATR104 anonymous.opinion: an anonymous source giving opinion or a personal attack."""

from __future__ import annotations

from collections.abc import Iterator

from .sourcing import find_phrases
from .base import Context, Hit, Rule, source_label


def check(ctx: Context) -> Iterator[Hit]:
    """Yield the first attack word, else the first opinion word, in each anonymous source's words."""
    for a in ctx.attributions:
        if a.source is None or not a.source.anonymous:
            continue
        for keys, what in ((("opinion", "attack"), "a personal attack"), (("opinion", "opinion"), "an opinion")):
            word = next(find_phrases(a.content, *keys), None)
            if word is not None:
                yield Hit(word, (a.id,), {"source": source_label(a), "what": what, "word": word.text})
                break


RULE = Rule(
    code="ATR104",
    name="anonymous.opinion",
    severity="error",
    summary="An anonymous source giving opinion or a personal attack rather than information.",
    message="anonymous source “{source}” gives {what} (“{word}”), not information",
    rationale="AP, the New York Times and the Washington Post: anonymity is granted for information, "
              "not for opinion, speculation or personal attacks (“anonymous sources may not be used "
              "to take cheap shots”).",
    heuristic="Fires when the content of an attribution with an anonymous source (a vague group "
              "included) contains a word or phrase from lexicon/policy.toml [opinion] attack "
              "(“incompetent”, “liar”, “out of his depth”) or [opinion] opinion (“disastrous”, "
              "“a mistake”, “I think”). The finding points at the word.",
    fires=(
        "The mayor is incompetent and has no business running the city, a senior aide said.",
        "The new tariff plan is a huge mistake, a White House official said.",
    ),
    passes=(
        "The mayor will present the budget on Thursday, a senior aide said.",
        "The new tariff plan is a huge mistake, Senator Ruth Klein said.",
    ),
    check=check,
)
