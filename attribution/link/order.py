"""Links in text order: both paths sort what they found and keep each ``continues`` pointing at
the piece it continues."""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Ordered(Protocol):
    content: tuple[int, int]
    cue: tuple[int, int] | None
    continues: int | None


L = TypeVar("L", bound=_Ordered)


def in_text_order(links: list[L]) -> list[L]:
    """Return ``links`` sorted by content, then cue, with each ``continues`` (an index into the list)
    renumbered to the sorted list."""
    order = sorted(range(len(links)), key=lambda i: (links[i].content, links[i].cue or (0, 0)))
    remap = {old: new for new, old in enumerate(order)}
    ordered = [links[i] for i in order]
    for a in ordered:
        if a.continues is not None:
            a.continues = remap[a.continues]
    return ordered
