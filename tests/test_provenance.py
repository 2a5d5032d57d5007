"""Provenance across articles: clusters, the earliest and reference versions, drift and each conflict."""

from __future__ import annotations

import json

import pytest

from attribution import provenance
from conftest import SEEDS
from provenance_articles import ARTICLES


@pytest.fixture(scope="module")
def reports(run):
    return {name: run(text, doc_id=name) for name, text in ARTICLES.items()}


def _run(reports, *names, dates=None, **kw):
    return provenance([reports[n] for n in names], dates=dates, **kw)


def _only_cluster(result):
    assert len(result.clusters) == 1, [c.text for c in result.clusters]
    return result.clusters[0]


def _kinds(cluster):
    return sorted(k.kind for k in cluster.conflicts)


def test_exact_copies_are_one_cluster_without_conflict(reports):
    c = _only_cluster(_run(reports, "exact-1", "exact-2", "bakery"))
    assert [o.name for o in c.occurrences] == ["exact-1", "exact-2"]
    assert [o.relation for o in c.occurrences] == ["reference", "exact"]
    assert c.conflicts == []


def test_unrelated_quotes_are_not_clustered(reports):
    assert _run(reports, "exact-1", "bakery", "interior").clusters == []


def test_reworded_quote_joins_with_its_word_diff(reports):
    c = _only_cluster(_run(reports, "exact-1", "reworded"))
    reworded = c.occurrences[1]
    assert reworded.relation == "reworded"
    assert ("replaced", "every", "each") in [(ch.op, ch.before, ch.after) for ch in reworded.changes]
    assert c.conflicts == []


def test_quote_in_part_is_in_part_of_the_full_one(reports):
    c = _only_cluster(_run(reports, "exact-1", "in-part"))
    part = next(o for o in c.occurrences if o.name == "in-part")
    assert part.relation == "in_part"
    assert [(ch.op, ch.before) for ch in part.changes] == [("not_quoted", "before the winter comes")]


def test_same_words_credited_to_another_named_person(reports):
    c = _only_cluster(_run(reports, "exact-1", "exact-2", "other-named"))
    (conflict,) = c.conflicts
    assert conflict.kind == "different_source"
    assert conflict.expected.value == "Governor Maria Lopez"
    assert conflict.found.value == "Senator Paul Grant"
    assert [c.occurrences[int(o[1:]) - 1].name for o in conflict.found.occurrences] == ["other-named"]


def test_named_in_one_article_anonymous_in_another(reports):
    c = _only_cluster(_run(reports, "exact-1", "exact-2", "anonymous"))
    assert _kinds(c) == ["named_vs_anonymous", "source_described_differently"]
    named = next(k for k in c.conflicts if k.kind == "named_vs_anonymous")
    assert (named.expected.value, named.found.value) == ("named", "anonymous")


def test_direct_quote_turned_into_paraphrase(reports):
    c = _only_cluster(_run(reports, "exact-1", "paraphrase"))
    (conflict,) = c.conflicts
    assert conflict.kind == "quote_to_paraphrase"
    assert conflict.found.value == "indirect"


def test_translated_quote_naming_another_ministry(reports):
    c = _only_cluster(_run(reports, "interior", "defence"))
    changed = next(k for k in c.conflicts if k.kind == "entity_changed")
    assert {changed.expected.value, changed.found.value} == {"Interior Ministry", "Defence Ministry"}
    described = next(k for k in c.conflicts if k.kind == "source_described_differently")
    assert {described.expected.value, described.found.value} == {"a senior diplomat", "a military officer"}


def test_earliest_follows_dates_then_input_order(reports):
    undated = _only_cluster(_run(reports, "exact-2", "exact-1"))
    assert undated.occurrences[0].name == "exact-2" and undated.earliest == "o1"
    dated = _only_cluster(_run(reports, "exact-2", "exact-1", dates=["2024-05-02", "2024-05-01"]))
    assert [o.name for o in dated.occurrences] == ["exact-1", "exact-2"]
    assert dated.occurrences[0].date == "2024-05-01"


def test_min_similarity_separates_reworded_quotes(reports):
    assert _run(reports, "exact-1", "reworded", min_similarity=0.95).clusters == []


def test_json_is_deterministic(reports):
    names = list(ARTICLES)
    first = _run(reports, *names).model_dump_json()
    assert first == _run(reports, *names).model_dump_json()
    data = json.loads(first)
    assert data["summary"]["clusters"] == len(data["clusters"]) >= 2


def test_spans_point_into_the_articles(reports):
    for c in _run(reports, *ARTICLES).clusters:
        for o in c.occurrences:
            for s in o.spans:
                assert ARTICLES[o.name][s.start:s.end] == s.text


def test_seed_statement_cluster_and_its_german_version(run):
    result = provenance([run(p.read_text(encoding="utf-8"), path=p.name) for p in SEEDS])
    c = next(c for c in result.clusters if "diplomatic presence" in c.text)
    assert {o.name[:3] for o in c.occurrences} == {"000", "001", "002", "004"}
    german = next(o for o in c.occurrences if o.name.startswith("000"))
    assert german.spans[0].text.startswith("The German Foreign Office is continuously adapting")
    statement = [o for o in c.occurrences if o.spans[0].text.startswith("The State Department continually")]
    assert {o.name[:3] for o in statement} == {"001", "002", "004"}
    assert all(o.source.text == "a department official" for o in statement)
    flagged = {k.kind: k for k in c.conflicts if german.id in k.found.occurrences}
    assert (flagged["entity_changed"].expected.value, flagged["entity_changed"].found.value) == \
        ("State Department", "German Foreign Office")
    assert flagged["source_described_differently"].found.value == "a spokesman"
    assert c.conflicts[0].kind == "entity_changed" and result.clusters[0] is c


def test_quote_with_no_source_in_one_article(reports):
    c = _only_cluster(_run(reports, "exact-1", "exact-2", "no-source"))
    (conflict,) = c.conflicts
    assert conflict.kind == "source_missing"
    assert (conflict.expected.value, conflict.found.value) == ("Governor Maria Lopez", "no source")


def test_quote_split_by_its_cue_is_one_occurrence(reports):
    c = _only_cluster(_run(reports, "exact-1", "split"))
    split = next(o for o in c.occurrences if o.name == "split")
    assert split.attributions == ["a1", "a2"] and len(split.spans) == 2
    assert split.source.mention == "she" and split.source.text == "Governor Maria Lopez"  # the first full mention, title included
    assert c.conflicts == []


def test_an_article_paraphrasing_its_own_quote_is_not_a_cluster(run, reports):
    text = ("Governor Maria Lopez said the state would rebuild every bridge that the storm destroyed before winter. "
            f"“{ARTICLES['exact-1'].split('“')[1].split(',”')[0]},” she told reporters.\n")
    own = run(text, doc_id="own")
    assert provenance([own, reports["bakery"]]).clusters == []
    assert len(provenance([own, reports["exact-2"]]).clusters) == 1


def test_library_dates_are_normalized_and_checked(reports):
    from attribution.errors import ReportFormatError

    c = _only_cluster(_run(reports, "exact-1", "exact-2", dates=["2024-05-02T01:00:00+03:00", "2024-05-01T23:00:00Z"]))
    assert [o.date for o in c.occurrences] == ["2024-05-01T22:00:00", "2024-05-01T23:00:00"]
    with pytest.raises(ReportFormatError, match=r"dates\[1\]: E030"):
        _run(reports, "exact-1", "exact-2", dates=[None, "yesterday"])


def test_clusters_do_not_depend_on_input_order(reports):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    names = list(ARTICLES)

    def members(result):
        return sorted(sorted(o.name for o in c.occurrences) for c in result.clusters)

    expected = members(_run(reports, *names))

    @settings(max_examples=15, deadline=None)
    @given(st.permutations(names))
    def check(order):
        assert members(_run(reports, *order)) == expected

    check()


def test_docs_describe_every_field():
    import pathlib

    from attribution.lineage import model

    doc = (pathlib.Path(__file__).resolve().parent.parent / "docs" / "provenance.md").read_text(encoding="utf-8")
    for cls in (model.Article, model.Credit, model.Change, model.Occurrence, model.Variant, model.Conflict,
                model.Cluster, model.Skipped, model.ProvenanceSummary, model.ProvenanceReport):
        for field in cls.model_fields:
            assert f"`{field}`" in doc, f"{cls.__name__}.{field} is not in docs/provenance.md"
    for kind in model.CONFLICT_KINDS:
        assert f"`{kind}`" in doc
