"""Policy configuration: which rules run, at what severity, with which thresholds, and when to fail.

Read from ``[tool.attribution]`` in a pyproject.toml (searched from the article's directory upwards,
then from the working directory upwards) or from a TOML file given with ``--config`` (its keys at
the top level or under ``[tool.attribution]``). Keys::

    select = ["ATR1"]              # codes, code prefixes, names or name prefixes; default: all
    ignore = ["ATR104"]            # the same forms; applied after select
    fail-on = "error"              # error | warning | info | never
    [tool.attribution.severity]    # per rule, by code or name
    ATR106 = "error"
    [tool.attribution.thresholds]
    anonymous-share = 0.5          # ATR109
    min-women-share = 0.3          # ATR110 (off by default: 0)
    [tool.attribution.limits]      # input limits (settings.py; default: environment, else built-in)
    max-document-chars = 5000000
    max-sentence-chars = 10000
    [tool.attribution.server]      # `attribution serve` (flags override; see docs/server.md)
    host = "127.0.0.1"
    port = 8080
    workers = 2                    # audit worker processes
    timeout = 30                   # seconds an audit may take before 504
    cors-origins = ["https://cms.example.org"]   # none by default
    [tool.attribution.voices]      # who is quoted (docs/audit.md#who-is-quoted-source-gender)
    gender = "text+names"          # text+names | text | off
"""

from __future__ import annotations

import pathlib
import tomllib
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import AttributionError
from .settings import LIMIT_DEFAULTS, limit

SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
FAIL_ON = ("error", "warning", "info", "never")
GENDER_MODES = ("text+names", "text", "off")
"""[tool.attribution.voices] gender: "text+names" labels a person's gender from the article's words, else
from the given name; "text" from the article's words only; "off" leaves every gender field null."""

DEFAULT_THRESHOLDS: dict[str, float] = {
    "anonymous-share": 0.5,  # ATR109: anonymous share of sourced attributions above this fires
    "anonymous-share-min-attributions": 3,  # ATR109: ... when at least this many are sourced
    "corroboration-overlap": 0.5,  # ATR103: share of a claim's content words another source must repeat
    "claim-min-words": 3,  # ATR103: shorter contents are not judged as claims
    "min-women-share": 0,  # ATR110: share of women among people of known gender under this fires; 0 = off
    "women-share-min-people": 3,  # ATR110: ... when at least this many people of known gender are quoted
}
SHARE_THRESHOLDS = frozenset({"min-women-share"})
"""Thresholds that are a share, between 0 and 1 (a newsroom's "30%" is 0.3)."""


class ConfigError(AttributionError):
    """The configuration cannot be read or has a bad value."""

    code = "E020"


@dataclass(frozen=True)
class Config:
    """The policy settings for one run; the default selects every rule at its default severity."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    fail_on: str = "error"
    path: str | None = None
    limits: dict[str, int] = field(default_factory=dict)  # only the limits the file sets
    server: dict[str, Any] = field(default_factory=dict)  # [tool.attribution.server], validated
    gender: str = "text+names"  # [tool.attribution.voices] gender: one of GENDER_MODES

    def limit(self, name: str) -> int:
        """Return the input limit ``name``: configured, else from the environment, else the default."""
        return limit(name, self.limits)

    def threshold(self, name: str) -> float:
        """Return the threshold ``name``, configured or default."""
        return self.thresholds.get(name, DEFAULT_THRESHOLDS[name])

    def with_overrides(self, *, select: list[str] | None = None, ignore: list[str] | None = None,
                       fail_on: str | None = None) -> Config:
        """Return a copy with command-line selections: ``--select`` replaces, ``--ignore`` adds."""
        new = self
        if select:
            new = replace(new, select=tuple(select))
        if ignore:
            new = replace(new, ignore=new.ignore + tuple(ignore))
        if fail_on:
            new = replace(new, fail_on=fail_on)
        return new


def _strings(value: Any, key: str, path: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of rule codes or names", path=path)
    return tuple(v.strip() for v in value if v.strip())


def from_table(table: dict[str, Any], path: str) -> Config:
    """Return the Config of a ``[tool.attribution]`` table; raises ConfigError on a bad value."""
    known = {"select", "ignore", "fail-on", "fail_on", "severity", "thresholds", "limits", "server", "voices"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}' in [tool.attribution] (known: {', '.join(sorted(known))})",
                          path=path)
    fail_on = table.get("fail-on", table.get("fail_on", "error"))
    if fail_on not in FAIL_ON:
        raise ConfigError(f"'fail-on' must be one of {', '.join(FAIL_ON)}, not {fail_on!r}", path=path)
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError("'severity' must be a table of rule = severity", path=path)
    for rule, level in severity.items():
        if level not in SEVERITY_RANK:
            raise ConfigError(f"severity of {rule} must be error, warning or info, not {level!r}", path=path)
    thresholds = dict(DEFAULT_THRESHOLDS)
    given = table.get("thresholds", {})
    if not isinstance(given, dict):
        raise ConfigError("'thresholds' must be a table of name = number", path=path)
    for name, value in given.items():
        if name not in DEFAULT_THRESHOLDS:
            raise ConfigError(f"unknown threshold '{name}' (known: {', '.join(DEFAULT_THRESHOLDS)})", path=path)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"threshold '{name}' must be a number >= 0, not {value!r}", path=path)
        if name in SHARE_THRESHOLDS and value > 1:
            raise ConfigError(f"threshold '{name}' is a share between 0 and 1 (0.3 for 30%), not {value!r}",
                              path=path)
        thresholds[name] = float(value)
    limits = table.get("limits", {})
    if not isinstance(limits, dict):
        raise ConfigError("'limits' must be a table of name = number", path=path)
    for name, value in limits.items():
        if name not in LIMIT_DEFAULTS:
            raise ConfigError(f"unknown limit '{name}' (known: {', '.join(LIMIT_DEFAULTS)})", path=path)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"limit '{name}' must be a whole number above 0, not {value!r}", path=path)
    return Config(
        server=_server(table.get("server", {}), path),
        gender=_voices(table.get("voices", {}), path),
        select=_strings(table.get("select", []), "select", path),
        ignore=_strings(table.get("ignore", []), "ignore", path),
        severity={str(k): str(v) for k, v in severity.items()},
        thresholds=thresholds,
        fail_on=fail_on,
        path=path,
        limits={str(k): int(v) for k, v in limits.items()},
    )


SERVER_KEYS: dict[str, type | tuple[type, ...]] = {  # key -> the TOML types it takes
    "host": str, "port": int, "workers": int, "timeout": (int, float), "queue-timeout": (int, float),
    "cors-origins": list,
}


def _server(table: Any, path: str) -> dict[str, Any]:
    """Return the validated ``[tool.attribution.server]`` table; raises ConfigError on a bad key or value."""
    if not isinstance(table, dict):
        raise ConfigError("'server' must be a table", path=path)
    for key, value in table.items():
        if key not in SERVER_KEYS:
            raise ConfigError(f"unknown key '{key}' in [tool.attribution.server] (known: {', '.join(SERVER_KEYS)})",
                              path=path)
        if isinstance(value, bool) or not isinstance(value, SERVER_KEYS[key]):
            raise ConfigError(f"server '{key}' has a value of the wrong type: {value!r}", path=path)
        if key == "cors-origins" and not all(isinstance(v, str) and v for v in value):
            raise ConfigError("server 'cors-origins' must be a list of origins such as 'https://cms.example.org'",
                              path=path)
        if key in ("port", "workers", "timeout", "queue-timeout") and value <= 0:
            raise ConfigError(f"server '{key}' must be above 0, not {value!r}", path=path)
    return dict(table)


def _voices(table: Any, path: str) -> str:
    """Return the gender mode of a ``[tool.attribution.voices]`` table; raises ConfigError on a bad key or value."""
    if not isinstance(table, dict):
        raise ConfigError("'voices' must be a table", path=path)
    for key in table:
        if key != "gender":
            raise ConfigError(f"unknown key '{key}' in [tool.attribution.voices] (known: gender)", path=path)
    mode = table.get("gender", "text+names")
    if mode not in GENDER_MODES:
        raise ConfigError(f"voices 'gender' must be one of {', '.join(GENDER_MODES)}, not {mode!r}", path=path)
    return mode


def _read_toml(path: pathlib.Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError("configuration file not found", path=str(path)) from None
    except IsADirectoryError:
        raise ConfigError("configuration path is a directory, not a TOML file", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration ({exc.strerror})", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})", path=str(path)) from None


def load_file(path: str) -> Config:
    """Return the Config in a TOML file: its ``[tool.attribution]`` table, else its top level."""
    data = _read_toml(pathlib.Path(path))
    table = data.get("tool", {}).get("attribution") if isinstance(data.get("tool"), dict) else None
    return from_table(table if isinstance(table, dict) else {k: v for k, v in data.items() if k != "tool"}, path)


def find_pyproject(start: pathlib.Path) -> pathlib.Path | None:
    """Return the nearest pyproject.toml at or above ``start`` that has ``[tool.attribution]``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            data = _read_toml(candidate)
            if isinstance(data.get("tool"), dict) and "attribution" in data["tool"]:
                return candidate
    return None


def discover(article: str | None = None, cwd: pathlib.Path | None = None) -> Config:
    """Return the Config for an article: from the nearest pyproject.toml above it, else above cwd, else defaults."""
    starts = []
    if article is not None:
        starts.append(pathlib.Path(article).resolve().parent)
    starts.append(cwd or pathlib.Path.cwd())
    for start in starts:
        found = find_pyproject(start)
        if found is not None:
            table = _read_toml(found)["tool"]["attribution"]
            if not isinstance(table, dict):
                raise ConfigError("[tool.attribution] must be a table", path=str(found))
            return from_table(table, str(found))
    return Config()


def fails(severity: str, fail_on: str) -> bool:
    """Return True when a finding of ``severity`` makes the run fail under ``fail_on``."""
    return fail_on != "never" and SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]
