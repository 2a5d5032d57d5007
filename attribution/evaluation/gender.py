"""Source gender scored against the realnews gender gold (``r_<id>.gender.json``, issue 15).

Each gold person (its first full mention and the other mentions that carry attributions, with the
gender the article's words give) is matched to the Report's person sources by their words: a
mention written the same, or the gold name's surname among a source's words with no other given
name. A gold person the engine split over several sources gets every one; their known labels
decide (two that disagree count as wrong). Scored over the people the gold labels female or male:
accuracy among those the engine labels, coverage (labelled, not "unknown", of all), the labels
against the article's words, and the share of women per article and over the set.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterable
from dataclasses import dataclass, field


from tabulate import tabulate

from ..lexicon.compiled import compile_pattern
from ..lexicon.people import name_parts
from ..model import Report, SourceEntry

_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*")
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "they", "we"})


@dataclass(frozen=True)
class GoldPerson:
    """A person the article quotes, as the gender gold gives it."""

    person: str  # the first full mention
    mentions: tuple[str, ...]  # the other mentions that carry attributions
    gender: str  # "female" | "male" | "unknown", from the article's words
    name_guess: str | None = None  # what the given name alone suggests


def load_gender_gold(directory: str) -> dict[str, list[GoldPerson]]:
    """Return the gender gold of the realnews articles of ``directory``: article file name -> people."""
    gold: dict[str, list[GoldPerson]] = {}
    for path in sorted(pathlib.Path(directory).glob("*.gender.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data["article"]] = [GoldPerson(p["person"], tuple(p.get("mentions") or ()), p["gender"], p.get("name_guess"))
                                 for p in data["people"]]
    return gold


def _words(text: str) -> list[str]:
    return [w.removesuffix("’s").removesuffix("'s") for w in _WORD.findall(text)]


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _words(text))


def _name(text: str) -> tuple[str | None, str | None]:
    """Return the lower-cased given name and surname of a written name ("Sen. Ben Sasse, R-Neb." ->
    ("ben", "sasse")); None where there is none."""
    capitals = [w for w in _words(text.split(",")[0].replace("(", " ").replace(")", " ")) if w[:1].isupper()]
    if not capitals:
        return None, None
    parts = name_parts(capitals)
    given = capitals[parts.given].lower() if parts.given is not None else None
    surname = capitals[-1].lower() if parts.surname is not None else None
    return given, surname


def _match_score(person: GoldPerson, source: SourceEntry) -> int:
    """Return 2 when a gold mention is written as one of the source's, 1 when the gold surname is
    among the source's words and no other given name is, else 0."""
    gold = {_norm(t) for t in (person.person, *person.mentions) if _norm(t) not in _PRONOUNS and _norm(t)}
    system = {_norm(t) for t in (source.text, *(m.text for m in source.mentions))
              if _norm(t) not in _PRONOUNS and _norm(t)}
    if gold & system:
        return 2
    given, surname = _name(person.person)
    if surname is None:
        return 0
    if not any(surname in t.split() for t in system):
        return 0
    other_given, _ = _name(source.text)
    if given and other_given and other_given != given and len(other_given) > 1 and len(given) > 1:
        return 0  # "Ann Reyes" is not "Tom Reyes"
    return 1


def match_people(people: list[GoldPerson], sources: list[SourceEntry]) -> list[list[SourceEntry]]:
    """Return, per gold person, the Report's person sources that are that person: each source goes to
    the gold person it matches best (the first of them on a tie)."""
    found: list[list[SourceEntry]] = [[] for _ in people]
    for source in sources:
        if source.type != "person":
            continue
        scores = [_match_score(p, source) for p in people]
        best = max(scores, default=0)
        if best:
            found[scores.index(best)].append(source)
    return found


def label_of(sources: list[SourceEntry]) -> tuple[str | None, str | None]:
    """Return the engine's gender of a gold person from its sources, and the basis: the known label
    they give ("conflict" when two disagree), else None."""
    known = {(s.gender, s.gender_basis) for s in sources if s.gender in ("female", "male")}
    genders = {g for g, _ in known}
    if not genders:
        return None, None
    if len(genders) > 1:
        return "conflict", None
    return genders.pop(), "text" if any(b == "text" for _, b in known) else "name"


def _share(female: int, male: int) -> float | None:
    return female / (female + male) if female + male else None


@dataclass
class GenderTally:
    """Counts over the people the gold labels female or male, and the shares of women."""

    gendered: int = 0  # gold people labelled female or male
    found: int = 0  # ... matched to at least one source of the Report
    labelled: int = 0  # ... the engine labels female or male
    correct: int = 0
    wrong: list[str] = field(default_factory=list)  # "article: person (gold -> engine)"
    by_basis: dict[str, int] = field(default_factory=lambda: {"text": 0, "name": 0})
    correct_by_basis: dict[str, int] = field(default_factory=lambda: {"text": 0, "name": 0})
    gold_counts: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})
    gold_name_counts: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})
    engine_counts: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})
    engine_text_counts: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})
    # |engine - gold| share of women, per article where both are defined
    article_errors: list[float] = field(default_factory=list)
    article_errors_names: list[float] = field(default_factory=list)  # the same against gold with name guesses

    def add_article(self, article: str, people: list[GoldPerson], report: Report) -> None:
        """Score one article's Report against its gold people."""
        matched = match_people(people, report.sources)
        gold = {"female": 0, "male": 0}
        gold_names = {"female": 0, "male": 0}
        for person, sources in zip(people, matched):
            named = person.gender if person.gender in gold else person.name_guess
            if named in gold_names:
                gold_names[named] += 1
            if person.gender not in gold:
                continue
            gold[person.gender] += 1
            self.gendered += 1
            self.found += bool(sources)
            label, basis = label_of(sources)
            if label is None:
                continue
            self.labelled += 1
            if basis is not None:
                self.by_basis[basis] += 1
            if label == person.gender:
                self.correct += 1
                self.correct_by_basis[basis] += 1
            else:
                self.wrong.append(f"{article}: {person.person} ({person.gender} -> {label}, basis {basis})")
        engine = {"female": 0, "male": 0}
        engine_text = {"female": 0, "male": 0}
        for s in report.sources:
            if s.gender in engine:
                engine[s.gender] += 1
                if s.gender_basis == "text":
                    engine_text[s.gender] += 1
        for total, part in ((self.gold_counts, gold), (self.gold_name_counts, gold_names),
                            (self.engine_counts, engine), (self.engine_text_counts, engine_text)):
            for g in part:
                total[g] += part[g]
        for errors, reference in ((self.article_errors, gold), (self.article_errors_names, gold_names)):
            want, got = _share(reference["female"], reference["male"]), _share(engine["female"], engine["male"])
            if want is not None and got is not None:
                errors.append(abs(got - want))

    def figures(self) -> dict:
        """Return the gender figures as a dict (ratios to 3 places; None where undefined)."""
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        def mean(values: list[float]) -> float | None:
            return round(sum(values) / len(values), 3) if values else None

        def share(counts: dict[str, int]) -> float | None:
            found = _share(counts["female"], counts["male"])
            return round(found, 3) if found is not None else None

        return {
            "gendered": self.gendered, "found": self.found, "labelled": self.labelled, "correct": self.correct,
            "accuracy": ratio(self.correct, self.labelled),
            "coverage": ratio(self.labelled, self.gendered),
            "against_text": len(self.wrong),
            "wrong": list(self.wrong),
            "labelled_by_basis": dict(self.by_basis),
            "accuracy_by_basis": {b: ratio(self.correct_by_basis[b], n) for b, n in self.by_basis.items()},
            "share_women_gold": share(self.gold_counts),
            "share_women_engine": share(self.engine_counts),
            "share_women_gold_with_names": share(self.gold_name_counts),
            "share_women_engine_text": share(self.engine_text_counts),
            "share_error_per_article": mean(self.article_errors),
            "share_error_per_article_with_names": mean(self.article_errors_names),
            "articles_with_shares": len(self.article_errors),
            "people": {"gold": dict(self.gold_counts), "engine": dict(self.engine_counts)},
        }


def evaluate_gender(directory: str, *, fast: bool = False, reports: Iterable[Report] | None = None) -> GenderTally:
    """Audit the realnews articles of ``directory`` that have a gender gold (``fast``: the parse-free
    path) and return their GenderTally; ``reports`` gives the Reports instead, in the gold's order."""
    gold = load_gender_gold(directory)
    tally = GenderTally()
    if reports is None:
        from ..auditing.auditor import audit_many

        texts = [(name, (pathlib.Path(directory) / name).read_text(encoding="utf-8")) for name in gold]
        reports = audit_many(texts, fast=fast)
    for (name, people), report in zip(gold.items(), reports):
        if not isinstance(report, Report):
            continue
        tally.add_article(name, people, report)
    return tally


def gender_lines(results: dict[str, dict]) -> list[str]:
    """Return the gender table of the rows of ``results`` that have gender figures, and their wrong labels."""
    rows = [[name, f["gendered"], f["found"], f["labelled"], f["accuracy"], f["coverage"], f["against_text"],
             f"{f['labelled_by_basis']['text']} / {f['labelled_by_basis']['name']}",
             f["share_women_gold"], f["share_women_engine"], f["share_women_engine_text"],
             f["share_error_per_article"]]
            for name, f in ((n, r["gender"]) for n, r in results.items() if isinstance(r.get("gender"), dict))]
    if not rows:
        return []
    head = ["set", "gold f/m people", "found", "labelled", "accuracy", "coverage", "against the text",
            "by text / name", "women (gold)", "women (engine)", "women (engine, text)", "share error per article"]
    out = ["\nsource gender, over the people the gold labels female or male (issue 15)\n"
           + tabulate(rows, headers=head, tablefmt="github")]
    for name, r in results.items():
        for wrong in (r.get("gender") or {}).get("wrong", []):
            out.append(f"{name}: wrong gender: {wrong}")
    return out
