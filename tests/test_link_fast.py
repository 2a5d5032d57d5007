"""link/fast.py: the parse-free fast path finds the common shapes of attribution in real sentences."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS


def fast(text):
    from attribution import audit

    return audit(text, fast=True)


def only(report):
    assert len(report.attributions) == 1, [a.content.text for a in report.attributions]
    return report.attributions[0]


def test_quote_then_cue():
    a = only(fast("“They could come back,” the official told AFP news agency."))
    assert (a.kind, a.content.text, a.source.text) == ("direct", "They could come back", "the official")


def test_cue_then_clause_without_that():
    a = only(fast("Council member Tom Reyes said the library would cost $12 million."))
    assert a.content.text == "the library would cost $12 million"
    assert a.source.text == "Council member Tom Reyes" and not a.source.anonymous


def test_told_with_that():
    a = only(fast("An unnamed defense official told CNN that the U.S. is prepared to defend itself."))
    assert a.content.text == "the U.S. is prepared to defend itself"
    assert a.source.anonymous and a.source.text == "An unnamed defense official"


def test_clause_then_inverted_cue_with_relative_clause():
    text = ("The sale could be announced as early as next month, said one of the people, who spoke on "
            "condition of anonymity because the talks are confidential.")
    a = only(fast(text))
    assert a.content.text == "The sale could be announced as early as next month"
    assert a.source.text == "one of the people"


def test_appositive_source():
    a = only(fast("A government spokeswoman, Lena Fischer, said the prime minister had spoken to Solberg by telephone."))
    assert a.content.text.startswith("the prime minister had spoken")
    assert a.source.text == "A government spokeswoman"


def test_according_to_takes_the_longer_side():
    a = only(fast("According to the state health department, 34 cases have been confirmed since March."))
    assert a.kind == "according_to"
    assert a.content.text == "34 cases have been confirmed since March"
    assert a.source.text == "the state health department" and not a.source.anonymous


def test_hedge_adverb_is_unsourced():
    a = only(fast("The storm reportedly destroyed more than 200 homes along the coast."))
    assert a.kind == "unsourced" and a.source is None and a.cue.text == "reportedly"


def test_refusal_and_passive_frames_are_not_cues():
    report = fast("The State Department declined to say how many staff had left. The plant is expected to "
                  "close in May. The agency responded to requests for comment.")
    assert report.attributions == []


def test_voice_inside_a_claim_is_not_a_second_attribution():
    a = only(fast("The analyst said several large funds had privately urged management to pursue an acquisition."))
    assert a.source.text == "The analyst"


def test_pronoun_takes_the_earlier_speaker():
    report = fast("Mayor Elena Brandt said the cuts were painful. She said the city had no other choice.")
    second = report.attributions[1]
    assert second.source.text == "She" and second.source.resolved.text == "Mayor Elena Brandt"
    assert second.source.source_id == report.attributions[0].source.source_id


def test_quote_without_cue_takes_the_paragraph_speaker():
    report = fast("Dr. Achterberg said the outbreak was serious. “We are asking every parent to check their "
                  "children's records today.”")
    quote = next(a for a in report.attributions if a.kind == "direct")
    assert quote.source.text == "Dr. Achterberg"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_fast_spans_are_the_original_text_and_deterministic(path):
    text = path.read_text(encoding="utf-8")
    report = fast(text)
    assert report.attributions
    for a in report.attributions:
        assert text[a.content.start:a.content.end] == a.content.text
        if a.source is not None:
            assert text[a.source.start:a.source.end] == a.source.text
    assert json.loads(report.model_dump_json()) == json.loads(fast(text).model_dump_json())
    assert report.model_dump_json() == fast(text).model_dump_json()


def test_audit_fast_flag_on_the_command_line(tmp_path, capsys):
    from attribution.cli import main

    path = tmp_path / "story.txt"
    path.write_text("Council member Tom Reyes said the library would cost $12 million.\n", encoding="utf-8")
    assert main(["audit", str(path), "--fast", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [a["rule"] for a in report["attributions"]] == ["fast_cue_before_content"]


def test_relay_citing_credits_the_cited_source_via_the_outlet():
    a = only(fast("The Financial Times reported on Monday, citing a person briefed on the discussions, that Veltrix "
                  "had hired Goldman Sachs to advise on the deal."))
    assert a.content.text == "Veltrix had hired Goldman Sachs to advise on the deal"
    assert a.source.text == "a person briefed on the discussions" and a.source.anonymous
    assert [v.text for v in a.via] == ["The Financial Times"]


def test_parenthetical_cue_gives_two_linked_pieces():
    report = fast("Too often, Mr. Clarke said, the debate over the future of coal is infected with tribalism.")
    first, second = report.attributions
    assert (first.content.text, second.content.text) == ("Too often", "the debate over the future of coal is infected with tribalism")
    assert second.continues == first.id and second.source.text == "Mr. Clarke"


def test_a_verb_form_after_a_determiner_is_a_noun():
    report = fast("Councillor Ruth Abernathy, one of the two members who voted against the plan, called the decision "
                  "\"reckless\" and said the council was \"gambling with money we don't have.\"")
    assert [a.cue.text for a in report.attributions] == ["called", "said"]
    assert {a.source.text for a in report.attributions} == {"Councillor Ruth Abernathy"}


def test_citing_at_the_end_credits_the_cited_source_via_the_outlet():
    a = only(fast("The U.S. embassy in Baghdad is now temporarily withdrawing some staff, the Washington Post "
                  "reported on Wednesday, citing an unnamed source familiar with the withdrawal."))
    assert a.content.text == "The U.S. embassy in Baghdad is now temporarily withdrawing some staff"
    assert a.source.text == "an unnamed source familiar with the withdrawal" and a.source.anonymous
    assert [v.text for v in a.via] == ["the Washington Post"]


def test_a_named_spokesperson_or_role_is_not_anonymous():
    report = fast("Pulsar's chief executive, Ben Okonkwo, said the company takes security seriously. "
                  "A spokeswoman for Corvane said the company does not comment on rumours.")
    assert [a.source.anonymous for a in report.attributions] == [False, False]
    assert report.attributions[0].source.type == "person"
