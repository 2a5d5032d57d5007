"""The given-name list read a name at a time answers as gender-guesser's own Detector does."""

from __future__ import annotations

from gender_guesser.detector import Detector

from attribution.lexicon.names_on_demand import NamesOnDemand
from attribution.lexicon.people import given_name_gender, is_given_name


def test_names_on_demand_answers_as_the_library_on_every_name_of_its_file():
    library = Detector(case_sensitive=False)
    on_demand = NamesOnDemand()
    names = sorted(library.names)
    assert len(names) > 40_000
    assert [on_demand.get_gender(n) for n in names] == [library.get_gender(n) for n in names]
    # Asked again, and in other cases: the answer is kept, not parsed anew.
    assert on_demand.get_gender("ROSA") == library.get_gender("Rosa") == "female"


def test_spellings_of_a_plus_name_each_get_the_library_answer():
    library = Detector(case_sensitive=False)
    on_demand = NamesOnDemand()
    plus = sorted(n for n in library.names if " " in n)[:50]
    assert plus
    for name in plus:
        for spelling in (name, name.replace(" ", "-"), name.replace(" ", "")):
            assert on_demand.get_gender(spelling) == library.get_gender(spelling), spelling


def test_a_name_the_list_does_not_hold_is_unknown():
    assert NamesOnDemand().get_gender("Zzyzxq") == "unknown"


def test_given_name_gender_and_is_given_name_read_the_list():
    assert given_name_gender("Rosa") == "female" and given_name_gender("Owen") == "male"
    assert given_name_gender("Li") is None  # either
    assert is_given_name("Kim") and not is_given_name("Thursday")


def test_names_on_demand_answers_the_same_from_several_threads():
    import sys
    import threading

    library = Detector(case_sensitive=False)
    names = sorted(library.names)[:3000]
    want = [library.get_gender(n) for n in names]
    on_demand = NamesOnDemand()
    answers: list[list[str]] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside a name's parse too
    try:
        def ask() -> None:
            answers.append([on_demand.get_gender(n) for n in names])

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(answers) == 4 and all(a == want for a in answers)
