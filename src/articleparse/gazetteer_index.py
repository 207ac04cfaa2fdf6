"""The gazetteer's index and tries: what is built from the data file, and cached.

This module holds the lookup tables (``_Index``: by surface form, by name, ignoring
case) and the radix tries the mention scanner walks (``_MatcherParts``), the code
that builds them from the checked outlets of ``gazetteer_data``, and ``_built``, which
reads the data file once per process and keeps what it builds in the disk cache
(``articleparse.cache``).  It is apart from the scanner because it runs once, not per
text, and apart from the data checks because it is about matching, not the data's
rules.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Final

import attrs

from articleparse.cache import cached
from articleparse.gazetteer_data import (
    _APOSTROPHE,
    _CASELESS_MIN_CHARS,
    _CURLY_APOSTROPHE,
    _GAP_MAX,
    DATA_FILE,
    OutletEntry,
    _is_word,
    _surfaces,
    parse_outlets,
)


# --------------------------------------------------------------- the index and trie


@attrs.frozen
class _Index:
    entries: tuple[OutletEntry, ...]
    #: surface form -> (alias as written in the data, its outlet)
    by_surface: dict[str, tuple[str, OutletEntry]]
    by_name: dict[str, tuple[str, OutletEntry]]
    by_casefold: dict[str, OutletEntry]


@functools.cache
def _built() -> tuple[_Index, _MatcherParts]:
    """The index and the matcher's tries, from the disk cache when the data file and
    the code that builds them (this module and ``gazetteer_data``, which reads and
    checks the file) are unchanged since they were last built (see
    ``articleparse.cache``)."""
    # A path beside the module, not importlib.resources: that import alone costs more
    # than reading the file, and the package is always installed as plain files.
    data = (Path(__file__).parent / DATA_FILE).read_bytes()
    try:
        code = Path(__file__).read_bytes()
        code += Path(__file__).with_name("gazetteer_data.py").read_bytes()
    except OSError:  # no source beside the module (a frozen build): key on the version
        code = _version().encode()

    def build() -> tuple[_Index, _MatcherParts]:
        index = _build_index(data.decode("utf-8"))
        return index, _matcher_parts(index.by_surface)

    return cached("gazetteer", (data, code), build)


def _version() -> str:
    from articleparse import __version__

    return __version__


def _index() -> _Index:
    return _built()[0]


def _build_index(source_text: str) -> _Index:
    parsed = parse_outlets(source_text, DATA_FILE)
    by_surface: dict[str, tuple[str, OutletEntry]] = {}
    by_casefold: dict[str, OutletEntry] = {}
    for entry in parsed:
        # Aliases as written first, so that "TIME" is reported as "TIME", not "Time".
        for alias in entry.aliases:
            by_surface[alias] = (alias, entry)
        for alias in entry.aliases:
            for form in _surfaces(alias):
                by_surface.setdefault(form, (alias, entry))
            if len(alias) >= _CASELESS_MIN_CHARS:
                by_casefold[alias.casefold()] = entry
    by_name = {entry.name: (entry.name, entry) for entry in parsed}
    return _Index(parsed, by_surface, by_name, by_casefold)


#: Trie keys that are not characters of the text: an alias ends here / a gap follows /
#: the word is the inner part of lower-case aliases: [(offset, the part before it)].
_END: Final = ""
_GAP: Final = " "
_HOOKS: Final = "hooks"
#: A lower-case alias is searched for by its first word if that is this long.
_SEARCH_MIN_CHARS: Final = 4


@attrs.frozen
class _MatcherParts:
    """The matcher but its scanner: what the disk cache keeps (a compiled pattern is
    made in each process, so that it stays in the pattern registry)."""

    #: a radix trie of every surface form (see ``_compress``)
    trie: dict[str, Any]
    #: the radix trie after the first word (run of word characters) of every surface
    #: form that does not start in lower case, by that word
    after_first_word: dict[str, dict[str, Any]]
    #: what ``str.find`` looks for: the lower-case surface forms, or their first words
    lower_case: tuple[str, ...]
    #: the characters some surface form starts with, not in lower case, escaped for a
    #: character class
    first_class: str
    #: how many characters a walk may read: the longest form, its gaps at their
    #: widest, and the character after it
    reach: int


def _matcher_parts(by_surface: dict[str, tuple[str, OutletEntry]]) -> _MatcherParts:
    chars: dict[str, Any] = {}
    for form, found in by_surface.items():
        _insert(chars, form, found)
    upper_first = {form[0] for form in by_surface if not form[0].islower()}
    after_first_word: dict[str, dict[str, Any]] = {}
    for form in by_surface:
        word = _first_word(form)
        if not form[0].islower() and word not in after_first_word:
            after_first_word[word] = _compress(_descend(chars, word))
    # A lower-case form with a capital or digit inside ("theSun", "tvOne") is found
    # through the word the scanner finds there ("Sun", "One"); the others by search,
    # for their first word if it is long enough to be rare ("detik" for "detik.com").
    searched: set[str] = set()
    for form in by_surface:
        if not form[0].islower():
            continue
        inner = next((i for i, c in enumerate(form) if c in upper_first), len(form))
        if inner < len(form) and all(_is_word(c) for c in form[:inner]):
            node = after_first_word.setdefault(_first_word(form[inner:]), {})
            hooks = node.setdefault(_HOOKS, [])
            if (inner, form[:inner]) not in hooks:
                hooks.append((inner, form[:inner]))
                hooks.sort(reverse=True)  # the longest part before it first
        else:
            word = _first_word(form)
            searched.add(word if len(word) >= _SEARCH_MIN_CHARS else form)
    # A key that starts with another needs no search of its own.
    lower_case = tuple(
        sorted(k for k in searched if not any(k != o and k.startswith(o) for o in searched))
    )
    first_class = "".join(_class_escape(c) for c in sorted(upper_first))
    reach = max(len(f) + f.count(" ") * (_GAP_MAX - 1) for f in by_surface) + 1
    return _MatcherParts(_compress(chars), after_first_word, lower_case, first_class, reach)


def _insert(trie: dict[str, Any], form: str, found: tuple[str, OutletEntry]) -> None:
    """Add ``form`` to a trie of characters (a space stands for a gap)."""
    node = trie
    for char in form:
        node = node.setdefault(char, {})
    node.setdefault(_END, found)


def _compress(node: dict[str, Any]) -> dict[str, Any]:
    """The radix form of a character trie: runs of single children become one edge.

    A node maps the first character of each edge to ``(label, its length, next node,
    what ends at the next node)``, where the label ``_GAP`` (length 0) stands for a run
    of blanks, and "what ends" is ``(alias, outlet)`` or None; ``_END`` maps to what
    ends at the node itself.  An apostrophe is an edge of its own, reached by ``'``
    and by ``’``.
    """
    out: dict[str, Any] = {}
    for key, child in node.items():
        if key == _END:
            out[_END] = child
            continue
        label = key
        if key != _GAP:
            while key != _APOSTROPHE and _END not in child and len(child) == 1:
                (next_key, next_child), = child.items()
                if next_key in (_GAP, _APOSTROPHE):
                    break
                label += next_key
                child = next_child
        after = _compress(child)
        out[key] = (label, 0 if key == _GAP else len(label), after, after.get(_END))
        if key == _APOSTROPHE:
            out[_CURLY_APOSTROPHE] = out[key]
    return out


def _descend(trie: dict[str, Any], word: str) -> dict[str, Any]:
    node = trie
    for char in word:
        node = node[char]
    return node


def _first_word(form: str) -> str:
    end = 0
    while end < len(form) and _is_word(form[end]):
        end += 1
    return form[:end]


def _class_escape(char: str) -> str:
    return "\\" + char if not char.isalnum() else char
