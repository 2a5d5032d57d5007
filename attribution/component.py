"""The spaCy pipeline component: ``nlp.add_pipe("attribution")`` sets ``doc._.attribution``.

A thin door into the library for users who already hold a parsed Doc: the Doc is read as it is,
never parsed again, and the Report's offsets are into ``doc.text``. spaCy finds the factory through
the package's ``spacy_factories`` entry point (pyproject.toml), with no import; importing this
module registers it too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .auditing.auditor import audit_doc

if not Doc.has_extension("attribution"):
    Doc.set_extension("attribution", default=None)


class AttributionComponent:
    """Sets ``doc._.attribution`` to the Doc's Report."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Return the Doc with ``doc._.attribution`` set."""
        doc._.attribution = audit_doc(doc)
        return doc


@Language.factory("attribution")
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    """Return the attribution component (needs a parser and NER before it in the pipeline)."""
    return AttributionComponent(nlp, name)
