"""Single-process parse throughput, beside a plain regex word scan and dateparser.

    python benchmarks/bench_parse.py [--limit N] [--dateparser-limit M] [--rounds R] [--fields A,B]

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
from benchmarks._common import build_note, corpus_records, load_note, row

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


def _warm_up(records: list[dict[str, Any]]) -> None:
    """Parse one article of each set and language before timing: each language's
    patterns compile when an article first needs them, a one-off cost that a batch of
    millions never sees again."""
    import articleparse
    from articleparse import patterns

    seen: set[tuple[str, str | None]] = set()
    with warnings.catch_warnings():  # texts in no supported language are expected
        warnings.simplefilter("ignore")
        for record in records:
            key = (record["set"], record["lang"])
            if key not in seen:
                seen.add(key)
                articleparse.parse(record["text"])
    # A language's patterns are all registered when its first article is parsed, but
    # each compiles only when an article first needs it: compile the rest now, so that
    # no timed (or counted) article pays for a compile that a batch pays once.
    for pattern in patterns.registry().values():
        pattern.pattern


def best_of(rounds: int, *passes: Any) -> list[float]:
    """The fastest wall time of each pass over ``rounds`` rounds, the passes taking
    turns within a round, so that a slow spell of a shared machine hits all of them
    rather than flattering one ratio."""
    best = [float("inf")] * len(passes)
    for _ in range(rounds):
        for i, one_pass in enumerate(passes):
            t0 = time.perf_counter()
            one_pass()
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def run(limit: int = 2000, dateparser_limit: int = 100, steps: bool = False,
        rounds: int = 3, fields: list[str] | None = None) -> dict[str, float]:
    import articleparse

    records = corpus_records(limit)
    texts = [r["text"] for r in records]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"parse: {len(texts):,} articles, {megabytes:.1f} MB, mean "
          f"{megabytes * 1e6 / len(texts):,.0f} bytes ({build_note()}; {load_note()})")
    _warm_up(records)

    def scan_all() -> None:
        for text in texts:
            WORD.findall(text)

    options = {"fields": fields} if fields else {}  # a plain call when none are asked for

    def parse_all() -> None:
        for text in texts:
            articleparse.parse(text, **options)

    with warnings.catch_warnings():  # shown once by the warm-up
        warnings.simplefilter("ignore")
        scan, parse = best_of(rounds, scan_all, parse_all)

    row("regex \\w+ scan (floor)", f"{len(texts) / scan:,.0f} articles/s, "
        f"{megabytes / scan:.1f} MB/s")
    row("articleparse.parse" + (f" (fields={','.join(fields)})" if fields else ""),
        f"{len(texts) / parse:,.0f} articles/s, "
        f"{megabytes / parse:.2f} MB/s")
    row("parse / scan (target <= 8x)", f"{parse / scan:.1f}x")
    figures = {"articles_per_s": len(texts) / parse, "mb_per_s": megabytes / parse,
               "parse_over_scan": parse / scan}
    if steps:
        costs = step_costs(texts)
        row("per step, CPU ms per article", ", ".join(
            f"{name} {ms:.2f}" for name, ms in sorted(costs.items(), key=lambda kv: -kv[1])))
    if dateparser_limit <= 0:
        return figures
    try:
        from dateparser.search import search_dates
    except ImportError:
        row("dateparser", "not installed (pip install 'articleparse[bench]')")
        return figures
    sample = records[:dateparser_limit]
    search_dates(sample[0]["text"][:200], languages=["en"])  # its own warm-up

    def peer_all() -> None:
        for record in sample:
            search_dates(record["text"], languages=[_peer_lang(record["lang"])])

    def parse_sample() -> None:  # the same texts for both, not the mean over all
        for record in sample:
            articleparse.parse(record["text"])

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        peer_total, parse_total = best_of(2, peer_all, parse_sample)
    peer, per_parse = peer_total / len(sample), parse_total / len(sample)
    row(f"dateparser search_dates ({len(sample)} articles)", f"{1 / peer:,.1f} articles/s")
    row("dateparser / parse (target >= 50x)", f"{peer / per_parse:.1f}x")
    figures["dateparser_over_parse"] = peer / per_parse
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=2000, help="articles to parse")
    parser.add_argument("--dateparser-limit", type=int, default=100,
                        help="articles for dateparser (it is slow; 0 skips it)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of scan and parse taking turns; the best of each counts")
    parser.add_argument("--fields", default=None, metavar="A,B",
                        help="parse only these fields (default: all; the dateparser "
                             "comparison always uses a full parse)")
    parser.add_argument("--steps", action="store_true",
                        help="also print the CPU time of each pipeline step")
    args = parser.parse_args(argv)
    fields = [f.strip() for f in args.fields.split(",")] if args.fields else None
    run(args.limit, args.dateparser_limit, args.steps, args.rounds, fields)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
