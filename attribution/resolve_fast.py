"""Step 4, fast path: named or anonymous, type and anaphors of source phrases, from their words alone.

The fast path has no tagger or entities: a phrase is a person when it is capitalised words, an
organization or outlet when the lexicons name it or it ends in an institution noun, and anonymous
when its head is a role or group noun ("a senior official", "critics") with no name before it.
A pronoun or a definite role ("the spokesman") takes the nearest earlier source that fits.
"""

from __future__ import annotations

import functools

import regex

from .lexicon import words
from .link.fast import FastLink
from .resolve import SourceInfo, reason_in, share_reasons

_SINGULAR = frozenset({"he", "she", "i", "him", "her"})
_PLURAL = frozenset({"they", "we", "them"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our"})
_AFFILIATION = regex.compile(r"\s(?:for|of|at)\s+(?:the\s+)?(?:[\p{Lu}]|(?:department|ministry|agency|company|government|"
                             r"embassy|office|council|board|committee|commission|campaign|firm|bank|police|court)\b)")
_APPOSITIVE_NAME = regex.compile(r"\s*,\s*((?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*[,(]")
_BODY = regex.compile(r"\b(?:[\p{Lu}][\p{L}.&'’-]*\s+)+(?:Department|Ministry|Agency|Office|Embassy|Council|Commission|Committee|"
                      r"Company|Corporation|Bank|Police|Court|Government|Administration|Board|Authority|Service)\b|\b[\p{Lu}][\p{L}]+(?:\s+(?:Inc|Corp|Ltd|AG|plc)\b)")
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


@functools.cache
def _lex() -> dict:
    return {
        "adjectives": words("anonymity", "anonymous", "adjectives"),
        "roles": words("anonymity", "anonymous", "role_nouns"),
        "spokes": words("anonymity", "anonymous", "spokes_nouns"),
        "vague": words("anonymity", "anonymous", "vague_nouns"),
        "outlets": words("media", "outlets"),
        "media_nouns": words("media", "nouns"),
        "documents": words("media", "documents", "nouns"),
        "org_nouns": words("organizations", "nouns"),
        "org_names": words("organizations", "names"),
        "not_names": words("verbs", "fast", "not_names"),
    }


def _head(tokens: list[str]) -> str:
    head = tokens[-1].lower().strip(".,'’")
    return head[:-2] if head.endswith(("'s", "’s")) else head


_CUT = frozenset({"of", "at", "in", "for", "from", "with", "by", "familiar", "close", "who", "which", "on", "inside",
                  "within", "involved", "briefed", "speaking"})


def _core(tokens: list[str]) -> list[str]:
    """Return the words up to the head: "documents reviewed by X" -> "documents", "an official at X" -> "an official"."""
    for k, t in enumerate(tokens[1:], 1):
        if t in _CUT or (t.endswith("ed") and t.islower()):
            return tokens[:k]
    return tokens


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def describe_words(phrase: str, *, body_before: bool = False) -> SourceInfo:
    """Return the type, anonymity and vagueness of a full source phrase (not an anaphor), offsets unset.

    ``body_before``: a named body was mentioned earlier in the sentence, for whom a bare "a
    spokesman" speaks.
    """
    lex = _lex()
    words_ = [t for t in phrase.split() if t.lower() not in _REFLEXIVE]  # "Lindgren himself"
    affiliated = _AFFILIATION.search(phrase) is not None  # "a spokeswoman for Corvane"
    tokens = _core(words_) if words_ else phrase.split()
    low = " ".join(t.lower() for t in tokens)
    bare = low.removeprefix("the ")
    head = _head(tokens) if tokens else ""
    plural = head.endswith("s") and not head.endswith("ss") or head in _PLURAL
    nouns = lex["roles"] | lex["org_nouns"] | lex["media_nouns"] | lex["documents"] | lex["vague"]
    names = [t for t in tokens if t[:1].isupper() and t.lower() not in lex["not_names"]
             and t.lower().strip(".,") not in nouns and _singular(t.lower()) not in nouns]
    unnamed_adj = any(t.lower() in lex["adjectives"] for t in tokens)
    info = SourceInfo((0, 0), "unnamed", True, False, plural=plural)
    if bare in lex["outlets"] or low in lex["outlets"]:
        info.type, info.anonymous = "media", False
    elif bare in {n.lower() for n in lex["org_names"]}:
        info.type, info.anonymous = "organization", False
    elif head in lex["documents"]:
        info.type, info.anonymous = "document", not names
    elif (head in lex["org_nouns"] or _singular(head) in lex["org_nouns"]) and (
            names or (tokens[0].lower() in _DEFINITE or tokens[0].endswith(("'s", "’s"))) and not plural):
        info.type, info.anonymous = "organization", False
    elif head in lex["media_nouns"]:
        info.type, info.vague = "media", not names
        info.anonymous = not names
    elif head in lex["roles"] or _singular(head) in lex["roles"] or head in lex["vague"]:
        spokes = head in lex["spokes"]
        info.anonymous = not (spokes and (names or affiliated or body_before)) or unnamed_adj
        info.type = "organization" if not info.anonymous else "unnamed"
        info.vague = head in lex["vague"] and len(tokens) <= 2 and not names
    elif names and tokens[-1][:1].isupper() and not unnamed_adj:
        info.type, info.anonymous = "person", False
    info.key = f"{info.type}:{bare}" if not info.anonymous else ""
    return info


def _anaphor(tokens: list[str]) -> str | None:
    lex = _lex()
    low = [t.lower() for t in tokens]
    if len(low) == 1 and low[0] in _SINGULAR | _PLURAL | {"it"}:
        return "pronoun"
    if len(low) <= 3 and low[0] in _DETS and low[0] not in ("a", "an") and _head(tokens) in lex["roles"] \
            and not any(t[:1].isupper() for t in tokens[1:]):
        return "definite"
    return None


def resolve_fast(text: str, links: list[FastLink]) -> list[SourceInfo | None]:
    """Return one SourceInfo per link (None where it has no source), anaphors resolved to earlier mentions."""
    history: list[SourceInfo] = []
    by_mention: dict[tuple[int, int], SourceInfo] = {}
    result: dict[int, SourceInfo | None] = {}
    order = sorted(range(len(links)), key=lambda i: links[i].source or (-1, -1))
    for i in order:
        mention = links[i].source
        if mention is None:
            result[i] = None
            continue
        if mention in by_mention:
            result[i] = by_mention[mention]
            continue
        tokens = text[mention[0]:mention[1]].split()
        kind = _anaphor(tokens)
        target = _find(tokens, kind, history) if kind else None
        if target is not None:
            info = SourceInfo(mention, target.type, target.anonymous, target.vague, target.resolved or target.mention,
                              None, {}, None, target.key, target.plural)
        else:
            sentence_start = max(text.rfind(". ", 0, mention[0]), text.rfind("\n", 0, mention[0])) + 1
            info = describe_words(text[mention[0]:mention[1]],
                                  body_before=_BODY.search(text, sentence_start, mention[0]) is not None)
            info.mention = mention
            name = _APPOSITIVE_NAME.match(text, mention[1], mention[1] + 80)
            if name and info.anonymous and info.type == "unnamed" and not info.plural:
                # "Pulsar's chief executive, Ben Okonkwo, said": the person is named.
                info.type, info.anonymous, info.vague = "person", False, False
                info.key = "person:" + name.group(1).split()[-1].lower()
            if kind == "pronoun":
                info.type = "person" if tokens[0].lower() in _SINGULAR else "unnamed"
                info.anonymous = tokens[0].lower() not in _SINGULAR
            info.key = info.key or f"@{mention[0]}"
        history.append(info)
        by_mention[mention] = info
        result[i] = info
    for i, info in result.items():
        if info is not None and info.anonymous and info.anonymity_reason is None:
            info.anonymity_reason = _reason(text, info.mention, links[i].cue)
    share_reasons(list(by_mention.values()))
    return [result[i] for i in range(len(links))]


_SENTENCE_GAP = regex.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[\p{Lu}\p{N}])|\n")
_PRONOUN_START = regex.compile(r"\s*(?:he|she|they|the|it|\p{N})\b", regex.IGNORECASE)


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_GAP.finditer(text, max(0, at - 600), at)), default=max(0, at - 600))
    stop = _SENTENCE_GAP.search(text, at, min(len(text), at + 600))
    return start, stop.start() + 1 if stop else min(len(text), at + 600)


def _reason(text: str, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return why the source at ``mention`` is anonymous, from its sentence, its cue's, or the next
    one when that starts with a pronoun ("They requested anonymity for fear of retaliation.")."""
    sentences = [_sentence(text, mention[0])]
    if cue is not None and not sentences[0][0] <= cue[0] < sentences[0][1]:
        sentences.append(_sentence(text, cue[0]))
    last = max(sentences)[1]
    if last < len(text) and _PRONOUN_START.match(text, last):
        sentences.append(_sentence(text, min(len(text) - 1, last + 1)))
    for start, end in sorted(sentences):
        found = reason_in(text, start, end)
        if found is not None:
            return found
    return None


def _find(tokens: list[str], kind: str, history: list[SourceInfo]) -> SourceInfo | None:
    low = tokens[0].lower()
    for info in reversed(history):
        if kind == "pronoun":
            if low in _SINGULAR and info.type in ("person", "unnamed") and not info.plural:
                return info
            if low in _PLURAL and (info.plural or info.type in ("organization", "media")):
                return info
            if low == "it" and info.type in ("organization", "media", "document"):
                return info
        elif info.type == "unnamed" and info.anonymous and info.plural == tokens[-1].lower().endswith("s"):
            return info
    return None
