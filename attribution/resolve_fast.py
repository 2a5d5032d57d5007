"""Step 4, fast path: named or anonymous, type and anaphors of source phrases, from their words alone.

The fast path has no tagger or entities: a phrase is a person when it is capitalised words, an
organization or outlet when the lexicons name it or it ends in an institution noun, and anonymous
when its head is a role or group noun ("a senior official", "critics") with no name before it.
A pronoun or a definite role ("the spokesman") takes the nearest earlier source that fits.
"""

from __future__ import annotations

import functools

import regex

from .lexicon import load, words
from .lexicon.people import gender_of_words
from .link.fast import FastLink
from .resolve import SourceInfo, reason_in, share_reasons

_SINGULAR = frozenset({"he", "she", "i", "him", "her"})
_PLURAL = frozenset({"they", "we", "them"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our"})
_AFFILIATION = regex.compile(r"\s(?:for|of|at)\s+(?:the\s+)?(?:[\p{Lu}]|(?:department|ministry|agency|company|government|"
                             r"embassy|office|council|board|committee|commission|campaign|firm|bank|police|court)\b)")
_AFFILIATION_NAME = regex.compile(r"\s(?:at|of|for|from|with)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:firm|bank|company|group|"
                                  r"institute|university|consultancy|brokerage|agency|fund|center|centre)\s+)?[\p{Lu}]")
_ACRONYM = regex.compile(r"(?:\p{Lu}\.){2,}|\p{Lu}{2,}")
_APPOSITIVE_NAME = regex.compile(r"\s*,\s*((?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*[,(]")
_BODY = regex.compile(r"\b(?:[\p{Lu}][\p{L}.&'’-]*\s+)+(?:Department|Ministry|Agency|Office|Embassy|Council|Commission|Committee|"
                      r"Company|Corporation|Bank|Police|Court|Government|Administration|Board|Authority|Service)\b|\b[\p{Lu}][\p{L}]+(?:\s+(?:Inc|Corp|Ltd|AG|plc)\b)")
_PARTITIVE = regex.compile(r"(?P<quantity>one|two|three|four|five|another|some|both|several|each|none|neither|either|all|many|most)"
                           r"\s+of\s+(?:them|(?:the|these|those)\s+(?P<head>[\p{L}-]+))")
_PLURAL_NOUNS = frozenset({"people", "police", "staff", "personnel", "crew", "clergy", "men", "women", "children"})
_MANY = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
                   "few", "both", "dozens", "hundreds"})
_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


@functools.cache
def _lex() -> dict:
    return {
        "adjectives": words("anonymity", "anonymous", "adjectives"),
        "roles": words("anonymity", "anonymous", "role_nouns"),
        "publishing": words("anonymity", "anonymous", "publishing_roles"),
        "spokes": words("anonymity", "anonymous", "spokes_nouns"),
        "vague": words("anonymity", "anonymous", "vague_nouns"),
        "outlets": words("media", "outlets"),
        "media_nouns": words("media", "nouns"),
        "documents": words("media", "documents", "nouns"),
        "org_nouns": words("organizations", "nouns"),
        "org_names": words("organizations", "names"),
        "not_names": words("verbs", "fast", "not_names"),
        "outlet_nouns": words("media", "names", "outlet_nouns"),
        "generic_bodies": words("organizations", "generic"),
        "name_suffixes": words("organizations", "name_suffixes"),
        "counts": {k.lower(): v for k, v in load("anonymity")["count"]["words"].items()},
        "vague_counts": words("anonymity", "count", "vague"),
        "knowledge": regex.compile(r"\b(?:" + "|".join(regex.escape(p) for p in words("anonymity", "knowledge", "patterns"))
                                   + r")\b", regex.IGNORECASE),
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


def _titles(text: str, info: SourceInfo) -> set[str]:
    """Return the role noun of a named person's appositive mention ("the department's spokeswoman, Carla
    Jimenez" -> {"spokeswoman"}), or an empty set."""
    if info.resolved is None or info.resolved == info.mention:
        return set()
    return {_head(_core(text[info.mention[0]:info.mention[1]].split()))}


def _cut_at(text: str, info: SourceInfo) -> int:
    """Return how many words of the mention come before its first cut word ("people [familiar with …]")."""
    tokens = text[info.mention[0]:info.mention[1]].split()
    return len(_core(tokens)) or len(tokens)


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
    plural = head.endswith("s") and not head.endswith("ss") or head in _PLURAL or head in _PLURAL_NOUNS \
        or (len(tokens) > 1 and tokens[0].lower() in _MANY)
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
    elif head in lex["roles"] or _singular(head) in lex["roles"] or head in lex["vague"] or head in lex["publishing"]:
        spokes = head in lex["spokes"]
        # "A State Department spokesperson": a capitalised modifier names the body spoken for.
        modified = any(t[:1].isupper() for t in tokens[1:-1]) or _ACRONYM.fullmatch(tokens[0]) is not None
        # "Analysts at Berenberg": analysts and researchers publish under a named firm's name.
        published = head in lex["publishing"] and _AFFILIATION_NAME.search(phrase) is not None
        info.anonymous = not (spokes and (names or affiliated or body_before or modified) or published) or unnamed_adj
        info.type = "organization" if not info.anonymous else "unnamed"
        info.vague = head in lex["vague"] and len(tokens) <= 2 and not names
    elif names and tokens[-1][:1].isupper() and not unnamed_adj:
        # "Pellmont Foods": a company's name; "Mads Kjær": a person's.
        info.type = "organization" if len(tokens) > 1 and tokens[-1].lower() in lex["name_suffixes"] else "person"
        info.anonymous = False
    info.key = f"{info.type}:{bare}" if not info.anonymous else ""
    return info


_WORD_SPAN = regex.compile(r"[^\s,;()]+")
_AFFILIATION_SPAN = regex.compile(r"\s(?:at|in|of|from|with|for|within|inside)\s+(?:the\s+)?"
                                  r"(?P<body>(?:[\p{Lu}][\p{L}.&'’-]*\s*)+|(?:\p{Ll}+\s+){0,2}(?:" + "|".join(
                                      sorted(words("organizations", "nouns"), key=len, reverse=True)) + r")\b)")
_KNOWLEDGE_END = regex.compile(r"[,;.]\s|\s[—–]\s|[,;.]$")


def _describe_anonymous(text: str, info: SourceInfo, cue: int | None) -> None:
    """Add the count, role, affiliation and knowledge an anonymous mention gives ("two senior
    officials familiar with the talks") to ``info``, as the full path's descriptors."""
    lex = _lex()
    start, end = info.mention
    found = [(m.group(0), m.start(), m.end()) for m in _WORD_SPAN.finditer(text, start, end)]
    if not found:
        return
    core = _core([w for w, _, _ in found])
    head_at = len(core) - 1
    first = found[0][0].lower()
    two = " ".join(w.lower() for w, _, _ in found[:2])
    if first in lex["counts"] and first not in ("a", "an", "another"):
        info.count, info.descriptors["count"] = lex["counts"][first], found[0][1:]
    elif two in lex["counts"]:
        info.count = lex["counts"][two]
    elif first in lex["vague_counts"]:
        info.descriptors["count"] = found[0][1:]
    elif first.isascii() and first.isdigit():
        info.count, info.descriptors["count"] = int(first), found[0][1:]
    elif first in ("a", "an", "another", "one") or not info.plural:
        info.count = 1
    head = found[head_at][0].lower().strip(".,'’")
    if _singular(head) in lex["roles"] or head in lex["roles"]:
        k = head_at
        while k > 0 and found[k - 1][0].islower() and found[k - 1][0] not in lex["adjectives"] \
                and found[k - 1][0] not in lex["counts"] and found[k - 1][0] not in lex["vague_counts"] \
                and found[k - 1][0] not in _DETS and not found[k - 1][0][:1].isdigit():
            k -= 1
        info.descriptors["role"] = (found[k][1], found[head_at][2])
    body = _AFFILIATION_SPAN.search(text, found[head_at][2], end)
    if body:
        info.descriptors["affiliation"] = (body.start("body"), body.end("body") - (body.group("body")[-1:] == " "))
    else:
        caps = [(s, e) for k, (w, s, e) in enumerate(found[:head_at]) if w[:1].isupper() and w.lower() not in _DETS
                and w.lower() not in lex["not_names"] and (k > 0 or _ACRONYM.fullmatch(w))]  # not "Senior officials"
        if caps:  # "a Pentagon official", "two U.S. officials"
            info.descriptors["affiliation"] = (caps[0][0], caps[-1][1])
    knowledge = lex["knowledge"].search(text, start, min(len(text), end + 40, cue or len(text)))
    if knowledge:
        limit = min(len(text), knowledge.end() + 200, cue or len(text))
        stop = _KNOWLEDGE_END.search(text, knowledge.end(), limit)
        k_end = stop.start() if stop else limit
        while k_end > knowledge.end() and text[k_end - 1].isspace():
            k_end -= 1
        info.descriptors["knowledge"] = (knowledge.start(), k_end)
    if "affiliation" in info.descriptors or "knowledge" in info.descriptors:
        info.vague = False


def _anaphor(tokens: list[str]) -> str | None:
    lex = _lex()
    low = [t.lower() for t in tokens]
    if len(low) == 1 and low[0] in _SINGULAR | _PLURAL | {"it"}:
        return "pronoun"
    if _PARTITIVE.fullmatch(" ".join(low)):
        return "partitive"  # "one of the people", "two of them"
    if len(low) <= 3 and low[0] in _DEFINITE and _head(tokens) in lex["generic_bodies"] \
            and not any(t[:1].isupper() for t in tokens[1:]):
        return "body"  # "the company", "the broadcaster"
    if len(low) <= 3 and low[0] in _DETS and low[0] not in ("a", "an") and tokens[-1].islower() \
            and not any(t[:1].isupper() for t in tokens[1:]):
        return "definite"  # "the official", "the judge"
    return None


def resolve_fast(text: str, links: list[FastLink]) -> list[SourceInfo | None]:
    """Return one SourceInfo per link (None where it has no source), anaphors resolved to earlier mentions."""
    history: list[SourceInfo] = []
    genders: dict[int, str | None] = {}
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
        target = _find(text, tokens, kind, history, genders) if kind else None
        if target is not None:
            plural = target.plural if kind != "partitive" else not regex.match(r"(?i)one|another|each|either|neither", tokens[0])
            info = SourceInfo(mention, target.type, target.anonymous, target.vague, target.resolved or target.mention,
                              None, {}, None, target.key, plural)
            genders[id(info)] = genders.get(id(target))
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
                info.resolved = (name.start(1), name.end(1))
            genders[id(info)] = _gender(text[mention[0]:mention[1]] + (" " + name.group(1) if name else ""))
            if kind == "pronoun":
                info.type = "person" if tokens[0].lower() in _SINGULAR else "unnamed"
                info.anonymous = tokens[0].lower() not in _SINGULAR
            elif info.anonymous and info.type == "unnamed":
                cue = links[i].cue
                _describe_anonymous(text, info, cue[0] if cue and cue[0] > mention[1] else None)
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


def _gender(phrase: str) -> str | None:
    """Return "male" or "female" when a title, role word or given name in the phrase marks it, else None."""
    return gender_of_words(phrase.split())


def _find(text: str, tokens: list[str], kind: str, history: list[SourceInfo],
          genders: dict[int, str | None]) -> SourceInfo | None:
    lex = _lex()
    low = tokens[0].lower()
    wanted = {"he": "male", "him": "male", "she": "female", "her": "female"}.get(low)
    if kind == "partitive":
        head = _PARTITIVE.fullmatch(" ".join(t.lower() for t in tokens)).group("head")
        for info in reversed(history):
            if info.plural and info.anonymous and info.resolved is None and (
                    head is None or _singular(_head(text[info.mention[0]:info.mention[1]].split()[:_cut_at(text, info)]))
                    == _singular(head)):
                return info
        return None
    if kind == "body":
        media = _head(tokens) in lex["media_nouns"] | lex["outlet_nouns"]
        named = [info for info in reversed(history) if not info.anonymous]
        return next((info for info in named if info.type == ("media" if media else "organization")), None)
    for info in reversed(history):
        if kind == "pronoun":
            if low in _SINGULAR and info.type in ("person", "unnamed") and not info.plural:
                if wanted and genders.get(id(info)) not in (None, wanted):
                    continue  # "she" is not the Mr. Shore of the sentence before
                return info
            if low in _PLURAL and (info.plural or info.type in ("organization", "media")):
                return info
            if low == "it" and info.type in ("organization", "media", "document"):
                return info
        elif info.type == "unnamed" and info.anonymous and info.plural == tokens[-1].lower().endswith("s") \
                and _head(tokens) in lex["roles"]:
            return info
        elif not info.anonymous and info.type == "person" and _head(tokens) in \
                {w.lower() for w in text[info.mention[0]:info.mention[1]].split() if w[:1].isupper()} | _titles(text, info):
            return info  # "the judge" after "U.S. District Judge Rosalind Tate"
    return None
