"""The command line: formats, exit codes, one-line errors, bad files in a batch, configuration and selection."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from attribution.cli import ExitCode, main
from conftest import SEEDS

CLEAN = ("The city will open a new library in May, Mayor Jane Ortiz said on Tuesday. "
         "Council member Tom Reyes said the library would cost $12 million.\n")
WARNINGS = "The city will open a new library in May, a city official said on Tuesday.\n"
ERRORS = "The mayor is a clueless coward who should never have been elected, a senior aide said.\n"


@pytest.fixture()
def article(tmp_path):
    def make(text, name="story.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)
    return make


def test_exit_code_is_an_int_enum():
    assert [int(c) for c in ExitCode] == [0, 1, 2]


def test_clean_article_exits_0(article, capsys):
    assert main(["audit", article(CLEAN)]) == ExitCode.OK
    assert "no findings" in capsys.readouterr().out


def test_warnings_pass_under_the_default_fail_on(article, capsys):
    assert main(["audit", article(WARNINGS)]) == ExitCode.OK
    assert "ATR101" in capsys.readouterr().out


def test_warnings_fail_with_fail_on_warning(article, capsys):
    assert main(["audit", article(WARNINGS), "--fail-on", "warning"]) == ExitCode.FINDINGS


def test_error_finding_exits_1(article, capsys):
    assert main(["audit", article(ERRORS)]) == ExitCode.FINDINGS
    assert "ATR104" in capsys.readouterr().out


def test_fail_on_never(article, capsys):
    assert main(["audit", article(ERRORS), "--fail-on", "never"]) == ExitCode.OK


def test_ignore_the_failing_rule(article, capsys):
    assert main(["audit", article(ERRORS), "--ignore", "ATR104"]) == ExitCode.OK
    assert "ATR104" not in capsys.readouterr().out


def test_select_comma_separated(article, capsys):
    assert main(["audit", article(ERRORS), "--select", "ATR101,ATR102", "--format", "json"]) == ExitCode.OK
    found = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert found == {"ATR101"}


def test_unknown_rule_is_a_usage_error(article, capsys):
    assert main(["audit", article(CLEAN), "--select", "ATR999"]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert "ATR999" in err and err.count("\n") == 1


def test_missing_file_exits_2(tmp_path, capsys):
    missing = str(tmp_path / "missing.txt")
    assert main(["audit", missing]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert missing in err and err.count("\n") == 1


def test_bad_file_in_a_batch_is_skipped_and_exits_2(article, tmp_path, capsys):
    good = article(ERRORS)
    assert main(["audit", good, str(tmp_path / "missing.txt"), "--format", "jsonl"]) == ExitCode.ERROR
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1 and json.loads(out)["document"]["path"] == good


def test_bad_config_exits_2(article, tmp_path, capsys):
    conf = tmp_path / "policy.toml"
    conf.write_text('fail-on = "sometimes"\n', encoding="utf-8")
    assert main(["audit", article(CLEAN), "--config", str(conf)]) == ExitCode.ERROR
    assert "fail-on" in capsys.readouterr().err


def test_config_file_sets_severity_and_fail_on(article, tmp_path, capsys):
    conf = tmp_path / "policy.toml"
    conf.write_text('fail-on = "error"\n[severity]\nATR101 = "error"\n', encoding="utf-8")
    assert main(["audit", article(WARNINGS), "--config", str(conf)]) == ExitCode.FINDINGS
    assert "ATR101 [error]" in capsys.readouterr().out


def test_pyproject_next_to_the_article_is_used(article, tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.attribution]\nfail-on = "warning"\n', encoding="utf-8")
    assert main(["audit", article(WARNINGS)]) == ExitCode.FINDINGS


def test_output_file(article, tmp_path, capsys):
    out = tmp_path / "report.md"
    assert main(["audit", article(WARNINGS), "--format", "markdown", "--output", str(out)]) == ExitCode.OK
    assert out.read_text(encoding="utf-8").startswith("# Sourcing audit")
    assert capsys.readouterr().out == ""


def test_text_has_no_colour_when_not_a_terminal(article, capsys):
    main(["audit", article(ERRORS)])
    assert "\033[" not in capsys.readouterr().out


def test_text_renderer_colours_on_request(run):
    from attribution.render.text import render_text

    assert "\033[31merror" in render_text([run(ERRORS)], color=True)


def test_rules_command_lists_every_rule(capsys):
    assert main(["rules", "--format", "json"]) == ExitCode.OK
    assert len(json.loads(capsys.readouterr().out)) == 10


def test_bad_format_is_a_usage_error(article):
    proc = subprocess.run([sys.executable, "-m", "attribution", "audit", article(CLEAN), "--format", "pdf"],
                          capture_output=True, text=True)
    assert proc.returncode == ExitCode.ERROR and "Traceback" not in proc.stderr


def test_module_exit_status_for_a_missing_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "attribution", "audit", str(tmp_path / "gone.txt")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_text_is_coloured_on_a_terminal(article):
    import os
    import pty

    path = article(ERRORS)
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    pid, fd = pty.fork()
    if pid == 0:  # the child runs the command line with stdout on the terminal
        os.execvpe(sys.executable, [sys.executable, "-m", "attribution", "audit", path], env)
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == ExitCode.FINDINGS
    assert "\033[31merror\033[0m" in out



def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "attribution", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_audit_json_one_file_prints_one_object():
    out = _cli("audit", str(SEEDS[3]), "--format", "json", "--fail-on", "never")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema_version"] == "1" and data["document"]["path"] == str(SEEDS[3])


def test_audit_json_several_files_prints_an_array_and_jsonl_one_line_each():
    out = _cli("audit", str(SEEDS[2]), str(SEEDS[3]), "--format", "json")
    assert [d["document"]["path"] for d in json.loads(out.stdout)] == [str(SEEDS[2]), str(SEEDS[3])]
    lines = _cli("audit", str(SEEDS[2]), str(SEEDS[3]), "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["attributions"] for line in lines)


def test_audit_text_is_a_table():
    out = _cli("audit", str(SEEDS[3]), "--fail-on", "never")
    assert out.returncode == 0 and "anonymous share" in out.stdout and "Kasra Aarabi" in out.stdout


def test_errors_are_one_line_with_exit_2_and_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    for target, words in [(tmp_path / "missing.txt", "no such file"), (tmp_path, "directory"),
                          (empty, "empty"), (binary, "binary")]:
        out = _cli("audit", str(target))
        assert out.returncode == 2
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and str(target) in lines[0] and words in lines[0]
        assert "Traceback" not in out.stderr


def test_bad_argument_is_one_line_exit_2():
    out = _cli("audit", "x.txt", "--format", "xml")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1


def test_a_bad_file_in_a_batch_is_reported_and_the_others_audited(tmp_path):
    out = _cli("audit", str(tmp_path / "missing.txt"), str(SEEDS[3]), "--format", "jsonl")
    assert out.returncode == 2 and "missing.txt" in out.stderr
    assert len(out.stdout.splitlines()) == 1


def test_latin1_file_is_read_and_offsets_are_into_decoded_text(tmp_path):
    text = "“Café prices will rise,” said José Ortega, the owner.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(text.replace("“", '"').replace("”", '"').encode("cp1252"))
    data = json.loads(_cli("audit", str(path), "--format", "json").stdout)
    decoded = text.replace("“", '"').replace("”", '"')
    a = data["attributions"][0]
    assert decoded[a["content"]["start"]:a["content"]["end"]] == a["content"]["text"] == "Café prices will rise"


def test_unknown_rule_in_a_config_file_exits_2(article, tmp_path, capsys):
    conf = tmp_path / "policy.toml"
    conf.write_text('ignore = ["ATR901"]\n', encoding="utf-8")
    assert main(["audit", article(CLEAN), "--config", str(conf)]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert "ATR901" in err and str(conf) in err and err.count("\n") == 1


def test_a_single_file_over_a_limit_exits_2_with_one_line(article, tmp_path, capsys):
    config = tmp_path / "limits.toml"
    config.write_text("[limits]\nmax-sentence-chars = 50\n", encoding="utf-8")
    assert main(["audit", article(CLEAN), "--config", str(config)]) == ExitCode.ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "story.txt: E007: the sentence at line 1" in err


def test_html_file_is_audited_from_its_article_text(article, capsys):
    page = ("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><article>"
            f"<p>{CLEAN.strip()}</p></article><div class='share'>Share on Facebook</div></body></html>")
    path = article(page, name="story.html")
    assert main(["audit", path, "--format", "json"]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["document"]["format"] == "html"
    assert data["document"]["text"].strip() == CLEAN.strip()
    assert main(["audit", path, "--input-format", "text", "--format", "json"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["document"]["format"] == "text"
