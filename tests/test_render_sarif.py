"""SARIF 2.1.0: schema-valid, rule metadata in tool.driver.rules, regions in code points."""

from __future__ import annotations

import json

import jsonschema
import pytest

from attribution.prepare.positions import LineIndex
from attribution.render.sarif import render_sarif
from attribution.rules import RULES

from conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

# Astral characters (one code point, two UTF-16 units) before the finding: columns must count code points.
TEXT = ("Résumé 𝐍𝐄𝐖𝐒 desk 🙂\n\nThe mayor is a coward who hides from voters, a senior aide said.\n\n"
        "“We will not be moved.”\n")


@pytest.fixture(scope="module")
def log(run):
    report = run(TEXT, path="desk/story.txt")
    return report, json.loads(render_sarif([report]))


def test_sarif_is_valid_against_the_2_1_0_schema(log):
    _, data = log
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(data)
    assert data["version"] == "2.1.0"


def test_sarif_with_no_findings_is_valid(run):
    data = json.loads(render_sarif([run("Mayor Jane Ortiz said the library would open in May.", path="a.txt")]))
    jsonschema.validators.validator_for(SCHEMA)(SCHEMA).validate(data)
    assert data["runs"][0]["results"] == []


def test_rule_metadata_in_the_driver(log):
    _, data = log
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    assert all(r["name"] and r["shortDescription"]["text"] and r["properties"]["docs"] for r in rules)
    assert {r["defaultConfiguration"]["level"] for r in rules} <= {"error", "warning", "note"}


def test_results_point_at_the_finding_in_code_points(log):
    report, data = log
    run_ = data["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    index = LineIndex(TEXT)
    with_region = [r for r in run_["results"] if "region" in r["locations"][0]["physicalLocation"]]
    assert with_region and len(run_["results"]) == len(report.findings)
    for result in with_region:
        region = result["locations"][0]["physicalLocation"]["region"]
        start = region["charOffset"]
        assert (region["startLine"], region["startColumn"]) == index.line_col(start)
        line_start = index.starts[region["startLine"] - 1]
        assert TEXT[line_start + region["startColumn"] - 1:].startswith(region["snippet"]["text"])
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_attack_word_region(log):
    _, data = log
    result = next(r for r in data["runs"][0]["results"] if r["ruleId"] == "ATR104")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 3 and region["snippet"]["text"] == "coward"
    assert region["startColumn"] == len("The mayor is a ") + 1
    assert result["level"] == "error"


def test_paths_become_uri_references(run):
    from attribution.render.sarif import _uri

    assert _uri("desk/my story.txt") == "desk/my%20story.txt"
    assert _uri("/tmp/a b.txt") == "file:///tmp/a%20b.txt"
