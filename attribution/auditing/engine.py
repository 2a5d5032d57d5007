"""Steps 1-4 in order: normalize, find paragraphs and quotes, parse and link, resolve sources.

``prepare`` builds the text the parser sees (article paragraphs only, joined by blank lines) and
the map back to the original; ``extract`` turns a parsed Doc into model attributions and sources
with offsets into the original text.

The parse text has the same length as each article paragraph it holds, so offsets map back one to
one. Two guards keep the parse linear in the document's size: a sentence longer than the
``max-sentence-chars`` limit makes the document an error (never silently cut), and a run of more
than ``LONG_RUN`` characters with no white space (spaCy's tokenizer peels punctuation off such a run
one mark at a time, in quadratic time) gets a space every ``LONG_RUN`` characters in the parse
text only; the reported spans are always read from the original.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from typing import TYPE_CHECKING


from ..lexicon.compiled import compile_pattern
from ..read.boilerplate import Paragraph, split_paragraphs
from ..link.candidates import find_quotes
from ..errors import SentenceTooLongError
from ..link.fast import link_fast
from ..model import Attribution, Descriptors, Source, SourceEntry, Span
from ..resolve import SourceInfo
from ..resolve.fast import resolve_fast
from ..settings import MAX_SENTENCE_CHARS
from ..prepare.text import Normalized, normalize

if TYPE_CHECKING:  # the full path's modules import spaCy: loaded by the functions that read a Doc
    from spacy.tokens import Doc

PARAGRAPH_GLUE = "\n\n"
LONG_RUN = 100
"""Runs of non-space characters longer than this get a space every LONG_RUN characters in the parse text."""

_SENTENCE_BREAK = compile_pattern(r"(?<![.!?…])[.!?…]++[\"”’)\]]*+\s")  # starts once per run: linear
_LONG_RUN = compile_pattern(rf"\S{{{LONG_RUN + 1},}}")


@dataclass(frozen=True)
class Prepared:
    """The text to parse and how to map its offsets back to the original."""

    normalized: Normalized
    parse_text: str
    paragraphs: list[Paragraph]  # in parse_text offsets; boilerplate paragraphs are left out
    parse_starts: list[int]  # where each kept paragraph starts in parse_text
    norm_starts: list[int]  # where it starts in the normalized text
    lengths: list[int] | None = None  # each kept paragraph's length; None: one piece, no glue

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of a span of parse_text.

        A span edge in the glue between paragraphs (a parse subtree may end on the line break)
        is pulled back to its paragraph's text, so a span never runs past the original.
        """
        s = self._to_norm(start, end=False)
        if end <= start:
            return self.normalized.to_original(s, s)
        e = max(self._to_norm(end, end=True), s)
        return self.normalized.to_original(s, e)

    def _to_norm(self, pos: int, *, end: bool) -> int:
        k = bisect.bisect_right(self.parse_starts, pos - 1 if end else pos) - 1
        if k < 0:
            return 0
        offset = pos - self.parse_starts[k]
        if self.lengths is not None:
            offset = min(offset, self.lengths[k])
        return self.norm_starts[k] + offset


def longest_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(offset, length)`` of the longest sentence in ``text[start:end]``.

    A sentence ends at ., !, ? or … (closing quotes and brackets may follow) before white space.
    """
    best_at, best = start, 0
    at = start
    for m in _SENTENCE_BREAK.finditer(text, start, end):
        if m.start() - at > best:
            best_at, best = at, m.start() - at
        at = m.end()
    if end - at > best:
        best_at, best = at, end - at
    return best_at, best


def break_long_runs(chunk: str) -> str:
    """Return ``chunk`` with a space every LONG_RUN characters of each run with no white space.

    The length is unchanged, so offsets stay the same; only the parser sees the spaces.
    """
    if len(chunk) <= LONG_RUN or not _LONG_RUN.search(chunk):
        return chunk
    chars = list(chunk)
    for m in _LONG_RUN.finditer(chunk):
        for k in range(m.start() + LONG_RUN, m.end(), LONG_RUN + 1):
            chars[k] = " "
    return "".join(chars)


def prepare(original: str, *, max_sentence_chars: int = MAX_SENTENCE_CHARS, body_start: int = 0) -> Prepared:
    """Return the parse text of ``original``: its article paragraphs, boilerplate left out, and the
    lines before ``body_start`` (an HTML page's title and subheadline) left out too.

    Raises SentenceTooLongError when an article sentence is longer than ``max_sentence_chars``.
    """
    normalized = normalize(original)
    text = normalized.text
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    parse_starts: list[int] = []
    norm_starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for para in split_paragraphs(text):
        if not para.is_text or (body_start and normalized.to_original(para.start, para.start)[0] < body_start):
            continue
        if para.end - para.start > max_sentence_chars:
            at, length = longest_sentence(text, para.start, para.end)
            if length > max_sentence_chars:
                where = normalized.to_original(at, at)[0]
                line = original.count("\n", 0, where) + 1
                raise SentenceTooLongError(
                    f"the sentence at line {line} has {length:,} characters, over the limit of "
                    f"{max_sentence_chars:,} (max-sentence-chars)")
        chunk = break_long_runs(text[para.start:para.end])
        parse_starts.append(pos)
        norm_starts.append(para.start)
        paragraphs.append(Paragraph(pos, pos + len(chunk), para.kind))
        lengths.append(len(chunk))
        pieces.append(chunk)
        pieces.append(PARAGRAPH_GLUE)
        pos += len(chunk) + len(PARAGRAPH_GLUE)
    return Prepared(normalized, "".join(pieces), paragraphs, parse_starts, norm_starts, lengths)


def prepare_doc(doc: Doc) -> Prepared:
    """Return a Prepared for a Doc the user parsed themselves: offsets are the Doc's own."""
    from ..parse.pipeline import doc_text

    normalized = Normalized(doc_text(doc), doc_text(doc))
    paragraphs = split_paragraphs(doc_text(doc))
    return Prepared(normalized, doc_text(doc), paragraphs, [0], [0])


class _Mapper:
    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.original = prepared.normalized.original

    def span(self, chars: tuple[int, int] | None) -> Span | None:
        if chars is None:
            return None
        start, end = self.prepared.to_original(*chars)
        return Span(start=start, end=end, text=self.original[start:end])


def extract(doc: Doc, prepared: Prepared) -> tuple[list[Attribution], list[SourceEntry]]:
    """Return the attributions and distinct sources of a parsed Doc, offsets into the original."""
    from ..link.assemble import assemble
    from ..link.parse import link_sentences
    from ..parse.pipeline import doc_text
    from ..resolve import resolve_all

    quotes = find_quotes(doc_text(doc), prepared.paragraphs)
    links = link_sentences(doc, prepared.paragraphs)
    assembled = assemble(doc, links, quotes, prepared.paragraphs)
    infos = resolve_all(doc, assembled, [(q.start, q.end) for q in quotes])
    for a in assembled:
        a.via = [(v.start_char, v.end_char) for v in a.via]
    return _models(assembled, infos, prepared)


def extract_fast(prepared: Prepared) -> tuple[list[Attribution], list[SourceEntry]]:
    """Return the attributions and sources found by the parse-free fast path, offsets into the original."""
    text = prepared.parse_text
    quotes = find_quotes(text, prepared.paragraphs)
    links = link_fast(text, prepared.paragraphs, quotes)
    return _models(links, resolve_fast(text, links, [(q.start, q.end) for q in quotes]), prepared)


def _models(assembled: list, infos: list[SourceInfo | None], prepared: Prepared) -> tuple[list[Attribution], list[SourceEntry]]:
    """Return the model attributions and sources of linked items (``via`` as character pairs)."""
    mapper = _Mapper(prepared)
    source_ids: dict[str, str] = {}
    entries: dict[str, dict] = {}
    seen_mentions: dict[str, set[tuple[int, int]]] = {}
    attributions: list[Attribution] = []
    for index, (a, info) in enumerate(zip(assembled, infos)):
        att_id = f"a{index + 1}"
        source = None
        if info is not None:
            key = info.key
            if key not in source_ids:
                source_ids[key] = f"s{len(source_ids) + 1}"
                first = mapper.span(info.resolved or info.mention)
                entries[key] = {"id": source_ids[key], "text": first.text, "type": info.type,
                                "anonymous": info.anonymous, "vague": info.vague, "mentions": [], "attributions": [],
                                **_gender_fields(info, mapper)}
                seen_mentions[key] = set()
            entry = entries[key]
            mention = mapper.span(info.mention)
            if (mention.start, mention.end) not in seen_mentions[key]:  # a set: linear in the mentions
                seen_mentions[key].add((mention.start, mention.end))
                entry["mentions"].append(mention)
            entry["attributions"].append(att_id)
            source = _source_model(info, mapper, source_ids[key])
        attributions.append(Attribution(
            id=att_id,
            kind=a.kind,
            content=mapper.span(a.content),
            cue=mapper.span(a.cue),
            source=source,
            via=[mapper.span(v) for v in a.via],
            rule=a.rule,
            continues=f"a{a.continues + 1}" if a.continues is not None else None,
        ))
    sources = [SourceEntry(**{**e, "mentions": sorted(e["mentions"], key=lambda s: s.start)}) for e in entries.values()]
    return attributions, sources


def _gender_fields(info: SourceInfo, mapper: _Mapper) -> dict:
    """Return a source entry's gender, gender_basis and gender_evidence: the resolver's for a person
    or an anonymous individual (resolve/gender.py), all None for any other source."""
    if info.type not in ("person", "unnamed") or info.gender is None:
        return {"gender": None, "gender_basis": None, "gender_evidence": None}
    return {"gender": info.gender, "gender_basis": info.gender_basis, "gender_evidence": mapper.span(info.gender_evidence)}


def _source_model(info: SourceInfo, mapper: _Mapper, source_id: str) -> Source:
    mention = mapper.span(info.mention)
    return Source(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        type=info.type,
        anonymous=info.anonymous,
        vague=info.vague,
        resolved=mapper.span(info.resolved),
        count=info.count,
        descriptors=Descriptors(**{k: mapper.span(v) for k, v in info.descriptors.items()}),
        anonymity_reason=mapper.span(info.anonymity_reason),
        source_id=source_id,
    )
