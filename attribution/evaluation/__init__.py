"""Accuracy: the engine scored against annotated articles (``attribution eval``, docs/accuracy.md).

In: gold annotations (the fixtures' ``*.gold.json``, the real news articles and their pages,
PolNeAR) and the Reports the audit gives for the same articles.
Out: precision, recall and F1 of contents, source, named/anonymous and kind accuracy, as a table
or JSON.
"""
