"""Names of people: given-name gender, person titles and the parts of a written name.

Word-level, with no parse, so that the full path and the fast path read names the same way. The
data comes from maintained libraries rather than lists kept here: ``nameparser`` (its titles,
surname prefixes and suffixes) and ``gender-guesser`` (given names with their gender, counting only
names it calls unambiguously male or female).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import metadata

from . import words
from .compiled import kept

_HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "ms": "female", "ms.": "female", "mrs": "female",
                     "mrs.": "female", "miss": "female", "sir": "male", "dame": "female"}


@functools.cache
def _not_names() -> frozenset[str]:
    """Words the name list holds that are not names in running text ("The", "One", "May")."""
    return words("verbs", "fast", "not_names") | words("verbs", "fast", "not_sources") | words("names", "calendar", "words")


@functools.cache
def _detector():
    from .names_on_demand import NamesOnDemand

    return NamesOnDemand()


@functools.lru_cache(maxsize=65536)  # names repeat within an article and across a corpus
def given_name_gender(name: str) -> str | None:
    """Return "male" or "female" when ``name`` is a given name the name list marks unambiguously, else None.

    "Rosa" -> "female", "Owen" -> "male"; "Kim" (mostly female), "Li" (either) and names the list
    does not hold -> None.
    """
    name = name.strip(".,'’")
    if len(name) < 2 or not name[:1].isupper() or not name.replace("-", "").isalpha() or name.lower() in _not_names():
        return None
    found = _detector().get_gender(name.split("-")[0])
    return found if found in ("male", "female") else None


@functools.cache
def _nameparser_words() -> dict[str, frozenset[str]]:
    """Return nameparser's titles, surname prefixes and suffixes, lower-cased (kept between runs:
    importing nameparser takes a tenth of a second)."""
    return kept("nameparser-words", f"nameparser {metadata.version('nameparser')}", _read_nameparser_words)


def _read_nameparser_words() -> dict[str, frozenset[str]]:
    from nameparser.config import CONSTANTS

    return {
        "titles": frozenset(t.lower().rstrip(".") for t in CONSTANTS.titles),
        "prefixes": frozenset(p.lower() for p in CONSTANTS.prefixes),
        "suffixes": frozenset(s.lower().rstrip(".") for s in CONSTANTS.suffix_acronyms | CONSTANTS.suffix_not_acronyms),
    }


@functools.cache
def person_titles() -> frozenset[str]:
    """Return the lower-cased words that are titles or roles of people ("chief", "senator", "dr"),
    from nameparser, with the project's role nouns."""
    # "St." and "Saint" in news open places ("St. Albans", "Saint Paul"), not a person's title.
    titles = _nameparser_words()["titles"] - {"st", "saint", "ste"}
    return titles | words("anonymity", "anonymous", "role_nouns")


@functools.cache
def _surname_prefixes() -> frozenset[str]:
    return _nameparser_words()["prefixes"]


@functools.cache
def _suffixes() -> frozenset[str]:
    return _nameparser_words()["suffixes"]


@dataclass(frozen=True)
class NameParts:
    """The parts of a person's written name, as indices into the words given."""

    given: int | None  # the first given name ("Rosa" in "Police Chief Rosa Alvarez")
    surname: int | None  # the first word of the surname ("de" in "Monica de Bolle")
    honorific: str | None = None  # "male"/"female" when a gendered honorific comes first ("Ms.")


def name_parts(tokens: list[str] | tuple[str, ...]) -> NameParts:
    """Return where the given name and surname are in the capitalised words of a name.

    Leading titles and roles ("Interim Police Chief", "Dr.", "Rep.") are skipped; the surname is
    the last word, with its prefixes ("de Bolle", "van der Berg") and without a suffix ("Jr.").
    "Police Chief Rosa Alvarez" -> given 2, surname 3; "Alvarez" -> surname 0; "Ms. Graham" ->
    surname 1, honorific female.
    """
    titles = person_titles()
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower().rstrip(".,") in _suffixes():
        end -= 1
    # The name starts after the last title or role word ("Interim BART Police Chief | Ed Alvarez").
    start = 0
    honorific = None
    for k in range(end - 1):
        low = tokens[k].lower().rstrip(".,")
        if low in titles or tokens[k].lower() in _HONORIFIC_GENDER:
            start = k + 1
            honorific = _HONORIFIC_GENDER.get(tokens[k].lower(), honorific)
    while start < end - 1 and not tokens[start][:1].isupper():
        start += 1
    if start >= end:
        return NameParts(None, None, honorific)
    surname = end - 1
    prefixes = _surname_prefixes()
    while surname - 1 > start and tokens[surname - 1].lower() in prefixes:
        surname -= 1
    given = start if start < surname else None
    return NameParts(given, surname, honorific)


def honorific_gender(word: str) -> str | None:
    """Return the gender of an honorific ("Mr." -> "male", "Ms" -> "female"), else None."""
    return _HONORIFIC_GENDER.get(word.lower())


@functools.cache
def _gender_words() -> dict[str, frozenset[str]]:
    return {g: words("names", g, "words") for g in ("male", "female")}


def gender_of_words(tokens: list[str]) -> str | None:
    """Return "male" or "female" when the words of a mention mark it, else None.

    A gendered title or role word comes first ("Mr.", "spokeswoman", "chairman"), then the given
    name of the name in it ("Police Chief Rosa Alvarez" -> "female"), from the name list.
    """
    cues = _gender_words()
    for word in tokens:
        low = word.lower().strip(",;:")
        for gender, known in cues.items():
            if low in known:
                return gender
    capitals = [w.strip(",;:") for w in tokens if w[:1].isupper()]
    if not capitals:
        return None
    parts = name_parts(capitals)
    if parts.honorific:
        return parts.honorific
    return given_name_gender(capitals[parts.given]) if parts.given is not None else None


def surname_key(tokens: list[str]) -> str | None:
    """Return the lower-cased surname of a written name ("La Canfora" in "Jason La Canfora"), or None."""
    capitals = [w.strip(",;:’'") for w in tokens if w[:1].isupper()]
    capitals = [w.removesuffix("’s").removesuffix("'s") for w in capitals]
    if not capitals:
        return None
    parts = name_parts(capitals)
    if parts.surname is None:
        return None
    end = len(capitals)
    while end - 1 > parts.surname and capitals[end - 1].lower().rstrip(".") in _suffixes():
        end -= 1
    return " ".join(capitals[parts.surname:end]).lower()


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Return True when the name list holds ``word`` as a given name, of either gender or both."""
    word = word.strip(".,'’")
    if len(word) < 2 or not word[:1].isupper() or not word.replace("-", "").isalpha() or word.lower() in _not_names():
        return False
    return _detector().get_gender(word.split("-")[0]) != "unknown"
