"""The engine's regular expressions, compiled once and kept between runs.

The ``regex`` library compiles a pattern in Python: the engine's two hundred patterns took about a
tenth of a second, most of what a one-article ``audit --fast`` spends before its first word. The
library pickles a compiled pattern as its compiled code (``regex._main._pickle``), so a pattern
read back from a pickle is the same program, rebuilt without parsing its text again.
``compile_pattern`` answers from a file of the patterns compiled before, keyed by their text and
flags, and adds the new ones to that file when the process ends. A changed lexicon makes a new
pattern text, so it is compiled afresh: an entry can be unused, never wrong.

Where: ``$ATTRIBUTION_CACHE_DIR``, else ``$XDG_CACHE_HOME/attribution``, else
``~/.cache/attribution``; ``ATTRIBUTION_CACHE_DIR=off`` turns the file off. A file that cannot be
read (missing, damaged, from another version of ``regex`` or Python, not the user's own, or
writable by others) is ignored, and one that cannot be written is not written: reports are the
same with or without it.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import tempfile
import threading

import regex

CACHE_ENV = "ATTRIBUTION_CACHE_DIR"
_FILE = f"patterns-regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}.pickle"
_MOST = 4000  # entries kept in the file; past that, only this run's patterns are written

_lock = threading.Lock()
_known: dict[tuple[str, int], regex.Pattern] | None = None
_used: set[tuple[str, int]] = set()
_compiled_here = False


def cache_directory() -> str | None:
    """Return the directory of the pattern file, or None when the file is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "attribution")


def _read(path: str) -> dict:
    """Return the patterns of the file at ``path``, or {} when it cannot be trusted or read."""
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                return {}  # a pickle runs code when read: only the user's own file, written by no one else
            found = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile afresh
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(v, regex.Pattern)}


def _load() -> dict[tuple[str, int], regex.Pattern]:
    global _known
    with _lock:
        if _known is None:
            directory = cache_directory()
            _known = _read(os.path.join(directory, _FILE)) if directory else {}
        return _known


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """Return ``regex.compile(pattern, flags)``, from the pattern file when it holds it."""
    key = (pattern, int(flags))
    known = _known if _known is not None else _load()
    found = known.get(key)
    if found is None:
        found = regex.compile(pattern, flags)
        global _compiled_here
        with _lock:
            known[key] = found
            if not _compiled_here:
                _compiled_here = True
                atexit.register(save)
    _used.add(key)
    return found


def save() -> str | None:
    """Write the pattern file when this process compiled a pattern it lacked; return its path, or None."""
    directory = cache_directory()
    if not directory or not _compiled_here or _known is None:
        return None
    with _lock:
        keep = dict(_known) if len(_known) <= _MOST else {k: _known[k] for k in _used if k in _known}
    path = os.path.join(directory, _FILE)
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".patterns-", dir=directory)
        try:
            with os.fdopen(handle, "wb") as f:
                pickle.dump(keep, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(temporary, 0o600)
            os.replace(temporary, path)  # whole or not at all, whichever process writes last
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return None  # a read-only home or a full disk: the next run compiles again
    return path
