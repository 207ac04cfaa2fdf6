"""Batch parsing: parse_many, every input and output format, the error lines, exit codes."""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import articleparse
from articleparse.batch import ERROR_TYPES, Result, parse_many
from articleparse.batch import cli as batch_cli

TEXT = "Harga beras naik lagi\nJAKARTA - Harga beras di pasar naik, kata Budi Santoso.\n"


def records(n: int) -> list[dict[str, Any]]:
    return [{"id": i, "text": f"Berita nomor {i}\n{TEXT}", "url": f"https://x.test/{i}"}
            for i in range(n)]


def write_jsonl(path: Path, rows: list[dict[str, Any]], extra: bytes = b"") -> Path:
    data = b"".join(json.dumps(r).encode() + b"\n" for r in rows) + extra
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def batch(*argv: str, capsys: pytest.CaptureFixture[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    batch_cli.add_parser(commands)
    args = parser.parse_args(["batch", *argv])
    return int(args.handler(args))


def read_out(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        return [json.loads(line) for line in handle]


# ---- parse_many ------------------------------------------------------------------------


def test_parse_many_texts_and_records_in_order() -> None:
    items: list[Any] = ["Judul\nIsi.", {"id": "b", "text": TEXT}, {"id": "c"}, b"raw", ""]
    results = list(parse_many(items))
    assert [r.id for r in results] == [None, "b", "c", None, None]
    assert [r.ok for r in results] == [True, True, False, False, True]
    assert results[2].error is not None and results[2].error.type == "missing_field"
    assert "available keys: id" in results[2].error.message
    assert results[4].article == articleparse.Article()


def test_parse_many_matches_parse() -> None:
    [result] = parse_many([TEXT])
    assert result.article == articleparse.parse(TEXT)


@pytest.mark.parametrize("workers", [2, 3])
def test_parse_many_keeps_order_and_count_with_workers(workers: int) -> None:
    rows = records(150)
    rows[17] = {"id": 17}
    results = list(parse_many(rows, workers=workers, chunk_size=7))
    assert [r.id for r in results] == list(range(150))
    assert [r.ok for r in results].count(False) == 1 and not results[17].ok


def test_parse_many_is_lazy() -> None:
    def endless() -> Any:
        i = 0
        while True:
            yield {"id": i, "text": "x"}
            i += 1

    gen = parse_many(endless(), workers=2, chunk_size=4)
    assert [next(gen).id for _ in range(10)] == list(range(10))
    gen.close()


def test_oversize_error_or_truncate() -> None:
    big = "kata " * 30
    [err] = parse_many([big], max_chars=100)
    assert err.error is not None and err.error.type == "too_large"
    [cut] = parse_many([big], max_chars=100, on_oversize="truncate")
    assert cut.article is not None and "truncated" in cut.article.flags


def test_result_round_trips() -> None:
    items: list[Any] = [TEXT, {"id": 1, "text": None, "url": "u"}, {"id": 2, "text": TEXT}]
    for result in parse_many(items, keep_fields=["url"]):
        assert Result.from_dict(json.loads(json.dumps(result.to_dict()))) == result


def test_every_error_type_is_documented() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "batch.md").read_text(encoding="utf-8")
    for name in ERROR_TYPES:
        assert f"`{name}`" in doc


def test_importing_batch_loads_no_extra() -> None:
    code = ("import sys; import articleparse; from articleparse.batch import parse_many; "
            "import articleparse.dask; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'tqdm', 'warcio', 'pyarrow', 'dask', 'distributed'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# ---- the CLI: inputs --------------------------------------------------------------------


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_jsonl_in_order_with_kept_fields(tmp_path: Path, name: str) -> None:
    src = write_jsonl(tmp_path / name, records(40))
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out), "--workers", "2", "--keep-fields", "url",
                 "--chunk-size", "3") == 0
    lines = read_out(out)
    assert [r["id"] for r in lines] == list(range(40))
    assert lines[5]["url"] == "https://x.test/5"
    assert articleparse.Article.from_dict(lines[0]["article"]) == articleparse.parse(
        records(1)[0]["text"])
    assert not (tmp_path / "out.jsonl.partial").exists()
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["complete"] and manifest["records"] == 40 and manifest["parsed"] == 40


def test_custom_fields(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"key": "k1", "body": TEXT}])
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out), "--text-field", "body", "--id-field", "key") == 0
    assert read_out(out)[0]["id"] == "k1"


def test_error_lines_never_crash(tmp_path: Path) -> None:
    rows = records(3)
    junk = (b"{not json\n"
            + json.dumps({"id": "nofield", "body": "x"}).encode() + b"\n"
            + b"\n"
            + json.dumps({"id": "num", "text": 12}).encode() + b"\n"
            + b'{"id": "bin", "text": "\xff\xfe\x00\x81"}\n'
            + b"[1, 2]\n"
            + json.dumps({"id": "big", "text": "a" * 500}).encode() + b"\n"
            + json.dumps({"id": "empty", "text": ""}).encode() + b"\n")
    src = write_jsonl(tmp_path / "in.jsonl", rows, junk)
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out), "--max-chars", "200", "--workers", "2") == 1
    lines = read_out(out)
    assert len(lines) == 11
    kinds = [r["error"]["type"] if "error" in r else "ok" for r in lines]
    assert kinds == ["ok", "ok", "ok", "invalid_json", "missing_field", "empty_line",
                     "not_text", "invalid_encoding", "not_an_object", "too_large", "ok"]
    assert [r["error"]["line"] for r in lines if "error" in r] == [4, 5, 6, 7, 8, 9, 10]
    assert "available keys: id, body" in lines[4]["error"]["message"]
    assert lines[10]["article"] == articleparse.Article().to_dict()


def test_huge_line_is_skipped_not_loaded(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "a" * 5000}, {"id": 2, "text": "b"}])
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out), "--max-chars", "100") == 1
    first, second = read_out(out)
    assert first["error"]["type"] == "too_large" and first["error"]["line"] == 1
    assert second["id"] == 2 and "article" in second


def test_txt_folder(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b" / "c.txt").write_text("\ufeff" + TEXT, encoding="utf-8")
    (root / "b" / "junk.txt").write_bytes(b"\x89PNG\x00\x00\xff")
    (root / "b" / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (root / "skip.html").write_text("<p>not text</p>")
    out = tmp_path / "out.jsonl"
    assert batch(str(root), "-o", str(out)) == 1
    lines = read_out(out)
    assert [r["id"] for r in lines] == ["a.txt", "b/c.txt", "b/junk.txt", "b/latin.txt"]
    assert lines[0]["article"] == lines[1]["article"] == articleparse.parse(TEXT).to_dict()
    assert [r["error"]["type"] for r in lines[2:]] == ["invalid_encoding"] * 2


def test_warc_wet(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.wet.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.wet", {"software": "t"}))
        for i in range(3):
            body = f"Berita {i}\n{TEXT}".encode()
            writer.write_record(writer.create_warc_record(
                f"https://news.test/{i}", "conversion", payload=io.BytesIO(body),
                warc_content_type="text/plain"))
    out = tmp_path / "out.jsonl"
    assert batch(str(path), "-o", str(out)) == 0
    lines = read_out(out)
    assert [r["id"] for r in lines] == [f"https://news.test/{i}" for i in range(3)]
    assert [r["url"] for r in lines] == [r["id"] for r in lines]
    assert all("article" in r for r in lines)


def test_parquet_in_and_out(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = records(30)
    rows[3]["text"] = None
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "out.parquet"
    assert batch(str(src), "-o", str(out), "--keep-fields", "url", "--workers", "2") == 1
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == [str(i) for i in range(30)]
    assert table[3]["error_type"] == "not_text" and table[3]["article"] is None
    assert table[4]["url"] == "https://x.test/4"
    assert articleparse.Article.from_dict(json.loads(table[0]["article"])) == \
        articleparse.parse(rows[0]["text"])


def test_parquet_without_text_column_is_usage_error(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": 1, "body": "x"}]), src)
    assert batch(str(src), "-o", str(tmp_path / "o.jsonl")) == 2
    assert "available columns: id, body" in capsys.readouterr().err


def test_several_inputs_and_gz_output(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", records(3))
    b = write_jsonl(tmp_path / "b.jsonl.gz", records(2))
    out = tmp_path / "out.jsonl.gz"
    assert batch(str(a), str(b), "-o", str(out)) == 0
    assert [r["id"] for r in read_out(out)] == [0, 1, 2, 0, 1]


# ---- the CLI: process, stdin, exit codes, summary ---------------------------------------


def run_cli(*argv: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "articleparse.cli", "batch", *argv],
                          input=stdin, capture_output=True, timeout=120, check=False)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_unsupported_language_is_a_flag_not_a_warning(workers: str) -> None:
    # Each record says it; a warning from every worker would break into the progress bar.
    dutch = "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel. " * 8
    data = b"".join(json.dumps({"id": i, "text": dutch}).encode() + b"\n" for i in range(3))
    done = run_cli("-", "-o", "-", "--workers", workers, stdin=data)
    assert done.returncode == 0
    flags = [json.loads(x)["article"]["flags"] for x in done.stdout.splitlines()]
    assert flags == [["unsupported_language"]] * 3
    err = done.stderr.decode()
    assert "Warning" not in err
    assert "3 records in; 3 parsed; 0 errors; flagged: unsupported_language: 3" in err


def test_flags_are_counted_by_kind_in_the_manifest_and_on_resume(tmp_path: Path) -> None:
    from articleparse.batch.manifest import recover_partial

    dutch = "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel. " * 8
    english = "The council said on Monday that the bridge would stay closed for a year. " * 8
    texts = [dutch, english, "x" * 50]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    out = tmp_path / "out.jsonl"
    done = run_cli(str(src), "-o", str(out), "--max-chars", "40", "--on-oversize", "truncate")
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    # Cut to 40 characters, no text is long enough to tell its language.
    assert manifest["flagged"] == {"truncated": 3}
    assert recover_partial(str(out)).flagged == {"truncated": 3}
    done = run_cli(str(src), "-o", str(out))
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["flagged"] == {"unsupported_language": 1}


def test_stdin_to_stdout_through_main_cli() -> None:
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records(5)) + b"oops\n"
    done = run_cli("-", "-o", "-", "--workers", "2", stdin=data)
    assert done.returncode == 1
    lines = [json.loads(x) for x in done.stdout.splitlines()]
    assert [r.get("id") for r in lines] == [0, 1, 2, 3, 4, None]
    err = done.stderr.decode()
    assert "6 records in; 5 parsed; 1 errors (invalid_json: 1)" in err
    assert "articles/s" in err and "\r" not in err  # no progress bar off a terminal


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", records(2))
    assert batch(str(good), "-o", str(tmp_path / "o.jsonl")) == 0
    assert batch(str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")) == 2
    assert batch(str(good), "-o", str(tmp_path / "o.jsonl"), "--keep-fields", "id") == 2
    assert batch(str(good), "-o", str(tmp_path / "o.jsonl"), "--workers", "0") == 2
    assert batch(str(good), "-o", str(tmp_path / "o.jsonl"), "--lang", "xx") == 2
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        batch(str(good))  # no -o
    assert usage.value.code == 2


def test_corrupt_gzip_is_exit_2_and_keeps_partial(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records(500)))
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.jsonl"
    assert batch(str(src), "-o", str(out)) == 2
    assert not out.exists()
    lines = (tmp_path / "out.jsonl.partial").read_bytes().splitlines()
    assert [json.loads(x)["id"] for x in lines] == list(range(len(lines)))


def test_output_is_written_atomically(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", records(3))
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    assert batch(str(src), "-o", str(out)) == 0
    assert len(read_out(out)) == 3
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl", "out.jsonl", "out.jsonl.manifest.json"]


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    src = write_jsonl(tmp_path / "in.jsonl", records(3))
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    done = subprocess.run([sys.executable, "-m", "articleparse.cli", "batch", str(src), "-o",
                           str(tmp_path / "o.jsonl"), "--workers", "1"],
                          stderr=slave, timeout=120, check=False)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert done.returncode == 0
    assert b"3 articles [" in shown and b"3 records in" in shown
