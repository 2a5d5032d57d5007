"""Reading provenance input: audit Reports from JSON or JSONL files, and article dates.

A JSONL line is one Report, optionally with a top-level ``date`` (ISO 8601); the line may also
wrap it as ``{"report": {...}, "date": ...}``. A line with an ``error`` key (a corpus run's record
of a file it could not audit) or that is not a Report is skipped and recorded, never fatal.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from ..errors import ReportFormatError
from ..model import Report
from .model import Skipped


class ErrorRecord(ReportFormatError):
    """A corpus run's record of an article it could not audit: skipped, not an input error."""


def normalize_date(value: object, *, where: str) -> str | None:
    """Return ``value`` as a sortable ISO 8601 string (aware times in UTC), or None when absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ReportFormatError(f"'date' must be an ISO 8601 string, not {type(value).__name__}", path=where)
    try:
        if len(value) == 10:
            return datetime.date.fromisoformat(value).isoformat()
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ReportFormatError(f"'date' {value!r} is not an ISO 8601 date", path=where) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return moment.isoformat()


def parse_record(data: object, *, where: str) -> tuple[Report, str | None]:
    """Return the Report and date of one decoded JSON record, raising ReportFormatError when it is not one."""
    if not isinstance(data, dict):
        raise ReportFormatError("not a JSON object (expected an audit Report)", path=where)
    if "error" in data:
        message = data.get("error")
        raise ErrorRecord(f"an error record ({message if isinstance(message, str) else 'no message'})",
                                path=where)
    data = dict(data)
    date = data.pop("date", None)
    if "report" in data and isinstance(data["report"], dict):
        date = date if date is not None else data.get("date")
        data = dict(data["report"])
        date = data.pop("date", date)
    try:
        report = Report.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "record"
        raise ReportFormatError(f"not an audit Report ({loc}: {first['msg']})", path=where) from None
    return report, normalize_date(date, where=where)


def read_jsonl(path: str, lines: Iterable[str]) -> Iterator[tuple[Report, str | None] | Skipped]:
    """Yield a (Report, date) per good line of a JSONL file's lines, a Skipped record per bad one."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield parse_record(json.loads(line), where=where)
        except json.JSONDecodeError as exc:
            yield Skipped(where=where, kind="bad_record", message=f"{ReportFormatError.code}: not JSON ({exc.msg})")
        except ErrorRecord as exc:
            yield Skipped(where=where, kind="error_record", message=f"{exc.code}: {exc.message}")
        except ReportFormatError as exc:
            yield Skipped(where=where, kind="bad_record", message=f"{exc.code}: {exc.message}")


def read_json(path: str, text: str) -> list[tuple[Report, str | None]]:
    """Return the (Report, date) pairs of a JSON file: one Report or an array of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFormatError(f"not JSON ({exc.msg} at line {exc.lineno})", path=path) from None
    records = data if isinstance(data, list) else [data]
    return [parse_record(r, where=path if len(records) == 1 else f"{path}[{i}]") for i, r in enumerate(records)]
