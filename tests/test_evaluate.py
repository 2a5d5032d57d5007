"""Scoring: the matching rule, the gold files, and the eval command."""

from __future__ import annotations

import subprocess
import sys

import pytest

from attribution.evaluation.gold import GoldItem, load_fixture_gold
from attribution.evaluation.scoring import match, same_source, token_f1
from attribution.model import Span
from conftest import FIXTURES, POLNEAR


class _A:
    def __init__(self, start, end):
        self.content = Span(start=start, end=end, text="x" * (end - start))


def test_match_needs_half_of_the_gold_characters_and_is_one_to_one():
    gold = [GoldItem(0, 10), GoldItem(20, 30)]
    system = [_A(0, 5), _A(0, 4), _A(22, 40)]
    assert match(gold, system) == [(0, 0), (1, 2)] or sorted(match(gold, system)) == [(0, 0), (1, 2)]


def test_token_f1_and_same_source():
    assert token_f1("the Washington Post", "Washington Post") == pytest.approx(0.8)
    assert same_source("Brightloop’s chief financial officer, Dana Whitfield", "Dana Whitfield")
    assert not same_source("the source", "an unnamed defense official")


def test_every_fixture_gold_span_matches_its_article():
    docs = load_fixture_gold(str(FIXTURES))
    assert len(docs) >= 10
    for doc in docs:
        for item in doc.items:
            assert 0 <= item.start < item.end <= len(doc.text)


def test_eval_command_scores_the_fixtures():
    out = subprocess.run([sys.executable, "-m", "attribution", "eval", "--polnear", "", "--format", "json"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    import json

    results = json.loads(out.stdout)
    assert {"fixtures/seeds", "fixtures/constructed", "fixtures/heldout"} <= set(results)
    assert sum(r["gold"] for r in results.values()) >= 200
    assert all(0 <= r["f1"] <= 1 for r in results.values())


@pytest.mark.skipif(not (POLNEAR / "dev.jsonl").exists(), reason="PolNeAR is read from ../shared, not shipped")
def test_eval_command_reads_polnear_from_shared():
    out = subprocess.run([sys.executable, "-m", "attribution", "eval", "--fixtures", "", "--polnear", str(POLNEAR),
                          "--limit", "3", "--format", "json"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout)["polnear-dev"]["gold"] > 0


def test_eval_fast_scores_the_fast_path():
    import json

    from attribution.evaluation.run import run_eval

    full = json.loads(run_eval(fixtures=str(FIXTURES / "constructed"), polnear=None, splits=["dev"],
                               limit=None, as_json=True))
    fast = json.loads(run_eval(fixtures=str(FIXTURES / "constructed"), polnear=None, splits=["dev"],
                               limit=None, as_json=True, fast=True))
    assert fast["fixtures"]["gold"] == full["fixtures"]["gold"] == 39
    assert fast["fixtures"]["f1"] >= 0.85  # docs/performance.md gives the gap to the full path
    assert fast != full


REALNEWS = POLNEAR.parent / "realnews"


def _report_of(text: str, items: list[tuple[int, int]]):
    """A Report with one indirect attribution per (start, end), none sourced."""
    from attribution.model import Attribution, DocumentInfo, Report, Summary

    atts = [Attribution(id=f"a{k + 1}", kind="indirect", content=Span(start=s, end=e, text=text[s:e]), rule="test")
            for k, (s, e) in enumerate(items)]
    summary = Summary(attributions=len(atts), by_kind={}, named=0, anonymous=0, no_source=len(atts),
                      anonymous_share=None, distinct_sources=0, named_sources=0, anonymous_sources=0)
    return Report(document=DocumentInfo(id=None, path=None, chars=len(text), sha256=""), attributions=atts,
                  sources=[], summary=summary)


def test_optional_gold_is_neither_a_miss_nor_a_false_positive():
    from attribution.evaluation.gold import GoldDoc
    from attribution.evaluation.scoring import score

    text = "x" * 100
    doc = GoldDoc("d", text, [GoldItem(0, 10, "indirect"), GoldItem(20, 30, "indirect", optional=True),
                              GoldItem(40, 50, "indirect", optional=True)])
    t = score(doc, _report_of(text, [(0, 10), (20, 30)]), polnear=False)
    assert (t.gold, t.system, t.matched) == (1, 1, 1)  # the found optional item leaves both counts
    t = score(doc, _report_of(text, [(60, 70)]), polnear=False)
    assert (t.gold, t.system, t.matched) == (1, 1, 0)  # the unfound optional items are no misses


def test_kind_is_scored_over_matched_items():
    from attribution.evaluation.gold import GoldDoc
    from attribution.evaluation.scoring import score

    text = "x" * 100
    doc = GoldDoc("d", text, [GoldItem(0, 10, "indirect"), GoldItem(20, 30, "direct"), GoldItem(40, 50, "mixed")])
    t = score(doc, _report_of(text, [(0, 10), (20, 30)]), polnear=False)
    assert (t.kind_total, t.kind_right) == (2, 1)


def test_anonymity_findings_are_right_only_on_sources_the_gold_calls_anonymous(run):
    from attribution.evaluation.gold import GoldDoc
    from attribution.evaluation.scoring import score

    text = ("The ministry will cut 400 jobs in the spring, a senior official said on Tuesday.\n\n"
            "The ministry will also close its Dublin office, a second official said.\n")
    report = run(text)
    assert {f.code for f in report.findings} & {"ATR101", "ATR103"}
    first, second = (text.index("The ministry will cut"), text.index("The ministry will also"))
    gold_anonymous = GoldDoc("d", text, [GoldItem(first, first + 45, "indirect", anonymous=True),
                                         GoldItem(second, second + 45, "indirect", anonymous=True)])
    t = score(gold_anonymous, report, polnear=False)
    assert t.anon_findings > 0 and t.anon_findings_right == t.anon_findings
    gold_named = GoldDoc("d", text, [GoldItem(first, first + 45, "indirect", anonymous=False),
                                     GoldItem(second, second + 45, "indirect", anonymous=False)])
    t = score(gold_named, report, polnear=False)
    assert t.anon_findings > 0 and t.anon_findings_right == 0


@pytest.mark.skipif(not REALNEWS.is_dir(), reason="the real news articles are read from ../shared, not shipped")
def test_realnews_gold_loads_in_place_with_its_optional_items():
    from attribution.evaluation.gold import load_realnews

    docs = load_realnews(str(REALNEWS))
    assert len(docs) == 20
    items = [g for d in docs for g in d.items]
    assert sum(not g.optional for g in items) == 301 and sum(g.optional for g in items) == 34
    for doc in docs:
        for g in doc.items:
            assert 0 <= g.start < g.end <= len(doc.text)


def test_eval_skips_an_absent_realnews_directory_with_a_note(tmp_path):
    from attribution.evaluation.run import run_eval

    out = run_eval(fixtures=None, polnear=None, splits=["dev"], limit=None, realnews=str(tmp_path / "nowhere"))
    assert "realnews skipped" in out


# --- Real web pages: attributions of a page located in the article body ------------------------------

BODY = ("The council voted to close the bridge, the mayor said on Tuesday.\n\n"
        "\u201cWe had no choice,\u201d she told reporters.\n")
PAGE = ("Bridge to close: \u2018we had no choice\u2019, mayor says\n\n"
        "The council voted to close   the bridge, the mayor said on Tuesday.\n"
        "\"We had no choice,\" she told reporters.\n"
        "Council says ring road can take the traffic\n")


def _page_report(page: str, items: list[tuple[int, int]]):
    """A Report of an HTML page: ``_report_of`` with the page text as ``document.text``."""
    report = _report_of(page, items)
    return report.model_copy(update={"document": report.document.model_copy(update={"format": "html", "text": page})})


def test_fold_for_matching_drops_white_space_and_unifies_quote_styles():
    from attribution.evaluation.pages import fold_for_matching

    folded, index = fold_for_matching("\u201cNo,\u201d  she\u00a0said \u2018twice\u2019.")
    assert folded == "\"No,\"shesaid'twice'."
    assert index[2] == 2 and index[5] == 7  # "s" of "she" is character 7 of the original


def test_body_locator_maps_a_span_through_white_space_and_quote_styles():
    from attribution.evaluation.pages import BodyLocator

    locator = BodyLocator(PAGE, BODY)
    start = PAGE.index("close   the bridge")
    where = locator.locate(start, start + len("close   the bridge"))
    assert where is not None and BODY[where[0]:where[1]] == "close the bridge"
    start = PAGE.index("We had no choice,\"")
    where = locator.locate(start, start + len("We had no choice"))
    assert BODY[where[0]:where[1]] == "We had no choice" and where[0] == BODY.index("We had")


def test_body_locator_leaves_a_headline_repeating_body_words_outside():
    from attribution.evaluation.pages import BodyLocator

    locator = BodyLocator(PAGE, BODY)
    start = PAGE.index("we had no choice")
    assert locator.locate(start, start + len("we had no choice")) is None
    start = PAGE.index("ring road")
    assert locator.locate(start, start + len("ring road can take the traffic")) is None


def test_score_page_counts_attributions_outside_the_body_as_false_positives():
    from attribution.evaluation.gold import GoldDoc
    from attribution.evaluation.pages import score_page

    first = BODY.index("The council")
    quote = BODY.index("We had")
    doc = GoldDoc("d", BODY, [GoldItem(first, first + 37, "indirect"), GoldItem(quote, quote + 16, "direct")])
    headline = PAGE.index("we had no choice")
    related = PAGE.index("ring road")
    in_body = PAGE.index("The council")
    t = score_page(doc, _page_report(PAGE, [(headline, headline + 16), (in_body, in_body + 39),
                                             (related, related + 30)]))
    assert (t.gold, t.system, t.matched) == (2, 3, 1)
    assert (t.outside_body, t.outside_body_in_title) == (2, 1)
    assert t.system_by_kind["indirect"] == 3


def test_eval_scores_the_pages_of_a_realnews_directory(tmp_path):
    import json

    from attribution.evaluation.run import run_eval

    body = "The bridge will close in June, the mayor said on Tuesday.\n"
    (tmp_path / "r_x.txt").write_text(body, encoding="utf-8")
    (tmp_path / "r_x.html").write_text(
        "<!DOCTYPE html><html><head><title>Bridge to close</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Bridge to close</h1><p>{body.strip()}</p></article></body></html>", encoding="utf-8")
    content = {"start": 0, "end": 29, "text": body[:29]}
    source = {"start": 31, "end": 40, "text": "the mayor"}
    (tmp_path / "r_x.gold.json").write_text(json.dumps({"article": "r_x.txt", "attributions": [
        {"kind": "indirect", "content": content, "mention": source, "source": source, "anonymous": False,
         "type": "person"}], "boilerplate": []}), encoding="utf-8")
    results = json.loads(run_eval(fixtures=None, polnear=None, splits=["dev"], limit=None, as_json=True,
                                  realnews=str(tmp_path)))
    for row in ("realnews (html)", "realnews (html, fast)"):
        assert (results[row]["pages"], results[row]["pages_failed"], results[row]["outside_body"]) == (1, 0, 0)
        assert (results[row]["gold"], results[row]["matched"]) == (1, 1)
    text = run_eval(fixtures=None, polnear=None, splits=["dev"], limit=None, realnews=str(tmp_path))
    assert "realnews (html): 1 of 1 pages audited; attributions outside the body: 0 (0 in the page title)" in text


@pytest.mark.skipif(not REALNEWS.is_dir(), reason="the real news pages are read from ../shared, not shipped")
def test_realnews_pages_are_all_audited_with_no_attribution_outside_the_body():
    from attribution.evaluation.gold import load_realnews
    from attribution.evaluation.pages import evaluate_pages, realnews_pages

    pages = realnews_pages(str(REALNEWS), load_realnews(str(REALNEWS)))
    assert len(pages) == 20
    for fast in (False, True):
        t = evaluate_pages(pages, fast=fast)
        assert (t.pages, t.pages_failed, t.outside_body) == (20, 0, 0), f"fast={fast}"
