"""Step 4, full path: mentions and the article read from the spaCy parse.

``describe`` gives the type, anonymity and descriptors of a full mention from its parse;
``ParsedArticle`` gives the resolver what it needs to know of the article (sentences, people,
named bodies, quotations) from the Doc, and builds each mention's ``Mention``.
"""

from __future__ import annotations

import bisect
import functools

import regex
from spacy.tokens import Doc, Span, Token

from ..lexicon.people import gender_of_words, honorific_gender, is_given_name, name_parts, person_titles, surname_key
from ..link.parse import names_outlet, subject_of
from ..nlp import doc_text
from .info import (DEFINITE_DETS, INDEFINITE, NAMED_ENTS as _NAMED_ENTS, PERSONAL as _PERSONAL_WORDS, PRONOUN_GENDER as _PRONOUN_GENDER, SourceInfo,
                   lex as _lex, title_word)
from .mention import Mention
from .reasons import reason_in

_PERSONAL = _PERSONAL_WORDS
_INDEFINITE = INDEFINITE
_AFFILIATION_PREPS = frozenset({"at", "in", "of", "from", "with", "for", "within", "inside"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "csubjpass"})
_WINDOW = 1500


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
          # "Edmunds expects ...": a sentence's first word NER takes for a body, written capitalised elsewhere.
          or root.ent_type_ == "ORG" and root.i == root.sent.start and _capitalised_elsewhere(root)
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


def _detailed(span: Span) -> bool:
    """True for a description that says more than its noun ("the real estate agent", "the
    62-year-old father"), as a re-mention does; "the official" says nothing more."""
    return any(t.dep_ in ("compound", "amod", "nummod") and t.head.i == span.root.i for t in span)


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
    names = [t for t in span if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    leading = 0  # titles before the name ("Dr.", "Police Chief"), not a surname that is a word too ("Doctor")
    while leading < len(names) - 1 and names[leading].lower_.rstrip(".") in titles:
        leading += 1
    return len(names) - leading


def _with_title(ent: Span) -> Span:
    """Return a person entity with the titles and descriptions before it that modify it
    ("Police Chief Rosa Alvarez", "Walt Disney Co. executive Kevin Mayer")."""
    root = ent.root
    start = ent.start
    for t in root.lefts:
        if t.i < start and t.dep_ in ("compound", "amod", "nmod", "det", "poss", "nummod"):
            start = min(start, t.left_edge.i)
    return ent.doc[start:ent.end]


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


def anonymity_reason(doc: Doc, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the span that says why a source was granted anonymity, from the source's sentence,
    its cue's, or the next one when it opens with a pronoun ("They requested anonymity ...")."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return None
    sentences = {span.sent.start_char: span.sent}
    if cue is not None:
        cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        if cue_span is not None:
            sentences.setdefault(cue_span.sent.start_char, cue_span.sent)
    ordered = sorted(sentences.values(), key=lambda s: s.start_char)
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


def _surname(span: Span) -> str | None:
    return surname_key([t.text for t in span if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.text[:1].isupper()])


def parsed_mention(span: Span) -> Mention:
    """Return the Mention of a span of the parse: its words, head, number and names."""
    tokens = _content_tokens(span)
    root = span.root
    return Mention(
        start=span.start_char, end=span.end_char,
        words=tuple(t.text for t in tokens), lower=tuple(t.lower_ for t in tokens),
        all_lower=" ".join(t.lower_ for t in span),
        propn=tuple(t.pos_ == "PROPN" for t in tokens),
        named=tuple(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTS for t in tokens),
        head=root.text, head_lemma=root.lemma_.lower(), head_pos=root.pos_, head_tag=root.tag_,
        plural=_is_plural(root), partitive=_partitive_group(span), name_word=name_token(span) is not None,
        surname=_surname(span), name_words=_name_words(span), initials=_initials(span),
        title_words=frozenset(t.lower_ for t in span if t.head.i == root.i),
        appositive_lemmas=frozenset(t.lemma_.lower() for t in root.subtree if t.dep_ == "appos"),
        gender=_PRONOUN_GENDER.get(span.text.lower()) or gender_of(span), detailed=_detailed(span),
        entity=span.label_ if span.label_ else "", size=len(span),
    )


class ParsedArticle:
    """The resolver's view of a parsed article: its people and bodies from the entity recognizer
    (and the name list), its sentences and clauses from the parser."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self._spans: dict[tuple[int, int], Span] = {}
        self._mentions: dict[tuple[int, int], Mention] = {}
        self._quoted = sorted(quoted or [])
        self._quote_starts = [s for s, _ in self._quoted]
        # Not a name that modifies a noun ("a Kurier reporter") or an outlet NER took for a person.
        persons = [e for e in doc.ents if (e.label_ == "PERSON" or person_by_name(e)) and not names_outlet(e.root)
                   and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")]
        taken = {(e.start, e.end) for e in persons}
        orgs = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP") and (e.start, e.end) not in taken]
        alone = self._surnames_alone(persons)
        self.persons = [self._of(e) for e in persons]
        self.orgs = [self._of(e) for e in orgs]
        self.people = sorted(self.persons + [self._of(t) for t in alone], key=lambda m: m.start)

    def _of(self, span: Span) -> Mention:
        key = (span.start_char, span.end_char)
        found = self._mentions.get(key)
        if found is None or found.entity != (span.label_ or ""):
            found = parsed_mention(span)
            self._mentions[key] = found
            self._spans[key] = span
        return found

    def _span(self, m: Mention) -> Span:
        span = self._spans.get(m.chars)
        if span is None:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            self._spans[m.chars] = span
        return span

    def _surnames_alone(self, persons: list[Span]) -> list[Span]:
        """Return the surnames the entity recognizer missed ("Meroni, wearing a gray suit, read"
        after "Paul Meroni"): a proper noun that is the surname of a person named before it."""
        known: dict[str, int] = {}
        for ent in persons:
            surname = _surname(ent)
            if surname and len(ent) > 1:
                known.setdefault(surname, ent.end_char)
        if not known:
            return []
        covered = {t.i for e in persons for t in e}
        found = []
        for tok in self.doc:
            if tok.i in covered or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            low = tok.lower_.removesuffix("’s").removesuffix("'s")
            if known.get(low, len(self.doc.text)) <= tok.idx:
                found.append(self.doc[tok.i:tok.i + 1])
        return found

    # --- the Article protocol --------------------------------------------------------------

    def mention(self, start: int, end: int) -> Mention:
        """Return the Mention of the characters ``[start, end)`` of the Doc."""
        key = (start, end)
        found = self._mentions.get(key)
        if found is None:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            found = parsed_mention(span)
            self._mentions[key] = found
            self._spans[key] = span
        return found

    def of_span(self, span: Span) -> Mention:
        """Return the Mention of a span of the Doc (a source as the link step found it)."""
        key = (span.start_char, span.end_char)
        self._spans.setdefault(key, span)
        return self.mention(*key)

    def describe(self, m: Mention) -> SourceInfo:
        """Return the description of a full mention, read from its parse."""
        return describe(self._span(m))

    def reason(self, mention: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int] | None:
        """Return why the source at ``mention`` is anonymous, from its sentence, its cue's or the next."""
        return anonymity_reason(self.doc, mention, cue)

    def sentences_back(self, char: int, reach: int) -> list[tuple[int, int]]:
        """Return the sentence holding ``char`` and up to ``reach - 1`` before it, nearest first."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return []
        sentences = [span.sent]
        while len(sentences) < reach and sentences[-1].start > 0:
            sentences.append(self.doc[sentences[-1].start - 1].sent)
        return [(s.start_char, s.end_char) for s in sentences]

    def in_quote(self, char: int) -> bool:
        """Return True when ``char`` is inside a quotation."""
        k = bisect.bisect_right(self._quote_starts, char) - 1
        return k >= 0 and self._quoted[k][0] <= char < self._quoted[k][1]

    def main_subject(self, m: Mention) -> bool:
        """Return True when the mention is the subject of its sentence's main clause."""
        return _main_subject(self._span(m).root)

    def in_main_clause(self, m: Mention) -> bool:
        """Return True when no clause lies between the mention and its sentence's root ("For Gloria
        Ybarra, ..., the findings were hard to read"; not "This graphic, provided by Statista")."""
        tok = self._span(m).root
        for _ in range(12):
            if tok.dep_ == "ROOT" or tok.head.i == tok.i:
                return True
            if tok.dep_ in _CLAUSES:
                return False
            tok = tok.head
        return False

    def with_title(self, m: Mention) -> Mention:
        """Return a person's mention with the titles and descriptions that modify it."""
        return self.of_span(_with_title(self._span(m)))

    def title_words(self, m: Mention) -> set[str]:
        """Return the title words of a person's mention and of the word before it ("Gov.")."""
        titled = _with_title(self._span(m))
        before = self.doc[max(titled.start - 1, 0):titled.end]
        return {title_word(t.text) for t in before}

    def described_as(self, m: Mention, lemma: str) -> bool:
        """Return True when the person is described with the noun in apposition or as a copula's noun."""
        return _described_as(self._span(m), lemma)

    def titled_as(self, m: Mention, role: str) -> bool:
        """Return True when a person's mention carries the role as a title or in apposition."""
        return _titled_as(self._span(m), role)

    def issuer(self, m: Mention) -> Mention | None:
        """Return who issued "the statement" ("The army said in a statement that ... The statement
        said ..."): the speaker of the nearest earlier cue that names a statement of that kind."""
        span = self._span(m)
        lemma = m.head_lemma
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
            if speaker is not None:
                return self.of_span(speaker)
        return None

    def introduced(self, m: Mention) -> Mention | None:
        """Return the indefinite mention that introduced "the official" when it has not spoken
        before ("a senior security official, who requested anonymity ..., painted a bleaker picture")."""
        span = self._span(m)
        root = span.root
        lemma = root.lemma_.lower()
        for chunk in reversed([c for c in self.doc.noun_chunks if c.end_char <= span.start_char]):
            if span.start_char - chunk.end_char > _WINDOW:
                break
            first = _content_tokens(chunk)[0].lower_ if _content_tokens(chunk) else ""
            if chunk.root.lemma_.lower() == lemma and first in _INDEFINITE and _is_plural(chunk.root) == _is_plural(root):
                return self.of_span(chunk)
        return None

    def is_outlet(self, m: Mention) -> bool:
        """Return True when a named body is a news outlet."""
        span = self._span(m)
        return _outlet_name(span) or names_outlet(span.root)

    def headline_end(self) -> int:
        """Return where the article's first line (its headline) ends; 0 when it is a long lede."""
        text = self.doc.text
        first_line = text.find("\n") if "\n" in text else len(text)
        return 0 if first_line > 200 else first_line
