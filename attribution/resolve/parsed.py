"""Step 4, full path: the article and its mentions as the resolver reads them, from the parse.

``ParsedArticle`` gives the resolver what it needs to know of the article (sentences, people,
named bodies, quotations, clauses) from the Doc, and builds each mention's ``Mention``; the
description of a full mention is ``describe_parsed.describe``.
"""

from __future__ import annotations

import bisect

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ..lexicon.people import person_titles, surname_key
from ..link.parse import names_outlet, subject_of
from ..parse.pipeline import doc_text
from .describe_parsed import (_content_tokens, _initials, _is_plural, _outlet_name, _partitive_group, describe,
                              gender_of, person_by_name)
from .info import (INDEFINITE as _INDEFINITE, NAMED_ENTS as _NAMED_ENTS, PERSONAL as _PERSONAL,
                   PRONOUN_GENDER as _PRONOUN_GENDER, SourceInfo, lex as _lex, title_word)
from .mention import Mention
from .reasons import reason_in

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_POS = frozenset({PROPN, NOUN})
_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "csubjpass"})
_WINDOW = 1500


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
        self.text = doc_text(doc)
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
        never = len(doc_text(self.doc))  # doc.text is rebuilt from the tokens on each access: once only
        for tok in self.doc:
            if tok.pos not in _NOUN_POS or tok.i in covered or not tok.text[:1].isupper():  # integer tags first: every token passes here
                continue
            low = tok.lower_.removesuffix("’s").removesuffix("'s")
            if known.get(low, never) <= tok.idx:
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

    def unnamed_subject(self, sentence: tuple[int, int]) -> str | None:
        """Return "described" when the sentence's subject is "the" and a role or title noun ("The
        former envoy also discussed ..."), the pronoun when it is "he", "she" or "they", else None."""
        span = self.doc.char_span(*sentence, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span[0].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        if subject.lower_ in ("he", "she", "they"):
            return subject.lower_
        lemma = subject.lemma_.lower()
        described = subject.pos_ == "NOUN" and subject.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        return "described" if described and (lemma in _lex()["roles"] or lemma in person_titles()) else None

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

    def is_place(self, m: Mention) -> bool:
        """Return True when a named mention is a place: the recognizer's GPE, LOC or FAC."""
        return m.entity in ("GPE", "LOC", "FAC")

    def is_outlet(self, m: Mention) -> bool:
        """Return True when a named body is a news outlet."""
        span = self._span(m)
        return _outlet_name(span) or names_outlet(span.root)

    def headline_end(self) -> int:
        """Return where the article's first line (its headline) ends; 0 when it is a long lede."""
        text = self.doc.text
        first_line = text.find("\n") if "\n" in text else len(text)
        return 0 if first_line > 200 else first_line
