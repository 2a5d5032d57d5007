"""Shared sourcing facts: number of a mention, content words, corroboration, lexicon phrases."""

from attribution.model import Span
from attribution.rules.sourcing import content_words, find_phrases, number_of


def test_number_from_count_pronoun_or_plural_head():
    assert number_of("three officials", 3) == "plural"
    assert number_of("a source", 1) == "singular"
    assert number_of("she") == "singular" and number_of("they") == "plural"
    assert number_of("sources close to the talks") == "plural"
    assert number_of("people familiar with the plan") == "plural"


def test_content_words_leave_out_stopwords():
    assert content_words("The council will raise the fees in April") == {"council", "raise", "fees", "april"}


def test_phrases_match_whole_words_across_spaces():
    span = Span(start=10, end=45, text="He is out of his  depth, truly bad.")
    found = list(find_phrases(span, "opinion", "attack"))
    assert [(f.text, f.start) for f in found] == [("out of his  depth", 16)]
    assert not list(find_phrases(Span(start=0, end=12, text="Lieutenants"), "opinion", "attack"))


def test_plural_head_the_role_lexicon_does_not_hold_is_plural():
    assert number_of("Several school principals", role="school principals") == "plural"
    assert number_of("Press freedom groups", role="Press freedom groups") == "plural"
    assert number_of("local police", role="police") == "plural"
    assert number_of("a campaign boss", 1) == "singular"


def test_single_anonymous_claim_needs_a_person_not_a_thing_a_cue_was_misread_for(run):
    from attribution.rules.sourcing import single_anonymous_source_claims

    person = run("The plant will close in March, a factory worker said on Tuesday.")
    assert single_anonymous_source_claims(person.attributions)
    thing = run("The outbreak spread in three villages last month, a report by a regional clinic shows.")
    assert not [a for a in thing.attributions if a.id in single_anonymous_source_claims(thing.attributions)
                and a.source is not None and a.source.type != "document"]


def test_is_person_source_reads_the_head_noun():
    from attribution.model import Descriptors, Source

    def source(text, role=None):
        return Source(start=0, end=len(text), text=text, type="unnamed", anonymous=True, vague=False,
                      descriptors=Descriptors(role=Span(start=0, end=len(role), text=role) if role else None))

    from attribution.rules.sourcing import is_person_source

    assert is_person_source(source("a local man", "local man"))
    assert is_person_source(source("one commenter", "commenter"))
    assert not is_person_source(source("a bacteria", "bacteria"))
    assert not is_person_source(source("Taylor's blood work", "blood work"))
