"""What a policy rule is: its data (code, name, severity, message, docs, examples) and its check."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..config import Config
from ..model import Attribution, Severity, SourceEntry, Span, Summary
from ..prepare.sentences import SentenceIndex


@dataclass(frozen=True)
class Context:
    """What a rule sees: the original text, the engine's output, the summary and the settings."""

    text: str
    attributions: list[Attribution]
    sources: list[SourceEntry]
    summary: Summary
    config: Config

    @functools.cached_property
    def sentences(self) -> SentenceIndex:
        """Return the text's sentences (prepare/sentences.py), found when a rule first asks."""
        return SentenceIndex(self.text)


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: the span, the attributions involved, and the message's values."""

    span: Span | None
    attributions: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """A policy rule as data: every field is shown in docs/rules.md and checked by a meta-test."""

    code: str  # stable: ATR101
    name: str  # dotted: anonymous.no-reason
    severity: Severity  # the default severity
    summary: str  # one line: what the rule finds
    message: str  # one line with {placeholders} filled from Hit.values; names the offending span
    rationale: str  # why: the newsroom standards it comes from
    heuristic: str  # how the rule decides, in plain words
    fires: tuple[str, ...]  # real-looking articles on which it fires
    passes: tuple[str, ...]  # real-looking articles on which it does not
    check: Callable[[Context], Iterator[Hit]]
    # The thresholds its examples are judged under: an optional rule (off by default) needs a
    # newsroom's setting to fire at all, as ATR110 needs `min-women-share`.
    example_thresholds: tuple[tuple[str, float], ...] = ()

    @property
    def docs(self) -> str:
        """Return the docs link of the rule: ``docs/rules.md#atr101``."""
        return f"docs/rules.md#{self.code.lower()}"

    def example_config(self) -> Config:
        """Return the Config the rule's examples are judged under: the defaults with ``example_thresholds``."""
        return Config(thresholds={**Config().thresholds, **dict(self.example_thresholds)})

    def format(self, hit: Hit) -> str:
        """Return the rule's one-line message for ``hit``."""
        values = {k: " ".join(v.split()) for k, v in hit.values.items()}
        return self.message.format(**values)


def quoted(text: str, width: int = 60) -> str:
    """Return ``text`` on one line, shortened to ``width`` characters, for a message."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def source_label(attribution: Attribution) -> str:
    """Return the source's mention (its first full mention for an anaphor), shortened."""
    s = attribution.source
    if s is None:
        return ""
    return quoted(s.resolved.text if s.resolved else s.text, 50)


def source_span(attribution: Attribution) -> Span | None:
    """Return the span of the attribution's source mention, or None."""
    s = attribution.source
    return None if s is None else Span(start=s.start, end=s.end, text=s.text)
