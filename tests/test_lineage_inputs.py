"""Reading Reports from JSONL: dates, wrapped records, error records and bad lines."""

import json

import pytest

from attribution.errors import ReportFormatError
from attribution.lineage.inputs import normalize_date, parse_record, read_jsonl


def test_dates_are_normalized_for_sorting():
    assert normalize_date("2020-12-02", where="x") == "2020-12-02"
    assert normalize_date("2020-12-02T10:30:00+02:00", where="x") == "2020-12-02T08:30:00"
    assert normalize_date("2020-12-02T08:30:00Z", where="x") == "2020-12-02T08:30:00"
    with pytest.raises(ReportFormatError, match="not an ISO 8601 date"):
        normalize_date("Dec 2nd", where="x")


def test_a_report_with_a_date_or_wrapped(run):
    data = json.loads(run("The bridge will reopen in May after repairs, the city said on Monday.\n").model_dump_json())
    report, date = parse_record({**data, "date": "2021-01-05"}, where="x")
    assert date == "2021-01-05" and report.attributions[0].kind == "indirect"
    report, date = parse_record({"report": data, "date": "2021-01-06"}, where="x")
    assert date == "2021-01-06"


def test_jsonl_lines_are_read_or_skipped_with_their_line_number(run):
    good = run("The bridge will reopen in May after repairs, the city said on Monday.\n").model_dump_json()
    lines = [good, '{"path": "a.txt", "error": "E004: cannot decode"}', "", "[1, 2]", "{oops"]
    items = list(read_jsonl("c.jsonl", lines))
    assert items[0][0].summary.attributions == 1
    assert [(s.where, s.kind) for s in items[1:]] == [
        ("c.jsonl:2", "error_record"), ("c.jsonl:4", "bad_record"), ("c.jsonl:5", "bad_record")]
