"""Matching and scoring: a Report against its gold, counted in a Tally.

A system content span matches a gold one when it covers at least half of the gold content's
characters; matching is one-to-one, greedy by overlap. A source is right when the words of the
system's originating source overlap the gold source's (token F1 >= 0.5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


from ..lexicon.compiled import compile_pattern
from ..errors import InputError
from ..model import KINDS, ErrorRecord, Report
from .gold import GoldDoc, GoldItem

_TOKEN = compile_pattern(r"[\p{L}\p{N}]+")


@dataclass
class Tally:
    """Counts for one scored set of articles."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    source_total: int = 0
    source_right: int = 0
    anon_total: int = 0
    anon_right: int = 0
    reason_total: int = 0
    reason_found: int = 0
    kind_total: int = 0
    kind_right: int = 0
    anon_findings: int = 0  # ATR101-ATR104 findings
    anon_findings_right: int = 0  # ... whose attributions all rest on a source the gold calls anonymous
    in_boilerplate: int = 0
    gold_by_kind: Counter = field(default_factory=Counter)
    matched_by_kind: Counter = field(default_factory=Counter)
    system_by_kind: Counter = field(default_factory=Counter)
    system_matched_by_kind: Counter = field(default_factory=Counter)

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def token_f1(a: str, b: str) -> float:
    """Return the token-overlap F1 of two strings (case-insensitive words)."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


_LIGHT = frozenset({"a", "an", "the", "of", "s", "and"})


def same_source(system: str, gold: str) -> bool:
    """True when two source mentions name the same source: token F1 >= 0.5, or the words of one
    are all in the other ("Dana Whitfield" in "Brightloop's chief financial officer, Dana Whitfield")."""
    if token_f1(system, gold) >= 0.5:
        return True
    ts, tg = set(_tokens(system)) - _LIGHT, set(_tokens(gold)) - _LIGHT
    return bool(ts) and bool(tg) and (ts <= tg or tg <= ts)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[GoldItem], system: list) -> list[tuple[int, int]]:
    """Return one-to-one (gold index, system index) pairs: system covers >= half the gold chars."""
    pairs = []
    for gi, g in enumerate(gold):
        length = max(g.end - g.start, 1)
        for si, a in enumerate(system):
            ov = _overlap((g.start, g.end), (a.content.start, a.content.end))
            if ov * 2 >= length:
                pairs.append((ov / length, -abs(a.content.start - g.start), gi, si))
    pairs.sort(reverse=True)
    used_g, used_s, out = set(), set(), []
    for _, _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def _system_source_text(a) -> str:
    s = a.source
    if s is None:
        return ""
    return s.resolved.text if s.resolved is not None else s.text


def merge_continuations(report: Report) -> list:
    """Return the attributions with each quote that continues another merged into it.

    PolNeAR annotates a quote split by its cue ("“A,” she said. “B.”") as one content from the
    first fragment's start to the last fragment's end; this engine reports linked pieces.
    """
    by_id = {a.id: a for a in report.attributions}
    root: dict[str, str] = {}
    for a in report.attributions:
        r = a.id
        while by_id[r].continues is not None and by_id[r].continues in by_id and by_id[r].continues != r:
            r = by_id[r].continues
        root[a.id] = r
    spans: dict[str, tuple[int, int]] = {}
    for a in report.attributions:
        s, e = spans.get(root[a.id], (a.content.start, a.content.end))
        spans[root[a.id]] = (min(s, a.content.start), max(e, a.content.end))
    merged = []
    for a in report.attributions:
        if root[a.id] != a.id:
            continue
        s, e = spans[a.id]
        merged.append(a.model_copy(update={"content": a.content.model_copy(update={"start": s, "end": e})}))
    return merged


ANONYMITY_RULES = frozenset({"ATR101", "ATR102", "ATR103", "ATR104"})


def score(doc: GoldDoc, report: Report, *, polnear: bool) -> Tally:
    """Return the Tally of one report against its gold annotations.

    An optional gold item is neither a miss when nothing matches it nor a false positive when a
    system item does: both leave the counts.
    """
    attributions = merge_continuations(report) if polnear else report.attributions
    report = report.model_copy(update={"attributions": attributions})
    pairs = match(doc.items, report.attributions)
    optional_hits = {si for gi, si in pairs if doc.items[gi].optional}
    pairs = [(gi, si) for gi, si in pairs if not doc.items[gi].optional]
    t = Tally(gold=sum(not g.optional for g in doc.items), system=len(report.attributions) - len(optional_hits))
    for g in doc.items:
        if not g.optional:
            t.gold_by_kind[g.kind or "?"] += 1
    for si, a in enumerate(report.attributions):
        if si in optional_hits:
            continue
        t.system_by_kind[a.kind] += 1
        if any(s <= a.content.start < e for s, e in doc.boilerplate):
            t.in_boilerplate += 1
    t.matched = len(pairs)
    for gi, si in pairs:
        g, a = doc.items[gi], report.attributions[si]
        t.matched_by_kind[g.kind or "?"] += 1
        t.system_matched_by_kind[a.kind] += 1
        if g.kind in KINDS:
            t.kind_total += 1
            t.kind_right += a.kind == g.kind
        if g.source is not None:
            t.source_total += 1
            if polnear:
                # PolNeAR's source is the mention as written (often a pronoun): compare mentions.
                right = a.source is not None and (
                    token_f1(a.source.text, g.source) >= 0.5
                    or (g.source_span is not None and _overlap(g.source_span, (a.source.start, a.source.end)) > 0)
                )
            else:
                right = (not g.source and a.source is None) or (
                    bool(g.source) and a.source is not None and same_source(_system_source_text(a), g.source))
            t.source_right += right
        if g.anonymous is not None and a.source is not None:
            t.anon_total += 1
            t.anon_right += a.source.anonymous == g.anonymous
        if g.reason is not None:
            t.reason_total += 1
            r = a.source.anonymity_reason if a.source is not None else None
            t.reason_found += r is not None and _overlap(g.reason, (r.start, r.end)) * 2 >= g.reason[1] - g.reason[0]
    if not polnear:
        _score_anonymity_findings(doc, report, t)
    return t


def _score_anonymity_findings(doc: GoldDoc, report: Report, t: Tally) -> None:
    """Count the anonymity findings (ATR101-ATR104) and those that rest on sources the gold calls anonymous.

    A finding is right when every attribution it names matches a gold item (optional ones
    included) whose source is anonymous; a finding on an attribution the gold does not have, or
    on a named source, is wrong.
    """
    gold_of = {si: doc.items[gi] for gi, si in match(doc.items, report.attributions)}
    index = {a.id: si for si, a in enumerate(report.attributions)}
    for f in report.findings:
        if f.code not in ANONYMITY_RULES:
            continue
        t.anon_findings += 1
        golds = [gold_of.get(index.get(aid, -1)) for aid in f.attributions]
        t.anon_findings_right += bool(golds) and all(g is not None and g.anonymous is True for g in golds)


def evaluate_docs(docs: Iterable[GoldDoc], *, polnear: bool, fast: bool = False) -> Tally:
    """Run the engine over the documents and return the summed Tally."""
    from ..auditing.auditor import audit_many

    docs = list(docs)
    total = Tally()
    for doc, report in zip(docs, audit_many(((d.doc_id, d.text) for d in docs), fast=fast)):
        if isinstance(report, ErrorRecord):
            raise InputError(f"the engine could not audit this article: {report.error.message}", path=doc.doc_id)
        total.add(score(doc, report, polnear=polnear))
    return total


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def figures(t: Tally) -> dict:
    """Return precision, recall, F1 and the source figures of a Tally as a dict."""
    p, r = _ratio(t.matched, t.system), _ratio(t.matched, t.gold)
    f1 = round(2 * p * r / (p + r), 3) if p and r else 0.0
    return {
        "gold": t.gold, "system": t.system, "matched": t.matched,
        "precision": p, "recall": r, "f1": f1,
        "source_accuracy": _ratio(t.source_right, t.source_total),
        "named_anonymous_accuracy": _ratio(t.anon_right, t.anon_total),
        "reasons_found": _ratio(t.reason_found, t.reason_total),
        "kind_accuracy": _ratio(t.kind_right, t.kind_total),
        "anonymity_findings": t.anon_findings,
        "anonymity_findings_on_anonymous": _ratio(t.anon_findings_right, t.anon_findings),
        "in_boilerplate": t.in_boilerplate,
        "recall_by_kind": {k: _ratio(t.matched_by_kind[k], n) for k, n in sorted(t.gold_by_kind.items())},
        "precision_by_kind": {k: _ratio(t.system_matched_by_kind[k], n) for k, n in sorted(t.system_by_kind.items())},
    }


def explain(doc: GoldDoc, report: Report) -> Iterator[str]:
    """Yield one line per disagreement between a report and its gold: misses, false positives,
    wrong sources, wrong named/anonymous, wrong kinds, and anonymity findings on named sources."""
    pairs = match(doc.items, report.attributions)
    matched_g = {gi: si for gi, si in pairs}
    matched_s = {si: gi for gi, si in pairs}

    def short(text: str, width: int = 90) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[:width - 1] + "…"

    def src(a) -> str:
        return "-" if a.source is None else f"{_system_source_text(a)!r} ({'anon' if a.source.anonymous else 'named'})"

    for gi, g in enumerate(doc.items):
        if gi not in matched_g and not g.optional:
            yield f"MISS  {g.kind:12} [{g.start}] {short(doc.text[g.start:g.end])!r}  <- {g.source!r}"
    for si, a in enumerate(report.attributions):
        if si not in matched_s:
            yield f"FALSE {a.kind:12} [{a.content.start}] {short(a.content.text)!r}  <- {src(a)} rule={a.rule}"
            continue
        g = doc.items[matched_s[si]]
        if g.optional:
            continue
        if g.source is not None and not ((not g.source and a.source is None) or (
                bool(g.source) and a.source is not None and same_source(_system_source_text(a), g.source))):
            yield f"SOURCE [{a.content.start}] {short(a.content.text, 60)!r}: got {src(a)}, gold {g.source!r}"
        elif g.anonymous is not None and a.source is not None and a.source.anonymous != g.anonymous:
            yield f"ANON  [{a.content.start}] {short(a.content.text, 60)!r}: got {src(a)}, gold anonymous={g.anonymous}"
        if g.kind in KINDS and a.kind != g.kind:
            yield f"KIND  [{a.content.start}] {short(a.content.text, 60)!r}: got {a.kind}, gold {g.kind}"
    index = {a.id: si for si, a in enumerate(report.attributions)}
    for f in report.findings:
        if f.code in ANONYMITY_RULES:
            golds = [doc.items[matched_s[index[aid]]] if index.get(aid) in matched_s else None for aid in f.attributions]
            if not (golds and all(g is not None and g.anonymous is True for g in golds)):
                yield f"FINDING {f.code} {short(f.message, 100)}"
