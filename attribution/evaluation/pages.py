"""Real web pages: the realnews articles read from their HTML (issue 12).

Each ``r_<id>.html`` is audited as a page (offsets into the extracted text, ``document.text``);
every attribution's content is then located in the hand-extracted body ``r_<id>.txt`` (white
space and quote styles folded, for matching only) and scored against the body's gold as the text
is. An attribution whose content is not in the body is "outside body" and a false positive.
"""

from __future__ import annotations

import bisect
import pathlib
from dataclasses import dataclass

from ..model import Report
from .gold import GoldDoc
from .scoring import Tally, figures, score

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
