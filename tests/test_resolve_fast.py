"""resolve_fast.py: named or anonymous and type of a source phrase from its words alone."""

from __future__ import annotations

import pytest

from attribution.resolve.fast import describe_words


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


# --- The same conventions as the full path (resolve/resolver.py), read from the words ------------

def _source_of(text, fragment):
    found = [a for a in _fast(text).attributions if fragment in a.content.text]
    assert len(found) == 1, [(a.content.text, a.source.text if a.source else None) for a in _fast(text).attributions]
    return found[0].source


def _first(source):
    return source.resolved.text if source.resolved is not None else source.text


def test_fast_surname_with_a_ranking_before_it_is_the_person_named_before():
    s = _source_of("Spain beat Chile 2-1 as Marta Ilundain won her singles match in straight sets.\n\n"
                   "“I played the best tennis of my year today,” the ninth-ranked Ilundain said.", "best tennis")
    assert not s.anonymous and s.type == "person" and _first(s).endswith("Marta Ilundain")


def test_fast_surname_that_is_also_a_word_is_the_person_named_before():
    s = _source_of("The chains will keep cutting, said veteran industry analyst Ken Doctor.\n\n"
                   "Indeed, Doctor asserts that talks have resumed between the two companies.", "talks have resumed")
    assert not s.anonymous and "Ken Doctor" in _first(s)


def test_fast_definite_description_takes_the_source_with_the_same_head_noun():
    s = _source_of("The authors of the new study argued that the rules had worked.\n\n"
                   "The share of teenagers who smoked fell by a third, the authors wrote.", "share of teenagers")
    assert _first(s) == "The authors of the new study"


def test_fast_generic_body_noun_is_the_named_firm_just_quoted():
    s = _source_of("“We remain cautious on the sector,” said Brannock Institutional Equities.\n\n"
                   "A long slowdown could hurt lenders first, the brokerage said.", "long slowdown")
    assert _first(s) == "Brannock Institutional Equities" and not s.anonymous


def test_fast_he_is_the_subject_of_the_sentence_before_not_a_person_in_its_clause():
    s = _source_of("Quentin Marwick, who represents Dale Oyelaran, said his client would plead not guilty.\n\n"
                   "Marwick declined to say whether Oyelaran slept on the night the inmate died. “They were short "
                   "of staff every night,” he said.", "short of staff")
    assert "Quentin Marwick" in _first(s)


def test_fast_person_named_by_a_surname_shown_elsewhere_to_be_a_person():
    s = _source_of("Eyamba Sowers had not expected the candidate but saw his visit as a pleasant surprise. "
                   "The real estate agent said she related to him as someone raised by a single parent.\n\n"
                   "“He has me thinking now,” said Sowers, who is also weighing two other candidates.", "related to him")
    assert not s.anonymous and _first(s) == "Eyamba Sowers"


def test_fast_description_named_later_is_the_named_person():
    s = _source_of("A state transit chief says fare rises are needed to keep trains running.\n\n"
                   "Interim Transit Police Chief Dana Reyes told reporters that the agency would hire 40 officers.",
                   "fare rises")
    assert not s.anonymous and s.type == "person" and "Dana Reyes" in _first(s)


def test_fast_description_with_a_named_person_in_apposition_is_that_person():
    s = _source_of("Pulsar's chief executive, Ben Okonkwo, said the company took security seriously.", "security")
    assert not s.anonymous and s.resolved is not None and s.resolved.text == "Ben Okonkwo"


def test_fast_agency_spokesman_speaks_for_the_body_named_just_before():
    s = _source_of("Customs and Border Protection tracks seizures by weight.\n\n"
                   "The value of seized drugs is not a reliable measure, an agency spokesman told us.", "reliable measure")
    assert not s.anonymous


def test_fast_spokesman_for_an_unnamed_body_and_union_representatives_are_anonymous():
    assert _source_of("A spokesman for a second insurer said it had never covered such a cargo.", "never covered").anonymous
    assert _source_of("Prison union representatives have long warned that staff shortages are taking a toll.",
                      "staff shortages").anonymous


def test_fast_members_of_a_named_body_and_a_chief_office_are_named():
    assert not _source_of("The nurses, members of Nurses for Safer Wards, said staffing levels were unsafe.",
                          "staffing levels").anonymous
    assert not _source_of("New York's chief medical examiner said the man had died by suicide.",
                          "died by suicide").anonymous


def test_fast_the_statement_is_the_body_that_issued_it():
    s = _source_of("The army said in a statement that the strike had hit a weapons depot.\n\n"
                   "The statement said no civilians were hurt.", "no civilians")
    assert _first(s) == "The army" and not s.anonymous


def test_fast_abbreviated_title_resolves_the_later_title_noun():
    s = _source_of("Gov. Jane Ruiz signed the bill on Monday.\n\n\"This is a good day,\" the governor said.", "good day")
    assert "Jane Ruiz" in _first(s) and not s.anonymous


def test_fast_unknown_capitalised_word_before_said_is_a_name():
    s = _source_of("Shares rose on Monday.\n\nNomura said the ruling favoured the banks.", "favoured the banks")
    assert not s.anonymous


def test_fast_senior_is_no_title_before_a_nationality():
    assert _source_of("The talks stalled on Monday.\n\nA senior European diplomat said the mediators hoped to announce "
                      "a deal before the end of the month.", "mediators").anonymous


def test_fast_body_met_again_by_the_first_words_of_its_name_resolves_to_the_full_name():
    text = ("McClatchy Co. owns 30 papers, including the Kansas City Star.\n\nSacramento-based McClatchy reported a "
            "loss of $304.7 million.\n\nBut the company also reported long-term debt of more than $700 million.")
    assert _first(_source_of(text, "a loss of")).startswith("McClatchy Co")
    assert _first(_source_of(text, "long-term debt")).startswith("McClatchy Co")


def test_fast_acronym_in_capitals_is_a_name_not_the_pronoun_who():
    assert not _source_of("Plague is rare, per the WHO, and is treated with antibiotics.", "treated").anonymous


def test_word_opening_a_sentence_with_an_appositive_is_a_name():
    report = _fast("Kessvik, the Danish pump maker and one of the plant's largest buyers, told regulators that the deal "
                   "would leave it with \"one supplier for every part.\"")
    assert not report.attributions[0].source.anonymous


def test_sentence_adverb_before_an_appositive_is_no_name():
    report = _fast("Moreover, the company, which employs 300 people, said the plant would close.")
    assert report.attributions[0].source.text == "the company" and report.attributions[0].source.resolved is None


def test_spokesman_of_a_person_named_elsewhere_opening_a_sentence_is_not_anonymous():
    report = _fast("Interior Secretary Paula Renwick denied the story.\n\n"
                   "Renwick’s spokesman said the secretary \"works closely with the governor every day.\"")
    assert not report.attributions[-1].source.anonymous


def test_capitalised_words_are_the_words_that_start_with_a_capital():
    """WordArticle finds the capitalised words with one search; they are the word pattern's matches
    whose first character is upper case, on text built of the characters that decide a word's edge."""
    import random

    from attribution.resolve.describe_words import _WORD
    from attribution.resolve.words import _CAPITALISED_WORD

    rng = random.Random(7)
    pieces = ["A", "a", "Å", "ǅ", "Ⅻ", "1", "ß", ".", "-", "'", "’", "&", " ", "\n", "É"]
    texts = ["Ana O’Neil-Ruiz met U.S. envoy Ed Lo at the Port-au-Prince office.", "'Hello.-World A&B x-Y"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for text in texts:
        want = [w.span() for w in _WORD.finditer(text) if w.group()[:1].isupper()]
        assert [w.span() for w in _CAPITALISED_WORD.finditer(text)] == want, text
