"""Step 5: the per-article audit: run the engine and summarise its attributions into a Report.

The input limits are checked here, before anything is parsed: a document over
``max-document-chars`` or with a sentence over ``max-sentence-chars`` raises (``audit``) or
becomes an ErrorRecord (``audit_many``), never a hang.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..config import Config
from .engine import Prepared, extract, extract_fast, prepare, prepare_doc
from .roles import with_role_kinds
from ..errors import AttributionError, TooLargeError
from ..read.input import Article, from_bytes, from_string
from ..model import (
    KINDS,
    Attribution,
    DocumentInfo,
    DocumentRef,
    ErrorInfo,
    ErrorRecord,
    Finding,
    GenderCounts,
    Report,
    SourceEntry,
    Summary,
    VoiceCounts,
    Voices,
)
from ..prepare.positions import LineIndex
from ..rules import Context, run_rules
from ..rules.sourcing import relays, single_anonymous_source_claims
from ..prepare.text import sha256_text

if TYPE_CHECKING:  # spaCy is imported by the full path only (parse/pipeline.py): the fast path never loads it
    from spacy.tokens import Doc


def load_pipeline():
    """Return the loaded spaCy pipeline (parse/pipeline.py), importing spaCy on first use."""
    from ..parse.pipeline import load_pipeline as load

    return load()


def memory_zone(nlp):
    """Return memory_zone (parse/pipeline.py), importing spaCy on first use."""
    from ..parse.pipeline import memory_zone as zone

    return zone(nlp)

_DEFAULT_CONFIG = Config()


def summarize(attributions: list[Attribution], sources: list[SourceEntry], config: Config = _DEFAULT_CONFIG) -> Summary:
    """Return the counts over an article's attributions: by kind, named and anonymous, and the audit lists."""
    by_kind = {kind: 0 for kind in KINDS}
    named = anonymous = no_source = 0
    for a in attributions:
        by_kind[a.kind] += 1
        if a.source is None:
            no_source += 1
        elif a.source.anonymous:
            anonymous += 1
        else:
            named += 1
    with_source = named + anonymous
    return Summary(
        attributions=len(attributions),
        by_kind=by_kind,
        named=named,
        anonymous=anonymous,
        no_source=no_source,
        anonymous_share=round(anonymous / with_source, 4) if with_source else None,
        distinct_sources=len(sources),
        named_sources=sum(1 for s in sources if not s.anonymous),
        anonymous_sources=sum(1 for s in sources if s.anonymous),
        named_share=round(named / with_source, 4) if with_source else None,
        attributions_per_source={s.id: len(s.attributions) for s in sources},
        single_anonymous_source_claims=single_anonymous_source_claims(
            attributions, overlap=config.threshold("corroboration-overlap"),
            min_words=int(config.threshold("claim-min-words"))),
        quotes_without_source=[a.id for a in attributions if a.kind in ("direct", "mixed") and a.source is None],
        hedged_claims=[a.id for a in attributions if a.kind == "unsourced"],
        relayed=relays(attributions),
        voices=voices(sources) if config.gender != "off" else None,
    )


def voices(sources: list[SourceEntry]) -> Voices:
    """Return who is quoted: the people (person sources and anonymous individuals) and their
    attributions by gender, all of them, the
    named and anonymous apart and the officials, experts and others apart (``role_kind``), with the
    share of women among those of known gender."""
    def counts(people: list[SourceEntry]) -> VoiceCounts:
        by_person = {g: sum(1 for s in people if s.gender == g) for g in ("female", "male", "unknown")}
        by_attribution = {g: sum(len(s.attributions) for s in people if s.gender == g) for g in by_person}
        known = by_person["female"] + by_person["male"]
        return VoiceCounts(people=GenderCounts(**by_person), attributions=GenderCounts(**by_attribution),
                           women_share=round(by_person["female"] / known, 4) if known else None)

    people = [s for s in sources if s.gender is not None]  # named persons and anonymous individuals
    every = counts(people)
    return Voices(people=every.people, attributions=every.attributions, women_share=every.women_share,
                  named=counts([s for s in people if not s.anonymous]),
                  anonymous=counts([s for s in people if s.anonymous]),
                  officials=counts([s for s in people if s.role_kind == "official"]),
                  experts=counts([s for s in people if s.role_kind == "expert"]),
                  others=counts([s for s in people if s.role_kind not in ("official", "expert")]))


def with_gender_mode(sources: list[SourceEntry], mode: str) -> list[SourceEntry]:
    """Return the sources with their gender fields as the ``[tool.attribution.voices] gender`` mode
    allows: "text+names" as they are; "text" with a gender known only from the given name made
    "unknown" (no basis, no evidence); "off" with every gender field null."""
    if mode == "text+names":
        return sources
    if mode == "off":
        return [s.model_copy(update={"gender": None, "gender_basis": None, "gender_evidence": None}) for s in sources]
    return [s.model_copy(update={"gender": "unknown", "gender_basis": None, "gender_evidence": None})
            if s.gender_basis == "name" else s for s in sources]


def locate(findings: list[Finding], original: str) -> list[Finding]:
    """Return the findings with 1-based line and column (code points) of their spans in ``original``."""
    index = LineIndex(original)
    located = []
    for f in findings:
        if f.span is not None:
            line, column = index.line_col(f.span.start)
            end_line, end_column = index.line_col(f.span.end)
            f = f.model_copy(update={"line": line, "column": column, "end_line": end_line, "end_column": end_column})
        located.append(f)
    return located


def build_report(doc: Doc | None, prepared: Prepared, *, doc_id: str | None = None, path: str | None = None,
                 config: Config | None = None, input_format: str = "text") -> Report:
    """Return the Report of a Doc parsed from ``prepared.parse_text``, with the policy findings.

    With no Doc (``None``) the parse-free fast path finds the attributions instead.
    ``input_format`` "html" says the text was extracted from a page: the report then carries it.
    """
    config = config or _DEFAULT_CONFIG
    attributions, sources = extract(doc, prepared) if doc is not None else extract_fast(prepared)
    original = prepared.normalized.original
    sources = with_role_kinds(with_gender_mode(sources, config.gender), attributions, original)
    summary = summarize(attributions, sources, config)
    findings = run_rules(Context(original, attributions, sources, summary, config))
    return Report(
        document=DocumentInfo(id=doc_id, path=path, chars=len(original), sha256=sha256_text(original),
                              format=input_format, text=original if input_format == "html" else None),
        attributions=attributions,
        sources=sources,
        summary=summary,
        findings=locate(findings, original),
    )


def build_fast_report(prepared: Prepared, *, doc_id: str | None = None, path: str | None = None,
                      config: Config | None = None, input_format: str = "text") -> Report:
    """Return the Report of the parse-free fast path for ``prepared`` (no spaCy parse at all)."""
    return build_report(None, prepared, doc_id=doc_id, path=path, config=config, input_format=input_format)


def to_article(item: str | bytes | Article, input_format: str = "text", *, path: str | None = None,
               max_chars: int | None = None) -> Article:
    """Return ``item`` as an Article: an Article as it is, bytes decoded, a str read as ``input_format``.

    Raises InputError subclasses for bytes that are empty, binary or undecodable, a page with no
    article, or raw input over four times ``max_chars`` (checked before decoding or extraction).
    """
    if isinstance(item, Article):
        return item
    if max_chars is not None and len(item) > 4 * max_chars:
        raise TooLargeError(f"the input has {len(item):,} {'bytes' if isinstance(item, (bytes, bytearray)) else 'characters'}, "
                            f"over four times the limit of {max_chars:,} (max-document-chars)", path=path)
    if isinstance(item, (bytes, bytearray)):
        return from_bytes(bytes(item), input_format, path=path)
    return from_string(item, input_format, path=path)


def check_size(text: str, config: Config, *, path: str | None = None) -> None:
    """Raise TooLargeError when ``text`` is longer than the max-document-chars limit; returns None."""
    most = config.limit("max-document-chars")
    if len(text) > most:
        raise TooLargeError(f"the text has {len(text):,} characters, over the limit of {most:,} (max-document-chars)",
                            path=path)


def check_parse_length(prepared: Prepared, nlp, *, path: str | None = None) -> None:
    """Raise TooLargeError when the full path cannot parse ``prepared`` (spaCy's ``nlp.max_length``); returns None.

    The parser's memory grows with the text, and the pipeline refuses texts over max_length (1,000,000
    characters) with an error that names no document; this names it and says what to do instead.
    """
    if len(prepared.parse_text) > nlp.max_length:
        raise TooLargeError(f"the text has {len(prepared.parse_text):,} characters, over the full path's parse limit of "
                            f"{nlp.max_length:,} (spaCy's max_length); audit it with the fast path (--fast) or "
                            "split it", path=path)


def _prepare(article: Article, config: Config, path: str | None) -> Prepared:
    check_size(article.text, config, path=path)
    try:
        return prepare(article.text, max_sentence_chars=config.limit("max-sentence-chars"),
                       body_start=article.body_start)
    except AttributionError as exc:
        exc.path = exc.path or path
        raise


def audit(text: str | bytes | Article, *, doc_id: str | None = None, path: str | None = None,
          config: Config | None = None, input_format: str = "text", fast: bool = False) -> Report:
    """Return the sourcing audit of one article (a frozen pydantic Report) under ``config``.

    With ``fast`` the parse-free fast path is used: many times faster, a little less accurate
    (docs/performance.md).

    ``text`` is the article's text, a file's bytes (decoded), or an Article from
    ``attribution.read.input.read_article``; ``input_format`` "html" extracts the body of a page given as
    text ("auto" sniffs). Raises an AttributionError (one line, with a code) when the input cannot
    be read or is over a limit (``[tool.attribution.limits]``, settings.py).
    """
    config = config or _DEFAULT_CONFIG
    article = to_article(text, input_format, path=path, max_chars=config.limit("max-document-chars"))
    prepared = _prepare(article, config, path or article.path)
    path = path or article.path
    if fast:
        return build_fast_report(prepared, doc_id=doc_id, path=path, config=config, input_format=article.format)
    nlp = load_pipeline()
    check_parse_length(prepared, nlp, path=path)
    with memory_zone(nlp):  # the CLI calls audit() once per file: its words must not pile up in the Vocab
        return build_report(nlp(prepared.parse_text), prepared, doc_id=doc_id, path=path, config=config,
                            input_format=article.format)


def error_record(exc: Exception, *, doc_id: str | None = None, path: str | None = None) -> ErrorRecord:
    """Return the ErrorRecord of a document that raised ``exc``: its code and one-line message."""
    if isinstance(exc, AttributionError):
        code, message = exc.code, exc.message
    else:
        code, message = "E099", f"internal error while auditing ({type(exc).__name__}: {exc}); please report it"
    return ErrorRecord(document=DocumentRef(id=doc_id, path=path or getattr(exc, "path", None)),
                       error=ErrorInfo(code=code, message=" ".join(str(message).split())))


def audit_many(texts: Iterable[tuple[str | None, str | bytes | Article]], *, batch_size: int = 16,
               config: Config | None = None, input_format: str = "text",
               fast: bool = False) -> Iterator[Report | ErrorRecord]:
    """Yield one Report per ``(doc_id, text)`` pair, in order, parsing them in batches with ``nlp.pipe``
    (or with the parse-free fast path when ``fast``).

    A document that cannot be read, is over a limit or fails inside the engine yields an
    ErrorRecord in its place; the others are still audited. Each batch is parsed and reported in
    a spaCy memory zone (``nlp.memory_zone``), so a long stream's new words do not pile up.
    """
    config = config or _DEFAULT_CONFIG
    nlp = None if fast else load_pipeline()
    buffered: list[tuple[str | None, Prepared | ErrorRecord, str]] = []

    def prepared(doc_id: str | None, item) -> tuple[str | None, Prepared | ErrorRecord, str]:
        try:
            article = to_article(item, input_format, max_chars=config.limit("max-document-chars"))
            ready = _prepare(article, config, article.path)
            if nlp is not None:
                check_parse_length(ready, nlp, path=article.path)
            return doc_id, ready, article.format
        except AttributionError as exc:
            return doc_id, error_record(exc, doc_id=doc_id), "text"

    def batch_reports() -> list[Report | ErrorRecord]:
        good = [p for _, p, _ in buffered if isinstance(p, Prepared)]
        docs = iter([None] * len(good) if fast else nlp.pipe([p.parse_text for p in good], batch_size=batch_size))
        out: list[Report | ErrorRecord] = []
        for doc_id, prep, fmt in buffered:
            if isinstance(prep, ErrorRecord):
                out.append(prep)
                continue
            doc = next(docs)
            try:
                out.append(build_report(doc, prep, doc_id=doc_id, config=config, input_format=fmt))
            except Exception as exc:  # a bug must not lose the other documents' reports
                out.append(error_record(exc, doc_id=doc_id))
        buffered.clear()
        return out

    def flush() -> list[Report | ErrorRecord]:
        # The batch's reports are all built before the first is yielded, so the memory zone never
        # stays open while the caller holds control (it may parse with the same nlp, or stop early).
        if fast:
            return batch_reports()
        with memory_zone(nlp):
            return batch_reports()

    for doc_id, item in texts:
        buffered.append(prepared(doc_id, item))
        if len(buffered) >= batch_size:
            yield from flush()
    if buffered:
        yield from flush()


def audit_doc(doc: Doc, *, doc_id: str | None = None, config: Config | None = None) -> Report:
    """Return the Report of a Doc the caller parsed; offsets are into ``doc.text``."""
    return build_report(doc, prepare_doc(doc), doc_id=doc_id, config=config)
