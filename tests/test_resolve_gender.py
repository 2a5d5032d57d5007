"""Source gender (resolve/gender.py, issue 15): one test per construction, on both paths.

Every sentence here is written for the test. The names are made up where the name list must not
know them ("Zorvath Keplin"), so that only the article's words can say the gender.
"""

from __future__ import annotations

import json

import pytest

from attribution import audit
from attribution.config import Config
from attribution.evaluation.gender import GenderTally, GoldPerson, label_of, load_gender_gold, match_people
from attribution.lexicon import words
from attribution.resolve.gender import UNKNOWN, _decide, marks_in, name_gender

PATHS = [False, True]


def person(text: str, fast: bool, config: Config | None = None, which: str | None = None):
    """Return the one person source of the article (or the one whose text contains ``which``)."""
    report = audit(text, fast=fast, config=config)
    people = [s for s in report.sources if s.type == "person" and (which is None or which in s.text)]
    assert len(people) == 1, [(s.text, s.type) for s in report.sources]
    return people[0]


def evidence(source, text: str) -> str:
    """Return the evidence's words, checking its offsets into ``text``."""
    span = source.gender_evidence
    assert span is not None
    assert span.text == text[span.start:span.end]
    return span.text


@pytest.mark.parametrize("fast", PATHS)
def test_pronoun_after_said_gives_female(fast):
    text = 'Zorvath Keplin chairs the transit board.\n\n"We will reopen the line in May," she said.\n'
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("female", "text")
    assert evidence(s, text) == "she" and s.gender_evidence.start == text.index("she said")


@pytest.mark.parametrize("fast", PATHS)
def test_honorific_ms(fast):
    text = "The line will reopen in May, said Ms. Keplin, who chairs the transit board.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("female", "text")
    assert evidence(s, text) == "Ms." and s.gender_evidence.start == text.index("Ms.")


@pytest.mark.parametrize("fast", PATHS)
def test_honorific_mr_before_a_surname_met_alone(fast):
    text = ("Dorvan Quist runs the ferry. The bridge will stay shut until May, Quist said.\n\n"
            "Mr. Quist has asked for a second boat.\n")
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("male", "text")
    assert evidence(s, text) == "Mr."


@pytest.mark.parametrize("fast", PATHS)
def test_role_noun_spokeswoman(fast):
    text = "City spokeswoman Zorvath Keplin said the bridge would reopen in May.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("female", "text")
    assert evidence(s, text) == "spokeswoman"


@pytest.mark.parametrize("fast", PATHS)
def test_role_noun_chairman_counts_as_male(fast):
    text = "Board chairman Zorvath Keplin said the bridge would reopen in May.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis, evidence(s, text)) == ("male", "text", "chairman")


@pytest.mark.parametrize("fast", PATHS)
def test_possessive_pronoun_of_the_only_person_in_the_sentence(fast):
    text = "Zorvath Keplin said the bridge would reopen in May. Her office will publish the timetable on Friday.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("female", "text")
    assert evidence(s, text) == "Her"


@pytest.mark.parametrize("fast", PATHS)
def test_pronoun_after_two_people_is_not_read(fast):
    text = ("Zorvath Keplin praised Dorvan Quist on Monday.\n\nHis plan will reopen the bridge in May, "
            "Keplin said.\n")
    s = person(text, fast, which="Keplin")
    assert (s.gender, s.gender_basis, s.gender_evidence) == ("unknown", None, None)


@pytest.mark.parametrize("fast", PATHS)
def test_given_name_only_gives_name_basis(fast):
    text = "The bridge will reopen in May, Rosa Keplin said on Tuesday.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis) == ("female", "name")
    assert evidence(s, text) == "Rosa"


@pytest.mark.parametrize("fast", PATHS)
def test_unknown_name_and_no_words_gives_unknown(fast):
    text = "The bridge will reopen in May, Zorvath Keplin said on Tuesday.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis, s.gender_evidence) == ("unknown", None, None)


@pytest.mark.parametrize("fast", PATHS)
def test_text_wins_over_given_name(fast):
    text = "The bridge will reopen in May, said Ms. Kyle Varnek, who chairs the board.\n"
    s = person(text, fast)
    assert (s.gender, s.gender_basis, evidence(s, text)) == ("female", "text", "Ms.")


@pytest.mark.parametrize("fast", PATHS)
def test_text_mode_never_uses_names(fast):
    text = "The bridge will reopen in May, Rosa Keplin said on Tuesday.\n"
    s = person(text, fast, Config(gender="text"))
    assert (s.gender, s.gender_basis, s.gender_evidence) == ("unknown", None, None)
    said = 'Zorvath Keplin chairs the transit board.\n\n"We will reopen the line in May," she said.\n'
    assert person(said, fast, Config(gender="text")).gender == "female"


@pytest.mark.parametrize("fast", PATHS)
def test_off_mode_leaves_every_gender_null(fast):
    text = "City spokeswoman Zorvath Keplin said the bridge would reopen in May.\n"
    s = person(text, fast, Config(gender="off"))
    assert (s.gender, s.gender_basis, s.gender_evidence) == (None, None, None)


@pytest.mark.parametrize("fast", PATHS)
def test_organisation_has_no_gender(fast):
    report = audit("The city council said the bridge would reopen in May.\n", fast=fast)
    assert [(s.type, s.gender, s.gender_basis, s.gender_evidence) for s in report.sources] == \
        [("organization", None, None, None)]


@pytest.mark.parametrize("fast", PATHS)
def test_anonymous_individual_takes_the_pronoun_that_carries_its_quote(fast):
    text = "A senior defense official said the strike had been planned for weeks. She said the target had moved.\n"
    report = audit(text, fast=fast)
    [s] = report.sources
    assert (s.type, s.anonymous, s.gender, s.gender_basis, evidence(s, text)) == ("unnamed", True, "female", "text", "She")
    assert report.summary.voices.anonymous.people.female == 1


@pytest.mark.parametrize("fast", PATHS)
def test_anonymous_individual_with_no_words_for_gender_is_unknown(fast):
    report = audit("A source familiar with the talks said the deal was close.\n", fast=fast)
    [s] = report.sources
    assert (s.type, s.gender, s.gender_basis, s.gender_evidence) == ("unnamed", "unknown", None, None)
    assert report.summary.voices.anonymous.people.unknown == 1 and report.summary.voices.women_share is None


@pytest.mark.parametrize("fast", PATHS)
def test_anonymous_person_noun_that_says_the_gender(fast):
    text = "The woman, who asked not to be named, said she heard two shots.\n"
    [s] = audit(text, fast=fast).sources
    assert (s.gender, s.gender_basis, evidence(s, text)) == ("female", "text", "woman")


@pytest.mark.parametrize("fast", PATHS)
def test_unnamed_group_has_no_gender(fast):
    for text in ("Three officials said the plan had failed.\n", "Residents said they saw smoke.\n"):
        report = audit(text, fast=fast)
        assert [(s.type, s.gender) for s in report.sources] == [("unnamed", None)], text
        assert report.summary.voices.people.unknown == 0


@pytest.mark.parametrize("fast", PATHS)
def test_same_person_one_gender_over_mentions(fast):
    text = ("Rosa Keplin said the bridge would reopen in May. Keplin added that the ferry would run until then.\n\n"
            "She also said the tolls would stay the same.\n")
    report = audit(text, fast=fast)
    people = [s for s in report.sources if s.type == "person"]
    assert len(people) == 1 and len(people[0].attributions) == 3
    s = people[0]
    assert (s.gender, s.gender_basis, evidence(s, text)) == ("female", "text", "She")


def test_fast_path_same_labels():
    text = ("The city council said it would vote on Friday.\n\n"
            "Zorvath Keplin chairs the transit board. \"We will reopen the line in May,\" she said.\n\n"
            "Board chairman Dorvan Quist said the money was there.\n\n"
            "The tolls will stay the same, Rosa Tarrick said.\n")

    def labels(fast):
        return [(s.text, s.gender, s.gender_basis, s.gender_evidence) for s in audit(text, fast=fast).sources]

    assert labels(False) == labels(True)
    assert [g for _, g, _, _ in labels(True)] == [None, "female", "male", "female"]
    assert [b for _, _, b, _ in labels(True)] == [None, "text", "text", "name"]


def test_marks_leave_out_possessives_prepositions_and_names():
    def marks(phrase):
        return [(g, phrase[s:e]) for g, (s, e) in marks_in(phrase, 0, len(phrase))]

    assert marks("Mr. Quist's spokeswoman") == [("female", "spokeswoman")]
    assert marks("a spokesman for Queen Ama") == [("male", "spokesman")]
    assert marks("Martin Luther King") == []
    assert marks("Queen Ama") == [("female", "Queen")]
    assert marks("Ms. Prince") == [("female", "Ms.")]
    assert marks("the mother of the groom") == [("female", "mother")]
    assert marks("the spokesperson") == [] and marks("the nurse") == []


def test_name_gender_reads_the_given_name_after_titles():
    phrase = "Police Chief Rosa Alvarez"
    gender, (s, e) = name_gender(phrase, 0, len(phrase))
    assert (gender, phrase[s:e]) == ("female", "Rosa")
    assert name_gender("Alvarez", 0, 7) is None


def test_conflicting_words_of_one_kind_give_unknown():
    assert _decide([("female", (0, 3), True), ("male", (10, 12), True)]) == UNKNOWN
    decided = _decide([("female", (0, 3), False), ("male", (10, 12), True), ("female", (20, 23), False)])
    assert (decided.gender, decided.evidence) == ("female", (0, 3))
    assert _decide([]) is None


def test_resolver_cue_words_that_mark_a_person_are_gender_words():
    cues = {g: words("names", g, "words") for g in ("male", "female")}
    known = {g: words("gender", "roles", g) | words("gender", "honorifics", g) for g in ("male", "female")}
    not_persons = {"sr."}  # "Sr." is a suffix ("Jr.", "Sr.") as often as "señor" or "sister"
    for g in ("male", "female"):
        assert cues[g] - known[g] - not_persons == set()


# --- the eval's matching -----------------------------------------------------------------------

def _source(sid, text, mentions, gender, basis, type_="person"):
    from attribution.model import SourceEntry, Span

    return SourceEntry(id=sid, text=text, type=type_, anonymous=False, vague=False,
                       mentions=[Span(start=0, end=len(m), text=m) for m in mentions], attributions=["a1"],
                       gender=gender if type_ == "person" else None, gender_basis=basis)


def test_eval_matches_gold_people_to_sources_by_their_words():
    people = [GoldPerson("Gov. Tom Reyes", ("Reyes", "he"), "male"),
              GoldPerson("Ann Reyes", (), "female"),
              GoldPerson("Zorvath Keplin", ("Keplin",), "female"),
              GoldPerson("Dorvan Quist", (), "male")]
    sources = [_source("s1", "Tom Reyes", ["Reyes", "he"], "male", "text"),
               _source("s2", "Ann Reyes", ["Ann Reyes"], "female", "name"),
               _source("s3", "Keplin", ["Keplin"], "unknown", None),
               _source("s4", "Zorvath Keplin", ["she"], "male", "text"),
               _source("s5", "the city council", ["the city council"], None, None, "organization")]
    found = match_people(people, sources)
    assert [[s.id for s in f] for f in found] == [["s1"], ["s2"], ["s3", "s4"], []]
    assert label_of(found[2]) == ("male", "text") and label_of(found[3]) == (None, None)


def test_eval_gender_figures_on_a_made_up_gold(tmp_path):
    from attribution.model import DocumentInfo, Report, Summary

    (tmp_path / "r_x.gender.json").write_text(json.dumps({"article": "r_x.txt", "people": [
        {"person": "Zorvath Keplin", "mentions": ["she"], "gender": "female", "evidence": "she said", "name_guess": None},
        {"person": "Dorvan Quist", "mentions": [], "gender": "male", "evidence": "Mr. Quist", "name_guess": None},
        {"person": "Rosa Tarrick", "mentions": [], "gender": "unknown", "evidence": None, "name_guess": "female"},
        {"person": "Ode Lanner", "mentions": [], "gender": "male", "evidence": "he said", "name_guess": None}]}),
        encoding="utf-8")
    gold = load_gender_gold(str(tmp_path))
    summary = Summary(attributions=0, by_kind={}, named=0, anonymous=0, no_source=0, anonymous_share=None,
                      distinct_sources=3, named_sources=3, anonymous_sources=0)
    report = Report(document=DocumentInfo(id=None, path=None, chars=0, sha256=""), attributions=[], summary=summary,
                    sources=[_source("s1", "Zorvath Keplin", ["she"], "female", "text"),
                             _source("s2", "Dorvan Quist", ["Dorvan Quist"], "female", "text"),
                             _source("s3", "Rosa Tarrick", ["Rosa Tarrick"], "female", "name"),
                             _source("s4", "Ode Lanner", ["Ode Lanner"], "unknown", None)])
    tally = GenderTally()
    tally.add_article("r_x.txt", gold["r_x.txt"], report)
    f = tally.figures()
    assert (f["gendered"], f["found"], f["labelled"], f["correct"]) == (3, 3, 2, 1)
    assert (f["accuracy"], f["coverage"], f["against_text"]) == (0.5, 0.667, 1)
    assert f["share_women_gold"] == 0.333 and f["share_women_engine"] == 1.0
    assert f["share_women_gold_with_names"] == 0.5 and f["share_error_per_article"] == 0.667
