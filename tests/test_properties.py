"""Properties of the public API over generated text (hypothesis; 60 examples each in CI).

For any text, ``audit`` returns a valid Report whose every span lies in the text with matching
``text``, the same text gives byte-identical JSON, and boilerplate lines added between paragraphs
change none of the attributions found elsewhere.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from attribution.model import Report

from spans import assert_spans_hold

SENTENCES = [
    "The mayor said the bridge would reopen in May.",
    "“We will not give up,” a senior official, who spoke on condition of anonymity, told Reuters.",
    "According to the ministry, the talks will resume on Monday.",
    "The company reportedly lost $4 million last year.",
    "Officials said the road would close, the Guardian reported, citing two aides familiar with the plan.",
    "« Nous sommes prêts », a dit le ministre.",
    "She described the move as \"de-risking\" and said it was „minor“.",
    "It is believed that the ship sank near the coast.",
    "He added: “The money is there.",
]
BOILERPLATE = [
    "Share on Facebook", "Advertisement", "Read more", "Subscribe to our newsletter", "(AP Photo/Jane Doe)",
    "© 2024 Example News. All rights reserved.", "Leave a reply", "Photo: Getty Images", "Back to top",
]
# Characters the engine treats specially, plus ordinary ones.
ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAEIOU .,;:!?'\"()-\n\r\t“”‘’«»„‟…—–")
                           + ["\u00a0", "\u200b", "\u202f", "\ufeff", "\u0301", "\u0308", "\u2028", "\x00", "é", "ß"])
WORDS = st.sampled_from("said told according to reportedly officials the minister a source who he she it "
                        "that “ ” \" « » „ sources familiar with matter anonymity because".split(" "))

texts = st.one_of(
    st.text(ALPHABET, max_size=300),
    st.lists(st.one_of(WORDS, st.text(ALPHABET, max_size=4)), max_size=60).map(" ".join),
    st.lists(st.sampled_from(SENTENCES + BOILERPLATE), max_size=8).map("\n".join),
    st.text(max_size=120),
)


@given(texts)
def test_any_text_gives_a_valid_report_whose_spans_hold(run, text):
    report = run(text)
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert_spans_hold(report, text)


@given(texts)
def test_the_same_text_gives_byte_identical_json(run, text):
    assert run(text, doc_id="d").model_dump_json() == run(text, doc_id="d").model_dump_json()


def _found(report):
    return [(a.kind, a.content.text, a.source.text if a.source else None, a.cue.text if a.cue else None)
            for a in report.attributions]


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 6), st.sampled_from(BOILERPLATE)), max_size=4))
def test_boilerplate_lines_do_not_change_the_attributions(run, paragraphs, inserts):
    plain = "\n\n".join(paragraphs) + "\n"
    lines = list(paragraphs)
    for at, line in sorted(inserts, reverse=True):
        lines.insert(min(at, len(lines)), line)
    padded = "\n\n".join(lines) + "\n"
    assert _found(run(padded)) == _found(run(plain))
