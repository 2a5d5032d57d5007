"""lexicon/places.py: a run of capitalised words that is a whole place name."""

from __future__ import annotations

import pytest

from attribution.lexicon.places import is_place_name


@pytest.mark.parametrize("words", [["South", "Carolina"], ["Sri", "Lanka"], ["New", "South", "Wales"]])
def test_place_names(words):
    assert is_place_name(words)


@pytest.mark.parametrize("words", [["Carolina", "Ruiz"], ["Deval", "Patrick"], ["South"], ["Georgia"], ["New", "Mexico", "Lobos"]])
def test_not_place_names(words):
    assert not is_place_name(words)
