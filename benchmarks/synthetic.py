"""Synthetic audited articles for the provenance benchmark: quotes of random words, some repeated.

Deterministic (a seeded generator). A fifth of the attributions repeat an earlier quote in another
article: copied, cut short or with a few words swapped, so clusters of every size appear.
"""

from __future__ import annotations

import random

from attribution.model import Attribution, DocumentInfo, Report, Source, Span, Summary

PER_ARTICLE = 20


def _vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return sorted({"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)})


def _variant(rng: random.Random, words: list[str], vocab: list[str]) -> list[str]:
    roll = rng.random()
    if roll < 0.4:
        return list(words)
    if roll < 0.7:
        return words[: max(6, len(words) * 2 // 3)]
    out = list(words)
    for _ in range(2):
        out[rng.randrange(len(out))] = rng.choice(vocab)
    return out


def reports(n_attributions: int, seed: int = 7) -> list[Report]:
    """Return audited-looking Reports holding ``n_attributions`` attributions, 20 per article."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    speakers = [f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}" for _ in range(2_000)]
    quotes: list[list[str]] = []
    out = []
    summary = Summary(attributions=0, by_kind={}, named=0, anonymous=0, no_source=0, anonymous_share=None,
                      distinct_sources=0, named_sources=0, anonymous_sources=0)
    for article in range(n_attributions // PER_ARTICLE):
        text_parts: list[str] = []
        atts = []
        pos = 0
        for k in range(PER_ARTICLE):
            if quotes and rng.random() < 0.2:
                words = _variant(rng, rng.choice(quotes), vocab)
            else:
                words = [rng.choice(vocab) for _ in range(rng.randint(8, 30))]
                quotes.append(words)
            content = " ".join(words)
            speaker = rng.choice(speakers)
            start = pos + 1
            text_parts.append(f"“{content},” {speaker} said. ")
            src_start = start + len(content) + 3
            atts.append(Attribution(
                id=f"a{k + 1}", kind="direct", content=Span(start=start, end=start + len(content), text=content),
                source=Source(start=src_start, end=src_start + len(speaker), text=speaker, type="person",
                              anonymous=False, vague=False),
                rule="cue_after_content"))
            pos += len(text_parts[-1])
        text = "".join(text_parts)
        out.append(Report(document=DocumentInfo(id=f"article-{article}", path=None, chars=len(text), sha256="0" * 64),
                          attributions=atts, sources=[], summary=summary))
    return out
