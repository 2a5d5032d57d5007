"""Assemble the provenance report: occurrences, reference, earliest, drift and conflicts per cluster."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Report
from .clustering import cluster
from .conflicts import Version, conflicts, credit_text
from .drift import compare
from .entities import find_entities
from .inputs import normalize_date
from .model import (CONFLICT_KINDS, Article, Cluster, Credit, Occurrence, ProvenanceReport,
                    ProvenanceSummary, Skipped)
from .similarity import score
from .units import Unit, units_of

DEFAULT_MIN_SIMILARITY = 0.8
PAIRWISE_LIMIT = 60


def _article(report: Report, index: int, date: str | None) -> Article:
    doc = report.document
    return Article(index=index, name=doc.path or doc.id or f"#{index}", date=date, sha256=doc.sha256)


def _chronological(unit: Unit, articles: Sequence[Article]) -> tuple:
    date = articles[unit.article].date
    return (date is None, date or "", unit.article, unit.order)


def _credit(unit: Unit) -> Credit | None:
    s = unit.source
    if s is None:
        return None
    return Credit(text=credit_text(s), mention=s.text, type=s.type, anonymous=s.anonymous)


def _reference(ordered: Sequence[Unit], sim) -> int:
    """Return the index of the occurrence most like the others (highest summed similarity; ties: earliest)."""
    wordings: dict[str, int] = {}
    for u in ordered:
        wordings[u.canon] = wordings.get(u.canon, 0) + 1
    if len(wordings) > PAIRWISE_LIMIT:  # very large clusters: the most repeated wording
        best = max(wordings.values())
        return next(i for i, u in enumerate(ordered) if wordings[u.canon] == best)
    first = {}
    for i, u in enumerate(ordered):
        first.setdefault(u.canon, i)
    totals = {w: sum(n * sim(ordered[first[w]], ordered[first[o]]) for o, n in wordings.items())
              for w in wordings}
    best = max(totals.values())
    return min(first[w] for w, t in totals.items() if t == best)


def _cluster(members: Sequence[Unit], articles: Sequence[Article], min_similarity: float) -> Cluster:
    ordered = sorted(members, key=lambda u: _chronological(u, articles))
    cache: dict[tuple[str, str], float] = {}

    def sim(a: Unit, b: Unit) -> float:
        if a.canon == b.canon:
            return 1.0
        key = (a.canon, b.canon) if a.canon < b.canon else (b.canon, a.canon)
        if key not in cache:
            cache[key] = score(a.canon, b.canon, a.content, b.content)
        return cache[key]

    ref = _reference(ordered, sim)
    oid = [f"o{i + 1}" for i in range(len(ordered))]
    entities = [find_entities(u.text, u.words) for u in ordered]
    occurrences: list[Occurrence] = []
    versions: list[Version] = []
    for i, u in enumerate(ordered):
        if i == ref:
            target, similarity, relation, changes, renamed = None, None, "reference", [], ()
        else:
            target = ref
            if sim(u, ordered[ref]) < min_similarity and len(ordered) <= PAIRWISE_LIMIT:
                target = max((j for j in range(len(ordered)) if j != i),
                             key=lambda j: (sim(u, ordered[j]), j == ref, -j))
            drift = compare(ordered[target].words, u.words, entities[target], entities[i])
            similarity, relation = sim(u, ordered[target]), drift.relation
            changes, renamed = list(drift.changes), drift.renamed
        article = articles[u.article]
        occurrences.append(Occurrence(
            id=oid[i], article=u.article, name=article.name, date=article.date,
            attributions=list(u.attributions), spans=list(u.spans), kind=u.kind, source=_credit(u),
            entities=[e.text for e in entities[i]], compared_with=None if target is None else oid[target],
            similarity=similarity, relation=relation, changes=changes))
        versions.append(Version(oid=oid[i], kind=u.kind, source=u.source,
                                compared_with=None if target is None else oid[target], renamed=renamed,
                                names=frozenset(e.text.lower() for e in entities[i])))
    return Cluster(id="", text=ordered[ref].text, reference=oid[ref], earliest=oid[0],
                   articles=len({u.article for u in ordered}), occurrences=occurrences,
                   conflicts=conflicts(versions, oid[ref]))


def provenance(reports: Iterable[Report], *, dates: Sequence[str | None] | None = None,
               min_similarity: float = DEFAULT_MIN_SIMILARITY, skipped: Sequence[Skipped] = ()) -> ProvenanceReport:
    """Return where the same words appear across ``reports`` (one per article, in input order).

    ``dates`` gives each article's date (ISO 8601, or None when unknown), to find the earliest
    occurrence; without dates the input order decides. A date that is not ISO 8601 raises
    ReportFormatError (E030) naming ``dates[i]``. ``min_similarity`` (0-1) is the similarity
    above which two quotes are the same words.
    """
    reports = list(reports)
    dates = list(dates) if dates is not None else [None] * len(reports)
    if len(dates) != len(reports):
        raise ValueError("dates must give one date (or None) per report")
    dates = [normalize_date(d, where=f"dates[{i}]") for i, d in enumerate(dates)]
    articles = [_article(r, i, d) for i, (r, d) in enumerate(zip(reports, dates))]
    units = [u for i, r in enumerate(reports) for u in units_of(r, i)]
    clusters = [_cluster([units[i] for i in members], articles, min_similarity)
                for members in cluster(units, min_similarity)]
    clusters.sort(key=lambda c: (not c.conflicts, min((CONFLICT_KINDS.index(k.kind) for k in c.conflicts), default=0),
                                 _chronological_key(c)))
    clusters = [c.model_copy(update={"id": f"c{n + 1}"}) for n, c in enumerate(clusters)]
    counts = {k: 0 for k in CONFLICT_KINDS}
    for c in clusters:
        for conflict in c.conflicts:
            counts[conflict.kind] += 1
    summary = ProvenanceSummary(
        articles=len(articles), attributions=sum(len(r.attributions) for r in reports), clusters=len(clusters),
        clusters_with_conflicts=sum(1 for c in clusters if c.conflicts), conflicts=counts)
    return ProvenanceReport(min_similarity=min_similarity, articles=articles, clusters=clusters,
                            skipped=list(skipped), summary=summary)


def _chronological_key(c: Cluster) -> tuple:
    first = c.occurrences[0]
    return (first.date is None, first.date or "", first.article, first.spans[0].start)
