"""Step 4, fast path: what a full source mention is, read from its words alone.

``describe_words`` gives the type, named or anonymous, and the descriptors of an anonymous
source (count, role, affiliation, knowledge) from the mention's words, the lexicons and the names
the article (``words.WordArticle``) found, with no parse.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING


from ..lexicon.compiled import compile_pattern
from ..lexicon import longest_first, words as lexicon_words
from ..lexicon.people import is_given_name
from .info import SourceInfo, lex, org_names_lower, people_of_a_nation
from .mention import Mention

if TYPE_CHECKING:
    from .words import WordArticle

_WORD = compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}.&'’-]*[\p{L}\p{N}.]|[\p{L}\p{N}]")
_PLURAL_PRONOUNS = lexicon_words("grammar", "pronouns", "plural")
_PLURAL_NOUNS = lexicon_words("grammar", "words", "plural_nouns")
_MANY = lexicon_words("grammar", "quantifiers", "many")
_DETS = lexicon_words("grammar", "determiners", "mention")
_SUBORDINATE = lexicon_words("grammar", "clauses", "subordinate")
_AFTER_PARTICIPLE = lexicon_words("grammar", "prepositions", "after_participle")  # "documents reviewed by ..."
_CUT = lexicon_words("grammar", "words", "mention_cut")
_PARTITIVE = compile_pattern(r"(?P<quantity>one|two|three|four|five|another|some|both|several|each|none|neither|either|all|many|most)"
                           r"\s+of\s+(?:them|us|(?:the|these|those)\s+(?P<head>[\p{L}-]+))")
_ACRONYM = compile_pattern(r"(?:\p{Lu}\.){2,}|\p{Lu}{2,6}")
_AFFILIATION = compile_pattern(r"\s(?:for|of|at)\s+(?:the\s+)?(?:[\p{Lu}]|(?:department|ministry|agency|company|government|"
                             r"embassy|office|council|board|committee|commission|campaign|firm|bank|police|court)\b)")
_AFFILIATION_SPAN = compile_pattern(r"\s(?:at|in|of|from|with|for|within|inside)\s+(?:the\s+)?"
                                  r"(?P<body>(?:[\p{Lu}][\p{L}.&'’-]*\s*)+|(?:\p{Ll}+\s+){0,2}(?:" + "|".join(
                                      longest_first(lexicon_words("organizations", "nouns"))) + r")\b)")
_KNOWLEDGE_END = compile_pattern(r"[,;.]\s|\s[—–]\s|[,;.]$")
_WORD_SPAN = compile_pattern(r"[^\s,;()]+")
# "analysts at Berenberg", "researchers at the cybersecurity firm Northgate Labs"; "the authors of the
# research published in the journal Pediatric Health"
_PUBLISHED_AT = compile_pattern(r"\s(?:at|of|for|from|with)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:firm|bank|company|group|"
                              r"institute|university|consultancy|brokerage|agency|fund|center|centre)\s+)?[\p{Lu}]")
_PUBLISHED_IN = compile_pattern(r"\s(?:published|appeared|appearing)\s+in\s+(?:the\s+)?(?:journal\s+)?[\p{Lu}]")
_MEMBERS_AFTER = compile_pattern(r"(?<!\s)\s*,\s*(?:all\s+)?members\s+of\s+(?:the\s+)?\p{Lu}")  # "The nurses, members of X"
_OWN_AFFILIATION = compile_pattern(r"\s(?:for|of|at|with|from)\s+(?P<det>the|a|an|another|one|its|their|his|her)?\s*(?P<body>[^,;]*)")
_APPOSITIVE_NAME = compile_pattern(r"(?<!\s)\s*,\s*")


@functools.cache
def _fast_lex() -> dict:
    return {
        "not_names": lexicon_words("verbs", "fast", "not_names") | lexicon_words("verbs", "fast", "not_sources"),
        "person_nouns": lexicon_words("anonymity", "anonymous", "person_nouns"),
        "cue_forms": lexicon_words("verbs", "fast", "forms"),
        "common": lex()["roles"] | lex()["org_nouns"] | lex()["media_nouns"] | lex()["documents"] | lex()["vague"],
    }


def _singular(word: str) -> str:
    if word in ("men", "women", "people", "children"):
        return {"men": "man", "women": "woman", "people": "person", "children": "child"}[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _core_end(low: list[str], words: list[str] | tuple[str, ...] | None = None) -> int:
    """Return how many words of a mention come before its first cut word ("people [familiar with …]");
    an acronym in capitals is no cut word ("the WHO")."""
    for k, w in enumerate(low[1:], 1):
        if words is not None and words[k].isupper() and len(words[k]) > 1:
            continue
        participle = w.endswith(("ed", "en")) and w.isalpha() and k + 1 < len(low) and low[k + 1] in _AFTER_PARTICIPLE
        if w in _CUT or participle:
            return k
    return len(low)


def describe_words(article: WordArticle, m: Mention) -> SourceInfo:
    """Return the type, anonymity and vagueness of a full source mention (not an anaphor), and the
    descriptors of an anonymous one, from its words and the lexicons."""
    if not m.words:
        return SourceInfo(m.chars, "unnamed", True, False, key=f"@{m.start}")
    words = lex()
    text = article.text
    phrase = text[m.start:m.end]
    low = list(m.lower)
    core = low[:_core_end(low, m.words)] if low else []
    bare = " ".join(core).removeprefix("the ")
    head = m.head_lemma
    names = [w for w, n in list(zip(m.words, m.propn))[:len(core)] if n]  # "documents reviewed by the Courier": no name
    unnamed = any(w in words["adjectives"] for w in low)
    person_like = head in words["roles"] or head in words["vague"] or m.head.lower() in words["vague"] or head in words["publishing"] \
        or head in _fast_lex()["person_nouns"] or m.lower[-1] in words["roles"]
    info = SourceInfo(m.chars, "unnamed", True, False, plural=m.plural)
    person = _person_in(article, m)
    appositive = _appositive_name(article, m)
    if bare in words["outlets"] or " ".join(core) in words["outlets"]:
        info.type, info.anonymous = "media", False
    elif people_of_a_nation().fullmatch(phrase) and head not in words["roles"] and head not in words["org_nouns"]:
        # "Many Latinos", "low-income Americans": people of a nation or a group, no one identified.
        info.type, info.anonymous, info.vague = "unnamed", True, True
    elif bare in org_names_lower():
        info.type, info.anonymous = "organization", False
    elif person is not None and not unnamed:
        info.type, info.anonymous = "person", False
    elif head in words["documents"]:
        info.type, info.anonymous = "document", not names
    elif head in words["org_nouns"] and (names or core and (core[0] in ("the", "its", "their") or core[0].endswith(("'s", "’s")))
                                         and not m.plural):
        info.type, info.anonymous = "organization", False
    elif head in words["media_nouns"]:
        info.type, info.vague, info.anonymous = "media", not names, not names
    elif appositive is not None and not m.plural and not unnamed:
        # "Pulsar's chief executive, Ben Okonkwo, said": the person is named.
        info.type, info.anonymous, info.resolved = "person", False, appositive.chars
    elif _named_office(m) and not unnamed:
        info.type, info.anonymous = "person", False  # "New York's chief medical examiner"
    elif person_like:
        spokes = head in words["spokes"]
        info.type = "unnamed"
        body = spokes and _speaks_for_named_body(article, m, phrase)
        published = (head in words["publishing"] or m.head.lower() in words["publishing"]) and (
            _PUBLISHED_AT.search(phrase) is not None or _PUBLISHED_IN.search(text, m.start, min(len(text), m.end + 80)) is not None)
        members = ("members" in low and any(m.propn[low.index("members") + 1:])
                   or _MEMBERS_AFTER.match(text, m.end) is not None)
        if (body or published or members) and not unnamed:
            info.type, info.anonymous = "organization", False
        else:
            info.vague = (head in words["vague"] or m.head.lower() in words["vague"]) and len(core) <= 2 and not names
    elif names and m.propn[-1] and not unnamed:
        # "Pellmont Foods", "Nomura": a body's name, unless the article shows a person by it (above).
        info.type = "person" if len(names) == 1 and is_given_name(names[0]) else "organization"
        info.anonymous = False
    if info.anonymous and info.type == "unnamed":
        _describe_anonymous(article, m, info)
    if not info.anonymous:
        info.descriptors = {}
    named_person = person if person is not None else appositive if info.resolved is not None else None
    if info.type == "person" and not info.anonymous and named_person is not None and named_person.surname:
        info.key = "person:" + named_person.surname
    elif not info.anonymous:
        info.key = f"{info.type}:{bare}"
    else:
        info.key = f"@{m.start}"
    return info


def _speaks_for_named_body(article: WordArticle, m: Mention, phrase: str) -> bool:
    """True for a spokesperson of a named body: "a spokesman for the Torvik plant", "A State
    Department spokesperson", "an agency spokesman" right after the agency is named; not "a
    spokesman for a second insurer" or "prison union representatives"."""
    own = _OWN_AFFILIATION.search(phrase)
    if own is None and m.plural:
        # "Representatives of the Reyes family said": the mention stops before its "of".
        own = _OWN_AFFILIATION.match(article.text, m.end, min(len(article.text), m.end + 60))
    if own is not None:
        if own.group("det") in ("a", "an", "another", "one"):
            return False
        body = own.group("body").split()
        if any(w[:1].isupper() for w in body):
            return True
        # "the company", "its union": one body named before; not "the buyer", whose name is not given.
        head = body[-1].lower().strip(".,;:“”\"") if body else ""
        return own.group("det") is not None and (head in lex()["org_nouns"] or head in lex()["generic_bodies"])
    first = m.words[0] if m.words else ""
    modified = any(w[:1].isupper() for w in m.words[1:-1]) or _ACRONYM.fullmatch(first) is not None \
        or first[:1].isupper() and first.lower() not in _DETS and not article._sentence_first(m.start)
    # "Rennick’s spokesman" opening a sentence: a possessor the article writes as a name elsewhere.
    possessor = first.endswith(("’s", "'s")) and article._is_name(first, m.start)
    return modified or possessor or not m.plural and article.body_before(m)


def _appositive_name(article: WordArticle, m: Mention) -> Mention | None:
    """Return the person named right after a description ("Pulsar's chief executive, Ben
    Okonkwo, said"), else None."""
    gap = _APPOSITIVE_NAME.match(article.text, m.end)
    if gap is None:
        return None
    return next((p for p in article.persons_holding(gap.end()) if p.start == gap.end()), None)


def _person_in(article: WordArticle, m: Mention) -> Mention | None:
    """Return the person a mention names, when its head is a person's name ("veteran industry
    analyst Ken Doctor", "Senior author Dr. Silvia S. Martins", "Montell Figgins"), else None;
    a name that only modifies the head ("Rudolph's supporters") is not the source."""
    head_at = m.lower.index(m.head.lower()) if m.head.lower() in m.lower else len(m.words) - 1
    spans = [w.start() for w in _WORD.finditer(article.text, m.start, m.end)]
    head_start = spans[head_at] if head_at < len(spans) else m.end
    for p in article.persons_holding(head_start):
        if m.start <= p.start and p.end <= m.end:
            return p
    if m.name_word and m.surname and article.named_before(m.surname, m.start):
        return m
    return None


def _named_office(m: Mention) -> bool:
    """True for one office holder of a named body: "Lestonia's interior minister", "New York's
    chief medical examiner"; not "a minister" or "the country's foreign minister"."""
    low = m.lower
    owner = next((k for k, w in enumerate(low) if w.endswith(("'s", "’s"))), None)
    if owner is None or not m.propn[owner] or m.plural:
        return False
    title = " ".join(w for w in low[owner + 1:])
    offices = lex()["offices"]
    return title in offices or low[-1] in offices or "chief" in low[owner + 1:] or "top" in low[owner + 1:]


def _describe_anonymous(article: WordArticle, m: Mention, info: SourceInfo) -> None:
    """Add the count, role, affiliation and knowledge an anonymous mention gives ("two senior
    officials familiar with the talks"), as the full path's descriptors."""
    words = lex()
    text = article.text
    start, end = m.chars
    found = [(w.group(0), w.start(), w.end()) for w in _WORD_SPAN.finditer(text, start, end)]
    if not found:
        return
    low = [w.lower() for w, _, _ in found]
    head_at = _core_end(low, [w for w, _, _ in found]) - 1
    first, two = low[0], " ".join(low[:2])
    if first in words["counts"] and first not in ("a", "an", "another"):
        info.count, info.descriptors["count"] = words["counts"][first], found[0][1:]
    elif two in words["counts"]:
        info.count = words["counts"][two]
    elif first in words["vague_counts"]:
        info.descriptors["count"] = found[0][1:]
    elif first.isascii() and first.isdigit():
        info.count, info.descriptors["count"] = int(first), found[0][1:]
    elif first in ("a", "an", "another", "one") or not info.plural:
        info.count = 1
    head = low[head_at].strip(".,'’")
    if _singular(head) in words["roles"] or head in words["roles"] or head in _fast_lex()["person_nouns"]:
        k = head_at
        while k > 0 and found[k - 1][0].islower() and found[k - 1][0] not in words["adjectives"] \
                and found[k - 1][0] not in words["counts"] and found[k - 1][0] not in words["vague_counts"] \
                and found[k - 1][0] not in _DETS and not found[k - 1][0][:1].isdigit():
            k -= 1
        info.descriptors["role"] = (found[k][1], found[head_at][2])
    body = _AFFILIATION_SPAN.search(text, found[head_at][2], end)
    if body:
        info.descriptors["affiliation"] = (body.start("body"), body.end("body") - (body.group("body")[-1:] == " "))
    else:
        caps = [(s, e) for k, (w, s, e) in enumerate(found[:head_at]) if w[:1].isupper() and w.lower() not in _DETS
                and w.lower() not in _fast_lex()["not_names"] and (k > 0 or _ACRONYM.fullmatch(w))]
        if caps:  # "a Pentagon official", "two U.S. officials"
            info.descriptors["affiliation"] = (caps[0][0], caps[-1][1])
    cue = article.cue_after.get(m.chars, len(text))
    knowledge = words["knowledge"].search(text, start, min(len(text), end + 40, cue))
    if knowledge:
        limit = min(len(text), knowledge.end() + 200, cue)
        stop = _KNOWLEDGE_END.search(text, knowledge.end(), limit)
        k_end = stop.start() if stop else limit
        while k_end > knowledge.end() and text[k_end - 1].isspace():
            k_end -= 1
        info.descriptors["knowledge"] = (knowledge.start(), k_end)
    if "affiliation" in info.descriptors or "knowledge" in info.descriptors:
        info.vague = False
