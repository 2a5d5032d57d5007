"""Word diffs between two versions of a quote: relation, changes, and names that changed."""

from attribution.lineage.drift import compare
from attribution.lineage.entities import find_entities
from attribution.lineage.words import tokens


def drift(before, after):
    a, b = tokens(before), tokens(after)
    return compare(a, b, find_entities(before, a), find_entities(after, b))


def test_case_and_punctuation_are_not_changes():
    d = drift("We will rebuild the bridges, all of them.", "we will rebuild the Bridges all of them")
    assert d.relation == "exact" and d.changes == ()


def test_a_quote_cut_short_is_in_part():
    d = drift("We will rebuild every bridge before the winter comes", "We will rebuild every bridge")
    assert d.relation == "in_part"
    assert [(c.op, c.before) for c in d.changes] == [("not_quoted", "before the winter comes")]


def test_a_longer_version_is_extended():
    d = drift("We will rebuild every bridge", "We will rebuild every bridge before the winter comes")
    assert d.relation == "extended" and d.changes[0].op == "extra"


def test_reworded_words_are_replaced():
    d = drift("We will rebuild every bridge the storm destroyed", "We will repair each bridge the storm destroyed")
    assert d.relation == "reworded"
    assert [(c.op, c.before, c.after) for c in d.changes] == [("replaced", "rebuild every", "repair each")]
    assert d.renamed == ()


def test_a_body_renamed_inside_the_quote():
    d = drift("The State Department continually adjusts its diplomatic presence",
              "The German Foreign Office is continuously adapting its diplomatic presence")
    assert d.renamed == (("State Department", "German Foreign Office"),)


def test_a_name_written_differently_is_not_renamed():
    d = drift("Troops of the U.S. Army will stay in the region", "Troops of the US Army will stay in the region")
    assert d.renamed == () and d.relation == "exact"


def test_a_long_replaced_passage_is_not_a_renamed_body():
    d = drift("The Pentagon said the troops would stay in the region for the rest of the year",
              "The Pentagon said Senator Paul Grant and Governor Maria Lopez had asked the White House for help the "
              "rest of the year")
    assert d.renamed == ()
