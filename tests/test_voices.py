"""Summary.voices (issue 15): who is quoted, by gender, and how the renderers show it."""

from __future__ import annotations

import pytest

from attribution import audit
from attribution.config import Config
from attribution.render import render

TEXT = ('The city council said it would vote on Friday.\n\n'
        'Board chairman Dorvan Quist said the money was there.\n\n'
        '"We will reopen the line in May," said Ms. Keplin. She added that the tolls would stay the same.\n\n'
        'The ferry will run until then, Zorvath Tarrick said.\n')


@pytest.mark.parametrize("fast", [False, True])
def test_voices_count_people_and_their_attributions_by_gender(fast):
    report = audit(TEXT, fast=fast)
    v = report.summary.voices
    assert (v.people.female, v.people.male, v.people.unknown) == (1, 1, 1)
    assert (v.attributions.female, v.attributions.male, v.attributions.unknown) == (2, 1, 1)
    assert v.women_share == 0.5
    assert (v.named.people.female, v.named.people.male, v.named.people.unknown) == (1, 1, 1)
    assert v.anonymous.people == v.anonymous.people.__class__() and v.anonymous.women_share is None


def test_voices_are_null_when_gender_labels_are_off():
    assert audit(TEXT, config=Config(gender="off")).summary.voices is None


def test_voices_with_text_only_make_name_labels_unknown():
    text = "The bridge will reopen in May, Rosa Keplin said.\n"
    assert audit(text).summary.voices.people.female == 1
    v = audit(text, config=Config(gender="text")).summary.voices
    assert (v.people.female, v.people.unknown, v.women_share) == (0, 1, None)


def test_text_and_markdown_show_the_voices_table():
    report = audit(TEXT, fast=True)
    for fmt in ("text", "markdown"):
        out = render(fmt, [report])
        assert "share of women" in out and "people quoted" in out and "50%" in out
    assert "share of women" not in render("text", [audit(TEXT, fast=True, config=Config(gender="off"))])


def test_html_shows_the_voices_rows_and_chart():
    from attribution.render.html import render_html

    page = render_html([(audit(TEXT, fast=True), TEXT)])
    assert "people quoted: women / men / unknown" in page and 'aria-label="people quoted by gender"' in page
    assert "women 50% of those of known gender" in page
