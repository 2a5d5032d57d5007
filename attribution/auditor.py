"""Step 5: the per-article audit: run the engine and summarise its attributions into a Report."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .config import Config
from .engine import Prepared, extract, extract_fast, prepare, prepare_doc
from .model import KINDS, Attribution, DocumentInfo, Finding, Report, SourceEntry, Summary
from .nlp import load_pipeline
from .positions import LineIndex
from .rules import Context, run_rules
from .sourcing import relays, single_anonymous_source_claims
from .text import sha256_text

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
    )


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
                 config: Config | None = None) -> Report:
    """Return the Report of a Doc parsed from ``prepared.parse_text``, with the policy findings.

    With no Doc (``None``) the parse-free fast path finds the attributions instead.
    """
    config = config or _DEFAULT_CONFIG
    attributions, sources = extract(doc, prepared) if doc is not None else extract_fast(prepared)
    original = prepared.normalized.original
    summary = summarize(attributions, sources, config)
    findings = run_rules(Context(original, attributions, sources, summary, config))
    return Report(
        document=DocumentInfo(id=doc_id, path=path, chars=len(original), sha256=sha256_text(original)),
        attributions=attributions,
        sources=sources,
        summary=summary,
        findings=locate(findings, original),
    )


def build_fast_report(prepared: Prepared, *, doc_id: str | None = None, path: str | None = None,
                      config: Config | None = None) -> Report:
    """Return the Report of the parse-free fast path for ``prepared`` (no spaCy parse at all)."""
    return build_report(None, prepared, doc_id=doc_id, path=path, config=config)


def audit(text: str, *, doc_id: str | None = None, path: str | None = None, config: Config | None = None,
          fast: bool = False) -> Report:
    """Return the sourcing audit of one article's text (a frozen pydantic Report) under ``config``.

    With ``fast`` the parse-free fast path is used: many times faster, a little less accurate
    (docs/performance.md).
    """
    prepared = prepare(text)
    if fast:
        return build_fast_report(prepared, doc_id=doc_id, path=path, config=config)
    doc = load_pipeline()(prepared.parse_text)
    return build_report(doc, prepared, doc_id=doc_id, path=path, config=config)


def audit_many(texts: Iterable[tuple[str | None, str]], *, batch_size: int = 16,
               config: Config | None = None, fast: bool = False) -> Iterator[Report]:
    """Yield one Report per ``(doc_id, text)`` pair, parsing them in batches with ``nlp.pipe``
    (or with the parse-free fast path when ``fast``)."""
    if fast:
        for doc_id, text in texts:
            yield build_fast_report(prepare(text), doc_id=doc_id, config=config)
        return
    nlp = load_pipeline()
    items = ((doc_id, prepare(text)) for doc_id, text in texts)
    buffered: list[tuple[str | None, Prepared]] = []

    def flush() -> Iterator[Report]:
        docs = nlp.pipe([p.parse_text for _, p in buffered], batch_size=batch_size)
        for (doc_id, prepared), doc in zip(buffered, docs):
            yield build_report(doc, prepared, doc_id=doc_id, config=config)
        buffered.clear()

    for item in items:
        buffered.append(item)
        if len(buffered) >= batch_size:
            yield from flush()
    if buffered:
        yield from flush()


def audit_doc(doc: Doc, *, doc_id: str | None = None, config: Config | None = None) -> Report:
    """Return the Report of a Doc the caller parsed; offsets are into ``doc.text``."""
    return build_report(doc, prepare_doc(doc), doc_id=doc_id, config=config)
