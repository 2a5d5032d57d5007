"""The command line: formats, exit codes, one-line errors, and bad files in a batch."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEEDS


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "attribution", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_audit_json_one_file_prints_one_object():
    out = _cli("audit", str(SEEDS[3]), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema_version"] == "1" and data["document"]["path"] == str(SEEDS[3])


def test_audit_json_several_files_prints_an_array_and_jsonl_one_line_each():
    out = _cli("audit", str(SEEDS[2]), str(SEEDS[3]), "--format", "json")
    assert [d["document"]["path"] for d in json.loads(out.stdout)] == [str(SEEDS[2]), str(SEEDS[3])]
    lines = _cli("audit", str(SEEDS[2]), str(SEEDS[3]), "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["attributions"] for line in lines)


def test_audit_text_is_a_table():
    out = _cli("audit", str(SEEDS[3]))
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
