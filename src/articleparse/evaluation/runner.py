"""Run a parse function over gold files and score every record.

The parent process only reads: it decompresses each file, cuts it into chunks of raw
lines and hands them to a pool of workers; each worker decodes its lines, parses the
texts, scores them (:func:`~articleparse.evaluation.scoring.score_record`) and sends
back small :class:`RecordResult` rows, which the parent adds up in input order.  At
most ``4 * workers`` chunks are in flight, so memory stays flat however big the
files are.

Nothing is lost: a line that is not a JSON record, a record without ``text`` or
``gold``, a gold value of the wrong shape and a parse that raises each become an error
row with its line number and reason, counted per file.  A record whose parse raised is
scored as if nothing had been found, so a crash never raises a figure.
"""

from __future__ import annotations

import gzip
import importlib
import json
import multiprocessing
import multiprocessing.pool
import os
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

import attrs

from articleparse.errors import ArticleparseError, quiet_language_warnings
from articleparse.evaluation.scoring import (
    FIELDS,
    OVERALL,
    GoldError,
    Outcome,
    Scoreboard,
    pooled,
    score_language,
    score_record,
)
from articleparse.languages import available
from articleparse.model import Article

__all__ = [
    "FIGURES_FORMAT",
    "Evaluation",
    "EvaluationInputError",
    "FileResult",
    "Miss",
    "ParseFn",
    "ParserUnavailableError",
    "RecordError",
    "RecordResult",
    "check_readable",
    "default_parse",
    "default_workers",
    "evaluate",
    "evaluate_line",
    "read_figures",
    "read_lines",
    "read_records",
    "write_figures",
]

#: Kept per file for the report; the rest are counted only.
ERRORS_KEPT = 20

#: The slowest parses kept per file, for the report.
SLOWEST_KEPT = 5

#: ``format`` of a figures file written by ``--write-baseline``.
FIGURES_FORMAT = "articleparse-evaluate-figures/1"


class ParseFn(Protocol):
    """The shape of :func:`articleparse.parse`."""

    def __call__(self, text: str, *, lang: str | None = ...) -> Article: ...


class EvaluationInputError(ArticleparseError, ValueError):
    """A gold or figures file cannot be read at all (missing, not JSON lines, damaged)."""


class ParserUnavailableError(ArticleparseError, RuntimeError):
    """``articleparse.parse`` cannot be imported (and no parse function was given)."""


def default_parse() -> ParseFn:
    """:func:`articleparse.parse`, looked up when it is needed."""
    module = importlib.import_module("articleparse")
    found = getattr(module, "parse", None)
    if not callable(found):
        raise ParserUnavailableError(
            "articleparse.parse is not available in this installation; "
            "pass a parse function to evaluate(parse=...)"
        )
    parse: ParseFn = found
    return parse


ErrorKind = Literal["bad_record", "parse_error"]


@attrs.frozen
class RecordError:
    line: int
    id: str | None
    kind: ErrorKind
    reason: str


@attrs.frozen
class RecordResult:
    """What a worker sends back for one input line."""

    line: int
    id: str | None
    outcomes: tuple[Outcome, ...]
    error: RecordError | None
    parse_seconds: float


@attrs.frozen
class Miss:
    """A record a field got wrong, as ``--misses`` shows it."""

    line: int
    id: str | None
    gold: str
    predicted: str


@attrs.define
class FileResult:
    path: str
    records: int = 0
    scores: Scoreboard = attrs.Factory(Scoreboard)
    bad_records: int = 0
    parse_errors: int = 0
    errors: list[RecordError] = attrs.Factory(list)
    misses: list[Miss] = attrs.Factory(list)
    misses_total: int = 0
    read_error: str | None = None
    parse_seconds: float = 0.0
    slowest: list[tuple[float, int, str | None]] = attrs.Factory(list)  # (seconds, line, id)

    @property
    def name(self) -> str:
        return Path(self.path).name

    def add(self, result: RecordResult, show: str | None, limit: int) -> None:
        self.records += 1
        self.parse_seconds += result.parse_seconds
        if len(self.slowest) < SLOWEST_KEPT or result.parse_seconds > self.slowest[-1][0]:
            self.slowest.append((result.parse_seconds, result.line, result.id))
            self.slowest.sort(key=lambda row: -row[0])
            del self.slowest[SLOWEST_KEPT:]
        if result.error is not None:
            if result.error.kind == "parse_error":
                self.parse_errors += 1
            else:
                self.bad_records += 1
            if len(self.errors) < ERRORS_KEPT:
                self.errors.append(result.error)
        for outcome in result.outcomes:
            self.scores.add(outcome)
            if outcome.missed and outcome.field == show:
                self.misses_total += 1
                if len(self.misses) < limit:
                    self.misses.append(
                        Miss(result.line, result.id, outcome.gold_shown, outcome.predicted_shown)
                    )


@attrs.define
class Evaluation:
    files: list[FileResult]
    seconds: float
    workers: int
    lang: str | None = None
    show: str | None = None

    @property
    def overall(self) -> Scoreboard:
        return pooled(f.scores for f in self.files)

    @property
    def records(self) -> int:
        return sum(f.records for f in self.files)

    @property
    def per_second(self) -> float:
        return self.records / max(self.seconds, 1e-9)

    @property
    def parse_seconds(self) -> float:
        return sum(f.parse_seconds for f in self.files)

    @property
    def read_errors(self) -> list[str]:
        return [f"{f.path}: {f.read_error}" for f in self.files if f.read_error]

    def figures(self) -> dict[str, dict[str, float]]:
        """Flat figures per file name, and ``overall``: what a baseline records."""
        result = {f.name: f.scores.figures() for f in self.files}
        result[OVERALL] = self.overall.figures()
        return result


# --- reading -----------------------------------------------------------------------


def _open(path: str | os.PathLike[str]) -> Any:
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` for every non-blank line of a ``.jsonl`` or ``.jsonl.gz`` file.

    Raises :class:`EvaluationInputError` if the file cannot be opened or decoded.
    """
    number = 0
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, line
    except (OSError, EOFError, UnicodeDecodeError) as exc:  # gzip.BadGzipFile is an OSError
        where = f" after line {number}" if number else ""
        raise EvaluationInputError(f"{path}: cannot read{where}: {exc}") from exc


def _decode(line: str) -> dict[str, Any]:
    record = json.loads(line)
    if not isinstance(record, dict):
        raise TypeError(f"a record is a JSON object, got {type(record).__name__}")
    missing = [
        k for k, kind in (("text", str), ("gold", dict)) if not isinstance(record.get(k), kind)
    ]
    if missing:
        raise ValueError(
            f"a record needs a string 'text' and an object 'gold'; bad or missing: "
            f"{', '.join(missing)} (keys present: {', '.join(sorted(record)) or 'none'})"
        )
    return record


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The gold records of a file, one dict each (bad lines raise ``ValueError``)."""
    for _, line in read_lines(path):
        yield _decode(line)


def check_readable(path: str | os.PathLike[str]) -> None:
    """Fail early, with :class:`EvaluationInputError`, on a file that is not JSON lines.

    Looks at the first non-blank line only: later bad lines are counted, not fatal.
    """
    if not Path(path).is_file():
        raise EvaluationInputError(f"{path}: no such file")
    for number, line in read_lines(path):
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise EvaluationInputError(
                f"{path}: line {number} is not JSON ({exc}); give .jsonl or .jsonl.gz gold files"
            ) from exc
        if not isinstance(value, dict):
            raise EvaluationInputError(
                f"{path}: line {number} is not a JSON object; each line should be one record"
            )
        return
    raise EvaluationInputError(f"{path}: the file has no records")


# --- one record (runs in the workers) ------------------------------------------------------


@attrs.frozen
class _Job:
    parse: ParseFn
    lang: str | None
    show: str | None


def _record_id(record: Mapping[str, Any]) -> str | None:
    value = record.get("id")
    return None if value is None else str(value)


def evaluate_line(job: _Job, number: int, line: str) -> RecordResult:
    """Decode, parse and score one input line; every failure becomes an error row."""
    try:
        record = _decode(line)
    except (TypeError, ValueError) as exc:
        bad = RecordError(number, None, "bad_record", f"line {number}: {exc}")
        return RecordResult(number, None, (), bad, 0.0)
    record_id = _record_id(record)
    error: RecordError | None = None
    started = time.perf_counter()
    try:
        article = job.parse(record["text"], lang=job.lang)
    except Exception as exc:  # noqa: BLE001 - counted, reported, and scored as "nothing found"
        article = Article()
        error = RecordError(number, record_id, "parse_error", f"{type(exc).__name__}: {exc}")
    spent = time.perf_counter() - started
    try:
        outcomes = tuple(score_record(article, record["gold"], show=job.show))
        if job.lang is None:  # with --lang the language is given, not detected
            language = score_language(article, record.get("lang"), available(), show=job.show)
            outcomes += (language,) if language is not None else ()
    except (GoldError, KeyError, TypeError, ValueError) as exc:
        error = RecordError(number, record_id, "bad_record", f"bad gold: {exc}")
        outcomes = ()
    return RecordResult(number, record_id, outcomes, error, spent)


_WORKER_JOB: _Job | None = None


def _init_worker(job: _Job) -> None:
    global _WORKER_JOB
    _WORKER_JOB = job
    quiet_language_warnings()


def _run_chunk(lines: Sequence[tuple[int, str]]) -> list[RecordResult]:
    assert _WORKER_JOB is not None, "the worker was started without its job"
    return [evaluate_line(_WORKER_JOB, number, line) for number, line in lines]


# --- the run ---------------------------------------------------------------------------


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunks(
    path: str, size: int, max_chars: int, result: FileResult
) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    chars = 0
    try:
        for number, line in read_lines(path):
            chunk.append((number, line))
            chars += len(line)
            if len(chunk) >= size or chars >= max_chars:
                yield chunk
                chunk, chars = [], 0
    except EvaluationInputError as exc:
        result.read_error = str(exc)
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    # fork: the workers start at once, share the parent's loaded language data, and the
    # parse function needs no pickling (a test's fake parser works too).
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def evaluate(
    paths: Sequence[str | os.PathLike[str]],
    *,
    parse: ParseFn | None = None,
    lang: str | None = None,
    workers: int | None = None,
    show: str | None = None,
    limit: int = 20,
    chunk_size: int = 32,
    chunk_chars: int = 1 << 20,
) -> Evaluation:
    """Parse and score every record of the gold ``paths``.

    ``parse`` defaults to :func:`articleparse.parse`; ``lang`` is passed to it.
    ``workers`` defaults to every core (1 runs in this process).  ``show`` names a
    field of :data:`~articleparse.evaluation.scoring.FIELDS` whose misses to keep, at
    most ``limit`` per file.  Records go to the workers ``chunk_size`` lines (or
    ``chunk_chars`` characters) at a time.

    Raises :class:`EvaluationInputError` before any parsing if a file is missing or is
    not JSON lines; a file that breaks off later keeps what was read and names the
    problem in ``FileResult.read_error``.
    """
    if show is not None and show not in FIELDS:
        raise ValueError(f"unknown field {show!r}; choose one of {', '.join(FIELDS)}")
    for path in paths:
        check_readable(path)
    if parse is None:
        parse = default_parse()
    count = max(1, workers if workers is not None else default_workers())
    job = _Job(parse, lang, show)
    results = [FileResult(os.fspath(path)) for path in paths]
    started = time.perf_counter()
    if count == 1:
        for result in results:
            for chunk in _chunks(result.path, chunk_size, chunk_chars, result):
                for number, line in chunk:
                    result.add(evaluate_line(job, number, line), show, limit)
    else:
        _run_pool(job, results, count, show, limit, chunk_size, chunk_chars)
    seconds = time.perf_counter() - started
    return Evaluation(results, seconds, count, lang, show)


def _run_pool(
    job: _Job,
    results: list[FileResult],
    count: int,
    show: str | None,
    limit: int,
    chunk_size: int,
    chunk_chars: int,
) -> None:
    in_flight: deque[tuple[FileResult, multiprocessing.pool.AsyncResult[list[RecordResult]]]]
    in_flight = deque()

    def settle() -> None:
        result, pending = in_flight.popleft()
        for row in pending.get():
            result.add(row, show, limit)

    with _context().Pool(count, initializer=_init_worker, initargs=(job,)) as pool:
        for result in results:
            for chunk in _chunks(result.path, chunk_size, chunk_chars, result):
                in_flight.append((result, pool.apply_async(_run_chunk, (chunk,))))
                if len(in_flight) >= 4 * count:
                    settle()
        while in_flight:
            settle()


# --- figures files ------------------------------------------------------------------


def write_figures(path: str | os.PathLike[str], evaluation: Evaluation) -> None:
    """Record the figures of ``evaluation`` as JSON (the ``--baseline`` input)."""
    document = {
        "format": FIGURES_FORMAT,
        "files": [f.name for f in evaluation.files],
        "records": evaluation.records,
        "lang": evaluation.lang,
        "figures": {
            scope: {name: round(value, 6) for name, value in figures.items()}
            for scope, figures in evaluation.figures().items()
        },
    }
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def read_figures(path: str | os.PathLike[str]) -> dict[str, dict[str, float]]:
    """The ``figures`` of a file written by :func:`write_figures` (or by ``--json``)."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EvaluationInputError(f"{path}: cannot read the figures: {exc}") from exc
    figures = document.get("figures") if isinstance(document, dict) else None
    ok = isinstance(figures, dict) and all(
        isinstance(scope, dict)
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in scope.values())
        for scope in figures.values()
    )
    if not ok:
        raise EvaluationInputError(
            f"{path}: not a figures file; write one with "
            "'articleparse evaluate GOLD... --write-baseline FILE'"
        )
    assert isinstance(figures, dict)
    return {
        str(scope): {str(k): float(v) for k, v in values.items()}
        for scope, values in figures.items()
    }
