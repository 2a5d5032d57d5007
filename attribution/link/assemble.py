"""Step 3b: put quotations and parse links together into one list of attributions.

Quotes extend the content they overlap, quotes with no cue of their own take the speaker of the
paragraph around them (or of the quote they continue), hedges inside a sourced claim are dropped,
and an outlet's report of what someone said becomes that someone's attribution, relayed ``via``
the outlet.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..read.boilerplate import Paragraph
from .candidates import Quote, goes_on_after_cue
from .intervals import SpanIndex
from .order import in_text_order
from ..parse.pipeline import doc_text
from .parse import Link, _mentions_media, _trim, colon_speaker, quote_is_speech, say_verbs, sentence_of, speaker_after, tag_verb_after


@dataclass
class Assembled:
    """An attribution in Doc character offsets, before its source is resolved."""

    kind: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: Span | None
    via: list[Span]
    rule: str
    paragraph: int
    continues: int | None = None  # index into the assembled list
    quotes: list[int] = field(default_factory=list)
    sentence: int | None = None  # start of the cue's sentence


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(point: int, span: tuple[int, int]) -> bool:
    return span[0] <= point < span[1]


class _ParagraphIndex:
    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.starts = [p.start for p in paragraphs]

    def of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def previous_text(self, index: int) -> int | None:
        for k in range(index - 1, -1, -1):
            if self.paragraphs[k].is_text:
                return k
        return None


def _is_media_source(span: Span | None) -> bool:
    return span is not None and _mentions_media(span.root)


def assemble(doc: Doc, links: list[Link], quotes: list[Quote], paragraphs: list[Paragraph]) -> list[Assembled]:
    """Return the article's attributions in text order, quotes linked to their speakers."""
    pindex = _ParagraphIndex(paragraphs)
    kept = _outside_quotations(links, quotes)
    kept = _relayed_through_outlets(kept)
    kept = _hedges_said_already(doc, kept)
    kept = _nested_dropped(doc, kept)
    out = _assembled(doc, kept, quotes, pindex)
    _speakers_of_unclaimed_quotes(doc, out, quotes, pindex)
    return _in_text_order(doc, out, quotes)


def _outside_quotations(links: list[Link], quotes: list[Quote]) -> list[Link]:
    """Return the links whose cue is outside every quotation (a cue inside one is the speaker's own
    words), one per cue and piece."""
    # Marks included, for "is this cue inside a quotation".
    quoted_regions = SpanIndex([(q.open_mark, q.close_mark + 1 if q.close_mark is not None else q.end) for q in quotes])
    kept: list[Link] = []
    seen_cues: set[tuple] = set()
    for link in links:
        if link.cue is not None and quoted_regions.holds(link.cue[0]):
            continue  # a cue inside a quotation belongs to the speaker's own words
        key = (link.cue, link.piece)
        if link.cue is not None and key in seen_cues:
            continue
        if link.cue is not None:
            seen_cues.add(key)
        kept.append(link)

    return kept


def _relayed_through_outlets(kept: list[Link]) -> list[Link]:
    """Return the links with an outlet's report of what a named source said read as the source's
    words, relayed via the outlet (the outlet's own link dropped)."""
    # An outlet reporting what a named source said: keep the inner one, relayed via the outlet.
    relayed: set[int] = set()
    cues = sorted((link.cue[0], j) for j, link in enumerate(kept) if link.source is not None and link.cue is not None)
    cue_starts = [c for c, _ in cues]
    for i, outer in enumerate(kept):
        if outer.piece or outer.source is None or not _is_media_source(outer.source) or outer.kind == "unsourced":
            continue
        told = sorted(j for _, j in cues[bisect.bisect_left(cue_starts, outer.content[0]):
                                         bisect.bisect_left(cue_starts, outer.content[1])])
        for j in told:  # the links whose cue is inside the outlet's content, in order
            inner = kept[j]
            if i == j or inner.source is None or inner.cue is None or j in relayed:
                continue
            if _inside(inner.cue[0], outer.content) and inner.kind != "unsourced":
                inner.via.append(outer.source)
                if inner.rule == "cue_verb_subject":
                    inner.rule = "relay_outlet_reported"
                relayed.add(i)
    return [link for k, link in enumerate(kept) if k not in relayed]


def _hedges_said_already(doc: Doc, kept: list[Link]) -> list[Link]:
    """Return the links without the hedges that say nothing more: a hedge on a verb of saying, a hedge
    inside a sourced claim, a hedge inside an earlier hedge of the same clause."""
    # "Thomas allegedly told a supervisor": a hedge on the cue verb itself doubts the telling; the
    # words are still the speaker's, and the hedge says nothing more.
    speaking = {link.cue_token.i for link in kept if link.source is not None and link.cue_token is not None
                and link.cue_token.lemma_.lower() in say_verbs()}  # "X reportedly plans to": the plan is hearsay
    kept = [link for link in kept if not (link.kind == "unsourced" and link.cue_token is not None
                                          and link.cue_token.head.i in speaking)]
    # Hedges inside a sourced claim say nothing more; a nested claim goes to the outer one.
    sourced = [link for link in kept if link.source is not None]
    sourced_contents = SpanIndex([s.content for s in sourced])
    hedges = [link for link in kept if link.kind == "unsourced"]
    hedge_contents = SpanIndex([o.content for o in hedges])
    result: list[Link] = []
    for link in kept:
        if link.kind == "unsourced":
            if link.content[1] > link.content[0]:  # the claims holding its cue or sharing its words
                near = sorted(set(sourced_contents.holding(link.cue[0])) | set(sourced_contents.meeting(*link.content)))
            else:
                near = range(len(sourced))
            if any((_inside(link.cue[0], s.content) or _overlap(s.content, link.content) >= 0.5 * (link.content[1] - link.content[0]))
                   and not _told_inside(s, link) for s in (sourced[k] for k in near)):
                continue
            earlier = [o for o in (hedges[k] for k in hedge_contents.meeting(*link.content))
                       if o is not link and o.cue[0] < link.cue[0]]
            if earlier and not _split_hedges(doc, earlier[-1], link):
                continue
        result.append(link)
    return result


def _nested_dropped(doc: Doc, result: list[Link]) -> list[Link]:
    """Return the links without those nested in another's content: the outer claim carries them, unless
    the inner one is a second voice ("X said, “…,” the office said") or sits in a relative clause."""
    nested: set[int] = set()
    contents = SpanIndex([link.content for link in result])
    for i, inner in enumerate(result):
        if inner.cue is None or inner.piece or (inner.cue_token is not None and inner.cue_token.dep_ == "relcl"):
            continue  # "a development that some say was ...": a second voice inside the claim
        for j in contents.holding(inner.cue[0]):
            outer = result[j]
            if i == j or j in nested or not _inside(inner.cue[0], outer.content):
                continue
            if outer.source is None:
                # A claim told inside a hedged clause ("X reportedly issued a statement
                # threatening ...", "It is believed that the reviews recommended ..."): the hedge,
                # the outermost attribution, carries it.
                if outer.kind == "unsourced" and inner.source is not None and _inside(inner.source.start_char, outer.content) \
                        and _overlap(inner.content, outer.content) == inner.content[1] - inner.content[0]:
                    nested.add(i)
                    break
                continue
            if _overlap(inner.content, outer.content) == inner.content[1] - inner.content[0]:
                if inner.content != outer.content and _second_voice(doc, inner, outer):
                    continue  # "X said, “…,” the office said": two voices, two claims
                if inner.content != outer.content or inner.kind == "unsourced":
                    nested.add(i)
                    break
    return [link for k, link in enumerate(result) if k not in nested]


def _assembled(doc: Doc, result: list[Link], quotes: list[Quote], pindex: _ParagraphIndex) -> list[Assembled]:
    """Return an Assembled for each link, its content widened to the quotations it covers, a quote
    split by its cue in two pieces."""
    quote_spans = [(q.start, q.end) for q in quotes]
    out: list[Assembled] = []
    quote_index = SpanIndex(quote_spans)
    for link in result:
        content = link.content
        covered = quote_index.meeting(*content)
        for k in covered:
            q = quote_spans[k]
            content = (min(content[0], q[0]), max(content[1], q[1]))
            if quotes[k].open_mark >= content[0] and quotes[k].close_mark is not None:
                # The content holds the opening mark ("called the plan “reckless”"): its partner too.
                content = (content[0], max(content[1], quotes[k].close_mark + 1))
        content = _trim(doc, *content)
        continues = None
        if link.piece and link.rule != "cue_between_clauses":
            continues = next((k for k in range(len(out) - 1, -1, -1) if out[k].cue == link.cue), None)
        cue_sent = sentence_of(doc, link.cue[0]) if link.cue is not None else None
        sentence = cue_sent.start_char if cue_sent is not None else None
        halves = _split_by_cue(doc, link, covered, quotes)
        if halves is not None:
            # “This withdrawal,” said the official, “is the result ...”: two pieces of one quote.
            (first, first_quotes), (second, second_quotes) = halves
            out.append(Assembled(link.kind, first, link.cue, link.source, list(link.via), link.rule,
                                 pindex.of(first[0]), quotes=first_quotes, sentence=sentence))
            out.append(Assembled(link.kind, second, link.cue, link.source, list(link.via), link.rule,
                                 pindex.of(second[0]), continues=len(out) - 1, quotes=second_quotes, sentence=sentence))
            continue
        out.append(Assembled(link.kind, content, link.cue, link.source, list(link.via), link.rule, pindex.of(content[0]),
                             continues=continues, quotes=covered, sentence=sentence))

    return out


def _speakers_of_unclaimed_quotes(doc: Doc, out: list[Assembled], quotes: list[Quote], pindex: _ParagraphIndex) -> None:
    """Add to ``out`` an attribution for each quotation no link covers, credited to its tag, the
    sentence's or paragraph's speaker, or nobody."""
    claimed = set(k for a in out for k in a.quotes)
    quote_owner: dict[int, int] = {}
    for idx, a in enumerate(out):
        for k in a.quotes:
            quote_owner.setdefault(k, idx)
    for k, q in enumerate(quotes):
        if k in claimed:
            continue
        sent = sentence_of(doc, q.start)
        tagged = tag_verb_after(doc, q)  # "“That is false,” Cole shot back."
        speech = tagged is not None or quote_is_speech(doc, q) or _goes_on_after_cue(doc, k, quotes, out, quote_owner)
        if tagged is None:
            tagged = speaker_after(doc, q) if speech else None  # "“What now?” she asked."
        owner = _speaker_for(k, quotes, out, quote_owner, pindex, sent.start_char if sent is not None else None) \
            if speech and tagged is None else None
        if owner is not None:
            prev = out[owner]
            rule = "continued_quote" if q.continues_previous else (
                "same_sentence_speaker" if sent is not None and prev.sentence == sent.start_char else
                "same_paragraph_speaker" if prev.paragraph == q.paragraph else "previous_paragraph_speaker")
            # A quote that goes on after its speaker's cue ("“A,” she said. “B.”") continues it.
            goes_on = q.continues_previous or (prev.paragraph == q.paragraph and prev.content[1] <= q.start and (
                bool(prev.quotes) or prev.sentence == (sent.start_char if sent is not None else None)))
            out.append(Assembled("direct", (q.start, q.end), None, prev.source, list(prev.via), rule, q.paragraph,
                                 continues=owner if goes_on else None, quotes=[k]))
            quote_owner[k] = len(out) - 1
        elif speech:
            speaker, rule = tagged, "speaker_after_quote"  # "“Don’t mind me!” he told them."
            if speaker is None:
                speaker, rule = colon_speaker(doc, q), "colon_introduces_quote"
            if speaker is None:
                rule = "quote_without_source"
            out.append(Assembled("direct", (q.start, q.end), None, speaker, [], rule, q.paragraph, quotes=[k]))
            quote_owner[k] = len(out) - 1



def _in_text_order(doc: Doc, out: list[Assembled], quotes: list[Quote]) -> list[Assembled]:
    """Return the attributions in text order, each kind set by its quotations, continuations renumbered."""
    for a in out:
        a.kind = _kind(doc, a, quotes)
        if a.kind == "direct" and len(a.quotes) == 1:
            q = quotes[a.quotes[0]]
            a.content = (q.start, q.end)
    return in_text_order(out)


def _goes_on_after_cue(doc: Doc, k: int, quotes: list[Quote], out: list[Assembled], quote_owner: dict[int, int]) -> bool:
    """True for the short second half of a quote split by its cue (candidates.goes_on_after_cue)."""
    owner = quote_owner.get(k - 1)
    speaker_cue = out[owner].cue if owner is not None and out[owner].source is not None else None
    return goes_on_after_cue(doc_text(doc), quotes, k, speaker_cue[0] if speaker_cue is not None else None)


def _second_voice(doc: Doc, inner: Link, outer: Link) -> bool:
    """True when a claim inside another is reported on its own, with its own speaker: inside a report
    introduced by "As X reports, ...", or a quotation its speaker's cue introduces inside a report
    whose cue closes the sentence ("He walked in and said, “…,” the prosecutor's office said")."""
    if not _own_speaker(inner, outer):
        return False
    if outer.rule == "as_cue":
        return True
    text = doc_text(doc)
    return outer.cue is not None and outer.cue[0] >= outer.content[1] and inner.cue[1] <= inner.content[0] \
        and text[inner.content[0] - 1:inner.content[0]] in "“\"" and text[inner.content[1]:inner.content[1] + 1] in "”\",."


def _own_speaker(inner: Link, outer: Link) -> bool:
    """True when a claim reported inside another has a speaker of its own, named inside the outer
    content and not the outer speaker again ("the ministry said [officials] believed ..."). A pronoun
    may be the outer speaker ("she said she believed ..."): it is not taken for a second voice."""
    source = inner.source
    if source is None or outer.source is None or source.root.pos_ == "PRON" or not _inside(source.start_char, outer.content):
        return False
    return source.text.lower() != outer.source.text.lower() and _overlap((source.start_char, source.end_char),
                                                                       (outer.source.start_char, outer.source.end_char)) == 0


def _told_inside(claim: Link, hedge: Link) -> bool:
    """True when a sourced claim is told wholly inside what a hedge frame introduces ("it is believed
    that they urged her to ..."): the hedge carries it, so the claim cannot stand in for the hedge."""
    return hedge.rule == "hedge_frame" and hedge.content[0] >= hedge.cue[1] and claim.cue is not None and claim.source is not None and _inside(claim.cue[0], hedge.content) \
        and _inside(claim.source.start_char, hedge.content) and hedge.cue[1] <= claim.source.start_char


def _split_by_cue(doc: Doc, link: Link, covered: list[int], quotes: list[Quote]):
    """Return the two quoted halves of a content its cue interrupts (“A,” said X, “B”), as
    ((start, end), quote indices) pairs, or None when the cue does not split quotations."""
    if link.cue is None or link.piece or len(covered) < 2 or link.source is None:
        return None
    before = [k for k in covered if quotes[k].close_mark is not None and quotes[k].close_mark < link.cue[0]]
    after = [k for k in covered if quotes[k].open_mark > link.cue[1]]
    if not before or not after or len(before) + len(after) != len(covered):
        return None
    gap_start, gap_end = quotes[before[-1]].close_mark + 1, quotes[after[0]].open_mark
    gap = doc_text(doc)[gap_start:gap_end]
    rest = gap.replace(doc_text(doc)[link.cue[0]:link.cue[1]], "", 1).replace(link.source.text, "", 1)
    if len(gap) > 120 or any(ch.isalnum() for ch in rest):
        return None
    first = (quotes[before[0]].start, quotes[before[-1]].end)
    second = (quotes[after[0]].start, quotes[after[-1]].end)
    return (_trim(doc, *first), before), (_trim(doc, *second), after)


def _split_hedges(doc: Doc, first: Link, second: Link) -> bool:
    """Two hedges in one sentence ("X is said to ..., and it is believed that ..."): end the first
    at the clause break before the second's cue. Returns whether they could be split."""
    text = doc_text(doc)
    cut = max(text.rfind(sep, first.cue[1], second.cue[0]) for sep in (", and ", "; ", ", but ", " and "))
    if cut <= first.cue[1]:
        return False
    first.content = _trim(doc, first.content[0], cut)
    second.content = (max(second.content[0], cut), second.content[1])
    return True


def _speaker_for(k: int, quotes: list[Quote], out: list[Assembled], quote_owner: dict[int, int], pindex: _ParagraphIndex,
                 sentence_start: int | None = None) -> int | None:
    """Return the index of the attribution whose speaker an unlinked quote ``k`` takes, or None."""
    q = quotes[k]
    if q.continues_previous and k > 0 and quotes[k - 1].paragraph < q.paragraph:
        owner = quote_owner.get(k - 1)
        if owner is not None and out[owner].source is not None:
            return owner
    same = [i for i, a in enumerate(out) if a.paragraph == q.paragraph and a.source is not None]
    in_sentence = [i for i in same if out[i].cue is not None and out[i].sentence == sentence_start]
    if in_sentence:
        return min(in_sentence, key=lambda i: abs(out[i].cue[0] - q.start))
    before = [i for i in same if out[i].content[1] <= q.start]
    if before:
        return max(before, key=lambda i: out[i].content[1])
    after = [i for i in same if out[i].content[0] >= q.end and out[i].kind != "unsourced"]
    if after:
        return min(after, key=lambda i: out[i].content[0])
    para = pindex.paragraphs[q.paragraph]
    if q.open_mark - para.start <= 1:
        prev = pindex.previous_text(q.paragraph)
        if prev is not None:
            cands = [i for i, a in enumerate(out) if a.paragraph == prev and a.source is not None]
            if cands:
                return max(cands, key=lambda i: out[i].content[1])
    return None


def _kind(doc: Doc, a: Assembled, quotes: list[Quote]) -> str:
    if a.kind == "unsourced":
        return "unsourced"
    if not a.quotes:
        return a.kind
    text = doc_text(doc)
    length = sum(1 for c in text[a.content[0]:a.content[1]] if c.isalnum())
    quoted = 0
    for k in a.quotes:
        q = quotes[k]
        s, e = max(q.start, a.content[0]), min(q.end, a.content[1])
        quoted += sum(1 for c in text[s:e] if c.isalnum())
    if length - quoted <= 2:
        q = quotes[a.quotes[0]]
        if a.rule.endswith("speaker") or a.rule in ("continued_quote", "quote_without_source") or quote_is_speech(doc, q) or text[q.start:q.start + 1].isupper():
            return "direct"
        return "mixed"
    # "according to X" names the kind even when the claim carries quoted words.
    return "according_to" if a.kind == "according_to" else "mixed"
