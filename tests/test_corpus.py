"""The corpus step and command: inputs, input order, error records, workers, resume, summary."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from attribution.cli import main
from attribution.corpus import Item, audit_corpus, iter_items
from conftest import ROOT, SEEDS, made_up_names, name_articles

ARTICLES = [
    "The city will open a new library in May, Mayor Jane Ortiz said on Tuesday.",
    "“We will not give up,” a senior official said, speaking on condition of anonymity.",
    "Council member Tom Reyes said the library would cost $12 million.",
    "The storm reportedly destroyed more than 200 homes along the coast.",
    "According to the state health department, 34 cases have been confirmed since March.",
    "The bridge closed on Monday. Traffic was heavy all week.",
]


def _jsonl(tmp_path, records, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _records():
    return [{"id": f"art-{k}", "text": t} for k, t in enumerate(ARTICLES)]


def test_directory_output_is_the_audit_jsonl_line_for_line(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(SEEDS[0].parent), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["audit", *map(str, SEEDS), "--format", "jsonl", "--fail-on", "never"]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out


def test_jsonl_records_keep_input_order_and_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["corpus", _jsonl(tmp_path, _records()), "-o", str(out), "--workers", "1"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["document"]["id"] for d in lines] == [f"art-{k}" for k in range(len(ARTICLES))]
    library = lines[0]["attributions"][0]
    assert library["source"]["text"] == "Mayor Jane Ortiz"


def test_bad_articles_become_error_records_and_the_rest_complete(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "good", "text": ARTICLES[2]}) + "\n{not json\n"
                    + json.dumps({"id": "blank", "text": "  \n "}) + "\n"
                    + json.dumps({"id": "no-text"}) + "\n"
                    + json.dumps({"id": "good2", "text": ARTICLES[0]}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(path), "-o", str(out), "--workers", "1"]) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["document"]["id"] for d in lines] == ["good", f"{path}:2", "blank", "no-text", "good2"]
    assert [d["error"]["code"] for d in lines if "error" in d] == ["E001", "E005", "E001"]
    assert "3 article(s) could not be audited" in capsys.readouterr().err


def test_undecodable_file_in_a_directory_is_an_error_record(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "c.txt").write_text(ARTICLES[2], encoding="utf-8")
    outcomes = list(audit_corpus(iter_items([str(tmp_path)])))
    assert [o.id.rsplit(os.sep, 1)[1] for o in outcomes] == ["a.txt", "b.txt", "c.txt"]
    assert json.loads(outcomes[1].line)["error"]["code"] == "E004"
    assert "attributions" in json.loads(outcomes[2].line)


def test_a_crash_inside_the_engine_is_recorded_and_skipped(monkeypatch):
    import attribution.auditing.auditor as auditor

    real = auditor.build_report

    def flaky(doc, prepared, **kw):
        if "library" in prepared.parse_text:
            raise RuntimeError("rule blew up")
        return real(doc, prepared, **kw)

    monkeypatch.setattr(auditor, "build_report", flaky)
    outcomes = list(audit_corpus([Item("a", text=ARTICLES[0]), Item("b", text=ARTICLES[3])]))
    assert json.loads(outcomes[0].line) == {"schema_version": "1", "document": {"id": "a", "path": None}, "error": {
        "code": "E099", "message": "internal error while auditing (RuntimeError: rule blew up); please report it"}}
    assert json.loads(outcomes[1].line)["document"]["id"] == "b"


def test_glob_and_stdin_inputs(tmp_path):
    for k, text in enumerate(ARTICLES[:3]):
        (tmp_path / f"{k}.txt").write_text(text, encoding="utf-8")
    assert [i.id for i in iter_items([str(tmp_path / "*.txt")])] == [str(tmp_path / f"{k}.txt") for k in range(3)]
    proc = subprocess.run([sys.executable, "-m", "attribution", "corpus", "-", "--fast"], cwd=ROOT,
                          input=json.dumps({"id": "s1", "text": ARTICLES[2]}) + "\n", capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["document"]["id"] == "s1"


def test_missing_input_is_one_line_and_exit_2_and_nothing_is_written(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "nope*.txt"), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "E002: the pattern matches no file" in err and "nope" in err
    assert main(["corpus", str(SEEDS[0]), str(tmp_path / "gone.txt"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "gone.txt: E002: no such file" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()


def test_two_workers_give_the_same_lines_as_one():
    items = [Item(f"k{k}", text=t) for k, t in enumerate(ARTICLES * 3)]
    one = [o.line for o in audit_corpus(items, workers=1)]
    two = [o.line for o in audit_corpus(items, workers=2, batch_size=2)]
    assert one == two


def test_resume_after_a_torn_write_gives_every_article_once(tmp_path):
    source = _jsonl(tmp_path, _records())
    full = tmp_path / "full.jsonl"
    assert main(["corpus", source, "-o", str(full), "--workers", "1"]) == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    torn = tmp_path / "torn.jsonl"
    torn.write_text("".join(lines[:2]) + lines[2][:37], encoding="utf-8")
    assert main(["corpus", source, "-o", str(torn), "--workers", "1", "--resume"]) == 0
    assert torn.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_resume_refuses_output_from_another_input(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["corpus", _jsonl(tmp_path, _records()[:2]), "-o", str(out), "--workers", "1"]) == 0
    other = _jsonl(tmp_path, [{"id": "zz", "text": ARTICLES[0]}] * 3, "other.jsonl")
    assert main(["corpus", other, "-o", str(out), "--resume"]) == 2
    assert "cannot resume" in capsys.readouterr().err


def test_resume_after_kill_9(tmp_path):
    records = [{"id": f"k{k}", "text": " ".join(ARTICLES)} for k in range(60)]
    source = _jsonl(tmp_path, records)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "attribution", "corpus", source, "-o", str(out), "--workers", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.read_text(encoding="utf-8").count("\n") < 3):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 3 <= out.read_text(encoding="utf-8").count("\n") < len(records)  # it really stopped half-way
    assert subprocess.run(cmd + ["--resume"], cwd=ROOT, env=env, stderr=subprocess.DEVNULL).returncode == 0
    ids = [json.loads(line)["document"]["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [r["id"] for r in records]


def test_summary_json_and_table(tmp_path, capsys):
    summary = tmp_path / "summary.json"
    assert main(["corpus", _jsonl(tmp_path, _records()), "-o", str(tmp_path / "o.jsonl"), "--workers", "1",
                 "--summary", str(summary)]) == 0
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["articles"] == len(ARTICLES) and data["errors"] == 0
    assert data["by_kind"]["according_to"] == 1 and data["by_kind"]["unsourced"] == 1
    assert {"source": "Mayor Jane Ortiz", "attributions": 1, "anonymous": False} in data["most_cited_sources"]
    assert data["findings_by_code"].get("ATR106") == 1  # the hedged storm claim
    table = capsys.readouterr().err
    assert "most-cited source" in table and "Mayor Jane Ortiz" in table
    voices = data["voices"]  # who is quoted, summed over the articles
    assert voices["people"]["female"] >= 1 and sum(voices["people"].values()) >= 1
    assert set(voices) == {"people", "attributions", "women_share", "named", "anonymous", "officials", "experts",
                           "others"}
    assert sum(voices["officials"]["people"].values()) >= 1  # Mayor Jane Ortiz
    for gender in ("female", "male", "unknown"):
        assert voices["people"][gender] == sum(voices[g]["people"][gender] for g in ("officials", "experts", "others"))
    assert "share of women" in table


def test_progress_bar_on_request(tmp_path, capsys):
    assert main(["corpus", _jsonl(tmp_path, _records()[:2]), "-o", str(tmp_path / "o.jsonl"), "--fast",
                 "--workers", "1", "--progress"]) == 0
    assert "2/2" in capsys.readouterr().err


@pytest.mark.parametrize("fast", [False, True])
def test_fast_flag_reaches_the_engine(tmp_path, fast):
    out = tmp_path / "o.jsonl"
    args = ["corpus", _jsonl(tmp_path, _records()[:1]), "-o", str(out), "--workers", "1"] + (["--fast"] if fast else [])
    assert main(args) == 0
    rules = {a["rule"] for a in json.loads(out.read_text(encoding="utf-8"))["attributions"]}
    assert all(r.startswith("fast_") for r in rules) == fast


def test_too_large_article_is_an_error_record(monkeypatch):
    monkeypatch.setenv("ATTRIBUTION_MAX_DOCUMENT_CHARS", "60")
    outcomes = list(audit_corpus([Item("big", text=ARTICLES[0] * 2), Item("ok", text=ARTICLES[2][:55])], fast=True))
    assert json.loads(outcomes[0].line)["error"]["code"] == "E006"
    assert json.loads(outcomes[1].line)["document"]["id"] == "ok"


def test_configured_size_limit_applies_to_corpus_articles():
    from attribution.config import Config

    config = Config(limits={"max-document-chars": 60})
    outcomes = list(audit_corpus([Item("big", text=ARTICLES[0] * 2)], fast=True, config=config))
    assert json.loads(outcomes[0].line)["error"]["code"] == "E006"


def test_directory_of_html_pages_with_input_format_html(tmp_path, capsys):
    from test_input import seed_page

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "story.html").write_text(seed_page(), encoding="utf-8")
    (tmp_path / "pages" / "notes.txt").write_text("Not an article page.", encoding="utf-8")
    items = list(iter_items([str(tmp_path / "pages")], "html"))
    assert [os.path.basename(i.path) for i in items] == ["story.html"]
    assert [os.path.basename(i.path) for i in iter_items([str(tmp_path / "pages")])] == ["notes.txt", "story.html"]
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(tmp_path / "pages"), "--input-format", "html", "-o", str(out), "--workers", "1",
                 "--no-progress", "--fast"]) == 0
    report = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert report["document"]["format"] == "html" and report["attributions"]


def test_html_page_in_a_glob_is_read_as_audit_reads_it(tmp_path, capsys):
    from test_input import seed_page

    page = tmp_path / "story.html"
    page.write_text(seed_page(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(tmp_path / "*.html"), "-o", str(out), "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["audit", str(page), "--format", "jsonl", "--fail-on", "never"]) == 0
    assert out.read_text(encoding="utf-8") == capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["format"] == "html"


def test_pyproject_above_the_corpus_directory_sets_the_policy(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.attribution]\nselect = ["ATR101"]\n', encoding="utf-8")
    (tmp_path / "articles").mkdir()
    for path in SEEDS[:2]:
        (tmp_path / "articles" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(tmp_path / "articles"), "-o", str(out), "--workers", "1", "--no-progress", "--fast"]) == 0
    codes = {f["code"] for line in out.read_text(encoding="utf-8").splitlines() for f in json.loads(line)["findings"]}
    assert codes <= {"ATR101"}
    default = tmp_path / "default.jsonl"
    assert main(["corpus", *map(str, SEEDS[:2]), "-o", str(default), "--workers", "1", "--no-progress", "--fast"]) == 0
    assert {f["code"] for line in default.read_text(encoding="utf-8").splitlines()
            for f in json.loads(line)["findings"]} - {"ATR101"}


def test_corpus_batches_leave_no_new_words_in_the_string_store(nlp):
    list(audit_corpus([Item(i, text=t) for i, t in name_articles(made_up_names(7000, 4))], batch_size=1))
    names = made_up_names(8000, 24)
    before = len(nlp.vocab.strings)
    outcomes = list(audit_corpus([Item(i, text=t) for i, t in name_articles(names)], batch_size=4))
    assert len(nlp.vocab.strings) == before and not nlp.vocab.in_memory_zone
    assert [json.loads(o.line)["attributions"][0]["source"]["text"] for o in outcomes] == [
        f"{a} {b}" for a, b in zip(names[::2], names[1::2])]
