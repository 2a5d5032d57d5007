"""Step 4, full path: what a full source mention is, read from its parse.

``describe`` gives the type (person, organization, media, document, unnamed), named or anonymous,
and the descriptors of an anonymous source (count, role, affiliation, knowledge) from the
mention's tokens, their tags, entities and dependencies.
"""

from __future__ import annotations

import bisect

import regex
from spacy.tokens import Doc, Span, Token

from ..lexicon import words
from ..lexicon.people import gender_of_words, honorific_gender, is_given_name, name_parts
from ..link.parse import names_outlet
from ..parse.pipeline import doc_text
from .info import INDEFINITE as _INDEFINITE, NAMED_ENTS as _NAMED_ENTS, SourceInfo, org_names_lower, people_of_a_nation, lex as _lex

_AFFILIATION_PREPS = words("grammar", "prepositions", "affiliation")


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
        # Not a compound on a role noun: "A Clinton campaign official" is an unnamed official.
        if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON" and child.pos_ == "PROPN" and not (
                child.dep_ == "compound" and root.pos_ == "NOUN" and child.i < root.i):
            return True
        # "GOP contender and former surgeon Dale Morgan": descriptions coordinated before one name.
        if child.dep_ == "conj" and child.ent_type_ == "PERSON" and child.pos_ == "PROPN" and root.tag_ == "NN" \
                and not any(c.dep_ == "det" for c in root.children):
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
            # "of Dana Reyes's family": a party named by its owner's name counts too.
            if t.ent_type_ in _NAMED_ENTS or t.pos_ == "PROPN" or t.lemma_.lower() in lex["org_nouns"] or any(
                    c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in t.lefts):
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
    elif (root.ent_type_ == "NORP" and root.tag_ in ("NNPS", "NNS") or people_of_a_nation().fullmatch(span.text)) \
            and lemma not in lex["roles"]:
        # "Many Latinos", "low-income Americans": people of a nation or a group, no one identified.
        info.type, info.anonymous, info.vague = "unnamed", True, True
    elif (root.pos_ == "PROPN" and root.ent_type_ in _NAMED_ENTS | {""} and not _capitalised_common(root)
          # "According to Airwatch": a name the tagger took for a common noun, NER for a body.
          or root.ent_type_ == "ORG" and root.text[:1].isupper() and root.i != root.sent.start
          # "Alden on Tuesday announced": a name the tagger took for an adjective, an entity for NER.
          or root.ent_type_ in ("ORG", "GPE") and root.pos_ == "ADJ" and root.text[:1].isupper() and root.dep_ in ("nsubj", "nsubjpass")
          # "Edmunds expects ...": a sentence's first word NER takes for a body, written capitalised elsewhere.
          or root.ent_type_ == "ORG" and root.i == root.sent.start and _capitalised_elsewhere(root)
          ) and not has_unnamed_adj:
        info.type, info.anonymous = "organization", False
    elif root.text in lex["org_names"] or text_lower.removeprefix("the ") in org_names_lower():
        info.type, info.anonymous = "organization", False
    elif lemma in lex["org_nouns"] and lemma not in ("campaign",) and (
            affiliation or any(t.pos_ == "PROPN" for t in span) or _definite(span)) and not _is_plural(root):
        # "the State Department", "Iranian intelligence", "the ministry": one identifiable body.
        info.type, info.anonymous = "organization", False
    elif lemma == "campaign" and not _is_plural(root) and any(
            c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in root.children):
        # "Mr. Lane's campaign", "the Lane campaign": the campaign of a named person speaks for it.
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


def _capitalised_elsewhere(tok: Token) -> bool:
    """True when the article writes the word capitalised where no sentence starts too ("according to
    Edmunds" above "Edmunds expects"): a name, not a common word opening a sentence."""
    key = "attribution.capitalised"  # a list, so that Doc.to_bytes can still serialize user_data
    doc = tok.doc
    if key not in doc.user_data:
        doc.user_data[key] = sorted({_word_key(t.lower_) for t in doc if t.text[:1].isupper() and t.i != t.sent.start
                                     and doc[t.i - 1].text not in ("“", '"', "‘", "(", "[", "\n", "\n\n")})
    found = doc.user_data[key]
    word = _word_key(tok.lower_)
    k = bisect.bisect_left(found, word)
    return k < len(found) and found[k] == word


def _word_key(word: str) -> str:
    """Return a word without a web suffix or possessive: "edmunds.com" and "edmunds’s" -> "edmunds"."""
    return word.split(".")[0].removesuffix("’s").removesuffix("'s")


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
