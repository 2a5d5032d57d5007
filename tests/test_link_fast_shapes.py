"""link/fast/shapes.py, the registry: each shape finds its own example, and each veto sets its example's cue aside.

The sentences are the registry's own (made up, in the construction of real news sentences), so adding
a shape or a veto with its example adds its test here.
"""

from __future__ import annotations

import pytest

from attribution import audit
from attribution.link import fast
from attribution.link.fast.lexicon import compiled_lexicon
from attribution.link.fast.phrases import cue_forms


def _cues(text: str) -> list[fast.Cue]:
    sentence = fast.Sentence(text, 0, len(text), 0, compiled_lexicon())
    return [fast.Cue(sentence, m) for m in cue_forms(text, 0, len(text), compiled_lexicon())]


@pytest.mark.parametrize("shape", fast.SHAPES, ids=lambda s: s.name)
def test_each_shape_finds_its_example(shape):
    text = shape.example
    lex = compiled_lexicon()
    alone = fast.Sentence(text, 0, len(text), 0, lex)
    found = list(shape.find(alone))  # this shape alone, no other
    assert found and {link.rule for link in found} <= set(shape.rules), (text, [link.rule for link in found])
    report = audit(text, fast=True)  # and the whole path keeps a link of the shape
    assert {a.rule for a in report.attributions} & set(shape.rules)


def test_a_quotation_inside_a_report_is_read_alone():
    shape = fast.SHAPES[0]
    assert shape.name == "quote_inside_report" and shape.alone
    report = audit(shape.example, fast=True)
    assert sorted(a.rule for a in report.attributions) == ["fast_cue_after_content", "fast_quote_inside_report"]


def test_shape_names_and_rules_are_unique():
    names = [s.name for s in fast.SHAPES]
    assert len(names) == len(set(names))
    vetoes = [v.name for v in (*fast.NOT_A_VERB_HERE, fast.REFUSED_OR_PASSIVE, *fast.NO_CLAIM_AFTER)]
    assert len(vetoes) == len(set(vetoes))


VETOES = [(group, k, v) for group in ("NOT_A_VERB_HERE", "NO_CLAIM_AFTER") for k, v in enumerate(getattr(fast, group))]


@pytest.mark.parametrize("group,k,veto", VETOES, ids=lambda x: x.name if isinstance(x, fast.Veto) else "")
def test_each_veto_sets_its_example_cue_aside(group, k, veto):
    held = [c for c in _cues(veto.example) if veto.holds(c)]
    assert held, f"{veto.name} holds for no cue of {veto.example!r}"
    earlier = getattr(fast, group)[:k]
    for c in held:
        assert not any(v.holds(c) for v in earlier), "an earlier veto already sets this cue aside"
        if group == "NO_CLAIM_AFTER":  # the steps before this group let the cue through: the veto does the work
            assert fast.shapes.vetoed_by(c, fast.NOT_A_VERB_HERE) is None
            assert fast.shapes._passive_agent(c) is None and not fast.REFUSED_OR_PASSIVE.holds(c)
            assert list(fast.shapes._content_before_cue(c)) == []
    cues = {(a.cue.start, a.cue.end) for a in audit(veto.example, fast=True).attributions if a.cue}
    assert not cues & {c.span for c in held}


def test_refusal_sets_its_example_cue_aside():
    veto = fast.REFUSED_OR_PASSIVE
    held = [c for c in _cues(veto.example) if veto.holds(c)]
    assert held and not audit(veto.example, fast=True).attributions
