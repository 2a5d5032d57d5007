"""The command line, ``python -m attribution``: arguments in, renderings and an exit status out.

    main.py        audit, eval, schema and rules; the parser; ``ExitCode`` (0 clean, 1 findings, 2 error)
    corpus.py      ``attribution corpus``: a corpus in input order, resume, the summary
    provenance.py  ``attribution provenance``: the same words across articles
    serve.py       ``attribution serve``: the HTTP server (server/)

It sits above every other step: it reads, audits, renders and serves, and nothing imports it.
"""

from __future__ import annotations

from .main import ExitCode, main

__all__ = ["main", "ExitCode"]
