"""Step 3: content linked to cue and source, one test per construction, on real sentences."""

from __future__ import annotations

import pytest

from conftest import find


def _only(report):
    assert len(report.attributions) == 1, [a.content.text for a in report.attributions]
    return report.attributions[0]


def _misparsed(nlp, text: str, changes: dict[int, tuple[int, str]]):
    """Return the Report of ``text`` parsed, with the arcs in ``changes`` (token: (head, label)) set
    as the parser sets them in some contexts: a parse error reproduced on a sentence of our own."""
    from spacy.tokens import Doc

    from attribution.auditing.auditor import audit_doc

    parsed = nlp(text)
    heads = [changes.get(t.i, (t.head.i, t.dep_))[0] for t in parsed]
    deps = [changes.get(t.i, (t.head.i, t.dep_))[1] for t in parsed]
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed], heads=heads,
              deps=deps, pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    return audit_doc(doc)


def test_direct_quote_with_cue_after(run):
    a = _only(run("“They will not give up,” the source said."))
    assert (a.kind, a.content.text, a.cue.text, a.source.text) == ("direct", "They will not give up", "said", "the source")


def test_direct_quote_with_inverted_cue_and_named_speaker(run):
    a = _only(run("“This will save lives,” said council member Priya Natarajan."))
    assert a.kind == "direct" and a.source.text == "council member Priya Natarajan" and not a.source.anonymous


def test_direct_quote_after_colon_cue(run):
    a = find(run("The minister spoke briefly, a spokesman said: “We do not comment on the details of any adjustments.”"),
             "We do not comment")
    assert a.kind == "direct" and a.source.text == "a spokesman" and a.cue.text == "said"


def test_indirect_speech_with_that(run):
    a = _only(run("But an unnamed defense official told CNN that the U.S. still expects further retaliation."))
    assert a.kind == "indirect"
    assert a.content.text == "the U.S. still expects further retaliation"
    assert a.source.text == "an unnamed defense official"


def test_indirect_speech_without_that(run):
    a = _only(run("Arash Azizi said Iran’s long-term goal is to see a complete US withdrawal from the region."))
    assert a.content.text == "Iran’s long-term goal is to see a complete US withdrawal from the region"
    assert a.source.text == "Arash Azizi"


def test_indirect_speech_with_cue_after_content(run):
    a = _only(run("The drawdown will continue until after the anniversary of the killing, the Washington Post reported on Wednesday."))
    assert a.content.text == "The drawdown will continue until after the anniversary of the killing"
    assert a.source.text == "the Washington Post" and a.source.type == "media"


def test_parenthetical_cue_splits_content_into_linked_pieces(run):
    report = run("The transition was relatively seamless, he said, but replacing the nominee would be much more acrimonious.")
    first, second = report.attributions
    assert first.content.text == "The transition was relatively seamless"
    assert second.content.text == "replacing the nominee would be much more acrimonious"
    assert second.continues == first.id


def test_according_to_at_start(run):
    a = _only(run("According to the New York Times, this latest security breach has triggered a blame game within the regime."))
    assert (a.kind, a.cue.text, a.source.text) == ("according_to", "According to", "the New York Times")
    assert a.content.text == "this latest security breach has triggered a blame game within the regime"


def test_according_to_at_end(run):
    a = _only(run("The embassy is withdrawing some of its staff ahead of the anniversary, according to media reports."))
    assert a.content.text == "The embassy is withdrawing some of its staff ahead of the anniversary"
    assert a.source.text == "media reports" and a.source.anonymous and a.source.vague


def test_partial_quote_inside_paraphrase_is_mixed(run):
    a = _only(run("A diplomatic source told CNN that the withdrawal will be “minor”."))
    assert a.kind == "mixed" and a.content.text == "the withdrawal will be “minor”"
    assert [v.text for v in a.via] == ["CNN"]


def test_described_as_partial_quote(run):
    a = _only(run("Their source described the move as “de-risking”."))
    assert a.kind == "mixed" and a.content.text == "the move as “de-risking”" and a.cue.text == "described"


def test_confirmed_the_report_with_citing_relay(run):
    a = _only(run("CNN later confirmed the report, citing three anonymous sources familiar with the matter."))
    assert a.content.text == "the report"
    assert a.source.text == "three anonymous sources familiar with the matter"
    assert [v.text for v in a.via] == ["CNN"] and a.rule == "relay_citing"


def test_relay_cited_source_who_said(run):
    a = _only(run("Washington Post cited another unnamed source, familiar with the situation, who said that the withdrawal was temporary."))
    assert a.source.text.startswith("another unnamed source") and [v.text for v in a.via] == ["Washington Post"]
    assert a.content.text == "the withdrawal was temporary"


def test_outlet_reporting_a_named_speaker_is_a_relay(run):
    a = _only(run("Iraqi President Barham Salih said the government refused to take any steps that could disrupt "
                  "the region, Iranian state media reported."))
    assert a.source.text == "Iraqi President Barham Salih" and [v.text for v in a.via] == ["Iranian state media"]


def test_documents_show(run):
    a = _only(run("Documents reviewed by the Courier show that the airline postponed two scheduled engine checks last year."))
    assert a.content.text == "the airline postponed two scheduled engine checks last year"
    assert a.source.type == "document"


def test_statement_saying(run):
    a = _only(run("The city’s finance department issued a statement saying revenues had fallen for three straight quarters."))
    assert a.source.text == "The city’s finance department"
    assert a.content.text == "revenues had fallen for three straight quarters"


def test_vowed_to_is_an_attribution_of_intention(run):
    a = _only(run("Ayatollah Ali Khamenei, Iran’s supreme leader, vowed to retaliate."))
    assert a.content.text == "to retaliate" and a.source.text == "Ayatollah Ali Khamenei"


def test_blamed_for(run):
    a = _only(run("Iran has blamed Israel for the assassination of Fakhrizadeh."))
    assert a.content.text == "Israel for the assassination of Fakhrizadeh" and a.source.text == "Iran"


def test_refusal_to_confirm_or_deny_is_not_an_attribution(run):
    assert run("Israeli officials have refused to confirm or deny the involvement.").attributions == []


def test_scare_quote_is_not_an_attribution(run):
    assert run("The embassy and the surrounding “Green Zone” have been hit by rockets.").attributions == []


def test_quote_split_by_its_cue_is_two_linked_pieces(run):
    report = run("“Here he is,” she said. “Donald’s here, the whole family is here.”")
    first, second = report.attributions
    assert first.source.text == second.source.text == "she"
    assert second.continues == first.id and second.kind == "direct"


def test_paragraph_of_quote_takes_previous_paragraph_speaker(run):
    report = run("Arash Azizi, an author, said Iran’s goal is a complete US withdrawal.\n\n"
                 "“But a sudden withdrawal from Iraq now will actually be dangerous for Iran.”")
    a = find(report, "But a sudden withdrawal")
    assert a.source.text == "Arash Azizi" and a.rule == "previous_paragraph_speaker"


def test_multi_paragraph_quote_pieces_continue_each_other(run):
    report = run("“We used to fill the boat in a morning,” said Anders Holm. “Now we come back half empty.\n\n"
                 "“The young ones are leaving.\n\n“If nothing changes, there will be no fleet left in ten years.”")
    last = find(report, "If nothing changes")
    middle = find(report, "The young ones")
    assert last.continues == middle.id and last.source.text == "Anders Holm"


def test_unclosed_quote_runs_to_paragraph_end_and_rest_is_read(run):
    report = run("The department refused to comment, a spokesman said: “We remain committed to Iraq.\n\n"
                 "Iran has blamed Israel for the killing, the agency said.")
    assert find(report, "We remain committed").content.text == "We remain committed to Iraq."
    assert find(report, "Iran has blamed Israel").source.text == "the agency"


def test_colon_introduces_quote(run):
    a = find(run("Her colleague Paul Martin was blunter: « The stock is in free fall. »"), "The stock")
    assert a.kind == "direct" and "Paul Martin" in a.source.text and a.rule == "colon_introduces_quote"


def test_quote_with_no_source_is_reported_without_one(run):
    a = _only(run("“We will not be silenced, whatever it costs us,” read a banner at the rally."))
    assert a.kind == "direct"


def test_hedge_reportedly(run):
    a = _only(run("The top nuclear scientist was reportedly killed by a remote-controlled machine gun east of Tehran."))
    assert (a.kind, a.cue.text, a.source) == ("unsourced", "reportedly", None)


def test_hedge_is_said_to(run):
    a = _only(run("The software maker Brightloop is said to be planning to cut about 10 percent of its workforce."))
    assert a.kind == "unsourced" and a.cue.text == "is said to"


def test_hedge_it_is_believed(run):
    a = _only(run("It is believed that the cuts will fall mostly on the sales teams."))
    assert a.kind == "unsourced" and a.content.text == "the cuts will fall mostly on the sales teams"


def test_hedge_inside_sourced_claim_is_not_counted_twice(run):
    a = _only(run("US President Donald Trump is said to be pulling out half of the diplomats, Politico reported, "
                  "citing a US official."))
    assert a.kind == "indirect" and a.source.text == "a US official"


def test_claim_inside_hedged_clause_is_carried_by_the_hedge(run):
    a = _only(run("It is believed that at least two earlier security reviews had recommended a drawdown in the autumn, "
                  "but were shelved."))
    assert a.kind == "unsourced" and a.source is None
    a = _only(run("The militia reportedly issued a statement on a Telegram channel on Wednesday threatening further strikes."))
    assert a.kind == "unsourced" and "threatening further strikes" in a.content.text


def test_sourced_claim_with_a_hedge_adverb_keeps_its_source(run):
    a = _only(run("The minister reportedly said that the embassy would close within weeks."))
    assert a.kind == "indirect" and a.source.text == "The minister"


def test_embedded_question_under_a_verb_of_asking_is_not_a_claim(run):
    assert run("Some opposition lawmakers questioned why the government had waited so long to act.").attributions == []
    report = run('Asked whether he was confident, Greer said: "We are confident in the jury."')
    assert [a.content.text for a in report.attributions] == ["We are confident in the jury."]


def test_embedded_question_under_a_negated_cue_is_not_a_claim(run):
    assert run("The Pentagon has not said how many civilian-harm investigations are currently open.").attributions == []


def test_call_with_as_is_not_a_description(run):
    assert run("She did, however, allow Greer to call two former colleagues of Okafor's as witnesses.").attributions == []


def test_mixed_quote_keeps_its_closing_mark(run):
    a = _only(run("The senator called the plan “reckless”."))
    assert a.kind == "mixed" and a.content.text == "the plan “reckless”"


def test_told_an_outlet_after_the_content_puts_the_outlet_in_via(run):
    a = _only(run("Parliament's defence committee will question Saari on Thursday, its chairwoman, Eva Strand, "
                  "told public broadcaster VRT."))
    assert a.source.text.endswith("Eva Strand") and [v.text for v in a.via] == ["public broadcaster VRT"]
    assert a.content.text == "Parliament's defence committee will question Saari on Thursday"


def test_outlet_introduced_by_an_appositive_is_an_outlet_later(run):
    report = run("Kurier, a daily newspaper, revealed the surveillance on Monday. “The prime minister learned of it "
                 "from the newspaper,” her spokesman, Ivo Marek, told Kurier.")
    a = find(report, "learned of it")
    assert a.source.text == "her spokesman, Ivo Marek" and [v.text for v in a.via] == ["Kurier"]


def test_according_to_a_newspaper_relaying_a_named_writer(run):
    a = _only(run("According to the Valdmark Herald, Ruth Alming wrote to the ministry that the yard could not deliver."))
    assert a.source.text == "Ruth Alming" and a.content.text == "the yard could not deliver" and [v.text for v in a.via] == ["the Valdmark Herald"]


def test_relay_citing_between_cue_and_that_clause(run):
    a = _only(run("ABC News reported last year, citing a law enforcement official, that Okafor had also searched "
                  "classified systems."))
    assert a.source.text == "a law enforcement official" and a.source.anonymous
    assert [v.text for v in a.via] == ["ABC News"] and a.content.text == "Okafor had also searched classified systems"


def test_said_in_a_statement_that_with_two_quoted_parts(run):
    a = _only(run('The Defence Ministry said in a statement that the final cost of the programme "has not yet been '
                  'determined" and that any comparison with the 2021 estimate was "premature".'))
    assert a.kind == "mixed" and a.source.text == "The Defence Ministry"
    assert a.content.text.startswith("the final cost") and a.content.text.endswith('"premature"')


def test_passive_told_by_a_source_puts_the_outlet_in_via(run):
    a = _only(run('Reuters was told by a senior European diplomat that allies had been "quietly briefed" on the '
                  'investigation in recent weeks.'))
    assert a.source.text == "a senior European diplomat" and [v.text for v in a.via] == ["Reuters"]
    assert a.content.text.startswith("allies had been")


def test_second_cue_hung_on_the_first_cues_clause_keeps_the_speaker(run):
    report = run('Sarn’s foreign ministry rejected the accusation. In a statement, it said the proposal was "a demand '
                 'for surrender" and insisted that Sarn remained “fully committed” to the process.')
    said, insisted = find(report, "a demand for surrender"), find(report, "fully committed")
    assert said.content.text == 'the proposal was "a demand for surrender"'
    assert insisted.source.resolved.text == "Sarn’s foreign ministry"


def test_subject_the_parser_made_an_object_of_after(run):
    a = find(run("Lestonia's interior minister resigned on Wednesday, two days after Kurier, a daily newspaper, "
                 "revealed that the intelligence service had monitored the phones of five journalists."),
             "monitored the phones")
    assert a.source.text == "Kurier" and a.source.type == "media"


def test_told_an_outlet_that_when_the_parser_finds_no_clause(run):
    a = find(run("Israel has not commented on Fakhrizadeh’s killing, an unnamed senior official in the Trump "
                 "administration told US media that Mossad, Israel’s external intelligence agency, was behind the "
                 "operation."), "Mossad")
    assert a.content.text == "Mossad, Israel’s external intelligence agency, was behind the operation"
    assert [v.text for v in a.via] == ["US media"]


def test_blame_something_on_someone(run):
    a = _only(run("Western officials blame the attacks on the Sons of Karsa."))
    assert a.content.text == "the attacks on the Sons of Karsa" and a.source.text == "Western officials"


def test_quote_after_a_paragraph_ending_in_a_colon_belongs_to_its_statement(run):
    report = run("A State Department spokesperson said staff were safe.\n\n"
                 "The spokesperson’s written statement, released late on Thursday, ran to two paragraphs:\n\n"
                 "“The Department of State has no higher priority than the safety of U.S. personnel.\n\n"
                 "“We have adjusted our staffing in line with our mission.”")
    first, second = find(report, "no higher priority"), find(report, "adjusted our staffing")
    assert first.rule == "colon_introduces_quote" and first.source.text == "The spokesperson"
    assert first.source.resolved.text == "A State Department spokesperson"
    assert second.continues == first.id


def test_wire_headline_credited_with_a_dash(run):
    report = run("US preparing new sanctions on tanker fleet carrying Karvonian oil -sources\n\n"
                 "The United States is preparing new sanctions, two people familiar with the matter said, speaking "
                 "on condition of anonymity because the plans have not been announced.")
    a = find(report, "tanker fleet")
    assert a.rule == "headline_credit" and a.content.text == "US preparing new sanctions on tanker fleet carrying Karvonian oil"
    assert a.source.resolved.text == "two people familiar with the matter" and a.source.anonymity_reason is not None


def test_document_seen_by_an_outlet_is_relayed_via_the_outlet(run):
    a = _only(run("A confidential draft of the framework agreement, seen by Reuters, says both armies would pull "
                  "back 15 km within 30 days of signing."))
    assert a.source.text == "A confidential draft of the framework agreement" and a.source.type == "document"
    assert [v.text for v in a.via] == ["Reuters"]


def test_quote_split_by_an_inverted_cue_is_two_linked_pieces(run):
    report = run("“This withdrawal,” said the official, “is the result of months of warnings that the government "
                 "chose to ignore.”")
    first, second = report.attributions
    assert (first.kind, first.content.text) == ("direct", "This withdrawal")
    assert second.content.text.startswith("is the result") and second.continues == first.id


def test_cue_parsed_as_the_complement_of_what_it_reports(run):
    a = _only(run("Politico reported late Tuesday, citing a person familiar with the White House deliberations, "
                  "that President Hallworth had asked aides for options to close the embassy entirely."))
    assert a.cue.text == "reported" and a.source.text == "a person familiar with the White House deliberations"
    assert [v.text for v in a.via] == ["Politico"] and a.content.text.startswith("President Hallworth had asked")


def test_second_cue_calling_after_said_is_its_own_attribution(run):
    report = run('Rennick’s spokesman said the secretary "works closely with the chief of staff every day" and called '
                 'the reports "fiction."')
    assert [a.content.text for a in report.attributions] == [
        'the secretary "works closely with the chief of staff every day"', 'the reports "fiction."']


def test_calling_something_a_quoted_name(run):
    a = _only(run('They clashed on Wednesday, with Moreland calling Varga\'s health-care plan "a fantasy."'))
    assert a.kind == "mixed" and a.content.text == 'Varga\'s health-care plan "a fantasy."'


def test_what_someone_called_is_a_label_not_a_claim(run):
    report = run('She blamed what she called "a flood of misinformation" for the drop.')
    assert all(a.cue.text != "called" for a in report.attributions)


def test_adverbial_clause_after_the_cue_is_not_reported(run):
    a = _only(run("The United States has begun withdrawing some diplomats, two U.S. officials said on Tuesday, as armed "
                  "groups step up attacks on Western facilities in the capital."))
    assert a.content.text == "The United States has begun withdrawing some diplomats"


def test_title_case_headline_hedge_without_its_auxiliary(run):
    a = _only(run("U.S. Said to Begin Pulling Troops and Staff From Ostrel Embassy as Militia Threats Grow"))
    assert a.kind == "unsourced" and a.cue.text == "Said to"
    assert run("He said to reporters that the plan was sound.").attributions[0].kind == "indirect"


# --- Real news: relays and speakers (issue 12) -----------------------------------------------------

def test_via_outlet_after_the_speaker_is_a_relay_not_part_of_the_source(run):
    report = run("Richardson, via USA Today, said that the rookie \"can't start a fight and then claim bullying.\"")
    a = find(report, "start a fight")
    assert a.source.text == "Richardson" and [v.text for v in a.via] == ["USA Today"]


def test_said_according_to_an_outlet_is_the_speaker_relayed_by_the_outlet(run):
    report = run("Rep. Dana Whitcombe toured the border on Monday.\n\n"
                 "\"We have to pay attention to this,\" she said, according to the Intelligencer.")
    a = find(report, "pay attention")
    assert a.kind == "direct" and a.source.text == "she" and [v.text for v in a.via] == ["the Intelligencer"]


def test_according_to_after_a_verb_of_finding_is_the_source_of_the_claim(run):
    report = run("Engineers hired by the city found corrosion in two of the bridge's supports, according to the "
                 "mayor's office.")
    a = find(report, "corrosion")
    assert a.kind == "according_to" and a.source.text == "the mayor's office"


def test_time_phrase_after_a_name_is_not_part_of_the_source(run):
    report = run("The chain owns 90 papers.\n\n(Alden on Tuesday announced that it had become the largest "
                 "shareholder of Tribune.)")
    s = find(report, "largest shareholder").source
    assert "Tuesday" not in s.text


def test_dateline_in_capitals_is_not_a_speaker(run):
    report = run("NEW DELHI: Nearly 150 travellers returned home on Wednesday after being deported.\n\n"
                 "The flight landed at 6am, an airport official said.")
    assert not [a for a in report.attributions if a.source is not None and a.source.text == "NEW DELHI"]


def test_capitals_label_naming_a_person_in_the_story_is_a_speaker(run):
    report = run("TRUMP: We will win in November\n\nPresident Donald Trump told supporters on Monday that the party "
                 "would win.")
    assert find(report, "We will win").source.text == "TRUMP"


def test_hedge_on_the_verb_of_telling_keeps_the_speaker(run):
    report = run("\"We messed up,\" Thomas allegedly told a supervisor. \"We didn't do any rounds.\"")
    first, second = find(report, "We messed up"), find(report, "any rounds")
    assert first.kind == "direct" and first.source.text == "Thomas" and second.source.text == "Thomas"


def test_quote_with_words_of_the_writer_before_it_is_mixed(run):
    report = run("Border agents \"say you have to pay attention to this, $53 million a week is coming across,\" "
                 "Rep. Dana Whitcombe said.")
    a = find(report, "pay attention")
    assert a.kind == "mixed" and a.content.text.startswith("Border agents")


def test_speaker_tag_after_a_quote_that_ends_its_sentence(run):
    report = run("The candidate arrived late.\n\n“Don’t mind me!” he told them.\n\n“What is happening?” she asked. "
                 "Nobody answered.")
    assert find(report, "mind me").source.text == "he"
    assert find(report, "What is happening").source.text == "she"


def test_name_before_a_comma_and_its_description_is_the_source(run):
    report = run("Walt Disney Co. executive Kevin Mayer said demand was high.\n\n“We had some issues,” Mayer, "
                 "Disney’s chairman of direct-to-consumer and international, said at a conference.")
    s = find(report, "some issues").source
    assert s.text == "Mayer" and s.resolved.text == "Walt Disney Co. executive Kevin Mayer"


def test_relative_clause_cue_takes_no_content_before_its_antecedent(run):
    report = run("Tariffs have strengthened American leverage, said Scott Paul, who heads the Alliance for American "
                 "Manufacturing, a group that has applauded some of the tariff decisions.")
    assert find(report, "leverage").source.text == "Scott Paul"


def test_role_noun_with_a_name_in_apposition_can_speak(run):
    report = run("Senior author Dr. Silvia S. Martins, associate professor of epidemiology at Northfield University, "
                 "commented: \"Heavy use in adolescence is associated with long-term harm.\"")
    assert "Martins" in find(report, "long-term harm").source.text


def test_hedge_on_a_plan_leaves_the_claim_unsourced(run):
    report = run("The contractor, Brenner & Sons, is reportedly planning to keep one lane open during the repairs.")
    a = find(report, "one lane open")
    assert a.kind == "unsourced" and a.source is None


def test_short_second_half_of_a_quote_split_by_its_cue_keeps_the_speaker(run):
    report = run("\"We will not cut corners on safety,\" Governor Ann Lee said. \"Not one.\"")
    second = find(report, "Not one")
    assert second.source.text == "Governor Ann Lee" and second.continues == find(report, "cut corners").id


def test_decision_or_plan_to_act_is_not_a_claim(run):
    assert run("The league decided to move the final to an earlier kickoff.").attributions == []
    assert run("The broadcaster plans to show the races on its app, and intends to charge for it.").attributions == []
    assert _only(run("The club vowed to appeal the ban.")).content.text == "to appeal the ban"


def test_urged_object_to_infinitive(run):
    a = _only(run("The tenants' union urged members to reject the landlord's offer."))
    assert a.content.text == "members to reject the landlord's offer" and a.source.text == "The tenants' union"
    assert _only(run("The mayor appealed to residents to save water.")).content.text == "residents to save water"
    assert _only(run("Rescuers called on hikers to stay off the ridge.")).content.text == "hikers to stay off the ridge"
    assert run("The city called the meeting to discuss the budget.").attributions == []


def test_urged_after_another_cue_rides_on_its_claim(run):
    report = run("The clinic said the outbreak was spreading and urged parents to check their children's shots.")
    assert [a.content.text for a in report.attributions] == ["the outbreak was spreading"]


def test_request_inside_a_hedge_frame_is_carried_by_the_hedge(run):
    a = _only(run("It is believed that the donors urged her to withdraw from the race."))
    assert a.kind == "unsourced" and a.content.text == "the donors urged her to withdraw from the race"


def test_accused_object_of_charge(run):
    a = _only(run("The mayor accused the developer of hiding the true cost of the tower."))
    assert a.content.text == "the developer of hiding the true cost of the tower" and a.source.text == "The mayor"


def test_attributed_object_to_cause(run):
    a = _only(run("The economist attributed the slump in exports to the strong currency."))
    assert a.content.text == "the slump in exports to the strong currency" and a.source.text == "The economist"


def test_cited_object_as_reason(run):
    a = _only(run("The ferry operator cited rising fuel costs as a reason for the fare increase."))
    assert a.content.text == "rising fuel costs as a reason for the fare increase"
    assert run("The ferry operator cited three studies.").attributions == []


def test_called_object_a_name(run):
    a = _only(run("The senator called the proposal a betrayal of rural voters."))
    assert a.content.text == "the proposal a betrayal of rural voters"
    assert run("The team called a timeout with two minutes left.").attributions == []


def test_described_object_as_predicate(run):
    a = _only(run("The coach described the defeat as a wake-up call for the squad."))
    assert a.content.text == "the defeat as a wake-up call for the squad" and a.source.text == "The coach"


def test_judged_object_as_predicate(run):
    a = _only(run("The minister dismissed the leaked memo as a forgery."))
    assert a.content.text == "the leaked memo as a forgery"
    a = _only(run("The founder leaves with a bonus that shareholder Ada Krum slammed on a call as “grossly unfair.”"))
    assert "grossly unfair" in a.content.text and a.source.text == "shareholder Ada Krum"


def test_called_object_a_name_parsed_as_an_appositive(nlp):
    # Some contexts make the parser hang "a turning point" on "merger" as an appositive.
    text = "Investment bank Harlow Brothers had called the tribunal ruling on the steel merger a turning point."
    a = _only(_misparsed(nlp, text, {15: (12, "appos")}))
    assert a.content.text == "the tribunal ruling on the steel merger a turning point"


def test_frame_of_time_place_or_medium_is_not_content(run):
    assert run("In a letter dated May 4, the school board wrote to parents.").attributions == []
    assert run("Then, last spring, the union agreed.").attributions == []
    report = run("Later in the afternoon, the mayor added: “We will rebuild the pier.”")
    assert [(a.content.text, a.source.text) for a in report.attributions] == [("We will rebuild the pier.", "the mayor")]
    report = run("A nurse, who did not want to be named, said the ward was full.")
    assert [a.content.text for a in report.attributions] == ["the ward was full"]


def test_negated_knowledge_is_not_a_claim(run):
    assert run("The caterer didn't know the senator was coming to the dinner.").attributions == []
    assert _only(run("She didn't think the dinner would run late.")).content.text == "the dinner would run late"


def test_no_one_as_the_knower_is_not_a_source(run):
    assert run("No one knows how long the repairs will take.").attributions == []
    assert run("Nobody said the bridge was safe.").attributions == []


def test_embedded_question_under_a_verb_of_knowing_is_not_a_claim(run):
    assert run("Regulators still need to assess which airlines will survive the slump.").attributions == []
    assert _only(run("The engineer explained how the valve works.")).content.text == "how the valve works"


def test_those_with_a_modifier_is_a_group_that_speaks(run):
    a = _only(run("Those in favor of the ban have said that the club ignored the warnings."))
    assert a.source.text == "Those in favor of the ban" and a.content.text == "the club ignored the warnings"
    assert _only(run("Those are the facts, she said.")).source.text == "she"


def test_reported_gerund_complement(run):
    assert _only(run("Other callers reported being cut off in the middle of a call.")).content.text == \
        "being cut off in the middle of a call"
    assert run("She continued working at the clinic.").attributions == []


def test_relative_clause_on_the_object_parsed_as_the_complement(nlp):
    # The parser may take "that ran past an hour" for what was reported, leaving the object out.
    text = "Several diners who phoned the hotline on Friday reported hold times that ran past an hour."
    a = _only(_misparsed(nlp, text, {12: (8, "ccomp")}))
    assert a.content.text == "hold times that ran past an hour"


def test_clause_subject_parsed_as_the_cues_object(run):
    report = run("The fire service said two crews had been sent to the scene, but added the exact source of "
                 "the blaze remained unclear.")
    assert [a.content.text for a in report.attributions] == [
        "two crews had been sent to the scene", "the exact source of the blaze remained unclear"]


def test_adverbial_as_clause_before_the_cue_is_not_content(run):
    assert run("As the verdict was read, the defendant's mother testified outside the court.").attributions == []
    a = _only(run("As the economy slows, demand will fall, the economist said."))
    assert a.content.text == "As the economy slows, demand will fall"


def test_reflexive_object_is_no_report(run):
    assert run("As ticket sales keep sliding, the theaters find themselves squeezed.").attributions == []


def test_bare_participle_after_a_dash_is_not_a_cue(nlp):
    # The parser may make "found" the sentence's verb, with "a germ" its subject and "Malaria is
    # caused by a parasite" its complement.
    text = "Malaria is caused by a parasite - a germ usually found in mosquitoes."
    report = _misparsed(nlp, text, {2: (10, "ccomp"), 6: (10, "punct"), 8: (10, "nsubj"), 10: (10, "ROOT"), 13: (10, "punct")})
    assert report.attributions == []


def test_speaker_colon_record_list_is_not_speech(run):
    report = run("Two people were charged as follows:\n\n"
                 "Mark T. Lund: Burglary, receiving stolen goods, resisting arrest, released on bail.\n\n"
                 "SMITH: Yes, absolutely, no question.")
    assert [(a.source.text, a.content.text) for a in report.attributions] == [("SMITH", "Yes, absolutely, no question")]


def test_quote_reported_inside_a_report_has_its_own_speaker(run):
    report = run("Rafael Ortiz walked into the bar and said, “somebody ought to pay for this,” the district "
                 "attorney's office said.")
    outer, inner = report.attributions
    assert outer.source.text == "the district attorney's office" and outer.content.text.startswith("Rafael Ortiz walked")
    assert (inner.kind, inner.content.text, inner.source.text) == ("direct", "somebody ought to pay for this", "Rafael Ortiz")
    assert [a.source.text for a in run("He said: “We will win,” the coach recalled.").attributions] == ["the coach"]


def test_said_a_and_thinks_b_is_two_claims(run):
    report = run("The landlord says the repairs are finished, and believes the tenants will return in May.")
    assert [(a.content.text, a.source.text) for a in report.attributions] == [
        ("the repairs are finished", "The landlord"), ("the tenants will return in May", "The landlord")]


def test_as_source_reports_clause(run):
    report = run("The port was shut.\n\nAs Ana Ruiz reports for the Ledger, the strike began on Monday, "
                 "when union leaders in Porto announced that the talks had failed.")
    outer, inner = report.attributions
    assert outer.source.text == "Ana Ruiz" and outer.content.text.endswith("the talks had failed")
    assert inner.source.text == "union leaders in Porto" and inner.content.text == "the talks had failed"
    assert run("As we have noted, the tariff is paid by importers.").attributions == []


def test_projects_that_is_a_forecast(run):
    a = _only(run("The Varne Institute projected in March that the toll would cut traffic by a fifth."))
    assert a.content.text == "the toll would cut traffic by a fifth" and a.source.text == "The Varne Institute"
    assert run("Growth is projected to slow next year.").attributions == []


def test_cue_the_tagger_read_as_a_plural_noun(run):
    # "projects" is tagged a noun heading the sentence, "housing office" its modifiers.
    a = _only(run("Separately, the housing office projects that the new rules will cut rents by 2 percent by 2030."))
    assert a.content.text == "the new rules will cut rents by 2 percent by 2030" and a.source.text == "the housing office"
    assert run("The company's building projects that the city approved will cost more.").attributions == []


def test_per_source_is_according_to(run):
    a = _only(run("The virus, per the health ministry, is mostly carried by ticks in the spring."))
    assert (a.kind, a.cue.text, a.source.text) == ("according_to", "per", "the health ministry")
    assert a.content.text == "The virus, per the health ministry, is mostly carried by ticks in the spring"
    assert run("Prices rose 3 per cent last year, and tickets cost five dollars per person.").attributions == []
    assert [a.source.text for a in run("According to the Herald, the former director, Per Alming, wrote to the "
                                       "ministry that the yard was late.").attributions] == ["the former director, Per Alming"]


def test_according_to_between_subject_and_verb_spans_the_clause(run):
    a = _only(run("(WNN) Mayor Ana Cole, according to her office, toured the flooded district on Sunday with the fire chief."))
    assert a.content.text.startswith("Mayor Ana Cole") and a.content.text.endswith("with the fire chief")
    assert _only(run("In 2019, according to the agency, prices rose by a third.")).content.text == "prices rose by a third"


def test_writer_or_reader_is_not_a_source(run):
    assert run("We must add that the survey covers only urban households.").attributions == []
    assert run("That is clear when you consider that the mayor has changed his mind before.").attributions == []
    assert _only(run("I think the plan will fail, she said.")).source.text == "she"


def test_noun_cue_with_its_source_and_claim(run):
    a = _only(run("The council approved the pier, overriding warnings from the city's own finance office that the "
                  "project could drain its reserves."))
    assert (a.cue.text, a.source.text, a.content.text) == ("warnings", "the city's own finance office",
                                                          "the project could drain its reserves")
    assert run("The statement from the ministry that was released on Monday ran to two pages.").attributions == []


def test_of_the_view_that(run):
    a = _only(run("Growers and millers are of the view that the harvest will be late this year."))
    assert a.source.text == "Growers and millers" and a.content.text == "the harvest will be late this year"


def test_accused_with_no_accuser_is_a_hedge(run):
    report = run("Last year, the club's owners were accused of faking the attendance figures—and league officials "
                 "later confirmed that the real numbers had been far lower.")
    assert [(a.kind, a.content.text) for a in report.attributions] == [
        ("unsourced", "Last year, the club's owners were accused of faking the attendance figures"),
        ("indirect", "the real numbers had been far lower")]
    assert run("The firm was accused of fraud by regulators.").attributions == []


def test_clause_before_a_semicolon_is_not_the_cues(run):
    a = _only(run("The new owners may not change course; Ms. Vale has said that she expects to sell two mills."))
    assert a.content.text == "she expects to sell two mills"


def test_wish_as_a_bare_participle_is_a_state_not_a_statement(run):
    report = run("The farmer said he knew little about the plan, but the meeting left him curious and wanting to hear more.")
    assert [a.content.text for a in report.attributions] == ["he knew little about the plan"]


def test_voiced_concerns_that(run):
    a = _only(run("Several parents have voiced fears that the school is hiding test results from them."))
    assert a.source.text == "Several parents" and a.content.text == "the school is hiding test results from them"
    assert run("The union raised concerns about safety.").attributions == []


def test_members_among_a_group_that_said(run):
    a = _only(run("Since then, Harlan Foods, Brightmart and the toy maker Quillo are among chains that said they "
                  "cut staff because of the new levy."))
    assert a.source.text == "Harlan Foods, Brightmart and the toy maker Quillo"
    assert a.content.text == "they cut staff because of the new levy"


def test_the_thinking_goes_is_a_hedge(run):
    report = run("Fans of the new stadium say it will revive the district. Once the bars fill up, the argument goes, "
                 "the shops will follow.")
    assert [(a.kind, a.content.text) for a in report.attributions] == [
        ("indirect", "it will revive the district"),
        ("unsourced", "Once the bars fill up, the argument goes, the shops will follow")]
    assert run("The story goes on for pages.").attributions == []


def test_hedged_request_stays_a_hedge(run):
    a = _only(run("The company reportedly told managers last week to draw up lists of roles that could be cut."))
    assert a.kind == "unsourced" and a.source is None


def test_said_per_a_reporter_is_the_speaker_relayed_by_the_reporter(run):
    report = run("Posts about the outbreak were deleted.\n\n“Don't hide things like this,” one forum user said, "
                 "per Ruiz. “Let’s face it together.”")
    a = find(report, "hide things")
    assert a.source.text == "one forum user" and [v.text for v in a.via] == ["Ruiz"]


def test_outlet_credit_glued_to_the_first_word_is_not_content_or_source(run):
    report = run("(Reuters)The harbour master said the port would reopen on Friday.\n\n"
                 "(AP)Mayor Lena Ortiz, according to her office, left the city on Sunday for talks.")
    assert find(report, "port would reopen").source.text == "The harbour master"
    trip = find(report, "left the city")
    assert trip.content.text.startswith("Mayor Lena Ortiz") and trip.source.text == "her office"


SPORTS_NOTES = ("The Hawks won 101-99 on Saturday.\n\nTIP-INS\n\nRangers: F Ana Diaz missed her third straight game "
                "with a knee sprain. Coach Lee said she was available if needed.\n\nUP NEXT\n\n"
                "Hawks: Host the Rangers on Monday.")


def test_team_labelled_notes_under_a_heading_are_not_speech(run):
    report = run(SPORTS_NOTES)
    assert [(a.content.text, a.source.text) for a in report.attributions] == [("she was available if needed", "Coach Lee")]


def test_hedge_on_the_verb_of_telling_is_not_a_claim_of_its_own(run):
    report = run("\"We lost the keys,\" Hale allegedly told a supervisor.")
    assert [(a.kind, a.source.text) for a in report.attributions] == [("direct", "Hale")]


@pytest.mark.parametrize("fast", [False, True])
def test_according_to_with_quoted_words_stays_according_to(fast):
    from attribution import audit

    report = audit("According to court records, the guards signed \"false certifications\" that they had made the rounds.\n\n"
                   "According to the ministry, \"the border will stay closed until further notice.\"", fast=fast)
    assert find(report, "false certifications").kind == "according_to"
    assert find(report, "border will stay closed").kind == "direct"


@pytest.mark.parametrize("fast", [False, True])
def test_second_predicate_after_a_parenthetical_cue_is_part_of_one_claim(fast):
    from attribution import audit

    one = audit("The crew found the leak, Ruiz said, and “sealed” the valve within an hour.", fast=fast)
    assert [a.content.text for a in one.attributions] == ["The crew found the leak, Ruiz said, and “sealed” the valve within an hour"]
    two = audit("The crew found the leak, Ruiz said, and the foreman sealed the valve within an hour.", fast=fast)
    assert [a.content.text for a in two.attributions] == ["The crew found the leak", "the foreman sealed the valve within an hour"]


@pytest.mark.parametrize("fast", [False, True])
def test_feel_with_no_clause_is_a_sensation_not_a_view(fast):
    from attribution import audit

    assert not audit("That means renters could feel the squeeze harder than owners do.", fast=fast).attributions
    assert audit("Many residents feel the new rules are unfair.", fast=fast).attributions[0].content.text == "the new rules are unfair"


def test_elided_verb_phrase_is_no_claim(run):
    assert not run("The guards falsified the logs to show that they had.").attributions


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("text, fragment, speaker", [
    ("Mayor Ann Cole met the press. \"That is simply false,\" Cole shot back.", "simply false", "Cole"),
    ("\"We won the whole thing,\" she beamed.", "whole thing", "she"),
    ("Mayor Ruth Adler shrugged off the protest, telling reporters, \"People have a right to march.\"", "right to march", "Mayor Ruth Adler"),
    ("Rep. Dana Whitfield (D-Ore.) said the bill would pass easily.", "pass easily", "Rep. Dana Whitfield"),
    ("The plant will close in March, according to Mr. Ballard.", "close in March", "Mr. Ballard"),
    ("Omar Delgado, chief executive of Brightline, a Denver company, said sales had doubled.", "doubled", "Omar Delgado"),
    ("BOSTON, June 9 (UPI) — Former Attorney General Mark Dolan told delegates that the party had lost its way.", "lost its way",
     "Former Attorney General Mark Dolan"),
])
def test_speaker_of_a_quote_or_report_in_the_shapes_of_wire_copy(fast, text, fragment, speaker):
    from attribution import audit

    assert find(audit(text, fast=fast), fragment).source.text == speaker


@pytest.mark.parametrize("fast", [False, True])
def test_pronoun_after_a_saint_place_is_the_person(fast):
    from attribution import audit

    report = audit("At a supper in St. Albans, Vermont, 71-year-old Harold Briggs complained about the roads. "
                   "“They never fix anything,” he said.", fast=fast)
    assert "Harold Briggs" in find(report, "never fix").source.resolved.text


@pytest.mark.parametrize("fast", [False, True])
def test_title_in_quote_marks_after_a_preposition_is_not_speech(fast):
    from attribution import audit

    one = audit('The plan is dead, Brandt said on "Morning Table."', fast=fast)
    assert [(a.content.text, a.source.text) for a in one.attributions] == [("The plan is dead", "Brandt")]
    two = audit('Brandt said on "Morning Table" that the plan was dead.', fast=fast)
    assert [a.content.text for a in two.attributions] == ["the plan was dead"]
