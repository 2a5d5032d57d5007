"""The HTML report: self-contained, and what an editor sees in a browser (headless Chromium)."""

from __future__ import annotations

import html as htmllib
import os
import re
import shutil
import subprocess
import tempfile

import pytest

from attribution.render.html import render_html

from conftest import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

TEXT = ("“We are not leaving,” the ambassador said on Monday.\n\n"
        "The embassy will cut its staff by half, a diplomat who was not authorized to speak publicly said.\n\n"
        "The minister is reportedly planning a visit.\n")


@pytest.fixture(scope="module")
def seed_page(run):
    text = SEEDS[0].read_text(encoding="utf-8")
    report = run(text, path=SEEDS[0].name)
    return report, render_html([(report, text)])


def test_page_is_self_contained(seed_page):
    _, page = seed_page
    assert "<script" not in page.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "@import" not in page and "url(" not in page
    assert "<svg" in page and "<style>" in page


def test_every_attribution_is_highlighted_by_kind(run):
    report = run(TEXT, path="a.txt")
    page = render_html([(report, TEXT)])
    for a in report.attributions:
        assert f"k-{a.kind}" in page
    assert 'class="src anon"' in page and 'class="badge"' in page
    assert htmllib.escape("the ambassador") in page


def test_findings_sit_beside_their_paragraph(run):
    report = run(TEXT, path="a.txt")
    page = render_html([(report, TEXT)])
    hedged = next(f for f in report.findings if f.code == "ATR106")
    row = page[page.index("The minister is"):]
    row = row[: row.index('<div class="row')] if '<div class="row' in row else row
    assert "ATR106" in row and htmllib.escape(hedged.message) in row


def test_text_survives_the_markup(seed_page):
    report, page = seed_page
    text = SEEDS[0].read_text(encoding="utf-8")
    article = page.split('<div class="article">', 1)[1]
    article = re.sub(r'<span class="badge"[^>]*>anon</span>|<div class="margin">.*?</div></div>', "", article)
    visible = htmllib.unescape(re.sub(r"<[^>]+>", "", article))
    for line in text.splitlines():
        if line.strip():
            assert line.strip()[:60] in visible


def _chromium(args: list[str], tmp: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp}", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_seed_article_in_headless_chromium(seed_page, tmp_path):
    report, page = seed_page
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    shot = tmp_path / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        _chromium([f"--screenshot={shot}", "--window-size=1280,1600", path.as_uri()], profile)
    assert shot.exists() and shot.stat().st_size > 20_000, "screenshot missing or blank"
    with open(shot, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    with tempfile.TemporaryDirectory() as profile:
        dom = _chromium(["--dump-dom", path.as_uri()], profile).stdout
    assert dom.count('class="att k-') >= len(report.attributions)
    assert 'class="summary"' in dom and "anonymous share" in dom
    assert "<svg" in dom and "<rect" in dom
    assert all(f.code in dom for f in report.findings)
    assert os.path.getsize(shot) > 0


def test_every_content_links_to_an_existing_source_mention(seed_page):
    report, page = seed_page
    targets = set(re.findall(r'href="#([^"]+)"', page))
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= ids
    sourced = {a.source.source_id for a in report.attributions if a.source is not None}
    assert {f"mention-{s}" for s in sourced} <= ids
