"""Step 4: mentions resolved by what comes after them, once every source has been met.

A bare plural before its full mention ("..., diplomats say" above "three diplomats familiar with
the talks"), a wire headline's "-sources", and a person described first and named later ("A state
transit chief says ..." above "Interim Transit Police Chief Dana Reyes told reporters ...").
"""

from __future__ import annotations

from ..lexicon.people import person_titles
from .info import SourceInfo, lex
from .resolver import Article


def resolve_bare_forward(article: Article, infos: list[SourceInfo], headline_credits: set[tuple[int, int]]) -> None:
    """A bare plural before its full mention ("Talks near collapse, diplomats say" above "three
    diplomats familiar with the negotiations") is that later source; a wire headline's "-sources"
    is the first anonymous group the story names."""
    ordered = sorted(infos, key=lambda x: x.mention)
    for k, info in enumerate(ordered):
        if info.resolved is not None or not info.anonymous:
            continue
        credit = info.mention in headline_credits
        if not (info.plural or credit):
            continue
        m = article.mention(*info.mention)
        if len(m.words) != 1:
            continue
        window = [later for later in ordered[k + 1:] if later.mention[0] - info.mention[1] <= 2000 and later.resolved is None]
        fuller = [(later, article.mention(*later.mention)) for later in window]
        fuller = [(later, other) for later, other in fuller if len(other.words) > 1]
        # The same noun first ("researchers" -> "researchers at Northgate Labs"), else, for a
        # headline's credit, the first anonymous group.
        target = next((later for later, other in fuller if other.head_lemma == m.head_lemma), None)
        if target is None and credit:
            target = next((later for later, _ in fuller if later.anonymous and later.plural == info.plural), None)
        if target is not None:
            info.resolved, info.key, info.count = target.mention, target.key, target.count
            info.type, info.anonymous, info.vague = target.type, target.anonymous, target.vague
            info.descriptors = dict(target.descriptors) if target.anonymous else {}


def name_described_later(article: Article, infos: list[SourceInfo]) -> None:
    """A person described first and named later is that named person: "A state transit chief says
    ..." above "Interim Transit Police Chief Dana Reyes told reporters ..."; "a Navy officer who
    called the order “unlawful”" above "The officer, Commander Ellis Varga, said ...".

    Only a singular, indefinite description with no word of anonymity and no reason for it, and
    only when exactly one person who speaks later in the article carries its role noun as a title
    or in apposition.
    """
    ordered = sorted(infos, key=lambda x: x.mention)
    speakers = [x for x in ordered if x.type == "person" and not x.anonymous]
    adjectives = lex()["adjectives"]
    for info in ordered:
        if not (info.anonymous and info.type == "unnamed" and not info.plural and info.resolved is None
                and info.anonymity_reason is None and "knowledge" not in info.descriptors):
            continue
        m = article.mention(*info.mention)
        if not m.words or m.lower[0] not in ("a", "an") or any(w in adjectives for w in m.all_lower.split()):
            continue
        role = m.head_lemma
        if role not in lex()["roles"] and role not in person_titles():
            continue
        named: dict[str, SourceInfo] = {}
        for later in speakers:
            if later.mention[0] > info.mention[1] and article.titled_as(article.mention(*(later.resolved or later.mention)), role):
                named.setdefault(later.key, later)
        if len(named) != 1:
            continue
        person = next(iter(named.values()))
        anaphors = [x for x in infos if x.resolved == info.mention]
        for x in [info, *anaphors]:
            x.type, x.anonymous, x.vague, x.descriptors, x.count = "person", False, False, {}, None
            x.resolved, x.key = person.resolved or person.mention, person.key
