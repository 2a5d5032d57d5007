"""attribution.corpus.dask: the corpus audit on a Dask cluster gives the single-process output line for line."""

from __future__ import annotations

import pytest

from attribution.corpus import Item, audit_corpus
from conftest import FIXTURES

pytest.importorskip("distributed")

ARTICLES = sorted(FIXTURES.rglob("*.txt"))


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def _records():
    return [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in ARTICLES] + [{"id": "empty", "text": " "}]


def test_bag_on_local_cluster_equals_single_process_line_for_line(client):
    import dask.bag as db

    from attribution.corpus.dask import audit_bag

    records = _records()
    single = [o.line for o in audit_corpus([Item(r["id"], text=r["text"]) for r in records])]
    lines = client.compute(audit_bag(db.from_sequence(records, npartitions=4))).result()
    assert lines == single
    assert '"code":"E005"' in lines[-1]


def test_dataframe_on_local_cluster_equals_single_process(client):
    import dask.dataframe as dd
    import pandas as pd

    from attribution.corpus.dask import audit_dataframe

    records = _records()[:6]
    df = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    single = [o.line for o in audit_corpus([Item(r["id"], text=r["text"]) for r in records], fast=True)]
    assert client.compute(audit_dataframe(df, fast=True)).result() == single


def test_cli_scheduler_option(client, tmp_path):
    import json

    from attribution.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _records()[:4]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(source), "-o", str(out), "--scheduler", client.scheduler.address]) == 0
    single = [o.line for o in audit_corpus([Item(r["id"], text=r["text"]) for r in _records()[:4]])]
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == single


def test_cli_scheduler_reads_files_on_the_client(client, tmp_path):
    from attribution.cli import main

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Council member Tom Reyes said the library would cost $12 million.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    out = tmp_path / "out.jsonl"
    assert main(["corpus", str(tmp_path), "-o", str(out), "--scheduler", client.scheduler.address]) == 2
    single = tmp_path / "single.jsonl"
    assert main(["corpus", str(tmp_path), "-o", str(single), "--workers", "1"]) == 2
    assert out.read_text(encoding="utf-8") == single.read_text(encoding="utf-8")
