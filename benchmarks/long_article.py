"""One long article with n attributions, for the linear-time benchmark (deterministic, our own sentences).

Six constructions in turn, so that every step that relates attributions to each other has work: a
quote with an inverted tag and a role ("“…,” said Ada Park, a spokeswoman for Corvane Inc."), a
pronoun speaker, "according to" a body, an anonymous official with a reason, a surname with a
partial quote, and a hedged claim with a descriptive re-mention. Three sentences a paragraph.
"""

from __future__ import annotations

NAMES = ("Ada Park", "Ben Ortiz", "Cara Lind", "Dev Rao", "Eli Moss")
BODIES = ("the Harbor Authority", "Corvane Inc.", "the state health department")


def sentence(i: int) -> str:
    """Return the i-th sentence: one attribution each."""
    name, body = NAMES[i % len(NAMES)], BODIES[i % len(BODIES)]
    shape = i % 6
    if shape == 0:
        return f"“The budget for district {i} will grow,” said {name}, a spokeswoman for {body}."
    if shape == 1:
        return f"She said the plan for district {i} was approved on Monday."
    if shape == 2:
        return f"According to {body}, the rate in district {i} fell by {i % 13} percent."
    if shape == 3:
        return f"An official who was not authorized to speak publicly said district {i} would close."
    if shape == 4:
        return f"{name.split()[1]} told reporters that the vote in district {i} was “a mistake.”"
    return f"The measure is reportedly backed by the council, the official added of district {i}."


def article(n: int) -> str:
    """Return an article of ``n`` attributions in paragraphs of three sentences."""
    return "".join(sentence(i) + ("\n\n" if i % 3 == 2 else " ") for i in range(n))
