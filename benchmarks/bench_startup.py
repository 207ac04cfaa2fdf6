"""Start-up: the wall time of ``articleparse parse`` on the bundled example.

    python benchmarks/bench_startup.py [--runs N]

The target: under 0.5 s.  Reported beside the bare interpreter (``python -c pass``),
which no library can go below, with the disk cache warm (the usual case: every run
after the first) and cold (a fresh cache folder each run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, __file__.rsplit("/", 2)[0])
from benchmarks._common import load_note, row

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "kim-jong-un-putin.id.txt"


def _command() -> list[str]:
    """The console script next to this interpreter (no shell shims in between)."""
    beside = Path(sys.executable).with_name("articleparse")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("articleparse")
    return [found] if found else [sys.executable, "-c",
                                  "import sys; from articleparse.cli import main; "
                                  "sys.exit(main(sys.argv[1:]))"]


def _wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _median(argv: list[str], runs: int, env: dict[str, str], fresh_cache: bool = False) -> float:
    times = []
    for _ in range(runs):
        if fresh_cache:
            with tempfile.TemporaryDirectory() as folder:
                times.append(_wall(argv, {**env, "ARTICLEPARSE_CACHE_DIR": folder}))
        else:
            times.append(_wall(argv, env))
    return statistics.median(times)


def run(runs: int = 7) -> dict[str, float]:
    print(f"startup: median of {runs} runs ({load_note()})")
    env = dict(os.environ)
    parse = [*_command(), "parse", str(EXAMPLE)]
    _wall(parse, env)  # fill the cache, as any earlier run would have
    floor = _median([sys.executable, "-c", "pass"], runs, env)
    warm = _median(parse, runs, env)
    cold = _median(parse, runs, env, fresh_cache=True)
    row("python -c pass (floor)", f"{floor:.2f} s")
    row("articleparse parse, cache warm", f"{warm:.2f} s (target < 0.5 s)")
    row("articleparse parse, cache cold", f"{cold:.2f} s")
    return {"floor_s": floor, "warm_s": warm, "cold_s": cold}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    run(parser.parse_args(argv).runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
