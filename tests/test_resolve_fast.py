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
