"""Batch parsing: many texts or records in, one result each out, in input order.

>>> from articleparse.batch import parse_many
>>> results = list(parse_many(["Harga beras naik\\nIsi berita.", {"id": 7}, 42]))
>>> [r.ok for r in results]
[True, False, False]
>>> results[1].error.type, results[2].error.type
('missing_field', 'not_text')

Importing this package loads no optional extra (tqdm, warcio, pyarrow, dask): the
readers and the CLI import them only when an input or option needs them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from articleparse.batch.pool import default_workers, ordered_map
from articleparse.batch.work import (
    ERROR_TYPES,
    Item,
    Options,
    RecordError,
    Result,
    process,
    process_chunk,
)
from articleparse.errors import InputTypeError

__all__ = ["parse_many", "parse_records", "Result", "RecordError", "Options", "ERROR_TYPES",
           "default_workers"]

def _items(records: Iterable[Any]) -> Iterator[Item]:
    for index, record in enumerate(records, 1):
        if isinstance(record, (str, Mapping)):
            yield index, None, record
        else:  # bytes, numbers...: one error record each, never a crash
            yield index, None, RecordError("not_text", str(InputTypeError(record)), index)


def parse_many(
    records: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = 1,
    text_field: str = "text",
    id_field: str = "id",
    keep_fields: Iterable[str] = (),
    lang: str | None = None,
    max_chars: int | None = None,
    on_oversize: Literal["truncate", "error"] = "error",
    chunk_size: int = 64,
    fields: Iterable[str] | None = None,
) -> Iterator[Result]:
    """Parse texts or records lazily, yielding one :class:`Result` per input, in order.

    Each item is a text (``str``) or a record (a mapping with a ``text_field`` and,
    optionally, an ``id_field``; ``keep_fields`` are copied to the result).  A record
    that cannot be parsed gives a result whose ``error`` says why (see
    :data:`ERROR_TYPES`): nothing is dropped and nothing raises.  An empty text gives
    the empty :class:`~articleparse.Article`, as :func:`articleparse.parse` does.

    ``workers`` > 1 parses on that many processes (``None``: every core), with at
    most ``2 * workers + 1`` chunks of ``chunk_size`` records in flight, so memory
    does not grow with the input.  The default, 1, parses in this process.
    ``max_chars`` (default :data:`articleparse.MAX_CHARS`) and ``on_oversize`` say
    what a longer text gives: a ``too_large`` error, or its head, flagged ``truncated``.
    ``fields`` (names from :data:`articleparse.FIELDS`) parses only those fields of
    each article, skipping the steps no other field needs.

    >>> [r.id for r in parse_many([{"id": "a", "text": ""}, {"id": "b", "text": "x"}])]
    ['a', 'b']
    """
    options = Options(text_field, id_field, tuple(keep_fields), lang, max_chars, on_oversize,
                      fields)
    count = default_workers() if workers is None else workers
    from articleparse.batch.readers import chunks

    work = functools.partial(process_chunk, options=options)
    for results in ordered_map(work, chunks(_items(records), chunk_size), workers=count):
        yield from results


def parse_records(records: Iterable[str | Mapping[str, Any]],
                  options: Options | None = None) -> Iterator[dict[str, Any]]:
    """Output lines as dicts, lazily, in this process: the engine-free core that Dask's
    and Spark's partition functions call (see ``docs/batch.md``).

    >>> [sorted(r) for r in parse_records([{"id": 1, "text": "x"}, "y", 3])]
    [['article', 'id'], ['article', 'id'], ['error', 'id']]
    """
    chosen = options or Options()
    for item in _items(records):
        yield process(item, chosen).to_dict()
