"""The disk cache: built once, read back, rebuilt on any change, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from articleparse import cache, gazetteer


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("ARTICLEPARSE_CACHE_DIR", str(where))
    return where


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_a_value_is_built_once_then_read_back(folder: Path) -> None:
    calls, build = _counting({"words": ["a", "b"]})
    assert cache.cached("toml", [b"x = 1"], build) == {"words": ["a", "b"]}
    assert cache.cached("toml", [b"x = 1"], build) == {"words": ["a", "b"]}
    assert len(calls) == 1
    assert len(list(folder.glob("toml-*.pickle"))) == 1


def test_changed_sources_or_kind_build_again(folder: Path) -> None:
    calls, build = _counting(1)
    cache.cached("toml", [b"x = 1"], build)
    cache.cached("toml", [b"x = 2"], build)
    cache.cached("other", [b"x = 2"], build)
    # Sources are length-prefixed: moving a byte between them is a change too.
    cache.cached("toml", [b"ab", b"c"], build)
    cache.cached("toml", [b"a", b"bc"], build)
    assert len(calls) == 5


def test_a_corrupt_cache_file_is_rebuilt_and_replaced(folder: Path) -> None:
    calls, build = _counting([1, 2, 3])
    cache.cached("toml", [b"s"], build)
    (path,) = folder.glob("toml-*.pickle")
    path.write_bytes(b"\x80\x05 not a pickle")
    assert cache.cached("toml", [b"s"], build) == [1, 2, 3]
    assert cache.cached("toml", [b"s"], build) == [1, 2, 3]
    assert len(calls) == 2


@pytest.mark.parametrize("setting", ["off", "OFF", ""])
def test_the_cache_can_be_turned_off(setting: str, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARTICLEPARSE_CACHE_DIR", setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls, build = _counting("v")
    cache.cached("toml", [b"s"], build)
    cache.cached("toml", [b"s"], build)
    assert cache.cache_dir() is None
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARTICLEPARSE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "articleparse"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path(os.path.expanduser("~")) / ".cache" / "articleparse"


def test_an_unwritable_folder_only_costs_time(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ARTICLEPARSE_CACHE_DIR", str(blocker / "cache"))
    calls, build = _counting("v")
    assert cache.cached("toml", [b"s"], build) == "v"
    assert cache.cached("toml", [b"s"], build) == "v"
    assert len(calls) == 2


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file modes are POSIX")
def test_a_folder_others_can_write_is_not_read(folder: Path) -> None:
    calls, build = _counting("v")
    cache.cached("toml", [b"s"], build)
    folder.chmod(0o777)
    cache.cached("toml", [b"s"], build)
    assert len(calls) == 2


def test_values_that_cannot_be_pickled_are_returned_uncached(folder: Path) -> None:
    calls, build = _counting(lambda: None)
    cache.cached("toml", [b"s"], build)
    cache.cached("toml", [b"s"], build)
    assert len(calls) == 2
    assert list(folder.glob("*.tmp")) == []


def test_the_gazetteer_read_from_the_cache_equals_a_fresh_build(folder: Path) -> None:
    text = "Kantor berita Yonhap dan KCNA, dikutip The New York Times, dan tvOne serta detik.com"
    script = (
        "from articleparse import gazetteer as g; "
        f"print([(h.start, h.end, h.alias) for h in g.find_mentions({text!r})])"
    )
    env = {**os.environ, "ARTICLEPARSE_CACHE_DIR": str(folder)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                           text=True, check=True).stdout
    assert list(folder.glob("gazetteer-*.pickle"))  # the first run wrote the cache
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, check=True).stdout
    fresh = [(h.start, h.end, h.alias) for h in gazetteer.find_mentions(text)]
    assert first == second == f"{fresh}\n"
    assert len(fresh) >= 4
