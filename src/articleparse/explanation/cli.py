"""``articleparse explain FILE``: the input with every value highlighted, then a legend.

The main CLI hooks this in with ``add_parser(subparsers)``; ``run(args)`` returns the
exit code: 0 done, 2 unreadable input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import IO, Any

from articleparse.explanation import Explanation, explain
from articleparse.languages import available

__all__ = ["add_parser", "run", "use_color", "to_dict"]

DESCRIPTION = """\
Parse one article and print it with every extracted value marked inline as
⟦field rule:…⟧ (in colour on a terminal), then a legend: each value with its span and
rule, the stretches the body leaves out, and the candidates the date, headline,
dateline and language rules weighed, kept (+) or rejected (-), with their reasons."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``explain`` sub-command to the main CLI's sub-parsers."""
    parser = commands.add_parser(
        "explain",
        help="show why every field came out as it did",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a text file; - reads standard input")
    parser.add_argument("--lang", choices=available(), default=None,
                        help="the article's language (default: detected)")
    parser.add_argument("--reference-date", type=_date, default=None, metavar="YYYY-MM-DD",
                        help="'today' for judging dates (default: the real today)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the values (auto: when standard output is a terminal "
                             "and NO_COLOR is not set)")
    parser.add_argument("--json", action="store_true",
                        help="print the explanation as JSON instead")
    parser.set_defaults(func=run)


def use_color(choice: str, stream: IO[str]) -> bool:
    """Whether to print ANSI colours for ``--color choice`` on ``stream``."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return stream.isatty() and not os.environ.get("NO_COLOR")


def to_dict(e: Explanation) -> dict[str, Any]:
    """The explanation as JSON-ready data (the record under ``article``)."""
    return {
        "article": e.article.to_dict(),
        "marks": [{"field": m.field, "span": m.span.to_list(), "rule": m.rule, "value": m.value}
                  for m in e.marks],
        "removals": [r.to_dict() for r in e.removals],
        "candidates": [{"field": c.field, "span": c.span.to_list() if c.span else None,
                        "value": c.value, "chosen": c.chosen, "reason": c.reason,
                        "score": c.score} for c in e.candidates],
        "unexplained": list(e.unexplained),
    }


def run(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
    except OSError as exc:
        print(f"articleparse explain: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    e = explain(text, lang=args.lang, reference_date=args.reference_date)
    if args.json:
        print(json.dumps(to_dict(e), ensure_ascii=False, indent=2))
    else:
        print(e.render(color=use_color(args.color, sys.stdout)))
    return 0
