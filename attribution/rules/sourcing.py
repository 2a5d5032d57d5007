"""Step 5a: facts about sourcing that the audit summary and the policy rules share.

Pure functions over the engine's attributions (no parse): a mention's grammatical number, a
claim's content words, whether a claim is corroborated, which lexicon words a span contains, and
which reports were relayed through an outlet. The words they use are data in lexicon/policy.toml.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from ..lexicon.compiled import compile_pattern
from ..lexicon import load, longest_first, words
from ..lexicon.people import person_titles
from ..model import Attribution, Relay, Source, Span

WORD = compile_pattern(  # a word, with inner apostrophes and hyphens
r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")


@functools.cache
def phrase_pattern(*keys: str) -> regex.Pattern:
    """Return a case-insensitive whole-word pattern for the policy lexicon list at ``keys``."""
    node = load("policy")
    for key in keys:
        node = node[key]
    phrases = longest_first(str(p).lower() for p in node)
    body = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases)
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def find_phrases(span: Span, *keys: str) -> Iterator[Span]:
    """Yield each lexicon phrase (list at ``keys`` of policy.toml) found in ``span``, as a sub-span."""
    for m in phrase_pattern(*keys).finditer(span.text):
        yield Span(start=span.start + m.start(), end=span.start + m.end(), text=m.group())


def is_person_source(source: Source) -> bool:
    """Return True when a source is a person or people: a person, or a mention with a word for a
    person in it ("a senior official", "a doctor on the scene", "the real estate agent")."""
    if source.type == "person":
        return True
    people = person_titles() | role_nouns() | words("anonymity", "anonymous", "person_nouns")
    head = head_word(source)
    words_ = [head] if head is not None else WORD.findall(source.text.lower())
    return any(w in people or singular_of(w) in people for w in words_)


def role_nouns() -> frozenset[str]:
    """Return the nouns that say what a source is: anonymity.toml role nouns plus the bare nouns."""
    return words("anonymity", "anonymous", "role_nouns") | words("policy", "bare", "nouns")


def _head(text: str, role: str | None) -> str | None:
    if role is not None:
        role_words = WORD.findall(role.lower())
        if role_words:
            return role_words[-1]
    nouns = role_nouns()
    for word in WORD.findall(text.lower()):
        if word in nouns or (word.endswith("s") and word[:-1] in nouns):
            return word
    return None


def head_word(source: Source) -> str | None:
    """Return the lower-cased noun that says what the source is ('source', 'officials'), or None."""
    return _head(source.text, source.descriptors.role.text if source.descriptors.role else None)


def singular_of(word: str) -> str:
    """Return ``word`` without a plural -s when the rest is a known role noun, else ``word``."""
    if word in words("policy", "number", "irregular_plurals"):
        return "person"
    if word.endswith("s") and word[:-1] in role_nouns():
        return word[:-1]
    return word


def number_of(text: str, count: int | None = None, role: str | None = None) -> str | None:
    """Return 'singular' or 'plural' for a mention's text (and its count and role if known), or None."""
    if count is not None:
        return "plural" if count > 1 else "singular"
    tokens = WORD.findall(text.lower())
    if len(tokens) == 1:
        if tokens[0] in words("policy", "number", "singular_pronouns"):
            return "singular"
        if tokens[0] in words("policy", "number", "plural_pronouns"):
            return "plural"
    head = _head(text, role)
    if head is None:
        return None
    if singular_of(head) != head or head in words("policy", "number", "plural_nouns"):
        return "plural"
    # "several school principals", "press freedom groups": a plural the role lexicon does not hold
    return "plural" if _looks_plural(head) else "singular"


def _looks_plural(word: str) -> bool:
    """Return True for a plural noun form: "principals", "allies", "chairmen" (not "boss", "virus")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


def mention_number(source: Source) -> str | None:
    """Return 'singular' or 'plural' for a source mention, or None when it cannot be told."""
    role = source.descriptors.role.text if source.descriptors.role else None
    return number_of(source.text, source.count, role)


_PARTITIVE = compile_pattern(r"^(?:one|each|both|either|neither|some|all|two|three|another)\s+of\s+"
                           r"(?:the|those|these|them|their)\b", regex.IGNORECASE)


def is_definite(source: Source) -> bool:
    """Return True when the mention points back: 'the source', 'their source', 'one of the people'."""
    first = WORD.findall(source.text.lower())
    return bool(first) and (first[0] in words("policy", "bare", "definite") or bool(_PARTITIVE.match(source.text)))


@functools.lru_cache(maxsize=4096)  # each claim is compared with every other: read each content once
def content_words(text: str) -> frozenset[str]:
    """Return the lower-cased words of ``text`` less the policy stopwords: what a claim is about."""
    stop = words("policy", "claim", "stopwords")
    return frozenset(w for w in (m.lower().strip("'’-") for m in WORD.findall(text)) if w and w not in stop)


def corroborated(claim: Attribution, others: Iterable[Attribution], overlap: float) -> bool:
    """Return True when another source's attribution shares at least ``overlap`` of the claim's content words."""
    mine = content_words(claim.content.text)
    if not mine or claim.source is None:
        return False
    for other in others:
        if other.id == claim.id or other.source is None:
            continue
        if other.source.source_id is not None and other.source.source_id == claim.source.source_id:
            continue
        shared = mine & content_words(other.content.text)
        if len(shared) / len(mine) >= overlap:
            return True
    return False


def is_opinion(attribution: Attribution) -> bool:
    """Return True when the attribution's content holds an opinion or attack word (policy.toml)."""
    return any(True for _ in find_phrases(attribution.content, "opinion", "attack")) or any(
        True for _ in find_phrases(attribution.content, "opinion", "opinion")
    )


def single_anonymous_source_claims(
    attributions: list[Attribution], *, overlap: float = 0.5, min_words: int = 3
) -> list[str]:
    """Return the ids of factual claims that rest on one anonymous source alone (ATR103's test).

    A claim counts when its source is anonymous, not a vague group, singular and a person (not "a
    bacteria" or "the blood work" a misread cue took for a source); its content has
    at least ``min_words`` content words and no opinion word; and no attribution from another
    source shares ``overlap`` of its content words.
    """
    found = []
    for a in attributions:
        s = a.source
        if a.kind == "unsourced" or s is None or not s.anonymous or s.vague:
            continue
        if mention_number(s) != "singular" or not is_person_source(s):
            continue
        if len(content_words(a.content.text)) < min_words or is_opinion(a):
            continue
        if corroborated(a, attributions, overlap):
            continue
        found.append(a.id)
    return found


def relays(attributions: list[Attribution]) -> list[Relay]:
    """Return each attribution relayed through an outlet, with its originator if one is given."""
    out = []
    for a in attributions:
        if not a.via:
            continue
        s = a.source
        originator = None if s is None else (s.resolved.text if s.resolved else s.text)
        out.append(Relay(attribution=a.id, outlets=[v.text for v in a.via], originator=originator,
                         originator_anonymous=None if s is None else s.anonymous))
    return out
