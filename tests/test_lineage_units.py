"""Units: one per attribution, a quote split by its cue joined, too-short contents left out."""

from attribution.lineage.units import units_of
from provenance_articles import ARTICLES


def test_split_quote_is_one_unit_with_both_spans(run):
    (unit,) = units_of(run(ARTICLES["split"]), article=3)
    assert unit.attributions == ("a1", "a2") and unit.article == 3
    assert unit.text == "We will rebuild every bridge that the storm destroyed … And we will do it before the winter comes."


def test_short_contents_are_left_out(run):
    report = run("The minister described the withdrawal as “minor”. Officials said the talks would resume "
                 "in Geneva next week after a pause of several months.\n")
    assert [u.text for u in units_of(report, 0)] == [
        "the talks would resume in Geneva next week after a pause of several months"]
