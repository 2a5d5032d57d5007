"""Line and column of a code-point offset, as editors and code-review tools count them."""

from __future__ import annotations

import bisect


from ..lexicon.compiled import compile_pattern
_BREAK = compile_pattern(r"\r\n|\r|\n")


class LineIndex:
    """Where each line of a text starts, to turn offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of ``offset``; columns count code points."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
