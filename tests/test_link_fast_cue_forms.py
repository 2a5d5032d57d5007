"""link/fast/phrases.py: the cue-form readers ask a set word by word, and find exactly what an
alternation of every reporting-verb form between word boundaries finds.

The alternations are built here, in the test, as the reference the readers replace: each reader is
compared with its pattern on made-up sentences and on generated strings of the words that matter.
"""

from __future__ import annotations

import functools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.link.fast.lexicon import compiled_lexicon
from attribution.link.fast.phrases import (
    colon_end_cue, coordinated_cue_start, cue_form_at, cue_forms, first_cue_form, has_clause_verb, is_cue_form,
)
from attribution.lexicon import load


@functools.cache
def reference() -> dict:
    """Return the alternations the readers replace, built from the same lexicon."""
    lex = compiled_lexicon()
    fast = load("verbs")["fast"]
    forms = sorted(lex["cue_forms"], key=lambda f: (-len(f), f))
    alternation = "|".join(regex.escape(f) for f in forms)
    return {
        "cue": regex.compile(r"\b(?:" + alternation + r")\b"),
        "verb_in_phrase": regex.compile(r"\b(?:" + "|".join(sorted(lex["verb_in_phrase"])) + r")\b"),
        "colon_end": regex.compile(r"\b(?:" + alternation + r")(?:\s+\p{L}+){0,2}\s*:\s*$"),
        "coordinated_cue": regex.compile(
            r"(?:,\s*|(?<!\s)\s+)(?:and|but)\s+(?:(?:he|she|they|it|we|I)\s+)?(?:also\s+|later\s+|then\s+)?(?:"
            + "|".join(regex.escape(f) for f in forms if f not in fast["only_before_that"])
            + r"|(?:" + "|".join(fast["only_before_that"]) + r")(?=\s+that\b))\b"),
    }


SENTENCES = [
    "The mayor said on Tuesday that the bridge would reopen, and later added that tolls would rise.",
    "She pointed out that the deal was signed, but he pointed outright anger at the board.",
    "Officials, who said little, stated that the ruling that the court gave was final.",
    "The report states that costs rose, and it states that the ruling stands.",
    "Caddell continued:",
    "The minister said in part:",
    "Unsaid words, resaid claims and saidx are not forms, but she told reporters: ",
    "and then said, and also told, but they later warned, and I argued, and we noted",
    "He points out, she points outward, they point out: the plan, and state that it failed.",
    "The mayor said the bridge would reopen, and aides pointed out that it had been closed twice.",
    "Critics say, and the union says, that the plan points out nothing; she point outs it.",
    "Said the chief: the re-said claims were “stated” before, reporters noted.",
    "They pointed  out the cost.",  # two spaces: no phrase form, and "pointed" alone is none
    "He pointed out",
]

WORDS = ["said", "says", "told", "pointed", "out", "points", "outright", "and", "but", "he", "I", "also",
         "later", "state", "ruling", "that", "the", "x", ":", ",", "reported", "warning", "noted"]


def _texts():
    return st.lists(st.sampled_from(WORDS + [" ", "  ", "-", "’s", "\n"]), max_size=14).map(
        lambda parts: "".join(p if p in (" ", "  ", "-", "’s", "\n", ":", ",") else " " + p for p in parts))


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def _windows(text):
    yield 0, len(text)
    for start in range(0, len(text), 3):
        yield start, len(text)
        yield start, max(start, len(text) - 2)


def check_all(text: str) -> None:
    ref, lex = reference(), compiled_lexicon()
    for start, end in _windows(text):
        assert _spans(cue_forms(text, start, end, lex)) == _spans(ref["cue"].finditer(text, start, end)), (text, start, end)
        first = first_cue_form(text, start, end, lex)
        want = ref["cue"].search(text, start, end)
        assert (first and (first.start(), first.end())) == (want and want.span()), (text, start, end)
        at = cue_form_at(text, start, end, lex)
        want = ref["cue"].match(text, start, end)
        assert (at and (at.start(), at.end())) == (want and want.span()), (text, start, end)
        colon = ref["colon_end"].search(text, start, end)
        assert colon_end_cue(text, start, end, lex) == (colon and colon.start()), (text, start, end)
        coordinated = ref["coordinated_cue"].search(text, start, end)
        assert coordinated_cue_start(text, start, end, lex) == (coordinated and coordinated.start()), (text, start, end)
    assert has_clause_verb(text, lex) == (ref["verb_in_phrase"].search(text) is not None)
    for word in text.split():
        assert is_cue_form(word, lex) == (ref["cue"].fullmatch(word) is not None)


def test_cue_readers_match_the_alternation_on_sentences():
    for text in SENTENCES:
        check_all(text)


def test_phrase_form_then_a_word_before_a_colon():
    lex = compiled_lexicon()
    text = "The mayor pointed out bluntly:"
    assert colon_end_cue(text, 0, len(text), lex) == text.index("pointed")
    assert colon_end_cue("He pointed outright:", 0, 20, lex) is None  # "pointed" alone is no form


def test_coordinated_cue_with_pronoun_and_adverb():
    lex = compiled_lexicon()
    text = "The bridge will reopen, and he later said tolls would rise."
    assert coordinated_cue_start(text, 0, len(text), lex) == text.index(", and")


def test_only_before_that_form_needs_that():
    lex = compiled_lexicon()
    assert coordinated_cue_start("taxes rose and state revenue fell", 0, 33, lex) is None
    text = "taxes rose and state that revenue fell"
    assert coordinated_cue_start(text, 0, len(text), lex) == text.index(" and")


def test_window_starting_inside_a_word_finds_no_form_there():
    lex = compiled_lexicon()
    assert cue_forms("unsaid", 2, 6, lex) == []
    assert cue_form_at("unsaid", 2, 6, lex) is None


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_cue_readers_match_the_alternation_on_generated_text(text):
    check_all(text)
