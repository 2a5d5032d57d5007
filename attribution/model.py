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
Gender = Literal["female", "male", "unknown"]
GenderBasis = Literal["text", "name"]
RoleKind = Literal["official", "expert", "other"]

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

    start: int = Field(ge=0, description="Start of the mention nearest the content.")
    end: int = Field(ge=0, description="End of that mention.")
    text: str = Field(description="The mention as written ('the source', 'she', 'a senior official').")
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

    id: str = Field(description="'a1', 'a2', ... in order of the content's start.")
    kind: Kind = Field(description="direct | mixed | indirect | according_to | unsourced.")
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

    id: str = Field(description="'s1', 's2', ... in order of first appearance.")
    text: str = Field(description="The source's first full mention.")
    type: SourceType = Field(description="As in Source.type.")
    anonymous: bool = Field(description="As in Source.anonymous.")
    vague: bool = Field(description="As in Source.vague.")
    mentions: list[Span] = Field(description="Every mention of the source that carries an attribution.")
    attributions: list[str] = Field(description="The ids of the attributions this source carries.")
    gender: Gender | None = Field(
        None, description="For one person (a person source, or an anonymous individual: 'a senior "
        "official'): 'female' or 'male' as the article's words give it (a pronoun that refers to the "
        "person, an honorific, a gendered role noun), else as the given name suggests (see "
        "gender_basis), else 'unknown'; null for organizations, media, documents and groups of "
        "people, or when gender labels are off (added field)."
    )
    gender_basis: GenderBasis | None = Field(
        None, description="'text' when the article's words say the gender, 'name' when only the given "
        "name's statistics do, null otherwise (added field)."
    )
    gender_evidence: Span | None = Field(
        None, description="The words that show the gender: 'she' of 'she said', 'Ms.', 'chairwoman'; "
        "for basis 'name', the given name (added field)."
    )
    role_kind: RoleKind | None = Field(
        None, description="For a person: 'official' (holds an office or speaks for an institution: 'Sen.', "
        "'minister', 'spokeswoman', 'police chief', 'chief executive'), 'expert' ('professor', 'analyst', "
        "'economist', 'Dr.') or 'other', as the words the engine gives for the person tell (its mentions, "
        "first full mention and role descriptor; lexicon/roles.toml); null for sources that are not "
        "people (added field)."
    )
    role_kind_evidence: Span | None = Field(
        None, description="The word that decided role_kind ('Sen.', 'analyst'); null for 'other' (added field)."
    )


class Finding(_Frozen):
    """A policy finding: a rule that fired on a span of the article."""

    code: str = Field(description="Stable rule code, e.g. ATR101.")
    name: str = Field(description="Dotted rule name, e.g. anonymous.no-reason.")
    severity: Severity = Field(description="error | warning | info.")
    message: str = Field(description="One line saying what is wrong.")
    span: Span | None = Field(None, description="The offending words.")
    attributions: list[str] = Field(default_factory=list, description="Ids of the attributions concerned.")
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


class GenderCounts(_Frozen):
    """Counts by gender (added model)."""

    female: int = Field(0, description="With gender 'female'.")
    male: int = Field(0, description="With gender 'male'.")
    unknown: int = Field(0, description="With gender 'unknown'.")


class VoiceCounts(_Frozen):
    """Distinct people quoted (person sources and anonymous individuals) and their attributions by
    gender (added model)."""

    people: GenderCounts = Field(default_factory=GenderCounts, description="Distinct people quoted by gender.")
    attributions: GenderCounts = Field(
        default_factory=GenderCounts, description="The attributions those people carry, by their gender."
    )
    women_share: float | None = Field(
        None, description="female / (female + male) among the people, or null when no gender is known."
    )


class Voices(VoiceCounts):
    """Who is quoted: the article's people (person sources and anonymous individuals) by gender, all
    of them, named or anonymous apart, and officials, experts or others apart (added model)."""

    named: VoiceCounts = Field(default_factory=VoiceCounts, description="The same, for named people only.")
    anonymous: VoiceCounts = Field(default_factory=VoiceCounts, description="The same, for anonymous people only.")
    officials: VoiceCounts = Field(
        default_factory=VoiceCounts, description="The same, for officials only (SourceEntry.role_kind; added field)."
    )
    experts: VoiceCounts = Field(
        default_factory=VoiceCounts, description="The same, for experts only (SourceEntry.role_kind; added field)."
    )
    others: VoiceCounts = Field(
        default_factory=VoiceCounts, description="The same, for people the words tell neither an official nor an "
        "expert (SourceEntry.role_kind; added field)."
    )


class Summary(_Frozen):
    """Counts over the article's attributions."""

    attributions: int = Field(description="How many attributions the article has.")
    by_kind: dict[str, int] = Field(description="Attributions per kind; every kind is present.")
    named: int = Field(description="Attributions whose source is named.")
    anonymous: int = Field(description="Attributions whose source is anonymous.")
    no_source: int = Field(description="Attributions with no source at all.")
    anonymous_share: float | None = Field(
        description="anonymous / (named + anonymous), or null when no attribution has a source."
    )
    distinct_sources: int = Field(description="Entries in Report.sources.")
    named_sources: int = Field(description="Distinct sources that are named.")
    anonymous_sources: int = Field(description="Distinct sources that are anonymous.")
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
    voices: Voices | None = Field(
        None, description="Person sources and their attributions by gender, and the share of women among "
        "people of known gender; null when gender labels are off (added field)."
    )


class DocumentInfo(_Frozen):
    """Which text was audited."""

    id: str | None = Field(description="The caller's id for the article, if given.")
    path: str | None = Field(description="The file the article was read from, if any.")
    chars: int = Field(description="Length of the audited text in code points.")
    sha256: str = Field(description="SHA-256 of the audited text, encoded as UTF-8.")
    format: Literal["text", "html"] = Field(
        "text", description="What the article was read from: text, or an HTML page whose article body "
        "was extracted (added field)."
    )
    text: str | None = Field(
        None, description="For HTML input, the extracted text every offset counts into; null for text "
        "input, whose offsets count into the decoded file (added field)."
    )


class Report(_Frozen):
    """The audit of one article."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this JSON contract.")
    document: DocumentInfo = Field(description="Which text was audited.")
    attributions: list[Attribution] = Field(description="Every attribution, in order of content start.")
    sources: list[SourceEntry] = Field(description="One entry per distinct source.")
    summary: Summary = Field(description="Counts over the attributions.")
    findings: list[Finding] = Field(default_factory=list, description="Policy findings (see docs/rules.md).")


class ErrorInfo(_Frozen):
    """Why a document could not be audited (added model)."""

    code: str = Field(description="Stable error code, e.g. E006 (too large), E007 (sentence too long).")
    message: str = Field(description="One line saying what is wrong and what to do.")


class DocumentRef(_Frozen):
    """The id and path of a document that could not be audited (added model)."""

    id: str | None = Field(description="The caller's id for the document, if given.")
    path: str | None = Field(description="The file the document was read from, if any.")


class ErrorRecord(_Frozen):
    """A document of a batch that could not be audited, in place of its Report (added model)."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this JSON contract.")
    document: DocumentRef = Field(description="Which document failed.")
    error: ErrorInfo = Field(description="What went wrong.")
