"""``python -m attribution serve``: the editorial check server (docs/server.md)."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import socket
import sys

from ..errors import AttributionError


def add_parser(sub) -> None:
    """Add the ``serve`` subcommand to the CLI's subparsers; returns None."""
    p = sub.add_parser("serve", help="run the HTTP API, the editors' page and the LanguageTool-compatible check")
    p.add_argument("--host", default=None, help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default: 8080)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="audit worker processes, each with the pipeline loaded once (default: 2)")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="an audit slower than this gets 504 and its worker is replaced (default: 30)")
    p.add_argument("--queue-timeout", type=float, default=None, metavar="SECONDS",
                   help="a request waiting this long for a free worker gets 503 (default: 60)")
    p.add_argument("--cors-origin", action="append", default=None, metavar="ORIGIN", dest="cors_origins",
                   help="allow browser pages of this origin to call the API (repeatable; default: none)")
    p.add_argument("--config", metavar="PATH",
                   help="TOML policy file (default: [tool.attribution] of the nearest pyproject.toml)")
    p.add_argument("--root-path", default="", metavar="PATH",
                   help="the path prefix a reverse proxy serves the server under, e.g. /attribution (for /docs)")
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], default="info")
    p.set_defaults(func=cmd_serve)


def _error(message: str) -> int:
    sys.stderr.write(f"attribution: {message}\n")
    sys.stderr.flush()
    return 2


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the server until interrupted; returns the exit status (2 when it cannot start)."""
    from .. import config as cfg
    from ..rules import unknown_patterns
    from ..settings import pipeline_name

    missing = [m for m in ("fastapi", "uvicorn", "fastapi_offline", "multipart") if importlib.util.find_spec(m) is None]
    if missing:
        return _error(f"serve needs {', '.join(missing)}, which {sys.executable} does not have: run the project's "
                      "own Python (.venv/bin/python -m attribution serve, after the README's set-up), or install "
                      "\"attribution[server]\"")
    if importlib.util.find_spec(pipeline_name()) is None:
        return _error(f"E010: the spaCy pipeline {pipeline_name()!r} is not installed")
    if args.port is not None and not 0 < args.port < 65536:
        return _error(f"--port must be from 1 to 65535, not {args.port}")
    if args.workers is not None and args.workers <= 0:
        return _error(f"--workers must be above 0, not {args.workers}")
    for name in ("timeout", "queue_timeout"):
        value = getattr(args, name)
        if value is not None and value <= 0:
            return _error(f"--{name.replace('_', '-')} must be above 0 seconds, not {value:g}")
    try:
        config = cfg.load_file(args.config) if args.config else cfg.discover()
        bad = unknown_patterns(list(config.select) + list(config.ignore))
        if bad:
            raise cfg.ConfigError(f"'{bad[0]}' names no rule (see `attribution rules`)", path=config.path)
        from ..server.settings import resolve_settings

        settings = resolve_settings(config, host=args.host, port=args.port, workers=args.workers,
                                    timeout=args.timeout, queue_timeout=args.queue_timeout,
                                    cors_origins=tuple(args.cors_origins or ()))
        settings.max_body_bytes  # reads the limits: a bad ATTRIBUTION_MAX_* setting stops here
    except AttributionError as exc:
        return _error(str(exc))
    if not 0 < settings.port < 65536:
        return _error(f"{config.path}: server 'port' must be from 1 to 65535, not {settings.port}")
    problem = _cannot_listen(settings.host, settings.port)
    if problem:  # said now, not after the workers have loaded their pipelines
        return _error(f"cannot listen on {settings.host}:{settings.port} ({problem})")

    import uvicorn

    from ..server import create_app

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    workers = f"{settings.workers} audit worker{'s' if settings.workers != 1 else ''}"
    sys.stderr.write(f"attribution: serving on http://{settings.host}:{settings.port}/ with {workers}"
                     f"{' (API key required)' if settings.api_key else ''}\n")
    # On Ctrl-C the audits under way may finish: the grace period is the audit timeout and a little more.
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=False,
                log_level=args.log_level, log_config=None, timeout_graceful_shutdown=int(settings.timeout) + 2,
                root_path=args.root_path)
    return 0


def _cannot_listen(host: str, port: int) -> str | None:
    """Return why ``host``:``port`` cannot be listened on (in use, no such address), or None when it can."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return exc.strerror
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as exc:
            return exc.strerror
    return None
