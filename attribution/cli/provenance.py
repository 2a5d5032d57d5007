"""``python -m attribution provenance INPUT...``: the same words across articles (docs/provenance.md).

INPUT is an article text file (audited first), a directory (its files, sorted by name), an audit
JSON file (one Report or an array) or a JSONL file (one Report per line, e.g. a corpus run, with an
optional ``date``). A bad file is one line on stderr and exit status 2, and the other inputs still
run; a bad JSONL line is skipped, recorded in the report's ``skipped``, told on stderr and makes
the exit status 2; a corpus run's error record (a line with an ``error`` key) is skipped and
recorded the same way but leaves the exit status alone.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..errors import AttributionError

FORMATS = ("text", "json", "markdown", "html")
_REPORT_SUFFIXES = (".json", ".jsonl")


def add_parser(sub) -> None:
    """Add the ``provenance`` subcommand to the subparsers ``sub``; returns nothing."""
    p = sub.add_parser("provenance", help="follow the same words across articles: who said them, credited to whom")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="article text files, directories, audit JSON or JSONL (one Report per line)")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--output", "-o", metavar="PATH", help="write the report here instead of stdout")
    p.add_argument("--min-similarity", type=_similarity, default=None, metavar="X",
                   help="join two quotes at or above this similarity, 0-1 (default 0.8)")
    p.set_defaults(func=cmd_provenance)


def _similarity(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number") from None
    if not 0.0 < x <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not in (0, 1]")
    return x


def _expand(inputs: list[str]) -> list[str]:
    paths = []
    for path in inputs:
        if os.path.isdir(path):
            names = sorted(n for n in os.listdir(path) if not n.startswith(".") and not n.endswith(".gold.json"))
            paths.extend(os.path.join(path, n) for n in names if os.path.isfile(os.path.join(path, n)))
        else:
            paths.append(path)
    return paths


def _lines(path: str):
    """Yield the lines of a UTF-8 JSONL file, streaming; raises InputError subclasses naming the file."""
    from ..errors import FileMissingError, NotAFileError, UndecodableError

    if not os.path.exists(path):
        raise FileMissingError("no such file", path=path)
    try:
        with open(path, encoding="utf-8") as handle:
            yield from handle
    except UnicodeDecodeError:
        raise UndecodableError("is not UTF-8 text (JSONL must be UTF-8)", path=path) from None
    except OSError as exc:
        raise NotAFileError(f"cannot be read ({exc.strerror})", path=path) from None


def _error(message: str) -> None:
    sys.stderr.write(f"attribution: {message}\n")
    sys.stderr.flush()


def cmd_provenance(args: argparse.Namespace) -> int:
    """Cluster the inputs' attributions and print the provenance report; returns the exit status."""
    from ..lineage import DEFAULT_MIN_SIMILARITY, provenance
    from ..lineage.inputs import read_json, read_jsonl
    from ..lineage.model import Skipped
    from ..read.input import read_text_file

    status = 0
    reports, dates, skipped = [], [], []
    pending: list[tuple[int, str, str]] = []  # articles to audit: (slot, path, text)
    for path in _expand(args.inputs):
        try:
            if path.endswith(".jsonl"):
                for item in read_jsonl(path, _lines(path)):
                    if isinstance(item, Skipped):
                        _error(f"{item.where}: {item.message} (skipped)")
                        skipped.append(item)
                        if item.kind == "bad_record":
                            status = 2
                    else:
                        reports.append(item[0])
                        dates.append(item[1])
            elif path.endswith(".json"):
                for report, date in read_json(path, read_text_file(path)):
                    reports.append(report)
                    dates.append(date)
            else:
                pending.append((len(reports), path, read_text_file(path)))
                reports.append(None)
                dates.append(None)
        except AttributionError as exc:
            _error(str(exc))
            status = 2
    if pending:
        from ..auditing.auditor import audit

        for slot, path, text in pending:
            try:
                reports[slot] = audit(text, path=path)
            except AttributionError as exc:
                _error(str(exc))
                status = 2
            except Exception as exc:  # a bug must not lose the other articles
                _error(f"{path}: E099: internal error while auditing ({type(exc).__name__}: {exc}); please report it")
                status = 2
    kept = [(r, d) for r, d in zip(reports, dates) if r is not None]
    if not kept:
        _error("no article to compare")
        return 2
    result = provenance([r for r, _ in kept], dates=[d for _, d in kept],
                        min_similarity=args.min_similarity or DEFAULT_MIN_SIMILARITY,
                        skipped=skipped)
    out = render_provenance(args.format, result)
    try:
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(out)
        else:
            sys.stdout.write(out)
            sys.stdout.flush()
    except OSError as exc:
        _error(f"{args.output}: cannot write the report ({exc.strerror})")
        return 2
    return status


def render_provenance(fmt: str, result) -> str:
    """Return the provenance report rendered in ``fmt`` (text, json, markdown or html)."""
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "markdown":
        from ..render.provenance_markdown import render_provenance_markdown

        return render_provenance_markdown(result)
    if fmt == "html":
        from ..render.provenance_html import render_provenance_html

        return render_provenance_html(result)
    from ..render.provenance_text import render_provenance_text

    return render_provenance_text(result)
