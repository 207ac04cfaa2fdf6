"""Peak memory of ``articleparse batch`` over 200,000 records, and whether it grows.

    python benchmarks/bench_memory.py [--records 200000] [--workers 2]

The records are streamed into the command's standard input (no 200,000-record file
is kept), and the resident memory of the command and its workers is sampled while it
runs.  The target: under 250 MB, whatever the input size; flat, not growing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

if __package__ in (None, ""):
    sys.path.insert(0, __file__.rsplit("/", 2)[0])
from benchmarks._common import corpus_records, jsonl_lines, load_note, row


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except OSError:
        pass
    return found + [g for c in found for g in _children(c)]


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(records: int = 200_000, workers: int = 2) -> dict[str, float]:
    texts = corpus_records()
    print(f"memory: {records:,} records streamed through stdin, {workers} workers "
          f"({load_note()})")
    samples: list[tuple[int, float, float]] = []  # (records fed, main MB, tree MB)
    fed = [0, 0]  # records, bytes
    with tempfile.TemporaryDirectory(prefix="ap-bench-") as tmp:
        out = os.path.join(tmp, "out.jsonl")
        proc = subprocess.Popen(
            [sys.executable, "-m", "articleparse.cli", "batch", "-", "-o", out,
             "--workers", str(workers), "--no-progress"],
            stdin=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdin is not None

        def feed() -> None:
            assert proc.stdin is not None
            for line in jsonl_lines(texts, records):
                proc.stdin.write(line)
                fed[0] += 1
                fed[1] += len(line)
            proc.stdin.close()

        feeder = threading.Thread(target=feed, daemon=True)
        t0 = time.perf_counter()
        feeder.start()
        next_report = 0.1
        while proc.poll() is None:
            main = _rss_mb(proc.pid)
            tree = main + sum(_rss_mb(c) for c in _children(proc.pid))
            samples.append((fed[0], main, tree))
            if fed[0] >= next_report * records:
                row(f"  {fed[0]:,} fed after {time.perf_counter() - t0:,.0f} s",
                    f"RSS now: main {main:,.0f} MB, with workers {tree:,.0f} MB")
                next_report += 0.1
            time.sleep(0.25)
        wall = time.perf_counter() - t0
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        out_mb = os.path.getsize(out) / 1e6 if os.path.exists(out) else 0.0
    if proc.returncode not in (0, 1):
        print(stderr, file=sys.stderr)
        raise SystemExit(f"articleparse batch failed with {proc.returncode}")
    peak_main = max(s[1] for s in samples)
    peak_tree = max(s[2] for s in samples)
    row("throughput", f"{records / wall:,.0f} articles/s, {fed[1] / 1e6 / wall:.2f} MB/s "
        f"in, {out_mb:,.0f} MB written")
    row("peak RSS, main process", f"{peak_main:,.0f} MB")
    row(f"peak RSS, main + {workers} workers (target < 250)", f"{peak_tree:,.0f} MB")
    tenths = []
    for share in (0.1, 0.25, 0.5, 0.75, 1.0):
        upto = [s for s in samples if s[0] <= share * records]
        if upto:
            tenths.append(f"{int(share * 100)}%: {max(s[2] for s in upto):,.0f}")
    row("peak tree RSS after x% of records fed", ", ".join(tenths) + " MB")
    for line in stderr.strip().splitlines()[-2:]:
        print(f"  | {line}")
    return {"peak_main_mb": peak_main, "peak_tree_mb": peak_tree}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    run(args.records, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
