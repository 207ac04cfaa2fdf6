"""Single-process parse throughput, beside a plain regex word scan and dateparser.

    python benchmarks/bench_parse.py [--limit N] [--dateparser-limit M]

The target: a full parse costs at most 8x one ``regex`` ``\\w+`` scan of the same
texts, and at least 50x less than ``dateparser.search.search_dates`` on them.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from typing import Any

import regex

if __package__ in (None, ""):
    sys.path.insert(0, __file__.rsplit("/", 2)[0])
from benchmarks._common import corpus_records, load_note, row

WORD = regex.compile(r"\w+")


#: Languages given to dateparser as they are; any other (or none) is searched as English.
_PEER_LANGS = {"en", "id", "ms", "de", "fr", "pl", "es", "it", "pt", "nl", "ru", "cs", "sv"}


def _peer_lang(code: str | None) -> str:
    return code if code in _PEER_LANGS else "en"


def step_costs(texts: list[str]) -> dict[str, float]:
    """CPU milliseconds per article spent in each pipeline step (one more pass over
    ``texts`` with every step's function wrapped by a timer)."""
    import attrs

    from articleparse import pipeline

    spent: dict[str, float] = {step.name: 0.0 for step in pipeline.STEPS}

    def timed(name: str, run: Any) -> Any:
        def wrapper(**needs: Any) -> Any:
            started = time.process_time()
            try:
                return run(**needs)
            finally:
                spent[name] += time.process_time() - started
        return wrapper

    original = pipeline.STEPS
    pipeline.STEPS = tuple(attrs.evolve(s, run=timed(s.name, s.run)) for s in original)
    try:
        import articleparse

        with warnings.catch_warnings():  # already shown once by the timed pass
            warnings.simplefilter("ignore")
            for text in texts:
                articleparse.parse(text)
    finally:
        pipeline.STEPS = original
    return {name: seconds * 1000 / len(texts) for name, seconds in spent.items()}


def run(limit: int = 2000, dateparser_limit: int = 100, steps: bool = False) -> dict[str, float]:
    import articleparse

    records = corpus_records(limit)
    texts = [r["text"] for r in records]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"parse: {len(texts):,} articles, {megabytes:.1f} MB, mean "
          f"{megabytes * 1e6 / len(texts):,.0f} bytes ({load_note()})")
    articleparse.parse(texts[0])  # load the data files before timing

    # The floor is the best of three scans: the first pass over the texts also pays
    # for bringing them into the CPU caches, which would flatter the ratio.
    scan = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text in texts:
            WORD.findall(text)
        scan = min(scan, time.perf_counter() - t0)

    t0 = time.perf_counter()
    for text in texts:
        articleparse.parse(text)
    parse = time.perf_counter() - t0

    row("regex \\w+ scan (floor)", f"{len(texts) / scan:,.0f} articles/s, "
        f"{megabytes / scan:.1f} MB/s")
    row("articleparse.parse", f"{len(texts) / parse:,.0f} articles/s, "
        f"{megabytes / parse:.2f} MB/s")
    row("parse / scan (target <= 8x)", f"{parse / scan:.1f}x")
    figures = {"articles_per_s": len(texts) / parse, "mb_per_s": megabytes / parse,
               "parse_over_scan": parse / scan}
    if steps:
        costs = step_costs(texts)
        row("per step, CPU ms per article", ", ".join(
            f"{name} {ms:.2f}" for name, ms in sorted(costs.items(), key=lambda kv: -kv[1])))
    try:
        from dateparser.search import search_dates
    except ImportError:
        row("dateparser", "not installed (pip install 'articleparse[bench]')")
        return figures
    sample = records[:dateparser_limit]
    search_dates(sample[0]["text"][:200], languages=["en"])  # its own warm-up
    t0 = time.perf_counter()
    for record in sample:
        search_dates(record["text"], languages=[_peer_lang(record["lang"])])
    peer = (time.perf_counter() - t0) / len(sample)
    # The same texts for both: the sample's own parse time, not the mean over all.
    t0 = time.perf_counter()
    for record in sample:
        articleparse.parse(record["text"])
    per_parse = (time.perf_counter() - t0) / len(sample)
    row(f"dateparser search_dates ({len(sample)} articles)", f"{1 / peer:,.1f} articles/s")
    row("dateparser / parse (target >= 50x)", f"{peer / per_parse:.1f}x")
    figures["dateparser_over_parse"] = peer / per_parse
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles to parse")
    parser.add_argument("--dateparser-limit", type=int, default=100,
                        help="articles for dateparser (it is slow)")
    parser.add_argument("--steps", action="store_true",
                        help="also print the CPU time of each pipeline step")
    args = parser.parse_args(argv)
    run(args.limit, args.dateparser_limit, args.steps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
