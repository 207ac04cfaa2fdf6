"""The run's bookkeeping: counts, and the manifest that lets ``--resume`` continue.

A run writes ``OUTPUT.partial`` (JSON Lines, one line per finished record, in input
order) and, at every checkpoint, ``OUTPUT.manifest.json``.  The partial file is the
truth: on resume its complete lines are the finished records, a torn last line is cut
off, and the counts are rebuilt from the lines.  The manifest says which inputs and
options made the partial file, so a resume with different ones is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from articleparse.batch.work import flag_kind, loads
from articleparse.model import Article

__all__ = ["Counts", "recover_partial", "fingerprint", "read_manifest", "write_manifest"]

MANIFEST_VERSION = 1


@attrs.define
class Counts:
    """Records seen, parsed (of which ``empty``), errors by type, and the parsed
    records' flags by kind (``unsupported_language``, ``truncated``, ...)."""

    records: int = 0
    parsed: int = 0
    empty: int = 0
    errors: Counter[str] = attrs.field(factory=Counter)
    flagged: Counter[str] = attrs.field(factory=Counter)

    def add(self, status: str, flags: Iterable[str] = ()) -> None:
        self.records += 1
        self.flagged.update(flags)
        if status == "parsed":
            self.parsed += 1
        elif status == "empty":
            self.parsed += 1
            self.empty += 1
        else:
            self.errors[status] += 1

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "parsed": self.parsed, "empty": self.empty,
                "errors": dict(sorted(self.errors.items())),
                "flagged": dict(sorted(self.flagged.items()))}


_EMPTY_ARTICLE = Article().to_dict()


def _line_status(line: bytes) -> tuple[str, tuple[str, ...]]:
    """A written line's status and flag kinds, as :func:`encode_chunk` gave them."""
    record = loads(line)
    if record.get("error") is not None:
        return str(record["error"]["type"]), ()
    article = record.get("article")
    flags = tuple(map(flag_kind, article.get("flags", ())))
    return ("empty" if article == _EMPTY_ARTICLE else "parsed"), flags


def recover_partial(path: str) -> Counts:
    """Count the finished records of a partial output and cut off a torn last line.

    A line is finished when it ends with a newline and is valid JSON; the file is
    truncated after the last finished line, so appending continues cleanly.
    """
    counts = Counts()
    good = 0
    with open(path, "r+b") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                status, flags = _line_status(line)
            except (ValueError, KeyError, TypeError, AttributeError):
                break  # a line torn and then overwritten: stop here, redo the rest
            counts.add(status, flags)
            good += len(line)
        handle.truncate(good)
    return counts


def fingerprint(inputs: list[tuple[str, str]], options: dict[str, Any]) -> dict[str, Any]:
    """What identifies a run: its inputs (path, format, size, mtime) and options."""
    described = []
    for path, fmt in inputs:
        entry: dict[str, Any] = {"path": path, "format": fmt}
        if path != "-" and os.path.isfile(path):
            stat = os.stat(path)
            entry.update(size=stat.st_size, mtime=int(stat.st_mtime))
        described.append(entry)
    return {"inputs": described, "options": options}


def read_manifest(path: str) -> dict[str, Any] | None:
    try:
        with open(path, encoding="utf-8") as handle:
            data: dict[str, Any] = json.load(handle)
    except (OSError, ValueError):
        return None
    return data


def write_manifest(path: str, run: dict[str, Any], counts: Counts, *, complete: bool,
                   output: str, elapsed: float) -> None:
    """Write the manifest atomically (a temporary file renamed over the old one)."""
    data = {
        "version": MANIFEST_VERSION,
        "output": output,
        "complete": complete,
        **run,
        **counts.to_dict(),
        "seconds": round(elapsed, 3),
        "updated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.write("\n")
    os.replace(tmp, path)
