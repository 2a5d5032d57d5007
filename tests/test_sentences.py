"""prepare/sentences.py: one splitter for the fast path, the resolver's words, the rules and the check server."""

from __future__ import annotations

from attribution.prepare.sentences import LONG_SENTENCE, SentenceIndex, sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


def test_sentence_ends_at_a_period_before_a_capital():
    assert _split("The mill will close. Workers were told on Monday.") == [
        "The mill will close.", "Workers were told on Monday."]


def test_title_and_initial_do_not_end_a_sentence():
    text = "Mr. Reyes met Sen. J. Ruiz on Tuesday. They spoke for an hour."
    assert _split(text) == ["Mr. Reyes met Sen. J. Ruiz on Tuesday.", "They spoke for an hour."]


def test_abbreviation_ends_a_sentence_before_an_opener():
    text = "The deal needs the approval of the U.S. This could take a year."
    assert _split(text) == ["The deal needs the approval of the U.S.", "This could take a year."]


def test_quoted_question_goes_on_into_its_tag():
    text = "“Who would have believed it?” Ana Ruiz said. The crowd laughed."
    assert _split(text) == ["“Who would have believed it?” Ana Ruiz said.", "The crowd laughed."]


def test_closing_quote_stays_with_its_sentence():
    assert _split("He said “it is over.” Then he left.") == ["He said “it is over.”", "Then he left."]


def test_a_sentence_may_open_with_an_emoji():
    assert _split("The plan was dropped, a source said. 🙈 Then an aide spoke.") == [
        "The plan was dropped, a source said.", "🙈 Then an aide spoke."]


def test_lower_case_text_is_cut_at_every_period_when_a_sentence_runs_long():
    text = "the mayor spoke. " * (LONG_SENTENCE // 10)
    pieces = sentences(text, 0, len(text))
    assert len(pieces) > 1 and all(b - a <= LONG_SENTENCE for a, b in pieces)


def test_index_gives_the_sentence_of_a_position_and_of_a_span():
    text = "A dam broke. Crews came.\nThe mayor said the water would recede. Nobody was hurt."
    index = SentenceIndex(text)
    assert [text[a:b] for a, b in index.spans] == [
        "A dam broke.", "Crews came.", "The mayor said the water would recede.", "Nobody was hurt."]
    at = text.index("water")
    assert index.reaching(at) == (text.index("The mayor"), text.index("Nobody"))
    assert text[slice(*index.holding(at, at + 5))] == "The mayor said the water would recede."
    assert text[slice(*index.holding(0, text.index("Crews") + 3))] == "A dam broke. Crews came."


def test_index_of_an_empty_text():
    index = SentenceIndex("")
    assert index.spans == [] and index.reaching(0) == (0, 0) and index.holding(0, 0) == (0, 0)


def test_index_span_before_the_first_sentence_or_between_two_is_kept_whole():
    text = "\n\nA source said so.  Then he left."
    index = SentenceIndex(text)
    assert index.holding(0, 1) == (0, text.index(" Then") - 1)  # the first sentence, from the span's start
    gap = text.index("  Then")
    assert text[slice(*index.holding(gap, gap + 2))] == "A source said so.  "
