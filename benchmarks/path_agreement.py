"""How far the fast path agrees with the full path, article by article (issue 14).

    PYTHONPATH=. .venv/bin/python benchmarks/path_agreement.py [--realnews DIR] [--polnear DIR --split dev]
        [--fixtures DIR] [--limit N] [--explain N]

Each article is audited on both paths (``audit_many`` and ``audit_many(..., fast=True)``) and the
full path's attributions are taken as the reference. The rule is the one ``attribution.evaluation``
scores gold with: a fast-path content matches a full-path one when it covers at least half of the
full path's characters, one-to-one, greedy by overlap. On PolNeAR, continuations are merged first,
as ``eval`` does there. Reported per corpus and overall:

- precision, recall and F1 of the fast path's contents against the full path's;
- over the matched pairs, the share whose originating source agrees (``same_source`` on the
  resolved mention's words; no source on both sides agrees, a source on one side only does not),
  whose kind agrees, and, over the pairs where both have a source, whose anonymous flag agrees.

Corpora, all read in place (their text is never written anywhere): the realnews articles as text
(``r_<id>.txt``) and as web pages (``r_<id>.html``, input_format="html": both paths audit the same
extracted text, so offsets compare directly), the seed articles (``../shared/seeds``, else
``fixtures/seeds``) and a PolNeAR split. A directory that is absent is skipped with a note.
``--explain N`` prints up to N disagreements of each class per corpus, with the sentence around.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from tabulate import tabulate

from attribution.evaluation.scoring import match, merge_continuations, same_source

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from corpus_data import polnear_texts  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

CLASSES = ("fast-only", "full-only", "source", "kind", "anonymity")


class _Ref(NamedTuple):
    """A full-path content as ``evaluate.match`` reads a gold item."""

    start: int
    end: int


def source_words(a) -> str | None:
    """Return the words of an attribution's originating source (its first full mention when the
    mention is an anaphor), or None when it has no source."""
    s = a.source
    if s is None:
        return None
    return s.resolved.text if s.resolved is not None else s.text


def sources_agree(full, fast) -> bool:
    """True when both attributions have no source, or both name the same source (``same_source``)."""
    a, b = source_words(full), source_words(fast)
    if a is None or b is None:
        return a is None and b is None
    return same_source(b, a)


@dataclass
class Agreement:
    """Counts of one comparison of the fast path (system) against the full path (reference)."""

    articles: int = 0
    failed: int = 0  # articles one path or the other could not audit (left out of the counts)
    full: int = 0
    fast: int = 0
    matched: int = 0
    source_same: int = 0
    kind_same: int = 0
    anon_pairs: int = 0  # matched pairs where both paths give a source
    anon_same: int = 0

    def add(self, other: Agreement) -> None:
        """Add ``other``'s counts to these."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def figures(self) -> dict:
        """Return precision, recall, F1 and the agreement shares (None where nothing was counted)."""
        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        p, r = ratio(self.matched, self.fast), ratio(self.matched, self.full)
        f1 = 2 * p * r / (p + r) if p and r else (None if p is None or r is None else 0.0)
        return {"precision": p, "recall": r, "f1": f1, "source": ratio(self.source_same, self.matched),
                "kind": ratio(self.kind_same, self.matched), "anonymous": ratio(self.anon_same, self.anon_pairs)}


@dataclass
class Disagreement:
    """One attribution the paths disagree on: ``full`` or ``fast`` is None for a one-sided one."""

    kind: str  # one of CLASSES
    doc_id: str
    full: object | None
    fast: object | None
    text: str = field(default="", repr=False)  # the audited text, for explaining


def compare(full: Sequence, fast: Sequence, *, doc_id: str = "", text: str = "") -> tuple[Agreement, list[Disagreement]]:
    """Return the Agreement of one article's fast-path attributions against its full-path ones, and
    every disagreement: unmatched attributions on each side, then matched pairs that differ in
    source, kind or anonymous flag (a pair may differ in several)."""
    pairs = match([_Ref(a.content.start, a.content.end) for a in full], list(fast))
    t = Agreement(articles=1, full=len(full), fast=len(fast), matched=len(pairs))
    out: list[Disagreement] = []
    paired_full = {fi for fi, _ in pairs}
    paired_fast = {si for _, si in pairs}
    out += [Disagreement("fast-only", doc_id, None, b, text) for si, b in enumerate(fast) if si not in paired_fast]
    out += [Disagreement("full-only", doc_id, a, None, text) for fi, a in enumerate(full) if fi not in paired_full]
    for fi, si in sorted(pairs):
        a, b = full[fi], fast[si]
        if sources_agree(a, b):
            t.source_same += 1
        else:
            out.append(Disagreement("source", doc_id, a, b, text))
        if a.kind == b.kind:
            t.kind_same += 1
        else:
            out.append(Disagreement("kind", doc_id, a, b, text))
        if a.source is not None and b.source is not None:
            t.anon_pairs += 1
            if a.source.anonymous == b.source.anonymous:
                t.anon_same += 1
            else:
                out.append(Disagreement("anonymity", doc_id, a, b, text))
    return t, out


# --- Corpora -----------------------------------------------------------------------------------------


def realnews_items(directory: pathlib.Path, suffix: str) -> list[tuple[str, bytes | str]]:
    """Return ``(id, content)`` of the realnews articles (``.txt`` read as text, ``.html`` as bytes)."""
    paths = sorted(directory.glob(f"r_*{suffix}"))
    if suffix == ".html":
        return [(p.name, p.read_bytes()) for p in paths]
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def text_items(directory: pathlib.Path) -> list[tuple[str, str]]:
    """Return ``(id, text)`` of every ``*.txt`` article under ``directory``."""
    return [(str(p.relative_to(directory)), p.read_text(encoding="utf-8")) for p in sorted(directory.rglob("*.txt"))]


def agree_corpus(items: list[tuple[str, bytes | str]], *, input_format: str = "text",
                 merge: bool = False) -> tuple[Agreement, list[Disagreement]]:
    """Audit every item on both paths and return the summed Agreement and the disagreements."""
    from attribution import audit_many

    full = list(audit_many(items, input_format=input_format))
    fast = list(audit_many(items, input_format=input_format, fast=True))
    total, found = Agreement(), []
    for (doc_id, content), a, b in zip(items, full, fast):
        if not hasattr(a, "attributions") or not hasattr(b, "attributions"):
            total.articles += 1
            total.failed += 1
            continue
        text = a.document.text if input_format == "html" else content
        if input_format == "html" and b.document.text != text:
            raise SystemExit(f"{doc_id}: the two paths extracted different text from the page")
        fa = merge_continuations(a) if merge else a.attributions
        fb = merge_continuations(b) if merge else b.attributions
        t, d = compare(fa, fb, doc_id=doc_id, text=text)
        total.add(t)
        found += d
    return total, found


# --- Output ------------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def table(results: dict[str, tuple[Agreement, list[Disagreement]]]) -> str:
    """Return the agreement table: one row per corpus and the overall row."""
    overall = Agreement()
    rows = []
    for name, (t, found) in results.items():
        overall.add(t)
        rows.append(_row(name, t, found))
    if len(results) > 1:
        rows.append(_row("overall", overall, [d for _, f in results.values() for d in f]))
    head = ["corpus", "articles", "full", "fast", "matched", "P", "R", "F1", "source agrees", "kind agrees",
            "anon agrees", *CLASSES]
    return tabulate(rows, headers=head, tablefmt="github", disable_numparse=True)


def _row(name: str, t: Agreement, found: list[Disagreement]) -> list:
    f = t.figures()
    counts = {c: sum(d.kind == c for d in found) for c in CLASSES}
    arts = f"{t.articles}" + (f" ({t.failed} failed)" if t.failed else "")
    return [name, arts, t.full, t.fast, t.matched, _fmt(f["precision"]), _fmt(f["recall"]), _fmt(f["f1"]),
            _fmt(f["source"]), _fmt(f["kind"]), _fmt(f["anonymous"]), *(counts[c] for c in CLASSES)]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _side(a) -> str:
    if a is None:
        return "-"
    words = source_words(a)
    src = "no source" if words is None else f"{words!r} ({'anon' if a.source.anonymous else 'named'})"
    return f"{a.kind} [{a.content.start}:{a.content.end}] {_short(a.content.text, 70)!r} <- {src} rule={a.rule}"


def _context(d: Disagreement, width: int = 240) -> str:
    spans = [x.content for x in (d.full, d.fast) if x is not None]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    lo = max(d.text.rfind("\n", 0, start) + 1, start - 80)
    hi = d.text.find("\n", end)
    hi = min(len(d.text) if hi < 0 else hi, end + 80)
    return _short(d.text[lo:hi], width)


def explain(name: str, found: Iterable[Disagreement], n: int) -> list[str]:
    """Return up to ``n`` disagreements of each class, each with both sides and its context."""
    found = list(found)
    lines = []
    for c in CLASSES:
        these = [d for d in found if d.kind == c]
        if not these:
            continue
        lines.append(f"\n## {name}: {c} ({len(these)})")
        for d in these[:n]:
            lines += [f"- {d.doc_id}", f"    full: {_side(d.full)}", f"    fast: {_side(d.fast)}",
                      f"    text: {_context(d)!r}"]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Audit each corpus on both paths, print the agreement table (and disagreements); return 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realnews", default=str(SHARED / "corpora" / "realnews"),
                        help="the realnews directory (r_<id>.txt and r_<id>.html)")
    default_seeds = SHARED / "seeds" if (SHARED / "seeds").is_dir() else ROOT / "fixtures" / "seeds"
    parser.add_argument("--fixtures", default=str(default_seeds), help="a directory of *.txt articles (the seeds)")
    parser.add_argument("--polnear", default=str(SHARED / "corpora" / "polnear"), help="the PolNeAR directory")
    parser.add_argument("--split", default="dev", help="the PolNeAR split (default: dev)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many PolNeAR articles")
    parser.add_argument("--explain", type=int, default=0, metavar="N",
                        help="print N disagreements of each class per corpus")
    args = parser.parse_args(argv)

    results: dict[str, tuple[Agreement, list[Disagreement]]] = {}
    notes = []
    realnews = pathlib.Path(args.realnews)
    if realnews.is_dir() and any(realnews.glob("r_*.txt")):
        results["realnews (text)"] = agree_corpus(realnews_items(realnews, ".txt"))
        if any(realnews.glob("r_*.html")):
            results["realnews (html)"] = agree_corpus(realnews_items(realnews, ".html"), input_format="html")
    else:
        notes.append(f"realnews skipped: no r_*.txt at {realnews}")
    seeds = pathlib.Path(args.fixtures)
    if seeds.is_dir() and any(seeds.rglob("*.txt")):
        results["seeds"] = agree_corpus(text_items(seeds))
    else:
        notes.append(f"seeds skipped: no *.txt under {seeds}")
    polnear = pathlib.Path(args.polnear)
    if (polnear / f"{args.split}.jsonl").is_file():
        results[f"PolNeAR {args.split}"] = agree_corpus(polnear_texts(args.split, args.limit, polnear), merge=True)
    else:
        notes.append(f"PolNeAR skipped: no {args.split}.jsonl at {polnear}")
    if not results:
        print("\n".join(notes + ["nothing to compare"]))
        return 1
    print(table(results))
    for note in notes:
        print(f"\n{note}")
    if args.explain:
        for name, (_, found) in results.items():
            print("\n".join(explain(name, found, args.explain)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
