"""The provenance report: frozen pydantic models for clusters of the same words across articles."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Kind, SourceType, Span

PROVENANCE_SCHEMA_VERSION = "1"

Relation = Literal["reference", "exact", "in_part", "extended", "reworded"]
ChangeOp = Literal["replaced", "removed", "added", "not_quoted", "extra"]
ConflictKind = Literal[
    "different_source", "named_vs_anonymous", "source_described_differently", "source_missing",
    "entity_changed", "quote_to_paraphrase",
]
CONFLICT_KINDS: tuple[str, ...] = (
    "entity_changed", "different_source", "named_vs_anonymous", "source_described_differently",
    "source_missing", "quote_to_paraphrase",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    """One input article, in input order."""

    index: int = Field(description="0-based position in the input.")
    name: str = Field(description="The article's path, else its id, else '#index'.")
    date: str | None = Field(None, description="Its publication date (ISO 8601) when known.")
    sha256: str | None = Field(None, description="SHA-256 of the article's text, from its Report.")


class Credit(_Frozen):
    """Whom an article credits the words to, as the article puts it."""

    text: str = Field(description="The source's first full mention ('a department official').")
    mention: str = Field(description="The mention nearest the words ('the spokesman').")
    type: SourceType = Field(description="person | organization | media | document | unnamed.")
    anonymous: bool = Field(description="As in Source.anonymous.")


class Change(_Frozen):
    """One difference between an occurrence's words and the words it is compared with."""

    op: ChangeOp = Field(description="replaced | removed | added (inside the shared stretch), "
                         "not_quoted (words of the other version left out at an end) | extra (words "
                         "beyond the other version at an end).")
    before: str = Field(description="The words in the compared version ('' for added or extra).")
    after: str = Field(description="The words in this occurrence ('' for removed or not_quoted).")


class Occurrence(_Frozen):
    """One article's version of the words."""

    id: str = Field(description="'o1', 'o2', ... within the cluster, earliest first.")
    article: int = Field(description="Index of the article in ProvenanceReport.articles.")
    name: str = Field(description="The article's name (path, id or '#index').")
    date: str | None = Field(None, description="The article's date, when known.")
    attributions: list[str] = Field(description="Ids of the attributions in the article's Report "
                                    "(several when a quote is split by its cue).")
    spans: list[Span] = Field(description="The content spans, offsets into the article.")
    kind: Kind = Field(description="The attribution's kind (of its first piece).")
    source: Credit | None = Field(None, description="Whom the words are credited to, or null.")
    entities: list[str] = Field(default_factory=list, description="Named entities inside the words.")
    compared_with: str | None = Field(None, description="The occurrence this one is compared with "
                                      "(the cluster's reference, else its closest match), or null "
                                      "for the reference.")
    similarity: float | None = Field(None, description="Similarity (0-1) to compared_with.")
    relation: Relation = Field(description="reference | exact | in_part (a stretch of the other) | "
                               "extended (the other plus more) | reworded.")
    changes: list[Change] = Field(default_factory=list, description="The word diff against compared_with.")


class Variant(_Frozen):
    """One version of a point the occurrences disagree on, and who carries it."""

    value: str = Field(description="The version: a credit, an entity, a kind.")
    occurrences: list[str] = Field(description="Ids of the occurrences carrying it.")


class Conflict(_Frozen):
    """The same words, told differently: a different source, a changed name, a quote turned paraphrase."""

    kind: ConflictKind = Field(description="entity_changed | different_source | named_vs_anonymous | "
                               "source_described_differently | source_missing | quote_to_paraphrase.")
    message: str = Field(description="One line saying what differs.")
    expected: Variant = Field(description="The version of the reference (most occurrences).")
    found: Variant = Field(description="The differing version; its occurrences are the flagged ones.")


class Cluster(_Frozen):
    """The occurrences of the same or near-same words in several articles."""

    id: str = Field(description="'c1', 'c2', ...: clusters with conflicts first, then by first appearance.")
    text: str = Field(description="The reference occurrence's words.")
    reference: str = Field(description="The occurrence most like the others (ties: the earliest).")
    earliest: str = Field(description="The earliest occurrence: by date when known, else input order.")
    articles: int = Field(description="How many articles carry the words.")
    occurrences: list[Occurrence] = Field(description="Every occurrence, earliest first.")
    conflicts: list[Conflict] = Field(default_factory=list, description="What the versions disagree on.")


class Skipped(_Frozen):
    """An input record that could not be read, and why."""

    where: str = Field(description="The file, and line for JSONL ('corpus.jsonl:12').")
    kind: Literal["error_record", "bad_record"] = Field(
        description="error_record: a corpus run's record of an article it could not audit (does not change "
        "the exit status); bad_record: a line that is not a Report (exit status 2).")
    message: str = Field(description="One line saying what was wrong.")


class ProvenanceSummary(_Frozen):
    """Counts over the run."""

    articles: int = Field(description="Articles read.")
    attributions: int = Field(description="Attributions in the input Reports (each piece of a split quote counts).")
    clusters: int = Field(description="Clusters found (words in two articles or more).")
    clusters_with_conflicts: int = Field(description="Clusters with at least one conflict.")
    conflicts: dict[str, int] = Field(description="Conflicts per kind; every kind is present.")


class ProvenanceReport(_Frozen):
    """Where the same words appear across a set of articles, and how they changed."""

    schema_version: str = Field(PROVENANCE_SCHEMA_VERSION, description="Version of this JSON contract.")
    min_similarity: float = Field(description="The similarity (0-1) above which two quotes were joined.")
    articles: list[Article] = Field(description="The articles, in input order.")
    clusters: list[Cluster] = Field(description="The clusters, those with conflicts first.")
    skipped: list[Skipped] = Field(default_factory=list, description="Input records left out.")
    summary: ProvenanceSummary = Field(description="Counts over the run.")
