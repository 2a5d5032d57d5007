"""Step 3: link content to cue and source using the dependency parse.

Each ``_from_*`` function is a small rule over the parsed Doc. It yields ``Link`` objects in the
Doc's character offsets; nothing here knows about the original text or the output model.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from spacy.tokens import Doc, Span, Token

from ..lexicon.compiled import compile_pattern
from ..read.boilerplate import NOTE, Paragraph
from .candidates import Quote, headline_credit, is_title
from ..lexicon import load, words
from ..parse.pipeline import doc_text

_RELATIVE = words("grammar", "pronouns", "relative")
_REFLEXIVES = words("grammar", "pronouns", "reflexive")
_EDGE_PUNCT = frozenset(",;:-–—\"“”'‘’()[] \n")


@dataclass
class Link:
    """A candidate attribution in Doc character offsets."""

    kind: str  # provisional: "indirect", "according_to", "unsourced", "direct"
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: Span | None  # the source noun phrase as written
    rule: str
    via: list[Span] = field(default_factory=list)
    cue_token: Token | None = None
    piece: bool = False  # the second piece of a content split by its cue ("X, he said, Y")


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    return {
        "speech": words("verbs", "speech", "lemmas"),
        "belief": words("verbs", "belief", "lemmas"),
        "intention": words("verbs", "intention", "lemmas"),
        "wish_states": words("verbs", "intention", "states"),
        "object": words("verbs", "object_content", "lemmas"),
        "relay": words("verbs", "relay", "lemmas"),
        "accuse": words("verbs", "accuse", "lemmas"),
        "accuse_preps": words("verbs", "accuse", "preps"),
        "accuse_on": words("verbs", "accuse", "on_lemmas"),
        "accuse_to": words("verbs", "accuse", "to_lemmas"),
        "gerund": words("verbs", "gerund_content", "lemmas"),
        "urge": words("verbs", "urge", "lemmas"),
        "urge_preps": words("verbs", "urge", "preps"),
        "warn": words("verbs", "warn_about", "lemmas"),
        "warn_preps": words("verbs", "warn_about", "preps"),
        "describe": words("verbs", "describe_as", "lemmas"),
        "describe_bare": words("verbs", "describe_as", "bare_predicate"),
        "passive": words("verbs", "passive_hedge", "lemmas"),
        "show": words("verbs", "document_show", "lemmas"),
        "hedge_adverbs": words("hedges", "adverbs"),
        "core_speech": words("verbs", "core_speech", "lemmas"),
        "say": words("verbs", "say", "lemmas"),
        "refusal": words("verbs", "refusal", "lemmas"),
        "not_speakers": words("verbs", "not_speakers", "words"),
        "interjections": words("verbs", "not_speakers", "interjections"),
        "question": words("verbs", "question", "lemmas"),
        "speech_nouns": words("verbs", "speech_nouns", "words"),
        "noun_cues": words("verbs", "noun_cues", "nouns"),
        "noun_cue_preps": words("verbs", "noun_cues", "preps"),
        "view_nouns": words("verbs", "noun_cues", "view_nouns"),
        "voicing": words("verbs", "noun_cues", "voicing_verbs"),
        "attitude_nouns": words("verbs", "noun_cues", "attitude_nouns"),
        "wh_words": words("verbs", "question", "wh_words"),
        "factive": words("verbs", "factive", "lemmas"),
        "negative_subjects": words("verbs", "factive", "negative_subjects"),
        "frame_openers": words("verbs", "frames", "openers"),
        "time_determiners": words("verbs", "frames", "time_determiners"),
        "time_nouns": words("verbs", "frames", "time_nouns"),
        "anonymity_requests": words("verbs", "frames", "anonymity_requests"),
    }


@functools.cache
def _hedge_frames() -> regex.Pattern:
    frames = load("hedges")["frames"]
    # (?-f): simple case folding; full folding backtracks exponentially on runs of s's (fuzzing).
    return compile_pattern("(?-f)" + "|".join(f"(?:{f})" for f in frames), regex.IGNORECASE | regex.V1)


_OPEN_MARKS = "“«„\"‘"
_CLOSE_MARKS = "”»\"’"
_EDGE_WORDS = ("and", "but", "or", "that")
# A content taken from a relative clause starts after its relative word ("in which scientists ...").
_LEADING_RELATIVE = compile_pattern(r"(?i)(?:(?:in|of|by|at|for|from|under|during) )?(?:which|whom|whose) ")


_DATELINE = compile_pattern(r"[A-Z][A-Z .'’-]{1,30}(?:,[^()\n]{0,30})?\s*\([^()\n]{1,40}\)\s*[-–—]+\s*")
# A news outlet's credit opening the story, glued to its first word or not ("(CNN)The mayor said").
_WIRE_CREDIT = compile_pattern(r"\((?P<outlet>[^()\n]{2,40})\)[ \t]*")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` in characters without edge punctuation, spaces, "that" or "and",
    or a wire dateline ("LONDON, June 3 (Reuters) -").

    A quote mark at an edge is kept when its partner is inside the span ("as “de-risking”").
    """
    text = doc_text(doc)
    dateline = _DATELINE.match(text, start, end)
    if dateline:
        start = dateline.end()
    credit = _WIRE_CREDIT.match(text, start - (start > 0 and text[start - 1] == "("), end)
    if credit and credit.group("outlet").lower() in _media_names():
        start = credit.end()
    for _ in range(4):
        before = (start, end)
        while start < end and text[start] in _EDGE_PUNCT:
            if text[start] in _OPEN_MARKS and _has_partner(text, start, end, forward=True):
                break
            start += 1
        while end > start and (text[end - 1] in _EDGE_PUNCT or text[end - 1] == "."):
            if text[end - 1] in _CLOSE_MARKS and _has_partner(text, start, end - 1, forward=False):
                break
            end -= 1
        relative = _LEADING_RELATIVE.match(text, start, end)
        if relative:
            start = relative.end()
        head = text[start:start + 8].lower()
        for word in _EDGE_WORDS:
            if head.startswith(word + " ") or head.startswith(word + "\n"):
                start += len(word) + 1
                break
        tail = text[max(start, end - 8):end].lower()
        for word in _EDGE_WORDS[:3]:
            if tail.endswith(" " + word):
                end -= len(word) + 1
                break
        if (start, end) == before:
            break
    return start, end


def _has_partner(text: str, start: int, end: int, *, forward: bool) -> bool:
    """True when the quote mark at ``start`` (forward) or ``end`` (backward) is closed inside."""
    if forward:
        inner = text[start + 1:end]
        return any(c in _CLOSE_MARKS for c in inner)
    inner = text[start:end]
    return any(c in _OPEN_MARKS for c in inner)


def _subtree_chars(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right)


def _noun_phrase(tok: Token, stop: Token | None = None) -> Span:
    """Return the noun phrase headed by ``tok``: its subtree, cut before ``stop`` if inside it.

    A name's appositive description ("Kasra Aarabi, an Iran analyst at ...") is left out: the
    mention is the name.
    """
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    if stop is not None and left <= stop.i <= right:
        if stop.i > tok.i:
            right = stop.i - 1
        else:
            left = stop.i + 1
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        appos = [c for c in tok.rights if c.dep_ == "appos" and c.left_edge.i > tok.i
                 and doc[c.left_edge.i - 1].text in (",", "(", "—", "–")]
        if appos:
            right = min(right, appos[0].left_edge.i - 2)
        elif any(c.dep_ == "appos" and c.i > tok.i for c in tok.rights) and not any(
                t.dep_ == "cc" for c in tok.rights if c.dep_ in ("conj", "cc") for t in c.subtree):  # not "A, B and C"
            # "Mayer, Disney’s chairman of ...": the parser may start the description with a
            # conjunct; the name ends at the comma after it.
            comma = next((c for c in tok.rights if c.text == "," and c.i > tok.i), None)
            if comma is not None:
                right = min(right, comma.i - 1)
    # "a senior diplomat that allies had been briefed": a that-clause the parser hung on the noun
    # is what was said, not part of who said it.
    hung = [c for c in tok.rights if c.dep_ in ("acl", "relcl") and doc[c.left_edge.i].lower_ == "that"
            and doc[c.left_edge.i].dep_ in ("mark", "dobj") and c.left_edge.i > tok.i]
    if hung:
        right = min(right, hung[0].left_edge.i - 1)
    # ", who spoke on condition of anonymity", ", speaking on condition that ...": a
    # non-restrictive clause describes, it does not name.
    relcl = [c for c in tok.rights if c.dep_ in ("relcl", "acl") and c.left_edge.i > tok.i and doc[c.left_edge.i - 1].text == ","
             and (c.dep_ == "relcl" or c.tag_ in ("VBG", "VBN"))]
    if relcl:
        right = min(right, relcl[0].left_edge.i - 2)
    # "A draft of the agreement, seen by Reuters,": the relay is not part of the document's name.
    relayed = [t for t in doc[left:right + 1] if _relay_participle(t) and doc[t.left_edge.i - 1].text == ","]
    if relayed:
        right = min(right, relayed[0].left_edge.i - 2)
    # "Richardson, via USA Today,": the outlet that relayed it; "Alden on Tuesday": when, not who.
    for child in tok.rights:
        if child.dep_ == "prep" and (child.lower_ == "via" or _is_time_phrase(child)) and child.i > tok.i:
            right = min(right, child.i - 1)
    while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].dep_ == "case"):
        right -= 1  # "the spokesperson’s": a possessor without its "’s"
    while left < right and (doc[left].is_punct or doc[left].is_space or doc[left].lower_ in _RELATIVE and doc[left].tag_ in ("WDT", "WP")):
        left += 1  # "that shareholder Ada Krum slammed": the parser may make the relative word a determiner
    return doc[left:right + 1]


def _is_time_phrase(prep: Token) -> bool:
    """True for "on Tuesday", "in March", "last week" hung on a noun: a date, not part of a name."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in ("on", "in", "at", "during") and bool(objects) and all(
        o.ent_type_ in ("DATE", "TIME") for o in objects)


def say_verbs() -> frozenset[str]:
    """Return the lemmas of the plain verbs of saying ("say", "tell", "add", ...)."""
    return _lexicon()["say"]


def via_of(source: Span) -> list[Span]:
    """Return the outlets named by "via" on a source ("Richardson, via USA Today, said")."""
    root = source.root
    return [_noun_phrase(g) for c in root.rights if c.dep_ == "prep" and c.lower_ == "via"
            for g in c.children if g.dep_ == "pobj"]


def _relays_speech(according: Token) -> bool:
    """True when "according to" follows a verb of saying with a speaker of its own ("“...,” he
    said, according to the Intelligencer"): what is relayed is the speaker's, not the relay's."""
    verb = according.head
    reported_before = verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)
    return verb.i < according.i and verb.lemma_.lower() in _lexicon()["say"] and verb.pos_ in ("VERB", "AUX") \
        and reported_before and any(c.dep_ == "nsubj" and (can_speak(c) or c.pos_ in ("NOUN", "PROPN")) for c in verb.children)


def according_to_relay(verb: Token) -> Span | None:
    """Return Y in "X said, according to Y": the report that relays what X said, or None."""
    if verb.lemma_.lower() not in _lexicon()["say"]:
        return None
    for child in verb.children:
        if child.lower_ in ("according", "per") and child.i > verb.i:
            to = next((c for c in child.children if c.lower_ == "to"), None)
            pobj = next((c for c in (to.children if to is not None else child.children) if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _noun_phrase(pobj)
    return None


def _members_of(group: Token) -> Span | None:
    """Return X in "X are among (the) chains that said ...": the members who said it, or None."""
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return None
    members = next((c for c in among.head.children if c.dep_ == "nsubj"), None)
    return _noun_phrase(members) if members is not None and can_speak(members) else None


def _relcl_antecedent(verb: Token) -> Span:
    """Return the noun phrase a relative clause ("who said ...") modifies, without the clause.

    The parser often hangs "who" on the nearest noun ("a source, familiar with the situation,
    who said"); climb to the noun that can speak.
    """
    head = verb.head
    members = _members_of(head)
    if members is not None:
        return members
    for _ in range(4):
        if can_speak(head) or head.dep_ not in ("pobj", "prep", "amod", "acl", "appos"):
            break
        head = head.head
    doc = verb.doc
    if verb.head.ent_type_ in ("DATE", "TIME"):
        # "released her tax returns in July, which showed ...": not the date, the noun before it.
        nearer = next((t for t in reversed(doc[verb.sent.start:verb.head.left_edge.i]) if t.pos_ in ("NOUN", "PROPN")
                       and t.ent_type_ not in ("DATE", "TIME") and t.dep_ != "compound"), None)
        if nearer is not None:
            return doc[nearer.left_edge.i:nearer.i + 1]
    left = head.left_edge.i
    right = verb.left_edge.i - 1
    while right > left and (doc[right].is_punct or doc[right].is_space or doc[right].lower_ in _RELATIVE):
        right -= 1
    return doc[left:right + 1]


@functools.cache
def _speaker_nouns() -> frozenset[str]:
    return (words("anonymity", "anonymous", "role_nouns") | words("anonymity", "anonymous", "vague_nouns")
            | words("media", "nouns") | words("media", "documents", "nouns") | words("organizations", "nouns"))


def can_speak(tok: Token) -> bool:
    """True when a noun phrase headed by ``tok`` can be a source: a person, body, outlet or document."""
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and tok.pos_ in ("PROPN", "NOUN", "NUM"):
        return False  # "in July, which showed": a date says nothing
    if tok.pos_ == "NUM" or tok.lower_ in ("one", "some", "many", "several", "most", "both", "all", "none"):
        # "two of the people", "one of them": the group speaks.
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            return pobj is not None and (pobj.lower_ in ("them", "us") or can_speak(pobj))
    if tok.pos_ == "PRON":
        if tok.lower_ == "those":
            # "those in favor of the ban", "those who oppose it": a group that can speak.
            return any(c.dep_ in ("prep", "relcl", "acl", "amod") and c.i > tok.i for c in tok.children)
        return tok.lower_ not in ("it", "this", "that", "which", "what", "there", "these")
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    nouns = _speaker_nouns()
    if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
        return True
    # "Senior author Dr. Silvia S. Martins, associate professor ..., commented": a noun with a
    # person's name in apposition is that person.
    return any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in tok.children)


def _past_dateline(subject: Token) -> Token:
    """Return the subject after a wire dateline the parser made the subject: "BOSTON, June 9 (UPI) —
    Mayor Ana Ruiz told ..." has "BOSTON" as subject and the mayor in apposition to it."""
    match = _DATELINE.match(doc_text(subject.doc), subject.left_edge.idx)
    if match is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.idx >= match.end()), subject)


def subject_of(verb: Token) -> tuple[Span | None, Token | None]:
    """Return the source noun phrase of a cue verb and the verb it was found on, or (None, None).

    Follows coordination ("declined to comment but said"), infinitive and adverbial clauses to
    the governing verb when the cue has no subject of its own, and relative clauses ("a source,
    who said") to the noun they modify.
    """
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        # Of several subjects (a parse gone wrong on a dateline), the one nearest the verb.
        subjects = sorted((c for c in current.children if c.dep_ in ("nsubj", "csubj")),
                          key=lambda c: abs(c.i - current.i))
        for child in subjects[:1]:
            if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                return _relcl_antecedent(current), current
            return _noun_phrase(_speaker_behind(_past_dateline(child)), stop=current), current
        for child in current.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return _noun_phrase(grand), current
        if current.dep_ == "conj" and current.head.dep_ == "ccomp" and _is_cue(current, _lexicon()) \
                and not _is_cue(current.head, _lexicon()) and _is_cue(current.head.head, _lexicon()):
            current = current.head.head  # "it said X was ... and insisted that": the sayer insists
            continue
        if current.dep_ == "advcl":
            stranded = _stranded_subject(current)
            if stranded is not None:
                return stranded, current
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "relcl":
            return _relcl_antecedent(current), current
        if current.dep_ == "acl" and current.head.head.i != current.head.i:
            current = current.head.head  # "the department issued a statement saying ..."
            continue
        # "Aaltonen, under pressure since trials failed, has told investors": the parser hung the
        # subject on the interrupting clause.
        for child in current.lefts:
            if child.dep_ in ("parataxis", "advcl"):
                early = next((c for c in child.children if c.dep_ == "nsubj" and c.i == current.sent.start), None)
                if early is not None:
                    return _noun_phrase(early, stop=child), current
        break
    return None, None


def _speaker_behind(tok: Token) -> Token:
    """Return who made a statement ("the spokesperson" in "the spokesperson's written statement"),
    else the token itself."""
    if tok.lemma_.lower() in _lexicon()["speech_nouns"]:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and can_speak(owner) and owner.pos_ != "PRON":
            return owner
    return tok


def _stranded_subject(verb: Token) -> Span | None:
    """Return the subject the parser made a preposition's object in "two days after Kurier, a
    daily newspaper, revealed that ...": a noun phrase ending right before the verb."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0:
        return None
    tok = doc[k]
    while tok.dep_ in ("appos", "compound") and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "since", "until", "as", "when", "while") \
            and can_speak(tok):
        return _noun_phrase(tok)
    return None


def _has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _clause_after_cue(verb: Token, clause: Token) -> tuple[int, int]:
    """Return a clause's characters, cut to the part after the cue when the clause spans it
    ("a development that some say was strengthened")."""
    start, end = _subtree_chars(clause)
    if start < verb.idx < end:
        start = verb.idx + len(verb)
    # "said the proposal was “...” and insisted that ...": the parser may hang the second cue on
    # the first one's clause; that cue reports a claim of its own.
    lex = _lexicon()
    for conj in clause.children:
        reports = any(c.dep_ == "ccomp" for c in conj.children) or (
            conj.lemma_.lower() in lex["describe"] and any(c.dep_ in ("dobj", "oprd") for c in conj.children)) or (
            _asked_to_act(conj, lex) is not None)
        if conj.dep_ == "conj" and conj.i > verb.i and _is_cue(conj, lex) and conj.lemma_.lower() in lex["speech"] and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and reports:
            cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < conj.i), None)
            cut = (cc or conj).idx
            if start < cut < end:
                end = cut
            break
    return start, end


def _contents_of_cue(verb: Token, lex: dict[str, frozenset[str]]) -> list[tuple[int, int]]:
    """Return the characters of what a cue verb reports (one span, or two when the cue stands
    between two reported clauses: "X refused, a spokesman said: “...”"); empty when none.

    The readers of ``_CONTENT_READERS`` are asked in order; the first that knows the cue's shape
    answers (an empty answer: the cue reports nothing)."""
    lemma = verb.lemma_.lower()
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for read in _CONTENT_READERS:
        found = read(verb, lemma, dobj, lex)
        if found is not None:
            return found
    return []


def _reported_clause(verb: Token, lemma: str, dobj: Token | None,
                     lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return the clause a cue reports ("said (that) X", "told Y that X"), or None."""
    # "X may not change course; Ms. Vale has said that ...": a semicolon closes what came before.
    ccomp = [c for c in verb.children if c.dep_ == "ccomp" and not _adverbial(c)
             and (c.i > verb.i or not any(t.text == ";" for t in verb.doc[c.right_edge.i + 1:verb.i]))]
    if lemma == "feel":
        # "could feel the pinch worse": a sensation with no verb in what is felt, not a view held.
        ccomp = [c for c in ccomp if c.pos_ in ("VERB", "AUX") or any(g.dep_ in ("cop", "aux") for g in c.children)]
    if not any(c.i > verb.i for c in ccomp):
        told_that = _that_after_recipient(verb)
        if told_that is not None:
            return [told_that]
    if not ccomp:
        return None
    before = [c for c in ccomp if c.i < verb.i]
    after = [c for c in ccomp if c.i > verb.i]
    if before and after:
        return [_clause_after_cue(verb, _best_clause(verb, before)), _clause_after_cue(verb, _best_clause(verb, after))]
    clause = _best_clause(verb, ccomp)
    start, end = _clause_after_cue(verb, clause)
    start = _object_of_relative(verb, clause, start)
    start = _subject_taken_for_object(verb, clause, start)
    citing = _citing_in_clause(clause, lex)
    if citing is not None and citing.i > verb.i:
        start = max(start, citing.right_edge.idx + len(citing.right_edge))  # "reported, citing X, that ..."
    return [(start, end)]


def _quote_hung(verb: Token, lemma: str, dobj: Token | None,
                lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return a quotation the parser hung on the cue's head, or None."""
    hung = _quote_hung_on_head(verb)
    return [hung] if hung is not None else None


def _named_as(verb: Token, lemma: str, dobj: Token | None,
              lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return the name a verb of describing gives ("called the plan “reckless”", "slammed X as
    Y"), [] for a label with no claim ("what she called …"), or None."""
    if lemma in lex["describe"] and dobj is not None and dobj.lower_ == "what":
        return []  # "what she called “a flood of misinformation”": a label, not a claim
    if lemma in lex["describe"] and dobj is None:
        # "called the reports “fiction.”": the parser may fold the object into the predicate.
        oprd = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
        if oprd is not None:
            return [_subtree_chars(oprd)]
        # "a bonus that X slammed as “grossly unfair”": the object is the noun the clause modifies.
        pred = _later_prep(verb, verb, frozenset({"as"}))
        if pred is not None and lemma not in lex["describe_bare"] and pred.right_edge.i > pred.i:
            return [(pred.idx + len(pred), _subtree_chars(pred)[1])]
    if lemma in lex["describe"] and dobj is not None:
        pred = next((c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")), None)
        if pred is None:
            pred = _later_prep(verb, dobj, frozenset({"as"}))
        if pred is None:
            # "calling Varga's plan “a fantasy”": a quoted appositive is the predicate; so is one with
            # no comma before it ("called the ruling on the merger a turning point").
            pred = next((c for c in dobj.children if c.dep_ == "appos" and c.i > dobj.i
                         and verb.doc[c.left_edge.i - 1].text in _OPEN_MARKS), None) or next(
                (c for c in verb.doc[dobj.i + 1:dobj.right_edge.i + 1] if c.dep_ == "appos"
                 and verb.doc[c.left_edge.i].lower_ in ("a", "an") and verb.doc[c.left_edge.i - 1].text not in _EDGE_PUNCT), None)
        if pred is not None and pred.dep_ not in ("oprd", "appos") and lemma in lex["describe_bare"]:
            return []
        if pred is not None and dobj.tag_ in ("WDT", "WP"):
            # "a bonus that the shareholder slammed as “grossly unfair”": the object is the noun before.
            return [_subtree_chars(pred)] if pred.dep_ != "prep" else [(pred.idx + len(pred), _subtree_chars(pred)[1])]
        if pred is not None:
            s1, e1 = _subtree_chars(dobj)
            s2, e2 = _subtree_chars(pred)
            return [(min(s1, s2), max(e1, e2))]
    return None


def _accused_of(verb: Token, lemma: str, dobj: Token | None,
                lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return what a verb of accusing charges ("accused X of Y", "blamed X for Y"), or None."""
    if lemma in lex["accuse"] and dobj is not None:
        preps = lex["accuse_preps"] | (frozenset({"on"}) if lemma in lex["accuse_on"] else frozenset()) \
            | (frozenset({"to"}) if lemma in lex["accuse_to"] else frozenset())
        prep = _later_prep(verb, dobj, preps)
        if prep is not None:
            return [(_subtree_chars(dobj)[0], _subtree_chars(prep)[1])]
    return None


def _request_or_warning(verb: Token, lemma: str, dobj: Token | None,
                  lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return the request of "urged X to …" ([] when it rides on a claim before it), what a warning is
    against ("warned against closing it"), or None."""
    urged = _asked_to_act(verb, lex)
    if urged is not None:
        # "said X and urged parents to ...": the request rides on the claim before it.
        return [] if _second_cue(verb, lex) else [urged]
    if lemma in lex["warn"]:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex["warn_preps"] and c.i > verb.i), None)
        if prep is not None and any(g.dep_ in ("pcomp", "pobj") for g in prep.children):
            return [_subtree_chars(prep)]
    return None


def _intention_or_object(verb: Token, lemma: str, dobj: Token | None,
                        lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return an intention ("vowed to …"), a gerund reported ("denied knowing the suspect"), or a noun
    object that is a claim ("announced its intention to …"), or None."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if xcomp is not None and lemma in lex["intention"] and not _has_passive_subject(verb):
        return [_subtree_chars(xcomp)]
    if xcomp is not None and lemma in lex["gerund"] and xcomp.i > verb.i and (
            xcomp.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in xcomp.children)):
        return [_subtree_chars(xcomp)]  # "reported being cut off", "denied knowing the suspect"
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in lex["object"] and dobj is not None and dobj.pos_ in ("NOUN", "PROPN") and dobj.lower_ not in ("it", "them") \
            and not negated:
        # "announced its intention Wednesday to withdraw ...", "has sworn revenge on all those responsible"
        start, end = _subtree_chars(dobj)
        for c in verb.children:
            if c.i > dobj.i and c.dep_ in ("prep", "npadvmod", "xcomp", "acl", "dobj", "oprd"):
                end = max(end, _subtree_chars(c)[1])
        return [(start, end)]
    return None


def _relayed_or_governed(verb: Token, lemma: str, dobj: Token | None,
                         lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return a clause the parser hung elsewhere: on "citing", on a noun, or as the cue's
    governor; None when there is none."""
    # "X reported, citing Y, that ...": the parser may hang the clause on "citing".
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in lex["relay"]:
            inner = [c for c in child.children if c.dep_ == "ccomp"]
            if inner:
                return [_subtree_chars(inner[0])]
    hung = _that_clause_on_noun(verb)
    if hung is not None:
        return [hung]
    that = _that_of_governor(verb)
    if that is not None:
        # "Politico reported, citing X, that Y had asked": the parser made the reported clause
        # the root and the cue its complement.
        return [(that.idx + len(that), _subtree_chars(verb.head)[1])]
    return None


def _around_parenthetical_cue(verb: Token, lemma: str, dobj: Token | None,
                              lex: dict[str, frozenset[str]]) -> list[tuple[int, int]] | None:
    """Return the content around a parenthetical cue ("X, he said, will …"), or None."""
    # "X, he said, will ...": the cue clause is a parenthetical inside the content.
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        head = verb.head
        start, end = _subtree_chars(head)
        cue_left = verb.left_edge.idx
        if cue_left > head.idx:
            end = cue_left
            shared = _predicate_after_cue(verb)
            if shared is not None:
                # "The crew found the leak, Ruiz said, and sealed the valve": one claim around the cue.
                end = _subtree_chars(shared)[1]
        return [(start, end)]
    return None


_CONTENT_READERS = (_reported_clause, _quote_hung, _named_as, _accused_of, _request_or_warning,
                    _intention_or_object, _relayed_or_governed, _around_parenthetical_cue)


def _predicate_after_cue(verb: Token) -> Token | None:
    """Return the verb of ", and sealed the valve" when the parser hung it on a parenthetical cue
    ("The crew found the leak, Ruiz said, and sealed the valve") though it shares the claim's subject:
    a comma before "and"/"but" and no subject of its own. Else None ("Ruiz said and left": Ruiz left)."""
    doc = verb.doc
    # The parser hangs the second predicate on the cue or, rightly, on the claim's verb.
    for conj in list(verb.children) + list(verb.head.children):
        if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        cc = next((t for t in doc[verb.i + 1:conj.i] if t.dep_ == "cc"), None)
        if cc is None or cc.lower_ not in ("and", "but") or doc[cc.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in conj.children) or conj.left_edge.i > cc.i + 2:
            continue
        return conj
    return None


def _cited_as(verb: Token) -> bool:
    """True for "cited rising costs as a reason for the increase": a relay verb used as a claim."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _later_prep(verb, obj, frozenset({"as"})) is not None


def _later_prep(verb: Token, obj: Token, preps: frozenset[str]) -> Token | None:
    """Return the first preposition of ``preps`` after the object of ``verb`` in the verb's own clause
    ("attributed the slump in sales [to] the weather", where the parser hangs "to" on "sales"), or None.

    "on Monday" is a date, not what something is blamed on.
    """
    doc = verb.doc
    for tok in doc[obj.i + 1:verb.right_edge.i + 1]:
        if tok.dep_ != "prep" or tok.lower_ not in preps or any(g.ent_type_ in ("DATE", "TIME") for g in tok.children):
            continue
        head = tok.head
        while head.i != verb.i and head.dep_ not in _CLAUSE_DEPS and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return tok
    return None


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp"})


def _asked_to_act(verb: Token, lex: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """Return the characters from the one asked to the end of the act in "urged members to reject
    the offer", "called on the government to resign"; None when ``verb`` asks no one to act."""
    if verb.lemma_.lower() not in lex["urge"]:
        return None
    if any(c.dep_ == "advmod" and c.lower_ in lex["hedge_adverbs"] for c in verb.children):
        return None  # "reportedly told managers to prepare lists": an unsourced report of an order
    asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if asked is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex["urge_preps"] and c.i > verb.i), None)
        asked = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if asked is None:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > asked.i), None)
    if act is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    return _subtree_chars(asked)[0], _subtree_chars(act)[1]


def _second_cue(verb: Token, lex: dict[str, frozenset[str]]) -> bool:
    """True when ``verb`` is coordinated with a cue before it ("said X and urged Y", where the parser
    may hang the second verb on the first one's clause)."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    head = verb.head
    return _is_cue(head, lex) or (head.dep_ == "ccomp" and _is_cue(head.head, lex))


_ADVERBIAL_MARKS = words("grammar", "clauses", "adverbial_marks")


def _object_of_relative(verb: Token, clause: Token, start: int) -> int:
    """Return where the content starts when the parser took a relative clause on the cue's object
    for the cue's complement ("reported hold times [that ran past an hour]"): at the object;
    else ``start``."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "WDT" or subject.i <= verb.i + 1:
        return start
    between = verb.doc[verb.i + 1:subject.i]
    if all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") for t in between) and any(t.pos_ in ("NOUN", "PROPN") for t in between):
        return between[0].idx
    return start


def _subject_taken_for_object(verb: Token, clause: Token, start: int) -> int:
    """Return where the content starts when the parser made the clause's subject the cue's object
    ("added [the cause of the fire] remained unclear"): at that subject; else ``start``."""
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return start
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.right_edge.i >= clause.left_edge.i or obj.pos_ not in ("NOUN", "PROPN"):
        return start
    return min(start, obj.left_edge.idx)


def _adverbial(clause: Token) -> bool:
    """True for a clause the parser called a complement that is really adverbial ("..., two
    officials said, as armed groups step up attacks")."""
    return any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)


def _that_of_governor(verb: Token) -> Token | None:
    """Return the "that" of the clause a cue was wrongly made the complement of, or None."""
    if verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i), None)


def _that_after_recipient(verb: Token) -> tuple[int, int] | None:
    """Return the rest of the sentence after "told US media that ..." when the parser found no
    clause there (it may make "that" a modifier of the next noun)."""
    recipient = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.i + 1
                      or c.dep_ in ("dobj", "dative") and c.left_edge.i == verb.i + 1), None)
    if recipient is None:
        return None
    doc = verb.doc
    k = recipient.right_edge.i + 1
    if k >= verb.sent.end or doc[k].lower_ != "that" or doc[k].dep_ == "nsubj":
        return None
    end = verb.sent.end - 1
    while end > k and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if end <= k + 1:
        return None
    return doc[k].idx + len(doc[k]), doc[end].idx + len(doc[end])


def _that_clause_on_noun(verb: Token) -> tuple[int, int] | None:
    """Return the that-clause the parser hung on the noun after the cue ("said in a statement that
    ...", "was told by a senior diplomat that ..."), or None. A relative clause ("a statement that
    was released") is not one: its "that" is its subject."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.i < verb.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for clause in pobj.children:
                if clause.dep_ not in ("acl", "relcl") or clause.i < pobj.i:
                    continue
                that = clause.left_edge
                own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
                if that.lower_ == "that" and that.dep_ in ("mark", "dobj") and own_subject:
                    end = _subtree_chars(clause)[1]
                    # "... that A and that B": the coordinated second clause, hung on the cue.
                    for conj in verb.children:
                        if conj.dep_ == "conj" and conj.i > clause.i and any(c.lower_ == "that" and c.dep_ == "mark" for c in conj.children):
                            end = max(end, _subtree_chars(conj)[1])
                    return that.idx + len(that), end
    return None


def _quote_hung_on_head(verb: Token) -> tuple[int, int] | None:
    """Return the quotation right after a participle cue and its comma ("shrugged off the protest,
    telling reporters, “People have a right to march.”") when the parser hung it on the main verb;
    else None."""
    if verb.dep_ not in ("advcl", "conj") or verb.lemma_.lower() not in _lexicon()["say"]:
        return None
    doc = verb.doc
    k = verb.right_edge.i + 1
    if k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    if k + 1 >= len(doc) or doc[k].text not in ('"', "“"):
        return None
    clause = next((c for c in verb.head.children if c.dep_ in ("ccomp", "parataxis") and c.left_edge.i == k + 1), None)
    return _subtree_chars(clause) if clause is not None else None


def _content_of_cue(verb: Token, lex: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """Return the characters of what a cue verb reports (the first span), or None."""
    contents = _contents_of_cue(verb, lex)
    return contents[0] if contents else None


def _best_clause(verb: Token, clauses: list[Token]) -> Token:
    """Of several clausal complements, return the one holding a quotation, else after a colon,
    else the longest."""
    if len(clauses) == 1:
        return clauses[0]
    text = doc_text(verb.doc)
    quoted = [c for c in clauses if any(m in text[slice(*_subtree_chars(c))] for m in "“”\"")]
    if len(quoted) == 1:
        return quoted[0]
    after = [c for c in clauses if c.i > verb.i]
    if after and verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":":
        return after[0]
    return max(clauses, key=lambda c: c.right_edge.i - c.left_edge.i)


def _is_cue(tok: Token, lex: dict[str, frozenset[str]]) -> bool:
    if tok.pos_ == "NOUN" and tok.dep_ == "ROOT":
        # The tagger sometimes reads "show" in "Documents ... show that" as a noun.
        deps = {c.dep_ for c in tok.children}
        if not ({"nsubj", "ccomp"} <= deps):
            return False
    elif tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and tok.lemma_ == "say"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in lex["speech"] or lemma in lex["belief"] or lemma in lex["intention"] or (
        lemma in lex["relay"] and _cited_as(tok))


def _cue_span(verb: Token) -> tuple[int, int]:
    """Return the cue's characters: the verb with its particle ("pointed out")."""
    start, end = verb.idx, verb.idx + len(verb)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return start, end


def _inverted_source(verb: Token) -> Span | None:
    """Return X in "..., reported X." (the subject after its verb, at the end of the sentence)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() == "tell":
        return None  # ", told Reuters": the noun after "told" is who heard it
    sent_end = verb.sent.end - 1
    while sent_end > verb.i and (doc[sent_end].is_punct or doc[sent_end].is_space):
        sent_end -= 1
    for child in verb.rights:
        if child.dep_ in ("nsubj", "dobj", "attr", "npadvmod") and can_speak(child) and child.right_edge.i >= sent_end - 1:
            return _noun_phrase(child)
    return None


def _content_before_subject(verb: Token, source: Span) -> tuple[int, int] | None:
    """Return the clause before "..., the Post reported" when the cue closes its sentence."""
    doc = verb.doc
    sent = verb.sent
    if verb.dep_ == "relcl":
        return None  # "said Scott Paul, who heads X, a group that has applauded ...": no claim before "a group"
    first = min(source.start, verb.i)
    if first - sent.start < 4 or doc[first - 1].text not in (",", "—", "–"):
        return None
    if any(t.i > verb.i and t.dep_ in ("ccomp", "xcomp") for t in verb.children):
        return None
    if verb.lemma_.lower() != "tell" and any(  # the object of "told" is who heard it ("told a supervisor")
            t.i > verb.i and t.dep_ == "dobj" and not (can_speak(t) or _mentions_media(t)) for t in verb.children):
        return None
    if any(c.dep_ == "advcl" and c.i < first and _adverbial(c) and c.left_edge.i <= _first_word(sent).i for c in verb.children):
        return None  # "As the verdict was read, she testified": a circumstance, not what was said
    return sent.start_char, doc[first - 1].idx


def _bare_participle(verb: Token) -> bool:
    """True for a past participle with no auxiliary whose subject the parser found right before it
    ("Malaria is caused by a parasite — a germ usually found in mosquitoes"): a modifier, not a report."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and all(
        t.pos_ in ("ADV", "PART") for t in verb.doc[subject.i + 1:verb.i])


_FIRST_PERSON = words("grammar", "pronouns", "first_person")
# Outside a quotation, "I" and "we" are the writer and "you" the reader: neither is a source.
_WRITER_OR_READER = _FIRST_PERSON | {"you"}


def _as_report(verb: Token) -> tuple[int, int] | None:
    """Return the main clause after "As Ana Ruiz reports for the Ledger, ..." or "As the analyst
    noted at the time, ...": what the source of the as-clause reported; None for other cues. The
    writer's own "As we've noted" reports nothing."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children) or any(
            c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children):
        return None
    doc = verb.doc
    k = verb.right_edge.i + 1
    while k < head.right_edge.i and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if head.right_edge.i - k < 2:
        return None
    return doc[k].idx, _subtree_chars(head)[1]


def _first_word(sent: Span) -> Token:
    """Return the first token of ``sent`` that is not punctuation or space."""
    return next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])




def _refused(verb: Token) -> bool:
    """True for "refused to confirm or deny": a cue inside a refusal's infinitive reports nothing."""
    current = verb
    for _ in range(4):
        if current.dep_ != "conj" or current.head.i == current.i:
            break
        current = current.head
    return current.dep_ == "xcomp" and current.head.lemma_.lower() in _lexicon()["refusal"]


# (?<!\p{L}) and ++: one start per word, so the search is linear on a long run of letters.
_QUOTE_BEFORE_SUBJECT = compile_pattern(r"(?<!\p{L})(?P<cue>\p{L}++)\s*+[,:]\s*+[“\"](?P<quote>[^“”\"]+?)[,.!?]?(?P<close>[”\"])\s*,?\s*$")


def _quote_inside_report(sent: Span, lex: dict[str, frozenset[str]]) -> dict[int, tuple[int, int]]:
    """Return, by cue token index, the contents of a quotation reported inside a report whose cue
    closes the sentence: in "He walked in and said, “Q,” the prosecutor's office said", he said Q and
    the office said everything before its cue. Empty when the sentence has no such shape."""
    doc = sent.doc
    text = doc_text(doc)
    for outer in sent:
        subject = next((c for c in outer.children if c.dep_ == "nsubj" and c.i < outer.i), None)
        if subject is None or not _is_cue(outer, lex) or outer.lemma_.lower() not in lex["speech"] \
                or any(not (t.is_punct or t.is_space) for t in doc[outer.i + 1:sent.end]):
            continue
        match = _QUOTE_BEFORE_SUBJECT.search(text, sent.start_char, subject.left_edge.idx)
        inner = doc.char_span(match.start("cue"), match.end("cue")) if match else None
        if inner is None or not _is_cue(inner[0], lex) or inner[0].lemma_.lower() not in lex["speech"]:
            continue
        return {inner[0].i: (match.start("quote"), match.end("quote")), outer.i: (sent.start_char, match.end("close"))}
    return {}


def _from_cue_verbs(sent: Span, lex: dict[str, frozenset[str]]) -> Iterator[Link]:
    nested = _quote_inside_report(sent, lex)
    for tok in sent:
        if tok.lemma_.lower() in lex["relay"]:
            quoted = _quoted_speaker(tok)
            if quoted is not None:
                yield quoted
            if quoted is not None or not _cited_as(tok):
                continue
        if not _is_cue(tok, lex) or _refused(tok) or tok.lower_ == "according" or _relay_participle(tok):
            continue
        if tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ in _REFLEXIVES:
            continue  # "the theaters find themselves squeezed": no one is reporting
        if _bare_participle(tok):
            continue  # "a germ usually found in mosquitoes": a participle the parser made a verb
        if tok.tag_ == "VBG" and tok.lemma_.lower() in lex["wish_states"] and not any(c.dep_ == "aux" for c in tok.children):
            continue  # "left him curious and wanting to hear more": a state of mind, not a statement
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and any(
                c.dep_ == "ccomp" and c.i < tok.i and _is_cue(c, lex) for c in tok.children):
            continue  # "X reported that Y had asked ...", parsed upside down: "asked" is what was reported
        if _has_passive_subject(tok) and not any(c.dep_ == "agent" for c in tok.children):
            continue  # "X is said to", "was told": hedges or recipients, handled elsewhere
        inverted = _inverted_source(tok)
        if inverted is not None:
            if tok.i - sent.start >= 5:  # else the sentence was cut short by a mis-split
                content = (sent.start_char, tok.doc[tok.i - 1].idx)
                yield Link("indirect", content, _cue_span(tok), inverted, "inverted_cue", _relay(tok, inverted, lex)[1], cue_token=tok)
            continue
        source, governor = subject_of(tok)
        if source is not None and len(source) == 1 and source.root.lower_ in _WRITER_OR_READER:
            continue  # "We must add that ...", "when you consider that ...": the writer or the reader
        # A subject a verb of saying takes is taken by the cues that inherit it: "says A, and believes B".
        if source is None or not (can_speak(source.root) or _any_subject_speaks(tok, source) or (
                governor is not None and governor.i != tok.i and _any_subject_speaks(governor, source))):
            continue
        contents = [nested[tok.i]] if tok.i in nested else _contents_of_cue(tok, lex)
        rule = "cue_verb_subject" if governor is not None and governor.i == tok.i else "cue_verb_inherited_subject"
        if not contents and rule == "cue_verb_subject" and _as_report(tok) is not None:
            contents, rule = [_as_report(tok)], "as_cue"
        if not contents and rule == "cue_verb_subject":
            before = _content_before_subject(tok, source)
            contents = [before] if before is not None else []
            rule = "cue_after_content"
        if not contents or _asks_or_withholds(tok, contents[0], lex):
            continue
        content = contents[0]
        if tok.dep_ == "relcl" and tok.head.dep_ in ("dobj",) and tok.head.head.lemma_.lower() in lex["relay"]:
            rule = "relay_cited_source_said"
        originator, via = _relay(tok, source, lex)
        if originator is not source:
            rule = "relay_citing"
        relay = according_to_relay(tok)  # "“...,” he said, according to the Intelligencer"
        via = [*via, *via_of(source), *([relay] if relay is not None else [])]
        yield Link("indirect", content, _cue_span(tok), originator, rule, via, cue_token=tok)
        for other in contents[1:]:
            yield Link("indirect", other, _cue_span(tok), originator, "cue_between_clauses", list(via), cue_token=tok, piece=True)
        rest = _after_parenthetical(tok, source)
        if rest is not None:
            yield Link("indirect", rest, _cue_span(tok), originator, "parenthetical_cue", list(via), cue_token=tok, piece=True)




def _asks_or_withholds(verb: Token, content: tuple[int, int], lex: dict[str, frozenset[str]]) -> bool:
    """True when no claim is reported: an embedded question under a verb of asking or knowing or a
    negated cue ("asked whether he was confident", "has not said how many", "analysts assess which
    companies will win"), knowing denied ("didn't know X was coming"), or no one as the sayer ("no one
    knows how much")."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if _denied_by_subject(verb, lex) or negated and lemma in lex["factive"]:
        return True
    first = verb.doc.char_span(content[0], content[1], alignment_mode="expand")
    if first is None or not len(first) or first[0].lower_ not in lex["wh_words"]:
        return False
    return negated or lemma in lex["question"] or lemma in lex["belief"]


def _denied_by_subject(verb: Token, lex: dict[str, frozenset[str]]) -> bool:
    """True when the subject of ``verb`` is no one ("no one knows", "nobody said")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    phrase = " ".join(t.lower_ for t in subject.subtree)
    return phrase in lex["negative_subjects"]


def _any_subject_speaks(verb: Token, source: Span) -> bool:
    """Verbs of saying take any noun subject ("the ad's narrator says"), and "it" for a body."""
    if verb.lemma_.lower() not in _lexicon()["core_speech"]:
        return False
    root = source.root
    if root.pos_ in ("NOUN", "PROPN", "NUM"):
        return True
    if root.lower_ != "it":
        return False
    # "it" for a body named before: an entity, or a body noun ("the foreign ministry rejected ...").
    doc = verb.doc
    if any(e.label_ in ("ORG", "GPE", "NORP") and e.end_char <= root.idx for e in doc.ents):
        return True
    previous = doc[max(0, root.sent.start - 1)].sent if root.sent.start > 0 else None
    bodies = words("organizations", "nouns")
    return previous is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in bodies for t in previous)


def _after_parenthetical(verb: Token, source: Span) -> tuple[int, int] | None:
    """Return what follows "X, he said, ..." when the cue clause interrupts its content."""
    if verb.dep_ != "parataxis" or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.i < head.i or _predicate_after_cue(verb) is not None:
        return None  # "The crew found the leak, Ruiz said, and sealed the valve": one claim (_content_of)
    last = max(verb.right_edge.i, source.end - 1)
    start_tok = last + 1
    end_tok = head.right_edge.i
    doc = verb.doc
    while start_tok <= end_tok and (doc[start_tok].is_punct or doc[start_tok].is_space or doc[start_tok].lower_ in ("and", "but")):
        start_tok += 1
    if end_tok - start_tok < 2:
        return None
    return doc[start_tok].idx, doc[end_tok].idx + len(doc[end_tok])


def _quoted_speaker(verb: Token) -> Link | None:
    """ "reports have quoted officials attributing X to Y": the officials, via the reports."""
    if verb.lemma_.lower() != "quote":
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject):
        return None
    outlet, _ = subject_of(verb)
    start = subject.right_edge.idx + len(subject.right_edge)
    content = (start, _subtree_chars(clause)[1])
    return Link("indirect", content, _cue_span(verb), _noun_phrase(subject), "relay_quoted",
                [outlet] if outlet is not None else [], cue_token=verb)


def _relay(verb: Token, source: Span, lex: dict[str, frozenset[str]]) -> tuple[Span, list[Span]]:
    """Return the originating source and the outlets it was relayed through.

    "the Post reported, citing X": X, via the Post. "a source told CNN": the source, via CNN.
    "the Post cited a source who said": the source, via the Post.
    """
    via: list[Span] = []
    if verb.dep_ == "relcl":
        cite = source.root.head
        if source.root.dep_ == "dobj" and cite.lemma_.lower() in lex["relay"]:
            outlet, _ = subject_of(cite)
            if outlet is not None:
                via.append(outlet)
    for recipient in verb.children:
        # "told CNN"; "Reuters was told by a diplomat": the outlet heard it.
        if recipient.dep_ in ("dobj", "dative", "nsubjpass") and recipient.i not in range(source.start, source.end) \
                and _mentions_media(recipient):
            via.append(_noun_phrase(recipient))
    # "a draft, seen by Reuters, says": the outlet that saw the document relays it.
    root = source.root
    for participle in root.doc[root.left_edge.i:root.right_edge.i + 1]:
        if _relay_participle(participle) and participle.i >= source.start:
            via.extend(_noun_phrase(g) for a in participle.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj" and _mentions_media(g))
    originator = _cited_originator(verb, lex)
    if originator is not None and _relays_through(source, originator):
        return originator, [source, *via]
    return source, via


def _relays_through(citer: Span, cited: Span) -> bool:
    """True when "X, citing Y" makes Y the source and X its relay: Y can speak, and a document or
    study ("citing a recent survey") is cited by an outlet, not by a person who makes the claim
    ("said Dana Pruitt, a pollster, citing the governor's focus on child care": Pruitt's claim)."""
    if not can_speak(cited.root):
        return False
    evidence = cited.root.lemma_.lower() in words("media", "documents", "nouns")
    return not evidence or _mentions_media(citer.root)


def _relay_participle(tok: Token) -> bool:
    """True for "seen by Reuters", "reviewed by the Post" modifying a document: a relay, not a cue."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


def _citing_in_clause(clause: Token, lex: dict[str, frozenset[str]]) -> Token | None:
    """Return "citing" when the parser hung "X reported, citing Y, that Z" on the reported clause:
    a relay verb among the clause's children, before the clause's own words begin."""
    first_own = min((c.i for c in clause.children if c.dep_ in ("mark", "nsubj", "nsubjpass", "expl")), default=clause.i)
    for child in clause.children:
        if child.dep_ in ("advcl", "xcomp", "dep") and child.lemma_.lower() in lex["relay"] and child.i < first_own:
            return child
    return None


def _cited_originator(verb: Token, lex: dict[str, frozenset[str]]) -> Span | None:
    """Return the source cited by "citing X" attached to ``verb`` (or a verb it coordinates, or
    the clause it reports)."""
    relays = list(verb.children)
    relays += [c for clause in verb.children if clause.dep_ == "ccomp" and clause.i > verb.i
               for c in [_citing_in_clause(clause, lex)] if c is not None]
    that = _that_of_governor(verb)
    if that is not None:
        relays += [c for c in verb.head.children if verb.i < c.i < that.i]
    for child in relays:
        if child.dep_ in ("advcl", "xcomp", "conj", "dep") and child.lemma_.lower() in lex["relay"]:
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                phrase = _noun_phrase(obj)
                # "citing two people with knowledge of the matter": the parser may hang the
                # knowledge phrase on "citing"; it describes the people.
                nxt = next((c for c in child.children if c.dep_ == "prep" and c.i == phrase.end), None)
                if nxt is not None and nxt.lower_ in ("with", "familiar", "close", "in", "at", "inside", "within"):
                    phrase = obj.doc[phrase.start:nxt.right_edge.i + 1]
                return phrase
    return None


@functools.cache
def _media_names() -> frozenset[str]:
    return words("media", "outlets")


def _mentions_media(tok: Token) -> bool:
    phrase = " ".join(t.lower_ for t in tok.subtree if not t.is_punct)
    if phrase.removeprefix("the ") in _media_names() or phrase in _media_names():
        return True
    return tok.lower_ in ("media", "outlet", "outlets", "newspaper", "newspapers", "reporters", "journalists") or (
        tok.ent_type_ == "ORG" and any(t.lower_ in _media_names() for t in tok.subtree)
    ) or names_outlet(tok)


def names_outlet(tok: Token) -> bool:
    """True when a proper name is a news outlet: a masthead ("the Valdmark Herald"), a name an
    outlet noun modifies ("public broadcaster VRT"), or one the article introduced so ("Kurier,
    a daily newspaper")."""
    if tok.pos_ != "PROPN":
        return False
    lex = _outlet_words()
    if tok.lower_ in lex["mastheads"] and tok.i > 0 and (tok.doc[tok.i - 1].pos_ == "PROPN" or tok.doc[tok.i - 1].lower_ == "the"):
        return True
    if any(c.dep_ in ("compound", "appos", "amod", "nmod") and c.lemma_.lower() in lex["outlet_nouns"] for c in tok.children):
        return True
    return tok.lower_ in _outlets_introduced(tok.doc)


@functools.cache
def _outlet_words() -> dict[str, frozenset[str]]:
    return {"mastheads": words("media", "names", "mastheads"), "outlet_nouns": words("media", "names", "outlet_nouns")}


def _outlets_introduced(doc: Doc) -> list[str]:
    """Return the names the article presents as outlets somewhere ("Kurier, a daily newspaper")."""
    key = "attribution.outlets"  # a list, so that Doc.to_bytes can still serialize user_data
    if key not in doc.user_data:
        nouns = _outlet_words()["outlet_nouns"]
        doc.user_data[key] = sorted({
            t.lower_ for t in doc if t.pos_ == "PROPN"
            and any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in nouns for c in t.children)})
    return doc.user_data[key]


def _per_source(tok: Token) -> Token | None:
    """Return the source of "per the health ministry" / "per Reuters" (a name, or a noun with a determiner that
    can speak), or None: "per cent", "per person", "per share" are rates."""
    if tok.text != "per" and not (tok.text == "Per" and tok.is_sent_start):
        return None  # "the former director general, Per Alming,": a name
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or not can_speak(pobj) or pobj.like_num:
        return None
    named = pobj.pos_ == "PROPN" or pobj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return pobj if named or any(c.dep_ in ("det", "poss") for c in pobj.children) else None


def _from_according_to(sent: Span) -> Iterator[Link]:
    for tok in sent:
        per = _per_source(tok)
        if per is not None:
            if _relays_speech(tok):
                continue  # "“…,” one commenter said, per Feng": the commenter's words, relayed by Feng
            to, pobj = tok, per  # "The virus, per the health ministry, is carried by ticks": as "according to"
        elif tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
            continue
        else:
            to = tok.doc[tok.i + 1]
            if _relays_speech(tok):
                continue  # "X said, according to Y": X said it, relayed by Y (see according_to_relay)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        source = _noun_phrase(pobj)
        phrase_start = tok.idx
        phrase_end = source.end_char
        # The claim is the rest of the sentence, on the side that holds the clause.
        before = (sent.start_char, phrase_start)
        after = (phrase_end, sent.end_char)
        if _trim(tok.doc, *after)[1] - _trim(tok.doc, *after)[0] >= _trim(tok.doc, *before)[1] - _trim(tok.doc, *before)[0]:
            content = after
        else:
            content = before
        subject = _subject_before_phrase(sent, tok, source)
        if subject is not None:
            # "The virus, per the health ministry, is carried by ticks": one claim; a dateline "(CNN)" is not its subject.
            first = subject.left_edge.i
            if tok.doc[first].text == "(":
                first = next((t.i + 1 for t in tok.doc[first:tok.i] if t.text == ")"), first)
            content = (tok.doc[first].idx, sent.end_char)
        yield Link("according_to", content, (tok.idx, to.idx + len(to)), source, "according_to")


def _subject_before_phrase(sent: Span, cue: Token, source: Span) -> Token | None:
    """Return the clause's subject when "according to X" / "per X" stands between commas after it and
    before its verb ("The virus, per the health ministry, is carried by ..."): the claim runs on both sides.
    None otherwise."""
    doc = sent.doc
    words = [t for t in doc[sent.start:cue.i] if not (t.is_punct or t.is_space)]
    after = doc[source.end] if source.end < sent.end else None
    if not words or cue.i == 0 or doc[cue.i - 1].text != "," or after is None or after.text != "," \
            or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None)


def _from_hedges(sent: Span, lex: dict[str, frozenset[str]]) -> Iterator[Link]:
    doc = sent.doc
    for tok in sent:
        if tok.lower_ in lex["hedge_adverbs"]:
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            start, end = _subtree_chars(head)
            if tok.idx < start:
                start = tok.idx
            yield Link("unsourced", (start, end), (tok.idx, tok.idx + len(tok)), None, "hedge_adverb", cue_token=tok)
    for match in _hedge_frames().finditer(sent.text):
        cue = (sent.start_char + match.start(), sent.start_char + match.end())
        if match.group(0).lower().startswith(("it ", "there ", "rumo", "reports", "speculation")):
            content = (cue[1], sent.end_char)
        else:
            content = (sent.start_char, _own_clause_end(sent, cue[1]))
        yield Link("unsourced", content, _trim(doc, *cue), None, "hedge_frame")


def _own_clause_end(sent: Span, after: int) -> int:
    """Return where the hedged clause ends: before a clause coordinated with the sentence's main verb
    that has a subject of its own ("X were accused of hiding it — and officials later admitted that
    ..."), else at the sentence end."""
    doc = sent.doc
    for conj in sent.root.children:
        if conj.dep_ == "conj" and conj.idx > after and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            k = conj.left_edge.i
            while k > sent.start and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
                k -= 1
            return doc[k].idx
    return sent.end_char


def _from_document_subjects(sent: Span, lex: dict[str, frozenset[str]]) -> Iterator[Link]:
    """Documents, polls and studies that "show" content: their subject is a document source."""
    for tok in sent:
        if tok.lemma_.lower() not in lex["show"] or not _is_cue(tok, lex) and tok.pos_ != "VERB":
            continue
        if _is_cue(tok, lex) and tok.lemma_.lower() not in ("show", "indicate", "find", "reveal"):
            continue  # already a cue verb
        if _bare_participle(tok) or tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ in _REFLEXIVES:
            continue
        content = _content_of_cue(tok, lex)
        if content is None:
            continue
        source, _ = subject_of(tok)
        if source is None:
            continue
        yield Link("indirect", content, _cue_span(tok), source, "document_shows", cue_token=tok)


def _from_noun_cues(sent: Span, lex: dict[str, frozenset[str]]) -> Iterator[Link]:
    """Nouns for something said with their source and claim: "warnings from the finance office that
    the project could drain the fund"; holding a view: "experts are of the view that ..."; voicing one:
    "parents have voiced fears that ..."."""
    for tok in sent:
        found = _noun_cue_source(sent, tok, lex) if tok.pos_ == "NOUN" else None
        if found is None:
            continue
        source, last = found
        content = _that_clause_after(sent, last)
        if content is not None:
            yield Link("indirect", content, (tok.idx, tok.idx + len(tok)), source, "noun_cue", cue_token=tok)


def _noun_cue_source(sent: Span, tok: Token, lex: dict[str, frozenset[str]]) -> tuple[Span, int] | None:
    """Return the source of a noun cue and the last token before its that-clause, or None."""
    doc = sent.doc
    if tok.lower_ in lex["noun_cues"]:
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None  # the parser may hang "from" elsewhere
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lex["noun_cue_preps"]), None) or (
            after if after is not None and after.dep_ == "prep" and after.lower_ in lex["noun_cue_preps"] else None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is not None and can_speak(pobj) and pobj.right_edge.i + 1 < sent.end:
            return _noun_phrase(pobj, stop=doc[pobj.right_edge.i + 1]), pobj.right_edge.i
    elif tok.lower_ in lex["view_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "be":
        holder = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
            return _noun_phrase(holder), tok.i
    elif tok.lower_ in lex["attitude_nouns"] and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["voicing"]:
        holder, _ = subject_of(tok.head)
        if holder is not None and (can_speak(holder.root) or holder.root.pos_ in ("NOUN", "PROPN")):
            return holder, tok.i
    return None


def _that_clause_after(sent: Span, last: int) -> tuple[int, int] | None:
    """Return the characters of a that-clause with its own subject starting right after token ``last``
    ("... office [that the project could drain the fund]"), without "that"; None when there is none."""
    doc = sent.doc
    if last + 1 >= sent.end or doc[last + 1].lower_ != "that" or doc[last + 1].dep_ != "mark":
        return None
    clause = doc[last + 1].head
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ != "that" for c in clause.children):
        return None
    return doc[last + 1].idx + len(doc[last + 1]), _subtree_chars(clause)[1]


def _from_verbs_read_as_nouns(sent: Span, lex: dict[str, frozenset[str]]) -> Iterator[Link]:
    """"The budget office projects that output will fall": the tagger may read the cue as a plural noun
    heading the sentence, its subject as modifiers and the that-clause as a relative clause."""
    doc = sent.doc
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or not (lemma in lex["speech"] or lemma in lex["belief"]):
            continue
        clause = next((c for c in tok.rights if c.dep_ in ("relcl", "acl", "ccomp") and c.left_edge.lower_ == "that"
                       and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ != "that" for g in c.children)), None)
        modifiers = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss")]
        if clause is None or not modifiers or not can_speak(modifiers[-1]):
            continue
        words = [c for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod")]
        source = doc[words[0].left_edge.i:tok.i]
        that = clause.left_edge
        yield Link("indirect", (that.idx + len(that), _subtree_chars(clause)[1]), (tok.idx, tok.idx + len(tok)), source,
                   "cue_read_as_noun", cue_token=tok)


_SPEAKER_COLON = compile_pattern(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?=\S)")


def _from_speaker_colons(doc: Doc, paragraphs: list[Paragraph]) -> Iterator[Link]:
    """Transcripts and headlines: "PENCE: Well, look ...", "Sanders: Clinton needs to ...".

    The paragraph opens with a name and a colon; what follows is the named speaker's.
    """
    text = doc_text(doc)
    labelled = [(para, match) for para in paragraphs if para.is_text
                for match in [_SPEAKER_COLON.match(text, para.start, para.end)] if match]
    capitals = [m for _, m in labelled if m.group(1).isupper()]
    text_paragraphs = [p for p in paragraphs if p.is_text]
    for para, match in labelled:
        if match.group(1).lower() in _lexicon()["not_speakers"] or para.kind == NOTE:
            continue
        if len(capitals) == 1 and match is capitals[0] and _opens_story(text, text_paragraphs, para) \
                and not _names_a_person(doc, match.group(1)):
            continue  # "NEW DELHI: ...": a dateline; a transcript labels many paragraphs, a headline a person
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
        if name is None or not len(name) or not can_speak(name.root) or name.root.like_num:
            continue
        if _record_list(doc, match.end(), para.end):
            continue
        colon = match.end(1)
        yield Link("indirect", (match.end(), para.end), (colon, colon + 1), name, "speaker_colon")


def _opens_story(text: str, paragraphs: list[Paragraph], para: Paragraph) -> bool:
    """True for the paragraph a dateline can open: the first, or the second after a short headline."""
    if paragraphs and para is paragraphs[0]:
        return True
    return len(paragraphs) > 1 and para is paragraphs[1] and paragraphs[0].end - paragraphs[0].start <= 150 \
        and not text[paragraphs[0].start:paragraphs[0].end].rstrip().endswith((".", ":"))


def _names_a_person(doc: Doc, label: str) -> bool:
    """True when a word of an all-capitals label is a word of a person the article names ("TRUMP:")."""
    words_ = {w.lower() for w in label.split()}
    return any(t.lower_ in words_ for e in doc.ents if e.label_ == "PERSON" for t in e)


# Items (between commas) from which a list after "Name:" with no clause is a record, not speech.
RECORD_ITEMS = 3


def _record_list(doc: Doc, start: int, end: int) -> bool:
    """True when the words after "Name:" are a list with no clause ("Jane Doe: Possession of cocaine,
    theft, released on bail."): a police log or charge sheet, not what Jane Doe said."""
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return False
    sent = first[0].sent
    tokens = [t for t in doc[first.start:min(sent.end, first.end)] if not t.is_space]
    if not tokens or tokens[0].pos_ == "INTJ" or tokens[0].lower_ in _lexicon()["interjections"]:
        return False
    commas = sum(t.text == "," for t in tokens)
    clause = any(t.tag_ in _FINITE_TAGS or t.pos_ == "PRON" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= first.start for c in t.children) for t in tokens)
    return commas + 1 >= RECORD_ITEMS and not clause


def _from_headline_credits(doc: Doc, paragraphs: list[Paragraph]) -> Iterator[Link]:
    """Wire headlines: "US preparing new sanctions on tanker fleet -sources": what the sources say."""
    text = doc_text(doc)
    for para in paragraphs:
        if not para.is_text or para.end - para.start > 300:
            continue
        match = headline_credit().search(text, para.start, para.end)
        if not match or match.start() - para.start < 10:
            continue
        # "-sources" may be one token: the mention then keeps its dash.
        source = doc.char_span(match.start("source"), match.end("source"), alignment_mode="contract") \
            or doc.char_span(match.start("source"), match.end("source"), alignment_mode="expand")
        if source is None or not len(source):
            continue
        dash = match.start() + 1
        yield Link("indirect", (para.start, match.start()), (dash, dash + 1), source, "headline_credit")


def link_sentences(doc: Doc, paragraphs: list[Paragraph]) -> list[Link]:
    """Return the links found in every sentence that lies in a text paragraph, in text order."""
    lex = _lexicon()
    spans = [(p.start, p.end) for p in paragraphs if p.is_text]
    links: list[Link] = []
    seen_cues: set[tuple[int, int]] = set()

    starts = [s for s, _ in spans]

    def in_text(char: int) -> bool:
        k = bisect.bisect_right(starts, char) - 1
        return k >= 0 and spans[k][0] <= char < spans[k][1]

    for sent in doc.sents:
        # A user's own Doc may run a sentence across a boilerplate line: keep any sentence that
        # touches article text, then drop links that start outside it.
        if not any(in_text(t.idx) for t in sent if not t.is_space):
            continue
        for link in _from_cue_verbs(sent, lex):
            seen_cues.add(link.cue)
            links.append(link)
        for link in _from_document_subjects(sent, lex):
            if link.cue not in seen_cues:
                links.append(link)
        links.extend(_from_verbs_read_as_nouns(sent, lex))
        links.extend(_from_noun_cues(sent, lex))
        links.extend(_from_according_to(sent))
        links.extend(_from_hedges(sent, lex))
    links.extend(_from_speaker_colons(doc, paragraphs))
    links.extend(_from_headline_credits(doc, paragraphs))
    for link in links:
        # A content never crosses its paragraph: clip it to the paragraph of its cue.
        anchor = link.cue[0] if link.cue is not None else link.content[1] - 1
        k = bisect.bisect_right(starts, anchor) - 1
        if k >= 0 and spans[k][0] <= anchor < spans[k][1]:
            link.content = (max(link.content[0], spans[k][0]), min(link.content[1], spans[k][1]))
    links = [link for link in links if link.content[1] > link.content[0] and in_text(link.content[0])
             and (link.source is None or in_text(link.source.start_char))]
    out = []
    for link in links:
        start, end = _trim(doc, *link.content)
        if end - start < 2 or _only_frame(doc, start, end, lex):
            continue
        link.content = (start, end)
        out.append(link)
    return out


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


_AUXILIARIES = words("grammar", "auxiliaries", "lemmas")


def _only_frame(doc: Doc, start: int, end: int, lex: dict[str, frozenset[str]]) -> bool:
    """True when a content is only a frame of time, place or medium ("In a March 3 letter", "Later
    in the day", "Then, last month") or a request for anonymity ("to be named"): no claim."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not tokens:
        return False
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if len(tokens) == 2 and tokens[0].pos_ in ("PRON", "NOUN", "PROPN") and tokens[1].lemma_.lower() in _AUXILIARIES:
        return True  # "records falsified to show that they had": an elided verb phrase, no claim of its own
    if tokens[0].lower_ in ("to", "not") and verbs and all(
            t.lemma_.lower() in lex["anonymity_requests"] or t.dep_ == "auxpass" for t in verbs):
        return True
    timed = len(tokens) > 1 and tokens[0].lower_ in lex["time_determiners"] and tokens[1].lower_ in lex["time_nouns"]
    return (tokens[0].lower_ in lex["frame_openers"] or timed) and not any(
        t.tag_ in _FINITE_TAGS or t in verbs and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) for t in tokens)


def colon_speaker(doc: Doc, quote: Quote) -> Span | None:
    """Return X in "X was blunter: “...”", the subject of the clause a colon hands over to a quote."""
    k = quote.open_mark - 1
    text = doc_text(doc)
    while k >= 0 and text[k] in " \t\n":  # a paragraph may end with the colon
        k -= 1
    if k < 0 or text[k] != ":" or text.count("\n", k, quote.open_mark) > 2:
        return None
    colon = doc.char_span(k, k + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    # The clause before the colon: the nearest word before it that has a subject.
    for tok in reversed(doc[sent.start:colon[0].i]):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < colon[0].i), None)
        if subject is not None:
            return _noun_phrase(_speaker_behind(subject)) if can_speak(subject) else None
    return None


def speaker_after(doc: Doc, quote: Quote) -> Span | None:
    """Return X in "“Don’t mind me!” X told them.": the speaker of a cue that opens the sentence
    right after a quotation that ended its own sentence, when that cue reports nothing else."""
    if quote.close_mark is None:
        return None
    text = doc_text(doc)
    k = quote.close_mark + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text) or text[k] == "\n" or text[quote.end - 1:quote.end] not in "!?.":
        return None
    first = doc.char_span(k, k + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    lex = _lexicon()
    for tok in doc[first[0].i:min(sent.end, first[0].i + 5)]:
        if tok.lemma_.lower() in lex["say"] and tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                return None  # "He told them he would stay": a report of its own
            subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if subject is not None and can_speak(subject):
                return _noun_phrase(subject)
            return None
    return None


def tag_verb_after(doc: Doc, quote: Quote) -> Span | None:
    """Return X in "“That is false,” Cole shot back." or "“We won,” she beamed.": a quotation closed
    by a comma, then a sentence that is only a speaker and a verb (with a particle or an adverb),
    the verb a tag for the quotation whatever it is; else None."""
    if quote.close_mark is None or "," not in doc_text(doc)[quote.end - 1:quote.close_mark]:
        return None
    after = doc.char_span(quote.close_mark + 1, min(len(doc_text(doc)), quote.close_mark + 80), alignment_mode="expand")
    if after is None or not len(after):
        return None
    verb = next((t for t in after if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in ("VBD", "VBZ"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not can_speak(subject) or subject.left_edge.i != after[0].i:
        return None
    rest = [t for t in verb.sent[verb.i - verb.sent.start + 1:] if not (t.is_punct or t.is_space)]
    if any(t.head.i != verb.i or t.dep_ not in ("prt", "advmod", "npadvmod") for t in rest):
        return None  # "“…,” Cole said, adding ...", "Cole told reporters": other words say more
    return _noun_phrase(subject)


def sentence_of(doc: Doc, char: int) -> Span | None:
    """Return the sentence that holds character ``char``, or None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent if span is not None else None


def quote_is_speech(doc: Doc, quote: Quote) -> bool:
    """True when an unlinked quotation reads as speech (a clause), not a scare quote or a title."""
    if is_title(doc_text(doc), quote):
        return False  # 'said on "Face the Nation."'
    text = doc_text(doc)[quote.start:quote.end]
    n_words = len(text.split())
    if n_words >= 6:
        return True
    return n_words >= 3 and text.rstrip()[-1:] in ".!?"
