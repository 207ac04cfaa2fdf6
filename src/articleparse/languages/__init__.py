"""Language data: one folder per language, one TOML file per concern.

``languages/<code>/language.toml`` names the language and lists the frequent words that
identify it; the other files (``dates.toml``, ``credits.toml``, ``debris.toml``,
``quotes.toml``, ``outlets.toml``, ...) hold the words one extractor needs.  Keys are
language-neutral concepts; values are the surface forms.  Adding a language is adding
a folder; ``tests/test_languages.py`` loads every folder and checks its examples.

Files are read lazily, on first use, and cached.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import attrs

from articleparse.cache import cached
from articleparse.errors import LanguageDataError, UnknownLanguageError

__all__ = ["Language", "available", "load", "CONCERNS"]

#: The concern files a language folder may hold.  A missing file is an empty concern,
#: so a new language can start small.
CONCERNS = ("language", "dates", "credits", "debris", "quotes", "outlets", "dateline")


@attrs.frozen(cache_hash=True)
class Language:
    """The data of one language: ``concern(name)`` returns one file's tables."""

    code: str
    name: str
    files: dict[str, dict[str, Any]] = attrs.field(eq=False, repr=False)

    def concern(self, name: str) -> dict[str, Any]:
        if name not in CONCERNS:
            raise LanguageDataError(f"unknown concern {name!r}; known: {', '.join(CONCERNS)}")
        return self.files.get(name, {})

    def words(self, concern: str, key: str) -> tuple[str, ...]:
        """A list of words from ``concern``'s table, ``key`` dotted (``credits.author``)."""
        node: Any = self.concern(concern)
        for part in key.split("."):
            if not isinstance(node, dict):
                return ()
            node = node.get(part, ())
        if isinstance(node, dict):
            node = node.get("words", ())
        return tuple(str(w) for w in node)


def _root() -> Path:
    return Path(__file__).parent  # see gazetteer_index._built on why not importlib.resources


@functools.cache
def available() -> tuple[str, ...]:
    """The codes of every language folder, sorted."""
    codes = [
        entry.name
        for entry in _root().iterdir()
        if entry.is_dir() and entry.joinpath("language.toml").is_file()
    ]
    return tuple(sorted(codes))


@functools.cache
def load(code: str) -> Language:
    """The language ``code`` (``en``, ``id``, ``ms``, ...), read once and cached."""
    if code not in available():
        raise UnknownLanguageError(code, list(available()))
    folder = _root().joinpath(code)
    files: dict[str, dict[str, Any]] = {}
    for concern in CONCERNS:
        path = folder.joinpath(f"{concern}.toml")
        if not path.is_file():
            continue
        data = path.read_bytes()
        try:
            files[concern] = cached("toml", (data,), lambda: tomllib.loads(data.decode("utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise LanguageDataError(f"languages/{code}/{concern}.toml: {exc}") from exc
    meta = files.get("language", {})
    return Language(code=code, name=str(meta.get("name", code)), files=files)
