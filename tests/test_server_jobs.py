"""What a worker does with one job, in process: the library's report, the renderings, the errors."""

from __future__ import annotations

import json

from attribution.config import Config
from attribution.server.jobs import FORMATS, Job, run_job

TEXT = "“We will stay,” the mayor said on Monday.\n\nThe plan was dropped, a source said.\n"


def test_json_job_is_the_library_report(run):
    outcome = run_job(Job(text=TEXT, doc_id="j1"))
    assert outcome.ok and outcome.media_type == "application/json"
    assert outcome.body == run(TEXT, doc_id="j1").model_dump_json()


def test_languagetool_job_gives_matches_on_the_text_as_sent():
    from attribution.server.languagetool import read_check_input

    check = read_check_input("🚀 The plan was dropped, a source said on Monday.", None)
    outcome = run_job(Job(text=check.plain, format="languagetool", check=check))
    assert outcome.ok
    found = json.loads(outcome.body)
    units = check.original.encode("utf-16-le")
    assert "a source" in {units[2 * m["offset"]: 2 * (m["offset"] + m["length"])].decode("utf-16-le") for m in found}


def test_every_format_has_a_media_type():
    for fmt, media in FORMATS.items():
        outcome = run_job(Job(text=TEXT, format=fmt, fast=True))
        assert outcome.ok and outcome.media_type == media and outcome.body


def test_input_error_is_its_code_and_one_line():
    outcome = run_job(Job(text="x" * 200, config=Config(limits={"max-document-chars": 100})))
    assert not outcome.ok and outcome.code == "E006" and "\n" not in outcome.message


def test_a_bug_in_the_engine_is_e099_and_the_worker_lives_on(monkeypatch):
    import attribution.auditing.auditor

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(attribution.auditing.auditor, "audit", broken)
    outcome = run_job(Job(text=TEXT))
    assert outcome.code == "E099" and "RuntimeError" in outcome.message and "secret" not in outcome.message
