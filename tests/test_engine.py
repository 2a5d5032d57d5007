"""Steps 1-4 together: the offset contract, determinism, boilerplate, and the spaCy component."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, SEEDS

ARTICLES = sorted(FIXTURES.rglob("*.txt"))


def _spans(node):
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from _spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from _spans(value)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_span_is_the_original_text(run, path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(run(text).model_dump_json())
    spans = list(_spans(data))
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_same_input_gives_byte_identical_json(run, path):
    text = path.read_text(encoding="utf-8")
    assert run(text, doc_id="x").model_dump_json() == run(text, doc_id="x").model_dump_json()


@pytest.mark.parametrize("gold", sorted(FIXTURES.rglob("*.gold.json")), ids=lambda p: p.name)
def test_no_attribution_starts_inside_boilerplate(run, gold):
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = (gold.parent / data["article"]).read_text(encoding="utf-8")
    report = run(text)
    for b in data["boilerplate"]:
        for a in report.attributions:
            assert not (b["start"] <= a.content.start < b["end"]), (a.content.text, b["text"])
            if a.source is not None:
                assert not (b["start"] <= a.source.start < b["end"])


def test_offsets_survive_crlf_nbsp_and_zero_width(run):
    text = "Intro line.\r\n\r\n“We\u00a0will\u200b not give up,” the\u00a0source said.\r\n"
    a = run(text).attributions[0]
    assert text[a.content.start:a.content.end] == a.content.text == "We\u00a0will\u200b not give up"
    assert a.source.text == "the\u00a0source"


def test_adding_boilerplate_lines_does_not_change_the_attributions(run):
    body = "“They will not give up,” the source said.\n\nThe Post said it was unclear how many would leave.\n"
    noisy = "Share on Facebook\nLeave A Reply\n" + body + "\n(AP Photo/Jane Doe)\nSupport us\n"
    plain = [(a.kind, a.content.text, a.source.text if a.source else None) for a in run(body).attributions]
    with_noise = [(a.kind, a.content.text, a.source.text if a.source else None) for a in run(noisy).attributions]
    assert plain == with_noise


def test_report_document_fields(run):
    text = "“They will not give up,” the source said."
    report = run(text, doc_id="story-1")
    assert report.document.id == "story-1" and report.document.chars == len(text)
    assert len(report.document.sha256) == 64
    assert report.summary.by_kind["direct"] == 1 and report.summary.anonymous == 1


def test_spacy_component_reads_a_users_doc_without_parsing_again(nlp):
    import attribution.component  # noqa: F401  registers the factory

    import spacy

    user_nlp = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    user_nlp.add_pipe("attribution")
    doc = user_nlp("Share on Twitter\n\n“They will not give up,” the source said.")
    report = doc._.attribution
    assert [a.content.text for a in report.attributions] == ["They will not give up"]
    a = report.attributions[0]
    assert doc.text[a.content.start:a.content.end] == a.content.text


def test_doc_text_is_computed_once_and_equals_doc_text(nlp):
    from attribution.parse.pipeline import doc_text

    doc = nlp.make_doc("“We will not give up,” the source said.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_a_long_paragraph_is_parsed_whole_never_cut(run):
    # Over 20,000 characters in one paragraph, in short sentences: nothing may be lost at the end.
    filler = "The council met again on Monday to discuss the budget for the coming year. " * 280
    text = filler + "The mayor said the budget would be balanced.\n"
    assert len(text) > 20_000
    report = run(text)
    assert [a.content.text for a in report.attributions] == ["the budget would be balanced"]


def test_a_sentence_over_the_limit_is_an_error_naming_its_line():
    from attribution.auditing.engine import prepare
    from attribution.errors import SentenceTooLongError

    text = "Short first line, the mayor said.\n" + "the officials would consider a new plan " * 20 + "today.\n"
    with pytest.raises(SentenceTooLongError) as error:
        prepare(text, max_sentence_chars=500)
    assert "line 2" in str(error.value) and "E007" in str(error.value)
    assert prepare(text, max_sentence_chars=1000).paragraphs


def test_long_runs_without_spaces_are_broken_for_the_parser_only(run):
    from attribution.auditing.engine import LONG_RUN, prepare

    run_of_marks = "(" * 500 + "yes" + ")" * 500
    text = f"The minister said {run_of_marks} the plan was dead.\n"
    prepared = prepare(text)
    assert len(prepared.parse_text) == len(text) - 1 + 2  # same length, plus the paragraph glue
    assert max(len(w) for w in prepared.parse_text.split()) <= LONG_RUN
    report = run(text)
    for a in report.attributions:
        assert text[a.content.start:a.content.end] == a.content.text


def test_a_span_never_runs_into_the_glue_after_its_paragraph():
    from attribution.auditing.engine import prepare

    text = "He said it was over.\n\nShe said it was not."
    prepared = prepare(text)
    first, last = prepared.paragraphs
    assert prepared.to_original(last.start, last.end + 2) == (22, len(text))
    assert prepared.to_original(first.start, first.end + 2) == (0, 20)
