"""Run every benchmark: ``python -m benchmarks [--quick]`` from the project root."""

from __future__ import annotations

import argparse

from benchmarks import bench_batch, bench_memory, bench_parse


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (a smoke run, not the figures to report)")
    parser.add_argument("--only", choices=("parse", "batch", "memory"), action="append")
    args = parser.parse_args()
    only = set(args.only or ("parse", "batch", "memory"))
    if "parse" in only:
        bench_parse.run(limit=300 if args.quick else 2000,
                        dateparser_limit=20 if args.quick else 100)
    if "batch" in only:
        bench_batch.run(records=1000 if args.quick else 10_000)
    if "memory" in only:
        bench_memory.run(records=5000 if args.quick else 200_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
