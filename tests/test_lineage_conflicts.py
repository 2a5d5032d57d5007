"""When two credits can be the same source."""

from attribution.lineage.conflicts import same_source
from attribution.model import Source, Span


def src(text, type_="unnamed", anonymous=True, resolved=None):
    return Source(start=0, end=len(text), text=text, type=type_, anonymous=anonymous, vague=False,
                  resolved=Span(start=0, end=len(resolved), text=resolved) if resolved else None)


def test_a_fuller_description_fits_the_shorter_one():
    assert same_source(src("a department official"), src("an unnamed department official"))
    assert same_source(src("the State Department", "organization", False),
                       src("a State Department spokesperson", "organization", False))


def test_people_sharing_a_surname_fit():
    assert same_source(src("Governor Maria Lopez", "person", False), src("Lopez", "person", False))
    assert not same_source(src("Governor Maria Lopez", "person", False), src("Senator Paul Grant", "person", False))


def test_an_anaphor_is_judged_by_its_first_full_mention():
    assert not same_source(src("the official", resolved="a senior Iraqi official"), src("a military officer"))


def test_a_bare_spokesman_fits_an_organization_but_not_an_official():
    spokesman = src("a spokesman", "organization", False)
    assert same_source(spokesman, src("the State Department", "organization", False))
    assert not same_source(spokesman, src("a department official"))


def test_an_unresolved_pronoun_neither_agrees_nor_conflicts():
    from attribution.lineage.conflicts import Version, conflicts

    versions = [Version("o1", "direct", src("Governor Maria Lopez", "person", False), None, ()),
                Version("o2", "direct", src("them"), "o1", ())]
    assert conflicts(versions, "o1") == []
