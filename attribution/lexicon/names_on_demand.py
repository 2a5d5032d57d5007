"""gender-guesser's given-name list, read a name at a time.

``gender_guesser.detector.Detector`` parses all 48,000 lines of its data file when it is built,
about a third of a second: most of what a one-article ``audit --fast`` spent before its first word.
``NamesOnDemand`` finds where each name's lines are in one pass over the file and hands a name's
lines to the library's own line parser the first time that name is asked for, so every answer is
the library's (tests/test_lexicon_people.py compares the two on every name of the file).
"""

from __future__ import annotations

import os
import threading

from gender_guesser.detector import Detector

from .compiled import kept


class NamesOnDemand(Detector):
    """A case-insensitive ``Detector`` whose ``get_gender`` parses only the lines of the name asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        super().__init__(case_sensitive=False)

    def _parse(self, filename: str) -> None:
        self.names = {}
        info = os.stat(filename)
        self._lines_of: dict[str, str] = kept(
            "given-names", f"index 1 of {filename} {info.st_size} {info.st_mtime_ns}", lambda: _index(filename))

    def get_gender(self, name: str, country: str | None = None) -> str:
        """Return the library's answer for ``name``: "male", "female", "mostly_male", "mostly_female",
        "andy" or "unknown". Safe from several threads (Dask workers run threads)."""
        key = name.lower()
        if key not in self.names:
            with self._lock:  # one thread parses a name; the others wait for its entry
                joined = self._lines_of.pop(key, None)
                if joined:
                    # The name's lines, in file order, into a table of their own: a line also sets the
                    # other spellings of a "+" name, which get theirs when they are asked for.
                    table = Detector.__new__(Detector)
                    table.case_sensitive, table.names = False, {}
                    for line in joined.split("\n"):
                        table._eat_name_line(line.strip())
                    self.names[key] = table.names[key]
        return super().get_gender(name, country)


def _index(filename: str) -> dict[str, str]:
    """Return each spelling of a name in gender-guesser's data file, lower-cased, with its lines
    in file order, joined by line breaks."""
    with open(filename, encoding="utf-8", newline="") as f:
        text = f.read()
    lines_of: dict[str, list[str]] = {}
    for line in text.split("\n"):
        # A data line is no comment ("#") or section mark ("="): its gender code, spaces or tabs,
        # then the name. "+" in a name stands for "", " " or "-" (the library's _set).
        if not line or line[0] in "#=" or line[0].isspace():
            continue
        fields = line.split(None, 2)
        if len(fields) < 2 or line[len(fields[0])] not in " \t":
            continue
        name = fields[1].lower()
        spellings = {name.replace("+", r) for r in ("", " ", "-")} if "+" in name else (name,)
        for spelling in spellings:
            lines_of.setdefault(spelling, []).append(line)
    return {name: "\n".join(lines) for name, lines in lines_of.items()}
