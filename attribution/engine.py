"""Steps 1-4 in order: normalize, find paragraphs and quotes, parse and link, resolve sources.

``prepare`` builds the text the parser sees (article paragraphs only, joined by blank lines) and
the map back to the original; ``extract`` turns a parsed Doc into model attributions and sources
with offsets into the original text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc

from .boilerplate import Paragraph, split_paragraphs
from .candidates import find_quotes
from .link.assemble import assemble
from .link.fast import link_fast
from .link.parse import link_sentences
from .nlp import doc_text
from .model import Attribution, Descriptors, Source, SourceEntry, Span
from .resolve import SourceInfo, resolve_all
from .resolve_fast import resolve_fast
from .settings import MAX_SENTENCE_CHARS
from .text import Normalized, normalize

PARAGRAPH_GLUE = "\n\n"


@dataclass(frozen=True)
class Prepared:
    """The text to parse and how to map its offsets back to the original."""

    normalized: Normalized
    parse_text: str
    paragraphs: list[Paragraph]  # in parse_text offsets; boilerplate paragraphs are left out
    parse_starts: list[int]  # where each kept paragraph starts in parse_text
    norm_starts: list[int]  # where it starts in the normalized text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of a span of parse_text."""
        if end <= start:
            s = self._to_norm(start)
            return self.normalized.to_original(s, s)
        s = self._to_norm(start)
        e = self._to_norm(end - 1) + 1
        return self.normalized.to_original(s, e)

    def _to_norm(self, pos: int) -> int:
        k = bisect.bisect_right(self.parse_starts, pos) - 1
        if k < 0:
            return 0
        return self.norm_starts[k] + (pos - self.parse_starts[k])


def prepare(original: str) -> Prepared:
    """Return the parse text of ``original``: its article paragraphs, boilerplate left out."""
    normalized = normalize(original)
    text = normalized.text
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    parse_starts: list[int] = []
    norm_starts: list[int] = []
    pos = 0
    for para in split_paragraphs(text):
        if not para.is_text:
            continue
        chunk = text[para.start:para.end]
        if len(chunk) > MAX_SENTENCE_CHARS:
            chunk = chunk[:MAX_SENTENCE_CHARS]
        parse_starts.append(pos)
        norm_starts.append(para.start)
        paragraphs.append(Paragraph(pos, pos + len(chunk), para.kind))
        pieces.append(chunk)
        pieces.append(PARAGRAPH_GLUE)
        pos += len(chunk) + len(PARAGRAPH_GLUE)
    return Prepared(normalized, "".join(pieces), paragraphs, parse_starts, norm_starts)


def prepare_doc(doc: Doc) -> Prepared:
    """Return a Prepared for a Doc the user parsed themselves: offsets are the Doc's own."""
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
    quotes = find_quotes(doc_text(doc), prepared.paragraphs)
    links = link_sentences(doc, prepared.paragraphs)
    assembled = assemble(doc, links, quotes, prepared.paragraphs)
    infos = resolve_all(doc, assembled)
    for a in assembled:
        a.via = [(v.start_char, v.end_char) for v in a.via]
    return _models(assembled, infos, prepared)


def extract_fast(prepared: Prepared) -> tuple[list[Attribution], list[SourceEntry]]:
    """Return the attributions and sources found by the parse-free fast path, offsets into the original."""
    text = prepared.parse_text
    quotes = find_quotes(text, prepared.paragraphs)
    links = link_fast(text, prepared.paragraphs, quotes)
    return _models(links, resolve_fast(text, links), prepared)


def _models(assembled: list, infos: list[SourceInfo | None], prepared: Prepared) -> tuple[list[Attribution], list[SourceEntry]]:
    """Return the model attributions and sources of linked items (``via`` as character pairs)."""
    mapper = _Mapper(prepared)
    source_ids: dict[str, str] = {}
    entries: dict[str, dict] = {}
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
                                "anonymous": info.anonymous, "vague": info.vague, "mentions": [], "attributions": []}
            entry = entries[key]
            mention = mapper.span(info.mention)
            if mention not in entry["mentions"]:
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
