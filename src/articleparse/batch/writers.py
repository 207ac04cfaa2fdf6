"""Writers: the finished partial JSON Lines file turned into the requested output.

Records are always written first to ``OUTPUT.partial`` as JSON Lines (so a run can be
resumed); when the run completes, :func:`finalize` moves it into place: renamed for
``.jsonl``, gzipped for ``.jsonl.gz``, converted for ``.parquet`` (each through a
temporary file and an atomic rename, so ``OUTPUT`` is either absent or complete).

Parquet columns: ``id``, ``article`` (the record as JSON text, for
``Article.from_dict(json.loads(...))``), ``error_type``, ``error_message``,
``error_line``, and one column per kept field.  ``id`` and kept fields hold strings as
they are and any other value as its JSON text.
"""

from __future__ import annotations

import gzip
import os
import shutil
from collections.abc import Iterator, Sequence
from typing import Any

from articleparse.batch.work import dumps, loads

__all__ = ["OUTPUT_FORMATS", "detect_output_format", "finalize", "write_parquet"]

OUTPUT_FORMATS = ("jsonl", "jsonl.gz", "parquet")


def detect_output_format(path: str) -> str:
    """``jsonl``, ``jsonl.gz`` or ``parquet``, from the output's name.

    >>> [detect_output_format(p) for p in ["o.jsonl", "o.jsonl.gz", "o.parquet", "-"]]
    ['jsonl', 'jsonl.gz', 'parquet', 'jsonl']
    """
    name = path.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".gz"):
        return "jsonl.gz"
    return "jsonl"


def finalize(partial: str, output: str, fmt: str, keep_fields: Sequence[str] = ()) -> None:
    """Turn the complete ``partial`` into ``output`` atomically, and remove ``partial``."""
    if fmt == "jsonl":
        os.replace(partial, output)
        return
    tmp = output + ".tmp"
    if fmt == "jsonl.gz":
        with open(partial, "rb") as src, gzip.open(tmp, "wb", compresslevel=6) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    elif fmt == "parquet":
        write_parquet(partial, tmp, keep_fields)
    else:
        raise ValueError(f"unknown output format {fmt!r}; choose one of {OUTPUT_FORMATS}")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, output)
    os.remove(partial)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return dumps(value).decode("utf-8")


def _batches(path: str, size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    with open(path, "rb") as handle:
        for line in handle:
            batch.append(loads(line))
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def write_parquet(jsonl: str, output: str, keep_fields: Sequence[str] = (),
                  batch_size: int = 2000) -> None:
    """Convert batch JSON Lines to Parquet, one row group per ``batch_size`` records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = [pa.field("id", pa.string()), pa.field("article", pa.string()),
              pa.field("error_type", pa.string()), pa.field("error_message", pa.string()),
              pa.field("error_line", pa.int64())]
    fields += [pa.field(name, pa.string()) for name in keep_fields]
    schema = pa.schema(fields)
    with pq.ParquetWriter(output, schema, compression="zstd") as writer:
        for batch in _batches(jsonl, batch_size):
            errors = [r.get("error") or {} for r in batch]
            columns: dict[str, list[Any]] = {
                "id": [_text(r.get("id")) for r in batch],
                "article": [_text(r["article"]) if r.get("article") is not None else None
                            for r in batch],
                "error_type": [e.get("type") for e in errors],
                "error_message": [e.get("message") for e in errors],
                "error_line": [e.get("line") for e in errors],
            }
            for name in keep_fields:
                columns[name] = [_text(r.get(name)) for r in batch]
            writer.write_table(pa.table(columns, schema=schema))
