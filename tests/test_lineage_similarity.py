"""Similarity of two quotes and the LSH candidates that feed it."""

from attribution.lineage.candidates import candidate_pairs, windows
from attribution.lineage.similarity import score
from attribution.lineage.words import stopwords, tokens

ORIGINAL = ("The State Department continually adjusts its diplomatic presence at embassies and consulates "
            "throughout the world")
TRANSLATED = ("The German Foreign Office is continuously adapting its diplomatic presence in embassies and "
              "consulates around the world")
UNRELATED = "Our bakeries cannot absorb the cost of flour any longer and will raise the price of bread in the spring"
TAIL = "in line with its mission, the local security environment, the health situation and even the holidays"


def canon(text):
    words = tokens(text)
    return " ".join(t.canon for t in words), frozenset(t.canon for t in words if t.canon not in stopwords())


def sim(a, b):
    (ca, sa), (cb, sb) = canon(a), canon(b)
    return score(ca, cb, sa, sb)


def content(text):
    return [t.canon for t in tokens(text) if t.canon not in stopwords()]


def test_identical_words_score_one():
    assert sim(ORIGINAL, ORIGINAL.upper()) == 1.0


def test_a_translation_scores_high_and_an_unrelated_quote_low():
    assert sim(ORIGINAL, TRANSLATED) >= 0.8
    assert sim(ORIGINAL, UNRELATED) < 0.5


def test_a_short_common_phrase_is_not_inflated_by_the_token_set():
    # "the world" is inside ORIGINAL's words, but two shared words do not make the same quote
    assert sim("the world", ORIGINAL) < 0.5


def test_long_quotes_are_cut_into_overlapping_windows():
    words = [f"w{i}" for i in range(30)]
    cut = windows(words)
    assert len(cut) == 4 and cut[0] == frozenset(words[:12]) and cut[-1] == frozenset(words[18:])


def test_lsh_pairs_the_translation_and_a_part_but_not_the_unrelated_quote():
    items = [content(ORIGINAL + " " + TAIL), content(TRANSLATED), content(UNRELATED), content(TAIL)]
    pairs = candidate_pairs(items)
    assert (0, 1) in pairs and (0, 3) in pairs
    assert not {p for p in pairs if 2 in p}


def test_a_few_common_words_are_not_found_in_a_long_transcript_by_the_token_set():
    transcript = ("Well, the question really should be why Hillary Clinton and her campaign were inviting a team owner "
                  "to the debate to sit on the front row, someone who has mocked my running mate, and I think the "
                  "American people care about the issues, about jobs, about security, about the economy")
    assert sim("the American people care about jobs and the economy and security", transcript) < 0.8
