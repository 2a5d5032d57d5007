"""Step 4: resolve sources: anaphors to first mentions, named or anonymous, type and descriptors.

Works on the assembled attributions in text order, in the Doc's character offsets. A mention is
an anaphor when it is a pronoun ("she"), a definite role ("the spokesman", "the source",
"their source") or a short name ("The Post"); it resolves to the nearest earlier full mention
that fits, and takes that mention's type, anonymity and descriptors.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex
from spacy.tokens import Doc, Span, Token

from .lexicon import load, words
from .lexicon.people import gender_of_words, honorific_gender, is_given_name, name_parts, person_titles, surname_key
from .nlp import doc_text
from .link.assemble import Assembled
from .link.parse import names_outlet, subject_of

_PERSONAL = {"he": 1, "she": 1, "him": 1, "her": 1, "i": 1, "they": 2, "we": 2, "it": 1}
_POSSESSIVE_DETS = frozenset({"their", "its", "his", "her", "our", "the", "this", "that", "these", "those"})
_NAMED_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "two", "three", "four", "five", "several", "some"})
_GENERIC_BODIES = frozenset({"group", "company", "firm", "organization", "organisation", "body", "institution"})
_AFFILIATION_PREPS = frozenset({"at", "in", "of", "from", "with", "for", "within", "inside"})


@dataclass
class SourceInfo:
    """What the engine concludes about a source mention, in Doc character offsets."""

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


@functools.cache
def _lex() -> dict:
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
        "knowledge": regex.compile(
            r"\b(?:" + "|".join(regex.escape(p) for p in anon["knowledge"]["patterns"]) + r")\b", regex.IGNORECASE
        ),
        "reason": regex.compile(
            r"(?-f)\b(?:" + "|".join(anon["reason"]["patterns"]) + r")(?:" + anon["reason"]["tail"] + r")?",
            regex.IGNORECASE | regex.V1,  # (?-f): simple case folding, see boilerplate._patterns
        ),
    }


def _is_plural(root: Token) -> bool:
    if root.lower_ in ("they", "we", "them", "some", "many", "others", "several", "both", "few"):
        return True
    if root.like_num:
        return root.lower_ not in ("one", "1")
    return root.tag_ in ("NNS", "NNPS")


def _partitive_group(span: Span) -> bool:
    """True for "one of them", "two of the people": a member of a group named before."""
    root = span.root
    if not (root.like_num or root.lower_ in ("some", "many", "several", "most", "both", "all", "none")):
        return False
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj is not None and (pobj.lower_ in ("them", "us") or any(t.lower_ in ("the", "those", "these") for t in pobj.lefts))


def _content_tokens(span: Span) -> list[Token]:
    return [t for t in span if not (t.is_punct or t.is_space)]


def _outlet_name(span: Span) -> bool:
    lex = _lex()
    text = " ".join(t.text for t in _content_tokens(span)).lower()
    text = text.removeprefix("the ")
    if text in lex["outlets"]:
        return True
    words_ = text.split()
    for n in range(min(4, len(words_)), 0, -1):
        for i in range(len(words_) - n + 1):
            if " ".join(words_[i:i + n]) in lex["outlets"] and any(t[0].isupper() for t in span.text.split()):
                chunk = " ".join(words_[i:i + n])
                if chunk not in ("time", "the sun", "fox", "insider", "the national", "the journal", "the post", "the times"):
                    return True
    return False


def person_by_name(span: Span) -> bool:
    """True when a proper name reads as a person's even where the entity recognizer says otherwise
    ("Penelope Muse Abernathy" tagged ORG): its given name is in the name list, a title precedes
    it ("Rep.", "Police Chief"), or a "who" clause describes it."""
    root = span.root
    if not root.text[:1].isupper() or root.pos_ != "PROPN" and not root.ent_type_ \
            or _outlet_name(span) or names_outlet(root):
        return False
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in root.children):
        return True
    names = [t.text for t in span if t.pos_ == "PROPN" and (t.i == root.i or t.head.i == root.i and t.dep_ in ("compound", "flat"))]
    if len(names) < 2 or names[-1].lower() in _lex()["name_suffixes"] or root.lemma_.lower() in _lex()["org_nouns"]:
        return False
    parts = name_parts(names)
    if parts.given is None:
        return False
    return is_given_name(names[parts.given]) or parts.given > 0 or parts.honorific is not None


def _person_named(span: Span) -> bool:
    root = span.root
    if root.ent_type_ == "PERSON" or person_by_name(span):
        return True
    # "Kasra Aarabi, an Iran analyst": a PERSON appositive or compound on the root;
    # "The Navy's chief of staff, Vice Admiral Tove Rask": a name in apposition.
    for child in root.children:
        if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON" and child.pos_ == "PROPN":
            return True
    # The parser may hang the appositive on a noun inside the mention ("The chair of the WJC
    # athletes' commission, Olympic champion Mireille Dufresne").
    for child in span:
        if child.dep_ == "appos" and child.i != root.i and child.pos_ == "PROPN" and (
                any(t.ent_type_ == "PERSON" for t in child.subtree)
                or sum(1 for t in child.subtree if t.pos_ == "PROPN") >= 2):
            return True
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON") and not _outlet_name(span):
        propns = [t for t in span if t.pos_ == "PROPN" and t.head.i == root.i or t.i == root.i]
        if len(propns) >= 2 and root.ent_type_ != "ORG" and propns[-1].lower_ not in _lex()["name_suffixes"] \
                and root.lemma_.lower() not in _lex()["org_nouns"]:
            return True
    return False


def _publishes_in_named(root: Token) -> bool:
    """True for the authors of a work a name identifies: "the authors of the research published in
    the journal Pediatric Health", "researchers of the study, which appeared in the Lancet"."""
    work = [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "behind") for g in c.children if g.dep_ == "pobj"]
    if not work:
        return False
    work += [c for c in root.children if c.dep_ in ("acl", "relcl")]  # the parser may hang "which ..." on the authors
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for w in work for t in w.subtree if t.i != w.i)


def _affiliation(span: Span) -> tuple[int, int] | None:
    root = span.root
    lex = _lex()
    for t in span:
        if t.i == root.i:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in _AFFILIATION_PREPS and t.head.head.i == root.i:
            # "for the Torvik plant": a body named by a proper-noun modifier counts too.
            if t.ent_type_ in _NAMED_ENTS or t.pos_ == "PROPN" or t.lemma_.lower() in lex["org_nouns"] or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.lefts):
                return t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    mods = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") and (
        t.ent_type_ in _NAMED_ENTS or t.pos_ == "PROPN" or t.lemma_.lower() in lex["org_nouns"])]
    if mods:
        first = min(mods, key=lambda t: t.left_edge.i).left_edge
        if first.lower_ in ("the", "a", "an"):
            first = first.doc[first.i + 1]
        last = max(mods, key=lambda t: t.i)
        # Extend over the compound chain ("US State Department").
        while last.i + 1 < root.i and last.doc[last.i + 1].dep_ in ("compound",) and last.doc[last.i + 1].pos_ == "PROPN":
            last = last.doc[last.i + 1]
        if last.i >= first.i:
            return first.idx, last.idx + len(last)
    return None


def _role(span: Span) -> tuple[int, int] | None:
    root = span.root
    lex = _lex()
    if root.pos_ != "NOUN" or root.lemma_.lower() in lex["vague_counts"]:
        return None
    start = root
    k = root.i - 1
    doc = root.doc
    while k >= span.start:
        t = doc[k]
        if t.dep_ in ("compound", "amod") and t.head.i in (root.i, start.i) and t.lower_ not in lex["adjectives"] \
                and t.ent_type_ not in _NAMED_ENTS and t.pos_ != "PROPN" and t.lemma_.lower() not in lex["org_nouns"] \
                and not t.like_num and t.lower_ not in lex["counts"] and t.lower_ not in lex["vague_counts"]:
            start = t
            k -= 1
            continue
        break
    return start.idx, root.idx + len(root)


def _count(span: Span) -> tuple[int | None, tuple[int, int] | None]:
    root = span.root
    lex = _lex()
    for t in root.lefts:
        low = t.lower_
        if t.dep_ == "nummod" or t.like_num:
            value = lex["counts"].get(low)
            if value is None:
                try:
                    value = int(low.replace(",", ""))
                except ValueError:
                    value = None
            return value, (t.idx, t.idx + len(t))
        if low in lex["vague_counts"]:
            return None, (t.idx, t.idx + len(t))
        if t.dep_ == "det" and low in ("a", "an", "another"):
            return 1, None
    if root.tag_ == "NN":
        return 1, None
    return None, None


def describe(span: Span) -> SourceInfo:
    """Return type, anonymity and descriptors of a full mention (not an anaphor)."""
    lex = _lex()
    root = span.root
    lemma = root.lemma_.lower()
    tokens = _content_tokens(span)
    text_lower = " ".join(t.lower_ for t in tokens)
    info = SourceInfo((span.start_char, span.end_char), "unnamed", True, False, plural=_is_plural(root))
    affiliation = _affiliation(span)
    if affiliation:
        info.descriptors["affiliation"] = affiliation
    # Knowledge may sit in a clause the mention leaves out (", who is familiar with the talks").
    full = span.doc[min(span.start, root.left_edge.i):max(span.end, root.right_edge.i + 1)]
    knowledge = lex["knowledge"].search(full.text)
    if knowledge:
        k_start = full.start_char + knowledge.start()
        k_end = full.end_char
        stop = regex.search(r"[,;]\s|\s[—–]\s", full.text[knowledge.end():])
        if stop:
            k_end = full.start_char + knowledge.end() + stop.start()
        info.descriptors["knowledge"] = (k_start, k_end)
    has_unnamed_adj = any(t.lower_ in lex["adjectives"] for t in span)
    is_vague_word = lemma in lex["vague"] or root.lower_ in lex["vague"]
    if (_outlet_name(span) or names_outlet(root)) and lemma not in lex["roles"]:
        info.type, info.anonymous = "media", False
    elif _person_named(span) and not has_unnamed_adj:
        info.type, info.anonymous = "person", False
    elif (root.pos_ == "PROPN" and root.ent_type_ in _NAMED_ENTS | {""} and not _capitalised_common(root)
          # "According to Airwatch": a name the tagger took for a common noun, NER for a body.
          or root.ent_type_ == "ORG" and root.text[:1].isupper() and root.i != root.sent.start
          # "Alden on Tuesday announced": a name the tagger took for an adjective, an entity for NER.
          or root.ent_type_ in ("ORG", "GPE") and root.pos_ == "ADJ" and root.text[:1].isupper() and root.dep_ in ("nsubj", "nsubjpass")
          ) and not has_unnamed_adj:
        info.type, info.anonymous = "organization", False
    elif root.text in lex["org_names"] or text_lower.removeprefix("the ") in {n.lower() for n in lex["org_names"]}:
        info.type, info.anonymous = "organization", False
    elif lemma in lex["org_nouns"] and lemma not in ("campaign",) and (
            affiliation or any(t.pos_ == "PROPN" for t in span) or _definite(span)) and not _is_plural(root):
        # "the State Department", "Iranian intelligence", "the ministry": one identifiable body.
        info.type, info.anonymous = "organization", False
    elif _named_office(span) and not has_unnamed_adj:
        info.type, info.anonymous = "person", False
    elif lemma in lex["publishing"] and (affiliation and _names_body(span.doc, affiliation) or _publishes_in_named(root)):
        info.type, info.anonymous = "organization", False
    elif lemma in lex["media_nouns"] and root.tag_ == "NN" and lemma != "media" and not has_unnamed_adj and any(
            t.ent_type_ in ("NORP", "GPE") and t.head.i == root.i for t in span):
        # "Iranian state television", "Russia's state news agency": one identifiable outlet.
        info.type, info.anonymous = "media", False
    elif lemma in lex["media_nouns"] or text_lower.endswith(("media", "media reports", "news reports")):
        info.type = "media"
        info.anonymous = True
        info.vague = affiliation is None
    elif lemma in lex["documents"]:
        info.type = "document"
        info.anonymous = not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in span)
        info.vague = info.anonymous and root.tag_ == "NNS"
    else:
        info.type = "unnamed"
        info.vague = is_vague_word and not affiliation and "knowledge" not in info.descriptors and not any(
            t.dep_ in ("amod", "compound") and t.lower_ not in lex["adjectives"] for t in root.lefts)
        spokes = lemma in lex["spokes"] or text_lower.endswith(("press secretary", "press office"))
        if spokes and not has_unnamed_adj and (affiliation is None or _common_body(span.doc, affiliation) and not _is_plural(root)):
            # "a spokesman", "an agency spokesman": for the body named in this sentence or just before.
            named = _body_in_sentence(span)
            if named:
                affiliation = named
                info.descriptors["affiliation"] = affiliation
        # "a spokesman for a second insurer": an unnamed body's spokesman is anonymous; so are
        # "prison union representatives", whose body has no name.
        indefinite = affiliation is not None and regex.match(r"(?i)(?:a|an|another|one|some)\s", doc_text(span.doc)[affiliation[0]:affiliation[1]])
        if spokes and affiliation and not has_unnamed_adj and not indefinite and not _common_body(span.doc, affiliation):
            info.type, info.anonymous = "organization", False
        elif _members_of_named(root) and not has_unnamed_adj:
            # "The nurses, members of Nurses for Safer Wards": a named body's members speak for it.
            info.type, info.anonymous = "organization", False
    if info.anonymous and info.type == "unnamed":
        role = _role(span)
        if role:
            info.descriptors["role"] = role
        count, count_span = _count(span)
        conjuncts = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if conjuncts and count is not None:
            count = count + len(conjuncts)
        info.count = count
        if count_span:
            info.descriptors["count"] = count_span
    elif not info.anonymous:
        info.descriptors = {}
    info.key = _key(span, info)
    return info


def gender_of(span: Span) -> str | None:
    """Return "male" or "female" when the mention marks it (an honorific, a role word, a given name
    the name list knows), else None."""
    doc = span.doc
    before = [doc[span.start - 1].text] if span.start > 0 and honorific_gender(doc[span.start - 1].text) else []
    return gender_of_words(before + [t.text for t in span if not t.is_punct])


def _initials(span: Span) -> str:
    """Return the capitals of a name's words ("International Atomic Energy Agency" -> "IAEA")."""
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in ("the", "of", "for", "and", "on", "in"))


def _names_body(doc: Doc, chars: tuple[int, int]) -> bool:
    """True when the characters hold a proper name ("the maritime data firm Seatrace")."""
    part = doc.char_span(*chars, alignment_mode="expand")
    # A sentence's capitalised first word is a name only when the recognizer says so ("Prison union
    # representatives said": "Prison" is no name).
    return part is not None and any(t.ent_type_ in _NAMED_ENTS or t.pos_ == "PROPN" and t.i != t.sent.start for t in part)


def _named_office(span: Span) -> bool:
    """True for one office holder of a named body: "Lestonia's interior minister", "the
    president of the commission" is not (no name), "a minister" is not (not one office)."""
    root = span.root
    if root.tag_ != "NN":
        return False
    title = " ".join(t.lower_ for t in span if t.i <= root.i and t.dep_ in ("compound", "amod") and t.head.i == root.i)
    title = f"{title} {root.lower_}".strip()
    lex = _lex()
    # "chief medical examiner", "top prosecutor": a title only one person holds at a time.
    unique = any(t.lower_ in ("chief", "top", "head") and t.head.i == root.i and t.i < root.i for t in span) \
        and root.lemma_.lower() not in lex["org_nouns"]
    if title not in lex["offices"] and root.lower_ not in lex["offices"] and not unique:
        return False
    first = _content_tokens(span)[0]
    if first.lower_ in ("a", "an", "one", "another", "some", "any"):
        return False
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or o.ent_type_ in _NAMED_ENTS for o in owners)


def _definite(span: Span) -> bool:
    first = _content_tokens(span)[0].lower_ if _content_tokens(span) else ""
    return first in ("the", "its", "their", "his", "her", "our") or first.endswith(("'s", "’s"))


def _capitalised_common(root: Token) -> bool:
    """A capitalised first word the tagger read as a name ("Fishermen in the towns say"), not a
    name of several capitalised words ("Calder Parents for Choice")."""
    if sum(1 for t in root.subtree if t.text[:1].isupper()) >= 2:
        return False
    return root.ent_type_ == "" and root.i == root.sent.start and root.tag_ in ("NNPS", "NNS") or (
        root.ent_type_ == "" and root.i == root.sent.start and root.lemma_.lower() != root.text.lower())


def _body_in_sentence(span: Span) -> tuple[int, int] | None:
    """Return the named body a bare "a spokesman" speaks for: an organization earlier in the
    sentence, else in the sentence just before ("Customs and Border Protection tracks seizures.
    ..., an agency spokesman told us.")."""
    sent = span.sent
    for ent in sent.ents:
        if ent.label_ == "ORG" and ent.end <= span.start:
            return ent.start_char, ent.end_char
    if sent.start > 0:
        before = span.doc[sent.start - 1].sent
        orgs = [e for e in before.ents if e.label_ == "ORG"]
        if orgs:
            return orgs[0].start_char, orgs[0].end_char
    return None


def _common_body(doc: Doc, chars: tuple[int, int]) -> bool:
    """True when a body is named only by common nouns ("union", "agency"), with no name and no
    "the" or possessive that points at one body ("the ministry’s")."""
    part = doc.char_span(*chars, alignment_mode="expand")
    if part is None or _names_body(doc, chars):
        return False
    return not any(t.lower_ in ("the", "its", "their") or t.dep_ == "poss" or t.tag_ == "POS" for t in part)


def _members_of_named(root: Token) -> bool:
    """True for members of a named body speaking as it: "members of Nurses for Safer Wards",
    "the nurses, members of ..."; not a counted few ("two members of the committee")."""
    heads = [root] + [c for c in root.children if c.dep_ == "appos"]
    for head in heads:
        if head.lemma_.lower() != "member" or any(c.like_num or c.lower_ in _INDEFINITE for c in head.lefts):
            continue
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in prep.subtree):
                    return True
    return False


def _key(span: Span, info: SourceInfo) -> str:
    """A grouping key: named sources by their words, anonymous ones by where they are mentioned."""
    if info.anonymous:
        return f"@{span.start_char}"
    words_ = [t.lower_ for t in _content_tokens(span) if t.lower_ not in ("the", "a", "an", "'s", "’s")]
    if info.type == "person":
        names = [t.lower_ for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if names:
            return "person:" + names[-1]
    root = span.root
    compounds = [t.lower_ for t in root.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [root.lower_]
    return f"{info.type}:" + " ".join(compounds if len(compounds) > 1 else words_)


def _anaphor_kind(span: Span, surnames: frozenset[str] = frozenset()) -> str | None:
    """Return how a mention points back ("pronoun", "partitive", "definite", "definite_named",
    "short_name", "definite_document", "surname", "bare_plural"), or None for a full mention."""
    tokens = _content_tokens(span)
    if not tokens:
        return None
    root = span.root
    lex = _lex()
    if len(tokens) == 1 and root.lower_ in _PERSONAL:
        return "pronoun"
    if _partitive_group(span):
        return "partitive"
    first = tokens[0].lower_
    if len(tokens) == 1 and root.text[:1].isupper() and root.lower_ in surnames:
        return "surname"  # "Doctor asserts" after "analyst Ken Doctor"; "TRUMP:" after "Donald Trump"
    if first in _POSSESSIVE_DETS and root.pos_ == "NOUN" and root.lemma_.lower() in lex["roles"] and len(tokens) <= 4:
        if not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in tokens):
            return "definite"
        return "definite_named"
    if first == "the" and len(tokens) == 2 and tokens[1].pos_ == "PROPN" and name_token(span) is None or (
            len(tokens) == 1 and root.text.isupper() and 2 <= len(root.text) <= 6):
        return "short_name"  # "The Post", "the IAEA", "WJC"
    if first == "the" and root.lemma_.lower() in lex["documents"] and len(tokens) <= 4 and root.tag_ == "NN":
        return "definite_document"  # "the 48-page report" after "a confidential report by ..."
    if name_token(span) is not None:
        return "surname"  # "Moreland" after "Rep. Curtis Moreland", "the 14th-ranked Schwartzman"
    if first in _DEFINITE_DETS and root.pos_ == "NOUN" and len(tokens) <= 4 and not any(
            t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in tokens):
        return "definite"  # "the official", "the authors", "the company", "the judge"
    if len(tokens) == 1 and root.tag_ == "NNS":
        return "bare_plural"  # "researchers" after "researchers at Northgate Labs"
    return None


@dataclass
class _Mention:
    span: Span
    info: SourceInfo


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
_WINDOW = 1500  # how far back (in characters) an anaphor looks for its antecedent


def _main_subject(tok: Token) -> bool:
    """True for the subject of a sentence's main clause (or of a clause coordinated with it), not
    of a clause inside it ("Figgins declined to say whether Thomas slept": Figgins, not Thomas)."""
    if tok.dep_ not in _SUBJECTS and not (tok.dep_ in ("compound", "appos") and tok.head.dep_ in _SUBJECTS):
        return False
    subject = tok if tok.dep_ in _SUBJECTS else tok.head
    verb = subject.head
    for _ in range(6):
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return True
        if verb.dep_ not in ("conj", "parataxis"):
            return False
        verb = verb.head
    return False


def name_token(span: Span) -> Token | None:
    """Return the one-word name a mention is ("Alvarez", "the 14th-ranked Schwartzman", "Mayer,
    Disney’s chairman"), or None when it has no name or a name of several words."""
    root = span.root
    if not root.text[:1].isupper() or root.like_num or root.lower_ in _PERSONAL:
        return None
    lex = _lex()
    common = lex["roles"] | lex["org_nouns"] | lex["media_nouns"] | lex["documents"] | lex["vague"]
    if root.lower_ in common or root.lemma_.lower() in common or root.text.isupper():
        return None
    first_word = next((t for t in root.sent if not (t.is_punct or t.is_space)), root)
    named = root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG")
    if not named and first_word.i == root.i:
        return None  # "Fishermen said": a capitalised first word is not a name
    titles = person_titles()
    for t in span:
        if t.i != root.i and t.pos_ == "PROPN" and t.head.i == root.i and t.dep_ in ("compound", "flat") \
                and t.lower_.rstrip(".") not in titles:
            return None  # a name of several words ("Rosa Alvarez")
    return root


class Resolver:
    """Walks mentions in text order and resolves each anaphor to an earlier full mention.

    Besides the sources met so far, it keeps the article's people (named entities, with their
    first full mention by surname) so that a pronoun or a surname finds the person it stands for
    even when that person was not quoted before.
    """

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.history: list[_Mention] = []
        self._quoted = sorted(quoted or [])
        self._quote_starts = [s for s, _ in self._quoted]
        # Not a name that modifies a noun ("a Kurier reporter") or an outlet NER took for a person.
        self._persons = [e for e in doc.ents if (e.label_ == "PERSON" or person_by_name(e)) and not names_outlet(e.root)
                         and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")]
        people = {(e.start, e.end) for e in self._persons}
        self._orgs = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP") and (e.start, e.end) not in people]
        self.surnames = frozenset(filter(None, (self._surname(e) for e in self._persons if _name_words(e) > 1)))
        self._learned_gender: dict[str, str] = {}  # surname -> gender a pronoun showed
        self._people = self._persons + self._surnames_alone()
        self._people.sort(key=lambda e: e.start_char)

    def _surnames_alone(self) -> list[Span]:
        """Return the surnames the entity recognizer missed ("Meroni, wearing a gray suit, read"
        after "Paul Meroni"): a proper noun that is the surname of a person named before it."""
        known: dict[str, int] = {}
        for ent in self._persons:
            surname = self._surname(ent)
            if surname and len(ent) > 1:
                known.setdefault(surname, ent.end_char)
        if not known:
            return []
        covered = {t.i for e in self._persons for t in e}
        found = []
        for tok in self.doc:
            if tok.i in covered or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            low = tok.lower_.removesuffix("’s").removesuffix("'s")
            if known.get(low, len(self.doc.text)) <= tok.idx:
                found.append(self.doc[tok.i:tok.i + 1])
        return found

    # --- the article's people -------------------------------------------------------------

    def _in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, char) - 1
        return k >= 0 and self._quoted[k][0] <= char < self._quoted[k][1]

    def _surname(self, span: Span) -> str | None:
        return surname_key([t.text for t in span if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.text[:1].isupper()])

    def _full_mention(self, surname: str, before: int) -> Span | None:
        """Return the first mention of the person with this surname that gives more than the
        surname ("Police Chief Rosa Alvarez"), before character ``before``, or None."""
        best: Span | None = None
        for m in self.history:
            if m.info.type == "person" and not m.info.anonymous and m.span.start_char < before:
                first = self.doc.char_span(*(m.info.resolved or m.info.mention), alignment_mode="expand")
                if first is not None and self._surname(first) == surname and _name_words(first) > 1:
                    if best is None or first.start_char < best.start_char:
                        best = first
        for ent in self._persons:
            if ent.start_char >= before or (best is not None and ent.start_char >= best.start_char):
                continue
            if len(ent) > 1 and self._surname(ent) == surname:
                best = _with_title(ent)
                break
        return best

    def _gender_of_person(self, span: Span, info: SourceInfo | None = None) -> str | None:
        first = None
        if info is not None and info.resolved is not None:
            first = self.doc.char_span(*info.resolved, alignment_mode="expand")
        gender = gender_of(first) if first is not None else None
        gender = gender or gender_of(span)
        if gender is None:
            surname = self._surname(first if first is not None else span)
            gender = self._learned_gender.get(surname or "")
        return gender

    def _person_antecedent(self, span: Span, avoid: str | None, reach: int = 5) -> _Mention | None:
        """Return the person a "he" or "she" stands for: the subject or source of the nearest
        sentence that has one (this sentence before the pronoun first), of a compatible gender;
        people inside quotations and in clauses inside a sentence count only when no subject does."""
        doc = self.doc
        sentences = [span.sent]
        while len(sentences) < reach and sentences[-1].start > 0:
            previous = doc[sentences[-1].start - 1].sent
            if span.start_char - previous.end_char > _WINDOW:
                break
            sentences.append(previous)
        sources = {(m.span.start_char, m.span.end_char): m for m in self.history
                   if not m.info.plural and (m.info.type == "person" or _person_head(m.span))}
        for k, sent in enumerate(sentences):
            limit = span.start_char if k == 0 else sent.end_char
            found: list[tuple[bool, int, _Mention]] = []
            for key, m in sources.items():
                if sent.start_char <= key[0] and key[1] <= limit and m.span.start_char != span.start_char:
                    found.append((True, key[0], m))
            for ent in self._people:
                if sent.start_char <= ent.start_char and ent.end_char <= limit and not self._in_quote(ent.start_char) \
                        and not any(key[0] <= ent.start_char < key[1] for key in sources):
                    found.append((_main_subject(ent.root), ent.start_char, self._named_person(ent)))
            found = [f for f in found if avoid is None or self._gender_of_person(f[2].span, f[2].info) != avoid]
            if found:
                # The nearest sentence with a person decides; its subject or source first.
                salient = [f for f in found if f[0]]
                return (max(salient, key=lambda f: f[1]) if salient else min(found, key=lambda f: f[1]))[2]
        return None

    def _named_person(self, ent: Span) -> _Mention:
        """Return a mention of a person entity, with its first full mention as ``resolved``."""
        ent = _with_title(ent)
        info = describe(ent)
        info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
        surname = self._surname(ent)
        full = self._full_mention(surname, ent.start_char) if surname else None
        if full is not None and full.start_char < ent.start_char:
            info.resolved = (full.start_char, full.end_char)
        if surname:
            info.key = "person:" + surname
        return _Mention(ent, info)

    # --- resolving -------------------------------------------------------------------------

    def resolve(self, span: Span) -> SourceInfo:
        """Return the SourceInfo of a mention, resolving it when it is an anaphor."""
        kind = _anaphor_kind(span, self.surnames)
        target: _Mention | None = None
        if kind is not None:
            target = self._find(span, kind)
        if target is None:
            if kind == "pronoun":
                info = self._pronoun_fallback(span)
            else:
                info = describe(span)
                self._first_full_of_person(span, info)
            self.history.append(_Mention(span, info))
            return info
        base = target.info
        first = base.resolved or base.mention
        info = SourceInfo(
            (span.start_char, span.end_char), base.type, base.anonymous, base.vague, first, base.count,
            dict(base.descriptors), base.anonymity_reason, base.key, base.plural,
        )
        if kind == "pronoun" and span.root.lower_ in ("he", "she", "him", "her") and info.type == "person":
            first_span = self.doc.char_span(*first, alignment_mode="expand")
            surname = self._surname(first_span) if first_span is not None else None
            if surname and surname not in self._learned_gender:
                self._learned_gender[surname] = "male" if span.root.lower_ in ("he", "him") else "female"
        self.history.append(_Mention(span, info))
        return info

    def _first_full_of_person(self, span: Span, info: SourceInfo) -> None:
        """A named person met again with a shorter name ("Sheldon Richardson" after "Browns DL
        Sheldon Richardson") resolves to the first full mention."""
        if info.type != "person" or info.anonymous:
            return
        surname = self._surname(span)
        if not surname:
            return
        info.key = "person:" + surname
        full = self._full_mention(surname, span.start_char)
        if full is not None and full.start_char < span.start_char and not (
                full.start_char <= span.start_char < full.end_char):
            info.resolved = (full.start_char, full.end_char)

    def _before(self, span: Span) -> list[_Mention]:
        return [m for m in self.history if m.span.start_char < span.start_char or m.span.end_char <= span.start_char]

    def _find(self, span: Span, kind: str) -> _Mention | None:
        root = span.root
        plural = _is_plural(root)
        candidates = list(reversed(self._before(span)))
        if kind == "partitive":
            for m in candidates:
                if m.info.plural and m.info.type in ("unnamed", "organization", "media"):
                    return m
            return None
        if kind == "pronoun":
            return self._find_pronoun(span, candidates)
        if kind == "surname":
            return self._find_surname(span, candidates)
        if kind == "definite":
            return self._find_definite(span, candidates, plural)
        if kind == "definite_document":
            issuer = self._issuer(span, candidates)
            if issuer is not None:
                return issuer
            for m in candidates:
                if span.start_char - m.span.end_char > 3000:
                    break
                if m.info.type == "document" and not m.info.plural and m.span.root.lemma_.lower() != "statement":
                    return m
            return None
        if kind == "bare_plural":
            return self._same_head(span, candidates, plural, longer=True)
        if kind == "definite_named":
            # "the US official" after "a US official and a State Department official".
            words_ = " ".join(t.lower_ for t in _content_tokens(span)[1:])
            for m in candidates:
                if words_ in " ".join(t.lower_ for t in m.span):
                    return m
            return None
        last = _content_tokens(span)[-1]
        name = last.lower_
        acronym = last.text if last.text.isupper() and 2 <= len(last.text) <= 6 else None
        for m in candidates:
            if (any(t.lower_ == name for t in m.span) or acronym and _initials(m.span) == acronym) \
                    and len(_content_tokens(m.span)) > 2:
                return m
        for ent in reversed([e for e in self._orgs if e.end_char <= span.start_char]):
            if len(ent) > 1 and (any(t.lower_ == name for t in ent) or acronym and _initials(ent) == acronym):
                info = describe(ent)
                return _Mention(ent, info)
        return None

    def _issuer(self, span: Span, candidates: list[_Mention]) -> _Mention | None:
        """Return who issued "the statement" ("The army said in a statement that ... The statement
        said ..."): the speaker of the nearest earlier cue that names a statement of that kind."""
        lemma = span.root.lemma_.lower()
        if lemma not in _speech_nouns():
            return None
        doc = self.doc
        for tok in reversed(doc[max(0, span.start - 400):span.start]):
            if span.start_char - tok.idx > _WINDOW:
                break
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
            if verb is None or verb.pos_ != "VERB":
                continue
            speaker, _ = subject_of(verb)
            if speaker is None:
                continue
            for m in candidates:
                if _overlap((m.span.start_char, m.span.end_char), (speaker.start_char, speaker.end_char)):
                    return m
            info = describe(speaker)
            return _Mention(speaker, info)
        return None

    def _find_pronoun(self, span: Span, candidates: list[_Mention]) -> _Mention | None:
        low = span.root.lower_
        other = {"he": "female", "him": "female", "she": "male", "her": "male"}.get(low)
        if low in _PERSON_PRONOUNS:
            if low != "i":
                return self._person_antecedent(span, other)
            for m in candidates:
                if not m.info.plural and m.info.type in ("person", "unnamed"):
                    return m
            return None
        for m in candidates:
            if m.span.start_char < span.start_char - 3 * _WINDOW:
                break
            if low in ("they", "we") and (m.info.plural or m.info.type in ("organization", "media")):
                return m
            if low == "it" and m.info.type in ("organization", "media", "document") and not m.info.plural:
                return m
        return None

    def _find_surname(self, span: Span, candidates: list[_Mention]) -> _Mention | None:
        """A surname ("Alvarez", "the 14th-ranked Schwartzman") stands for the person of that
        surname named before, as a source or not."""
        surname = self._surname(span)
        if not surname:
            return None
        for m in candidates:
            if m.info.type == "person" and not m.info.anonymous and m.info.key == "person:" + surname:
                return m
        full = self._full_mention(surname, span.start_char)
        if full is None:
            return None
        info = describe(full)
        info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
        info.key = "person:" + surname
        return _Mention(full, info)

    def _find_definite(self, span: Span, candidates: list[_Mention], plural: bool) -> _Mention | None:
        """A definite description ("the official", "the authors", "the brokerage", "the judge"):
        an earlier source with the same head noun; else, for a body, the nearest named body of its
        kind; else a named person with that title; else the indefinite mention that introduced it."""
        root = span.root
        lemma = root.lemma_.lower()
        lex = _lex()
        if lemma == "source":
            for m in candidates:
                if m.info.anonymous and m.info.type == "unnamed" and m.info.plural == plural:
                    return m
            return None
        same = self._same_head(span, candidates, plural)
        if same is not None:
            return same
        if len(_content_tokens(span)) == 2 and (lemma in _generic_bodies() or lemma in _outlet_nouns()):
            return self._named_body(span, candidates, plural)
        if root.tag_ == "NN":
            titled = self._titled_person(span)
            if titled is not None:
                return titled
        if lemma in lex["roles"] or lemma in person_titles():
            introduced = self._introduced(span)
            if introduced is not None:
                return introduced
        if root.tag_ == "NN" and _detailed(span) and lemma not in lex["spokes"] and lemma not in ("source", "official"):
            return self._recent_person(span)
        return None

    def _same_head(self, span: Span, candidates: list[_Mention], plural: bool, longer: bool = False) -> _Mention | None:
        """Return the nearest earlier source whose head noun is the mention's ("the authors" after
        "the authors of the research"), or a named person whose title it is ("President Hallworth")."""
        root = span.root
        lemma, word = root.lemma_.lower(), root.lower_
        for m in candidates:
            if span.start_char - m.span.end_char > _WINDOW * 2:
                break
            head = m.span.root
            same = head.lemma_.lower() == lemma or any(
                t.lower_ == word and t.head.i == head.i and head.pos_ == "PROPN" for t in m.span)
            if same and m.info.plural == plural and (not longer or len(_content_tokens(m.span)) > len(_content_tokens(span))):
                return m
        return None

    def _named_body(self, span: Span, candidates: list[_Mention], plural: bool) -> _Mention | None:
        """Return the named body "the company", "the utility" or "the newspaper" stands for: the
        nearest earlier named source of its kind, else the nearest organization the article names."""
        lex = _lex()
        lemma = span.root.lemma_.lower()
        media = lemma in lex["media_nouns"] or lemma in _outlet_nouns()
        kinds = ("media",) if media else ("organization", "media")
        for m in candidates:
            if span.start_char - m.span.end_char > _WINDOW * 2:
                break
            introduced = any(t.dep_ == "appos" and t.lemma_.lower() == lemma for t in m.span.root.subtree)
            # A name's grammatical number says nothing ("Kotak Institutional Equities" is one firm).
            same_number = m.info.plural == plural or m.span.root.pos_ == "PROPN"
            if introduced or m.info.type in kinds and not m.info.anonymous and same_number:
                return m
        if plural or media:
            return None
        for ent in reversed(self._orgs):
            if ent.end_char > span.start_char or self._in_quote(ent.start_char):
                continue
            if span.start_char - ent.end_char > _WINDOW:
                break
            if ent.label_ == "ORG" and not _outlet_name(ent) and not names_outlet(ent.root):
                info = describe(ent)
                if info.type == "organization" and not info.anonymous:
                    return _Mention(ent, info)
        return None

    def _titled_person(self, span: Span) -> _Mention | None:
        """Return the named person "the judge" or "the governor" stands for: one with that title
        ("Judge Helen Marsh", "Gov. Jane Ruiz") or described so in apposition ("Eyamba Sowers, a
        real estate agent")."""
        word = span.root.lower_
        for ent in reversed([e for e in self._people if e.end_char <= span.start_char]):
            if span.start_char - ent.end_char > _WINDOW:
                break
            titled = _with_title(ent)
            before = ent.doc[max(titled.start - 1, 0):titled.end]
            if any(_title_word(t) == word for t in before) or _described_as(ent, span.root.lemma_.lower()):
                chosen = titled
                info = describe(chosen)
                info.type, info.anonymous, info.descriptors, info.vague = "person", False, {}, False
                surname = self._surname(ent)
                if surname:
                    info.key = "person:" + surname
                    full = self._full_mention(surname, chosen.start_char)
                    if full is not None and full.start_char < chosen.start_char:
                        info.resolved = (full.start_char, full.end_char)
                return _Mention(chosen, info)
        return None

    def _recent_person(self, span: Span) -> _Mention | None:
        """Return the person a description with details ("the real estate agent", "the 62-year-old")
        re-mentions: the subject or source of this sentence or the one before, as for a pronoun."""
        gender = gender_of(span)
        avoid = {"male": "female", "female": "male"}.get(gender or "")
        found = self._person_antecedent(span, avoid, reach=2)
        if found is None or found.info.anonymous:
            return None
        return found

    def _introduced(self, span: Span) -> _Mention | None:
        """Return the indefinite mention that introduced "the official" when it has not spoken
        before ("a senior security official, who requested anonymity ..., painted a bleaker picture")."""
        root = span.root
        lemma = root.lemma_.lower()
        for chunk in reversed([c for c in self.doc.noun_chunks if c.end_char <= span.start_char]):
            if span.start_char - chunk.end_char > _WINDOW:
                break
            first = _content_tokens(chunk)[0].lower_ if _content_tokens(chunk) else ""
            if chunk.root.lemma_.lower() == lemma and first in _INDEFINITE and _is_plural(chunk.root) == _is_plural(root):
                info = describe(chunk)
                if info.anonymous:
                    info.anonymity_reason = anonymity_reason(self.doc, info.mention, None)
                return _Mention(chunk, info)
        return None

    def _pronoun_fallback(self, span: Span) -> SourceInfo:
        """A pronoun no earlier source fits: take the nearest earlier named person or body."""
        low = span.root.lower_
        pool = self._persons if low in _PERSON_PRONOUNS else self._orgs
        other = {"he": "female", "him": "female", "she": "male", "her": "male"}.get(low)
        before = [e for e in pool if e.end_char <= span.start_char and span.start_char - e.end_char < 2000
                  and (other is None or gender_of(e) != other)]
        plural = low in ("they", "we")
        if before:
            ent = before[-1]
            info = describe(ent)
            if ent.label_ == "PERSON":
                info.type, info.anonymous = "person", False
            info.resolved = (ent.start_char, ent.end_char)
            info.mention = (span.start_char, span.end_char)
            info.plural = plural
            return info
        return SourceInfo((span.start_char, span.end_char), "person" if not plural else "unnamed",
                          plural, False, None, None, {}, None, f"@{span.start_char}", plural)


def _detailed(span: Span) -> bool:
    """True for a description that says more than its noun ("the real estate agent", "the
    62-year-old father"), as a re-mention does; "the official" says nothing more."""
    return any(t.dep_ in ("compound", "amod", "nummod") and t.head.i == span.root.i for t in span)


def _title_word(tok: Token) -> str:
    """Return the word a title stands for: "Gov." -> "governor", "Sen." -> "senator"."""
    low = tok.lower_
    return _title_abbreviations().get(low, low)


@functools.cache
def _title_abbreviations() -> dict[str, str]:
    return {k.lower(): v for k, v in load("names")["titles"]["abbreviations"].items()}


def _described_as(ent: Span, lemma: str) -> bool:
    """True when a person is described with the noun in apposition ("Eyamba Sowers, a real estate
    agent,") or as the noun of the sentence's copula ("Sowers is a real estate agent")."""
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    if root.dep_ == "nsubj":
        described += [c for c in root.head.children if c.dep_ == "attr" and root.head.lemma_ == "be"]
    return any(d.lemma_.lower() == lemma for d in described)


def _name_words(span: Span) -> int:
    """Return how many words of a person's mention are the name (not titles): 2 for "Dr. Owen Dempsey"."""
    titles = person_titles()
    return sum(1 for t in span if (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and t.lower_.rstrip(".") not in titles)


def _with_title(ent: Span) -> Span:
    """Return a person entity with the titles and descriptions before it that modify it
    ("Police Chief Rosa Alvarez", "Walt Disney Co. executive Kevin Mayer")."""
    root = ent.root
    start = ent.start
    for t in root.lefts:
        if t.i < start and t.dep_ in ("compound", "amod", "nmod", "det", "poss", "nummod"):
            start = min(start, t.left_edge.i)
    return ent.doc[start:ent.end]


def _person_head(span: Span) -> bool:
    """True when the mention's head is a word for a person ("doctor", "official", "spokesman")."""
    lemma = span.root.lemma_.lower()
    return lemma in _lex()["roles"] or lemma in person_titles()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@functools.cache
def _speech_nouns() -> frozenset[str]:
    return words("verbs", "speech_nouns", "words") | frozenset({"letter", "release", "email"})


@functools.cache
def _generic_bodies() -> frozenset[str]:
    """Nouns that re-mention a body named before ("the company", "the utility", "the brokerage")."""
    return words("organizations", "generic") | _GENERIC_BODIES


@functools.cache
def _outlet_nouns() -> frozenset[str]:
    return words("media", "names", "outlet_nouns")


def anonymity_reason(doc: Doc, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the span that says why a source was granted anonymity, from the source's sentence."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return None
    sentences = {span.sent.start_char: span.sent}
    if cue is not None:
        cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if cue_span is not None:
            sentences.setdefault(cue_span.sent.start_char, cue_span.sent)
    ordered = sorted(sentences.values(), key=lambda s: s.start_char)
    # "They requested anonymity for fear of retaliation.": the next sentence may give the reason.
    last = ordered[-1]
    if last.end < len(doc):
        following = doc[last.end].sent
        first = next((t for t in following if not t.is_space), None)
        if first is not None and (first.pos_ == "PRON" or first.lower_ == "the" or first.like_num):
            ordered.append(following)
    for sent in ordered:
        found = reason_in(doc_text(doc), sent.start_char, sent.end_char)
        if found is not None:
            return found
    return None


_REASON_STOP = regex.compile(r"[,;.:](?:\s|$)|[—–]|(?<!\s)\s+(?:and|but) (?:said|told|added)\b")


def reason_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the first span in ``text[start:end]`` (a sentence) that says why a source is anonymous, or None.

    The span runs from the reason's first word to the end of its clause ("who was not authorized to
    speak publicly", "because the talks are confidential").
    """
    match = _lex()["reason"].search(text, start, end)
    if not match:
        return None
    stop = _REASON_STOP.search(text, match.end(), end)
    stop_at = stop.start() if stop else end
    while stop_at > match.start() and text[stop_at - 1] in " \n.,;":
        stop_at -= 1
    return match.start(), stop_at


def resolve_all(doc: Doc, assembled: list[Assembled], quoted: list[tuple[int, int]] | None = None) -> list[SourceInfo | None]:
    """Return one SourceInfo per assembled attribution (None where it has no source).

    ``quoted``: the character ranges inside quotation marks, whose people are not antecedents
    of the speaker's "he" or "she".
    """
    resolver = Resolver(doc, quoted)
    infos: list[SourceInfo | None] = []
    by_mention: dict[tuple[int, int], SourceInfo] = {}
    order = sorted(range(len(assembled)), key=lambda i: assembled[i].source.start_char if assembled[i].source is not None else -1)
    result: dict[int, SourceInfo | None] = {}
    for i in order:
        a = assembled[i]
        if a.source is None:
            result[i] = None
            continue
        key = (a.source.start_char, a.source.end_char)
        if key in by_mention:
            result[i] = by_mention[key]
            continue
        info = resolver.resolve(a.source)
        if info.anonymous:
            reason = anonymity_reason(doc, info.mention, a.cue)
            if reason is None and info.resolved is not None:
                reason = info.anonymity_reason
            info.anonymity_reason = reason
        by_mention[key] = info
        result[i] = info
    # A headline's "…, sources say" or "… -sources" names the story's first anonymous group.
    first_line = doc.text.find("\n") if "\n" in doc.text else len(doc.text)
    if first_line > 200:
        first_line = 0  # a lede paragraph, not a headline
    headline_credits = {(a.source.start_char, a.source.end_char) for a in assembled
                        if a.source is not None and (a.rule == "headline_credit" or a.source.end_char <= first_line)}
    _resolve_bare_forward(doc, list(by_mention.values()), headline_credits)
    _name_described_later(doc, list(by_mention.values()))
    share_reasons(list(by_mention.values()))
    for i in range(len(assembled)):
        infos.append(result[i])
    return infos


def _resolve_bare_forward(doc: Doc, infos: list[SourceInfo], headline_credits: set[tuple[int, int]]) -> None:
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
        span = doc.char_span(*info.mention, alignment_mode="expand")
        if span is None or len(_content_tokens(span)) != 1:
            continue
        lemma = span.root.lemma_.lower()
        window = [later for later in ordered[k + 1:] if later.mention[0] - info.mention[1] <= 2000 and later.resolved is None]
        fuller = [(later, doc.char_span(*later.mention, alignment_mode="expand")) for later in window]
        fuller = [(later, other) for later, other in fuller if other is not None and len(_content_tokens(other)) > 1]
        # The same noun first ("researchers" -> "researchers at Northgate Labs"), else, for a
        # headline's credit, the first anonymous group.
        target = next((later for later, other in fuller if other.root.lemma_.lower() == lemma), None)
        if target is None and credit:
            target = next((later for later, _ in fuller if later.anonymous and later.plural == info.plural), None)
        if target is not None:
            info.resolved, info.key, info.count = target.mention, target.key, target.count
            info.type, info.anonymous, info.vague = target.type, target.anonymous, target.vague
            info.descriptors = dict(target.descriptors) if target.anonymous else {}


def _name_described_later(doc: Doc, infos: list[SourceInfo]) -> None:
    """A person described first and named later is that named person: "A state transit chief says
    ..." above "Interim Transit Police Chief Dana Reyes told reporters ..."; "a Navy officer who
    called the order “unlawful”" above "The officer, Lt. Cmdr. Ellis Varga, said ...".

    Only a singular, indefinite description with no word of anonymity and no reason for it, and
    only when exactly one person who speaks later in the article carries its role noun as a title
    or in apposition.
    """
    ordered = sorted(infos, key=lambda x: x.mention)
    speakers = [x for x in ordered if x.type == "person" and not x.anonymous]
    adjectives = _lex()["adjectives"]
    for info in ordered:
        if not (info.anonymous and info.type == "unnamed" and not info.plural and info.resolved is None
                and info.anonymity_reason is None and "knowledge" not in info.descriptors):
            continue
        span = doc.char_span(*info.mention, alignment_mode="expand")
        if span is None or not _content_tokens(span) or _content_tokens(span)[0].lower_ not in ("a", "an") \
                or any(t.lower_ in adjectives for t in span):
            continue
        role = span.root.lemma_.lower()
        if role not in _lex()["roles"] and role not in person_titles():
            continue
        named = {}
        for later in speakers:
            first = doc.char_span(*(later.resolved or later.mention), alignment_mode="expand")
            if later.mention[0] > info.mention[1] and first is not None and _titled_as(first, role):
                named.setdefault(later.key, later)
        if len(named) != 1:
            continue
        person = next(iter(named.values()))
        anaphors = [x for x in infos if x.resolved == info.mention]
        for x in [info, *anaphors]:
            x.type, x.anonymous, x.vague, x.descriptors, x.count = "person", False, False, {}, None
            x.resolved, x.key = person.resolved or person.mention, person.key


def _titled_as(name: Span, role: str) -> bool:
    """True when a person's mention carries ``role`` as a title ("Police Chief Dana Reyes") or in
    apposition ("The officer, Lt. Cmdr. Ellis Varga"; "Dana Reyes, the transit chief")."""
    root = name.root
    if any(t.lemma_.lower() == role and t.i < root.i for t in name):
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() == role:
        return True
    if root.lemma_.lower() == role and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children):
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() == role for c in root.children)


def share_reasons(infos: list[SourceInfo]) -> None:
    """A reason for anonymity given at one mention of a source holds for all its mentions."""
    reasons: dict[str, tuple[int, int]] = {}
    for info in sorted(infos, key=lambda x: x.mention):
        if info.anonymous and info.anonymity_reason is not None:
            reasons.setdefault(info.key, info.anonymity_reason)
    for info in infos:
        if info.anonymous and info.anonymity_reason is None and info.key in reasons:
            info.anonymity_reason = reasons[info.key]
