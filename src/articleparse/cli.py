"""The command line: ``articleparse parse | evaluate | batch | explain``."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence

import articleparse
from articleparse.errors import quiet_language_warnings
from articleparse.languages import available

__all__ = ["main", "build_parser"]


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def _cmd_parse(args: argparse.Namespace) -> int:
    from articleparse.report import format_article

    status = 0
    try:
        fields = (None if args.fields is None
                  else articleparse.wanted_fields([f.strip() for f in args.fields.split(",")]))
    except articleparse.UnknownFieldError as exc:
        print(f"articleparse: --fields: {exc}", file=sys.stderr)
        return 2
    # The record's flag is read below and said in the command's own words (--lang);
    # the warning is silenced for this loop only (main() may run inside a program).
    with warnings.catch_warnings():
        quiet_language_warnings()
        for index, path in enumerate(args.files):
            try:
                text = _read(path)
            except OSError as exc:
                print(f"articleparse: cannot read {path}: {exc.strerror}", file=sys.stderr)
                status = 2
                continue
            article = articleparse.parse(text, lang=args.lang, fields=fields)
            if "unsupported_language" in article.flags:
                print(f"articleparse: {path} is in none of the supported languages "
                      f"({', '.join(available())}): its quotes are left empty; pass --lang if "
                      "the detection is wrong", file=sys.stderr)
            if args.format == "json":
                record = article.to_dict()
                if len(args.files) > 1:
                    record = {"file": path, "article": record}
                print(json.dumps(record, ensure_ascii=False, indent=None if args.compact else 2))
            else:
                if index:
                    print()
                print(format_article(article, title=path if len(args.files) > 1 else None))
    return status


#: The sub-commands and the module that adds each one's parser; ``parse`` is this one.
#: Each module is imported only when its command is asked for (or for ``--help``):
#: ``articleparse parse`` is the command whose start-up time matters.
_COMMANDS = {
    "parse": None,
    "evaluate": "articleparse.evaluation.cli",
    "explain": "articleparse.explanation.cli",
    "batch": "articleparse.batch.cli",  # optional: needs the batch extra's imports
}


def _version() -> str:
    """The release, and which build runs: a bug report needs to say whether the
    parsing modules are the mypyc-compiled ones (``ARTICLEPARSE_COMPILE=1``)."""
    from articleparse import pipeline

    build = "pure Python" if (pipeline.__file__ or "").endswith(".py") else "compiled"
    return f"articleparse {articleparse.__version__} ({build})"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command-line parser: every sub-command, or only the one named ``only``."""
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Turn the raw scraped plain text of news articles into typed records.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in _COMMANDS.items():
        if only is not None and name != only:
            continue
        if module is None:
            _add_parse(commands)
        else:
            _add_from(commands, module, optional=name == "batch")
    return parser


def _add_parse(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parse = commands.add_parser("parse", help="parse article text files and print their records")
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    parse.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: a readable report (default); json: the record")
    parse.add_argument("--compact", action="store_true", help="one-line JSON")
    parse.add_argument("--lang", choices=available(), default=None,
                       help="the article's language (default: detected)")
    parse.add_argument("--fields", default=None, metavar="A,B",
                       help="only these fields, the others left empty "
                            f"(from {','.join(articleparse.FIELDS)}; default: all)")
    parse.set_defaults(handler=_cmd_parse)


def _add_from(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    module: str,
    *,
    optional: bool,
) -> None:
    """Add the sub-command of ``module``; an optional one is left out when its module
    cannot be imported (an extra that is not installed)."""
    import importlib

    try:
        found = importlib.import_module(module)
    except ImportError:
        if not optional:
            raise
        return
    found.add_parser(commands)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in arguments if not a.startswith("-")), None)
    parser = build_parser(first if first in _COMMANDS else None)
    args = parser.parse_args(arguments)
    try:
        handler = getattr(args, "handler", None) or args.func
        return int(handler(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
