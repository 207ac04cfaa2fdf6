"""Shared helpers: the texts to measure on, and how to report a figure."""

from __future__ import annotations

import glob
import gzip
import json
import os
import random
import sys
from collections.abc import Iterator
from typing import Any

CORPORA = os.environ.get(
    "ARTICLEPARSE_CORPORA",
    os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora"))


def corpus_records(limit: int | None = None, seed: int = 0) -> list[dict[str, Any]]:
    """Records (``text``, ``lang``) from ``../shared/corpora/*.jsonl.gz``, shuffled;
    generated articles when the corpora are not there."""
    rows: list[dict[str, Any]] = []
    for path in sorted(glob.glob(os.path.join(CORPORA, "*.jsonl.gz"))):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                rows.append({"text": record["text"], "lang": record.get("lang"),
                             "set": os.path.basename(path).split(".")[0]})
    if not rows:
        print("(no corpora found: using generated articles)", file=sys.stderr)
        rows = [{"text": generated_article(i), "lang": "id", "set": "generated"}
                for i in range(limit or 2000)]
    random.Random(seed).shuffle(rows)
    return rows[:limit] if limit else rows


_WORDS = ("harga beras pasar naik sejak pemerintah menteri kata warga kota rumah sakit "
          "jalan banjir hujan sekolah anak guru polisi presiden rapat daerah").split()


def generated_article(i: int, paragraphs: int = 8) -> str:
    """A synthetic Indonesian-looking article of about 3 KB (no real text)."""
    rng = random.Random(i)
    head = " ".join(rng.choice(_WORDS) for _ in range(7)).capitalize()
    body = []
    for p in range(paragraphs):
        words = " ".join(rng.choice(_WORDS) for _ in range(50))
        body.append(f"{words.capitalize()}. \"Kami belum tahu sebabnya,\" kata Budi "
                    f"Santoso{p}, seorang pedagang.")
    return (f"{head}\nJAKARTA, KOMPAS.com - " + "\n\n".join(body)
            + "\nPenulis: Rina Wati | Editor: Adi Nugroho\n")


def jsonl_lines(records: list[dict[str, Any]], count: int) -> Iterator[bytes]:
    """``count`` JSON Lines records cycling over ``records``, each with a unique id."""
    for i in range(count):
        record = records[i % len(records)]
        yield json.dumps({"id": i, "text": record["text"]}).encode("utf-8") + b"\n"


def load_note() -> str:
    """The machine's load, to read scaling figures against."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def build_note() -> str:
    """Which build of articleparse runs: the figures of the two differ."""
    from articleparse import pipeline

    compiled = not (pipeline.__file__ or "").endswith(".py")
    return "compiled build" if compiled else "pure-Python build"


def row(label: str, value: str) -> None:
    print(f"  {label:<40} {value}", flush=True)
