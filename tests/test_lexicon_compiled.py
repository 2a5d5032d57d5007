"""lexicon/compiled.py: compiled patterns kept in a file between runs give the same reports, and a
file that cannot be trusted or written is passed over without a word."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest

from conftest import SEEDS

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: which patterns came from the file, and one compiled afresh.
PROBE = """
import json, sys
from attribution.lexicon import compiled
before = set(compiled._load())  # the patterns the file holds
pattern = compiled.compile_pattern(r"\\bthe (?:mayor|judge) said\\b", 2)
import attribution.link.fast.lexicon  # the fast path's patterns, compiled at import
print(json.dumps({"from_file": len(before), "match": pattern.search("THE MAYOR SAID so") is not None,
                  "directory": compiled.cache_directory()}))
"""


def _probe(cache_dir: str) -> dict:
    env = {**os.environ, "ATTRIBUTION_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _audit(cache_dir: str, path: pathlib.Path) -> str:
    env = {**os.environ, "ATTRIBUTION_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-m", "attribution", "audit", "--fast", "--format", "json", str(path)],
                         env=env, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    return out.stdout


def _pattern_file(directory: pathlib.Path) -> pathlib.Path:
    files = list(directory.glob("patterns-*.pickle"))
    assert len(files) == 1, files
    return files[0]


def test_second_run_reads_the_patterns_the_first_compiled(tmp_path):
    first = _probe(str(tmp_path))
    assert first["from_file"] == 0 and first["match"]
    stored = _pattern_file(tmp_path)
    assert stored.stat().st_mode & 0o077 == 0  # the user's own
    second = _probe(str(tmp_path))
    assert second["from_file"] > 100 and second["match"]


def test_reports_are_the_same_with_the_file_and_without(tmp_path):
    seed = SEEDS[0]
    off = _audit("off", seed)
    assert _audit(str(tmp_path), seed) == off  # compiling, then writing the file
    assert _audit(str(tmp_path), seed) == off  # reading it
    assert json.loads(off)["attributions"]


def test_a_damaged_file_is_compiled_over(tmp_path):
    _probe(str(tmp_path))
    stored = _pattern_file(tmp_path)
    stored.write_bytes(b"not a pickle")
    stored.chmod(0o600)
    again = _probe(str(tmp_path))
    assert again["from_file"] == 0 and again["match"]
    assert _probe(str(tmp_path))["from_file"] > 100  # written whole again


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file modes are POSIX")
def test_a_file_others_can_write_is_not_read(tmp_path):
    _probe(str(tmp_path))
    stored = _pattern_file(tmp_path)
    stored.chmod(0o666)
    assert _probe(str(tmp_path))["from_file"] == 0


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root writes anywhere")
def test_a_directory_that_cannot_be_written_is_no_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert _probe(str(locked / "cache"))["match"]
        assert not (locked / "cache").exists()
    finally:
        locked.chmod(0o700)


def test_off_turns_the_file_off(tmp_path, monkeypatch):
    from attribution.lexicon import compiled

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", "off")
    assert compiled.cache_directory() is None
    assert _probe("off")["directory"] is None


def test_default_directory_follows_xdg(monkeypatch, tmp_path):
    from attribution.lexicon import compiled

    monkeypatch.delenv("ATTRIBUTION_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.cache_directory() == str(tmp_path / "attribution")


def test_pattern_texts_are_the_same_whatever_the_hash_seed(tmp_path):
    """Patterns built from word sets list the words longest first, then alphabetically
    (lexicon.longest_first): the same text in every run, so the file holds them after one run."""
    texts = []
    for seed in ("1", "2"):
        env = {**os.environ, "ATTRIBUTION_CACHE_DIR": "off", "PYTHONHASHSEED": seed}
        code = ("import attribution.cli.main, attribution.auditing.auditor, attribution.link.fast.lexicon as f, "
                "attribution.resolve.info as i, attribution.rules.sourcing, attribution.read.boilerplate as b; "
                "f.compiled_lexicon(); i.lex(); b._patterns(); i.people_of_a_nation(); "
                "from attribution.lexicon import compiled; print(sorted(p for p, _ in compiled._known))")
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
        texts.append(out.stdout)
    assert texts[0] == texts[1]


def test_kept_value_is_read_back_while_its_source_is_the_same(tmp_path, monkeypatch):
    from attribution.lexicon import compiled

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return frozenset({"new south wales", "sri lanka"})

    first = compiled.kept("places-test", "pycountry 1.0", build)
    again = compiled.kept("places-test", "pycountry 1.0", build)
    assert first == again == frozenset({"new south wales", "sri lanka"}) and len(built) == 1
    compiled.kept("places-test", "pycountry 2.0", build)  # a new version: built again, the old file goes
    assert len(built) == 2 and len(list(tmp_path.glob("places-test-*.pickle"))) == 1


def test_kept_value_is_built_each_time_when_the_file_is_off(monkeypatch):
    from attribution.lexicon import compiled

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", "off")
    built = []
    for _ in range(2):
        compiled.kept("names-test", "v1", lambda: built.append(1) or {"rosa": "F"})
    assert len(built) == 2
