"""Accuracy: the engine scored against annotated articles (``attribution eval``, docs/accuracy.md).

In: gold annotations (the fixtures' ``*.gold.json``, the real news articles and their pages,
PolNeAR) and the Reports the audit gives for the same articles.
Out: precision, recall and F1 of contents, source, named/anonymous and kind accuracy, as a table
or JSON.

    gold.py     the gold annotations, read in place
    scoring.py  matching a Report to its gold, the Tally and its figures, the disagreements
    pages.py    the real news pages: audited from their HTML, scored against their bodies
    run.py      the ``eval`` command's table
"""
