"""Step 6: the corpus summary: totals over every article's digest, as JSON and as a table."""

from __future__ import annotations

import json
from collections import Counter

from tabulate import tabulate

from ..model import KINDS

TOP_SOURCES = 20
_GROUPS = ("named", "anonymous", "officials", "experts", "others")  # the parts of Summary.voices


class CorpusSummary:
    """Adds up article digests (see ``corpus.digest``) as the corpus streams past."""

    def __init__(self) -> None:
        self.articles = 0
        self.errors: Counter = Counter()
        self.attributions = 0
        self.by_kind: Counter = Counter({k: 0 for k in KINDS})
        self.named = self.anonymous = self.no_source = 0
        self.sources: Counter = Counter()
        self.source_anonymous: dict[str, bool] = {}
        self.findings: Counter = Counter()
        # who is quoted: (group, what, gender) -> count, group "all", "named", "anonymous", "officials",
        # "experts" or "others", what "people" or "attributions"; only articles audited with gender
        # labels on add to it
        self.voices: Counter = Counter()
        self.voiced = 0  # articles with gender labels

    def add(self, digest: dict) -> None:
        """Count one article's digest (an error record's digest counts as an error)."""
        self.articles += 1
        if "error" in digest:
            self.errors[digest["error"]] += 1
            return
        self.attributions += digest["attributions"]
        self.by_kind.update(digest["by_kind"])
        self.named += digest["named"]
        self.anonymous += digest["anonymous"]
        self.no_source += digest["no_source"]
        for text, anonymous, count in digest["sources"]:
            key = " ".join(text.split())
            self.sources[key] += count
            self.source_anonymous.setdefault(key, anonymous)
        self.findings.update(digest["findings"])
        voices = digest.get("voices")
        if voices is not None:
            self.voiced += 1
            groups = [("all", voices)] + [(g, voices[g]) for g in _GROUPS if g in voices]
            for group, counts in groups:
                for what in ("people", "attributions"):
                    for gender, n in counts[what].items():
                        self.voices[(group, what, gender)] += n

    def add_line(self, line: str) -> None:
        """Count one line of corpus output (used when a run resumes over lines already written)."""
        from .stream import digest
        from ..model import Report

        data = json.loads(line)
        if "error" in data:
            self.add({"error": data["error"]["code"]})
        else:
            self.add(digest(Report.model_validate(data)))

    def as_dict(self) -> dict:
        """Return the summary as plain data: totals, anonymous share, most-cited sources, findings by
        code, and who is quoted by gender (``voices``; null when no article had gender labels)."""
        with_source = self.named + self.anonymous
        top = sorted(self.sources.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES]
        return {
            "articles": self.articles,
            "audited": self.articles - sum(self.errors.values()),
            "errors": sum(self.errors.values()),
            "errors_by_code": dict(sorted(self.errors.items())),
            "attributions": self.attributions,
            "by_kind": {k: self.by_kind[k] for k in KINDS},
            "named": self.named,
            "anonymous": self.anonymous,
            "no_source": self.no_source,
            "anonymous_share": round(self.anonymous / with_source, 4) if with_source else None,
            "most_cited_sources": [{"source": s, "attributions": n, "anonymous": self.source_anonymous[s]}
                                   for s, n in top],
            "findings_by_code": dict(sorted(self.findings.items())),
            "voices": self._voices() if self.voiced else None,
        }

    def _voices(self) -> dict:
        """Return who is quoted over the corpus: people (summed over articles: a person quoted in two
        articles counts twice) and their attributions by gender, and the share of women among people
        of known gender, for all people, for named and anonymous people apart, and for officials,
        experts and others apart."""
        def group(name: str) -> dict:
            people = {g: self.voices[(name, "people", g)] for g in ("female", "male", "unknown")}
            known = people["female"] + people["male"]
            return {"people": people,
                    "attributions": {g: self.voices[(name, "attributions", g)] for g in ("female", "male", "unknown")},
                    "women_share": round(people["female"] / known, 4) if known else None}

        return {**group("all"), **{name: group(name) for name in _GROUPS}}

    def to_json(self) -> str:
        """Return the summary as indented, key-sorted JSON."""
        return json.dumps(self.as_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def to_table(self) -> str:
        """Return the summary as tabulate tables: totals, who is quoted, most-cited sources, findings by code."""
        d = self.as_dict()
        totals = [["articles", d["articles"]], ["audited", d["audited"]], ["errors", d["errors"]],
                  ["attributions", d["attributions"]]]
        totals += [[f"  {k}", n] for k, n in d["by_kind"].items()]
        totals += [["named", d["named"]], ["anonymous", d["anonymous"]], ["no source", d["no_source"]],
                   ["anonymous share", d["anonymous_share"] if d["anonymous_share"] is not None else "-"]]
        parts = [tabulate(totals, headers=["corpus", ""], tablefmt="github")]
        v = d["voices"]
        if v is not None:
            def share(x) -> str:
                return "-" if x is None else f"{x:.0%}"

            rows = [[label, c["people"]["female"], c["people"]["male"], c["people"]["unknown"], share(c["women_share"])]
                    for label, c in (("people quoted", v), ("named people", v["named"]), ("anonymous people", v["anonymous"]),
                                     ("officials", v["officials"]), ("experts", v["experts"]), ("others", v["others"]))]
            rows.insert(1, ["their attributions", v["attributions"]["female"], v["attributions"]["male"],
                            v["attributions"]["unknown"], ""])
            parts.append(tabulate(rows, headers=["voices", "women", "men", "unknown", "share of women"], tablefmt="github"))
        if d["most_cited_sources"]:
            rows = [[s["source"], s["attributions"], "yes" if s["anonymous"] else "no"] for s in d["most_cited_sources"]]
            parts.append(tabulate(rows, headers=["most-cited source", "attributions", "anonymous"], tablefmt="github"))
        if d["findings_by_code"]:
            parts.append(tabulate(sorted(d["findings_by_code"].items()), headers=["finding", "count"], tablefmt="github"))
        return "\n\n".join(parts) + "\n"
