"""Gold annotations: the fixtures' ``*.gold.json``, the real news articles and PolNeAR, read in place."""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError


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
