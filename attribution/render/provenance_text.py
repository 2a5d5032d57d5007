"""The provenance report for a terminal: conflicts first, then each cluster's occurrences and drift."""

from __future__ import annotations

from tabulate import tabulate

from ..lineage.model import Change, Cluster, ProvenanceReport

_WIDTH = 70


def short(text: str, width: int = _WIDTH) -> str:
    """Return ``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def change_text(c: Change) -> str:
    """Return one word change as a short phrase: replaced 'a' -> 'b', removed 'a', added 'b'."""
    if c.op == "replaced":
        return f"replaced {c.before!r} -> {c.after!r}"
    if c.op in ("removed", "not_quoted"):
        return f"{c.op.replace('_', ' ')} {short(c.before, 40)!r}"
    return f"{c.op} {short(c.after, 40)!r}"


def where(cluster: Cluster, oid: str) -> str:
    """Return 'o1 (article name)' for an occurrence id of ``cluster``."""
    occ = next(o for o in cluster.occurrences if o.id == oid)
    return f"{oid} ({occ.name})"


def render_provenance_text(report: ProvenanceReport) -> str:
    """Return the readable report: a headline, every conflict, then the clusters one by one."""
    s = report.summary
    parts = [f"Provenance: {s.articles} articles, {s.attributions} attributions, {s.clusters} clusters "
             f"({s.clusters_with_conflicts} with conflicts)"]
    conflicts = [(c, k) for c in report.clusters for k in c.conflicts]
    if conflicts:
        lines = ["CONFLICTS"]
        for c, k in conflicts:
            lines.append(f"  {c.id} {k.kind}: {k.message}")
            lines.append(f"      {k.expected.value!r} in {', '.join(where(c, o) for o in k.expected.occurrences)}")
            lines.append(f"      {k.found.value!r} in {', '.join(where(c, o) for o in k.found.occurrences)}")
        parts.append("\n".join(lines))
    else:
        parts.append("No conflicts.")
    for c in report.clusters:
        head = [f"{c.id}: {c.articles} articles, {len(c.occurrences)} occurrences, reference {c.reference}, "
                f"earliest {c.earliest}", f"  \u201c{short(c.text, 110)}\u201d"]
        rows = []
        for o in c.occurrences:
            src = o.source.text if o.source else "-"
            status = "" if o.source is None else ("anonymous" if o.source.anonymous else "named")
            sim = "" if o.similarity is None else f"{o.similarity:.2f}"
            rows.append([o.id, short(o.name, 34), o.date or "", ",".join(o.attributions), o.kind, short(src, 30),
                         status, o.relation, sim])
        table = tabulate(rows, headers=["", "article", "date", "ids", "kind", "credited to", "", "relation", "sim"],
                         tablefmt="simple", disable_numparse=True)
        drift = [f"  {o.id} vs {o.compared_with}: " + "; ".join(change_text(ch) for ch in o.changes)
                 for o in c.occurrences if o.changes]
        parts.append("\n".join(head) + "\n" + table + ("\n" + "\n".join(drift) if drift else ""))
    if report.skipped:
        parts.append("SKIPPED\n" + "\n".join(f"  {k.where}: {k.message}" for k in report.skipped))
    return "\n\n".join(parts).rstrip() + "\n"
