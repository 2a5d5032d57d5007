"""Names inside quotes, found from capitalisation without a parse."""

from attribution.lineage.entities import find_entities
from attribution.lineage.words import tokens


def names(text):
    return [e.text for e in find_entities(text, tokens(text))]


def test_multiword_bodies_without_their_article():
    assert names("The German Foreign Office is continuously adapting its presence") == ["German Foreign Office"]


def test_names_with_of_inside_and_acronyms():
    text = "We told the Ministry of Foreign Affairs in Tehran that NATO is not a party to the talks"
    assert names(text) == ["Ministry of Foreign Affairs", "Tehran", "NATO"]


def test_a_capitalised_word_opening_the_quote_is_not_a_name():
    assert names("Ensuring the safety of our staff remains our highest priority") == []
    assert names("They will not give up") == []


def test_bracketed_insertions_stay_inside_the_name():
    assert names("Ambassador [Matthew] Tueller remains in Iraq") == ["Ambassador [Matthew] Tueller", "Iraq"]
