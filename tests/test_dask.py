"""The Dask adapter, on a real two-process LocalCluster started here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import articleparse

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from articleparse.dask import parse_bag, parse_partition

TEXT = "Harga beras naik lagi\nJAKARTA - Harga beras di pasar naik, kata Budi Santoso.\n"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_parse_bag_on_a_local_cluster(client: Any) -> None:
    rows: list[Any] = [{"id": i, "text": f"Berita {i}\n{TEXT}", "url": f"u{i}"}
                       for i in range(40)]
    rows[7] = {"id": 7, "body": "no text field"}
    bag = db.from_sequence(rows, npartitions=4)
    results = parse_bag(bag, keep_fields=["url"]).compute()
    assert [r["id"] for r in results] == list(range(40))
    assert results[7]["error"]["type"] == "missing_field"
    assert results[0]["url"] == "u0"
    assert articleparse.Article.from_dict(results[1]["article"]) == \
        articleparse.parse(rows[1]["text"])
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_parse_partition_takes_texts() -> None:
    [ok, bad] = parse_partition([TEXT, 3])
    assert "article" in ok and bad["error"]["type"] == "not_text"


def test_dask_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, articleparse.dask; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "False"
