"""resolve_fast.py: named or anonymous and type of a source phrase from its words alone."""

from __future__ import annotations

import pytest

from attribution.resolve_fast import describe_words


@pytest.mark.parametrize("phrase, kind, anonymous", [
    ("Mayor Jane Ortiz", "person", False),
    ("an unnamed defense official", "unnamed", True),
    ("three people familiar with the negotiations", "unnamed", True),
    ("the State Department", "organization", False),
    ("the Washington Post", "media", False),
    ("Reuters", "media", False),
    ("the Pentagon", "organization", False),
    ("documents reviewed by the Courier", "document", True),
])
def test_describe_words(phrase, kind, anonymous):
    info = describe_words(phrase)
    assert (info.type, info.anonymous) == (kind, anonymous)


def test_bare_group_is_vague():
    assert describe_words("critics").vague
    assert not describe_words("a senior official").vague


def _fast(text):
    from attribution import audit

    return audit(text, fast=True)


def test_anonymity_reason_in_the_source_sentence():
    text = ("A senior official at the health department, who was not authorized to speak to the media, said the agency "
            "had warned the governor's office about falling rates.")
    source = _fast(text).attributions[0].source
    assert source.anonymous
    assert source.anonymity_reason.text == "who was not authorized to speak to the media"


def test_anonymity_reason_in_the_next_sentence():
    text = ("Two officials said the talks had stalled. They requested anonymity for fear of retaliation.")
    source = _fast(text).attributions[0].source
    assert source.anonymity_reason.text == "requested anonymity for fear of retaliation"


def test_anonymity_reason_shared_by_later_mentions():
    text = ("One senior Sardian official, who asked not to be named, said the strike had handed the group a recruiting "
            "tool. The official said the government would protest.")
    report = _fast(text)
    reasons = {a.source.anonymity_reason.text for a in report.attributions if a.source and a.source.anonymous}
    assert reasons == {"who asked not to be named"}


def test_named_source_has_no_reason():
    assert _fast("Mayor Jane Ortiz said the bridge would reopen in May.").attributions[0].source.anonymity_reason is None


def test_appositive_name_is_the_source():
    source = _fast("Nordlinjen's chief executive, Mads Kjær, said no such talks had taken place.").attributions[0].source
    assert not source.anonymous and source.resolved.text == "Mads Kjær"


def test_partitive_takes_the_group_it_is_part_of():
    text = ("Halvard has hired Carnegie to run the process, according to three people familiar with the matter. "
            "First-round bids are due in late April, one of the people said. A deal could value the unit at $900 "
            "million, two of the people said.")
    report = _fast(text)
    groups = {a.source.resolved.text if a.source.resolved else a.source.text for a in report.attributions}
    assert groups == {"three people familiar with the matter"}


def test_definite_body_takes_the_named_body():
    text = ("Pellmont Foods said organic sales fell 3.6%. The company said it expected earnings to recover next year.")
    sources = [a.source for a in _fast(text).attributions]
    assert sources[1].resolved.text == "Pellmont Foods" and not sources[1].anonymous


def test_pronoun_skips_a_person_of_the_other_gender():
    text = ("Gloria Ybarra said nobody warned them about the smoke. Mr. Hoffmann said the study was careful. "
            "She said they would have left sooner.")
    sources = [a.source for a in _fast(text).attributions]
    assert sources[2].resolved.text == "Gloria Ybarra"


def test_age_after_a_name_is_not_the_source():
    a = _fast("Former detective Kevin Caldwell, 44, said the payments took place in the spring of 2018.").attributions[0]
    assert a.source.text == "Former detective Kevin Caldwell"


def test_time_phrase_before_a_pronoun_source():
    a = _fast("Marjorie Keane declined interviews. On Thursday she said she was proud of the team.").attributions[0]
    assert a.source.text == "she"


def test_anonymous_descriptors():
    text = ("Two senior defense officials familiar with the talks said the deal was close. "
            "A Pentagon official said nothing was agreed.")
    first, second = (a.source for a in _fast(text).attributions)
    assert first.count == 2 and first.descriptors.count.text == "Two"
    assert first.descriptors.role.text == "senior defense officials"
    assert first.descriptors.knowledge.text == "familiar with the talks"
    assert second.count == 1 and second.descriptors.affiliation.text == "Pentagon"


def test_source_before_a_relative_clause_between_commas():
    a = _fast("An official at the Ministry of Finance, who is familiar with the plan, said it was fine.").attributions[0]
    assert a.source.text == "An official at the Ministry of Finance" and a.content.text == "it was fine"
    assert a.source.descriptors.knowledge.text == "who is familiar with the plan"


def test_hedge_frame_that_is_a_sources_own_words_is_not_repeated():
    report = _fast("Sources said the plan was dead.")
    assert [(a.kind, a.content.text) for a in report.attributions] == [("indirect", "the plan was dead")]


def test_spokesperson_of_a_body_named_by_a_modifier_is_not_anonymous():
    a = _fast("A State Department spokesperson said the embassy would remain open.").attributions[0]
    assert not a.source.anonymous


def test_analysts_at_a_named_firm_are_not_anonymous():
    a = _fast("Analysts at Berenberg said the deal would lift earnings next year.").attributions[0]
    assert not a.source.anonymous


def test_definite_role_takes_the_named_person_who_holds_it():
    text = ("U.S. District Judge Rosalind Tate ruled that the evidence could be shown. "
            "The judge said the trial would resume on Monday.")
    sources = [a.source for a in _fast(text).attributions]
    assert sources[-1].resolved.text == "U.S. District Judge Rosalind Tate" and not sources[-1].anonymous


@pytest.mark.parametrize("text, anonymous", [
    ("Senior officials said the talks had stalled.", True),
    ("Another spokesperson said the plan was on hold.", True),
    ("Researchers at a lab in California said the results were preliminary.", True),
    ("Analysts at several Wall Street banks said the deal was fair.", True),
])
def test_sentence_opening_capitals_do_not_name_a_body(text, anonymous):
    source = _fast(text).attributions[0].source
    assert source.anonymous is anonymous
    assert source.descriptors.affiliation is None or source.descriptors.affiliation.text not in ("Senior", "Another")


def test_a_named_person_is_not_the_company():
    text = "Jamie Dimon said the economy was strong. The company said profits rose. It said costs fell."
    sources = [a.source for a in _fast(text).attributions]
    assert all(s.resolved is None or s.resolved.text != "Jamie Dimon" for s in sources[1:])


def test_the_department_is_not_its_spokeswoman():
    text = ("The department's spokeswoman, Carla Jimenez, said schools were told. The department said the cluster "
            "was contained.")
    sources = [a.source for a in _fast(text).attributions]
    assert sources[1].resolved is None or sources[1].resolved.text != "Carla Jimenez"
