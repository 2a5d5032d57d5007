"""Step 5b: the editorial policy rules, as data (one module per rule), and the run that applies them.

In: a Report's attributions, sources and summary, and the policy Config (``base.Context``).
Out: Findings. ``sourcing.py`` (step 5a) holds the facts about sourcing that the rules and the
audit summary share; the audit (auditing/) runs the rules, which never import it.
"""

from __future__ import annotations

from ..config import Config
from ..model import Finding
from . import (
    atr101_anonymous_no_reason,
    atr102_anonymous_bare_source,
    atr103_single_source_claim,
    atr104_anonymous_opinion,
    atr105_quote_no_source,
    atr106_claim_hedged,
    atr107_plural_for_one,
    atr108_relay_no_originator,
    atr109_anonymous_share,
    atr110_women_share,
)
from .base import Context, Hit, Rule

RULES: tuple[Rule, ...] = tuple(m.RULE for m in (
    atr101_anonymous_no_reason, atr102_anonymous_bare_source, atr103_single_source_claim,
    atr104_anonymous_opinion, atr105_quote_no_source, atr106_claim_hedged, atr107_plural_for_one,
    atr108_relay_no_originator, atr109_anonymous_share, atr110_women_share,
))
BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}

__all__ = ["RULES", "BY_CODE", "Rule", "Context", "Hit", "selected", "severity_of", "run_rules", "matches"]


def matches(rule: Rule, pattern: str) -> bool:
    """Return True when ``pattern`` (a code, code prefix, name or name prefix) names ``rule``."""
    p = pattern.strip()
    if not p:
        return False
    if p.upper() == "ALL":
        return True
    if rule.code.upper().startswith(p.upper()):
        return True
    return rule.name == p or rule.name.startswith(p.rstrip(".") + ".")


def unknown_patterns(patterns: tuple[str, ...] | list[str]) -> list[str]:
    """Return the patterns that name no rule at all (a typo in --select or --ignore)."""
    return [p for p in patterns if not any(matches(r, p) for r in RULES)]


def selected(config: Config) -> list[Rule]:
    """Return the rules ``config`` selects, less those it ignores, in code order."""
    chosen = [r for r in RULES if not config.select or any(matches(r, p) for p in config.select)]
    return [r for r in chosen if not any(matches(r, p) for p in config.ignore)]


def severity_of(rule: Rule, config: Config) -> str:
    """Return the rule's severity under ``config``: configured by code or name, else its default."""
    return config.severity.get(rule.code, config.severity.get(rule.name, rule.severity))


def run_rules(ctx: Context) -> list[Finding]:
    """Return the findings of every selected rule on one article, sorted by position then code."""
    findings = []
    for rule in selected(ctx.config):
        for hit in rule.check(ctx):
            findings.append(Finding(
                code=rule.code, name=rule.name, severity=severity_of(rule, ctx.config),
                message=rule.format(hit), span=hit.span, attributions=list(hit.attributions),
                docs=rule.docs,
            ))
    findings.sort(key=lambda f: (f.span.start if f.span else -1, f.code, f.span.end if f.span else -1))
    return findings
