"""Hostile input completes: pathological texts and every pattern of the engine on long runs.

These tests check that each input finishes (an error record for a document over a limit is a
finish), not how fast; benchmarks/test_bench_hostile.py measures the growth with size.
"""

from __future__ import annotations

import importlib

import pytest
import regex

from attribution.config import Config
from attribution.errors import SentenceTooLongError

from spans import assert_spans_hold

MB = 1_000_000


def test_a_megabyte_of_quote_marks(run):
    text = ('"“”«»„‟\'‘’' * (MB // 10))[:MB]
    report = run(text)
    assert report.attributions == [] and report.document.chars == MB


def test_quote_marks_inside_a_sentence(run):
    text = "The minister said " + "“" * 5000 + " the plan was dead.\n"
    report = run(text)
    assert_spans_hold(report, text)


def test_a_100k_character_sentence_with_no_punctuation_is_an_error_record(run):
    words = "the minister said that officials would consider a new plan for the roads "
    text = (words * (100_000 // len(words) + 1))[:100_000]
    with pytest.raises(SentenceTooLongError, match="over the limit of 10,000"):
        run(text)


def test_10k_nested_parentheses(run):
    text = "The minister said " + "(" * 10_000 + "yes" + ")" * 10_000 + " the plan was dead.\n"
    with pytest.raises(SentenceTooLongError):
        run(text)
    shallow = "The minister said " + "(" * 2_000 + "yes" + ")" * 2_000 + " the plan was dead.\n"
    assert_spans_hold(run(shallow), shallow)


def test_deep_spaced_nesting_is_parsed_within_a_raised_limit(run):
    text = "He said " + "( " * 2_500 + "yes" + " )" * 2_500 + ".\n"
    report = run(text, config=Config(limits={"max-sentence-chars": 20_000}))
    assert_spans_hold(report, text)


def test_a_million_newlines(run):
    report = run("\n" * MB)
    assert report.attributions == []
    text = "\n" * (MB // 2) + "The mayor said the bridge would reopen.\n" + "\r\n" * (MB // 4)
    report = run(text)
    assert [a.content.text for a in report.attributions] == ["the bridge would reopen"]
    assert_spans_hold(report, text)


def test_long_lines_of_url_and_email_lookalikes(run):
    for line in ("http://" * 150_000, "a@" * 300_000 + ".x", "x " + "https://a " * 60_000):
        try:
            report = run(line + "\n")
        except SentenceTooLongError:
            continue  # a finish: the document is an error record
        assert report.attributions == []


def _patterns() -> dict[str, regex.Pattern]:
    from attribution.read import boilerplate
    from attribution.link import parse
    from attribution.link.fast.lexicon import compiled_lexicon
    from attribution.prepare.sentences import _abbreviation_break
    from attribution.resolve import info

    found = {}
    for name in ("attribution.read.boilerplate", "attribution.auditing.engine", "attribution.link.parse", "attribution.resolve.parsed",
                 "attribution.resolve.reasons", "attribution.resolve.describe_parsed", "attribution.resolve.describe_words",
                 "attribution.resolve.words", "attribution.resolve.gender", "attribution.auditing.roles",
                 "attribution.rules.sourcing", "attribution.prepare.positions", "attribution.rules.atr107_plural_for_one",
                 "attribution.rules.atr108_relay_no_originator", "attribution.server.languagetool",
                 "attribution.resolve.fast", "attribution.prepare.text", "attribution.prepare.sentences",
                 "attribution.link.fast.lexicon", "attribution.link.candidates", "attribution.read.input",
                 "attribution.lexicon.names_on_demand"):
        for key, value in vars(importlib.import_module(name)).items():
            if isinstance(value, regex.Pattern):
                found[f"{name}.{key}"] = value
    found.update({f"boilerplate.{k}": v for k, v in boilerplate._patterns().items()})
    found.update({f"resolve.{k}": info.lex()[k] for k in ("knowledge", "reason")})
    found["parse.hedge_frames"] = parse._hedge_frames()
    found.update({f"fast.{k}": v for k, v in compiled_lexicon().items() if isinstance(v, regex.Pattern)})
    found["sentences.abbreviation_break"] = _abbreviation_break()
    return found


RUNS = ['"', "“", " ", "\n", ".", "…", "A", "Ab ", "said ", "(", " - ", "a@", "http://", "because the ",
        "who was not ", "A.", "A: ", ", ", "by ", "1 ", "a-", "'", "... ", "It is said ", "AP / ",
        "s", "By up s", "ß", "a · ", "A’", "Ab Cd "]  # runs of s: "ss" is "ß" under full case folding (a fuzz timeout)


@pytest.mark.parametrize("unit", RUNS, ids=repr)
def test_every_engine_pattern_finishes_on_long_runs(unit):
    text = "x " + unit * (50_000 // len(unit)) + " x!"
    for pattern in _patterns().values():
        pattern.search(text)
        for _ in pattern.finditer(text):
            pass


def test_deeply_nested_html_finishes(run):
    from attribution.errors import NoArticleError

    page = "<html><body>" + "<div>" * 10_000 + "<p>The mayor said the pool would reopen.</p>" + "</div>" * 10_000
    try:
        report = run(page + "</body></html>", input_format="html")
    except NoArticleError:
        return  # a finish: the parser gave up on the depth, one line says so
    assert report.document.format == "html"


def test_huge_raw_html_is_refused_before_extraction(run):
    from attribution.errors import TooLargeError

    page = "<html><body><p>" + "x" * 500 + "</p></body></html>"
    with pytest.raises(TooLargeError, match="over four times the limit"):
        run(page, input_format="html", config=Config(limits={"max-document-chars": 100}))
