"""A disk cache for what the data files build: parsed TOML, the gazetteer's tries.

Reading the TOML files and building the gazetteer's index costs more than parsing an
article; a command-line run pays it on every start.  The built objects are kept in
the user's cache folder, under a key made of the bytes they were built from (the
data file *and* the code that builds them) and the Python version, so an edited
data file or a new release simply misses the cache and builds again.

The folder is ``$ARTICLEPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/articleparse``,
else ``~/.cache/articleparse``.  ``ARTICLEPARSE_CACHE_DIR=off`` turns the cache off.
A folder that cannot be created or written, or a cache file that cannot be read,
is never an error: the object is built as if there were no cache.

Cache files are pickles, read only from a folder owned by the current user and not
writable by others, so nobody else can plant one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "cached", "DISABLED"]

T = TypeVar("T")

#: The value of ``ARTICLEPARSE_CACHE_DIR`` that turns the cache off.
DISABLED = "off"


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    chosen = os.environ.get("ARTICLEPARSE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in (DISABLED, "") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "articleparse"


def _key(kind: str, sources: Iterable[bytes]) -> str:
    digest = hashlib.sha256(f"{kind}\0{sys.version}\0".encode())
    for source in sources:
        digest.update(len(source).to_bytes(8, "little"))
        digest.update(source)
    return digest.hexdigest()[:32]


def _private(folder: Path) -> bool:
    """True when ``folder`` is ours alone: owned by us, not writable by others."""
    try:
        info = folder.stat()
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def cached(kind: str, sources: Iterable[bytes], build: Callable[[], T]) -> T:
    """``build()``, or the object it built before from the same ``sources``.

    ``kind`` names the object (``gazetteer``, ``toml``); ``sources`` are every byte
    string the object depends on.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{kind}-{_key(kind, sources)}.pickle"
    if _private(folder):
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)  # type: ignore[no-any-return]
        except FileNotFoundError:
            pass
        except Exception:  # a truncated or stale file: build again and overwrite it
            pass
    value = build()
    _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return
        # Written under a temporary name and renamed: a reader never sees half a file,
        # and two processes building at once both leave a whole one.
        import tempfile  # only when writing: most runs only read

        handle, temporary = tempfile.mkstemp(dir=folder, prefix=path.stem, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return  # no cache is slower, never wrong
