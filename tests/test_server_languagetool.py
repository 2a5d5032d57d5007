"""LanguageTool compatibility: annotated input, and matches at UTF-16 offsets into the text as sent."""

from __future__ import annotations

import json

import pytest

from attribution.server.languagetool import (
    CheckInputError,
    Utf16Index,
    check_answer,
    language_of,
    matches,
    read_check_input,
)


def _finding(start: int, end: int, code: str = "ATR101", name: str = "anonymous.no-reason") -> dict:
    return {"code": code, "name": name, "severity": "warning", "message": "m", "docs": "docs/rules.md#atr101",
            "span": {"start": start, "end": end}}


def _utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset: 2 * (offset + length)].decode("utf-16-le")


def test_utf16_offsets_count_an_emoji_as_two_units():
    index = Utf16Index("😀 a 😀😀 b")
    assert [index.units(i) for i in (0, 1, 2, 4, 5, 6, 8)] == [0, 2, 3, 5, 7, 9, 11]


def test_match_after_an_emoji_lands_on_the_finding_words():
    text = "🎉 Big news. The plan was dropped, a source said. 🙈 Then an aide said more.\n"
    start = text.index("a source")
    found = matches({"findings": [_finding(start, start + len("a source"))]}, read_check_input(text, None))
    assert len(found) == 1
    m = found[0]
    assert _utf16_slice(text, m["offset"], m["length"]) == "a source"
    assert m["offset"] == start + 1  # one astral character before it
    ctx = m["context"]
    assert _utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == "a source"
    assert m["sentence"] == "The plan was dropped, a source said."
    assert m["rule"]["id"] == "ATR101" and m["rule"]["issueType"] == "style"
    assert m["rule"]["category"]["id"] == "SOURCING_ANONYMOUS"
    assert m["replacements"] == []


def test_annotated_data_offsets_count_the_markup():
    data = {"annotation": [{"markup": "<p>"}, {"text": "The plan was dropped, "}, {"markup": "<b>"},
                           {"text": "a source"}, {"markup": "</b>"}, {"text": " said."},
                           {"markup": "</p><p>", "interpretAs": "\n\n"}, {"text": "More 😀 news."}]}
    check = read_check_input(None, json.dumps(data))
    assert check.plain == "The plan was dropped, a source said.\n\nMore 😀 news."
    assert check.original == "<p>The plan was dropped, <b>a source</b> said.</p><p>More 😀 news."
    start = check.plain.index("a source")
    m = matches({"findings": [_finding(start, start + 8)]}, check)[0]
    assert _utf16_slice(check.original, m["offset"], m["length"]) == "a source"
    after = check.plain.index("news")
    m = matches({"findings": [_finding(after, after + 4)]}, check)[0]
    assert _utf16_slice(check.original, m["offset"], m["length"]) == "news"


def test_finding_on_the_whole_article_sits_on_its_first_line():
    text = "\n  Council delays the vote\n\nThe vote was put off, officials said.\n"
    finding = {**_finding(0, 0, "ATR109", "anonymous.share"), "span": None}
    m = matches({"findings": [finding]}, read_check_input(text, None))[0]
    assert _utf16_slice(text, m["offset"], m["length"]) == "Council delays the vote"


@pytest.mark.parametrize("text, data, problem", [
    (None, None, "missing"),
    ("a", '{"annotation": []}', "not both"),
    (None, "{not json", "not valid JSON"),
    (None, '{"annotation": [{"neither": 1}]}', "'text' or 'markup'"),
    (None, '[1, 2]', "annotation"),
])
def test_bad_check_input_is_named(text, data, problem):
    with pytest.raises(CheckInputError, match=problem):
        read_check_input(text, data)


def test_language_english_or_auto_only():
    assert language_of("en-GB")["code"] == "en-GB"
    assert language_of("auto")["code"] == "en-US"
    assert language_of(None)["code"] == "en-US"
    assert language_of("de-DE") is None


def test_answer_has_languagetools_top_level_fields():
    answer = check_answer([], language_of("en-US"))
    assert set(answer) == {"software", "warnings", "language", "matches"}
    assert answer["software"]["name"] == "attribution" and answer["software"]["apiVersion"] == 1


def test_markup_standing_for_other_words_maps_to_the_markup():
    data = {"annotation": [{"text": "Hi "}, {"markup": "<x>", "interpretAs": "Someone"}, {"text": " said so."}]}
    check = read_check_input(None, json.dumps(data))
    assert check.plain == "Hi Someone said so."
    start = check.plain.index("Someone")
    m = matches({"findings": [_finding(start, start + 7)]}, check)[0]
    assert check.original[m["offset"]: m["offset"] + m["length"]] == "<x>"
    start = check.plain.index("said")
    m = matches({"findings": [_finding(start, start + 4)]}, check)[0]
    assert check.original[m["offset"]: m["offset"] + m["length"]] == "said"


def test_sentence_of_a_match_on_a_long_line_is_found_once_for_all():
    text = " ".join(f"Claim {i} was made, a source said." for i in range(3000))
    findings = [_finding(m, m + 8) for m in (text.index(f"Claim {i} ") + len(f"Claim {i} was made, ")
                                             for i in (0, 1500, 2999))]
    found = matches({"findings": findings}, read_check_input(text, None))
    assert [m["sentence"] for m in found] == [f"Claim {i} was made, a source said." for i in (0, 1500, 2999)]


def test_deeply_nested_data_is_a_named_problem():
    with pytest.raises(CheckInputError, match="nested too deeply"):
        read_check_input(None, '{"annotation": ' + "[" * 100_000 + "]" * 100_000 + "}")
