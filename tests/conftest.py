"""Shared fixtures: one spaCy pipeline per test session, and the seed articles."""

from __future__ import annotations

import os
import pathlib
import tempfile

import pytest

# The compiled-pattern file (attribution/lexicon/compiled.py) goes to a directory of the session's
# own, set before the package is imported: the tests write nothing to the user's cache.
os.environ.setdefault("ATTRIBUTION_CACHE_DIR", tempfile.mkdtemp(prefix="attribution-test-cache-"))

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once."""
    from attribution.parse.pipeline import load_pipeline

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


def made_up_names(first: int, count: int) -> list[str]:
    """Return ``count`` capitalised words no dictionary or StringStore has, the same on every run."""
    letters = "bdfgklmnprstvz"
    return ["Q" + "".join(letters[(k // len(letters) ** i) % len(letters)] + "uo"[i % 2] for i in range(4)) + "x"
            for k in range(first, first + count)]


def name_articles(names: list[str]) -> list[tuple[str, str]]:
    """Return ``(id, text)`` articles, each quoting a source named by the next two of ``names``."""
    return [(f"n{k}", f"The bridge will close in June, {a} {b} said on Tuesday.\n")
            for k, (a, b) in enumerate(zip(names[::2], names[1::2]))]


# Property tests: a bounded example count in CI; HYPOTHESIS_PROFILE=long for a deeper run.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """``attribution serve --workers 2 --timeout 4`` with ATTRIBUTION_API_KEY set, for the session."""
    pytest.importorskip("uvicorn")
    from server_process import serve

    with serve("--workers", "2", "--timeout", "4", key="live-key-7c1d",
               log_dir=str(tmp_path_factory.mktemp("serve"))) as server:
        yield server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch arguments, pointed at the system Chromium (.ci/run installs Debian's)."""
    import shutil

    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("no system Chromium: .ci/run installs Debian's chromium for the browser tests")
    return {**browser_type_launch_args, "executable_path": path, "args": ["--no-sandbox", "--disable-gpu"]}
