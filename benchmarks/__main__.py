"""Run every benchmark: ``python -m benchmarks [--quick]`` from the project root."""

from __future__ import annotations

import argparse

from benchmarks import bench_batch, bench_instructions, bench_memory, bench_parse, bench_startup


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (a smoke run, not the figures to report)")
    parser.add_argument("--only", action="append",
                        choices=("startup", "parse", "batch", "memory", "instructions"),
                        help="run only these (instructions, which needs valgrind, runs only "
                             "when named)")
    args = parser.parse_args()
    only = set(args.only or ("startup", "parse", "batch", "memory"))
    if "startup" in only:
        bench_startup.run(runs=3 if args.quick else 7)
    if "parse" in only:
        bench_parse.run(limit=300 if args.quick else 2000,
                        dateparser_limit=20 if args.quick else 100)
    if "batch" in only:
        bench_batch.run(records=1000 if args.quick else 10_000)
    if "instructions" in only:
        bench_instructions.run(limit=30 if args.quick else 300)
    if "memory" in only:
        bench_memory.run(records=5000 if args.quick else 200_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
