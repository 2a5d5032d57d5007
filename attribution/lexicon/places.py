"""Names of places: countries and their first-level subdivisions (states, provinces, regions).

From ``pycountry`` (the ISO 3166 data, maintained), not a list kept here. The fast path, which has
no named-entity tagger, reads a run of capitalised words that is a place's whole name ("South
Carolina", "Sri Lanka") as a place, not as a person's name.
"""

from __future__ import annotations

import functools
from importlib import metadata

from .compiled import kept


@functools.cache
def _place_names() -> frozenset[str]:
    return kept("place-names", f"pycountry {metadata.version('pycountry')}", _read_place_names)


def _read_place_names() -> frozenset[str]:
    """Return the lower-cased names in two or more words of the countries and their subdivisions."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if value:
                names.add(value.lower())
    names.update(sub.name.lower() for sub in pycountry.subdivisions)
    # One word is too often a given name or a common word as well ("Georgia", "Victoria", "South").
    return frozenset(n for n in names if " " in n)


def is_place_name(words: list[str] | tuple[str, ...]) -> bool:
    """Return True when ``words`` are, all together, the name in two or more words of a country or of a
    country's state, province or region ("South Carolina", "New South Wales"); False for anything
    else ("Carolina Ruiz", and one-word names: "Georgia" is a given name too)."""
    return " ".join(words).lower() in _place_names()
