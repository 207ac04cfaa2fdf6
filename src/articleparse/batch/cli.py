"""``articleparse batch INPUT... -o OUTPUT``: parse a dump on every core, losing nothing.

Exit codes: 0 every record parsed; 1 some records became error lines; 2 bad usage or
an unreadable input (the records finished so far stay in ``OUTPUT.partial``, and
``--resume`` continues from there).  See ``docs/batch.md``.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any

import articleparse
from articleparse.batch import readers, writers
from articleparse.batch.manifest import (
    Counts,
    fingerprint,
    read_manifest,
    recover_partial,
    write_manifest,
)
from articleparse.batch.pool import default_workers, ordered_map
from articleparse.batch.readers import BatchInputError
from articleparse.batch.work import Item, Options, encode_chunk
from articleparse.errors import quiet_language_warnings

__all__ = ["add_parser", "run"]

_RESERVED = ("id", "article", "error")


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``batch`` sub-command to the main CLI."""
    p = commands.add_parser(
        "batch", help="parse a dump (JSONL, .txt folder, WARC/WET, Parquet) on every core",
        description="Parse every record of the inputs; write one output line per record, "
                    "in input order: the article, or an error that says why.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL[.gz] file, folder of .txt files, WARC/WET file, Parquet "
                        "file; - reads JSONL from standard input")
    p.add_argument("-o", "--output", required=True,
                   help="OUTPUT.jsonl, OUTPUT.jsonl.gz or OUTPUT.parquet; - for stdout")
    p.add_argument("--input-format", choices=("auto", *readers.FORMATS), default="auto",
                   help="input format (default: from each input's name)")
    p.add_argument("--output-format", choices=("auto", *writers.OUTPUT_FORMATS),
                   default="auto", help="output format (default: from OUTPUT's name)")
    p.add_argument("--text-field", default="text", help="the text's field (default: text)")
    p.add_argument("--id-field", default="id", help="the id's field (default: id)")
    p.add_argument("--keep-fields", default="", metavar="A,B",
                   help="comma-separated input fields copied to each output line")
    p.add_argument("--lang", default=None, help="the articles' language (default: detected)")
    p.add_argument("--fields", default=None, metavar="A,B",
                   help="parse only these article fields, leaving the others empty "
                        f"(faster; from {','.join(articleparse.FIELDS)}; default: all)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help=f"worker processes (default: all cores, here {default_workers()})")
    p.add_argument("--max-chars", type=int, default=articleparse.MAX_CHARS,
                   help="longest text parsed (default: %(default)s)")
    p.add_argument("--on-oversize", choices=("error", "truncate"), default="error",
                   help="a longer text: an error line (default) or its head, flagged")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run from OUTPUT.partial")
    p.add_argument("--chunk-size", type=int, default=64, help=argparse.SUPPRESS)
    p.add_argument("--checkpoint-every", type=int, default=1000, metavar="N",
                   help="flush the partial output and manifest every N records "
                        "(and every 2 s; default: %(default)s)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=run)


def _say(message: str) -> None:
    print(f"articleparse batch: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """The ``batch`` command; returns the exit code."""
    quiet_language_warnings()  # each record's flags say it
    try:
        job = _Job(args)
    except BatchInputError as exc:
        _say(str(exc))
        return 2
    return job.run()


class _Job:
    """One batch run: the checked arguments, then the read-parse-write loop."""

    def __init__(self, args: argparse.Namespace) -> None:
        keep = tuple(f.strip() for f in args.keep_fields.split(",") if f.strip())
        clash = [f for f in keep if f in _RESERVED]
        if clash:
            raise BatchInputError(f"--keep-fields cannot hold {', '.join(clash)}: the "
                                  f"output line uses {', '.join(_RESERVED)}")
        if args.workers is not None and args.workers < 1:
            raise BatchInputError("--workers must be at least 1")
        if args.max_chars < 1 or args.checkpoint_every < 1 or args.chunk_size < 1:
            raise BatchInputError("--max-chars, --checkpoint-every and --chunk-size must "
                                  "be positive")
        if args.lang is not None:
            from articleparse.languages import available

            if args.lang not in available():
                raise BatchInputError(f"no language {args.lang!r}; choose one of "
                                      f"{', '.join(available())}")
        try:
            fields = (None if args.fields is None
                      else articleparse.wanted_fields([f.strip() for f in args.fields.split(",")
                                                       if f.strip()]))
        except articleparse.UnknownFieldError as exc:
            raise BatchInputError(f"--fields: {exc}") from None
        self.options = Options(args.text_field, args.id_field, keep, args.lang,
                               args.max_chars, args.on_oversize, fields)
        self.inputs = list(args.inputs)
        if self.inputs.count("-") > 1:
            raise BatchInputError("standard input (-) can be read only once")
        self.formats = [readers.detect_format(p) if args.input_format == "auto"
                        else args.input_format for p in self.inputs]
        for path, fmt in zip(self.inputs, self.formats):
            readers.check_input(path, fmt, self.options)
        if "warc" in self.formats and "url" not in keep:
            self.options = Options(args.text_field, args.id_field, (*keep, "url"),
                                   args.lang, args.max_chars, args.on_oversize, fields)
        self.output = args.output
        self.out_format = (writers.detect_output_format(args.output)
                           if args.output_format == "auto" else args.output_format)
        if self.output == "-":
            if self.out_format != "jsonl" or args.resume:
                raise BatchInputError("standard output takes plain JSONL, without --resume")
        elif os.path.isdir(self.output):
            raise BatchInputError(f"the output {self.output} is a folder; name a file")
        if self.out_format == "parquet":
            readers._require("pyarrow", "parquet")
        self.workers = args.workers or default_workers()
        self.resume = args.resume
        self.every = args.checkpoint_every
        self.chunk_size = args.chunk_size
        self.progress = not args.no_progress and sys.stderr.isatty()
        self.partial = self.output + ".partial"
        self.manifest = self.output + ".manifest.json"
        self.run_id = fingerprint(list(zip(self.inputs, self.formats)), {
            "text_field": args.text_field, "id_field": args.id_field,
            "keep_fields": list(self.options.keep_fields), "lang": args.lang,
            "max_chars": args.max_chars, "on_oversize": args.on_oversize,
            "output_format": self.out_format,
            "fields": None if fields is None else sorted(fields)})
        self.skipped: Counter[str] = Counter()
        self.bytes_in = 0

    # ---- start: fresh, or resumed from the partial output -----------------------------

    def _start(self) -> tuple[Counts, IO[bytes]] | int:
        if self.output == "-":
            return Counts(), sys.stdout.buffer
        if self.resume:
            manifest = read_manifest(self.manifest)
            if os.path.exists(self.partial):
                if manifest is not None and (manifest.get("inputs"), manifest.get("options")) \
                        != (self.run_id["inputs"], self.run_id["options"]):
                    _say(f"{self.partial} was made from other inputs or options (see "
                         f"{self.manifest}); rerun with those, or without --resume to "
                         "start over")
                    return 2
                counts = recover_partial(self.partial)
                _say(f"resuming after {counts.records:,} finished records")
                return counts, open(self.partial, "ab")
            if manifest is not None and manifest.get("complete") and os.path.exists(self.output):
                _say(f"{self.output} is already complete ({manifest.get('records', 0):,} "
                     "records); nothing to do")
                return 1 if manifest.get("errors") else 0
            _say(f"no {self.partial} to resume; starting from the beginning")
        elif os.path.exists(self.partial):
            _say(f"overwriting the unfinished {self.partial} (use --resume to continue it)")
        return Counts(), open(self.partial, "wb")

    # ---- the loop ---------------------------------------------------------------------

    def _metered(self, items: Iterator[Item]) -> Iterator[Item]:
        for item in items:
            payload = item[2]
            if isinstance(payload, (bytes, str)):
                self.bytes_in += len(payload)
            yield item

    def run(self) -> int:
        started = self._start()
        if isinstance(started, int):
            return started
        counts, out = started
        done = counts.records
        t0 = time.perf_counter()
        items = itertools.islice(readers.read_inputs(self.inputs, self.formats, self.options,
                                                     self.skipped), done, None)
        work = functools.partial(encode_chunk, options=self.options)
        bar = self._bar(done)
        last_flush, unflushed = t0, 0
        status = 0
        try:
            batches = ordered_map(work, readers.chunks(self._metered(items), self.chunk_size),
                                  workers=self.workers)
            for results in batches:
                out.write(b"".join(line for line, _, _ in results))
                for _, state, flags in results:
                    counts.add(state, flags)
                unflushed += len(results)
                if bar is not None:
                    bar.update(len(results))
                now = time.perf_counter()
                if unflushed >= self.every or now - last_flush >= 2.0:
                    self._checkpoint(out, counts, now - t0)
                    last_flush, unflushed = now, 0
        except BatchInputError as exc:
            _say(f"{exc}; the {counts.records:,} records finished so far are in "
                 f"{self.partial}")
            status = 2
        except BrokenProcessPool:
            _say(f"a worker process died (killed, or out of memory?) after {counts.records:,} "
                 f"records; they are in {self.partial}: run again with --resume, perhaps "
                 "with fewer --workers")
            status = 2
        except KeyboardInterrupt:
            _say(f"interrupted after {counts.records:,} records; run the same command "
                 "with --resume to continue")
            status = 130
        finally:
            if bar is not None:
                bar.close()
        elapsed = time.perf_counter() - t0
        if self.output == "-":
            out.flush()
        else:
            self._checkpoint(out, counts, elapsed)
            os.fsync(out.fileno())
            out.close()
            if status == 0:
                writers.finalize(self.partial, self.output, self.out_format,
                                 self.options.keep_fields)
                write_manifest(self.manifest, self.run_id, counts, complete=True,
                               output=self.output, elapsed=elapsed)
        self._summary(counts, counts.records - done, elapsed,
                      self.output if status == 0 else self.partial)
        if status:
            return status
        return 1 if counts.failed else 0

    def _checkpoint(self, out: IO[bytes], counts: Counts, elapsed: float) -> None:
        out.flush()
        if self.output != "-":
            write_manifest(self.manifest, self.run_id, counts, complete=False,
                           output=self.output, elapsed=elapsed)

    def _bar(self, initial: int) -> Any:
        if not self.progress:
            return None
        try:
            from tqdm import tqdm
        except ImportError:
            return None
        return tqdm(initial=initial, unit=" articles", file=sys.stderr, mininterval=0.5,
                    dynamic_ncols=True)

    def _summary(self, counts: Counts, new: int, elapsed: float, written: str) -> None:
        rate = new / elapsed if elapsed > 0 else 0.0
        mb = self.bytes_in / 1e6 / elapsed if elapsed > 0 else 0.0
        errors = ", ".join(f"{k}: {v:,}" for k, v in sorted(counts.errors.items()))
        parts = [f"{counts.records:,} records in", f"{counts.parsed:,} parsed"
                 + (f" ({counts.empty:,} empty)" if counts.empty else ""),
                 f"{counts.failed:,} errors" + (f" ({errors})" if errors else "")]
        if counts.flagged:
            parts.append("flagged: " + ", ".join(
                f"{k}: {v:,}" for k, v in sorted(counts.flagged.items())))
        if self.skipped:
            parts.append("skipped non-text WARC records: " + ", ".join(
                f"{k}: {v:,}" for k, v in sorted(self.skipped.items())))
        _say("; ".join(parts))
        _say(f"this run: {new:,} records in {elapsed:.1f} s on {self.workers} worker"
             f"{'s' if self.workers > 1 else ''}: {rate:,.0f} articles/s, {mb:.2f} MB/s"
             + ("" if self.output == "-" else f" -> {written}"))
