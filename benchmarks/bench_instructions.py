"""Instructions per article, parse and ``\\w+`` scan, counted by valgrind's callgrind.

    python -m benchmarks.bench_instructions [--limit N]

The clock of a shared machine moves by a third from run to run; the number of
instructions a parse executes does not.  Each pass runs in a child process under
``valgrind --tool=callgrind`` twice, once with no article (start-up, data files and
the warm-up) and once with ``N``; the difference divided by ``N`` is one article's
cost.  Pattern timeouts and the article time budget are lifted in the child: under
valgrind they could fire and make the count depend on the machine's load.  The ratio of the two counts is not the time ratio the issue sets (the scan is a
tight C loop that runs more instructions per second than interpreted code), but a
change that lowers it lowers the time too.  Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, __file__.rsplit("/", 2)[0])
from benchmarks._common import row

_ROOT = str(Path(__file__).resolve().parent.parent)

#: The child: warm up as ``bench_parse`` does, then run one pass over ``limit`` texts.
_CHILD = """
import sys, warnings
sys.path.insert(0, {root!r})
warnings.simplefilter("ignore")
from benchmarks._common import corpus_records
kind, limit = sys.argv[1], int(sys.argv[2])
records = corpus_records(2000)
if kind == "parse":
    from benchmarks.bench_parse import _warm_up
    import articleparse
    from articleparse import patterns
    # No clock may change the work counted: valgrind runs code ~50x slower, so a long
    # article could pass a pattern's timeout or the article's time budget and skip steps
    # (how many depends on the machine's load).
    patterns.MATCH_TIMEOUT = 1e6
    _warm_up(records)
    def run(text):
        return articleparse.parse(text, time_budget=1e9)
else:
    import regex
    run = regex.compile(r"\\w+").findall
    run("warm up")
for record in records[:limit]:
    run(record["text"])
"""


def _count(kind: str, limit: int, folder: str) -> int:
    out = os.path.join(folder, f"{kind}.{limit}.out")
    python = os.path.realpath(sys.executable)  # not a shell shim: valgrind must see Python
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, "-c",
         _CHILD.format(root=_ROOT), kind, str(limit)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    for line in Path(out).read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no instruction total in {out}")


def run(limit: int = 300) -> dict[str, float]:
    if shutil.which("valgrind") is None:
        row("instructions", "valgrind not found: skipped")
        return {}
    print(f"instructions: {limit} articles under callgrind (a few minutes)")
    # The data cache is filled by the first run after a data file changes; that run
    # would count building it as the articles' work, so one uncounted run goes first.
    subprocess.run([os.path.realpath(sys.executable), "-c", _CHILD.format(root=_ROOT), "parse", "0"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="ap-instr-") as folder:
        per = {kind: (_count(kind, limit, folder) - _count(kind, 0, folder)) / limit
               for kind in ("scan", "parse")}
    row("regex \\w+ scan", f"{per['scan'] / 1e6:.2f} M instructions per article")
    row("articleparse.parse", f"{per['parse'] / 1e6:.2f} M instructions per article")
    row("parse / scan, in instructions", f"{per['parse'] / per['scan']:.1f}x")
    return {"scan": per["scan"], "parse": per["parse"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to count")
    run(parser.parse_args(argv).limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
