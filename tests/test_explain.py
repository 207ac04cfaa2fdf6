"""Explain mode: every value marked with its field and rule, candidates with reasons."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articleparse
from articleparse.cli import main
from articleparse.explanation import Mark, explain
from articleparse.explanation.render import CLOSE, OPEN, highlight
from articleparse.model import Removal, Span

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "kim-jong-un-putin.id.txt"
TODAY = dt.date(2024, 1, 1)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
MARKER = re.compile(rf"{OPEN}[^:{CLOSE}]*:|{CLOSE}")


def unmark(rendered: str) -> str:
    return MARKER.sub("", rendered)


# ---- the seed: every field with its rule ---------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return explain(SEED.read_text(encoding="utf-8"))


def test_seed_marks_every_field(seed):
    fields = {m.field for m in seed.marks}
    assert fields >= {"headline", "published", "authors", "editors", "photo_credits", "quotes",
                      "quotes.speaker", "quotes.cue", "outlets", "reading_time"}


def test_seed_marks_every_value_of_the_record(seed):
    a = seed.article
    counts = {f: sum(m.field == f for m in seed.marks) for f in ("authors", "quotes", "outlets")}
    assert counts == {"authors": len(a.authors), "quotes": len(a.quotes),
                      "outlets": sum(len(o.mentions) for o in a.outlets)}


def test_seed_every_mark_has_a_rule_but_cues(seed):
    assert all(m.rule for m in seed.marks if m.field != "quotes.cue")


def test_seed_highlight_labels_field_and_rule(seed):
    plain = seed.highlighted()
    assert f"{OPEN}headline headline.first_line:Kim Jong Un Diundang" in plain
    assert f"{OPEN}published published.date_line.evidence:9/11/2023{CLOSE}" in plain
    assert f"{OPEN}authors credits.labelled:Adnan Kasmas Abysaama{CLOSE}" in plain
    assert f"{OPEN}photo_credits photo.labelled:{OPEN}outlets outlets.photo_credit:Sputnik" in plain
    assert f"{OPEN}removed debris.line:My post content{CLOSE}" in plain


def test_seed_marks_slice_back_to_values(seed):
    for m in seed.marks:
        if m.field in ("headline", "authors", "editors", "photo_credits"):
            assert " ".join(m.span.slice(seed.text).split()) == m.value


def test_seed_plain_rendering_gives_the_input_back(seed):
    assert unmark(seed.highlighted()) == seed.text


def test_seed_color_is_plain_plus_ansi(seed):
    coloured = seed.highlighted(color=True)
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == seed.highlighted()


def test_seed_published_candidates_explain_the_reading(seed):
    readings = {c.value: c for c in seed.candidates if c.field == "published.reading"}
    assert readings["2023-09-11"].chosen and not readings["2023-11-09"].chosen
    assert "short dates elsewhere" in readings["2023-09-11"].reason
    [chosen] = [c for c in seed.candidates if c.field == "published" and c.chosen]
    assert chosen.value == "2023-09-11" and chosen.span == seed.article.published.span
    assert chosen.score is not None and chosen.score >= 2


def test_seed_legend_lists_values_removals_candidates_and_limits(seed):
    legend = seed.legend()
    for heading in ("values", "removed from the body", "candidates", "not explained"):
        assert f"\n{heading}\n" in f"\n{legend}\n"
    assert "credits.handle" in legend and "[3039:3048]" in legend
    assert "do not report the candidates they dropped" in legend


def test_seed_agrees_with_the_record(seed):
    assert not [n for n in seed.unexplained if "does not agree" in n]


# ---- candidates: a table of small cases ------------------------------------------------------

READINGS = [
    # (text, chosen reading, rejected reading, words in the rejected reason)
    ("Rapat ditunda\nIsi berita.\nKamis, 9/11/2023", "2023-11-09", "2023-09-11",
     "weekday Thursday disagrees (it is a Monday) -3"),
    ("Rapat ditunda\nIsi berita Senin (11/9).\n9/11/2023", "2023-09-11", "2023-11-09",
     "convention dmy +0.5"),
    ("Rapat ditunda\nIsi berita.\nSenin, 9/11/2023", "2023-09-11", "2023-11-09",
     "weekday Monday disagrees (it is a Thursday) -3"),
]


@pytest.mark.parametrize(("text", "chosen", "rejected", "why"), READINGS)
def test_numeric_date_readings(text, chosen, rejected, why):
    e = explain(text, lang="id", reference_date=TODAY)
    readings = {c.value: c for c in e.candidates if c.field == "published.reading"}
    assert readings[chosen].chosen
    assert not readings[rejected].chosen
    assert why in readings[rejected].reason
    assert e.article.published.date.isoformat() == chosen


PUBLISHED = [
    # (text, lang, the record's date or None)
    ("Title\nMonday, Sept 11, 2023\nThe body. Copyright 2020 Acme.", "en", "2023-09-11"),
    ("Title\nThe body says nothing about dates.\nUpdated March 3, 2021", "en", "2021-03-03"),
    ("Title\nThe body.\nPosted on 2025-05-05", "en", None),  # after "today"
    ("Judul\nDiterbitkan Senin, 11 September 2023 14:30 WIB\nIsi.", "id", "2023-09-11"),
    ("Title\n" + "More.\n" * 7 + "The meeting of 4 July 2019 is in the middle of a long "
     "line of body text that goes on about other things entirely, far past eighty characters.\n"
     + "More.\n" * 9, "en", None),  # below the minimum
]


@pytest.mark.parametrize(("text", "lang", "date"), PUBLISHED)
def test_published_candidates_agree_with_the_record(text, lang, date):
    e = explain(text, lang=lang, reference_date=TODAY)
    chosen = [c for c in e.candidates if c.field == "published" and c.chosen]
    assert [c.value for c in chosen] == ([date] if date else [])
    if date:
        assert chosen[0].span == e.article.published.span
    assert not [n for n in e.unexplained if "does not agree" in n]
    assert all(c.reason.startswith(("chosen", "rejected")) for c in e.candidates
               if c.field == "published")


def test_page_in_no_supported_language_shows_its_neutral_reading():
    # No language is detected: the date is read as the extractor reads it, day first.
    # Dutch: a language with no folder (a short French text could be detected as French).
    e = explain("Titel van de pagina\n12/03/2023\nDe gemeenteraad heeft de begroting goedgekeurd.",
                reference_date=TODAY)
    assert e.article.language is None
    [c] = [c for c in e.candidates if c.field == "published"]
    assert c.chosen and c.value == "2023-03-12" == e.article.published.date.isoformat()


def test_future_date_is_rejected_with_its_reason():
    e = explain("Title\nThe body.\nPosted on 2025-05-05", lang="en", reference_date=TODAY)
    [c] = [c for c in e.candidates if c.field == "published"]
    assert not c.chosen and "after today (2024-01-01)" in c.reason


def test_dateline_candidates():
    e = explain("Shares rise\nThe market opened.\nLOS ANGELES, Feb 26 (Reuters) - Shares rose.",
                lang="en", reference_date=TODAY)
    lines = [c for c in e.candidates if c.field == "dateline"]
    assert [c.chosen for c in lines] == [False, True]
    assert "does not open with PLACE" in lines[0].reason
    assert lines[1].reason == "chosen: dateline.lead"


def test_dateline_look_alike_is_rejected_with_its_reason():
    e = explain("Title\nPasar Minggu Raya - hujan turun sejak pagi.", lang="id", reference_date=TODAY)
    assert e.article.dateline is None
    [c] = [c for c in e.candidates if c.field == "dateline"]
    assert not c.chosen and "not in capitals" in c.reason


def test_headline_rejected_when_the_first_line_is_body_text():
    e = explain("word " * 60 + "\nMore.", lang="en")
    [c] = [c for c in e.candidates if c.field == "headline"]
    assert not c.chosen and "reads as body text" in c.reason


def test_language_candidates_detected_and_given():
    text = SEED.read_text(encoding="utf-8")
    detected = {c.value: c for c in explain(text).candidates if c.field == "language"}
    assert detected["id"].chosen and not detected["ms"].chosen
    assert "lower score" in detected["ms"].reason
    given = [c for c in explain(text, lang="ms").candidates if c.field == "language"]
    assert [(c.value, c.chosen) for c in given] == [("ms", True)]


def test_spans_index_the_callers_string_after_repairs():
    text = "Harga&nbsp;naik\nIsi berita Senin (11/9) &amp; lainnya.\n9/11/2023"
    e = explain(text, lang="id", reference_date=TODAY)
    [c] = [c for c in e.candidates if c.field == "published" and c.chosen]
    assert c.span.slice(text) == "9/11/2023"
    assert unmark(e.highlighted()) == text


def test_empty_text():
    e = explain("  \n ")
    assert e.marks == () and e.candidates == () and e.article == articleparse.Article()
    assert unmark(e.render()).startswith("  \n ")


def test_flags_are_reported():
    e = explain("Judul\n" + "kata " * 100, max_chars=50)
    assert "flag truncated: see docs/record.md" in e.unexplained


# ---- rendering --------------------------------------------------------------------------


def test_crossing_marks_are_closed_and_reopened():
    text = "abcdefghij"
    marks = [Mark("quotes", Span(2, 6), "r1", "cdef"), Mark("outlets", Span(4, 8), "r2", "efgh")]
    plain = highlight(text, marks, (Removal(Span(0, 10), "debris.line"),))
    assert plain == ("⟦removed debris.line:ab⟦quotes r1:cd⟦outlets r2:ef⟧⟧"
                     "⟦outlets r2:gh⟧ij⟧")
    assert unmark(plain) == text
    assert ANSI.sub("", highlight(text, marks, (), color=True)) == highlight(text, marks, ())


def test_empty_spans_are_left_out_of_the_text():
    assert highlight("abc", [Mark("quotes.cue", Span(1, 1), "", "")], ()) == "abc"


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters=OPEN + CLOSE), max_size=300))
def test_plain_rendering_always_gives_the_input_back(text):
    e = explain(text)
    assert unmark(e.highlighted()) == e.text
    assert ANSI.sub("", e.highlighted(color=True)) == e.highlighted()
    for m in e.marks:
        assert 0 <= m.span.start <= m.span.end <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="Senin Kamis (11/9) 9/11/2023 12.3.2021 Jan 5 2020\nWASHINGTON (AP) - ab",
               max_size=200))
def test_date_heavy_text_agrees_with_the_record(text):
    e = explain("Judul\n" + text, lang="id", reference_date=TODAY)
    assert not [n for n in e.unexplained if "does not agree" in n]


# ---- the command line ---------------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["explain", *args])
    return code, out.getvalue()


def test_cli_plain_when_not_a_terminal():
    code, out = run_cli(str(SEED))
    assert code == 0
    assert "\x1b[" not in out
    assert f"{OPEN}headline headline.first_line:" in out and "\ncandidates\n" in out


def test_cli_color_always_and_never():
    _, coloured = run_cli(str(SEED), "--color", "always")
    _, plain = run_cli(str(SEED), "--color", "never")
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain


def test_cli_auto_colours_a_terminal_unless_no_color(monkeypatch):
    from articleparse.explanation.cli import use_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color("auto", Tty()) and not use_color("auto", io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", Tty())
    assert use_color("always", io.StringIO()) and not use_color("never", Tty())


def test_cli_reads_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Judul\nIsi berita Senin (11/9).\n9/11/2023"))
    code, out = run_cli("-", "--lang", "id", "--reference-date", "2024-01-01")
    assert code == 0 and f"{OPEN}published published.date_line.evidence:9/11/2023{CLOSE}" in out


def test_cli_json():
    code, out = run_cli(str(SEED), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["article"] == articleparse.parse(SEED.read_text(encoding="utf-8")).to_dict()
    assert {m["field"] for m in data["marks"]} >= {"headline", "published"}
    assert any(c["field"] == "published.reading" and not c["chosen"] for c in data["candidates"])


def test_cli_missing_file(capsys, tmp_path):
    assert main(["explain", str(tmp_path / "nope.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_bad_reference_date(capsys):
    with pytest.raises(SystemExit):
        main(["explain", str(SEED), "--reference-date", "11/9/2023"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_top_level_export():
    if not hasattr(articleparse, "explain"):
        pytest.skip("articleparse.explain is not exported from articleparse/__init__.py yet")
    assert articleparse.explain is explain
