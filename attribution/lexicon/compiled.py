"""The engine's regular expressions, and the word lists it derives from libraries' data, built once
and kept between runs.

The ``regex`` library compiles a pattern in Python: the engine's two hundred patterns took about a
tenth of a second, most of what a one-article ``audit --fast`` spends before its first word. The
library pickles a compiled pattern as its compiled code (``regex._main._pickle``), so a pattern
read back from a pickle is the same program, rebuilt without parsing its text again.
``compile_pattern`` answers from a file of the patterns compiled before, keyed by their text and
flags, and adds the new ones to that file when the process ends. A changed lexicon makes a new
pattern text, so it is compiled afresh: an entry can be unused, never wrong.

``kept`` does the same for a value built from a library's data files (the index of given names,
the place names, nameparser's titles): it is read back while the library's version is the one it
was built from.

Where: ``$ATTRIBUTION_CACHE_DIR``, else ``$XDG_CACHE_HOME/attribution``, else
``~/.cache/attribution``; ``ATTRIBUTION_CACHE_DIR=off`` turns the file off. A file that cannot be
read (missing, damaged, from another version of ``regex`` or Python, not the user's own, or
writable by others) is ignored, and one that cannot be written is not written: reports are the
same with or without it.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import TypeVar

import regex

CACHE_ENV = "ATTRIBUTION_CACHE_DIR"
_FILE = f"patterns-2-regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}.pickle"
_SPARE = 2  # the file keeps patterns this run did not use while they are at most this many times those it did

T = TypeVar("T")

_lock = threading.Lock()
_stored: dict[tuple[str, int], bytes] | None = None  # from the file: each pattern pickled on its own
_known: dict[tuple[str, int], regex.Pattern] = {}  # built in this run, from the file or compiled
_used: set[tuple[str, int]] = set()
_compiled_here = False


def cache_directory() -> str | None:
    """Return the directory of the pattern file, or None when the file is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "attribution")


_MISSING = object()


def _unpickle(path: str) -> object:
    """Return the value pickled at ``path``, or _MISSING when it cannot be trusted or read."""
    try:
        with open(path, "rb") as f:
            info = os.fstat(f.fileno())
            if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                return _MISSING  # a pickle runs code when read: only the user's own file, written by no one else
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: build afresh
        return _MISSING


def _read(path: str) -> dict[tuple[str, int], bytes]:
    """Return the pickled patterns of the file at ``path``, or {} when it cannot be trusted or read."""
    found = _unpickle(path)
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(v, bytes)}


def _write(directory: str, name: str, value: object) -> str | None:
    """Pickle ``value`` to ``directory/name`` whole, readable by the user alone; return the path, or None."""
    path = os.path.join(directory, name)
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".kept-", dir=directory)
        try:
            with os.fdopen(handle, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(temporary, 0o600)
            os.replace(temporary, path)  # whole or not at all, whichever process writes last
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return None  # a read-only home or a full disk: the next run builds again
    return path


def kept(name: str, source: str, build: Callable[[], T]) -> T:
    """Return ``build()``, read from the file kept for ``name`` when it was built from the same
    ``source`` (the library's name, version and data file), else built and kept."""
    directory = cache_directory()
    if not directory:
        return build()
    key = hashlib.sha256(f"{source}|regex {regex.__version__}|py {sys.version_info[:2]}".encode()).hexdigest()[:16]
    file_name = f"{name}-{key}.pickle"
    found = _unpickle(os.path.join(directory, file_name))
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    value = build()
    if _write(directory, file_name, value):
        for other in os.listdir(directory):  # the same value built from an older version
            if other.startswith(f"{name}-") and other.endswith(".pickle") and other != file_name:
                try:
                    os.unlink(os.path.join(directory, other))
                except OSError:
                    pass
    return value


def _load() -> dict[tuple[str, int], bytes]:
    global _stored
    with _lock:
        if _stored is None:
            directory = cache_directory()
            _stored = _read(os.path.join(directory, _FILE)) if directory else {}
        return _stored


def _from_file(key: tuple[str, int]) -> regex.Pattern | None:
    """Return the pattern the file holds for ``key``, rebuilt from its compiled code, or None."""
    stored = (_stored if _stored is not None else _load()).get(key)
    if stored is None:
        return None
    try:
        found = pickle.loads(stored)
    except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
        return None
    return found if isinstance(found, regex.Pattern) and found.pattern == key[0] else None


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """Return ``regex.compile(pattern, flags)``, from the pattern file when it holds it."""
    global _compiled_here
    key = (pattern, int(flags))
    found = _known.get(key)
    if found is None:
        found = _from_file(key)
        with _lock:
            if found is None:
                found = regex.compile(pattern, flags)
                if not _compiled_here:
                    _compiled_here = True
                    atexit.register(save)
            _known[key] = found
    _used.add(key)
    return found


def save() -> str | None:
    """Write the pattern file when this process compiled a pattern it lacked; return its path, or None."""
    directory = cache_directory()
    if not directory or not _compiled_here:
        return None
    with _lock:
        stored = dict(_stored or {})
        for key in _used:
            if key not in stored and key in _known:
                stored[key] = pickle.dumps(_known[key], protocol=pickle.HIGHEST_PROTOCOL)
        # Patterns of the other path or another command stay; those of an older lexicon go in time.
        if len(stored) > _SPARE * max(len(_used), 200):
            stored = {k: v for k, v in stored.items() if k in _used}
        keep = stored
    return _write(directory, _FILE, keep)
