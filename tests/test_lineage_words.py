"""Canonical words: what two translations of a quote share, with offsets into the quote."""

from attribution.lineage.words import canonical, stopwords, tokens


def test_translation_equivalents_share_a_form():
    assert canonical("continually") == canonical("continuously") == canonical("constantly")
    assert canonical("adjusts") == canonical("adapting")
    assert canonical("spokeswoman") == canonical("spokesman")


def test_stemming_lite_joins_inflections():
    assert canonical("change") == canonical("changes") == canonical("changed") == canonical("changing")
    assert canonical("policies") == canonical("policy")
    assert canonical("officials") == canonical("official")


def test_acronyms_lose_their_periods_and_case():
    assert canonical("U.S.") == canonical("US")


def test_tokens_keep_offsets_into_the_quote():
    text = "The U.S. Embassy in Baghdad “continues to operate,” he said."
    words = tokens(text)
    assert [t.text for t in words][:4] == ["The", "U.S.", "Embassy", "in"]
    assert all(text[t.start:t.end] == t.text for t in words)
    assert words[-1].text == "said"  # the full stop is not part of the word


def test_stopwords_are_canonical():
    assert canonical("the") in stopwords() and canonical("ministry") not in stopwords()
