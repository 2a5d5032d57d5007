"""One audit request as data, and running it: what a worker process does with each job.

Kept free of FastAPI and of processes, so the same function serves the pool and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import json

from ..config import Config
from ..errors import AttributionError
from .languagetool import CheckText, matches

FORMATS: dict[str, str] = {  # report format -> media type of the answer
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "sarif": "application/sarif+json",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
    "github": "text/plain; charset=utf-8",
}
INPUT_FORMATS = ("auto", "text", "html")


@dataclass(frozen=True)
class Job:
    """An audit to run: the article (decoded text), how to read it, which path and rules, which rendering.

    ``format`` "languagetool" asks for LanguageTool's matches of the findings, at UTF-16 offsets into
    ``check.original`` (``text`` is then ``check.plain``); they are built here, in the worker and
    under its timeout, not in the server's event loop.
    """

    text: str
    doc_id: str | None = None
    fast: bool = False
    input_format: str = "text"
    format: str = "json"
    config: Config = field(default_factory=Config)
    check: CheckText | None = None


@dataclass(frozen=True)
class Outcome:
    """What a job gave: ``body`` and its media type, or an error ``code`` and one-line ``message``."""

    body: str = ""
    media_type: str = "application/json"
    code: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """Return True when the job gave a body, not an error."""
        return self.code is None


def run_job(job: Job) -> Outcome:
    """Return the Outcome of auditing ``job.text`` as asked: the rendered report, or the error that stopped it.

    The JSON rendering is ``Report.model_dump_json()``, byte for byte what ``audit(text, doc_id=...)``
    gives; the other formats are the CLI's renderings of the same Report.
    """
    try:
        return _run(job)
    except AttributionError as exc:
        return Outcome(code=exc.code, message=" ".join(exc.message.split()))
    except Exception as exc:  # a bug in the engine or a renderer: the worker answers and lives on
        return Outcome(code="E099", message=f"internal error while auditing ({type(exc).__name__}); please report it")


def _run(job: Job) -> Outcome:
    from ..auditing.auditor import audit, to_article

    article = to_article(job.text, job.input_format, max_chars=job.config.limit("max-document-chars"))
    report = audit(article, doc_id=job.doc_id, config=job.config, fast=job.fast)
    if job.format == "languagetool":
        found = matches(json.loads(report.model_dump_json(include={"findings"})), job.check)
        return Outcome(body=json.dumps(found, ensure_ascii=False), media_type="application/json")
    if job.format == "json":
        return Outcome(body=report.model_dump_json(), media_type=FORMATS["json"])
    from ..render import render

    body = render(job.format, [report], {report.document.path: article.text})
    return Outcome(body=body, media_type=FORMATS[job.format])


def warm_up() -> None:
    """Load the pipeline and run one small audit on each path, so the first request is not slow; returns None."""
    text = "“We will stay,” the mayor said on Monday. The plan was dropped, an official said."
    run_job(Job(text=text))
    run_job(Job(text=text, fast=True))
