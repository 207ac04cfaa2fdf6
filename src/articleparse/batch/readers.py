"""Readers: each input format in, a stream of work items out, one per record.

A reader never parses text: it yields ``(line, source, payload)`` items (see
:data:`articleparse.batch.work.Item`) that the workers decode, so the parent process
stays cheap.  Readers never drop a record: a line they cannot hand over whole (too
long) becomes an error item in its place.

========  ==========================================  ===========================
format    input                                       id
========  ==========================================  ===========================
jsonl     ``.jsonl``, ``.jsonl.gz``, ``-`` (stdin)    the ``--id-field`` value
txt       a folder of ``.txt`` files, or one file     the path relative to the folder
warc      WARC / WET (``.warc[.gz]``, ``.wet[.gz]``)  ``WARC-Target-URI`` (also ``url``)
parquet   ``.parquet`` (needs pyarrow)                the ``--id-field`` column
========  ==========================================  ===========================
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import IO, Any

from articleparse.batch.work import (
    Item,
    Options,
    RawText,
    RecordError,
    TextFile,
    max_bytes,
)
from articleparse.errors import ArticleparseError

__all__ = ["FORMATS", "BatchInputError", "detect_format", "check_input", "read_inputs",
           "read_jsonl", "read_txt", "read_warc", "read_parquet", "chunks"]

FORMATS = ("jsonl", "txt", "warc", "parquet")


class BatchInputError(ArticleparseError, ValueError):
    """An input cannot be read at all (missing, unknown format, no text column)."""


def detect_format(path: str) -> str:
    """The reader for ``path``, from its name (``-`` is JSON Lines on stdin).

    >>> [detect_format(p) for p in ["-", "a.jsonl.gz", "x.wet.gz", "d.parquet", "a.txt"]]
    ['jsonl', 'jsonl', 'warc', 'parquet', 'txt']
    """
    if path == "-":
        return "jsonl"
    if os.path.isdir(path):
        return "txt"
    name = path.lower()
    name = name.removesuffix(".gz")
    if name.endswith((".warc", ".wet", ".arc")):
        return "warc"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".txt"):
        return "txt"
    return "jsonl"


def check_input(path: str, fmt: str, options: Options) -> None:
    """Raise :class:`BatchInputError` now, before any output, if ``path`` is unusable."""
    if path == "-":
        if fmt != "jsonl":
            raise BatchInputError(f"standard input is read as JSON Lines, not {fmt}")
        return
    if not os.path.exists(path):
        raise BatchInputError(f"{path}: no such file or folder")
    if fmt == "txt":
        return
    if os.path.isdir(path):
        raise BatchInputError(f"{path} is a folder; only .txt folders can be read")
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise BatchInputError(f"cannot read {path}: {exc.strerror}") from exc
    if fmt == "warc":
        _require("warcio", "batch")
    if fmt == "parquet":
        _require("pyarrow", "parquet")
        import pyarrow.parquet as pq

        try:
            names = pq.ParquetFile(path).schema_arrow.names
        except Exception as exc:  # pyarrow raises several types for a bad file
            raise BatchInputError(f"{path} is not a readable Parquet file: {exc}") from exc
        if options.text_field not in names:
            raise BatchInputError(
                f"{path} has no {options.text_field!r} column; available columns: "
                f"{', '.join(names)}; choose one with --text-field")


def _require(module: str, extra: str) -> None:
    try:
        __import__(module)
    except ImportError as exc:
        raise BatchInputError(
            f"reading this input needs {module}: pip install 'articleparse[{extra}]'"
        ) from exc


def read_inputs(paths: Sequence[str], formats: Sequence[str], options: Options,
                skipped: Counter[str] | None = None) -> Iterator[Item]:
    """Every record of every input, in order."""
    for path, fmt in zip(paths, formats):
        if fmt == "jsonl":
            reader = read_jsonl(path, options)
        elif fmt == "txt":
            reader = read_txt(path)
        elif fmt == "warc":
            reader = read_warc(path, options, skipped)
        elif fmt == "parquet":
            reader = read_parquet(path, options)
        else:
            raise BatchInputError(f"unknown input format {fmt!r}; choose one of {FORMATS}")
        try:
            yield from reader
        except Exception as exc:  # a damaged file: stop with its name and the reason
            raise BatchInputError(f"cannot read {path} past this point: "
                                  f"{type(exc).__name__}: {exc}") from exc


def _open_binary(path: str) -> IO[bytes]:
    """A file or stdin, transparently gunzipped (detected by its magic bytes)."""
    import gzip
    import io

    raw: Any = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    stream: io.BufferedReader = raw if isinstance(raw, io.BufferedReader) \
        else io.BufferedReader(raw)
    if stream.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def read_jsonl(path: str, options: Options) -> Iterator[Item]:
    """One item per line: the raw line bytes, or a ``too_large`` error for a huge line.

    A line is held in memory only up to ``6 * max_chars`` bytes (room for JSON's
    ``\\uXXXX`` escapes); a longer one is skipped over in pieces, never loaded whole.
    """
    source = "<stdin>" if path == "-" else path
    limit = 6 * options.max_chars + 65536
    stream = _open_binary(path)
    try:
        line = 0
        while True:
            raw = stream.readline(limit)
            if not raw:
                return
            line += 1
            if len(raw) >= limit and not raw.endswith(b"\n"):
                size = len(raw)
                while True:
                    more = stream.readline(limit)
                    size += len(more)
                    if not more or more.endswith(b"\n"):
                        break
                yield line, source, RecordError(
                    "too_large", f"the line has {size:,} bytes, over the limit of "
                    f"{limit:,} for a text of {options.max_chars:,} characters; "
                    "raise --max-chars to read it", line, source)
            else:
                yield line, source, raw
    finally:
        if path != "-":
            stream.close()


def read_txt(path: str) -> Iterator[Item]:
    """A folder's ``.txt`` files, in sorted order at every level (id: relative path)."""
    if not os.path.isdir(path):
        yield 1, path, TextFile(os.path.basename(path), path)
        return
    line = 0
    for folder, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            if not name.lower().endswith(".txt"):
                continue
            full = os.path.join(folder, name)
            line += 1
            rel = os.path.relpath(full, path).replace(os.sep, "/")
            yield line, path, TextFile(rel, full)


#: WARC record types that hold text: WET ``conversion`` records and ``resource``.
_TEXT_RECORDS = ("conversion", "resource")


def read_warc(path: str, options: Options, skipped: Counter[str] | None = None) -> Iterator[Item]:
    """Text records of a WARC/WET file (id and ``url``: ``WARC-Target-URI``).

    Other record types (``warcinfo``, ``request``, ``response``, ``metadata``) are not
    articles: they are counted in ``skipped`` (shown in the summary), not output.
    """
    from warcio.archiveiterator import ArchiveIterator

    limit = max_bytes(options)
    line = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            kind = record.rec_type
            if kind not in _TEXT_RECORDS:
                if skipped is not None:
                    skipped[f"warc:{kind}"] += 1
                continue
            line += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(limit + 1)
            if len(data) > limit and options.on_oversize == "error":
                yield line, path, RecordError(
                    "too_large", f"the record has more than {limit:,} bytes, over the "
                    f"limit of {options.max_chars:,} characters; pass --on-oversize "
                    "truncate to parse its head", line, path)
                continue
            yield line, path, RawText(uri, data[:limit], {"url": uri},
                                      truncated=len(data) > limit)


def read_parquet(path: str, options: Options, batch_size: int = 1024) -> Iterator[Item]:
    """Rows of a Parquet file as records (only the columns that are needed are read)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    wanted = [options.text_field, options.id_field, *options.keep_fields]
    columns = [c for c in dict.fromkeys(wanted) if c in names]
    line = 0
    for batch in parquet.iter_batches(batch_size=batch_size, columns=columns):
        for row in batch.to_pylist():
            line += 1
            yield line, path, row


def _weight(payload: Any) -> int:
    if isinstance(payload, (bytes, str)):
        return len(payload)
    if isinstance(payload, RawText):
        return len(payload.data)
    if isinstance(payload, dict):
        return sum(len(v) for v in payload.values() if isinstance(v, (str, bytes)))
    return 256


def chunks(items: Iterator[Item], size: int = 64,
           max_bytes: int = 4 << 20) -> Iterator[list[Item]]:
    """Group items into lists of at most ``size`` items or about ``max_bytes`` bytes."""
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        weight += _weight(item[2])
        if len(chunk) >= size or weight >= max_bytes:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk
