"""``fields=``: parse only some fields of the record, skipping the steps no other needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articleparse
from articleparse import pipeline
from articleparse.batch import parse_many
from articleparse.batch.work import Options
from articleparse.cli import main
from articleparse.dask import parse_partition
from tests.test_batch import batch, read_out, write_jsonl

SEED = (Path(__file__).parent.parent / "fixtures" / "kim-jong-un-putin.id.txt").read_text("utf-8")

#: Articles written for these tests, in the style of wire and web copy; each field of
#: the record is filled by at least one of them (checked below).
WRITTEN = [
    "Flood waters rise in river town\n"
    "By Jane Doe and Ali Rahman\n"
    "LONDON, March 3 (Reuters) - Flood waters rose on Tuesday, Reuters reported. "
    "\u201cWe have never seen it this high,\u201d said Tom Baker, the town's mayor.\n"
    "Photo: AFP\nEdited by Sam Lee",
    "Harga cabai melonjak jelang Lebaran\n"
    "Kamis, 6 April 2023 10:15 WIB\n2 min read\n"
    "JAKARTA, KOMPAS.com - Harga cabai di pasar naik tajam, menurut laporan Antara. "
    "\"Kami belum tahu sebabnya,\" kata Budi Santoso, seorang pedagang.\n"
    "Baca juga: Harga beras turun\n"
    "Penulis: Rina Wati | Editor: Adi Nugroho",
]

TEXTS = [SEED, *WRITTEN]


def field_value(article: articleparse.Article, name: str) -> Any:
    return getattr(article, name)


EMPTY = articleparse.Article()


def test_the_written_articles_fill_every_field() -> None:
    filled = {name for text in TEXTS for name in articleparse.FIELDS
              if field_value(articleparse.parse(text), name) != field_value(EMPTY, name)}
    assert filled == set(articleparse.FIELDS)


@pytest.mark.parametrize("name", articleparse.FIELDS)
@pytest.mark.parametrize("text", TEXTS, ids=["seed", "wire", "kompas"])
def test_one_field_is_what_the_full_parse_gives_and_the_rest_is_empty(text: str, name: str) -> None:
    full = articleparse.parse(text)
    only = articleparse.parse(text, fields=[name])
    assert field_value(only, name) == field_value(full, name)
    for other in articleparse.FIELDS:
        if other != name:
            assert field_value(only, other) == field_value(EMPTY, other), other
    assert only.repairs == full.repairs and only.flags == full.flags


@settings(max_examples=40, deadline=None)
@given(st.sets(st.sampled_from(articleparse.FIELDS), min_size=1),
       st.sampled_from(range(len(TEXTS))))
def test_any_set_of_fields_matches_the_full_parse(names: set[str], which: int) -> None:
    text = TEXTS[which]
    full = articleparse.parse(text)
    only = articleparse.parse(text, fields=names)
    expected = attrs.evolve(EMPTY, **{n: field_value(full, n) for n in names},
                            repairs=full.repairs, flags=full.flags)
    assert only == expected


def test_all_fields_is_the_full_parse() -> None:
    assert articleparse.parse(SEED, fields=articleparse.FIELDS) == articleparse.parse(SEED)


def test_one_name_may_be_a_string() -> None:
    assert articleparse.parse(SEED, fields="language") == articleparse.parse(SEED, fields=["language"])


@pytest.mark.parametrize("wrong", [["byline"], ["headline", "repairs"], ["Headline"], "flags"])
def test_unknown_field_is_a_typed_error_listing_the_choices(wrong: Any) -> None:
    with pytest.raises(articleparse.UnknownFieldError, match="choose from headline, published"):
        articleparse.parse(SEED, fields=wrong)
    assert issubclass(articleparse.UnknownFieldError, ValueError)


# ---- which steps run ---------------------------------------------------------------------


def names(fields: set[str] | None) -> list[str]:
    return [s.name for s in pipeline.steps_for(None if fields is None else frozenset(fields))]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"language"}, ["normalise", "language"]),
    ({"published"}, ["normalise", "language", "headline", "published"]),
    ({"quotes"}, ["normalise", "language", "quotes"]),
    ({"headline"}, ["normalise", "headline"]),
    ({"authors"}, ["normalise", "language", "outlet_hits", "headline", "credits"]),
    ({"authors", "editors"}, ["normalise", "language", "outlet_hits", "headline", "credits"]),
])
def test_steps_for_a_field_are_its_step_and_what_that_needs(fields: set[str],
                                                            expected: list[str]) -> None:
    assert names(fields) == expected


def test_no_fields_means_every_step() -> None:
    assert names(None) == [s.name for s in pipeline.STEPS]


@pytest.mark.parametrize("name", articleparse.FIELDS)
def test_every_chosen_step_has_its_needs_filled_before_it(name: str) -> None:
    known = set(pipeline.INPUTS)
    for step in pipeline.steps_for(frozenset({name})):
        assert set(step.needs) <= known, step.name
        known.update(step.fills)
    assert set(pipeline.FIELD_SOURCES[name]) <= known


def counted(step: pipeline.Step, ran: list[str]) -> pipeline.Step:
    """``step``, noting its name in ``ran`` when it runs."""
    def run(**needs: Any) -> Any:
        ran.append(step.name)
        return step.run(**needs)
    return attrs.evolve(step, run=run)


def test_a_step_not_needed_does_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    # The table is wrapped rather than an extractor patched: the compiled build calls
    # its extractors directly, past the module's attributes.
    ran: list[str] = []
    monkeypatch.setattr(pipeline, "STEPS", tuple(counted(s, ran) for s in pipeline.STEPS))
    pipeline.steps_for.cache_clear()
    pipeline._left_out.cache_clear()
    try:
        article = articleparse.parse(WRITTEN[1], fields=["published", "language"])
    finally:  # the next test must not meet the wrapped table in the caches
        pipeline.steps_for.cache_clear()
        pipeline._left_out.cache_clear()
    assert ran == ["normalise", "language", "headline", "published"]
    assert article.published is not None and article.language == "id"


# ---- batch, CLI and Dask ----------------------------------------------------------------


def test_parse_many_passes_fields_on() -> None:
    results = list(parse_many([{"id": "a", "text": WRITTEN[0]}], fields=["headline"]))
    assert results[0].article == articleparse.parse(WRITTEN[0], fields=["headline"])


def test_options_check_the_names() -> None:
    assert Options(fields=["quotes"]).fields == frozenset({"quotes"})
    with pytest.raises(articleparse.UnknownFieldError):
        Options(fields=["quote"])


def test_dask_partition_parses_only_the_fields_asked_for() -> None:
    [line] = parse_partition([WRITTEN[1]], Options(fields=["language"]))
    assert line["article"]["language"] == "id"
    assert line["article"]["quotes"] == [] and line["article"]["headline"] is None


def test_batch_cli_fields(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": t} for i, t in enumerate(WRITTEN)])
    out = tmp_path / "out.jsonl"
    assert batch(str(source), "-o", str(out), "--workers", "1", "--no-progress",
                 "--fields", "published, language") == 0
    lines = read_out(out)
    assert [line["id"] for line in lines] == [0, 1]
    for line, text in zip(lines, WRITTEN):
        expected = articleparse.parse(text, fields=["published", "language"]).to_dict()
        assert line["article"] == json.loads(json.dumps(expected))
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert "language" in json.dumps(manifest)


def test_batch_cli_unknown_field_is_bad_usage(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": WRITTEN[0]}])
    code = batch(str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress",
                 "--fields", "headline,byline")
    assert code == 2
    assert "byline" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_resume_with_other_fields_is_refused(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": WRITTEN[0]}])
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_bytes(b"")
    assert batch(str(source), "-o", str(out), "--no-progress", "--fields", "headline",
                 "--workers", "1") == 0
    # A partial file from a run with other fields: resuming it would mix two shapes.
    out.rename(tmp_path / "out.jsonl.partial")
    code = batch(str(source), "-o", str(out), "--no-progress", "--fields", "language",
                 "--resume", "--workers", "1")
    assert code == 2
    assert "other inputs or options" in capsys.readouterr().err


def test_parse_command_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(WRITTEN[0], encoding="utf-8")
    assert main(["parse", "--format", "json", "--fields", "dateline,headline", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record == json.loads(json.dumps(
        articleparse.parse(WRITTEN[0], fields=["dateline", "headline"]).to_dict()))
    assert record["dateline"]["place"] == "LONDON" and record["quotes"] == []


def test_parse_command_unknown_field_exits_2(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(WRITTEN[0], encoding="utf-8")
    assert main(["parse", "--fields", "headline,byline", str(path)]) == 2
    assert "unknown field 'byline'" in capsys.readouterr().err


def test_a_full_parse_runs_the_table_as_it_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    # The benchmarks time each step by wrapping the table's steps; a full parse must
    # run the table it finds, not a copy cached by ``steps_for``.
    articleparse.parse(WRITTEN[0], fields=None)
    ran: list[str] = []
    monkeypatch.setattr(pipeline, "STEPS", tuple(counted(s, ran) for s in pipeline.STEPS))
    articleparse.parse(WRITTEN[0])
    assert ran == [s.name for s in pipeline.STEPS]
