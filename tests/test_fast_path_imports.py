"""The fast path never loads spaCy: a researcher's `audit --fast` pays for no parser it does not use."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_fast_audit_never_imports_spacy():
    code = ("import sys\n"
            "from attribution import audit\n"
            "report = audit('“We will stay,” the mayor said. The plan was dropped, a source said.', fast=True)\n"
            "assert report.attributions, 'nothing found'\n"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_command_line_fast_audit_never_imports_spacy(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("The plan was dropped, a source said on Monday.\n", encoding="utf-8")
    code = ("import sys, runpy\n"
            f"sys.argv = ['attribution', 'audit', '--fast', '--format', 'json', {str(story)!r}]\n"
            "try:\n"
            "    runpy.run_module('attribution', run_name='__main__')\n"
            "except SystemExit:\n"
            "    pass\n"
            "sys.stderr.write(str('spacy' in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert '"attributions"' in done.stdout
    assert done.stderr.strip().endswith("False")


def test_spacy_finds_the_component_without_importing_the_package():
    code = ("import spacy\n"
            "nlp = spacy.blank('en')\n"
            "print(type(nlp.add_pipe('attribution')).__name__)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "AttributionComponent"
