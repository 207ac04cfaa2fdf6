"""normalize(): the fast path on clean text, the repair path, and a corpus sweep.

Run by hand from the project root: ``python -m benchmarks.bench_normalize [--quick]``.
Figures are per call, best of a few repeats (the machine is shared; the minimum is
the least disturbed run).  Nothing here is a test: it prints, it never asserts.
"""

from __future__ import annotations

import argparse
import random
import time
import timeit
from collections import Counter
from collections.abc import Callable

from articleparse.text import needs_repair, normalize
from benchmarks._common import corpus_records

_WORDS = (
    "Presiden mengatakan pemerintah akan menaikkan harga beras di pasar kota sejak "
    "Senin, kata Menteri Keuangan kepada wartawan. The minister said the plan would "
    "help farmers — and “we are confident” it works, a café owner in Jakarta added."
).split()


def clean_text(size: int = 5000, seed: int = 1) -> str:
    """Synthetic news-like text of ``size`` characters: curly quotes, dashes, é, no repairs."""
    rng = random.Random(seed)
    words = " ".join(rng.choice(_WORDS) for _ in range(size // 4))[:size]
    return "\n".join(words[i : i + 400] for i in range(0, size, 400))[:size]


def _per_call(func: Callable[[], object], number: int, repeat: int = 5) -> float:
    """Microseconds per call, best of ``repeat``."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number * 1e6


def run(limit: int = 2000, number: int = 2000) -> None:
    clean = clean_text()
    ascii_only = clean.translate({ord("“"): '"', ord("”"): '"', ord("—"): "-", ord("é"): "e"})
    no_accent = clean.replace("é", "e")
    assert not needs_repair(clean) and not needs_repair(ascii_only)
    print("normalize(), 5 KB, no repair needed (the fast path):")
    for name, text in [
        ("ASCII only", ascii_only),
        ("curly quotes and dashes", no_accent),
        ("... and é (mojibake check runs)", clean),
    ]:
        print(f"  {name:34} {_per_call(lambda t=text: normalize(t), number):8.1f} µs")

    nbsp = clean.replace(" di ", " di\u00a0").replace(" kata ", "&nbsp;kata ")
    crlf = clean.replace("\n", "\r\n")
    mojibake = clean.encode("utf-8").decode("cp1252", "ignore")
    print("normalize(), 5 KB, repairs needed:")
    for name, text in [
        ("NBSP and &nbsp;", nbsp),
        ("CRLF line endings", crlf),
        ("mojibake throughout (warm cache)", mojibake),
    ]:
        result = normalize(text)
        count = 20 if "mojibake" not in name else 3
        took = _per_call(lambda t=text: normalize(t), count, repeat=3)
        print(f"  {name:34} {took:8.1f} µs  {len(result.edits):4} edits  {result.repairs}")

    records = corpus_records(limit=limit)
    repairs: Counter[str] = Counter()
    changed = 0
    started = time.perf_counter()
    for record in records:
        result = normalize(record["text"])
        changed += result.changed
        repairs.update(result.repairs)
    took = time.perf_counter() - started
    size = sum(len(r["text"]) for r in records) / max(1, len(records))
    print(f"corpus sweep: {len(records)} records, mean {size:,.0f} chars")
    print(f"  {took / max(1, len(records)) * 1e6:8.1f} µs per record; {changed} changed")
    for name, count in repairs.most_common():
        print(f"  {name:20} {count:6}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_normalize", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    args = parser.parse_args()
    run(limit=200 if args.quick else 2000, number=200 if args.quick else 2000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
