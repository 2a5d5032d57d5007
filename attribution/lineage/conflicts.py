"""Conflicts: where the versions of the same words disagree on who said them or what they say.

For each point (how the source is described, named or anonymous, a name inside the words, quote
or paraphrase) the occurrences are put into groups that agree; the group holding the cluster's
reference (else the largest) is what is expected, and each other group is a conflict whose
occurrences are the flagged ones.

Two credits agree when the words of one are among the words of the other once articles, counts and
"unnamed" are left out ("a department official" and "an unnamed department official"), when two
people share a surname, or when a bare "spokesman" of a named body meets another organization
credit (the engine does not keep which body a spokesman speaks for).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import words
from ..model import Source
from .model import CONFLICT_KINDS, Conflict, Variant
from .words import canonical, tokens


@dataclass(frozen=True)
class Version:
    """What conflicts are judged on for one occurrence."""

    oid: str
    kind: str
    source: Source | None
    compared_with: str | None
    renamed: tuple[tuple[str, str], ...]
    names: frozenset[str] = frozenset()


def credit_text(source: Source) -> str:
    """Return the source's first full mention (its resolved text when the mention is an anaphor)."""
    return source.resolved.text if source.resolved is not None else source.text


@functools.cache
def _description(text: str) -> frozenset[str]:
    fillers = words("provenance", "credit_fillers")
    return frozenset(canonical(t.text) for t in tokens(text) if t.text.lower() not in fillers)


def known(source: Source | None) -> bool:
    """Return True when the credit says who: not missing, not a pronoun left unresolved ('them')."""
    if source is None:
        return False
    return credit_text(source).lower() not in words("provenance", "unknown_credits")


@functools.cache
def _spokes() -> frozenset[str]:
    return frozenset(canonical(w) for w in words("anonymity", "anonymous", "spokes_nouns"))


def same_source(a: Source, b: Source) -> bool:
    """Return True when two credits can be the same source (see the module's docstring)."""
    da, db = _description(credit_text(a)), _description(credit_text(b))
    if not da or not db or da <= db or db <= da:
        return True
    if a.type == "person" and b.type == "person":
        return _last(credit_text(a)) == _last(credit_text(b))
    if a.type == "organization" and b.type == "organization" and (da <= _spokes() or db <= _spokes()):
        return True
    return False


def _last(text: str) -> str:
    toks = tokens(text)
    return toks[-1].canon if toks else ""


def _groups(items: Sequence[Version], same) -> list[list[Version]]:
    groups: list[list[Version]] = []
    for v in items:
        for g in groups:
            if same(g[0], v):
                g.append(v)
                break
        else:
            groups.append([v])
    return groups


def _expected_first(groups: list[list[Version]], reference: str) -> list[list[Version]]:
    """Return the groups with the reference's group first, else the largest; the rest in order."""
    def key(item):
        index, g = item
        return (not any(v.oid == reference for v in g), -len(g), index)
    return [g for _, g in sorted(enumerate(groups), key=key)]


def _ids(group: Sequence[Version]) -> list[str]:
    return [v.oid for v in group]


def _credit_conflicts(versions: Sequence[Version], reference: str) -> list[Conflict]:
    out: list[Conflict] = []
    sourced = [v for v in versions if known(v.source)]
    unsourced = [v for v in versions if v.source is None]
    if sourced and unsourced:
        groups = _expected_first([sourced, unsourced], reference)
        exp, found = groups[0], groups[1]
        exp_value = credit_text(exp[0].source) if exp[0].source else "no source"
        found_value = credit_text(found[0].source) if found[0].source else "no source"
        out.append(Conflict(
            kind="source_missing",
            message=f"credited to {exp_value!r} in {len(exp)} version(s), {found_value!r} in {len(found)}",
            expected=Variant(value=exp_value, occurrences=_ids(exp)),
            found=Variant(value=found_value, occurrences=_ids(found))))
    if not sourced:
        return out
    groups = _expected_first(_groups(sourced, lambda x, y: same_source(x.source, y.source)), reference)
    expected = groups[0]
    exp_value = credit_text(expected[0].source)
    for group in groups[1:]:
        value = credit_text(group[0].source)
        both_named = not expected[0].source.anonymous and not group[0].source.anonymous
        kind = "different_source" if both_named else "source_described_differently"
        what = "credited to a different named source" if both_named else "the source is described differently"
        out.append(Conflict(kind=kind, message=f"{what}: {exp_value!r} vs {value!r}",
                            expected=Variant(value=exp_value, occurrences=_ids(expected)),
                            found=Variant(value=value, occurrences=_ids(group))))
    named = [v for v in sourced if not v.source.anonymous]
    anonymous = [v for v in sourced if v.source.anonymous]
    if named and anonymous:
        groups = _expected_first([named, anonymous], reference)
        exp, found = groups[0], groups[1]
        label = {True: "anonymous", False: "named"}
        out.append(Conflict(
            kind="named_vs_anonymous",
            message=f"{_a(label[exp[0].source.anonymous])} source in {len(exp)} version(s) "
                    f"({credit_text(exp[0].source)!r}), {label[found[0].source.anonymous]} in "
                    f"{len(found)} ({credit_text(found[0].source)!r})",
            expected=Variant(value=label[exp[0].source.anonymous], occurrences=_ids(exp)),
            found=Variant(value=label[found[0].source.anonymous], occurrences=_ids(found))))
    return out


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _entity_conflicts(versions: Sequence[Version]) -> list[Conflict]:
    changed: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for v in versions:
        for old, new in v.renamed:
            before, after = changed.setdefault((old, new), (set(), set()))
            before.add(v.compared_with or "")
            after.add(v.oid)
    out = []
    for (old, new), (before, after) in sorted(changed.items()):
        before |= {v.oid for v in versions if old.lower() in v.names}
        after |= {v.oid for v in versions if new.lower() in v.names and v.oid not in before}
        out.append(Conflict(kind="entity_changed", message=f"the words name {old!r} in one version, {new!r} in another",
                            expected=Variant(value=old, occurrences=sorted(before, key=_order)),
                            found=Variant(value=new, occurrences=sorted(after, key=_order))))
    return out


def _kind_conflicts(versions: Sequence[Version]) -> list[Conflict]:
    direct = [v for v in versions if v.kind == "direct"]
    if not direct:
        return []
    out = []
    others = sorted({v.kind for v in versions if v.kind != "direct"})
    for kind in others:
        group = [v for v in versions if v.kind == kind]
        label = "a partial quote" if kind == "mixed" else f"a paraphrase ({kind})"
        out.append(Conflict(kind="quote_to_paraphrase",
                            message=f"a direct quote in {len(direct)} version(s) is {label} in {len(group)}",
                            expected=Variant(value="direct", occurrences=_ids(direct)),
                            found=Variant(value=kind, occurrences=_ids(group))))
    return out


def _order(oid: str) -> int:
    return int(oid[1:]) if oid[1:].isdigit() else 0


def conflicts(versions: Sequence[Version], reference: str) -> list[Conflict]:
    """Return the cluster's conflicts, sorted by kind (names first) then by flagged occurrences."""
    found = _entity_conflicts(versions) + _credit_conflicts(versions, reference) + _kind_conflicts(versions)
    return sorted(found, key=lambda c: (CONFLICT_KINDS.index(c.kind), [_order(o) for o in c.found.occurrences],
                                        c.found.value))
