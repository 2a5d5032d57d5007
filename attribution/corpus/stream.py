"""Step 6: audit a corpus: articles from files, globs or JSON Lines, in input order, any number of workers.

An ``Item`` names one article: its id, the file it comes from, or its text. Items are read lazily
(a directory of a million files is never held in memory) and audited in batches; each yields one
``Outcome``: the report's JSON line (the same as ``audit --format jsonl``) or an error record
``{"schema_version", "document": {"id", "path"}, "error": {"code", "message"}}``, and a small digest
for the corpus summary.
One bad article never stops the others.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass

from ..config import Config
from ..errors import AttributionError, EmptyInputError, FileMissingError, InputError, NotAFileError, UndecodableError
from ..read.input import read_article as _read_article

BATCH_SIZE = 8
"""Articles per task sent to a worker: small batches keep both cores busy on a few hundred documents."""


@dataclass(frozen=True)
class Item:
    """One article of a corpus: from a file (``path``) or given as text (a JSON Lines record)."""

    id: str
    path: str | None = None
    text: str | None = None
    error: AttributionError | None = None  # the record could not even be read (bad JSON line)
    format: str = "text"  # "html" when ``text`` was extracted from a page
    input_format: str = "auto"  # how to read ``path``: "auto", "text" or "html"


@dataclass(frozen=True)
class Outcome:
    """The audit of one Item: its output line and a digest for the corpus summary."""

    id: str
    line: str  # one JSON object and "\n"
    digest: dict


def read_article(path: str, input_format: str = "auto"):
    """Return the Article in the file at ``path`` (raises InputError subclasses on bad input).

    HTML pages (by name or content with "auto", always with "html") have their article body
    extracted (``input.read_article``).
    """
    return _read_article(path, input_format)


_SUFFIXES = {"text": (".txt",), "html": (".html", ".htm", ".xhtml"), "auto": (".txt", ".html", ".htm", ".xhtml")}


def _is_glob(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


def _jsonl_items(handle: Iterable[str], name: str) -> Iterator[Item]:
    for n, line in enumerate(handle, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(where, error=InputError(f"line {n} is not JSON ({exc.msg})", path=name))
            continue
        doc_id = record.get("id") if isinstance(record, dict) else None
        doc_id = str(doc_id) if doc_id is not None else where
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Item(doc_id, error=InputError(f"line {n} has no \"text\" string", path=name))
            continue
        yield Item(doc_id, text=record["text"])


def iter_items(inputs: Iterable[str], input_format: str = "auto") -> Iterator[Item]:
    """Yield the corpus's articles in input order: a directory's article files (sorted, recursive:
    ``*.txt`` with "text", ``*.html``/``*.htm`` with "html", both with "auto"), a glob's matches
    (sorted), a ``.jsonl`` file's records, ``-`` for JSON Lines on stdin, or a file.

    Raises InputError for an input that names nothing (a missing file, a glob with no match).
    """
    for spec in inputs:
        if spec == "-":
            yield from _jsonl_items(sys.stdin, "<stdin>")
        elif os.path.isdir(spec):
            for root, dirs, files in os.walk(spec):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(_SUFFIXES[input_format]):
                        yield Item(os.path.join(root, name), path=os.path.join(root, name), input_format=input_format)
        elif spec.endswith((".jsonl", ".ndjson")) and os.path.isfile(spec):
            with open(spec, encoding="utf-8", errors="surrogateescape") as handle:
                yield from _jsonl_items(handle, spec)
        elif os.path.exists(spec):
            yield Item(spec, path=spec, input_format=input_format)
        elif _is_glob(spec):
            matches = sorted(glob.iglob(spec, recursive=True))
            if not matches:
                raise FileMissingError("the pattern matches no file", path=spec)
            for path in matches:
                if os.path.isfile(path):
                    yield Item(path, path=path, input_format=input_format)
        else:
            raise FileMissingError("no such file, directory or pattern", path=spec)


def check_inputs(inputs: Iterable[str]) -> None:
    """Raise FileMissingError for the first input that names nothing, before anything is written."""
    for spec in inputs:
        if spec != "-" and not os.path.exists(spec) and not (_is_glob(spec) and next(glob.iglob(spec, recursive=True), None)):
            raise FileMissingError("no such file, directory or pattern" if not _is_glob(spec)
                                   else "the pattern matches no file", path=spec)


def count_items(inputs: Iterable[str], input_format: str = "auto") -> int | None:
    """Return how many articles ``iter_items`` will yield without reading them, or None for stdin."""
    total = 0
    for spec in inputs:
        if spec == "-":
            return None
        if spec.endswith((".jsonl", ".ndjson")) and os.path.isfile(spec):
            with open(spec, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += sum(1 for _ in iter_items([spec], input_format))
    return total


def _article_of(item: Item):
    """Return the item's Article: its file read (HTML extracted), or its text checked."""
    from ..read.input import Article

    if item.error is not None:
        raise item.error
    if item.text is None:
        return read_article(item.path, item.input_format)
    text = item.text
    if not text.strip():
        raise EmptyInputError("the article is empty", path=item.id)
    # The size limit, as configured, is checked when the article is prepared (auditor.check_size).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UndecodableError("the text is not valid Unicode (lone surrogates)", path=item.id) from None
    return Article(text=text, format=item.format, path=item.path)


def error_line(doc_id: str | None, path: str | None, code: str, message: str) -> str:
    """Return the error record of an article that could not be audited, as one JSON line.

    The same shape as a Report's ``schema_version`` and ``document`` (id, path), with ``error``
    (code, message) in place of the audit; keys in a fixed order, so the bytes are deterministic.
    """
    from ..model import SCHEMA_VERSION

    record = {"schema_version": SCHEMA_VERSION, "document": {"id": doc_id, "path": path},
              "error": {"code": code, "message": " ".join(str(message).split())}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _error_outcome(item: Item, exc: Exception) -> Outcome:
    if isinstance(exc, AttributionError):
        code, message = exc.code, exc.message
    elif isinstance(exc, (OSError, UnicodeError)):
        code, message = NotAFileError.code, f"cannot be read ({exc})"
    else:
        code, message = "E099", f"internal error while auditing ({type(exc).__name__}: {exc}); please report it"
    doc_id, path = (None, item.path) if item.path is not None else (item.id, None)
    return Outcome(item.id, error_line(doc_id, path, code, message), {"error": code})


def digest(report) -> dict:
    """Return what the corpus summary needs of one Report: counts, sources and finding codes."""
    s = report.summary
    return {
        "attributions": s.attributions, "by_kind": dict(s.by_kind), "named": s.named,
        "anonymous": s.anonymous, "no_source": s.no_source,
        "sources": [[e.text, e.anonymous, len(e.attributions)] for e in report.sources],
        "findings": [f.code for f in report.findings],
        "voices": s.voices.model_dump() if s.voices is not None else None,
    }


def audit_batch(items: list[Item], *, fast: bool = False, config: Config | None = None) -> list[Outcome]:
    """Return the Outcome of each item, in order; an article that fails gives an error record."""
    from ..auditing.auditor import _DEFAULT_CONFIG, _prepare, build_fast_report, build_report, check_parse_length
    from ..parse.pipeline import load_pipeline, memory_zone

    prepared: list[tuple[Item, object]] = []
    outcomes: dict[int, Outcome] = {}
    nlp = None if fast else load_pipeline()
    for k, item in enumerate(items):
        try:
            article = _article_of(item)
            ready = _prepare(article, config or _DEFAULT_CONFIG, item.path)
            if nlp is not None:
                check_parse_length(ready, nlp, path=item.path)
            prepared.append((k, item, (ready, article.format)))
        except Exception as exc:  # noqa: BLE001 - any bad article becomes its error record
            outcomes[k] = _error_outcome(item, exc)
    # Everything that reads the Docs runs in the zone; the Outcomes it leaves are plain strings.
    with nullcontext() if fast else memory_zone(nlp):
        if fast:
            docs = [None] * len(prepared)
        else:
            try:
                docs = list(nlp.pipe([p.parse_text for _, _, (p, _) in prepared]))
            except Exception:  # noqa: BLE001 - find the article that breaks the parser, one by one
                docs = []
                for k, item, (p, _) in prepared:
                    try:
                        docs.append(nlp(p.parse_text))
                    except Exception as exc:  # noqa: BLE001
                        docs.append(exc)
        for (k, item, (p, fmt)), doc in zip(prepared, docs):
            try:
                if isinstance(doc, Exception):
                    raise doc
                doc_id, path = (None, item.path) if item.path is not None else (item.id, None)
                report = build_fast_report(p, doc_id=doc_id, path=path, config=config, input_format=fmt) if fast else \
                    build_report(doc, p, doc_id=doc_id, path=path, config=config, input_format=fmt)
                outcomes[k] = Outcome(item.id, report.model_dump_json() + "\n", digest(report))
            except Exception as exc:  # noqa: BLE001
                outcomes[k] = _error_outcome(item, exc)
    return [outcomes[k] for k in range(len(items))]


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _init_worker() -> None:
    from ..parse.pipeline import load_pipeline

    load_pipeline()


def audit_corpus(items: Iterable[Item], *, workers: int = 1, fast: bool = False, config: Config | None = None,
                 batch_size: int = BATCH_SIZE) -> Iterator[Outcome]:
    """Yield one Outcome per item, in input order, auditing with ``workers`` processes.

    At most a few batches per worker are in flight, so memory stays flat however long the stream.
    """
    batches = _batches(items, batch_size)
    if workers <= 1:
        for batch in batches:
            yield from audit_batch(batch, fast=fast, config=config)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if sys.platform == "linux":
        # Fork after loading the pipeline: the workers share its memory and start at once.
        context = multiprocessing.get_context("fork")
        if not fast:
            _init_worker()
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=None if fast else _init_worker) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.submit(audit_batch, batch, fast=fast, config=config))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def default_workers() -> int:
    """Return how many worker processes to use by default: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
