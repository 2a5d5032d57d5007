"""Shared fixtures: one spaCy pipeline per test session, and the seed articles."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once."""
    from attribution.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def run():
    """Audit a text and return its Report."""
    from attribution import audit

    return audit


def find(report, fragment: str):
    """Return the attribution whose content contains ``fragment`` (exactly one must)."""
    found = [a for a in report.attributions if fragment in a.content.text]
    assert len(found) == 1, f"{fragment!r}: {[a.content.text for a in report.attributions]}"
    return found[0]


# Property tests: a bounded example count in CI; HYPOTHESIS_PROFILE=long for a deeper run.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))
