"""The data model: frozen, and documented in docs/schema.md."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from attribution.model import Span
from attribution.render.schema import schema_markdown
from conftest import ROOT


def test_models_are_frozen():
    span = Span(start=0, end=3, text="abc")
    with pytest.raises(ValidationError):
        span.start = 1


def test_docs_schema_is_generated_from_the_models():
    current = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert current == schema_markdown(), "regenerate: python -m attribution schema --format markdown > docs/schema.md"
