"""How each output format names a severity, and the rule metadata renderers share."""

from __future__ import annotations

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
