"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…::message`` line per finding."""

from __future__ import annotations

from ..model import Report
from .severity import GITHUB_COMMAND


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(reports: list[Report]) -> str:
    """Return one workflow annotation line per finding, pointing at its file, line and column."""
    lines = []
    for report in reports:
        path = report.document.path or report.document.id or "article"
        for f in report.findings:
            props = [f"file={_property(path)}"]
            if f.line is not None:
                props += [f"line={f.line}", f"col={f.column}", f"endLine={f.end_line}", f"endColumn={f.end_column}"]
            props.append(f"title={_property(f'{f.code} {f.name}')}")
            lines.append(f"::{GITHUB_COMMAND[f.severity]} {','.join(props)}::{_data(f.message)}")
    return "".join(line + "\n" for line in lines)
