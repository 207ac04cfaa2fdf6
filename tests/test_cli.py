from __future__ import annotations

import io
import json
import sys

import pytest

import articleparse
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


def test_parse_imports_no_other_command(tmp_path):
    """``articleparse parse`` is the command whose start-up counts: the evaluation,
    explanation and batch machinery stay unimported."""
    import subprocess

    article = tmp_path / "a.txt"
    article.write_text("Harga beras naik\nJAKARTA - Harga beras naik lagi, kata Budi.\n",
                       encoding="utf-8")
    probe = (
        "import sys\n"
        "from articleparse.cli import main\n"
        f"main(['parse', {str(article)!r}])\n"
        "loaded = [m for m in ('articleparse.evaluation', 'articleparse.explanation',"
        " 'articleparse.batch') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("command", ["evaluate", "explain", "batch"])
def test_help_lists_every_command(command, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    assert command in capsys.readouterr().out


@pytest.mark.parametrize("command", ["evaluate", "explain", "batch"])
def test_each_command_parses_alone(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"articleparse {command}" in capsys.readouterr().out


def test_parse_says_a_text_is_in_no_supported_language(tmp_path, capsys):
    # The command says it in its own words (--lang), once per file, not as a warning.
    import warnings

    path = tmp_path / "nl.txt"
    path.write_text("De gemeenteraad heeft dinsdag besloten de oude brug te sluiten. " * 8,
                    encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", articleparse.UnsupportedLanguageWarning)
        assert main(["parse", str(path)]) == 0
    err = capsys.readouterr().err
    assert "none of the supported languages" in err and "pass --lang" in err
