"""resolve_fast.py: named or anonymous and type of a source phrase from its words alone."""

from __future__ import annotations

import pytest

from attribution.resolve_fast import describe_words


@pytest.mark.parametrize("phrase, kind, anonymous", [
    ("Mayor Jane Ortiz", "person", False),
    ("an unnamed defense official", "unnamed", True),
    ("three people familiar with the negotiations", "unnamed", True),
    ("the State Department", "organization", False),
    ("the Washington Post", "media", False),
    ("Reuters", "media", False),
    ("the Pentagon", "organization", False),
    ("documents reviewed by the Courier", "document", True),
])
def test_describe_words(phrase, kind, anonymous):
    info = describe_words(phrase)
    assert (info.type, info.anonymous) == (kind, anonymous)


def test_bare_group_is_vague():
    assert describe_words("critics").vague
    assert not describe_words("a senior official").vague


def _fast(text):
    from attribution import audit

    return audit(text, fast=True)


def test_anonymity_reason_in_the_source_sentence():
    text = ("A senior official at the health department, who was not authorized to speak to the media, said the agency "
            "had warned the governor's office about falling rates.")
    source = _fast(text).attributions[0].source
    assert source.anonymous
    assert source.anonymity_reason.text == "who was not authorized to speak to the media"


def test_anonymity_reason_in_the_next_sentence():
    text = ("Two officials said the talks had stalled. They requested anonymity for fear of retaliation.")
    source = _fast(text).attributions[0].source
    assert source.anonymity_reason.text == "requested anonymity for fear of retaliation"


def test_anonymity_reason_shared_by_later_mentions():
    text = ("One senior Sardian official, who asked not to be named, said the strike had handed the group a recruiting "
            "tool. The official said the government would protest.")
    report = _fast(text)
    reasons = {a.source.anonymity_reason.text for a in report.attributions if a.source and a.source.anonymous}
    assert reasons == {"who asked not to be named"}


def test_named_source_has_no_reason():
    assert _fast("Mayor Jane Ortiz said the bridge would reopen in May.").attributions[0].source.anonymity_reason is None
