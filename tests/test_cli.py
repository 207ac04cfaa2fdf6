from __future__ import annotations

import io
import json
import sys

import pytest

from articleparse.cli import main


def test_parse_text_report(seed_text, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "headline" in out and "Adnan Kasmas Abysaama" in out and "Sputnik" in out


def test_parse_json(seed_text, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["parse", "--format", "json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"]["date"] == "2023-09-11"
    assert set(record) >= {"headline", "published", "dateline", "authors", "editors", "photo_credits",
                           "quotes", "outlets", "language", "reading_time_minutes", "body"}


def test_parse_several_files_as_json_lines(tmp_path, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Judul {name}\nIsi berita.", encoding="utf-8")
    assert main(["parse", "--format", "json", "--compact", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert [json.loads(line)["file"].endswith(f"{n}.txt") for line, n in zip(lines, "ab")] == [True, True]


def test_parse_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Judul berita\nPenulis: Budi Santoso\n"))
    assert main(["parse", "--format", "json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["authors"][0]["name"] == "Budi Santoso"


def test_missing_file_exits_2(capsys):
    assert main(["parse", "/no/such/file.txt"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_bad_usage_exits_2():
    with pytest.raises(SystemExit) as info:
        main(["parse", "--lang", "xx", "a.txt"])
    assert info.value.code == 2
