"""The evaluation runner and the ``evaluate`` sub-command, on tiny gold files written here.

The parse functions are fakes: the first line is the headline, ``By NAME`` lines are
authors, the text ``BOOM`` makes the parse raise.  Every text was written for these tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

from articleparse.evaluation import runner
from articleparse.evaluation.cli import add_parser, main, run
from articleparse.evaluation.runner import EvaluationInputError, evaluate
from articleparse.model import Article, Headline, Person, Span

RECORDS: list[dict[str, Any]] = [
    {
        "id": "a1",
        "text": "Pier to close\nBy Ana Lima\nThe pier will close.",
        "gold": {"headline": "Pier to close.", "authors": ["Ana Lima"]},
    },
    {
        "id": "a2",
        "text": "Harbour reopens\nThe harbour is open.",
        "gold": {"headline": "Harbour reopens after storm", "authors": []},
    },
    {"id": "a3", "text": "BOOM", "gold": {"headline": "Boom"}},
    {
        "id": "a4",
        "text": "Ferry fares rise\nBy Rui Reis\nBy Eva Cruz\n",
        "gold": {"headline": "FERRY FARES RISE", "authors": ["Eva Cruz"]},
    },
]
BAD_LINE = '{"id": "a5", "text": "unterminated'
NO_TEXT = '{"id": "a6", "gold": {"headline": "x"}}'


def fake_parse(text: str, *, lang: str | None = None) -> Article:
    if text == "BOOM":
        raise ValueError("the fake parser refuses this text")
    lines = text.split("\n")
    authors = tuple(
        Person(line[3:], Span(0, len(line)), "fake") for line in lines if line.startswith("By ")
    )
    return Article(headline=Headline(lines[0], Span(0, len(lines[0])), "fake"), authors=authors)


def blind_parse(text: str, *, lang: str | None = None) -> Article:
    """A worse parser: finds no headline."""
    return attrs.evolve(fake_parse(text, lang=lang), headline=None)


def write_gold(path: Path, lines: list[str]) -> Path:
    data = "\n".join(lines) + "\n"
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    lines = (
        [json.dumps(r) for r in RECORDS[:2]]
        + ["", BAD_LINE]
        + [json.dumps(r) for r in RECORDS[2:]]
        + [NO_TEXT]
    )
    return write_gold(tmp_path / "tiny.jsonl.gz", lines)


# --- the runner ------------------------------------------------------------------------------


def test_evaluate_scores_counts_and_reports_errors(gold: Path) -> None:
    result = evaluate([gold], parse=fake_parse, workers=1, show="headline")
    (file,) = result.files
    assert file.records == 6 and file.bad_records == 2 and file.parse_errors == 1
    assert [(e.line, e.kind) for e in file.errors] == [
        (4, "bad_record"),
        (5, "parse_error"),
        (7, "bad_record"),
    ]
    assert "'text'" in file.errors[2].reason and "keys present: gold, id" in file.errors[2].reason
    figures = result.figures()["tiny.jsonl.gz"]
    assert figures["headline.accuracy"] == pytest.approx(
        2 / 4
    )  # a1 and a4 right; a2 wrong; a3 crashed
    # a1: 1 of 1; a2: none and none; a4: Eva Cruz matched, Rui Reis extra
    assert figures["authors.precision"] == pytest.approx(2 / 3)
    assert figures["authors.recall"] == pytest.approx(1.0)
    assert [(m.id, m.gold, m.predicted) for m in file.misses] == [
        ("a2", "Harbour reopens after storm", "Harbour reopens"),
        ("a3", "Boom", "—"),
    ]
    assert result.figures()["overall"] == figures


def test_plain_jsonl_reads_the_same(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "tiny.jsonl", [json.dumps(r) for r in RECORDS])
    assert (
        evaluate([path], parse=fake_parse, workers=1).figures()["tiny.jsonl"]["headline.accuracy"]
        == 0.5
    )


def test_pool_gives_the_same_results_in_order(gold: Path, tmp_path: Path) -> None:
    second = write_gold(tmp_path / "second.jsonl", [json.dumps(r) for r in reversed(RECORDS)])
    alone = evaluate([gold, second], parse=fake_parse, workers=1, show="headline")
    pooled = evaluate([gold, second], parse=fake_parse, workers=2, show="headline", chunk_size=1)
    assert pooled.workers == 2
    assert pooled.figures() == alone.figures()
    assert [f.misses for f in pooled.files] == [f.misses for f in alone.files]
    assert [f.errors for f in pooled.files] == [f.errors for f in alone.files]


def test_misses_are_limited_but_counted(gold: Path) -> None:
    (file,) = evaluate([gold], parse=fake_parse, workers=1, show="headline", limit=1).files
    assert len(file.misses) == 1 and file.misses_total == 2


def test_lang_is_passed_to_parse(tmp_path: Path) -> None:
    seen: list[str | None] = []

    def spy(text: str, *, lang: str | None = None) -> Article:
        seen.append(lang)
        return Article()

    path = write_gold(tmp_path / "g.jsonl", [json.dumps(RECORDS[0])])
    evaluate([path], parse=spy, workers=1, lang="en")
    assert seen == ["en"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.jsonl", None, "no such file"),
        ("prose.jsonl", "This is not JSON at all.\n", "not JSON"),
        ("list.jsonl", "[1, 2]\n", "not a JSON object"),
        ("empty.jsonl", "\n\n", "no records"),
        ("fake.jsonl.gz", "plain text with a .gz name\n", "cannot read"),
    ],
)
def test_unreadable_files_fail_before_parsing(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationInputError, match=message):
        evaluate([path], parse=fake_parse, workers=1)


def test_a_file_cut_short_keeps_what_was_read(tmp_path: Path) -> None:
    full = write_gold(tmp_path / "full.jsonl.gz", [json.dumps(r) for r in RECORDS * 200])
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(full.read_bytes()[: len(full.read_bytes()) // 2])
    result = evaluate([cut], parse=fake_parse, workers=1)
    assert result.files[0].read_error is not None and "cannot read" in result.files[0].read_error
    assert 0 < result.files[0].records < len(RECORDS) * 200


def test_read_records(gold: Path, tmp_path: Path) -> None:
    path = write_gold(tmp_path / "g.jsonl", [json.dumps(r) for r in RECORDS])
    assert [r["id"] for r in runner.read_records(path)] == ["a1", "a2", "a3", "a4"]


def test_figures_round_trip(gold: Path, tmp_path: Path) -> None:
    result = evaluate([gold], parse=fake_parse, workers=1)
    target = tmp_path / "deep" / "figures.json"
    runner.write_figures(target, result)
    recorded = runner.read_figures(target)
    assert recorded.keys() == result.figures().keys()
    for scope, figures in result.figures().items():
        assert recorded[scope] == pytest.approx(figures, abs=1e-6)


def test_read_figures_rejects_other_json(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"figures": {"x": {"a": "high"}}}', encoding="utf-8")
    with pytest.raises(EvaluationInputError, match="--write-baseline"):
        runner.read_figures(path)


# --- the sub-command -------------------------------------------------------------------------


def test_cli_text_report(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(gold), "--workers", "1"], parse=fake_parse) == 0
    out = capsys.readouterr().out
    assert "tiny.jsonl.gz: 6 records, 2 bad records, 1 parse errors" in out
    assert "headline" in out and "2 / 4 right" in out
    assert "articles/s" in out
    assert "line 5 id a3: parse_error: ValueError: the fake parser refuses this text" in out


def test_cli_json_shape(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main([str(gold), "--workers", "1", "--json", "--misses", "headline"], parse=fake_parse) == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert set(document) >= {
        "files",
        "overall",
        "figures",
        "seconds",
        "articles_per_second",
        "workers",
    }
    (file,) = document["files"]
    assert file["name"] == "tiny.jsonl.gz" and file["records"] == 6
    assert file["fields"]["headline"] == {
        "kind": "accuracy",
        "accuracy": 0.5,
        "right": 2,
        "total": 4,
        "records": 4,
        "records_missed": 2,
    }
    assert set(file["fields"]["authors"]) >= {
        "precision",
        "recall",
        "f1",
        "matched",
        "predicted",
        "gold",
    }
    assert file["misses"]["total"] == 2 and file["misses"]["shown"][0]["id"] == "a2"
    assert document["figures"]["overall"]["headline.accuracy"] == 0.5


def test_cli_misses_side_by_side(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [str(gold), "--workers", "1", "--misses", "headline", "--limit", "1"], parse=fake_parse
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "misses of headline in tiny.jsonl.gz: 2 (1 shown)" in out
    (row,) = [line for line in out.splitlines() if line.lstrip().startswith("a2")]
    assert row.index("Harbour reopens after storm") < row.index("|") < row.rindex("Harbour reopens")
    assert "a3" not in out.split("misses of headline")[1]


@pytest.mark.parametrize(
    "argv",
    [["--misses", "nonsense"], ["--workers", "0"], ["--limit", "-1"], ["--lang", "xx"], []],
)
def test_cli_bad_usage_exits_2(gold: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(([str(gold)] if argv else []) + argv, parse=fake_parse)
    assert stop.value.code == 2


def test_cli_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.jsonl.gz")], parse=fake_parse) == 2
    assert "no such file" in capsys.readouterr().err
    notjson = tmp_path / "notes.jsonl"
    notjson.write_text("hello\n", encoding="utf-8")
    assert main([str(notjson)], parse=fake_parse) == 2


def test_cli_baseline_detects_a_regression(
    gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = tmp_path / "eval" / "figures.json"
    assert (
        main([str(gold), "--workers", "1", "--write-baseline", str(figures)], parse=fake_parse) == 0
    )
    assert json.loads(figures.read_text())["figures"]["overall"]["headline.accuracy"] == 0.5
    assert main([str(gold), "--workers", "1", "--baseline", str(figures)], parse=fake_parse) == 0
    assert "no regression" in capsys.readouterr().out

    assert main([str(gold), "--workers", "1", "--baseline", str(figures)], parse=blind_parse) == 1
    out = capsys.readouterr().out
    assert "REGRESSION" in out
    assert "tiny.jsonl.gz: headline.accuracy fell from 0.5000 to 0.0000" in out
    assert "overall: headline.accuracy fell" in out
    assert "authors" not in out.split("REGRESSION")[1]


def test_cli_baseline_json_mode_keeps_stdout_json(
    gold: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = tmp_path / "figures.json"
    main([str(gold), "--workers", "1", "--write-baseline", str(figures)], parse=fake_parse)
    capsys.readouterr()
    assert (
        main([str(gold), "--workers", "1", "--json", "--baseline", str(figures)], parse=blind_parse)
        == 1
    )
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["baseline"]["ok"] is False
    assert {r["figure"] for r in document["baseline"]["regressions"]} == {"headline.accuracy"}
    assert "REGRESSION" in captured.err


def test_cli_unreadable_baseline_exits_2(gold: Path, tmp_path: Path) -> None:
    broken = tmp_path / "figures.json"
    broken.write_text("{", encoding="utf-8")
    assert main([str(gold), "--baseline", str(broken)], parse=fake_parse) == 2


def test_add_parser_hooks_into_a_main_cli(gold: Path) -> None:
    parser = argparse.ArgumentParser(prog="articleparse")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["evaluate", str(gold), "--workers", "1", "--misses", "authors"])
    assert args.command == "evaluate" and args.func is run
    assert (args.gold, args.workers, args.misses, args.limit, args.json) == (
        [str(gold)],
        1,
        "authors",
        20,
        False,
    )
    assert run(args, parse=fake_parse) == 0


def test_cli_misses_of_an_unlabelled_field(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(gold), "--workers", "1", "--misses", "quotes"], parse=fake_parse) == 0
    assert "misses of quotes in tiny.jsonl.gz: not labelled in this file" in capsys.readouterr().out


def test_the_slowest_parses_are_kept(tmp_path: Path) -> None:
    def slow_on_a4(text: str, *, lang: str | None = None) -> Article:
        if text.startswith("Ferry"):
            time.sleep(0.05)
        return Article()

    path = write_gold(tmp_path / "g.jsonl", [json.dumps(r) for r in RECORDS * 3])
    (file,) = evaluate([path], parse=slow_on_a4, workers=1).files
    assert len(file.slowest) == runner.SLOWEST_KEPT
    assert [record_id for _, _, record_id in file.slowest[:3]] == ["a4", "a4", "a4"]
    assert file.slowest == sorted(file.slowest, key=lambda row: -row[0])


def _lang_parse(text: str, *, lang: str | None = None) -> Article:
    """Detects English from one word, as a stand-in for the real detector."""
    return Article(language="en" if "the" in text.split() else None)


def test_the_records_own_lang_is_scored_as_language(tmp_path: Path) -> None:
    records = [
        {"id": "e", "lang": "en", "text": "the pier closed", "gold": {}},  # found: right
        {"id": "m", "lang": "en", "text": "pier closed", "gold": {}},  # not found: wrong
        {"id": "d", "lang": "nl", "text": "de haven", "gold": {}},  # no folder, None: right
        {"id": "g", "lang": "nl", "text": "the haven", "gold": {}},  # guessed: wrong
        {"id": "u", "lang": "unknown", "text": "the x", "gold": {}},  # not scored
        {"id": "n", "lang": None, "text": "the x", "gold": {}},  # not scored
    ]
    path = write_gold(tmp_path / "langs.jsonl", [json.dumps(r) for r in records])
    result = evaluate([path], parse=_lang_parse, workers=1, show="language")
    assert result.figures()["langs.jsonl"]["language.accuracy"] == pytest.approx(2 / 4)
    (file,) = result.files
    assert [(m.id, m.gold, m.predicted) for m in file.misses] == [
        ("m", "en", "None"),
        ("g", "None", "en"),
    ]
    given = evaluate([path], parse=_lang_parse, workers=1, lang="en")
    assert "language.accuracy" not in given.figures()["langs.jsonl"]


def test_cli_does_not_warn_of_unsupported_languages(tmp_path: Path) -> None:
    # The language field is scored: a warning from each worker would say less, in the way.
    import subprocess
    import sys

    dutch = "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel. " * 8
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": dutch, "gold": {"language": None}}) + "\n"
                            for i in range(3)))
    for workers in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "articleparse", "evaluate", str(path),
                               "--workers", workers], capture_output=True, text=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
        assert "Warning" not in done.stderr
