"""The evaluation as a readable text table, or as JSON."""

from __future__ import annotations

from typing import Any

from articleparse.evaluation.runner import Evaluation, FileResult
from articleparse.evaluation.scoring import (
    Comparison,
    Regression,
    Scoreboard,
    Tally,
    clip,
)

__all__ = ["format_comparison", "format_misses", "format_text", "to_json"]

#: Errors listed per file in the text report (all are counted).
ERRORS_SHOWN = 5


def _counts(tally: Tally) -> str:
    if tally.kind == "accuracy":
        return f"{int(tally.a):,} / {tally.b:,} right"
    if tally.kind == "mean":
        return f"mean over {tally.b:,} records"
    return f"{int(tally.a):,} matched · {tally.b:,} predicted · {tally.c:,} gold"


def _table(board: Scoreboard) -> list[str]:
    if not board.tallies:
        return ["  (no labelled field was scored)"]
    lines = [f"  {'field':<20} {'score':>6}  {'P':>6} {'R':>6}  counts"]
    for field, tally in board.ordered():
        figures = tally.figures()
        p = f"{figures['precision']:.3f}" if "precision" in figures else ""
        r = f"{figures['recall']:.3f}" if "recall" in figures else ""
        lines.append(f"  {field:<20} {tally.score:>6.3f}  {p:>6} {r:>6}  {_counts(tally)}")
    return lines


def _file_head(result: FileResult) -> str:
    notes = [f"{result.records:,} records"]
    if result.bad_records:
        notes.append(f"{result.bad_records:,} bad records")
    if result.parse_errors:
        notes.append(f"{result.parse_errors:,} parse errors")
    return f"{result.name}: " + ", ".join(notes)


def format_text(evaluation: Evaluation) -> str:
    """One table per file, then the pooled table, then the speed."""
    out: list[str] = []
    for result in evaluation.files:
        out.append(_file_head(result))
        if result.read_error:
            out.append(f"  READ ERROR: {result.read_error}")
        out.extend(_table(result.scores))
        for error in result.errors[:ERRORS_SHOWN]:
            who = f" id {error.id}" if error.id is not None else ""
            out.append(f"  ! line {error.line}{who}: {error.kind}: {clip(error.reason, 160)}")
        hidden = result.bad_records + result.parse_errors - min(len(result.errors), ERRORS_SHOWN)
        if hidden > 0:
            out.append(f"  ! ... and {hidden:,} more (see --json)")
        if result.records:
            slow = ", ".join(
                f"{record_id if record_id is not None else '?'} l.{line} {seconds:.2f} s"
                for seconds, line, record_id in result.slowest[:3]
            )
            out.append(
                f"  parse: {result.parse_seconds / result.records * 1000:.1f} ms a record"
                f" on average; slowest: {slow}"
            )
        out.append("")
    if len(evaluation.files) > 1:
        out.append(f"overall ({len(evaluation.files)} files): {evaluation.records:,} records")
        out.extend(_table(evaluation.overall))
        out.append("")
    out.append(
        f"{evaluation.records:,} records in {evaluation.seconds:.1f} s: "
        f"{evaluation.per_second:.1f} articles/s with {evaluation.workers} "
        f"worker{'s' if evaluation.workers != 1 else ''} "
        f"(parse took {evaluation.parse_seconds:.1f} s of worker time)"
    )
    return "\n".join(out)


def format_misses(evaluation: Evaluation, *, width: int = 120) -> str:
    """The records ``evaluation.show`` got wrong, gold and prediction side by side."""
    field = evaluation.show
    if field is None:
        return ""
    out: list[str] = []
    for result in evaluation.files:
        total = result.misses_total
        if field not in result.scores.tallies:
            out.append(f"misses of {field} in {result.name}: not labelled in this file")
            continue
        if not result.misses:
            out.append(f"misses of {field} in {result.name}: none")
            continue
        shown = f"{len(result.misses)} shown" if len(result.misses) < total else "all shown"
        out.append(f"misses of {field} in {result.name}: {total:,} ({shown})")
        ids = [f"{m.id if m.id is not None else '?'} l.{m.line}" for m in result.misses]
        id_width = min(max(len(i) for i in ids), 36)
        column = max((width - id_width - 6) // 2, 20)
        out.append(f"  {'record':<{id_width}} {'gold':<{column}} | prediction")
        for label, miss in zip(ids, result.misses):
            gold = clip(miss.gold, column)
            out.append(
                f"  {clip(label, id_width):<{id_width}} {gold:<{column}} | {clip(miss.predicted, column)}"
            )
    return "\n".join(out)


def format_comparison(comparison: Comparison, baseline: str) -> str:
    """Which figures fell (or rose) by more than the tolerance against ``baseline``."""
    out: list[str] = []
    if comparison.regressions:
        out.append(f"REGRESSION against {baseline}: {len(comparison.regressions)} figure(s) fell")
        out.extend(f"  {r}" for r in comparison.regressions)
    else:
        out.append(f"no regression against {baseline} ({comparison.compared} figures compared)")
    if comparison.improvements:
        out.append(
            f"{len(comparison.improvements)} figure(s) rose; record them with --write-baseline:"
        )
        out.extend(f"  {r}".replace(" fell from ", " rose from ") for r in comparison.improvements)
    if comparison.not_compared:
        out.append(
            f"{len(comparison.not_compared)} recorded figure(s) not compared: not measured in "
            "this run, or overall figures of a run over other files"
        )
    return "\n".join(out)


def _file_json(result: FileResult, show: str | None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "name": result.name,
        "path": result.path,
        "records": result.records,
        "bad_records": result.bad_records,
        "parse_errors": result.parse_errors,
        "errors": [
            {"line": e.line, "id": e.id, "kind": e.kind, "reason": e.reason} for e in result.errors
        ],
        "read_error": result.read_error,
        "parse_seconds": round(result.parse_seconds, 3),
        "slowest": [
            {"line": line, "id": record_id, "seconds": round(seconds, 4)}
            for seconds, line, record_id in result.slowest
        ],
        "fields": result.scores.to_dict(),
    }
    if show is not None:
        document["misses"] = {
            "field": show,
            "total": result.misses_total,
            "shown": [
                {"line": m.line, "id": m.id, "gold": m.gold, "predicted": m.predicted}
                for m in result.misses
            ],
        }
    return document


def to_json(
    evaluation: Evaluation, comparison: Comparison | None = None, baseline: str | None = None
) -> dict[str, Any]:
    """The whole evaluation as JSON-ready data; its ``figures`` can serve as a baseline."""
    document: dict[str, Any] = {
        "files": [_file_json(f, evaluation.show) for f in evaluation.files],
        "overall": {"records": evaluation.records, "fields": evaluation.overall.to_dict()},
        "figures": evaluation.figures(),
        "seconds": round(evaluation.seconds, 3),
        "articles_per_second": round(evaluation.per_second, 2),
        "parse_seconds": round(evaluation.parse_seconds, 3),
        "workers": evaluation.workers,
        "lang": evaluation.lang,
    }
    if comparison is not None:
        document["baseline"] = {
            "path": baseline,
            "ok": comparison.ok,
            "compared": comparison.compared,
            "regressions": [_change(r) for r in comparison.regressions],
            "improvements": [_change(r) for r in comparison.improvements],
            "not_compared": list(comparison.not_compared),
        }
    return document


def _change(change: Regression) -> dict[str, Any]:
    return {
        "scope": change.scope,
        "figure": change.figure,
        "baseline": change.baseline,
        "current": change.current,
    }
