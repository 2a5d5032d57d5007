"""``attribution provenance``: inputs (files, directories, JSONL with dates and bad lines), formats, errors."""

from __future__ import annotations

import json

import pytest

from attribution.cli import main
from attribution.lineage.model import ProvenanceReport
from provenance_articles import ARTICLES

NAMES = ["exact-1", "other-named", "interior", "defence", "bakery"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, run):
    """A directory of article files and a JSONL of their Reports, each with a date."""
    root = tmp_path_factory.mktemp("corpus")
    articles = root / "articles"
    articles.mkdir()
    lines = []
    for day, name in enumerate(NAMES, 1):
        (articles / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
        record = json.loads(run(ARTICLES[name], doc_id=name).model_dump_json())
        record["date"] = f"2024-03-{10 - day:02d}"  # the last article is the earliest
        lines.append(json.dumps(record))
    (root / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_a_directory_of_articles_text_report_puts_conflicts_first(corpus, capsys):
    assert main(["provenance", str(corpus / "articles")]) == 0
    out = capsys.readouterr().out
    assert out.index("CONFLICTS") < out.index("c1:")
    assert "entity_changed" in out and "different_source" in out


def test_jsonl_json_is_byte_identical_and_uses_dates(corpus, capsys):
    args = ["provenance", str(corpus / "reports.jsonl"), "--format", "json"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    report = ProvenanceReport.model_validate_json(first)
    ministry = next(c for c in report.clusters if "Ministry" in c.text)
    assert [o.name for o in ministry.occurrences] == ["defence", "interior"]  # defence is dated earlier
    assert ministry.occurrences[0].date == "2024-03-06"


def test_error_records_are_skipped_and_bad_lines_fail(corpus, tmp_path, capsys):
    good = (corpus / "reports.jsonl").read_text(encoding="utf-8")
    path = tmp_path / "mixed.jsonl"
    path.write_text(good + '{"path": "lost.txt", "error": "E004: cannot decode"}\n', encoding="utf-8")
    assert main(["provenance", str(path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert f"{path}:6: E030" in captured.err and "Traceback" not in captured.err
    skipped = json.loads(captured.out)["skipped"]
    assert [(s["where"], s["kind"]) for s in skipped] == [(f"{path}:6", "error_record")]
    path.write_text(good + "{not json\n", encoding="utf-8")
    assert main(["provenance", str(path)]) == 2
    assert f"{path}:6: E030: not JSON" in capsys.readouterr().err


def test_bad_date_is_a_bad_record(run, tmp_path, capsys):
    record = json.loads(run(ARTICLES["bakery"], doc_id="bakery").model_dump_json())
    record["date"] = "last Tuesday"
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["provenance", str(path)]) == 2
    err = capsys.readouterr().err
    assert "'last Tuesday' is not an ISO 8601 date" in err and err.count("\n") == 2


def test_missing_file_is_one_line_and_the_rest_still_runs(corpus, capsys):
    assert main(["provenance", str(corpus / "nope.txt"), str(corpus / "reports.jsonl")]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().endswith("nope.txt: E002: no such file")
    assert "CONFLICTS" in captured.out


def test_min_similarity_out_of_range_is_a_usage_error(corpus, capsys):
    assert_exit = pytest.raises(SystemExit)
    with assert_exit as exc:
        main(["provenance", str(corpus / "reports.jsonl"), "--min-similarity", "1.5"])
    assert exc.value.code == 2
    assert "not in (0, 1]" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_other_formats_write_to_a_file(corpus, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    assert main(["provenance", str(corpus / "reports.jsonl"), "--format", fmt, "-o", str(out)]) == 0
    assert "German" not in out.read_text(encoding="utf-8") and "Interior Ministry" in out.read_text(encoding="utf-8")
