"""Run articleparse over a Dask bag: the same parse, on as many machines as Dask has.

Needs ``pip install 'articleparse[dask]'``.  Dask is imported only when this module's
functions run, never by ``import articleparse``.

Read a dump, parse it, write JSON Lines (the same lines ``articleparse batch`` writes)::

    import json
    import dask.bag as db
    from articleparse.dask import parse_bag

    bag = db.read_text("dump-*.jsonl.gz").map(json.loads)
    parse_bag(bag).map(json.dumps).to_textfiles("out/part-*.jsonl")

Each element of the result is one output line of ``articleparse batch`` as a dict:
``{"id": ..., "article": {...}}`` or ``{"id": ..., "error": {"type", "message",
"line"}}`` (``line`` counts from 1 within the element's partition), plus kept fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from articleparse.batch import parse_records
from articleparse.batch.work import Options

if TYPE_CHECKING:
    import dask.bag

__all__ = ["parse_bag", "parse_partition"]


def parse_partition(records: Iterable[str | Mapping[str, Any]],
                    options: Options | None = None) -> list[dict[str, Any]]:
    """Parse one partition: a result dict per record, in order."""
    return list(parse_records(records, options))


def parse_bag(
    bag: dask.bag.Bag,
    *,
    text_field: str = "text",
    id_field: str = "id",
    keep_fields: Iterable[str] = (),
    lang: str | None = None,
    max_chars: int | None = None,
    on_oversize: Literal["truncate", "error"] = "error",
    fields: Iterable[str] | None = None,
) -> dask.bag.Bag:
    """A bag of result dicts, one per element of ``bag`` (a text or a record dict).

    Lazy, like every bag operation: nothing runs until ``compute()`` or a write.
    Partitions keep their order and size, so results line up with the input.
    """
    options = Options(text_field, id_field, tuple(keep_fields), lang, max_chars, on_oversize,
                      fields)
    result: dask.bag.Bag = bag.map_partitions(parse_partition, options)  # type: ignore[no-untyped-call]
    return result
