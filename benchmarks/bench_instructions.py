"""Instructions per article, parse and ``\\w+`` scan, counted by valgrind's callgrind.

    python -m benchmarks.bench_instructions [--limit N]

The clock of a shared machine moves by a third from run to run; the number of
instructions a parse executes does not.  Each pass runs in a child process under
``valgrind --tool=callgrind`` twice, once with no article (start-up, data files and
the warm-up) and once with ``N``; the difference divided by ``N`` is one article's
cost.  Pattern timeouts and the article time budget are lifted in the child: under
valgrind they could fire and make the count depend on the machine's load.  The
warm-up parses ``WARM_UP`` other articles (the last of the shuffled sample, never
counted ones): a pattern compiles the first time an article needs it, and 300
articles after a warm-up of one article per set still compiled about 30 patterns, 7%
of their count and a different 7% whenever a change moved which article needed one
first.  A batch of millions pays that once.  After the warm-up every registered
pattern is compiled, even one no warm-up article needed (another language's).  The ratio of the two counts is not the
time ratio the issue sets (the scan is a tight C loop that runs more instructions per
second than interpreted code), but a change that lowers it lowers the time too.
Needs ``valgrind`` on the PATH.
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
#: Articles parsed before counting (at most as many as are counted), taken from the
#: end of the 2,000-article sample.
WARM_UP = 300
SAMPLE = 2000

#: The child: warm up as ``bench_parse`` does, then run one pass over ``limit`` texts.
_CHILD = """
import sys, warnings
sys.path.insert(0, {root!r})
warnings.simplefilter("ignore")
from benchmarks._common import corpus_records
kind, limit = sys.argv[1], int(sys.argv[2])
records = corpus_records({sample})
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
    for record in records[len(records) - int(sys.argv[3]):]:
        run(record["text"])
    for pattern in patterns.registry().values():  # registered, never yet needed
        pattern.pattern
else:
    import regex
    run = regex.compile(r"\\w+").findall
    run("warm up")
for record in records[:limit]:
    run(record["text"])
"""


def _count(kind: str, limit: int, folder: str, warm_up: int = WARM_UP) -> int:
    out = os.path.join(folder, f"{kind}.{limit}.out")
    python = os.path.realpath(sys.executable)  # not a shell shim: valgrind must see Python
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, "-c",
         _CHILD.format(root=_ROOT, sample=SAMPLE), kind, str(limit), str(warm_up)],
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
    warm_up = min(WARM_UP, limit)
    if limit + warm_up > SAMPLE:
        raise ValueError(f"at most {SAMPLE - WARM_UP} articles can be counted")
    subprocess.run([os.path.realpath(sys.executable), "-c", _CHILD.format(root=_ROOT, sample=SAMPLE), "parse", "0", "0"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="ap-instr-") as folder:
        per = {kind: (_count(kind, limit, folder, warm_up) - _count(kind, 0, folder, warm_up)) / limit
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
