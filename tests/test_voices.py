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


# The role split: officials, experts and others, from the engine's words for each person
ROLES = ("Sen. Marla Vence said the bill would pass in March.\n\n"
         "Economist Tobin Creel said the plan would cost more than promised.\n\n"
         "Health Minister Dr. Ilse Varga said the clinics would stay open.\n\n"
         "Olan Judge said the road had been closed since Monday.\n\n"
         "Pell Harrow said the bus had been late again.\n")


def _kinds(report) -> dict[str, tuple[str, str | None]]:
    return {s.text: (s.role_kind, s.role_kind_evidence.text if s.role_kind_evidence else None)
            for s in report.sources}


@pytest.mark.parametrize("fast", [False, True])
def test_abbreviated_title_before_the_name_makes_an_official(fast):
    assert _kinds(audit(ROLES, fast=fast))["Sen. Marla Vence"] == ("official", "Sen.")


@pytest.mark.parametrize("fast", [False, True])
def test_profession_in_the_first_full_mention_makes_an_expert(fast):
    assert _kinds(audit(ROLES, fast=fast))["Economist Tobin Creel"] == ("expert", "Economist")


@pytest.mark.parametrize("fast", [False, True])
def test_office_wins_over_a_doctor_title(fast):
    assert _kinds(audit(ROLES, fast=fast))["Health Minister Dr. Ilse Varga"] == ("official", "Minister")


@pytest.mark.parametrize("fast", [False, True])
def test_role_word_that_ends_a_name_is_the_name(fast):
    assert _kinds(audit(ROLES, fast=fast))["Olan Judge"] == ("other", None)


@pytest.mark.parametrize("fast", [False, True])
def test_person_with_no_role_word_is_other(fast):
    assert _kinds(audit(ROLES, fast=fast))["Pell Harrow"] == ("other", None)


@pytest.mark.parametrize("fast", [False, True])
def test_appositive_after_the_name_makes_an_expert(fast):
    text = "\"Prices will keep rising,\" said Dara Quell, a Vantor University economist. \"Nobody is ready.\"\n"
    report = audit(text, fast=fast)
    kind, evidence = _kinds(report)["Dara Quell"]
    assert (kind, evidence) == ("expert", "economist")
    span = next(s for s in report.sources if s.text == "Dara Quell").role_kind_evidence
    assert text[span.start:span.end] == "economist"


@pytest.mark.parametrize("fast", [False, True])
def test_long_appositive_with_a_preposition_makes_an_expert(fast):
    text = "Toma Brisk, a senior fellow at the Institute for Fiscal Studies in Lund, said the tax would fail.\n"
    assert _kinds(audit(text, fast=fast))["Toma Brisk"] == ("expert", "senior fellow")


@pytest.mark.parametrize("fast", [False, True])
def test_appositive_with_no_role_word_leaves_other(fast):
    text = "Pell Harrow, a father of three, said the bus had been late again.\n"
    assert _kinds(audit(text, fast=fast))["Pell Harrow"] == ("other", None)


@pytest.mark.parametrize("fast", [False, True])
def test_role_word_of_a_later_mention_counts(fast):
    text = ("Jane Ruiz, the state's governor, said the levee would hold. The governor added that the pumps "
            "were running.\n")
    assert _kinds(audit(text, fast=fast))["Jane Ruiz"] == ("official", "governor")


@pytest.mark.parametrize("fast", [False, True])
def test_role_split_adds_up_to_the_people(fast):
    v = audit(ROLES, fast=fast).summary.voices
    parts = (v.officials, v.experts, v.others)
    assert [sum(c.people.model_dump().values()) for c in parts] == [2, 1, 2]
    for gender in ("female", "male", "unknown"):
        assert getattr(v.people, gender) == sum(getattr(c.people, gender) for c in parts)
        assert getattr(v.attributions, gender) == sum(getattr(c.attributions, gender) for c in parts)


def test_sources_that_are_not_people_have_no_role_kind():
    report = audit("The ministry said the clinics would stay open, Sen. Marla Vence said.\n")
    for s in report.sources:
        assert (s.role_kind is None) == (s.type != "person" and s.gender is None)


def test_text_markdown_and_html_show_the_role_split():
    from attribution.render.html import render_html

    report = audit(ROLES, fast=True)
    for fmt in ("text", "markdown"):
        out = render(fmt, [report])
        assert all(label in out for label in ("officials", "experts", "others"))
    page = render_html([(report, ROLES)])
    assert "people quoted: officials / experts / others</td><td>2 / 1 / 2<" in page


def test_roles_lexicon_lists_are_lower_case_and_apart():
    from attribution.lexicon import load

    official, expert = (load("roles")[k]["words"] for k in ("official", "expert"))
    assert all(w == w.lower().strip() for w in official + expert)
    assert not set(official) & set(expert) and len(set(official)) == len(official) and len(set(expert)) == len(expert)
