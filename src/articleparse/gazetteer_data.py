"""The gazetteer's data: the outlet record and reading and checking ``data/outlets.toml``.

This module holds ``OutletEntry``, the limits the data obeys (kinds, countries, alias
shape, which names must be unique), ``parse_outlets`` with its checks, the surface forms
of an alias, and what counts as a word character.  It is the bottom layer of the
gazetteer: it imports none of the other gazetteer modules, so the index builder
(``gazetteer_index``), the scanner (``gazetteer_scan``) and the public face
(``articleparse.gazetteer``, which re-exports its public names) all build on it
without an import cycle.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from articleparse.errors import LanguageDataError
from articleparse.patterns import SafePattern, compile_pattern

#: The kinds an outlet may have.
KINDS: Final = ("agency", "broadcaster", "newspaper", "magazine", "online", "wire")

#: Where the data lives, relative to the package (for messages and loading).
DATA_FILE: Final = "data/outlets.toml"

_KEYS: Final = frozenset({"name", "kind", "country", "aliases", "ambiguous", "ambiguous_aliases"})
_REQUIRED: Final = ("name", "kind", "aliases")
_HINT: Final = "fix that [[outlet]] table (the format is in docs/gazetteer.md)"

#: Aliases with this many letters or more also match in ALL CAPS (wire copy).
_CAPS_MIN_LETTERS: Final = 4
#: ``lookup`` ignores case only for names this long or longer (``ap`` is not ``AP``).
_CASELESS_MIN_CHARS: Final = 6
#: One space in an alias matches a run of up to this many whitespace characters in the
#: text, holding at most one line break (wrapped wire copy), never a blank line.
_GAP_MAX: Final = 6
_LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_APOSTROPHE: Final = "'"
_CURLY_APOSTROPHE: Final = "\u2019"


@attrs.frozen
class OutletEntry:
    """One outlet of the gazetteer.

    ``ambiguous`` marks an outlet all of whose aliases are also ordinary words or
    common names; ``ambiguous_aliases`` lists such aliases of an outlet whose other
    aliases are safe (``Guardian`` of The Guardian).  A hit on an ambiguous alias
    should only count when the caller has context (a citing cue, a credit line, a
    dateline): ``GazetteerHit.ambiguous`` tells, per hit.
    """

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()

    def is_ambiguous(self, alias: str) -> bool:
        """Whether a hit on ``alias`` needs context to count."""
        return self.ambiguous or alias in self.ambiguous_aliases


# ------------------------------------------------------------ reading and checking


def parse_outlets(source_text: str, source: str = DATA_FILE) -> tuple[OutletEntry, ...]:
    """Read and check a gazetteer file's text; ``source`` names it in error messages.

    Raises ``LanguageDataError`` naming the file and the outlet's row (its position
    among the ``[[outlet]]`` tables, from 1) for malformed TOML, a missing or unknown
    key, a kind or country outside the allowed set, a malformed alias, or a name or
    alias that two outlets share.

    >>> parse_outlets('[[outlet]]\\nname = "X"\\nkind = "blog"\\naliases = ["X"]', "x.toml")
    Traceback (most recent call last):
    ...
    articleparse.errors.LanguageDataError: x.toml, outlet #1 ('X'): kind 'blog' is not \
one of agency, broadcaster, newspaper, magazine, online, wire; fix that [[outlet]] \
table (the format is in docs/gazetteer.md)
    """
    try:
        data = tomllib.loads(source_text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"{source}: not valid TOML: {exc}") from exc
    extra = sorted(set(data) - {"outlet"})
    if extra:
        raise LanguageDataError(
            f"{source}: unknown top-level key(s) {', '.join(extra)}; "
            "the file holds only [[outlet]] tables"
        )
    rows = data.get("outlet")
    if not isinstance(rows, list) or not rows:
        raise LanguageDataError(f"{source}: no [[outlet]] tables found")
    parsed = tuple(_parse_row(row, source, number) for number, row in enumerate(rows, 1))
    _check_unique(parsed, source)
    return parsed


def _fail(source: str, number: int, row: Mapping[str, Any], problem: str) -> LanguageDataError:
    name = row.get("name")
    label = f"outlet #{number}" + (f" ({name!r})" if isinstance(name, str) else "")
    return LanguageDataError(f"{source}, {label}: {problem}; {_HINT}")


def _parse_row(row: Any, source: str, number: int) -> OutletEntry:
    if not isinstance(row, dict):
        raise _fail(source, number, {}, "is not a table")
    unknown = sorted(set(row) - _KEYS)
    if unknown:
        known = ", ".join(sorted(_KEYS))
        raise _fail(source, number, row, f"unknown key(s) {', '.join(unknown)} (known: {known})")
    missing = [key for key in _REQUIRED if key not in row]
    if missing:
        raise _fail(source, number, row, f"missing key(s) {', '.join(missing)}")
    name = row["name"]
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise _fail(source, number, row, "name must be a non-empty string without outer spaces")
    kind = row["kind"]
    if kind not in KINDS:
        raise _fail(source, number, row, f"kind {kind!r} is not one of {', '.join(KINDS)}")
    country = row.get("country")
    if country is not None and not _is_country(country):
        raise _fail(
            source, number, row,
            f"country {country!r} must be an ISO 3166 alpha-2 code in upper case, or \"INT\"",
        )
    aliases = row["aliases"]
    if not isinstance(aliases, list) or not aliases:
        raise _fail(source, number, row, "aliases must be a non-empty list of strings")
    for alias in aliases:
        problem = _alias_problem(alias)
        if problem:
            raise _fail(source, number, row, f"alias {alias!r} {problem}")
    twice = sorted({a for a in aliases if aliases.count(a) > 1})
    if twice:
        raise _fail(source, number, row, f"alias(es) listed twice: {', '.join(twice)}")
    ambiguous = row.get("ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise _fail(source, number, row, "ambiguous must be true or false")
    some = row.get("ambiguous_aliases", [])
    if not isinstance(some, list) or any(a not in aliases for a in some):
        raise _fail(source, number, row, "ambiguous_aliases must list some of its own aliases")
    return OutletEntry(name, kind, country, tuple(aliases), ambiguous, tuple(some))


def _is_country(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    return value == "INT" or (len(value) == 2 and value.isascii() and value.isupper())


def _alias_problem(alias: Any) -> str | None:
    """Why ``alias`` cannot be matched as written, or None if it can."""
    if not isinstance(alias, str) or not alias:
        return "must be a non-empty string"
    if alias != alias.strip() or "  " in alias or any(c.isspace() and c != " " for c in alias):
        return "must be single-spaced, without outer spaces"
    if not _is_word(alias[0]):
        return "must start with a letter or a digit"
    if alias[0].islower() and " " in alias:
        return "starts in lower case, so it must be one word (lower-case aliases are found by search)"
    if _CURLY_APOSTROPHE in alias:
        return "must use a straight apostrophe (' matches ’ too)"
    return None


def _check_unique(parsed: Iterable[OutletEntry], source: str) -> None:
    """No name, no surface form, and no long alias ignoring case may name two outlets."""
    names: dict[str, int] = {}
    owners: dict[str, tuple[int, OutletEntry]] = {}
    for number, entry in enumerate(parsed, 1):
        if entry.name in names:
            raise LanguageDataError(
                f"{source}, outlet #{number} ({entry.name!r}): the name is also outlet "
                f"#{names[entry.name]}'s; {_HINT}"
            )
        names[entry.name] = number
        for alias in entry.aliases:
            keys = _surfaces(alias)
            if len(alias) >= _CASELESS_MIN_CHARS:
                keys.append("caseless:" + alias.casefold())
            for key in keys:
                first_number, first = owners.setdefault(key, (number, entry))
                if first is not entry:
                    shown = key.removeprefix("caseless:")
                    raise LanguageDataError(
                        f"{source}, outlet #{number} ({entry.name!r}): alias {alias!r} "
                        f"(as {shown!r}) already names outlet #{first_number} "
                        f"({first.name!r}); give one of them a qualified alias instead"
                    )


def _normal(surface: str) -> str:
    """The key of a surface form: single spaces, straight apostrophes."""
    return " ".join(surface.split()).replace(_CURLY_APOSTROPHE, _APOSTROPHE)


def _surfaces(alias: str) -> list[str]:
    """The forms ``alias`` matches: as written, and in ALL CAPS if it is long enough."""
    forms = [alias]
    if sum(c.isalpha() for c in alias) >= _CAPS_MIN_LETTERS and alias.upper() != alias:
        forms.append(alias.upper())
    return forms


_ASCII_WORD: Final = frozenset(c for c in map(chr, range(128)) if c.isalnum() or c == "_")


def _is_word(char: str) -> bool:
    """Whether ``char`` is a word character, as ``\\w`` of the ``regex`` module says."""
    if char < "\x80":
        return char in _ASCII_WORD
    return _word_char().fullmatch(char) is not None


@functools.cache
def _word_char() -> SafePattern:
    return compile_pattern("gazetteer.word_char", r"\w")
