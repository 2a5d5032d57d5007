"""Shared sourcing facts: number of a mention, content words, corroboration, lexicon phrases."""

from attribution.model import Span
from attribution.sourcing import content_words, find_phrases, number_of


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
