"""``attribution eval``: score the engine on real news, the fixtures and PolNeAR; one table (or JSON)."""

from __future__ import annotations

import json
import os
import pathlib

from tabulate import tabulate

from .gender import evaluate_gender, gender_lines
from .gold import GoldDoc, load_fixture_gold, load_polnear, load_realnews
from .pages import html_lines, realnews_html_results
from .scoring import evaluate_docs, figures

REALNEWS_ROWS = ("realnews", "realnews (fast)")


def run_eval(*, fixtures: str | None, polnear: str | None, splits: list[str], limit: int | None,
             as_json: bool = False, fast: bool = False, realnews: str | None = None) -> str:
    """Score the engine on real news (both paths), the fixtures and PolNeAR splits; return a table (or JSON).

    Real news with ``r_<id>.gender.json`` files also gets the source gender figures, under the
    "gender" key of its rows (evaluation/gender.py).

    ``fast`` scores the fixtures and PolNeAR with the parse-free fast path; real news is always
    scored on both paths. A directory that is absent is skipped with a note.
    """
    results: dict[str, dict] = {}
    notes: list[str] = []
    if realnews:
        if os.path.isdir(realnews) and any(pathlib.Path(realnews).glob("*.gold.json")):
            docs = load_realnews(realnews)
            results["realnews"] = figures(evaluate_docs(docs, polnear=False))
            results["realnews (fast)"] = figures(evaluate_docs(docs, polnear=False, fast=True))
            if any(pathlib.Path(realnews).glob("*.gender.json")):
                results["realnews"]["gender"] = evaluate_gender(realnews).figures()
                results["realnews (fast)"]["gender"] = evaluate_gender(realnews, fast=True).figures()
            results.update(realnews_html_results(realnews, docs))
        else:
            notes.append(f"realnews skipped: no annotated articles at {realnews}")
    if fixtures and os.path.isdir(fixtures):
        gold = load_fixture_gold(fixtures)
        groups: dict[str, list[GoldDoc]] = {}
        for doc in gold:
            folder = os.path.dirname(doc.doc_id)
            groups.setdefault(f"fixtures/{folder}" if folder else "fixtures", []).append(doc)
        for name in sorted(groups):
            results[name] = figures(evaluate_docs(groups[name], polnear=False, fast=fast))
    if polnear:
        if os.path.isdir(polnear):
            for split in splits:
                results[f"polnear-{split}"] = figures(evaluate_docs(load_polnear(polnear, split, limit), polnear=True, fast=fast))
        else:
            notes.append(f"PolNeAR skipped: no directory at {polnear}")
    if as_json:
        return json.dumps(results, indent=2, sort_keys=True) + "\n"
    if not results:
        return "\n".join(notes + ["nothing to evaluate: no real news, no fixtures with *.gold.json and no PolNeAR directory"]) + "\n"
    head = ["set", "gold", "system", "P", "R", "F1", "source acc", "named/anon acc", "kind acc", "reasons",
            "anon findings on anon", "in boilerplate"]
    rows = [[name, f["gold"], f["system"], f["precision"], f["recall"], f["f1"], f["source_accuracy"],
             f["named_anonymous_accuracy"], f["kind_accuracy"], f["reasons_found"],
             f"{f['anonymity_findings_on_anonymous']} of {f['anonymity_findings']}" if f["anonymity_findings"] else None,
             f["in_boilerplate"]] for name, f in results.items()]
    out = [tabulate(rows, headers=head, tablefmt="github")]
    for name, f in results.items():
        kinds = sorted(set(f["recall_by_kind"]) | set(f["precision_by_kind"]))
        krows = [[k, f["recall_by_kind"].get(k), f["precision_by_kind"].get(k)] for k in kinds]
        out.append(f"\n{name}: by kind (recall over gold kinds, precision over system kinds)\n"
                   + tabulate(krows, headers=["kind", "recall", "precision"], tablefmt="github"))
    out += html_lines(results)
    out += gender_lines(results)
    out += [f"\n{n}" for n in notes]
    return "\n".join(out) + "\n"
