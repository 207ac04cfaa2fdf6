"""The command line: ``articleparse parse | evaluate | batch | explain``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import articleparse
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
    for index, path in enumerate(args.files):
        try:
            text = _read(path)
        except OSError as exc:
            print(f"articleparse: cannot read {path}: {exc.strerror}", file=sys.stderr)
            status = 2
            continue
        article = articleparse.parse(text, lang=args.lang)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleparse",
        description="Turn the raw scraped plain text of news articles into typed records.",
    )
    parser.add_argument("--version", action="version", version=articleparse.__version__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="parse article text files and print their records")
    parse.add_argument("files", nargs="+", metavar="FILE", help="text files; - reads standard input")
    parse.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: a readable report (default); json: the record")
    parse.add_argument("--compact", action="store_true", help="one-line JSON")
    parse.add_argument("--lang", choices=available(), default=None,
                       help="the article's language (default: detected)")
    parse.set_defaults(handler=_cmd_parse)

    from articleparse.evaluation import cli as evaluation_cli

    evaluation_cli.add_parser(commands)

    from articleparse.explanation import cli as explain_cli

    explain_cli.add_parser(commands)
    _add_optional(commands)
    return parser


def _add_optional(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Sub-commands whose modules may pull in optional extras, added when importable."""
    try:
        from articleparse.batch import cli as batch_cli
    except ImportError:
        pass
    else:
        batch_cli.add_parser(commands)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        handler = getattr(args, "handler", None) or args.func
        return int(handler(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
