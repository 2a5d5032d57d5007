"""Lexicons: the data the engine applies (verbs, anonymity, hedges, boilerplate, media).

Each file is loaded once and cached; the code that applies a lexicon lives in the step that uses it.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed TOML lexicon ``name`` (without extension) from this package (kept between
    runs with ``compiled.kept``, keyed by the file's bytes: parsing TOML is slow next to reading a pickle)."""
    from .compiled import kept

    data = resources.files(__name__).joinpath(f"{name}.toml").read_bytes()
    return kept(f"lexicon-{name}", hashlib.sha256(data).hexdigest(), lambda: tomllib.loads(data.decode("utf-8")))


@functools.cache
def words(name: str, *keys: str) -> frozenset[str]:
    """Return the lower-cased word list at ``keys`` inside lexicon ``name`` as a frozenset."""
    node: Any = load(name)
    for key in keys:
        node = node[key]
    return frozenset(str(w).lower() for w in node)


def longest_first(items: Iterable[str]) -> list[str]:
    """Return the distinct ``items`` longest first, then in alphabetical order: the order in which an
    alternation built from them tries them, the same in every run (a set's own order changes with
    the interpreter's hash seed, and with it the pattern's text)."""
    return sorted(set(items), key=lambda w: (-len(w), w))
