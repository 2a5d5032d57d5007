"""Step 6: the corpus summary: totals over every article's digest, as JSON and as a table."""

from __future__ import annotations

import json
from collections import Counter

from tabulate import tabulate

from ..model import KINDS

TOP_SOURCES = 20


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
        """Return the summary as plain data: totals, anonymous share, most-cited sources, findings by code."""
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
        }

    def to_json(self) -> str:
        """Return the summary as indented, key-sorted JSON."""
        return json.dumps(self.as_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def to_table(self) -> str:
        """Return the summary as tabulate tables: totals, most-cited sources, findings by code."""
        d = self.as_dict()
        totals = [["articles", d["articles"]], ["audited", d["audited"]], ["errors", d["errors"]],
                  ["attributions", d["attributions"]]]
        totals += [[f"  {k}", n] for k, n in d["by_kind"].items()]
        totals += [["named", d["named"]], ["anonymous", d["anonymous"]], ["no source", d["no_source"]],
                   ["anonymous share", d["anonymous_share"] if d["anonymous_share"] is not None else "-"]]
        parts = [tabulate(totals, headers=["corpus", ""], tablefmt="github")]
        if d["most_cited_sources"]:
            rows = [[s["source"], s["attributions"], "yes" if s["anonymous"] else "no"] for s in d["most_cited_sources"]]
            parts.append(tabulate(rows, headers=["most-cited source", "attributions", "anonymous"], tablefmt="github"))
        if d["findings_by_code"]:
            parts.append(tabulate(sorted(d["findings_by_code"].items()), headers=["finding", "count"], tablefmt="github"))
        return "\n\n".join(parts) + "\n"
