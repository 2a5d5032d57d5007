"""Step 5: what kind of voice a person source is: an official, an expert or another voice.

Read from the words the engine already gives for the person, never from anything else: the
source's first full mention ("Sen. Ruth Klein", "News industry analyst Ken Doctor"), every mention
that carries one of its attributions ("the governor"), the role descriptor of an anonymous
mention ("senior transport official"), and the appositive right after a mention, closed by a
comma or a full stop ("Mary Lovely, a Syracuse University economist, said"). The words of each kind are data (lexicon/roles.toml). A
person with an official's word is an official (the office wins over a title such as "Dr."), else
one with an expert's word an expert, else "other". Both paths read the same words, so they differ
only where their mentions do.
"""

from __future__ import annotations

import functools

import regex

from ..lexicon import load, longest_first
from ..lexicon.compiled import compile_pattern
from ..model import Attribution, SourceEntry, Span

DECIDING: tuple[str, ...] = ("official", "expert")  # the kinds words can tell, in the order they decide
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
_WORD_BEFORE = compile_pattern(r"(?r)([\p{L}.'’-]+)\s+$")
# ", a Syracuse University economist," / ", the state's attorney general." right after a mention: a
# determiner, then at most eight words with no punctuation that ends a phrase, closed by a comma or a stop.
_APPOSITIVE = compile_pattern(r"[ \t]*+,[ \t]*+(?:a|an|the|its|his|her|their)[ \t]++"
                              r"(?P<role>[^\s,;:.“”\"()—–]++(?:[ \t]++[^\s,;:.“”\"()—–]++){0,11})(?=[ \t]*+[,.])")


def _entry(word: str) -> str:
    """Return the pattern of one lexicon entry: its words with any spaces between, a plain word
    also in the plural (-s), a dotted abbreviation as written."""
    body = r"\s+".join(regex.escape(w) for w in word.split())
    if word.endswith("."):
        return body
    return body + r"s?(?![\p{L}\p{N}])"


@functools.cache
def kind_pattern(kind: str) -> regex.Pattern:
    """Return the case-insensitive pattern of the words of ``kind`` ("official" or "expert")."""
    entries = longest_first(str(w).lower() for w in load("roles")[kind]["words"])
    return compile_pattern(r"(?<![\p{L}\p{N}])(?:" + "|".join(_entry(w) for w in entries) + ")", regex.IGNORECASE)


def _closes_a_name(span: Span, m: regex.Match) -> bool:
    """Return True when the match is a capitalised word that ends a name in the mention ("Ken
    Doctor", a bare "Doctor" for Mr. Doctor): the name, not a role. A bare plural ("Analysts") and
    a word after a determiner ("The Attorney General") are roles."""
    word = m.group()
    if not word[:1].isupper() or word.endswith(".") or span.text[m.end():].strip(" \t\n,;:"):
        return False
    before = span.text[:m.start()]
    if not before.strip():
        return not word.lower().endswith("s")
    previous = _WORD_BEFORE.search(before)
    return previous is not None and previous.group(1)[:1].isupper() and previous.group(1).lower() not in _DETERMINERS


def _spans(entry: SourceEntry, by_id: dict[str, Attribution], text: str | None) -> list[Span]:
    """Return the spans that give the engine's words for a source, in the article's order, each once:
    its first full mention, its mentions, its mentions' role descriptors, and the appositive after
    each mention when ``text`` (the original article) is given."""
    found: dict[tuple[int, int], Span] = {}
    for aid in entry.attributions:
        source = by_id[aid].source if aid in by_id else None
        if source is None:
            continue
        for span in (source.resolved, Span(start=source.start, end=source.end, text=source.text),
                     source.descriptors.role):
            if span is not None:
                found.setdefault((span.start, span.end), span)
    if text is not None:
        for span in list(found.values()):
            after = _APPOSITIVE.match(text, span.end)
            if after is not None:
                start, end = after.span("role")
                found.setdefault((start, end), Span(start=start, end=end, text=text[start:end]))
    return [found[k] for k in sorted(found)]


def role_kind(entry: SourceEntry, by_id: dict[str, Attribution], text: str | None = None) -> tuple[str, Span | None]:
    """Return the role kind of a person source ("official", "expert" or "other") and the word that
    decided it (a sub-span of one of its mentions or of the appositive after one; None for "other")."""
    spans = _spans(entry, by_id, text)
    for kind in DECIDING:
        for span in spans:
            for m in kind_pattern(kind).finditer(span.text):
                if not _closes_a_name(span, m):
                    return kind, Span(start=span.start + m.start(), end=span.start + m.end(), text=m.group())
    return "other", None


def with_role_kinds(sources: list[SourceEntry], attributions: list[Attribution], text: str | None = None) -> list[SourceEntry]:
    """Return the sources with ``role_kind`` and ``role_kind_evidence`` set for every person (a
    source of type "person", or one with a gender label); the other sources as they are.
    ``text`` is the original article, whose appositives after a mention are read too."""
    by_id = {a.id: a for a in attributions}
    out = []
    for s in sources:
        if s.type == "person" or s.gender is not None:
            kind, evidence = role_kind(s, by_id, text)
            s = s.model_copy(update={"role_kind": kind, "role_kind_evidence": evidence})
        out.append(s)
    return out
