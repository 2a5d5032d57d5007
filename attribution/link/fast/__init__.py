"""Step 3, fast path: link content, cue and source without a parse, by the common shapes of news text.

A sentence is looked at only when a prefilter finds a quote mark, a reporting-verb form
(``lexicon/verbs.toml`` ``[fast]``), "according to" or a hedge in it. The shapes recognised, by
regular expressions over the words:

- ``“…,” X said.``, ``…, X said (on Tuesday).``, ``…, said X (, who …).``: the content before the comma;
- ``…, X said, …``: the cue interrupts its content, two linked pieces;
- ``X said (on Tuesday) (that) CLAUSE``, ``X told Y (that) CLAUSE``, ``X, a senator, said …``,
  ``X confirmed A, and said B``: the clause after the cue, up to the next coordinated cue;
- ``X reported, citing Y, that CLAUSE``: Y's claim, relayed via X;
- ``according to X, CLAUSE`` and ``CLAUSE, according to X``: the longer side;
- ``SPEAKER: …`` at the start of a paragraph (transcripts);
- hedges (``reportedly``, ``it is believed that``), from the hedges lexicon;
- quotations no shape covers take the speaker of the nearest link in their paragraph.

Left out: refusals ("declined to say"), passive frames ("is expected to"), prepositional uses
("responded to requests"), verb forms after a determiner ("the plan"), conditions ("If one adds"),
and a cue inside another attribution's content (a voice inside the claim).

A source is the short phrase next to the cue: a pronoun, capitalised words, words ending in a
lexicon noun (official, spokesman, ministry, newspaper), or for verbs of saying any short noun
phrase. Offsets are into the parse text.

The package: ``lexicon.py`` compiles the words and patterns; ``phrases.py`` reads the
phrases around a cue (source, subject, clause); ``shapes.py`` is the registry of shapes and vetoes run
over each sentence; this module runs them over an article and settles quotations, relays and credits.
Names with a leading underscore are the package's own, shared between its modules; the API is
``__all__``.
"""

from __future__ import annotations

import bisect

import regex

from ...read.boilerplate import NOTE, Paragraph
from ..candidates import Quote, goes_on_after_cue, headline_credit, is_title
from ..intervals import GrowingSpans, SpanIndex
from ..order import in_text_order
from ...prepare.sentences import sentences
from ...lexicon.people import is_given_name
from .lexicon import (
    _CUE_COLON, _CUE_NAME, _NAME_DESCRIPTION_CUE, _NOT_ANTECEDENT, _PREFILTER, _RELATIVE_BEFORE, _SOURCE_BREAK,
    _SOURCE_LEAD, _SPEAKER_COLON, _TAG_AFTER, _TAG_VERB_AFTER, _VIA_TAIL, _VOICE_AFTER_COMMA,
    compiled_lexicon,
)
from .phrases import (
    FastLink, _inside, _is_source, _only_frame, _overlap, _record_list, _source_before, _trim, colon_end_cue, cue_forms,
    first_cue_form, is_cue_form,
)
from .shapes import (
    NO_CLAIM_AFTER, NOT_A_VERB_HERE, REFUSED_OR_PASSIVE, SHAPES, Cue, Sentence, Shape, Veto, _links_in_sentence,
)

__all__ = ["FastLink", "link_fast", "SHAPES", "Shape", "Sentence", "Cue", "Veto", "NOT_A_VERB_HERE",
           "REFUSED_OR_PASSIVE", "NO_CLAIM_AFTER"]


def _relays_at_end(text: str, links: list[FastLink]) -> list[FastLink]:
    """Return the links with "X said Y, state media reported" read as X's claim via the media.

    A link whose content comes before its cue and holds another link's source and cue is a relay.
    """
    relays = []
    # The links that can be inside a relay, by where their source starts. A link's cue ends at most
    # ``gap`` characters before its source starts, so one whose source starts past a content's end plus
    # the gap cannot have its cue inside it: the search stops there.
    voices = sorted((a.source[0], i) for i, a in enumerate(links)
                    if a.source is not None and a.cue is not None and a.rule != "fast_quote_inside_report")
    voice_starts = [start for start, _ in voices]
    gap = max((links[i].source[0] - links[i].cue[1] for _, i in voices), default=0)
    for o in links:
        if o.rule != "fast_cue_after_content" or o.source is None:
            continue
        candidates = []
        for start, i in voices[bisect.bisect_left(voice_starts, o.content[0]):]:
            if start > o.content[1] + gap:
                break
            candidates.append(i)
        inner = [links[i] for i in sorted(candidates)
                 if links[i] is not o and links[i].cue[1] <= o.content[1] and o.content[0] <= links[i].source[0]]
        for a in inner:
            a.via = a.via + [o.source]
            if a.content[1] > o.content[1]:
                a.content = _trim(text, a.content[0], o.content[1])
        if inner:
            relays.append(o)
    return [a for a in links if not any(a is r for r in relays)]


def _relative_voice(text: str, at: int, lex: dict) -> bool:
    """True when the source at ``at`` opens a relative clause on a noun ("a development that [some] say")."""
    m = _RELATIVE_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and not is_cue_form(m.group(1), lex) and m.group(1).lower() not in _NOT_ANTECEDENT


def _speech(text: str, q: Quote) -> bool:
    if is_title(text, q):
        return False  # 'said on "Face the Nation."'
    words_ = text[q.start:q.end].split()
    return len(words_) >= 6 or (len(words_) >= 3 and text[q.start:q.end].rstrip()[-1:] in ".!?")


def _speaker_links(text: str, paragraphs: list[Paragraph], index: int, lex: dict) -> list[FastLink] | None:
    """Return the links of a paragraph's frame: "SPEAKER: …" (a transcript), "Caddell continued:" before a
    quotation in the next paragraph, "… -sources" after a headline; None for a record line ("Jane Doe:
    Possession of cocaine, …"), which holds no speech at all."""
    para = paragraphs[index]
    links = []
    opened = text[para.start:para.start + 1] in ("\"", "“")
    colon = None if para.kind == NOTE else _SPEAKER_COLON.match(text, para.start + opened, para.end)
    if colon and opened and not colon.group(1).isupper():
        colon = None  # after a quote mark only a transcript's label in capitals ("PENCE:"), not "“Look: …"
    if colon and colon.group(1).lower() not in lex["not_speakers"] and _record_list(text, colon.end(), para.end, lex):
        return None  # "Jane Doe: Possession of cocaine, maintaining a nuisance, ...": a record line, not prose
    if colon and not opened and colon.group(1).isupper() and _dateline(text, paragraphs, index, colon.group(1)):
        colon = None  # "NEW DELHI: ...": a dateline, not a speaker
    if colon and colon.group(1).lower() not in lex["not_speakers"]:
        links.append(FastLink("indirect", _trim(text, colon.end(), para.end), (colon.end(1), colon.end(1) + 1),
                              (colon.start(1), colon.end(1)), "speaker_colon", index))
    opens = colon_end_cue(text, max(para.start, para.end - 120), para.end, lex)
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    if opens is not None and following is not None and following.is_text and text[following.start:following.start + 1] in "\"“":
        # "Caddell continued:" then a quotation in the next paragraph: the speaker's words.
        cue_word = first_cue_form(text, opens, para.end, lex)
        sentence = sentences(text, para.start, para.end)[-1]
        src = _source_before(text, sentence[0], cue_word.start(), lex, core=True)
        if src is not None:
            links.append(FastLink("direct", _trim(text, following.start, following.end), (cue_word.start(), cue_word.end()),
                                  src, "fast_colon_before_quote", index + 1))
    credit = lex["headline"].search(text, para.start, para.end) if para.end - para.start <= 300 else None
    if credit and credit.start() - para.start >= 10:
        # "US preparing new sanctions on tanker fleet -sources": what the sources say.
        links.append(FastLink("indirect", _trim(text, para.start, credit.start()), (credit.start() + 1, credit.start() + 2),
                              (credit.start("source"), credit.end("source")), "headline_credit", index))
    return links


def _sentence_links(text: str, para: Paragraph, index: int, lex: dict) -> list[FastLink]:
    """Return the links the shapes find in the paragraph's sentences, reading only those that may hold
    one: a reporting-verb form, a quote mark, "according to" or "per", a hedge, a noun cue."""
    links = []
    for s, e in sentences(text, para.start, para.end):
        sentence = text[s:e]
        cues = cue_forms(text, s, e, lex)
        if not (cues or _PREFILTER.search(sentence) or lex["hedge_adverb"].search(sentence)
                or lex["hedge_frame"].search(sentence) or lex["noun_cue"].search(sentence) or lex["view_frame"].search(sentence)
                or lex["voicing"].search(sentence)):
            continue
        links.extend(_links_in_sentence(text, s, e, index, lex, cues))
    return links


def _voices_apart(text: str, links: list[FastLink], quotes: list[Quote], lex: dict) -> list[FastLink]:
    """Return the links without a cue inside a quotation (the speaker's words) or inside another link's
    content (a voice inside the claim), the first voice's content cut where a second one takes over."""
    quoted = SpanIndex([(q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in quotes])
    # A cue inside a quotation is the speaker's words; a transcript's speaker label is not ("\"PENCE: Well, …").
    links = [a for a in links if a.cue is None or a.rule == "speaker_colon" or not quoted.holds(a.cue[0])]
    # A cue inside another's content is a voice inside the claim: "The investor said funds urged ...".
    outer = [a for a in links if a.source is not None]
    contents = SpanIndex([o.content for o in outer])  # contents only shrink below: each is checked again as it is
    for a in outer:
        for j in contents.holding(a.cue[0]):
            o = outer[j]
            if o is not a and o.cue[0] < a.cue[0] and _inside(a.cue[0], o.content) and o.content[0] < a.source[0] and o.rule != "fast_as_cue" \
                    and (comma := _VOICE_AFTER_COMMA.search(text, o.content[0], a.source[0])):
                # "While Iran claimed A, analysts assess B": the second voice ends the first's content.
                o.content = _trim(text, o.content[0], comma.start())
    # A voice in a relative clause is kept: "Observers noted that X, a development that some say Y" holds both.
    # "As Ana Ruiz reports, … officials announced that …": the reporter's account holds the officials' claim.
    contents = SpanIndex([o.content for o in outer])
    return [a for a in links if a.source is None or _relative_voice(text, a.source[0], lex) or a.rule == "fast_quote_inside_report"
            or not any(o is not a and o.cue[0] < a.cue[0] and o.rule != "fast_as_cue"
                       for o in (outer[j] for j in contents.holding(a.cue[0])))]


def _one_of_each(text: str, links: list[FastLink], lex: dict) -> list[FastLink]:
    """Return the links without hedges a sourced link already reports, without hedges inside a kept
    hedge, and without repeated or empty contents."""
    sourced = [a for a in links if a.source is not None]
    # A hedge inside a sourced claim, a hedge frame that is a sourced link's own words ("Sources said …"),
    # or a hedge on the verb of saying ("Hale allegedly told a supervisor"): the speaker's report, hedged.
    near_hedge = _SourcedIndex(sourced)
    links = [a for a in links if a.kind != "unsourced" or not any(
        _inside(a.cue[0], o.content) or _overlap(a.cue, o.source) or _overlap(a.cue, o.cue)
        or o.cue is not None and o.source[1] <= a.cue[0] and a.cue[1] <= o.cue[0] and not text[o.source[1]:o.cue[0]].strip(" \t").count(" ")
        for o in near_hedge.around(a.cue))]
    seen: set[tuple[int, int]] = set()
    kept = []
    hedges = GrowingSpans()  # the contents of the hedges kept so far
    for a in links:
        if a.kind == "unsourced" and hedges.meets(a.content):
            continue
        if a.content in seen or a.content[1] - a.content[0] < 2 or _only_frame(text, *a.content, lex):
            continue
        seen.add(a.content)
        kept.append(a)
        if a.kind == "unsourced":
            hedges.add(a.content)
    return kept


def link_fast(text: str, paragraphs: list[Paragraph], quotes: list[Quote]) -> list[FastLink]:
    """Return the attributions of the parse text's article paragraphs, in text order."""
    lex = compiled_lexicon()
    links: list[FastLink] = []
    for index, para in enumerate(paragraphs):
        if not para.is_text:
            continue
        framed = _speaker_links(text, paragraphs, index, lex)
        if framed is None:
            continue
        links.extend(framed)
        links.extend(_sentence_links(text, para, index, lex))
    links = _voices_apart(text, links, quotes, lex)
    links = _relays_at_end(text, links)
    links = _said_according_to(text, links)
    for a in links:
        if a.source is not None and not any(c.isalnum() for c in text[a.source[0]:a.source[1]]):
            a.source = None  # markup or punctuation ('<' of an embedded tweet's tag) is nobody
        if a.source is not None:
            a.source, via = _clean_source(text, a.source)
            a.via.extend(via)
    return _with_quotes(text, _one_of_each(text, links, lex), quotes, paragraphs)


class _SourcedIndex:
    """The sourced links a hedge's cue can touch: their content holds it, their source or cue meets it,
    or it sits between their source and cue. Gives them in the links' order, for ``any`` to read as a scan would."""

    def __init__(self, sourced: list[FastLink]) -> None:
        self.sourced = sourced
        self._contents = SpanIndex([o.content for o in sourced])
        self._sources = SpanIndex([o.source for o in sourced])
        with_cue = [k for k, o in enumerate(sourced) if o.cue is not None]
        self._with_cue = with_cue
        self._cues = SpanIndex([sourced[k].cue for k in with_cue])
        self._gaps = SpanIndex([(sourced[k].source[1], sourced[k].cue[0]) for k in with_cue])

    def around(self, cue: tuple[int, int]) -> list[FastLink]:
        """Return the sourced links that can touch ``cue``, in their order."""
        if cue[0] >= cue[1]:
            return self.sourced  # an empty cue can sit at a gap's very end: read them all
        found = set(self._contents.holding(cue[0])) | set(self._sources.meeting(*cue))
        found |= {self._with_cue[j] for j in self._cues.meeting(*cue)}
        found |= {self._with_cue[j] for j in self._gaps.holding(cue[0])}
        return [self.sourced[k] for k in sorted(found)]


def _clean_source(text: str, source: tuple[int, int]) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """Return a source mention without what is not the speaker, and the outlets it named by "via":
    "though the Chinese CDC" -> "the Chinese CDC"; "The Post's Fact Checker -- there is ..." -> "The
    Post's Fact Checker"; "Richardson, via USA Today" -> "Richardson" via "USA Today"; "Alden on
    Tuesday" -> "Alden"."""
    start, end = source
    close = text.find(")", start, end)
    if close != -1 and "(" not in text[start:close]:
        start = close + 1 + len(text[close + 1:end]) - len(text[close + 1:end].lstrip())  # "(Reuters)The mayor"
    lead = _SOURCE_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    via = []
    cut = _SOURCE_BREAK.search(text, start, end)
    while cut is not None:
        tail = _VIA_TAIL.match(text, cut.start(), end)
        if tail:
            via.append((tail.start("via"), tail.end("via")))
        calendar = compiled_lexicon()["calendar"]
        if cut.group().strip().lower() in ("on", "in", "at", "during") and \
                text[cut.end():end].split(maxsplit=1)[0].lower().rstrip(".,") not in calendar:
            cut = _SOURCE_BREAK.search(text, cut.end(), end)  # "the Bank of England": no time phrase
            continue
        end = cut.start()
        break
    after = _VIA_TAIL.match(text, source[1])
    if after and not via:
        via.append((after.start("via"), after.end("via")))  # "Richardson, via USA Today, said"
    return (start, end) if end > start else source, via


def _said_according_to(text: str, links: list[FastLink]) -> list[FastLink]:
    """ "“…,” he said, according to the Intelligencer": what he said, relayed by the Intelligencer, not
    the Intelligencer's claim."""
    said = [a for a in links if a.source is not None and a.cue is not None and a.kind != "according_to"
            and text[a.cue[0]:a.cue[1]].lower() in compiled_lexicon()["say_forms"]]
    ends = sorted((o.cue[1], k) for k, o in enumerate(said))  # where each saying's cue ends
    end_points = [e for e, _ in ends]
    out = []
    for a in links:
        if a.kind == "according_to" and a.cue is not None and a.source is not None:
            near = sorted(k for _, k in ends[bisect.bisect_left(end_points, a.cue[0] - 3):
                                             bisect.bisect_right(end_points, a.cue[0])])
            speaker = next((said[k] for k in near if text[said[k].cue[1]:a.cue[0]].strip() == ","), None)
            if speaker is not None:
                speaker.via.append(a.source)
                continue
        out.append(a)
    return out


def _dateline(text: str, paragraphs: list[Paragraph], index: int, label: str) -> bool:
    """True for a label in capitals opening one of the first paragraphs when no other paragraph opens
    with such a label and no word of it names a person written in the story ("NEW DELHI:", not "TRUMP:")."""
    texts = [k for k, p in enumerate(paragraphs) if p.is_text]
    first = paragraphs[texts[0]] if texts else None
    headline = first is not None and first.end - first.start <= 150 and not text[first.start:first.end].rstrip().endswith((".", ":"))
    if index not in texts[:2 if headline else 1]:
        return False  # a dateline opens the story (after its headline, if any)
    others = [k for k in texts if k != index and (m := _SPEAKER_COLON.match(text, paragraphs[k].start, paragraphs[k].end))
              and m.group(1).isupper()]
    if others:
        return False
    # "TRUMP:" above "President Donald Trump": a word of the label after a given name is a person's.
    for word in (w.capitalize() for w in label.split() if len(w) > 2):
        for m in regex.finditer(r"(\p{Lu}[\p{L}'’-]+)\s+" + regex.escape(word) + r"(?![\p{L}])", text):
            if is_given_name(m.group(1)):
                return False
    return True


def _tag_after(text: str, q: Quote, para_start: int = 0) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Return the source and cue a quotation nobody claimed is credited to by the words around it:
    "“Don’t mind me!” he told them.", "“…,” Jane Roe, the firm's analyst, said.", "“…,” wrote
    43-year-old John Roe", "Jane Roe commented: “…”"; else None."""
    lex = compiled_lexicon()
    if q.close_mark is not None:
        tag = _TAG_AFTER.match(text, q.close_mark + 1) if text[q.end - 1:q.end] in "!?." else None
        if tag is not None and _is_source(text, tag.start("source"), tag.end("source"), lex, core=True):
            return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))
        for shape in (_NAME_DESCRIPTION_CUE, _CUE_NAME):
            tag = shape.match(text, q.close_mark + 1, min(len(text), q.close_mark + 300))
            if tag is not None:
                return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))
        tag = _TAG_VERB_AFTER.match(text, q.close_mark + 1, min(len(text), q.close_mark + 80)) \
            if "," in text[q.end - 1:q.close_mark] else None
        if tag is not None and _is_source(text, tag.start("source"), tag.end("source"), lex, core=True):
            return (tag.start("source"), tag.end("source")), (tag.start("cue"), tag.end("cue"))  # "“…,” Cole shot back."
    colon = _CUE_COLON.search(text, max(para_start, q.open_mark - 40), q.open_mark)
    if colon is not None and (is_cue_form(colon.group("cue"), lex) or colon.group("cue").lower() in lex["speech_forms"]):
        sentence = max(para_start, text.rfind(". ", para_start, colon.start()) + 1)
        src = _source_before(text, sentence, colon.start("cue"), lex, core=True)
        if src is not None:
            return src, (colon.start("cue"), colon.end("cue"))
    return None


def _goes_on_after_cue(text: str, k: int, quotes: list[Quote], links: list[FastLink], owner: dict[int, int]) -> bool:
    """True for the short second half of a quote split by its cue, as on the full path (candidates.goes_on_after_cue)."""
    o = owner.get(k - 1)
    speaker_cue = links[o].cue if o is not None and links[o].source is not None else None
    return goes_on_after_cue(text, quotes, k, speaker_cue[0] if speaker_cue is not None else None)


def _kind_by_quotes(text: str, a: FastLink, quotes: list[Quote]) -> None:
    """Set the kind of a link whose content holds quotations: direct when the quotations are nearly all
    of it and are speech, else mixed ("promising a “harsh revenge”"); a direct link of one quotation
    takes the quotation's span."""
    spans = [(quotes[k].start, quotes[k].end) for k in a.quotes]
    inside = sum(sum(map(str.isalnum, text[max(qs, a.content[0]):min(qe, a.content[1])])) for qs, qe in spans)
    total = sum(map(str.isalnum, text[a.content[0]:a.content[1]]))
    first = quotes[a.quotes[0]]
    speech = a.rule in ("fast_paragraph_speaker", "quote_without_source") or _speech(text, first) \
        or text[first.start:first.start + 1].isupper()
    if total - inside <= 2 and speech:
        a.kind = "direct"
    elif a.kind != "according_to":  # "according to X" names the kind even with quoted words in the claim
        a.kind = "mixed"
    if a.kind == "direct" and len(a.quotes) == 1 and a.rule != "speaker_colon":
        a.content = spans[0]


def _with_quotes(text: str, links: list[FastLink], quotes: list[Quote], paragraphs: list[Paragraph]) -> list[FastLink]:
    """Return the links with the quotations each content covers, a link of its own for each quotation
    nobody claimed (its tag, or the paragraph's speaker), kinds set by the quotations, in text order."""
    spans = [(q.start, q.end) for q in quotes]
    quote_index = SpanIndex(spans)
    owner: dict[int, int] = {}
    for i, a in enumerate(links):
        covered = quote_index.meeting(*a.content)
        for k in covered:
            if a.rule != "speaker_colon":
                a.content = (min(a.content[0], spans[k][0]), max(a.content[1], spans[k][1]))
            owner.setdefault(k, i)
        if a.rule != "fast_claim_object":  # "rejected that account" keeps its determiner
            a.content = _trim(text, *a.content)
        a.quotes = covered
    starts = [p.start for p in paragraphs]
    by_paragraph: dict[int, list[int]] = {}  # the links of each paragraph, in order
    for i, a in enumerate(links):
        by_paragraph.setdefault(a.paragraph, []).append(i)

    def add(link: FastLink) -> None:
        links.append(link)
        by_paragraph.setdefault(link.paragraph, []).append(len(links) - 1)

    for k, q in enumerate(quotes):
        if k in owner:
            continue
        tag = _tag_after(text, q, paragraphs[q.paragraph].start)
        if tag is not None:  # "“Don’t mind me!” he told them.", "“…,” Jane Roe, an analyst, said."
            add(FastLink("direct", (q.start, q.end), tag[1], tag[0], "fast_speaker_beside_quote", q.paragraph, quotes=[k]))
            owner[k] = len(links) - 1
            continue
        if not (_speech(text, q) or _goes_on_after_cue(text, k, quotes, links, owner)):
            continue
        same = [i for i in by_paragraph.get(q.paragraph, ()) if links[i].source is not None]
        if not same and q.continues_previous and k - 1 in owner:
            same = [owner[k - 1]]
        if not same and q.open_mark - paragraphs[q.paragraph].start <= 1:
            prev = bisect.bisect_right(starts, q.open_mark) - 2
            same = [i for i in by_paragraph.get(prev, ()) if links[i].source is not None][-1:]
        best = min(same, key=lambda i: abs(links[i].content[0] - q.start)) if same else None
        src = links[best].source if best is not None else None
        goes_on = best is not None and (q.continues_previous or links[best].content[1] <= q.start)
        add(FastLink("direct", (q.start, q.end), None, src,
                     "fast_paragraph_speaker" if src else "quote_without_source", q.paragraph,
                     continues=best if goes_on else None, quotes=[k]))
        owner[k] = len(links) - 1
    for a in links:
        if a.quotes and a.kind != "unsourced":
            _kind_by_quotes(text, a, quotes)
    index_of = {id(a): i for i, a in enumerate(links)}
    for a in links:
        if a.piece_of is not None and id(a.piece_of) in index_of:
            a.continues = index_of[id(a.piece_of)]
    return in_text_order(links)
