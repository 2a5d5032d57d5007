"""The command line: ``python -m attribution audit|eval ...``.

Every error the user can act on is one line on stderr naming the file and the problem, with exit
status 2 and no traceback. With several files, a bad one is reported and the others still run.
"""

from __future__ import annotations

import argparse
import enum
import os
import sys
from collections.abc import Sequence

from ..errors import AttributionError
from ..render import FORMATS, render


class ExitCode(enum.IntEnum):
    """Exit status, as a linter's: 0 clean, 1 findings at or above the failing severity, 2 error."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        self.exit(ExitCode.ERROR, f"{self.prog}: error: {message} (see --help)\n")


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _error(message: str) -> None:
    sys.stderr.write(f"attribution: {message}\n")
    sys.stderr.flush()


def _patterns(values: list[str] | None) -> list[str]:
    return [p.strip() for v in values or [] for p in v.split(",") if p.strip()]


def _configs(args: argparse.Namespace, paths: list[str]):
    """Return the Config for each path: --config, else the nearest [tool.attribution], plus the flags."""
    from .. import config as cfg
    from ..rules import unknown_patterns

    select, ignore = _patterns(args.select), _patterns(args.ignore)
    unknown = unknown_patterns(select + ignore)
    if unknown:
        raise cfg.ConfigError(f"'{unknown[0]}' names no rule (see `attribution rules`)")
    base = cfg.load_file(args.config) if args.config else None
    found: dict[str, cfg.Config] = {}
    out = {}
    for path in paths:
        conf = base if base is not None else cfg.discover(path)
        if conf.path not in found:
            found[conf.path] = conf.with_overrides(select=select, ignore=ignore, fail_on=args.fail_on)
            bad = unknown_patterns(list(conf.select) + list(conf.ignore))
            if bad:
                raise cfg.ConfigError(f"'{bad[0]}' names no rule (see `attribution rules`)", path=conf.path)
        out[path] = found[conf.path]
    return out


def cmd_audit(args: argparse.Namespace) -> int:
    """Audit each FILE and print the reports; returns the exit status (see ExitCode)."""
    from ..config import fails
    from ..read.input import read_article

    status = ExitCode.OK
    try:
        configs = _configs(args, args.files)
    except AttributionError as exc:
        _error(str(exc))
        return ExitCode.ERROR
    articles = []
    for path in args.files:
        try:
            articles.append(read_article(path, args.input_format, max_chars=configs[path].limit("max-document-chars")))
        except AttributionError as exc:
            _error(str(exc))
            status = ExitCode.ERROR
    if not articles:
        return status

    from ..auditing.auditor import audit

    reports = []
    texts: dict[str, str] = {}
    failing = False
    for article in articles:
        path = article.path
        texts[path] = article.text
        try:
            report = audit(article, path=path, config=configs[path], fast=args.fast)
        except AttributionError as exc:
            _error(str(exc))
            status = ExitCode.ERROR
            continue
        except Exception as exc:  # a bug must not lose the other files' reports
            _error(f"{path}: E099: internal error while auditing ({type(exc).__name__}: {exc}); please report it")
            status = ExitCode.ERROR
            continue
        reports.append(report)
        failing = failing or any(fails(f.severity, configs[path].fail_on) for f in report.findings)
    if not reports:
        return status
    color = args.format == "text" and not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    out = render(args.format, reports, texts, color=color)
    try:
        _write(out, args.output)
    except OSError as exc:
        _error(f"{args.output}: cannot write the report ({exc.strerror})")
        return ExitCode.ERROR
    if status == ExitCode.OK and failing:
        status = ExitCode.FINDINGS
    return status


def cmd_rules(args: argparse.Namespace) -> int:
    """Print the policy rules (docs/rules.md is this command's markdown output)."""
    from ..render.rules import render_rules

    _write(render_rules(args.format), args.output)
    return ExitCode.OK


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the engine against annotated data and print the table; returns the exit status."""
    from ..evaluation.run import run_eval

    try:
        text = run_eval(fixtures=args.fixtures, polnear=args.polnear, splits=args.split, limit=args.limit,
                        as_json=args.format == "json", fast=args.fast, realnews=args.realnews)
    except AttributionError as exc:
        _error(str(exc))
        return ExitCode.ERROR
    _write(text, args.output)
    return ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the report's JSON Schema, or docs/schema.md with --format markdown."""
    import json

    from ..render.schema import report_schema, schema_markdown

    text = schema_markdown() if args.format == "markdown" else json.dumps(report_schema(), indent=2, sort_keys=True) + "\n"
    _write(text, args.output)
    return ExitCode.OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = _Parser(prog="attribution", description="Audit how news articles are sourced.")
    parser.add_argument("--version", action="version", version="attribution 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    audit = sub.add_parser("audit", help="find every quote and paraphrase and its source")
    audit.add_argument("files", nargs="+", metavar="FILE", help="article files: text or HTML pages")
    audit.add_argument("--input-format", choices=["auto", "text", "html"], default="auto",
                       help="how to read each FILE: html extracts the article body; auto (default) reads "
                       ".html/.htm files and pages that open like HTML as HTML, anything else as text")
    audit.add_argument("--format", choices=FORMATS, default="text")
    audit.add_argument("--output", "-o", metavar="PATH", help="write the report here instead of stdout")
    audit.add_argument("--config", metavar="PATH",
                       help="TOML policy file (default: [tool.attribution] of the nearest pyproject.toml)")
    audit.add_argument("--select", action="append", metavar="RULES",
                       help="only these rules: codes, code prefixes or names, comma-separated (ATR1,anonymous)")
    audit.add_argument("--ignore", action="append", metavar="RULES", help="leave out these rules (ATR104)")
    audit.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                       help="exit 1 when a finding is at or above this severity (default: error)")
    audit.add_argument("--fast", action="store_true", help="the parse-free fast path (see docs/performance.md)")
    audit.set_defaults(func=cmd_audit)

    from .corpus import add_parser as add_corpus_parser

    add_corpus_parser(sub)

    rules = sub.add_parser("rules", help="list the policy rules")
    rules.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    rules.add_argument("--output", "-o", metavar="PATH")
    rules.set_defaults(func=cmd_rules)

    ev = sub.add_parser("eval", help="score the engine against annotated articles")
    ev.add_argument("--fixtures", default="fixtures", metavar="DIR",
                    help="directory of articles with *.gold.json annotations (default: fixtures)")
    ev.add_argument("--realnews", default="../shared/corpora/realnews", metavar="DIR",
                    help="real news articles with r_<id>.gold.json, scored on both paths, as text and from "
                    "their r_<id>.html pages ('' to skip)")
    ev.add_argument("--polnear", default="../shared/corpora/polnear", metavar="DIR",
                    help="PolNeAR directory with train.jsonl/dev.jsonl ('' to skip)")
    ev.add_argument("--split", nargs="+", default=["dev"], choices=["train", "dev"], help="PolNeAR splits")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N PolNeAR articles")
    ev.add_argument("--fast", action="store_true",
                    help="score the fixtures and PolNeAR with the parse-free fast path (real news is always scored on both)")
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.add_argument("--output", "-o", metavar="PATH")
    ev.set_defaults(func=cmd_eval)

    schema = sub.add_parser("schema", help="print the JSON Schema of a report")
    schema.add_argument("--format", choices=["json", "markdown"], default="json")
    schema.add_argument("--output", "-o", metavar="PATH")
    schema.set_defaults(func=cmd_schema)

    from .provenance import add_parser as add_provenance_parser

    add_provenance_parser(sub)

    from .serve import add_parser as add_serve_parser

    add_serve_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except AttributionError as exc:
        _error(str(exc))
        return ExitCode.ERROR
