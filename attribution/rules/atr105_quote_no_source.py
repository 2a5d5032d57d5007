"""ATR105 quote.no-source: a direct or mixed quote with no source."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Hit, Rule, quoted


def check(ctx: Context) -> Iterator[Hit]:
    """Yield each direct or partial quote the engine could link to no source."""
    for a in ctx.attributions:
        if a.kind in ("direct", "mixed") and a.source is None:
            yield Hit(a.content, (a.id,), {"quote": quoted(a.content.text, 60)})


RULE = Rule(
    code="ATR105",
    name="quote.no-source",
    severity="error",
    summary="A direct or mixed quote with no source.",
    message="quote “{quote}” has no source",
    rationale="Every news organisation's first rule of quotation: a reader must know who said the "
              "quoted words (AP: “quotations must be attributed”).",
    heuristic="Fires on every attribution of kind `direct` or `mixed` whose source is null. It "
              "depends on the engine: a quote the engine fails to link is reported too.",
    fires=(
        "Residents gathered outside the town hall on Monday.\n\n“We will not be moved,” a banner read."
        "\n\n“This is our home.”",
    ),
    passes=(
        "Residents gathered outside the town hall on Monday. “This is our home,” said Maria Lopez, "
        "who has lived on the street for 30 years.",
    ),
    check=check,
)
