"""Resume: kill a running batch, run it again with --resume, get every record once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

N = 2000


def make_input(path: Path, n: int = N) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            text = f"Berita nomor {i}\nJAKARTA - Harga beras naik, kata Budi.\n" * 3
            handle.write(json.dumps({"id": i, "text": text}) + "\n")
    return path


def command(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "articleparse.cli", "batch", str(src), "-o", str(out),
            "--checkpoint-every", "50", "--chunk-size", "8", *extra]


def ids(path: Path) -> list[int]:
    with open(path, "rb") as handle:
        return [json.loads(line)["id"] for line in handle]


def partial_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.parametrize("workers", ["1", "2"])
def test_resume_after_kill_has_no_gaps_and_no_duplicates(tmp_path: Path, workers: str) -> None:
    src = make_input(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = subprocess.Popen(command(src, out, "--workers", workers),
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while partial_lines(partial) < 200 and proc.poll() is None:
        assert time.monotonic() < deadline, "the batch wrote nothing in 60 s"
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the workers too, as a real kill would
    proc.wait()
    assert not out.exists(), "the run finished before it could be killed: use more records"
    done_before = partial_lines(partial)
    assert 0 < done_before < N
    with open(partial, "ab") as handle:  # a torn last line, as a kill mid-write leaves
        handle.write(b'{"id": 999999, "arti')

    resumed = subprocess.run(command(src, out, "--workers", workers, "--resume"),
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert "resuming after" in resumed.stderr
    assert ids(out) == list(range(N))
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())
    assert manifest["complete"] and manifest["records"] == N and manifest["parsed"] == N


def test_resume_refuses_other_options(tmp_path: Path) -> None:
    src = make_input(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_bytes(b"")
    (tmp_path / "out.jsonl.manifest.json").write_text(json.dumps(
        {"inputs": [{"path": "other.jsonl", "format": "jsonl"}], "options": {}}))
    done = subprocess.run(command(src, out, "--resume"), capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "other inputs or options" in done.stderr


def test_resume_of_a_complete_run_does_nothing(tmp_path: Path) -> None:
    src = make_input(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    assert subprocess.run(command(src, out), capture_output=True, check=False).returncode == 0
    again = subprocess.run(command(src, out, "--resume"), capture_output=True, text=True,
                           check=False)
    assert again.returncode == 0 and "already complete" in again.stderr
    assert ids(out) == list(range(5))


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_the_partial_output_and_exits_130(tmp_path: Path) -> None:
    # Ten times the usual input: the run must still be going when its first 100 lines
    # are seen (with 2,000 records a fast moment of the machine could finish it first,
    # and the Ctrl-C would then reach no process).
    src = make_input(tmp_path / "in.jsonl", 10 * N)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    # A shell without job control starts its background commands with Ctrl-C ignored,
    # and Python keeps an ignored SIGINT ignored: the run must start as a terminal's would.
    proc = subprocess.Popen(command(src, out, "--workers", "2"), stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    while partial_lines(partial) < 100 and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal's Ctrl-C does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err and not out.exists()
    assert ids(partial) == list(range(partial_lines(partial)))
