"""Step 8: the editorial check server (``python -m attribution serve``, docs/server.md).

The last step of the data flow, beside the CLI: it reads requests, runs audits in worker processes
and answers with the renderers' output. ``create_app`` builds the FastAPI application.

    jobs.py          what one audit request asks for, and running it (in a worker process)
    pool.py          the worker processes: pipeline loaded once each, replaced after a timeout
    problems.py      RFC 9457 problem answers and the HTTP status of each error code
    languagetool.py  LanguageTool's /v2/check: annotated input, matches at UTF-16 offsets
    middleware.py    body size limit, request ids and the access log
    app.py           the routes
    page.html        the editors' page served at /
"""

from __future__ import annotations


def create_app(*args, **kwargs):
    """Return the FastAPI application (see app.create_app); FastAPI is imported only when called."""
    from .app import create_app as create

    return create(*args, **kwargs)
