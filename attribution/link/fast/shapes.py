"""The fast path's registry of shapes: ``SHAPES``, each a named shape of attribution with a made-up
example sentence and the rules its links carry, read in order over each sentence; the reporting-verb
shape sets a cue aside by named vetoes (``NOT_A_VERB_HERE``, ``REFUSED_OR_PASSIVE``, ``NO_CLAIM_AFTER``).
A sentence in, its ``FastLink``s out."""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field

import regex


from .lexicon import (
    _COMPARISON_BEFORE,
    _ABBREVIATION_END, _ABOUT_NUMBER, _ACCORDING, _AMONG, _AND_PREDICATE, _AND_THAT, _AS_OPENING, _AS_TAIL,
    _AUX_AFTER, _CALLED_A, _CALLED_ON, _CITED_WHO, _CITING, _CITING_TAIL, _COMMA_AFTER_CUE, _COMMA_PHRASE_THAT,
    _COMMA_TAIL, _COMMA_THAT, _COMPLEMENT, _COMPOUND_NOUN_AFTER, _CONDITIONAL, _CONTRACTED_VERB, _COORDINATED,
    _DESCRIBED, _FEEL_FORMS, _FELT_CLAUSE, _FIRST_NP, _FREE_RELATIVE, _JUDGED_AS, _NEGATED, _NEXT_WORD,
    _NOT_CONTENT_BEFORE, _NOT_TO, _NOUN_BEFORE, _NUMBER_AFTER, _PARENTHETICAL, _PASSIVE, _PHRASE_TO_COLON,
    _PIECE, _POSSESSIVE_BEFORE, _PP, _PREPOSITIONS, _PURPOSE_TO, _PUT_DOWN_TO, _QUOTE_IN_REPORT, _QUOTE_TAIL,
    _REFLEXIVE_AFTER, _SEMICOLON, _SHORT_TAIL, _SOURCE_END, _SPLIT_QUOTE_REST, _STATE_THAT, _TAIL, _THAT,
    _TITLE_AFTER_CUE, _TITLE_THAT, _TOLD_BY, _TO_INFINITIVE, _VERB_AFTER, _VERB_LIKE, _WRITER_OR_READER,
)
from .phrases import (
    CueForm, FastLink, _after_frame, _asks_to_act, _clause, _is_source, _lowercase_word_before, _noun_phrase_only,
    _only_frame, _plural_noun, _recipient_end, _relays_through, _source_after, _source_before, _subject_only,
    _subject_words, _trim, _word_before, coordinated_cue_start, cue_form_at, cue_forms, first_cue_form, is_cue_form,
)


def _quote_inside_report(text: str, s: int, e: int, para: int, lex: dict) -> list[FastLink]:
    """Return the two attributions of "He walked in and said, “Q,” the prosecutor's office said": he
    said Q, and the office said everything before its cue; empty when the sentence has no such shape."""
    if text.find("“", s, e) < 0 and text.find('"', s, e) < 0:
        return []  # no opening mark: the pattern's search would try every character for nothing
    m = _QUOTE_IN_REPORT.search(text, s, e)
    if m is None or m.group("cue") not in lex["core"]:
        return []
    last = cue_forms(text, m.start("rest"), m.end("rest"), lex)
    if not last or text[last[-1].end():m.end("rest")].strip():
        return []  # the report's cue must close the sentence
    cue = last[-1]
    reporter = _source_before(text, m.start("rest"), cue.start(), lex, cue.group(0) in lex["core"])
    first = _FIRST_NP.match(text, s, m.start("cue"))
    speaker = _source_before(text, s, m.start("cue"), lex, True) or (
        (first.start(), first.end()) if first and _is_source(text, first.start(), first.end(), lex) else None)
    if reporter is None or speaker is None:
        return []
    report = FastLink("indirect", (s, m.end("close")), (cue.start(), cue.end()), reporter, "fast_cue_after_content", para)
    quote = FastLink("direct", (m.start("quote"), m.end("quote")), (m.start("cue"), m.end("cue")), speaker,
                     "fast_quote_inside_report", para)
    return [report, quote]


def _as_report(text: str, s: int, e: int, para: int, lex: dict) -> tuple[FastLink | None, tuple[int, int] | None]:
    """Return the attribution of "As Ana Ruiz reports for the Ledger, CLAUSE" or "As the analyst noted at
    the time, CLAUSE" (the clause after the comma, said by the as-clause's subject) and its cue, or
    (None, cue) for the writer's own "As we've noted, ...", or (None, None) for other sentences."""
    m = _AS_OPENING.match(text, s, e)
    cue = first_cue_form(text, m.start("rest"), m.end("rest"), lex) if m else None
    if cue is None or cue.group(0) in lex["intention"] or not _AS_TAIL.fullmatch(text, cue.end(), m.end("rest")):
        return None, None  # "As expected, …", "As the firm plans to …", "As the company announced its results, …"
    src = _source_before(text, m.start("rest"), cue.start(), lex, core=True)
    content = _trim(text, m.end(), e)
    if src is None or text[src[0]:src[1]].lower() in ("we", "i") or content[1] - content[0] < 12:
        return None, (cue.start(), cue.end())
    return FastLink("indirect", content, (cue.start(), cue.end()), src, "fast_as_cue", para), (cue.start(), cue.end())


def _members_before(text: str, s: int, cue: int, lex: dict) -> tuple[int, int] | None:
    """Return X in "X are among (the) chains that said ...", the members who said it, or None.
    A frame that opens the sentence ("In the meantime, ...") is not part of X."""
    m = _AMONG.search(text, max(s, cue - 90), cue)
    if m is None:
        return None
    start = s
    for piece in _PIECE.finditer(text, s, m.start()):
        if not _only_frame(text, piece.start(), piece.end(), lex):
            break
        start = piece.end()
    members = _trim(text, start, m.start())
    return members if members[1] > members[0] and _is_source(text, *members, lex, core=True) or (
        members[1] > members[0] and text[members[0]].isupper()) else None


def _noun_cues(text: str, s: int, e: int, para: int, lex: dict) -> list[FastLink]:
    """Return the attributions of nouns for something said ("warnings from the finance office that X",
    "a promise by the owners that X") and of holding a view ("Experts are of the view that X")."""
    out = []
    for m in lex["noun_cue"].finditer(text, s, e):
        if _is_source(text, m.start("source"), m.end("source"), lex, core=True):
            content = _trim(text, m.end(), _SEMICOLON.search(text, m.end(), e).start() if _SEMICOLON.search(text, m.end(), e) else e)
            out.append(FastLink("indirect", content, (m.start("noun"), m.end("noun")), (m.start("source"), m.end("source")),
                                "fast_noun_cue", para))
    for m in lex["voicing"].finditer(text, s, e):
        src = _source_before(text, s, m.start(), lex, core=True)  # "parents have voiced fears that X"
        if src is not None and not _WRITER_OR_READER.match(text, *src):
            out.append(FastLink("indirect", _trim(text, m.end(), e), (m.start(), m.end() - len(" that ")), src, "fast_noun_cue", para))
    for m in lex["view_frame"].finditer(text, s, e):
        src = _source_before(text, s, m.start(), lex, core=True)
        words_ = text[s:m.start()].split()
        if src is None and 0 < len(words_) <= 6 and words_[0][:1].isupper() and not any(
                w.islower() and (_VERB_LIKE.fullmatch(w) or is_cue_form(w, lex)) for w in words_):
            src = _trim(text, s, m.start())  # "Growers and millers are of the view that ..."
        if src is not None:
            cue = (m.start(), m.end() - len(" that "))
            out.append(FastLink("indirect", _trim(text, m.end(), e), cue, src, "fast_noun_cue", para))
    return out


@dataclass
class Sentence:
    """One sentence as the shapes read it: its bounds in ``text``, its paragraph's index, the fast
    lexicon, and the links found in it so far (a later shape reads the earlier ones)."""

    text: str
    s: int
    e: int
    para: int
    lex: dict
    out: list[FastLink] = field(default_factory=list)
    as_cue: tuple[int, int] | None = None  # the cue of an "As X reports, …" opening: no other shape reads it
    cues: list[CueForm] | None = None  # its reporting-verb forms, in text order (found when not given)

    def __post_init__(self) -> None:
        if self.cues is None:
            self.cues = cue_forms(self.text, self.s, self.e, self.lex)


class Cue:
    """One reporting-verb form found in a sentence, with the facts about its context that the vetoes
    and shapes ask for, each worked out once and only when asked."""

    def __init__(self, sentence: Sentence, m: regex.Match) -> None:
        self.sentence, self.m, self.word = sentence, m, m.group(0)
        self.text, self.s, self.e, self.lex = sentence.text, sentence.s, sentence.e, sentence.lex
        self.span = (m.start(), m.end())

    @functools.cached_property
    def core(self) -> bool:
        """True for the verbs of saying themselves ("said", "told"), which take any short subject."""
        return self.word in self.lex["core"]

    @functools.cached_property
    def low_before(self) -> str:
        """The 20 characters before the cue, lower-cased: where refusals, passives and negations show."""
        return self.text[max(self.s, self.m.start() - 20):self.m.start()].lower()

    @functools.cached_property
    def nxt(self) -> str:
        """The word after the cue, lower-cased ("" at the sentence's end)."""
        after = _NEXT_WORD.match(self.text, self.m.end(), self.e)
        return after.group(1).lower() if after else ""

    @functools.cached_property
    def pp(self) -> regex.Match | None:
        """A time or place phrase right after a verb of saying ("said on Monday")."""
        return _PP.match(self.text, self.m.end(), self.e) if self.core else None

    @functools.cached_property
    def asked_after(self) -> regex.Match | None:
        """"called on the council to": the phrase up to the request."""
        return self.lex["asked_after"].match(self.text, self.m.start(), self.e)

    @functools.cached_property
    def asks(self) -> bool:
        """True when the cue asks someone to act ("called on X to", "urged X to")."""
        return self.asked_after is not None or self.word in self.lex["urge_forms"] and _asks_to_act(
            self.text, self.m.end(), self.e, self.lex)

    @functools.cached_property
    def warned_about(self) -> bool:
        """"warned against closing it": a warning about an act."""
        return self.word in self.lex["warn_about"] and self.nxt in self.lex["warn_preps"]

    @functools.cached_property
    def judged_after(self) -> regex.Match | None:
        """"a bonus that X slammed on a call as “grossly unfair”": the name given, after the phrase."""
        return _JUDGED_AS.match(self.text, self.m.end(), self.e) if self.word in self.lex["judge_as"] \
            and self.nxt in _PREPOSITIONS else None

    @functools.cached_property
    def claim(self) -> regex.Match | None:
        """"confirmed the report", "rejects Vantor's argument that X": a claim noun as the object."""
        return self.lex["claim_object"].match(self.text, self.m.end(), self.e) \
            if self.word in self.lex["claim_object_verbs"] else None

    def says_that(self) -> bool:
        """True when "that" follows the cue."""
        return _THAT.match(self.text, self.m.end(), self.e) is not None


@dataclass(frozen=True)
class Veto:
    """A reading of a reporting-verb form that reports nothing, with a sentence of it; the vetoes are
    asked in their order and the first that holds sets the cue aside."""

    name: str
    example: str  # a made-up sentence where this veto, and no earlier one, sets the cue aside
    holds: Callable[[Cue], bool]


def _hedged_order(c: Cue) -> bool:
    if not (c.word in c.lex["urge_forms"] and c.lex["hedge_adverb"].search(c.text, max(c.s, c.m.start() - 14), c.m.start())):
        return False
    to = _TO_INFINITIVE.search(c.text, c.m.end(), min(c.e, c.m.end() + 60))
    that = _THAT.search(c.text, c.m.end(), min(c.e, c.m.end() + 60))
    return bool(to and (that is None or to.start() < that.start()))


def _prepositional_use(c: Cue) -> bool:
    about_number = c.nxt == "about" and _ABOUT_NUMBER.match(c.text, c.m.end(), c.e)  # "said about 150 troops would …"
    return c.nxt in _PREPOSITIONS and c.asked_after is None and not c.warned_about and not c.judged_after \
        and not about_number and not (c.nxt == "to" and c.word in c.lex["intention"]) and not c.says_that() \
        and not (c.pp and c.pp.end() > c.m.end() + 3)


# Before any content is looked for: the form is a noun, or part of one, or a count.
NOT_A_VERB_HERE: tuple[Veto, ...] = (
    Veto("noun_after_determiner", "Officials read the report on Monday.",
         lambda c: bool(_NOUN_BEFORE.search(c.text, max(c.s, c.m.start() - 8), c.m.start())
                        or _POSSESSIVE_BEFORE.search(c.text, max(c.s, c.m.start() - 30), c.m.start())
                        or c.word in c.lex["noun_forms"] and _word_before(c.text, c.s, c.m.start()) in c.lex["noun_modifiers"])),
    Veto("comparison", "The company reported better than expected results.",
         lambda c: c.word in c.lex["comparison_forms"] and _COMPARISON_BEFORE.search(c.text, max(c.s, c.m.start() - 6), c.m.start()) is not None),
    Veto("noun_before_its_verb", "Her annual report shows a steep rise in costs.",
         lambda c: c.word in c.lex["noun_forms"] and cue_form_at(c.text, c.m.end() + 1, c.e, c.lex) is not None
         and c.text[c.m.end():c.m.end() + 1] == " " and _lowercase_word_before(c.text, c.s, c.m.start())),
    Veto("compound_noun", "She joined a Brussels think tank last year.",
         lambda c: _COMPOUND_NOUN_AFTER.match(c.text, c.m.end(), c.e) is not None),
    Veto("state_as_noun", "Kestrian state television showed the parade.",
         lambda c: c.word in c.lex["only_before_that"] and not _STATE_THAT.match(c.text, c.m.end(), c.e)),
    Veto("plural_noun_after_names", "Betting is legal in most U.S. states where it was put to a vote.",
         lambda c: c.word in c.lex["plural_after_names"] and not _STATE_THAT.match(c.text, c.m.end(), c.e)
         and _plural_noun(c.text, c.s, c.m, c.lex)),
    Veto("count_not_speech", "The shares added 25 points by noon.",
         lambda c: c.word in c.lex["not_before_number"] and _NUMBER_AFTER.match(c.text, c.m.end(), c.e) is not None),
)

# Before the content before the cue is looked for: nothing is said.
REFUSED_OR_PASSIVE = Veto(
    "refusal_or_passive", "The minister declined to say when the vote would be held.",
    lambda c: any(f"{r}d to " in c.low_before or f"{r}s to " in c.low_before or f"{r}ing to " in c.low_before
                  for r in c.lex["refusal"]) or bool(_PASSIVE.search(c.low_before) and not c.word.endswith("ing")))

# Before the content after the cue is looked for: what follows is no claim.
NO_CLAIM_AFTER: tuple[Veto, ...] = (
    Veto("aside_after_tag", "The coach paused and said, his voice breaking.",
         lambda c: c.word in c.lex["after_quote_only"] or _COMMA_AFTER_CUE.match(c.text, c.m.end(), c.e) is not None),
    Veto("describing_without_a_name", "The mayor called the hearing for Tuesday.",
         lambda c: c.word in c.lex["describe"] and not _CALLED_ON.match(c.text, c.m.end(), c.e)
         and not _DESCRIBED.match(c.text, c.m.end(), c.e)
         and not (c.word in c.lex["call_forms"] and _CALLED_A.match(c.text, c.m.end(), c.e))),
    Veto("stance_without_a_name", "The governor praised the rescuers at the scene.",
         lambda c: bool(c.word in c.lex["judge_as"] and not _JUDGED_AS.match(c.text, c.m.end(), c.e)
                        or c.word in c.lex["put_down_to"] and not _PUT_DOWN_TO.match(c.text, c.m.end(), c.e))),
    Veto("asked_not_to_be_named", "The aide asked not to be named.",
         lambda c: _NOT_TO.match(c.text, c.m.end(), c.e) is not None),
    Veto("nobody_asked_to_act", "The figures encouraged investors in the morning.",
         lambda c: c.word in c.lex["asking_only"] and not c.asks),
    Veto("request_rides_on_claim", "The mayor said the pools were safe and urged parents to visit.",
         lambda c: c.asks and _COORDINATED.search(c.text[c.s:c.m.start()]) is not None),
    Veto("hedged_order", "The owner reportedly told managers to prepare lists of staff.", _hedged_order),
    Veto("prepositional_use", "The agency responded to requests within a week.", _prepositional_use),
    Veto("question_not_claim", "The panel questioned why the money was spent.",
         lambda c: c.lex["wh"].match(c.text, c.m.end(), c.e) is not None and (
             c.word in c.lex["question"] or c.word in c.lex["knowing"] or _NEGATED.search(c.low_before) is not None)),
    Veto("knowing_denied", "The aides didn’t know the governor was coming.",
         lambda c: c.word in c.lex["factive"] and _NEGATED.search(c.low_before) is not None),
    Veto("negated_with_object", "The firm did not estimate its losses.",
         lambda c: _NEGATED.search(c.low_before) is not None and not c.claim and not c.says_that() and not c.core),
    Veto("stance_on_an_object", "The union rejected the offer on Friday.",
         lambda c: c.word in c.lex["object_only"] and not c.claim and not c.says_that()),
    Veto("wanting_a_thing", "The drivers wanted a raise this year.",
         lambda c: c.word in c.lex["infinitive_only"] and c.nxt not in ("to", "that")),
    Veto("amount_said", "The minister has said little in public about the deal.",
         lambda c: c.lex["amount_object"].match(c.text, c.m.end(), c.e) is not None),
    Veto("sensation", "Families could feel the pinch at the pump.",
         lambda c: c.word.lower() in _FEEL_FORMS and not _FELT_CLAUSE.match(c.text, c.m.end(), c.e)),
    Veto("whom_it_cites", "The Ledger cited another source, who said the talks had stalled.",
         lambda c: c.word in c.lex["relay"] and _CITED_WHO.match(c.text, c.m.end(), c.e) is not None),
    Veto("verb_form_as_noun", "Health worries have dogged the senator for years.",
         lambda c: bool(c.word in c.lex["noun_forms"] and _AUX_AFTER.match(c.text, c.m.end(), c.e)
                        or _REFLEXIVE_AFTER.match(c.text, c.m.end(), c.e))),
    Veto("purpose_or_free_relative", "The board wants a clearer way to report its spending.",
         lambda c: bool(_PURPOSE_TO.search(c.text, max(c.s, c.m.start() - 12), c.m.start())
                        or _FREE_RELATIVE.search(c.text, max(c.s, c.m.start() - 30), c.m.start()))),
)


def vetoed_by(c: Cue, vetoes: tuple[Veto, ...]) -> Veto | None:
    """Return the first of ``vetoes`` that holds for the cue, or None."""
    return next((v for v in vetoes if v.holds(c)), None)


def _passive_agent(c: Cue) -> FastLink | None:
    """Return the link of "CNN was told by a senior administration official that …" (the agent said
    it), or None."""
    if not (c.word in c.lex["recipient_verbs"] and _PASSIVE.search(c.low_before)):
        return None
    by = _TOLD_BY.match(c.text, c.m.end(), c.e)
    if by and _is_source(c.text, by.start("source"), by.end("source"), c.lex, core=True):
        return FastLink("indirect", _trim(c.text, by.end(), c.e), c.span, (by.start("source"), by.end("source")),
                        "fast_passive_agent", c.sentence.para)
    return None


def _tail_ends_report(c: Cue, comma: int) -> bool:
    """True when what follows the cue closes a report of what came before it: the sentence's end, a
    time or place, ", who …", a title, or after a quotation its closing words."""
    text, m, e = c.text, c.m, c.e
    tail = text[m.end():e]
    if c.word in c.lex["recipient_verbs"]:
        obj = _recipient_end(text, m.end(), e, c.lex)
        tail = text[obj:e] if obj is not None else tail
    after_quote = text[comma] in "”\"" or text[comma - 1:comma] in "”\""
    if c.word in c.lex["after_quote_only"] and not after_quote:
        return False
    complement = _COMPLEMENT.match(tail) is not None and (c.word in c.lex["intention"] or tail.lstrip().startswith("that"))
    return not complement and (_TAIL.match(tail) is not None or _SHORT_TAIL.match(tail) is not None
                               or _COMMA_TAIL.match(tail) is not None or _TITLE_AFTER_CUE.fullmatch(tail) is not None
                               or after_quote and _QUOTE_TAIL.match(tail) is not None)


def _content_then_cue(c: Cue, comma: int, src: tuple[int, int]) -> Iterator[FastLink]:
    """Yield the links of "…, X said." with what the cue goes on to: "…, X said, and that Y" (two
    contents), "Many of the prisons, she said, are aging" (one claim around the cue), "Too often, Mr.
    Clarke said, the debate …" (two pieces), and "…, the Post reported, citing an unnamed source"."""
    text, s, e, m, para = c.text, c.s, c.e, c.m, c.sentence.para
    cited = _CITING_TAIL.match(text, m.end(), e)
    if cited and cited.end(1) > cited.start(1) and _relays_through(text, src, (cited.start(1), cited.end(1))):
        first = FastLink("indirect", _trim(text, s, comma), c.span, (cited.start(1), cited.end(1)),
                         "fast_relay_citing", para, via=[src])
    else:
        first = FastLink("indirect", _trim(text, s, comma), c.span, src, "fast_cue_after_content", para)
    yield first
    rest = _PARENTHETICAL.match(text, m.end(), e)
    more = _AND_THAT.match(text, m.end(), e)
    if rest and e - rest.end() > 12 and not more and (
            _noun_phrase_only(text, s, comma, c.lex) or _AND_PREDICATE.match(text, rest.end(), e)):
        # "The crew found the leak, Ruiz said, and sealed the valve": two predicates of one subject.
        first.content = _trim(text, s, e)
    elif rest and e - rest.end() > 12 and not more:
        yield FastLink("indirect", _trim(text, rest.end(), e), c.span, src, "fast_parenthetical_cue", para, piece_of=first)
    if more:
        yield FastLink("indirect", _trim(text, more.end(), e), c.span, src, "fast_cue_between_clauses", para)


def _thing_then_participle(c: Cue, src: tuple[int, int]) -> bool:
    """True when ``src`` is "a" or "an" and a word that names no speaker, and the cue is a past
    participle that modifies it ("a deal announced Monday", "a plan reported last week")."""
    words_ = c.text[src[0]:src[1]].split()
    return len(words_) == 2 and words_[0].lower() in ("a", "an") and words_[1].islower() \
        and words_[1] not in c.lex["nouns"] and c.word.endswith("ed")


def _content_before_cue(c: Cue) -> Generator[FastLink, None, bool]:
    """Yield the links of a cue that follows its content ("“…,” X said.", "…, X said (on Tuesday).",
    "…, said X (, who …)."), and return True when there were any."""
    text, s, m, e, lex = c.text, c.s, c.m, c.e, c.lex
    comma = max(text.rfind(",", s, m.start()), text.rfind("”", s, m.start()), text.rfind("\"", s, m.start()))
    if comma <= s + 8 or _NOT_CONTENT_BEFORE.fullmatch(text, s, comma) or _only_frame(text, s, comma, lex) \
            or (lex["subordinate"].fullmatch(text, s, comma) and text[comma] == ","):  # "As X happened, Y testified"
        return False
    between = text[comma + 1:m.start()].strip()
    src = _source_before(text, comma + 1, m.start(), lex, c.core) if between else None
    if src is not None and _thing_then_participle(c, src):
        src = None  # "…, a deal announced at the beginning of the week.": the deal was announced
    if src is not None and _tail_ends_report(c, comma) and not _CONDITIONAL.match(text, s, m.start()):
        yield from _content_then_cue(c, comma, src)
        return True
    if between or c.word in lex["not_inverted"] or c.word in lex["describe"]:
        return False
    src = _source_after(text, m.end(), e, lex)
    if src is None:
        return False
    first = FastLink("indirect", _trim(text, s, comma), c.span, src, "fast_inverted_cue", c.sentence.para)
    yield first
    rest = _SPLIT_QUOTE_REST.match(text, src[1], e)
    if rest:  # "“This withdrawal,” said the official, “is the result of …”"
        yield FastLink("indirect", _trim(text, rest.end(), e), c.span, src, "fast_parenthetical_cue",
                       c.sentence.para, piece_of=first)
    return True


def _speaker_before(c: Cue) -> tuple[int, int] | None:
    """Return who the cue's clause after it is credited to: the subject before the cue, or for "…,
    adding that" and "X confirmed A, and said B" the speaker of the verb before; None when there is
    none, or it is a condition ("If one adds"), nobody ("no one knows"), the writer or the reader."""
    text, s, m, lex = c.text, c.s, c.m, c.lex
    src = _members_before(text, s, m.start(), lex) or _source_before(text, s, m.start(), lex, c.core)
    if src is not None and _CONDITIONAL.match(text, max(s, src[0] - 7), src[0]):
        return None
    if src is not None and " ".join(text[src[0]:src[1]].lower().split()) in lex["negative_subjects"]:
        return None
    if src is not None and _thing_then_participle(c, src):
        return None  # "a deal announced at the beginning of the week": nobody announced anything here
    if src is not None and (_WRITER_OR_READER.match(text, src[0], src[1]) or _CONTRACTED_VERB.search(text, src[0], src[1])):
        src = None  # "We must add that …", "One would hope"; "It’s more complicated than X says": a clause
    # "But a few days later, Voss reversed herself, telling CBS that ...": the clause's subject comes
    # after a frame, and no word of the frame is the speaker.
    clause_start = _after_frame(text, s, m.start(), lex) if c.word.endswith("ing") else s
    if src is not None and clause_start > s and src[1] <= clause_start:
        src = None
    out = c.sentence.out
    if src is None and c.word.endswith("ing") and text[s:m.start()].rstrip().endswith((",", ",\"", ",”")):
        # "“…,” he told the group, adding that …": the speaker of the cue before it.
        src = next((a.source for a in reversed(out) if a.source is not None and a.cue and a.cue[0] < m.start()), None)
        first = _FIRST_NP.match(text, clause_start, m.start())  # "Brandt defended her budget, telling ..."
        if src is None and first and _is_source(text, first.start(), first.end(), lex):
            src = (first.start(), first.end())
        if src is None:
            src = _subject_words(text, clause_start, m.start(), lex, c.core)  # "The mayor toured the plant, saying ..."
    if src is None and _COORDINATED.search(text[s:m.start()]):
        # "Officials confirmed X, and said ...": the subject of the first verb.
        src = next((a.source for a in reversed(out) if a.source is not None), None)
        first = _FIRST_NP.match(text, s, m.start())
        if src is None and first and _is_source(text, first.start(), first.end(), lex):
            src = (first.start(), first.end())
    return src


def _content_start(c: Cue) -> int | None:
    """Return where the clause after the cue starts: past "that", a recipient ("told CNN on Sunday"),
    a time or place ("said on Monday"), "called on the council to"; None when the recipient ends the
    sentence or takes a preposition ("asked the council for aid")."""
    text, m, e, lex = c.text, c.m, c.e, c.lex
    pos = c.asked_after.end() if c.asked_after is not None else c.judged_after.end() if c.judged_after else m.end()
    if c.word in lex["recipient_verbs"] and not c.warned_about:
        obj = _recipient_end(text, pos, e, lex)
        that = _THAT.search(text, pos, min(e, pos + 60))
        if that and (obj is None or that.start() <= obj + 2 or (
                "," not in text[obj:that.start()] and len(text[obj:that.start()].split()) <= 4)):
            return that.end()
        if obj is None:
            return pos
        time = _PP.match(text, obj, e)  # "told CNN on Sunday the war would end"
        rest = time.end() if time and time.end() > obj + 2 and not _TAIL.match(text, obj, e) else obj
        after_obj = _NEXT_WORD.match(text, rest, e)
        if _TAIL.match(text, rest, e) or after_obj and after_obj.group(1) in _PREPOSITIONS - {"to"}:
            return None  # "he told reporters outside the ministry on Monday.", "asked the council for aid"
        if not (c.word in lex["urge_forms"] and _TO_INFINITIVE.match(text, rest, e)):
            pos = rest  # "urged [members] to reject the offer": the one asked is part of the request
        return pos
    if c.claim:
        return c.claim.end()  # "rejects Vantor's argument that X": X
    that = _THAT.match(text, pos, e) or _COMMA_PHRASE_THAT.match(text, pos, e) or _TITLE_THAT.match(text, m.end(), e)
    if that:
        return that.end()  # "said (on Monday) that", "said, during a visit to Kyiv, that"
    if c.pp and _THAT.match(text, c.pp.end(), e) is None:
        return c.pp.end()
    return pos


def _content_after_cue(c: Cue, src: tuple[int, int]) -> Iterator[FastLink]:
    """Yield the link of "X said (on Tuesday) (that) CLAUSE", "X told Y (that) CLAUSE", "X confirmed the
    report", or "X reported, citing Y, that CLAUSE" (Y's claim, via X): the clause runs to the next
    coordinated cue or semicolon."""
    text, m, e, lex, para = c.text, c.m, c.e, c.lex, c.sentence.para
    if c.claim and not (c.word in lex["recipient_verbs"] and not c.warned_about) \
            and not (c.claim.group("that") and not _VERB_AFTER.match(text, c.claim.end(), e)):
        # "confirmed the report", "rejected that account", "denied the report that appeared …": the
        # claim noun is what was said.
        pos = c.asked_after.end() if c.asked_after is not None else c.judged_after.end() if c.judged_after else m.end()
        stop = c.claim.start("that") if c.claim.group("that") else c.claim.end()
        start = pos + len(text[pos:stop]) - len(text[pos:stop].lstrip())
        yield FastLink("indirect", (start, stop), c.span, src, "fast_claim_object", para)
        return
    pos = _content_start(c)
    if pos is None:
        return
    to_colon = _PHRASE_TO_COLON.match(text, m.end(), e)
    if to_colon:
        pos = to_colon.end()  # "said in a statement on Tuesday: “…”", "told reporters: “…”"
    citing = _CITING.match(text, pos, e)
    if citing:
        # "The Post reported on Monday, citing a person briefed on it, that ...": X, via the Post.
        that = _COMMA_THAT.search(text, citing.end(), e)
        if that:
            yield FastLink("indirect", _trim(text, that.end(), e), c.span, _trim(text, citing.end(), that.start()),
                           "fast_relay_citing", para, via=[src])
        return
    ing, semicolon = lex["ing_cue"].search(text, pos, e), _SEMICOLON.search(text, pos, e)
    stop = min((x for x in (coordinated_cue_start(text, pos, e, lex), ing and ing.start(), semicolon and semicolon.start())
                if x is not None), default=e)
    content = _trim(text, pos, stop)
    if _TITLE_AFTER_CUE.fullmatch(text, m.end(), stop):
        return  # 'said on "Face the Nation."': where it was said, not what
    if content[1] - content[0] < (5 if c.nxt == "to" else 12) and len(text[content[0]:content[1]].split()) < 3 \
            or text[pos:pos + 1] in ".":
        return
    yield FastLink("indirect", content, c.span, src, "fast_cue_before_content", para)


def _reporting_verbs(sentence: Sentence) -> Iterator[FastLink]:
    """Yield the links of each reporting-verb form in the sentence that no veto sets aside: the content
    before the cue when the cue tags it, else the clause after it."""
    for m in sentence.cues:
        c = Cue(sentence, m)
        if c.span == sentence.as_cue or vetoed_by(c, NOT_A_VERB_HERE):
            continue
        agent = _passive_agent(c)
        if agent is not None:
            yield agent
            continue
        if REFUSED_OR_PASSIVE.holds(c):
            continue
        if (yield from _content_before_cue(c)):
            continue
        if vetoed_by(c, NO_CLAIM_AFTER):
            continue
        src = _speaker_before(c)
        if src is not None:
            yield from _content_after_cue(c, src)


def _according_to(sentence: Sentence) -> Iterator[FastLink]:
    """Yield the links of "according to X, CLAUSE", "CLAUSE, according to X" (the longer side) and
    "per X"."""
    text, s, e, lex = sentence.text, sentence.s, sentence.e, sentence.lex
    for m in _ACCORDING.finditer(text, s, e):
        stop = _SOURCE_END.search(text, m.end(), e)
        while stop is not None and _ABBREVIATION_END.search(text, max(m.end(), stop.start() - 6), stop.start() + 1):
            stop = _SOURCE_END.search(text, stop.start() + 1, e)  # "according to Mr. Ballard", "Sen. J. Ruiz"
        src_end = stop.start() if stop else e
        src = (m.end(), src_end)
        while src[1] > src[0] and text[src[1] - 1] in ".”\"":
            src = (src[0], src[1] - 1)
        if m.group(0).lower().startswith("per") and not (_is_source(text, *src, lex) or any(
                w[:1].isupper() for w in text[src[0]:src[1]].split())):
            continue  # "five dollars per the hour": a rate
        before, after = _trim(text, s, m.start()), _trim(text, src_end, e)
        content = after if after[1] - after[0] >= before[1] - before[0] else before
        if _subject_only(text, s, m.start(), lex) and text[src_end:src_end + 1] == "," and after[1] > after[0]:
            content = _trim(text, s, e)  # "The virus, per the health ministry, is carried by ticks": one claim around the phrase
        yield FastLink("according_to", content, (m.start(), m.start() + len(m.group(0).rstrip())), src, "according_to",
                       sentence.para)


def _hedge_frames(sentence: Sentence) -> Iterator[FastLink]:
    """Yield an unsourced link for each hedge frame ("it is believed that", "reports say")."""
    text, s, e = sentence.text, sentence.s, sentence.e
    for m in sentence.lex["hedge_frame"].finditer(text, s, e):
        low = m.group(0).lower()
        cs, ce = _clause(text, s, e, m.start())
        content = (m.end(), ce) if low.startswith(("it ", "there ", "rumo", "reports", "speculation")) else (cs, ce)
        yield FastLink("unsourced", _trim(text, *content), (m.start(), m.end()), None, "fast_hedge_frame", sentence.para)


def _hedge_adverbs(sentence: Sentence) -> Iterator[FastLink]:
    """Yield an unsourced link for the clause of each hedge adverb ("reportedly", "allegedly")."""
    text, s, e = sentence.text, sentence.s, sentence.e
    for m in sentence.lex["hedge_adverb"].finditer(text, s, e):
        yield FastLink("unsourced", _trim(text, *_clause(text, s, e, m.start())), (m.start(), m.end()), None,
                       "fast_hedge_adverb", sentence.para)


def _as_opening(sentence: Sentence) -> Iterator[FastLink]:
    link, sentence.as_cue = _as_report(sentence.text, sentence.s, sentence.e, sentence.para, sentence.lex)
    if link is not None:
        yield link


@dataclass(frozen=True)
class Shape:
    """A named shape of attribution in news text: a sentence of it, the rules its links carry, and how
    to find it. ``SHAPES`` holds them in the order they read a sentence."""

    name: str
    example: str  # a made-up sentence of the shape: the shape alone finds a link in it (tests/test_link_fast_shapes.py)
    rules: tuple[str, ...]
    find: Callable[[Sentence], Iterable[FastLink]]
    alone: bool = False  # when it finds links, the sentence is read no further


SHAPES: tuple[Shape, ...] = (
    Shape("quote_inside_report", "He walked to the podium and said, “We are ready,” the mayor's office said.",
          ("fast_quote_inside_report", "fast_cue_after_content"),
          lambda sen: _quote_inside_report(sen.text, sen.s, sen.e, sen.para, sen.lex), alone=True),
    Shape("as_opening", "As Ana Ruiz reports for the Ledger, the mill will close in the spring.", ("fast_as_cue",), _as_opening),
    Shape("noun_cue", "Parents have voiced fears that the school will close.", ("fast_noun_cue",),
          lambda sen: _noun_cues(sen.text, sen.s, sen.e, sen.para, sen.lex)),
    Shape("according_to", "According to the county clerk, turnout was the highest in decades.", ("according_to",),
          _according_to),
    Shape("reporting_verb", "The mill will close in the spring, the owner said on Tuesday.",
          ("fast_cue_after_content", "fast_inverted_cue", "fast_parenthetical_cue", "fast_cue_between_clauses",
           "fast_relay_citing", "fast_passive_agent", "fast_claim_object", "fast_cue_before_content"), _reporting_verbs),
    Shape("hedge_frame", "It is believed that the mill will close in the spring.", ("fast_hedge_frame",), _hedge_frames),
    Shape("hedge_adverb", "The mill will reportedly close in the spring.", ("fast_hedge_adverb",), _hedge_adverbs),
)


def _links_in_sentence(text: str, s: int, e: int, para: int, lex: dict, cues: list[CueForm] | None = None) -> list[FastLink]:
    """Return the links the shapes find in ``text[s:e]``, in the registry's order (``cues``: its
    reporting-verb forms when the caller has found them)."""
    sentence = Sentence(text, s, e, para, lex, cues=cues)
    for shape in SHAPES:
        found = len(sentence.out)
        for link in shape.find(sentence):
            sentence.out.append(link)
        if shape.alone and len(sentence.out) > found:
            break
    return sentence.out
