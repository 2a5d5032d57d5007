"""Wording drift: a diff of two versions' words, how they relate, and the names that changed.

The diff runs on canonical words (so case, punctuation and translation equivalents are not
changes) and reports the words as written. Words one version has beyond the stretch both share
are ``not_quoted`` (the other version is longer) or ``extra`` (this one is), never a change of
wording: a quote taken in part is not a reworded quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .entities import Entity
from .model import Change
from .words import Token

MAX_RENAME_WORDS = 6  # a longer replaced stretch is a different passage, not a renamed body
_OPS = {"replace": "replaced", "delete": "removed", "insert": "added"}


@dataclass(frozen=True)
class Drift:
    """How one version differs from another: its relation, the word diff and the changed names."""

    relation: str
    changes: tuple[Change, ...]
    renamed: tuple[tuple[str, str], ...]


def _words(toks: Sequence[Token], start: int, end: int) -> str:
    return " ".join(t.text for t in toks[start:end])


def _names_in(entities: Sequence[Entity], start: int, end: int) -> list[Entity]:
    return [e for e in entities if e.first < end and e.last > start]


def _canon(toks: Sequence[Token], names: Sequence[Entity]) -> list[str]:
    return [" ".join(t.canon for t in toks[e.first:e.last]) for e in names]


def compare(before: Sequence[Token], after: Sequence[Token], before_entities: Sequence[Entity],
            after_entities: Sequence[Entity]) -> Drift:
    """Return how ``after`` differs from ``before``: relation, word changes and (old, new) renamings."""
    a = [t.canon for t in before]
    b = [t.canon for t in after]
    if a == b:
        return Drift("exact", (), ())
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changes: list[Change] = []
    renamed: list[tuple[str, str]] = []
    interior = False
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        edge = n == 0 or n == len(ops) - 1
        if edge and tag == "delete":
            changes.append(Change(op="not_quoted", before=_words(before, i1, i2), after=""))
            continue
        if edge and tag == "insert":
            changes.append(Change(op="extra", before="", after=_words(after, j1, j2)))
            continue
        interior = True
        changes.append(Change(op=_OPS[tag], before=_words(before, i1, i2), after=_words(after, j1, j2)))
        if tag == "replace" and max(i2 - i1, j2 - j1) <= MAX_RENAME_WORDS:
            old = _names_in(before_entities, i1, i2)
            new = _names_in(after_entities, j1, j2)
            if old and new and _canon(before, old) != _canon(after, new):
                renamed.append((", ".join(e.text for e in old), ", ".join(e.text for e in new)))
    if interior:
        relation = "reworded"
    elif any(c.op == "not_quoted" for c in changes) and not any(c.op == "extra" for c in changes):
        relation = "in_part"
    elif any(c.op == "extra" for c in changes) and not any(c.op == "not_quoted" for c in changes):
        relation = "extended"
    else:
        relation = "reworded"
    return Drift(relation, tuple(changes), tuple(renamed))
