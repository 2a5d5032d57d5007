"""Step 6: a whole corpus audited, in input order, on all cores or a Dask cluster.

In: directories, globs or JSON Lines files of articles (or JSON Lines on stdin).
Out: one line per article in input order, whatever the number of workers: its report (as
``audit --format jsonl``) or an error record; and the corpus summary.

    stream.py   the articles of the inputs (``iter_items``) and their audit in workers (``audit_corpus``)
    summary.py  totals over every article's digest
    dask.py     the same audit over a Dask bag or dataframe (``pip install -e '.[dask]'``)
"""

from __future__ import annotations

from .stream import Item, audit_corpus, iter_items

__all__ = ["Item", "audit_corpus", "iter_items"]
