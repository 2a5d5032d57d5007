"""Step 6, past one machine: the same corpus audit over a Dask bag or dataframe, on any Dask cluster.

    import dask.bag as db
    from attribution.corpus.dask import audit_bag
    lines = audit_bag(db.from_sequence([{"id": "a1", "text": "..."}], npartitions=8)).compute()

Every element gives one output line, exactly the line ``corpus`` writes for it (a report, or an
error record), in the bag's order. Needs the ``dask`` extra (``pip install 'attribution[dask]'``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ..config import Config
from .stream import BATCH_SIZE, Item, Outcome, audit_batch, read_article
from ..errors import AttributionError


def _item(record) -> Item:
    if isinstance(record, Item):
        return record
    if isinstance(record, dict):
        return Item(str(record.get("id")), path=record.get("path"), text=record.get("text"))
    doc_id, text = record
    return Item(str(doc_id), text=text)


def _audit_partition(records: Iterable, fast: bool, config: Config | None) -> list[Outcome]:
    items = [_item(r) for r in records]
    out: list[Outcome] = []
    for k in range(0, len(items), BATCH_SIZE):
        out.extend(audit_batch(items[k:k + BATCH_SIZE], fast=fast, config=config))
    return out


def audit_bag_outcomes(bag, *, fast: bool = False, config: Config | None = None):
    """Return a Dask bag of ``corpus.Outcome`` (id, line, digest), one per article of ``bag``.

    Elements are ``{"id", "text"}`` dicts (or ``{"id", "path"}``), ``(id, text)`` pairs, or Items.
    """
    return bag.map_partitions(_audit_partition, fast, config)


def audit_bag(bag, *, fast: bool = False, config: Config | None = None):
    """Return a Dask bag of output lines (JSON and a newline), one per article of ``bag``, in order."""
    return audit_bag_outcomes(bag, fast=fast, config=config).map(lambda o: o.line)


def audit_dataframe(df, *, id_column: str = "id", text_column: str = "text", fast: bool = False,
                    config: Config | None = None):
    """Return a Dask bag of output lines, one per row of a Dask dataframe with id and text columns."""
    bag = df[[id_column, text_column]].to_bag(index=False)
    return audit_bag(bag.map(lambda row: (row[0], row[1])), fast=fast, config=config)


def _loaded(item: Item) -> Item:
    """Return the item with its file read here, so the cluster's workers need not see the files."""
    if item.path is None or item.text is not None or item.error is not None:
        return item
    try:
        article = read_article(item.path, item.input_format)
        return Item(item.id, path=item.path, text=article.text, format=article.format)
    except AttributionError as exc:
        return Item(item.id, path=item.path, error=exc)


def audit_items_on_cluster(items: Iterable[Item], scheduler: str, *, fast: bool = False,
                           config: Config | None = None, chunk: int = 2048,
                           partition: int = 64) -> Iterator[Outcome]:
    """Yield the Outcome of each item, in order, computed on the Dask cluster at ``scheduler``.

    The stream is cut into chunks of ``chunk`` articles so memory stays flat; each chunk is one
    bag of ``partition``-article partitions spread over the cluster's workers.
    """
    import dask.bag as db
    from distributed import Client

    with Client(scheduler) as client:
        iterator = (_loaded(item) for item in items)
        while True:
            block = list(islice(iterator, chunk))
            if not block:
                return
            bag = db.from_sequence(block, partition_size=partition)
            yield from client.compute(audit_bag_outcomes(bag, fast=fast, config=config)).result()
