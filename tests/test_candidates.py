"""Step 2b: quotations found from their marks, never lost when a mark is missing."""

from __future__ import annotations

from attribution.read.boilerplate import split_paragraphs
from attribution.link.candidates import find_quotes


def _quotes(text):
    return [(text[q.start:q.end], q.close_mark is None, q.continues_previous)
            for q in find_quotes(text, split_paragraphs(text))]


def test_curly_quote_is_found_without_marks_or_trailing_comma():
    assert _quotes("“They will not give up,” the source said.") == [("They will not give up", False, False)]


def test_straight_quotes_pair_up():
    assert _quotes('"Cod are moving north," she said.') == [("Cod are moving north", False, False)]


def test_unclosed_quote_runs_to_end_of_paragraph_and_next_paragraph_is_still_read():
    text = ("A spokesman said: “We do not comment on the details.\n\n"
            "Iran has blamed Israel, the minister said. “It was an attack,” he added.")
    found = _quotes(text)
    assert found[0] == ("We do not comment on the details.", True, False)
    assert found[1] == ("It was an attack", False, False)


def test_unclosed_quote_stops_at_the_next_opening_mark():
    found = _quotes("He said “first part and then “second part” ended.")
    assert found == [("first part and then", True, False), ("second part", False, False)]


def test_multi_paragraph_quote_continues_previous_paragraph():
    text = ("“We used to fill the boat in a morning,” said Anders Holm. “Now we come back half empty.\n\n"
            "“The young ones are leaving.\n\n"
            "“If nothing changes, there will be no fleet left.”")
    found = _quotes(text)
    assert [f[2] for f in found] == [False, False, True, True]
    assert found[-1] == ("If nothing changes, there will be no fleet left.", False, True)


def test_quotes_in_boilerplate_lines_are_ignored():
    text = "Sign up for our newsletter: “The smartest local news, every morning,” says our editor.\n\nBody."
    assert _quotes(text) == []


def test_a_capitalised_quotation_after_a_preposition_is_a_title():
    from attribution.read.boilerplate import split_paragraphs
    from attribution.link.candidates import find_quotes, is_title

    text = 'She said on "Morning Table." He pointed to "serious flaws" in it.'
    title, words = find_quotes(text, split_paragraphs(text))
    assert is_title(text, title) and not is_title(text, words)
