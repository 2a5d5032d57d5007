"""The ``corpus`` subcommand: audit many articles into one JSON Lines file, resumable, on all cores.

    python -m attribution corpus INPUT... -o OUT.jsonl [--fast] [--workers N] [--resume]
        [--progress/--no-progress] [--summary PATH] [--scheduler ADDRESS]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator

from ..errors import AttributionError, InputError


def add_parser(sub) -> None:
    """Add the ``corpus`` subcommand to the CLI's subparsers."""
    p = sub.add_parser("corpus", help="audit a corpus into JSON Lines, one report per article, in input order")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a directory of .txt/.html files, a glob, a .jsonl file of {\"id\", \"text\"} lines, or - (stdin)")
    p.add_argument("--output", "-o", metavar="OUT.jsonl", default="-", help="where the reports go (default: stdout)")
    p.add_argument("--fast", action="store_true", help="the parse-free fast path (see docs/performance.md)")
    p.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--resume", action="store_true", help="continue a run that stopped: skip articles already in OUT")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: when stderr is a terminal)")
    p.add_argument("--summary", metavar="PATH", help="write the corpus summary as JSON here (and a table on stderr)")
    p.add_argument("--config", metavar="PATH", help="TOML policy file for the rules")
    p.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask cluster (needs the 'dask' extra)")
    p.add_argument("--input-format", choices=("auto", "text", "html"), default="auto",
                   help="how to read article files: auto (HTML pages by name or content), text, or html")
    p.set_defaults(func=cmd_corpus)


def _error(message: str) -> None:
    sys.stderr.write(f"attribution: {message}\n")
    sys.stderr.flush()


def line_id(line: str) -> str:
    """Return the article id of one output line (a report or an error record): its id, else its path."""
    doc = json.loads(line)["document"]
    return doc["id"] if doc.get("id") is not None else doc["path"]


def resume_lines(path: str) -> list[str]:
    """Return the complete lines already in ``path``, cutting off a line a kill left half-written."""
    if not os.path.exists(path):
        return []
    with open(path, "rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            handle.truncate(keep)
    return data[:keep].decode("utf-8").splitlines(keepends=True)


def _skip(items: Iterator, done: list[str], output: str) -> Iterator:
    """Drop the first ``len(done)`` items, checking the last one matches the last line written."""
    if not done:
        return items
    last = None
    for _ in range(len(done)):
        last = next(items, None)
        if last is None:
            raise InputError(f"has {len(done)} lines but the input has fewer articles; cannot resume", path=output)
    if last.id != line_id(done[-1]):
        raise InputError(f"its last line is article {line_id(done[-1])!r} but the input has {last.id!r} there; "
                         "cannot resume", path=output)
    return items


def _config_anchor(inputs: list[str]) -> str | None:
    """Return a path whose folder is where the corpus's configuration is looked for, or None (cwd)."""
    for item in inputs:
        if item != "-" and os.path.isdir(item):
            return os.path.join(item, "_")
        if item != "-" and os.path.exists(item):
            return item
    return None


def _outcomes(args: argparse.Namespace, items, workers: int, config) -> Iterator:
    if args.scheduler:
        from ..corpus.dask import audit_items_on_cluster

        return audit_items_on_cluster(items, args.scheduler, fast=args.fast, config=config)
    from ..corpus.stream import audit_corpus

    return audit_corpus(items, workers=workers, fast=args.fast, config=config)


def cmd_corpus(args: argparse.Namespace) -> int:
    """Audit every article of the inputs into the output; returns 0, or 2 when an input or an article failed."""
    from ..corpus.stream import check_inputs, count_items, default_workers, iter_items
    from ..corpus.summary import CorpusSummary

    to_stdout = args.output == "-"
    if args.resume and to_stdout:
        _error("--resume needs --output FILE")
        return 2
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        _error("--workers must be at least 1")
        return 2
    try:
        from .. import config as cfg

        # One policy for the run, as a linter run over a project: --config, else the nearest
        # [tool.attribution] above the first input (a directory, or a file's folder), else above cwd.
        config = cfg.load_file(args.config) if args.config else cfg.discover(_config_anchor(args.inputs))
        check_inputs(args.inputs)
        items = iter_items(args.inputs, args.input_format)
        done = resume_lines(args.output) if args.resume else []
        items = _skip(items, done, args.output)
        summary = CorpusSummary() if args.summary else None
        if summary is not None:
            for line in done:
                summary.add_line(line)
        show = args.progress if args.progress is not None else sys.stderr.isatty()
        total = count_items(args.inputs, args.input_format) if show else None
        handle = sys.stdout if to_stdout else open(args.output, "a" if args.resume else "w", encoding="utf-8",
                                                   newline="\n")
    except AttributionError as exc:
        _error(str(exc))
        return 2
    except OSError as exc:
        _error(f"{args.output}: cannot write ({exc.strerror})")
        return 2
    from tqdm import tqdm

    bar = tqdm(total=total, initial=len(done), unit="article", file=sys.stderr, disable=not show, dynamic_ncols=True)
    errors = 0
    try:
        for outcome in _outcomes(args, items, workers, config):
            handle.write(outcome.line)
            handle.flush()
            errors += "error" in outcome.digest
            if summary is not None:
                summary.add(outcome.digest)
            bar.update(1)
    except AttributionError as exc:  # an input that names nothing, met while streaming
        _error(str(exc))
        return 2
    finally:
        bar.close()
        if not to_stdout:
            handle.close()
    if summary is not None:
        try:
            with open(args.summary, "w", encoding="utf-8", newline="\n") as out:
                out.write(summary.to_json())
        except OSError as exc:
            _error(f"{args.summary}: cannot write the summary ({exc.strerror})")
            return 2
        sys.stderr.write(summary.to_table())
    if errors:
        _error(f"{errors} article(s) could not be audited; see the error records in the output")
        return 2
    return 0
