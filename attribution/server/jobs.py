"""One audit request as data, and running it: what a worker process does with each job.

Kept free of FastAPI and of processes, so the same function serves the pool and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import Config
from ..errors import AttributionError

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

    ``format`` "report" asks for the Report itself (the LanguageTool endpoint turns it into matches).
    """

    text: str
    doc_id: str | None = None
    fast: bool = False
    input_format: str = "auto"
    format: str = "json"
    config: Config = field(default_factory=Config)


@dataclass(frozen=True)
class Outcome:
    """What a job gave: ``body`` and its media type, or an error ``code`` and one-line ``message``.

    ``report_json`` is the Report's compact JSON for a "report" job; ``audited_text`` is the text
    its offsets count into (the extracted text of an HTML page).
    """

    body: str = ""
    media_type: str = "application/json"
    code: str | None = None
    message: str | None = None
    report_json: str | None = None
    audited_text: str | None = None

    @property
    def ok(self) -> bool:
        """Return True when the job gave a body, not an error."""
        return self.code is None


def run_job(job: Job) -> Outcome:
    """Return the Outcome of auditing ``job.text`` as asked: the rendered report, or the error that stopped it.

    The JSON rendering is ``Report.model_dump_json()``, byte for byte what ``audit(text, doc_id=...)``
    gives; the other formats are the CLI's renderings of the same Report.
    """
    from ..auditor import audit, to_article

    try:
        article = to_article(job.text, job.input_format, max_chars=job.config.limit("max-document-chars"))
        report = audit(article, doc_id=job.doc_id, config=job.config, fast=job.fast)
    except AttributionError as exc:
        return Outcome(code=exc.code, message=" ".join(exc.message.split()))
    except Exception as exc:  # a bug in the engine: the worker answers and lives on
        return Outcome(code="E099", message=f"internal error while auditing ({type(exc).__name__}); please report it")
    if job.format == "report":
        return Outcome(report_json=report.model_dump_json(), audited_text=article.text)
    if job.format == "json":
        return Outcome(body=report.model_dump_json(), media_type=FORMATS["json"])
    from ..cli import render

    body = render(job.format, [report], {report.document.path: article.text})
    return Outcome(body=body, media_type=FORMATS[job.format])


def warm_up() -> None:
    """Load the pipeline and run one small audit on each path, so the first request is not slow; returns None."""
    text = "“We will stay,” the mayor said on Monday. The plan was dropped, an official said."
    run_job(Job(text=text))
    run_job(Job(text=text, fast=True))
