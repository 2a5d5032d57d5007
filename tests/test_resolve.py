"""Step 4: anaphors, named or anonymous, type, descriptors and reasons."""

from __future__ import annotations

from conftest import find


def test_source_said_anaphor_resolves_to_most_recent_anonymous_source(run):
    report = run("A diplomatic source told CNN that the withdrawal will be minor. But an unnamed defense official "
                 "told CNN that the U.S. still expects further retaliation. “They will not give up,” the source said.")
    s = find(report, "They will not give up").source
    assert s.text == "the source" and s.resolved.text == "an unnamed defense official"
    assert s.anonymous and s.type == "unnamed" and s.descriptors.role.text == "defense official"


def test_spokesman_added_resolves_to_first_mention(run):
    report = run("The State Department refused to confirm reports of a withdrawal, a spokesman said.\n\n"
                 "“Ambassador Tueller remains in Iraq,” the spokesman added.")
    s = find(report, "Ambassador Tueller").source
    assert s.resolved.text == "a spokesman"


def test_spokesman_of_a_named_body_is_not_anonymous(run):
    s = find(run("A US State Department spokesperson said the safety of US citizens remains the priority."),
             "safety").source
    assert not s.anonymous and s.type == "organization"


def test_pronoun_speaker_resolves_to_named_person(run):
    report = run("Mayor Elena Brandt defended her budget on Thursday night.\n\n“Nobody ran for office to close libraries,” she said.")
    s = find(report, "Nobody ran").source
    assert s.text == "she" and s.resolved.text == "Elena Brandt" and not s.anonymous and s.type == "person"


def test_short_outlet_name_resolves_to_full_name(run):
    report = run("The embassy is withdrawing staff, the Washington Post reported on Wednesday, citing an unnamed source.\n\n"
                 "The Post said it was still unclear how many employees would be withdrawn.")
    s = find(report, "still unclear").source
    assert s.text == "The Post" and s.resolved.text == "the Washington Post" and s.type == "media"


def test_possessive_source_resolves_to_the_singular_anonymous_source(run):
    report = run("The embassy is withdrawing staff, the Washington Post reported, citing an unnamed source familiar with "
                 "the withdrawal. CNN later confirmed the report, citing three anonymous sources familiar with the matter.\n\n"
                 "Their source described the move as “de-risking”.")
    s = find(report, "de-risking").source
    assert s.resolved.text == "an unnamed source familiar with the withdrawal"


def test_descriptors_of_an_anonymous_group(run):
    s = find(run("CNN later confirmed the report, citing three anonymous sources familiar with the matter."),
             "the report").source
    assert s.count == 3 and s.descriptors.count.text == "three"
    assert s.descriptors.knowledge.text == "familiar with the matter"


def test_affiliation_and_role_descriptors(run):
    s = find(run("A senior official at the Harbor Authority said the board had approved the deal."), "board").source
    assert s.anonymous and s.descriptors.affiliation.text == "the Harbor Authority"
    assert s.descriptors.role.text == "senior official" and s.count == 1


def test_anonymity_reason_in_relative_clause(run):
    s = find(run("A senior official at the Harbor Authority, who was not authorized to speak publicly, said the board "
                 "had approved the deal."), "board").source
    assert s.anonymity_reason.text == "who was not authorized to speak publicly"


def test_anonymity_reason_because_talks_confidential(run):
    s = find(run("The sale could be announced next month, said one of the people, who spoke on condition of anonymity "
                 "because the talks are confidential."), "The sale").source
    assert "because the talks are confidential" in s.anonymity_reason.text


def test_anonymity_reason_in_the_next_sentence(run):
    report = run("Three employees of Harborline Partners said the firm had hired outside lawyers. "
                 "They requested anonymity for fear of retaliation.")
    s = find(report, "outside lawyers").source
    assert s.anonymity_reason.text == "requested anonymity for fear of retaliation"


def test_no_reason_given(run):
    s = find(run("An unnamed Iraqi official said the staff would leave."), "staff").source
    assert s.anonymous and s.anonymity_reason is None


def test_vague_group_is_anonymous_and_vague(run):
    s = find(run("Some critics say the authority is moving too fast."), "too fast").source
    assert s.anonymous and s.vague


def test_named_organization_is_not_anonymous(run):
    s = find(run("Iranian intelligence now says it has identified the individuals involved."), "identified").source
    assert not s.anonymous and s.type == "organization" and not s.vague


def test_plural_officials_with_a_nationality_are_anonymous_but_not_vague(run):
    s = find(run("US officials announced they would reduce the number of troops."), "reduce").source
    assert s.anonymous and not s.vague and s.descriptors.affiliation.text == "US"


def test_sources_list_groups_mentions_of_one_source(run):
    report = run("A senior Iraqi official termed the withdrawal a “minor drawdown”.\n\n“They could come back,” the official told AFP.")
    ids = {a.source.source_id for a in report.attributions}
    assert len(ids) == 1 and len(report.sources) == 1
    assert report.sources[0].attributions == [a.id for a in report.attributions]
