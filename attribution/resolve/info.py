"""Step 4: what the resolver concludes about a source, and the word lists it reads.

``SourceInfo`` is the resolver's result for one mention, in the character offsets of the text the
step before worked on (the Doc's on the full path, the prepared text's on the fast path).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from ..lexicon.compiled import compile_pattern
from ..lexicon import load, longest_first, words

PERSONAL = words("grammar", "pronouns", "personal")
PERSON_PRONOUNS = words("grammar", "pronouns", "person")
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
POSSESSIVE_DETS = words("grammar", "determiners", "possessive")
DEFINITE_DETS = words("grammar", "determiners", "definite")
INDEFINITE = words("grammar", "determiners", "indefinite")
NAMED_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
GENERIC_BODIES = words("grammar", "words", "generic_bodies")


@dataclass
class SourceInfo:
    """What the engine concludes about a source mention, in character offsets."""

    mention: tuple[int, int]
    type: str
    anonymous: bool
    vague: bool
    resolved: tuple[int, int] | None = None
    count: int | None = None
    descriptors: dict[str, tuple[int, int]] = field(default_factory=dict)
    anonymity_reason: tuple[int, int] | None = None
    key: str = ""
    plural: bool = False
    gender: str | None = None  # "female" | "male" | "unknown" for a person, else None (resolve/gender.py)
    gender_basis: str | None = None  # "text" | "name" | None
    gender_evidence: tuple[int, int] | None = None  # the words that show the gender


@functools.cache
def lex() -> dict:
    """Return the word lists and patterns the resolver reads, loaded once from the lexicons."""
    anon = load("anonymity")
    return {
        "adjectives": words("anonymity", "anonymous", "adjectives"),
        "roles": words("anonymity", "anonymous", "role_nouns"),
        "spokes": words("anonymity", "anonymous", "spokes_nouns"),
        "vague": words("anonymity", "anonymous", "vague_nouns"),
        "offices": words("anonymity", "anonymous", "named_offices"),
        "publishing": words("anonymity", "anonymous", "publishing_roles"),
        "counts": {k.lower(): v for k, v in anon["count"]["words"].items()},
        "vague_counts": words("anonymity", "count", "vague"),
        "outlets": words("media", "outlets"),
        "media_nouns": words("media", "nouns"),
        "documents": words("media", "documents", "nouns"),
        "org_nouns": words("organizations", "nouns"),
        "org_names": words("organizations", "names"),
        "name_suffixes": words("organizations", "name_suffixes"),
        "generic_bodies": words("organizations", "generic") | GENERIC_BODIES,
        "outlet_nouns": words("media", "names", "outlet_nouns"),
        "speech_nouns": words("verbs", "speech_nouns", "words") | frozenset({"letter", "release", "email"}),
        "knowledge": compile_pattern(
            r"\b(?:" + "|".join(regex.escape(p) for p in anon["knowledge"]["patterns"]) + r")\b", regex.IGNORECASE
        ),
        "reason": compile_pattern(
            r"(?-f)\b(?:" + "|".join(anon["reason"]["patterns"]) + r")(?:" + anon["reason"]["tail"] + r")?",
            regex.IGNORECASE | regex.V1,  # (?-f): simple case folding, see boilerplate._patterns
        ),
    }


@functools.cache
def org_names_lower() -> frozenset[str]:
    """Return the lexicon's organisation names, lower-cased ("the un", "nato")."""
    return frozenset(n.lower() for n in lex()["org_names"])


@functools.cache
def title_abbreviations() -> dict[str, str]:
    """Return abbreviated titles and the word a re-mention uses ("gov." -> "governor")."""
    return {k.lower(): v for k, v in load("names")["titles"]["abbreviations"].items()}


def title_word(word: str) -> str:
    """Return the word a title stands for: "Gov." -> "governor", "Sen." -> "senator"."""
    low = word.lower()
    return title_abbreviations().get(low, low)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Return how many characters two ``(start, end)`` ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@functools.cache
def people_of_a_nation() -> regex.Pattern:
    """Return the pattern of a nation's or a people's members with no one identified: a quantifier or
    an adjective in lower case, then a capitalised plural ("Many Latinos", "low-income Americans")."""
    groups = load("anonymity")["groups"]
    before = "|".join(regex.escape(w) for w in longest_first(groups["before_people"]))
    endings = "|".join(regex.escape(w) for w in longest_first(groups["people_endings"]))
    return compile_pattern(rf"(?i:(?:{before})[ \t]+)+\p{{Lu}}\p{{Ll}}+(?:{endings})")
