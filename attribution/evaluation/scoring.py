"""Scoring the engine against annotated articles: the fixtures' gold files and PolNeAR.

A system content span matches a gold one when it covers at least half of the gold content's
characters; matching is one-to-one, greedy by overlap. A source is right when the words of the
system's originating source overlap the gold source's (token F1 >= 0.5).
"""

from __future__ import annotations

import bisect
import json
import os
import pathlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import regex
from tabulate import tabulate

from ..errors import InputError
from ..model import KINDS, ErrorRecord, Report

_TOKEN = regex.compile(r"[\p{L}\p{N}]+")


@dataclass
class GoldItem:
    """One annotated attribution."""

    start: int
    end: int
    kind: str | None = None  # direct|mixed|indirect|according_to|unsourced, or PolNeAR's quote form
    source: str | None = None  # the originating source's words ("" or None: no source)
    source_span: tuple[int, int] | None = None
    anonymous: bool | None = None
    reason: tuple[int, int] | None = None
    optional: bool = False  # borderline: neither a miss when not found nor a false positive when found


@dataclass
class GoldDoc:
    """An annotated article."""

    doc_id: str
    text: str
    items: list[GoldItem]
    boilerplate: list[tuple[int, int]] = field(default_factory=list)


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


def _span(item: dict | None, text: str) -> tuple[int, int] | None:
    if not item:
        return None
    start, end = item["start"], item["end"]
    if text[start:end] != item["text"]:
        raise InputError(f"gold span {start}:{end} does not match the article text {item['text'][:40]!r}")
    return start, end


def load_fixture_gold(directory: str) -> list[GoldDoc]:
    """Return the annotated fixtures: every ``*.gold.json`` beside its article under ``directory``."""
    docs = []
    for gold_path in sorted(pathlib.Path(directory).rglob("*.gold.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        article = gold_path.parent / data["article"]
        text = article.read_text(encoding="utf-8")
        items = []
        for g in data["attributions"]:
            content = _span(g["content"], text)
            src = g.get("source")
            items.append(GoldItem(
                content[0], content[1], g.get("kind"),
                source=(src or {}).get("text", "") if src is not None else "",
                source_span=_span(src, text) if src else None,
                anonymous=g.get("anonymous"),
                reason=_span(g.get("anonymity_reason"), text),
            ))
        boiler = [_span(b, text) for b in data.get("boilerplate", [])]
        docs.append(GoldDoc(str(article.relative_to(directory)), text, items, boiler))
    return docs


def load_realnews(directory: str) -> list[GoldDoc]:
    """Return the real news articles of ``directory`` (``r_<id>.txt`` beside ``r_<id>.gold.json``).

    Read in place and never copied: the words belong to their publishers. ``source`` is the
    originator's first full mention; items marked ``optional`` are kept with the flag.
    """
    docs = []
    for gold_path in sorted(pathlib.Path(directory).glob("*.gold.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (gold_path.parent / data["article"]).read_text(encoding="utf-8")
        items = []
        for g in data["attributions"]:
            content = _span(g["content"], text)
            src = g.get("source")
            items.append(GoldItem(
                content[0], content[1], g.get("kind"),
                source=src["text"] if src else "",
                source_span=(src["start"], src["end"]) if src else None,
                anonymous=g.get("anonymous"),
                reason=_span(g.get("anonymity_reason"), text),
                optional=bool(g.get("optional")),
            ))
        boiler = [_span(b, text) for b in data.get("boilerplate", [])]
        docs.append(GoldDoc(data["article"], text, items, boiler))
    return docs


def load_polnear(directory: str, split: str, limit: int | None = None) -> Iterator[GoldDoc]:
    """Yield PolNeAR articles of ``split`` read from ``directory`` (never copied anywhere)."""
    path = os.path.join(directory, f"{split}.jsonl")
    if not os.path.exists(path):
        raise InputError(f"no PolNeAR split file here (looked for {split}.jsonl)", path=directory)
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            d = json.loads(line)
            items = []
            for a in d["attributions"]:
                src = a.get("source")
                items.append(GoldItem(
                    a["content"]["start"], a["content"]["end"], a.get("quote_form"),
                    source=src["text"] if src else None,
                    source_span=(src["start"], src["end"]) if src else None,
                ))
            discard = [(x["start"], x["end"]) for x in d.get("discard", [])]
            yield GoldDoc(d["doc"], d["text"], items, discard)


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


REALNEWS_ROWS = ("realnews", "realnews (fast)")


def run_eval(*, fixtures: str | None, polnear: str | None, splits: list[str], limit: int | None,
             as_json: bool = False, fast: bool = False, realnews: str | None = None) -> str:
    """Score the engine on real news (both paths), the fixtures and PolNeAR splits; return a table (or JSON).

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
    out += [f"\n{n}" for n in notes]
    return "\n".join(out) + "\n"


# --- Real web pages: the realnews articles read from their HTML (issue 12) -------------------------
#
# Each ``r_<id>.html`` is audited as a page (offsets into the extracted text, ``document.text``);
# every attribution's content is then located in the hand-extracted body ``r_<id>.txt`` (white
# space and quote styles folded, for matching only) and scored against the body's gold as the text
# is. An attribution whose content is not in the body is "outside body" and a false positive.

_FOLD_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″〝〞＂"} | {c: "'" for c in "‘’‚‛′‹›`´＇"})
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass
class HtmlTally(Tally):
    """A Tally of pages scored against their bodies, with what fell outside the body."""

    pages: int = 0
    pages_failed: int = 0  # pages the HTML input could not audit (an error record instead of a report)
    outside_body: int = 0  # attributions whose content is not in the article body
    outside_body_in_title: int = 0  # ... of which in the page's title line


def fold_for_matching(text: str) -> tuple[str, list[int]]:
    """Return ``text`` folded for matching (white space and invisible characters dropped, one straight
    mark for every quote style) and, per folded character, its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        if c.isspace() or c in _INVISIBLE:
            continue
        out.append(c.translate(_FOLD_QUOTES))
        index.append(i)
    return "".join(out), index


def _common_prefix(a: str, b: str) -> int:
    """Return how many characters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class BodyLocator:
    """Locates stretches of an extracted page text in the article body they should come from.

    A stretch is in the body when its words are (white space and quote styles aside) and the
    words around it agree: a headline that repeats a phrase of the body is not the body.
    """

    CONTEXT = 24  # folded characters compared on each side
    AGREEMENT = 8  # ... of which at least this many must agree (fewer when the page has fewer)

    def __init__(self, page: str, body: str) -> None:
        self.page, self.body = page, body
        self.folded_page, self.page_index = fold_for_matching(page)
        self.folded_body, self.body_index = fold_for_matching(body)

    def locate(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the body offsets of ``page[start:end]``, or None when it is not in the body.

        Of the body's occurrences of the stretch's folded words, the one whose surrounding words
        agree most with the page's is taken, if they agree on enough characters.
        """
        fs, fe = bisect.bisect_left(self.page_index, start), bisect.bisect_left(self.page_index, end)
        needle = self.folded_page[fs:fe]
        if not needle:
            return None
        k = self.CONTEXT
        before, after = self.folded_page[max(0, fs - k):fs][::-1], self.folded_page[fe:fe + k]
        need = min(self.AGREEMENT, len(before) + len(after))
        target = fs / max(len(self.folded_page), 1) * len(self.folded_body)
        best, best_key = -1, None
        at = self.folded_body.find(needle)
        while at >= 0:
            agree = (_common_prefix(before, self.folded_body[max(0, at - k):at][::-1])
                     + _common_prefix(after, self.folded_body[at + len(needle):at + len(needle) + k]))
            key = (agree, -abs(at - target))
            if agree >= need and (best_key is None or key > best_key):
                best, best_key = at, key
            at = self.folded_body.find(needle, at + 1)
        if best < 0:
            return None
        return self.body_index[best], self.body_index[best + len(needle) - 1] + 1

    def span(self, span):
        """Return ``span`` (a model Span into the page) moved onto the body, or None when not there."""
        if span is None:
            return None
        where = self.locate(span.start, span.end)
        if where is None:
            return None
        return span.model_copy(update={"start": where[0], "end": where[1], "text": self.body[where[0]:where[1]]})


def map_onto_body(report: Report, body: str) -> tuple[Report, list]:
    """Return the page report with its attributions moved onto ``body`` (content, source mention,
    anonymity reason), and the attributions whose content is not in the body, left out of it."""
    locator = BodyLocator(report.document.text or "", body)
    mapped, outside = [], []
    for a in report.attributions:
        content = locator.span(a.content)
        if content is None:
            outside.append(a)
            continue
        update: dict = {"content": content}
        if a.source is not None:
            src = a.source
            mention = locator.span(src)
            src_update = {"anonymity_reason": locator.span(src.anonymity_reason)}
            if mention is not None:
                src_update |= {"start": mention.start, "end": mention.end, "text": mention.text}
            update["source"] = src.model_copy(update=src_update)
        mapped.append(a.model_copy(update=update))
    return report.model_copy(update={"attributions": mapped}), outside


def _page_title_end(report: Report) -> int:
    """Return where the page text's first line (the title the extraction puts first) ends."""
    text = report.document.text or ""
    return text.find("\n") if "\n" in text else len(text)


def score_page(doc: GoldDoc, report: Report) -> HtmlTally:
    """Return the HtmlTally of a page's report against the gold of its body: mapped attributions scored
    as the text is (``score``), each attribution outside the body one more false positive."""
    mapped, outside = map_onto_body(report, doc.text)
    t = HtmlTally(pages=1)
    t.add(score(doc, mapped, polnear=False))
    t.system += len(outside)
    t.outside_body += len(outside)
    title_end = _page_title_end(report)
    t.outside_body_in_title += sum(a.content.start < title_end for a in outside)
    for a in outside:
        t.system_by_kind[a.kind] += 1
    return t


def failed_page(doc: GoldDoc) -> HtmlTally:
    """Return the HtmlTally of a page that could not be audited: every gold item a miss."""
    t = HtmlTally(pages=1, pages_failed=1, gold=sum(not g.optional for g in doc.items))
    for g in doc.items:
        if not g.optional:
            t.gold_by_kind[g.kind or "?"] += 1
    return t


def realnews_pages(directory: str, docs: list[GoldDoc]) -> list[tuple[GoldDoc, str]]:
    """Return each realnews article with the path of its page ``r_<id>.html``, for those that have one."""
    out = []
    for doc in docs:
        page = pathlib.Path(directory) / (pathlib.Path(doc.doc_id).stem + ".html")
        if page.is_file():
            out.append((doc, str(page)))
    return out


def evaluate_pages(pages: list[tuple[GoldDoc, str]], *, fast: bool = False) -> HtmlTally:
    """Audit each page's bytes as HTML (decoded, body extracted, as ``audit page.html`` does) and
    return the summed HtmlTally; a page that gives an error record has every gold item missed."""
    from ..auditing.auditor import audit_many

    items = ((doc.doc_id, pathlib.Path(path).read_bytes()) for doc, path in pages)
    total = HtmlTally()
    for (doc, _), report in zip(pages, audit_many(items, input_format="html", fast=fast)):
        total.add(score_page(doc, report) if isinstance(report, Report) else failed_page(doc))
    return total


def html_figures(t: HtmlTally) -> dict:
    """Return ``figures`` of an HtmlTally with the pages audited and the attributions outside the body."""
    return figures(t) | {"pages": t.pages, "pages_failed": t.pages_failed, "outside_body": t.outside_body,
                         "outside_body_in_title": t.outside_body_in_title}


HTML_ROWS = ("realnews (html)", "realnews (html, fast)")


def realnews_html_results(directory: str, docs: list[GoldDoc]) -> dict[str, dict]:
    """Return the ``realnews (html)`` rows (full and fast path) for the articles that have a page, or {}."""
    pages = realnews_pages(directory, docs)
    if not pages:
        return {}
    return {HTML_ROWS[0]: html_figures(evaluate_pages(pages)),
            HTML_ROWS[1]: html_figures(evaluate_pages(pages, fast=True))}


def html_lines(results: dict[str, dict]) -> list[str]:
    """Return one line per HTML row: pages audited and attributions outside the article body."""
    return [f"\n{name}: {f['pages'] - f['pages_failed']} of {f['pages']} pages audited; "
            f"attributions outside the body: {f['outside_body']} ({f['outside_body_in_title']} in the page title)"
            for name, f in results.items() if name in HTML_ROWS]
