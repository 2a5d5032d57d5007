"""The audit: summary fields and findings on every Report, never in boilerplate."""

from __future__ import annotations

import pytest

from attribution.read.boilerplate import split_paragraphs
from attribution.config import Config
from attribution.prepare.text import normalize

from conftest import SEEDS, made_up_names, name_articles


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    normalized = normalize(text)
    return [normalized.to_original(p.start, p.end) for p in split_paragraphs(normalized.text) if not p.is_text]


@pytest.fixture(scope="module")
def seed_reports(run):
    return [(path, path.read_text(encoding="utf-8")) for path in SEEDS], [
        run(path.read_text(encoding="utf-8"), path=str(path)) for path in SEEDS]


def test_summary_audit_lists(run):
    text = ("“We will not be moved.”\n\nThe council will raise parking fees in April, a council official said.\n\n"
            "The mayor reportedly opposed the plan. Mayor Jane Ortiz said the budget was balanced.\n\n"
            "The Guardian reported, citing an unnamed aide, that the vote would be delayed.\n")
    report = run(text)
    s = report.summary
    by_id = {a.id: a for a in report.attributions}
    assert [by_id[i].content.text for i in s.quotes_without_source] == ["We will not be moved."]
    assert any("parking fees" in by_id[i].content.text for i in s.single_anonymous_source_claims)
    assert any(by_id[i].cue.text == "reportedly" for i in s.hedged_claims)
    assert s.named_share is not None and abs(s.named_share + s.anonymous_share - 1) < 1e-3
    assert sum(s.attributions_per_source.values()) == s.named + s.anonymous
    assert set(s.attributions_per_source) == {e.id for e in report.sources}


def test_relayed_report_and_originator(run):
    report = run("The vote will be delayed, the Guardian reported, citing two aides familiar with the talks.")
    relay = report.summary.relayed
    assert [(r.outlets, r.originator, r.originator_anonymous) for r in relay] == [
        (["the Guardian"], "two aides familiar with the talks", True)]
    assert "ATR108" not in [f.code for f in report.findings]


def test_outlet_report_without_originator(run):
    report = run("Iranian state media reported that the president had refused to act.")
    assert report.summary.relayed == []
    assert [f.span.text for f in report.findings if f.code == "ATR108"] == ["Iranian state media"]


def test_every_report_has_findings_with_the_default_configuration(seed_reports):
    _, reports = seed_reports
    assert all(r.findings for r in reports)


def test_findings_have_positions_matching_their_spans(seed_reports):
    texts, reports = seed_reports
    for (_, text), report in zip(texts, reports):
        lines = text.splitlines(keepends=True)
        for f in report.findings:
            if f.span is None:
                assert f.line is None
                continue
            assert text[f.span.start:f.span.end] == f.span.text
            assert lines[f.line - 1][f.column - 1:].startswith(f.span.text.split("\n")[0])


def test_findings_never_point_into_boilerplate(seed_reports):
    texts, reports = seed_reports
    assert sum(len(boilerplate_ranges(text)) for _, text in texts) >= 10  # the seeds do carry boilerplate
    for (path, text), report in zip(texts, reports):
        ranges = boilerplate_ranges(text)
        for f in report.findings:
            if f.span is not None:
                for start, end in ranges:
                    assert not (f.span.start < end and f.span.end > start), (path.name, f.code, f.span.text)


def test_seed_with_unexplained_anonymous_sources_gets_atr101(seed_reports):
    texts, reports = seed_reports
    report = next(r for (p, _), r in zip(texts, reports) if p.name.startswith("002_"))
    flagged = {f.span.text for f in report.findings if f.code == "ATR101"}
    assert "a department official" in flagged


def test_findings_are_deterministic(run):
    text = SEEDS[1].read_text(encoding="utf-8")
    assert run(text).model_dump_json() == run(text).model_dump_json()


def test_config_selection_reaches_the_report(run):
    text = "The mayor is incompetent, a senior aide said."
    only = run(text, config=Config(select=("ATR104",)))
    assert [f.code for f in only.findings] == ["ATR104"]
    graded = run(text, config=Config(severity={"anonymous.opinion": "info"}))
    assert next(f for f in graded.findings if f.code == "ATR104").severity == "info"


def test_audit_many_fills_findings():
    from attribution import audit_many

    reports = list(audit_many([("a", "The mayor is incompetent, a senior aide said.")]))
    assert "ATR104" in [f.code for f in reports[0].findings]


GOOD = "The city will open a new library in May, Mayor Jane Ortiz said on Tuesday.\n"
LONG_SENTENCE = "The council said that " + "the officials would study a new plan for roads " * 30 + "soon.\n"


def test_document_over_the_size_limit_is_an_error_before_parsing(run):
    from attribution.errors import TooLargeError

    with pytest.raises(TooLargeError) as error:
        run(GOOD * 3, path="big.txt", config=Config(limits={"max-document-chars": 100}))
    assert str(error.value).startswith("big.txt: E006: the text has 225 characters, over the limit of 100")


def test_limits_come_from_the_environment_when_not_configured(run, monkeypatch):
    from attribution.errors import SentenceTooLongError, SettingError

    monkeypatch.setenv("ATTRIBUTION_MAX_SENTENCE_CHARS", "1_000")
    with pytest.raises(SentenceTooLongError):
        run(LONG_SENTENCE)
    assert run(LONG_SENTENCE, config=Config(limits={"max-sentence-chars": 5000})).attributions
    monkeypatch.setenv("ATTRIBUTION_MAX_SENTENCE_CHARS", "lots")
    with pytest.raises(SettingError):
        run(GOOD)


def test_batch_with_bad_documents_audits_every_good_one():
    from attribution import audit_many
    from attribution.model import ErrorRecord, Report

    batch = [
        ("good-1", GOOD),
        ("empty", b"   \n"),
        ("binary", bytes(range(256)) * 8),
        ("too-large", GOOD * 30),
        ("long-sentence", LONG_SENTENCE),
        ("no-article", b"<html><body><script>var x;</script></body></html>"),
        ("good-2", "Officials said the road would close in June.".encode("utf-16")),
        ("good-3", "<html><body><article><p>The mayor said the pool would reopen.</p></article></body></html>"),
    ]
    config = Config(limits={"max-document-chars": 2000, "max-sentence-chars": 1000})
    out = list(audit_many(batch, batch_size=3, config=config, input_format="auto"))
    assert [r.document.id for r in out] == [doc_id for doc_id, _ in batch]
    kinds = {r.document.id: (type(r).__name__, r.error.code if isinstance(r, ErrorRecord) else None) for r in out}
    assert kinds == {
        "good-1": ("Report", None), "empty": ("ErrorRecord", "E005"), "binary": ("ErrorRecord", "E004"),
        "too-large": ("ErrorRecord", "E006"), "long-sentence": ("ErrorRecord", "E007"),
        "no-article": ("ErrorRecord", "E008"), "good-2": ("Report", None), "good-3": ("Report", None),
    }
    good = [r for r in out if isinstance(r, Report)]
    assert [r.attributions[0].content.text for r in good] == [
        "The city will open a new library in May", "the road would close in June", "the pool would reopen"]
    assert good[2].document.format == "html"
    assert all("\n" not in r.error.message for r in out if isinstance(r, ErrorRecord))


def test_audit_many_leaves_no_new_words_in_the_string_store(nlp):
    from attribution import audit_many

    list(audit_many(name_articles(made_up_names(0, 8)), batch_size=2))  # anything loaded once is loaded now
    names = made_up_names(1000, 40)
    before = len(nlp.vocab.strings)
    reports = list(audit_many(name_articles(names), batch_size=8))  # 20 articles: 3 batches
    assert len(nlp.vocab.strings) == before
    assert not any(name in nlp.vocab.strings for name in names)
    # The reports were built inside each batch's memory zone and hold their own strings.
    assert [r.attributions[0].source.text for r in reports] == [f"{a} {b}" for a, b in zip(names[::2], names[1::2])]
    assert not nlp.vocab.in_memory_zone


def test_audit_of_one_article_leaves_no_new_words_in_the_string_store(nlp, run):
    run(name_articles(made_up_names(2000, 2))[0][1])
    [(_, text)] = name_articles(made_up_names(3000, 2))
    before = len(nlp.vocab.strings)
    assert run(text).attributions[0].source.text == " ".join(made_up_names(3000, 2))
    assert len(nlp.vocab.strings) == before


def test_audit_many_yields_outside_the_memory_zone(nlp):
    """The caller may parse between reports, or stop early: no zone is open while it has control."""
    from attribution import audit_many

    reports = audit_many(name_articles(made_up_names(4000, 8)), batch_size=2)
    next(reports)
    assert not nlp.vocab.in_memory_zone
    [kept] = made_up_names(5000, 1)
    doc = nlp(f"{kept} spoke.")  # the caller's own Doc, made while the generator is suspended
    assert len(list(reports)) == 3
    assert kept in nlp.vocab.strings and doc[0].text == kept and doc[0].lemma_


def test_audit_many_inside_the_callers_own_memory_zone(nlp):
    from attribution import audit_many

    with nlp.memory_zone():  # spaCy's zones must not nest: audit_many opens none of its own here
        reports = list(audit_many(name_articles(made_up_names(6000, 4)), batch_size=1))
        assert nlp.vocab.in_memory_zone
    assert [r.attributions[0].source.text for r in reports] == [" ".join(made_up_names(6000, 2)),
                                                                " ".join(made_up_names(6002, 2))]


def test_the_lemmatizer_cache_is_emptied_past_its_limit(nlp, monkeypatch):
    """spaCy's lemmatizer memoizes every word it meets; no memory zone frees that, the audit does."""
    from attribution import audit_many

    text = "The inspectors counted bridges, dams, roads, tunnels and ports, officials said.\n"
    list(audit_many([("warm", text)]))
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert len(lemmatizer.cache) > 5
    monkeypatch.setattr("attribution.parse.pipeline.LEMMA_CACHE_LIMIT", 5)
    [report] = audit_many([("a", text)])
    assert len(lemmatizer.cache) == 0
    assert report.attributions[0].source.text == "officials"


def test_text_over_the_parsers_limit_is_a_clear_error_on_the_full_path(run, nlp):
    from attribution.errors import TooLargeError

    text = ("The vote was put off, officials said. " * (nlp.max_length // 38 + 10)).strip()
    with pytest.raises(TooLargeError, match="parse limit .* fast path") as caught:
        run(text, path="long.txt")
    assert caught.value.code == "E006" and caught.value.path == "long.txt"
    from attribution import audit_many

    (record,) = list(audit_many([("long", text)]))
    assert record.error.code == "E006"
