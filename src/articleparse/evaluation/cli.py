"""``articleparse evaluate``: score the parser against gold files (see ``docs/evaluation.md``).

The main CLI hooks this in with ``add_parser(subparsers)``; the parsed arguments carry
``func=run``, and ``run(args)`` returns the exit code:

* 0: done, and no figure fell against ``--baseline``;
* 1: some figure is more than 0.01 below the ``--baseline`` figure (they are listed);
* 2: bad usage or unreadable input (a missing file, a file that is not JSON lines, a
  damaged figures file, no ``articleparse.parse``).  A bad *line* inside a gold file is
  counted and reported, not fatal.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from typing import Any

from articleparse.errors import ArticleparseError, quiet_language_warnings
from articleparse.evaluation.report import (
    format_comparison,
    format_misses,
    format_text,
    to_json,
)
from articleparse.evaluation.runner import (
    ParseFn,
    evaluate,
    read_figures,
    write_figures,
)
from articleparse.evaluation.scoring import FIELDS, Comparison, compare_figures
from articleparse.languages import available

__all__ = ["TOLERANCE", "add_parser", "main", "run"]

#: How far below its recorded value a figure may fall before ``--baseline`` fails.
TOLERANCE = 0.01

DESCRIPTION = """\
Parse the 'text' of every record of the gold files and score the result against the
record's 'gold' (only the fields it labels). Prints a table per file and overall, and
the speed in articles per second.

exit codes: 0 ok, 1 a figure fell more than 0.01 below --baseline,
2 bad usage or unreadable input."""

EXAMPLES = """\
examples:
  articleparse evaluate /work/shared/corpora/*.jsonl.gz
  articleparse evaluate reuters21578.jsonl.gz --misses headline --limit 30
  articleparse evaluate GOLD... --write-baseline eval/figures.json
  articleparse evaluate GOLD... --baseline eval/figures.json"""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``evaluate`` arguments to ``parser``."""
    parser.add_argument(
        "gold", nargs="+", metavar="GOLD.jsonl[.gz]", help="gold files, one JSON record a line"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="parallel worker processes (default: every core; 1 runs in this process)",
    )
    parser.add_argument(
        "--lang",
        choices=available(),
        default=None,
        help="language code passed to parse (default: detected per article)",
    )
    parser.add_argument(
        "--misses",
        choices=list(FIELDS),
        default=None,
        metavar="FIELD",
        help=f"list the records FIELD got wrong; FIELD is one of: {', '.join(FIELDS)}",
    )
    parser.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help="with --misses: list at most N records per file (default: 20)",
    )
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="compare every figure with FILE; exit 1 if one is more than 0.01 below it",
    )
    parser.add_argument(
        "--write-baseline", metavar="FILE", help="record this run's figures in FILE (JSON)"
    )
    parser.set_defaults(func=run)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` sub-command to the main CLI's ``subparsers``."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score the parser against gold files",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    configure(parser)


def _say(text: str, *, error: bool = False) -> None:
    if text:
        print(text, file=sys.stderr if error else sys.stdout)


def run(args: argparse.Namespace, *, parse: ParseFn | None = None) -> int:
    """Run ``evaluate`` with parsed ``args``; ``parse`` defaults to :func:`articleparse.parse`."""
    quiet_language_warnings()  # the language field is scored; a warning would say less
    try:
        baseline = read_figures(args.baseline) if args.baseline else None
        evaluation = evaluate(
            args.gold,
            parse=parse,
            lang=args.lang,
            workers=args.workers,
            show=args.misses,
            limit=args.limit,
        )
    except ArticleparseError as exc:
        _say(f"articleparse evaluate: {exc}", error=True)
        return 2
    comparison: Comparison | None = None
    if baseline is not None:
        comparison = compare_figures(evaluation.figures(), baseline, tolerance=TOLERANCE)

    if args.json:
        document: dict[str, Any] = to_json(evaluation, comparison, args.baseline)
        _say(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        _say(format_text(evaluation))
        if evaluation.show is not None:
            width = shutil.get_terminal_size((120, 24)).columns
            _say("\n" + format_misses(evaluation, width=width))
    if comparison is not None:
        _say(format_comparison(comparison, args.baseline), error=args.json)

    if evaluation.read_errors:
        for problem in evaluation.read_errors:
            _say(f"articleparse evaluate: {problem}", error=True)
        if args.write_baseline:
            _say(
                "articleparse evaluate: figures not recorded: some input was unreadable", error=True
            )
        return 2
    if args.write_baseline:
        try:
            write_figures(args.write_baseline, evaluation)
        except OSError as exc:
            _say(f"articleparse evaluate: cannot write {args.write_baseline}: {exc}", error=True)
            return 2
        _say(f"figures recorded in {args.write_baseline}", error=args.json)
    if comparison is not None and not comparison.ok:
        return 1
    return 0


def main(argv: Sequence[str] | None = None, *, parse: ParseFn | None = None) -> int:
    """``evaluate`` on its own: ``python -m articleparse.evaluation.cli GOLD...``."""
    parser = argparse.ArgumentParser(
        prog="articleparse evaluate",
        description=DESCRIPTION,
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    configure(parser)
    return run(parser.parse_args(argv), parse=parse)


if __name__ == "__main__":
    raise SystemExit(main())
