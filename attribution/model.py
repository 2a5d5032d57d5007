"""The data model: frozen pydantic models for spans, sources, attributions and the report.

Every span is a pair of code-point offsets into the text exactly as the user gave it (after
decoding), and its ``text`` always equals ``original[start:end]``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Kind = Literal["direct", "mixed", "indirect", "according_to", "unsourced"]
SourceType = Literal["person", "organization", "media", "document", "unnamed"]
Severity = Literal["error", "warning", "info"]

KINDS: tuple[str, ...] = ("direct", "mixed", "indirect", "according_to", "unsourced")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A stretch of the original text: ``text == original[start:end]``."""

    start: int = Field(ge=0, description="Code-point offset of the first character.")
    end: int = Field(ge=0, description="Code-point offset one past the last character.")
    text: str = Field(description="The original text between start and end, unchanged.")


class Descriptors(_Frozen):
    """What the article says to describe a source, most useful for anonymous ones."""

    count: Span | None = Field(None, description="How many: 'three', 'two', 'several'.")
    role: Span | None = Field(None, description="What the source is: 'defense official'.")
    affiliation: Span | None = Field(
        None, description="Whom the source works for or belongs to: 'State Department'."
    )
    knowledge: Span | None = Field(
        None, description="Why the source would know: 'familiar with the matter'."
    )


class Source(_Frozen):
    """The originator of an attribution, as mentioned nearest its content."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: SourceType = Field(description="person | organization | media | document | unnamed.")
    anonymous: bool = Field(
        description="True when the originator is not identified by a personal name or a named "
        "organization."
    )
    vague: bool = Field(description="True for a group with no identity at all: 'some', 'critics'.")
    resolved: Span | None = Field(
        None, description="The first full mention, when the mention is an anaphor ('the source')."
    )
    count: int | None = Field(None, description="How many people the mention stands for, if said.")
    descriptors: Descriptors = Field(default_factory=Descriptors)
    anonymity_reason: Span | None = Field(
        None, description="The words that give why anonymity was granted, if any."
    )
    source_id: str | None = Field(
        None, description="The id of this source in Report.sources (added field)."
    )


class Attribution(_Frozen):
    """One quote, partial quote, paraphrase or hedged claim, with its cue and source."""

    id: str
    kind: Kind
    content: Span = Field(description="The words reported, without quote marks, cue or source.")
    cue: Span | None = Field(None, description="The word(s) that signal the attribution.")
    source: Source | None = Field(None, description="The originating source, or null.")
    via: list[Span] = Field(
        default_factory=list, description="Outlets the report was relayed through, nearest first."
    )
    rule: str = Field(description="The rule that linked content to source.")
    continues: str | None = Field(
        None, description="The id of the attribution this one continues (a quote split over "
        "paragraphs), or null (added field)."
    )


class SourceEntry(_Frozen):
    """One distinct source in the article and the attributions it carries."""

    id: str
    text: str = Field(description="The source's fullest mention.")
    type: SourceType
    anonymous: bool
    vague: bool
    mentions: list[Span]
    attributions: list[str]


class Finding(_Frozen):
    """A policy finding: a rule that fired on a span of the article."""

    code: str
    name: str
    severity: Severity
    message: str
    span: Span | None = None
    attributions: list[str] = Field(default_factory=list)
    line: int | None = Field(None, description="1-based line of span.start (added field).")
    column: int | None = Field(
        None, description="1-based column of span.start, counted in code points (added field)."
    )
    end_line: int | None = Field(None, description="1-based line of span.end (added field).")
    end_column: int | None = Field(
        None, description="1-based column just past the span's last character, in code points (added field)."
    )
    docs: str | None = Field(None, description="Where the rule is documented: 'docs/rules.md#atr101' (added field).")


class Relay(_Frozen):
    """A report relayed through one or more outlets, and who originated it (added model)."""

    attribution: str = Field(description="The id of the relayed attribution.")
    outlets: list[str] = Field(description="The outlets it was relayed through, nearest first.")
    originator: str | None = Field(description="The originating source's mention, or null when none is given.")
    originator_anonymous: bool | None = Field(description="Whether the originator is anonymous, or null.")


class Summary(_Frozen):
    """Counts over the article's attributions."""

    attributions: int
    by_kind: dict[str, int]
    named: int = Field(description="Attributions whose source is named.")
    anonymous: int = Field(description="Attributions whose source is anonymous.")
    no_source: int = Field(description="Attributions with no source at all.")
    anonymous_share: float | None = Field(
        description="anonymous / (named + anonymous), or null when no attribution has a source."
    )
    distinct_sources: int
    named_sources: int
    anonymous_sources: int
    named_share: float | None = Field(
        None, description="named / (named + anonymous), or null when no attribution has a source (added field)."
    )
    attributions_per_source: dict[str, int] = Field(
        default_factory=dict, description="Source id -> how many attributions it carries (added field)."
    )
    single_anonymous_source_claims: list[str] = Field(
        default_factory=list,
        description="Ids of factual claims that rest on one anonymous source alone (ATR103's test; added field).",
    )
    quotes_without_source: list[str] = Field(
        default_factory=list, description="Ids of direct or mixed quotes with no source (added field)."
    )
    hedged_claims: list[str] = Field(
        default_factory=list, description="Ids of hedged claims with no source: 'reportedly' (added field)."
    )
    relayed: list[Relay] = Field(
        default_factory=list, description="Reports relayed through an outlet and their originators (added field)."
    )


class DocumentInfo(_Frozen):
    """Which text was audited."""

    id: str | None
    path: str | None
    chars: int
    sha256: str = Field(description="SHA-256 of the decoded text, encoded as UTF-8.")


class Report(_Frozen):
    """The audit of one article."""

    schema_version: str = SCHEMA_VERSION
    document: DocumentInfo
    attributions: list[Attribution]
    sources: list[SourceEntry]
    summary: Summary
    findings: list[Finding] = Field(default_factory=list)
