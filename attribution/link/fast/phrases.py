"""The fast path's phrase readers: around a cue the source before or after
it, a subject, a clause, a recipient, trimmed to its words. Text and offsets in, spans out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ...lexicon import words
from ...prepare.sentences import ANY_END
from .lexicon import (
    _ACRONYM_WORD,
    RECORD_ITEMS, _AFTER_CUT, _AFTER_NOUN, _AGE, _ANTECEDENT_STOP, _APPOSITIVE, _AUXILIARIES, _CLAUSE_BREAK,
    _CLAUSE_WORD, _CONDITIONAL, _CONJUNCTION, _DETERMINERS, _DETERMINER_NP, _EDGE, _LAST_NAME, _LAST_WORD,
    _LEADING_FRAME, _NEW_CLAUSE, _NEXT_WORD, _NOT_NP, _NOUN_FOLLOWERS, _NP_WORDS, _OBJECT_PRONOUNS, _PHRASE_CUT,
    _PIECE, _PREPOSITIONS, _PRONOUNS, _QUANTIFIERS, _RECIPIENT_DETS, _RECIPIENT_WORD, _RELATIVE_IN,
    _RELATIVE_OPEN, _RELATIVE_REST, _SPLIT_QUOTE_REST, _SUBJECT_THEN_COMMA, _TAIL, _TITLE_REST, _TO_INFINITIVE,
    _VERB_LIKE, _WH, _WORD_BACK, _WORD_RUN, _WORD_RUN_ANY, compiled_lexicon,
    _COLON_TAIL, _COORDINATED_ADVERB, _COORDINATED_PRONOUN, _COORDINATOR, _THAT_AFTER,
)


@dataclass
class FastLink:
    """An attribution found by the fast path, in parse-text character offsets."""

    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    rule: str
    paragraph: int
    via: list = field(default_factory=list)
    continues: int | None = None
    piece_of: "FastLink | None" = None  # the link whose content this one goes on ("A, he said, B")
    quotes: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class CueForm:
    """A reporting-verb form in the text, answering what the shapes ask of a match: ``start()``,
    ``end()`` and ``group(0)``, the form's words."""

    at: int
    to: int
    form: str

    def start(self) -> int:
        """Return where the form starts."""
        return self.at

    def end(self) -> int:
        """Return where the form ends."""
        return self.to

    def group(self, _: int = 0) -> str:
        """Return the form's words."""
        return self.form


def _inside_word(text: str, at: int) -> bool:
    """True when ``at`` falls inside a run of word characters, where no form can start."""
    return 0 < at < len(text) and _WORD_RUN_ANY.match(text, at - 1, at) is not None \
        and _WORD_RUN_ANY.match(text, at, at + 1) is not None


def _forms_at(text: str, at: int, end: int, lex: dict, bounded: bool = True) -> Iterator[str]:
    """Yield the forms that start at the word at ``at`` and end before ``end``, longest first (a
    phrase form before its first word), each ending at a word's end unless ``bounded`` is False."""
    run = _WORD_RUN_ANY.match(text, at, end)
    if run is None:
        return
    word = run.group()
    if word in lex["cue_phrase_heads"]:
        for p in lex["cue_phrases"]:
            if text.startswith(p, at) and at + len(p) <= end and not (bounded and _WORD_RUN_ANY.match(text, at + len(p), end)):
                yield p
    if word in lex["cue_words"]:
        yield word


def cue_forms(text: str, start: int, end: int, lex: dict) -> list[CueForm]:
    """Return the reporting-verb forms of ``text[start:end]`` in text order: each word that is a
    one-word form, and the phrase forms ("pointed out"). The same forms an alternation of all the
    forms between word boundaries finds, six times faster: a set is asked for each word."""
    out: list[CueForm] = []
    words_, heads = lex["cue_words"], lex["cue_phrase_heads"]
    skip = start
    for w in _WORD_RUN_ANY.finditer(text, start, end):
        word = w.group()
        if word not in words_ and word not in heads:
            continue  # most words: no form starts here
        at = w.start()
        if at < skip or at == start and _inside_word(text, at):
            continue  # the second word of a phrase form, or the end of a word cut by the window
        form = next(_forms_at(text, at, end, lex), None)
        if form is not None:
            out.append(CueForm(at, at + len(form), form))
            skip = at + len(form)
    return out


def first_cue_form(text: str, start: int, end: int, lex: dict) -> CueForm | None:
    """Return the first reporting-verb form of ``text[start:end]``, or None."""
    found = cue_forms(text, start, end, lex)
    return found[0] if found else None


def cue_form_at(text: str, at: int, end: int, lex: dict) -> CueForm | None:
    """Return the reporting-verb form that starts at ``at`` (a word's start), or None."""
    if _inside_word(text, at):
        return None
    form = next(_forms_at(text, at, end, lex), None)
    return CueForm(at, at + len(form), form) if form is not None else None


def is_cue_form(words_: str, lex: dict) -> bool:
    """True when ``words_`` is a reporting-verb form, whole ("said", "pointed out")."""
    return words_ in lex["cue_forms"]


def has_clause_verb(phrase: str, lex: dict) -> bool:
    """True when a word of ``phrase`` is a verb that makes it a clause ("…ed", "…ing", "said")."""
    return any(w in lex["verb_in_phrase"] for w in _WORD_RUN_ANY.findall(phrase))


def colon_end_cue(text: str, start: int, end: int, lex: dict) -> int | None:
    """Return where the cue starts when ``text[start:end]`` ends with a cue form, at most two words
    and a colon ("Caddell continued:", "she said in part:"), else None."""
    if ":" not in text[start:end]:
        return None
    for w in _WORD_RUN_ANY.finditer(text, start, end):
        at = w.start()
        if at == start and _inside_word(text, at):
            continue
        for form in _forms_at(text, at, end, lex, bounded=False):
            if _COLON_TAIL.match(text, at + len(form), end):
                return at
    return None


def coordinated_cue_start(text: str, start: int, end: int, lex: dict) -> int | None:
    """Return where the first "and"/"but" before a second cue starts in ``text[start:end]`` (", and
    later said", "but he added"): a comma or space, the conjunction, an optional pronoun and
    adverb, then a reporting-verb form ("state" and "ruling" only before "that"); else None."""
    for head in _COORDINATOR.finditer(text, start, end, overlapped=True):
        after_pronoun = _COORDINATED_PRONOUN.match(text, head.end(), end)
        for at in ([after_pronoun.end()] if after_pronoun else []) + [head.end()]:
            adverb = _COORDINATED_ADVERB.match(text, at, end)
            for form_at in ([adverb.end()] if adverb else []) + [at]:
                if _coordinated_form(text, form_at, end, lex):
                    return head.start()
    return None


def _coordinated_form(text: str, at: int, end: int, lex: dict) -> bool:
    """True when a form of a coordinated cue starts at ``at`` and ends at a word's end."""
    for form in _forms_at(text, at, end, lex):
        if form in lex["coordinated_forms"]:
            return True
    run = _WORD_RUN_ANY.match(text, at, end)
    return run is not None and run.group() in lex["only_before_that"] and _THAT_AFTER.match(text, run.end(), end) is not None


def _recipient_end(text: str, pos: int, hi: int, lex: dict) -> int | None:
    """Return where the recipient after a cue like "told" ends ("told [a jury] on Monday"), or None.

    A recipient is an object pronoun, or an optional determiner, up to three lower-case words and,
    after none or after an outlet noun ("public broadcaster VRT"), up to four capitalised words.
    """
    found, p = [], pos
    while len(found) < 8:
        m = _RECIPIENT_WORD.match(text, p, hi)
        if not m:
            break
        found.append((m.group(1), m.end(1)))
        p = m.end()
    if not found:
        return None
    if found[0][0].lower() in _OBJECT_PRONOUNS:
        return found[0][1]
    if len(found) > 2 and found[1][0] == "of" and found[0][0].lower() in _QUANTIFIERS:
        found = found[2:]  # "told some of the miners"
    k = 1 if found[0][0].lower() in _RECIPIENT_DETS else 0
    end, head, caps = None, None, 0
    while k < len(found) and caps < 4 and found[k][0][:1].isupper():  # "Swiss [broadcaster RTS]"
        end, k, caps = found[k][1], k + 1, caps + 1
    if caps and not (k < len(found) and found[k][0] in lex["outlet_nouns"]):
        return end
    while k < len(found) and k < 5 and found[k][0][:1].islower() and found[k][0] not in lex["recipient_stop"]:
        if head is not None and k + 1 < len(found) and _VERB_LIKE.fullmatch(found[k + 1][0]):
            break  # "told reporters [officials] were lying": the next words are the clause's subject and verb
        head, end, k = found[k][0], found[k][1], k + 1
    if head is None or head in lex["outlet_nouns"]:
        caps = 0
        while k < len(found) and caps < 4 and found[k][0][:1].isupper():
            end, k, caps = found[k][1], k + 1, caps + 1
    return end


def _plural_noun(text: str, s: int, m: regex.Match, lex: dict) -> bool:
    """True when a form like "states" is a plural noun: after a name, an abbreviation or a number not
    at the sentence start, after a preposition or a quantifier, or before "where"/"and"."""
    before = _WORD_BACK.findall(text, max(s, m.start() - 30), m.start())
    word = before[-1] if before else ""
    return bool(word) and (word[:1].isupper() and m.start() - len(word) - 1 > s or word[:1].isdigit()
                           or word.lower() in _PREPOSITIONS or word.lower() in _QUANTIFIERS) \
        or _NOUN_FOLLOWERS.match(text, m.end()) is not None


def _asks_to_act(text: str, pos: int, hi: int, lex: dict) -> bool:
    """True when the words at ``pos`` name someone and then an infinitive ("[investors] to buy")."""
    end = _recipient_end(text, pos, hi, lex)
    return end is not None and _TO_INFINITIVE.match(text, end, hi) is not None


def _word_before(text: str, lo: int, at: int) -> str:
    """Return the lower-cased word that ends just before ``at`` (after ``lo``), or ""."""
    m = _LAST_WORD.search(text, lo, at)
    return m.group(1).lower() if m else ""


def _lowercase_word_before(text: str, lo: int, at: int) -> bool:
    """True when the word before ``at`` is a lower-case word that is not a pronoun ("annual report shows")."""
    m = _LAST_WORD.search(text, lo, at)
    return m is not None and m.group(1)[:1].islower() and m.group(1) not in _PRONOUNS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` without edge punctuation, a leading "that"/"and" or a trailing period.

    A quote mark is kept when its partner is inside the span.
    """
    for _ in range(3):
        before = (start, end)
        while start < end and text[start] in _EDGE:
            if text[start] in "“\"" and any(c in "”\"" for c in text[start + 1:end]):
                break
            start += 1
        while end > start and (text[end - 1] in _EDGE or text[end - 1] == "."):
            if text[end - 1] in "”\"" and any(c in "“\"" for c in text[start:end - 1]):
                break
            end -= 1
        head = text[start:start + 5].lower()
        for w in ("that ", "and ", "but "):
            if head.startswith(w):
                start += len(w)
        if (start, end) == before:
            break
    return start, end


def _is_source(text: str, s: int, e: int, lex: dict, core: bool = False) -> bool:
    phrase = text[s:e]
    tokens = phrase.split()
    if not tokens or len(tokens) > 10 or has_clause_verb(phrase, lex) or tokens[0] == "that" \
            or any(t in _AUXILIARIES or t in _WH for t in tokens) or tokens[0].lower() in _PREPOSITIONS:
        return False  # "the hearing whether Meroni", "in August", "In October"
    if len(tokens) == 1 and (tokens[0].lower() in lex["not_sources"] and not _ACRONYM_WORD.fullmatch(tokens[0])
                             or tokens[0].lower().rstrip(".,") in lex["calendar"]):
        return False  # "Now tell us …", "Perhaps ask …", "…, said Tuesday"
    if len(tokens) > 1 and tokens[0][:1].isdigit() and (tokens[-1].lower() not in lex["nouns"]
                                                        and tokens[-1].lower().rstrip("s") not in lex["nouns"]):
        return False  # "248 cases were reported": a count, not a speaker ("two officials" is one)
    if core and (_DETERMINER_NP.fullmatch(phrase) or _plausible_np(tokens)):
        return True  # verbs of saying take any noun subject: "the former president said", "Privacy advocates say"
    last = tokens[-1].lower().rstrip(".")
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return True
    if last in lex["nouns"] or (last.endswith("s") and last[:-1] in lex["nouns"]):
        return True
    # An acronym is a name even when it spells a word ("WHO"): "…, says WHO."
    caps = [t for t in tokens if t[:1].isupper() and (t.lower() not in lex["not_names"] or _ACRONYM_WORD.fullmatch(t))]
    return bool(caps) and tokens[-1][:1].isupper()


def _plausible_np(tokens: list[str]) -> bool:
    """True for a short phrase that reads as a noun phrase: no auxiliary, no -ed, -ing or -ly word."""
    if len(tokens) > 6 or tokens[0][:1].islower() and tokens[0] not in _DETERMINERS:
        return False
    return not any(t.lower() in _NOT_NP or (t.islower() and t.endswith(("ed", "ing", "ly"))) for t in tokens)


def _source_before(text: str, lo: int, cue: int, lex: dict, core: bool = False) -> tuple[int, int] | None:
    """Return the noun phrase that ends just before the cue at ``cue`` (after ``lo``), or None.

    "X, a senator from Ohio, said" and "X, who ..., said": the phrase opening the sentence.
    """
    end = cue
    between = lex["between"].search(text, max(lo, end - 80), end)  # a bounded window: linear on runs of spaces
    if between:
        end = between.start()
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ")":
        opening = text.rfind("(", max(lo, end - 40), end)
        if opening > lo:  # "Rep. Dana Whitfield (D-Ore.) said": the name before the party and state
            end = opening
            while end > lo and text[end - 1].isspace():
                end -= 1
    start = end
    while start > lo and text[start - 1] not in ",;:“”\"—–―(":
        start -= 1
    while start < end and text[start] in " \t":
        start += 1
    if _AGE.fullmatch(text, start, end) and text[end:end + 1] == "," \
            or start > lo and text[start - 1] == "," and _RELATIVE_OPEN.match(text, start, end):
        start = end  # "Kevin Caldwell, 44, said", "An official, who is familiar with the plan, said": not the speaker
    if start >= end and start > lo and text[start - 1] == ",":
        if text.count(",", lo, start) > 3:
            return None
        # "Kurier, a daily newspaper, revealed": the phrase before the appositive; "Pulsar, which is
        # based in Austin, Texas, said": the phrase before the first comma.
        first, last = text.find(",", lo, start - 1), text.rfind(",", lo, start - 1)
        opening = text[lo:first].strip() if first > lo else ""
        # "Omar Delgado, chief executive of Brightline, a Denver company, said": a name opening the
        # sentence, before its appositives, is the speaker.
        named = bool(opening) and len(opening.split()) <= 4 and all(w[:1].isupper() for w in opening.split())
        for comma in dict.fromkeys((first, last) if named else (last, first)):
            if comma > lo:
                found = _source_before(text, lo, comma, lex, core)
                if found is not None:
                    return found
        return None
    if text[start:end] in ("who", "which") and start > lo:
        # "said Mr. Kamin, who emphasized that": the name before the relative clause.
        name = _LAST_NAME.search(text, lo, start)
        if name:
            return name.start(), name.end()
        # "opposition from hardliners in parliament, who have warned that": the phrase before it.
        return _antecedent(text, lo, start, lex, core)
    m = _CONJUNCTION.search(text[start:end])
    if m:
        start += m.end()
    relative = _RELATIVE_IN.search(text, start, end)
    if relative and len(text[relative.end():end].split()) <= 3 and _is_source(text, relative.end(), end, lex, core):
        start = relative.end()  # "a development that some say": some say it
    rel = _PHRASE_CUT.search(text[start:end])
    if rel and not _is_source(text, start, end, lex, core):
        end = start + rel.start()
    if text[end - 2:end] in ("'s", "’s") and text[start:end - 2].lower() in ("he", "she", "it"):
        end -= 2  # "He's claiming"
    pronoun = _LEADING_FRAME.match(text, start, end)
    if pronoun:
        start = pronoun.start("pronoun")  # "On Thursday she said": she
    if start >= end or not _is_source(text, start, end, lex, core) or _CONDITIONAL.match(text, start, end):
        return None
    return start, end


def _antecedent(text: str, lo: int, at: int, lex: dict, core: bool) -> tuple[int, int] | None:
    """Return the noun phrase ending at the comma before ``at`` (a relative clause's antecedent), or None."""
    end = text.rfind(",", lo, at)
    if end <= lo:
        return None
    before = text.rfind(",", lo, end)
    if before > lo and _AFTER_NOUN.match(text, before + 1, end):
        end = before  # "another unnamed source, familiar with the situation, who said"
    found = list(_WORD_BACK.finditer(text, lo, end))[-6:]
    start = end
    for w in reversed(found):
        word = w.group(0).lower()
        if word in _ANTECEDENT_STOP or is_cue_form(w.group(0), lex) or (
                _VERB_LIKE.fullmatch(word) and word not in lex["adjectives"]):  # "unnamed" is no verb
            break
        start = w.start()
        if word in _DETERMINERS:
            break  # "The senator met [the protesters], who said"
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or not _is_source(text, start, end, lex, core):
        return None
    return start, end


def _source_after(text: str, cue_end: int, hi: int, lex: dict) -> tuple[int, int] | None:
    """Return the noun phrase right after a cue at the end of its sentence ("…, said Smith.")."""
    start = cue_end
    while start < hi and text[start].isspace():
        start += 1
    m = _NP_WORDS.match(text, start, hi)
    if not m:
        return None
    end = m.end()
    stop = _AFTER_CUT.search(text[start:end])
    if stop:
        end = start + stop.start()
    while end > start and text[end - 1] in ".,":
        end -= 1
    tokens = text[start:end].split()
    if not tokens or tokens[0][:1].islower() and tokens[0].lower() not in _DETERMINERS and len(tokens) > 3 \
            and not tokens[-1][:1].isupper():
        return None  # "…, said parents still want neighborhood schools": a clause, not a speaker
    head = _PHRASE_CUT.search(text, start, end)  # "…, said a person familiar with the matter who …"
    if not (_is_source(text, start, end, lex) or head and _is_source(text, start, head.start(), lex)) \
            or any(t.islower() and t.endswith("ed") for t in tokens[1:]):
        return None
    rest = text[end:hi]
    ok = _TAIL.match(rest) or _APPOSITIVE.match(rest) or _SPLIT_QUOTE_REST.match(rest) or _RELATIVE_REST.match(rest)
    title = _TITLE_REST.match(rest)
    if not ok and title and not cue_forms(title.group("title"), 0, len(title.group("title")), lex) and not _NEW_CLAUSE.search(title.group("title")) \
            and not any(w in _AUXILIARIES or w.endswith("ed") for w in title.group("title").lower().split()):
        ok = True  # "…,” said Renee Gold, 83, of Sarasota.", "…, said Josh Bivens, research director of EPI."
    return (start, end) if ok else None


def _noun_phrase_only(text: str, start: int, end: int, lex: dict) -> bool:
    """True when ``text[start:end]`` is a noun phrase opened by a determiner or quantifier, with no verb
    ("Many of the prisons", "The new rules"): a subject waiting for its verb."""
    tokens = text[start:end].split()
    return 0 < len(tokens) <= 6 and tokens[0].lower() in _DETERMINERS | _QUANTIFIERS and not any(
        t.islower() and (_VERB_LIKE.fullmatch(t) or is_cue_form(t, lex)) for t in tokens)


def _subject_only(text: str, start: int, end: int, lex: dict) -> bool:
    """True when ``text[start:end]`` is a short noun phrase and a comma, with no verb and no frame
    ("President Ana Cole, "; not "In 2019, " or "Prices were up, ")."""
    if not _SUBJECT_THEN_COMMA.fullmatch(text, start, end):
        return False
    tokens = text[start:end].replace(",", " ").split()
    return bool(tokens) and tokens[0].lower() not in lex["frame_openers"] and not any(
        t.islower() and (_VERB_LIKE.fullmatch(t) or is_cue_form(t, lex)) for t in tokens)


def _record_list(text: str, start: int, end: int, lex: dict) -> bool:
    """True when the first sentence after "Name:" is a list of noun phrases ("Possession of cocaine, theft,
    released on bail."): a police log or charge sheet, not speech. A pronoun or an auxiliary
    makes a clause; an interjection ("Yes, absolutely, ...") opens an answer."""
    stop = ANY_END.search(text, start, end)
    first = text[start:stop.start() if stop else end]
    opener = _NEXT_WORD.match(" " + first)
    if opener is None or opener.group(1).lower() in lex["interjections"]:
        return False
    return first.count(",") + 1 >= RECORD_ITEMS and not _CLAUSE_WORD.search(first)


def _clause(text: str, s: int, e: int, at: int) -> tuple[int, int]:
    """Return the coordinated clause of the sentence ``[s, e)`` that holds offset ``at``.

    "The frigates are reportedly late, and one subcontractor is said to have sued": two hedged claims.
    """
    start, end = s, e
    for b in _CLAUSE_BREAK.finditer(text, s, e):
        if b.end() <= at:
            start = b.end()
        elif b.start() >= at:
            end = b.start()
            break
    return start, end


def _subject_words(text: str, start: int, end: int, lex: dict, core: bool = False) -> tuple[int, int] | None:
    """Return the shortest run of one to four words opening a clause that is a source and is followed by
    a word in lower case, its verb ("The mayor | toured the plant"), or None."""
    words = list(_WORD_RUN.finditer(text, start, min(end, start + 120)))[:5]
    for n in range(1, min(4, len(words) - 1) + 1):
        span = (words[0].start(), words[n - 1].end())
        following = words[n].group()
        if words[n - 1].group().lower() in _DETERMINERS:
            continue
        if following[:1].islower() and following.lower() not in _PREPOSITIONS and _is_source(text, *span, lex, core):
            return span
    return None


def _relays_through(text: str, citer: tuple[int, int], cited: tuple[int, int]) -> bool:
    """True when "X, citing Y" makes Y the source and X its relay: not a document or a study cited by
    anyone but an outlet ("Lopez said, citing a recent survey": Lopez's claim), as on the full path."""
    cited_words = regex.split(r"\s+(?:by|of|from|in|at|on|for|that|which)\s+", text[cited[0]:cited[1]].lower(), maxsplit=1)[0].split()
    if not cited_words or cited_words[-1] not in words("media", "documents", "nouns"):
        return True
    citer_words = text[citer[0]:citer[1]].lower().removeprefix("the ")
    media = words("media", "outlets") | words("media", "nouns")  # lower-cased already
    return citer_words in media or (citer_words.split() or [""])[-1] in media


def _after_frame(text: str, start: int, end: int, lex: dict) -> int:
    """Return where a sentence's clause starts after a frame and its comma ("But a few days later, |
    Voss reversed herself", "On Monday, | the mayor toured"), or ``start`` when it opens with none."""
    comma = text.find(",", start, end)
    frame = text[start:comma].split() if comma > start else []
    if not frame or len(frame) > 6 or not (frame[0].lower() in ("but", "and", "yet", "so") or frame[0].lower() in lex["frame_openers"]):
        return start
    at = comma + 1
    while at < end and text[at].isspace():
        at += 1
    return at


def _only_frame(text: str, start: int, end: int, lex: dict) -> bool:
    """True when a content is only frames of time, place or medium ("In a March 3 letter", "Then, last
    month") with no verb of their own, or a request for anonymity ("not to be named"): no claim."""
    if lex["anonymity_request"].fullmatch(text, start, end):
        return True
    pieces = [p.group(0).split() for p in _PIECE.finditer(text, start, end)]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(
        (p[0].lower() in lex["frame_openers"] or len(p) > 1 and p[0].lower() in lex["time_determiners"]
         and p[1].lower() in lex["time_nouns"])
        and not any(w.islower() and (_VERB_LIKE.fullmatch(w) or is_cue_form(w, lex)) for w in p) for p in pieces)


def _inside(point: int, span: tuple[int, int]) -> bool:
    return span[0] <= point < span[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
