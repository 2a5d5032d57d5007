"""GitHub workflow annotations: one line per finding, pointing at the right file, line and column."""

from __future__ import annotations

import re

from attribution.render.github import render_github

TEXT = ("Council approves budget\n\nThe council approved the budget on Monday.\n\n"
        "The mayor is incompetent, a senior aide said.\n\nThe striker reportedly failed a medical.\n")
LINE = re.compile(r"^::(error|warning|notice) file=([^,]+)(?:,line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+))?"
                  r",title=([^:]+)::(.+)$")


def test_annotations_point_at_the_right_lines(run):
    report = run(TEXT, path="sports/story.txt")
    out = render_github([report])
    lines = out.splitlines()
    assert len(lines) == len(report.findings) > 0
    text_lines = TEXT.split("\n")
    for line, finding in zip(lines, report.findings):
        m = LINE.match(line)
        assert m, line
        assert m.group(2) == "sports/story.txt" and finding.code in m.group(7)
        if finding.span is not None:
            row, col = int(m.group(3)), int(m.group(4))
            assert text_lines[row - 1][col - 1:].startswith(finding.span.text)
    by_code = {LINE.match(x).group(7).split()[0]: LINE.match(x) for x in lines}
    assert by_code["ATR104"].group(1) == "error" and by_code["ATR104"].group(3) == "5"
    assert by_code["ATR106"].group(3) == "7" and by_code["ATR106"].group(4) == str(len("The striker ") + 1)


def test_annotation_escapes_percent_and_newlines(run):
    report = run("Prices rose 40% in March, reportedly.\n", path="a,b.txt")
    out = render_github([report])
    assert "%25" in out and out.count("\n") == len(report.findings)
    assert "file=a%2Cb.txt" in out
