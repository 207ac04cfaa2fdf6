"""The gazetteer's mention scanner: the compiled matcher and the steps of a scan.

This module holds ``_Matcher`` (the cached tries of ``gazetteer_index`` with the
candidate pattern compiled in this process), the search for the words that may start
an alias (``_word_candidates``, which keeps the scanner's words in ``_last_scan`` for
``ends_a_word``), the search for lower-case aliases, and the trie walk.  It is the per
text hot path, kept apart from building the index; ``find_mentions`` and
``ends_a_word`` in ``articleparse.gazetteer`` drive it.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

import attrs

from articleparse.gazetteer_data import _GAP_MAX, _LINE_BREAKS, OutletEntry, _is_word
from articleparse.gazetteer_index import _END, _GAP, _built, _MatcherParts
from articleparse.patterns import SafePattern, compile_pattern, search_plan


@attrs.frozen
class _Matcher(_MatcherParts):
    #: finds every word that starts with ``first_class``
    scanner: SafePattern
    #: the characters of ``first_class``
    first_chars: frozenset[str]
    #: ``lower_case`` as a ``search_plan``: a form that contains another is checked
    #: where that one is found instead of searched for
    lower_plan: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    #: whether every character of ``first_chars`` is a word character of ``re`` and
    #: no node of ``after_first_word`` is empty (what ``_word_candidates`` relies on)
    findall_safe: bool


@functools.cache
def _matcher() -> _Matcher:
    parts = _built()[1]
    scanner = compile_pattern(
        "gazetteer.candidates",
        rf"""
        [{parts.first_class}]     # a character some alias starts with, not in lower case,
        \w*+                # and the rest of its word (possessive: no backtracking)
        """,
        scan=True,
    )
    first_chars = _class_chars(parts.first_class)
    return _Matcher(
        **attrs.asdict(parts, recurse=False),
        scanner=scanner,
        first_chars=first_chars,
        lower_plan=search_plan(parts.lower_case),
        findall_safe=all(map(_is_scan_word, first_chars)) and all(parts.after_first_word.values()),
    )


def _class_chars(escaped: str) -> frozenset[str]:
    """The characters of a class written by ``_class_escape``."""
    chars = set()
    escaping = False
    for char in escaped:
        if char == "\\" and not escaping:
            escaping = True
            continue
        chars.add(char)
        escaping = False
    return frozenset(chars)


def _is_scan_word(char: str) -> bool:
    """Whether ``char`` is a word character, as ``\\w`` of the standard ``re`` (the
    scanner's) says."""
    return char.isalnum() or char == "_"


#: The text ``find_mentions`` scanned last and the scanner's words in it.
_last_scan: list[Any] = [None, None]


@functools.lru_cache(maxsize=16)
def _ending_keys(endings: tuple[str, ...]) -> tuple[str, ...] | None:
    """``endings`` as looked for in the scanner's words joined by line breaks, or None
    if the scanner may miss one (it starts with no character the scanner starts on)."""
    first_chars = _matcher().first_chars
    for ending in endings:
        if not ending or ending[0] not in first_chars or not all(map(_is_scan_word, ending)):
            return None
    return tuple(ending + "\n" for ending in endings)


def _word_candidates(text: str, matcher: _Matcher) -> list[tuple[int, int, dict[str, Any]]]:
    """``(start, end, trie node)`` of every scanner match that is the first word of an
    alias, in text order.

    ``findall`` lists the scanner's words without building a match object for each
    (an article has a hundred and fifty capitalised words, a dozen of which start
    an alias); the places of those few are then found again by ``str.find``, each
    after the one before, skipping what the scanner would not have matched there:
    a word that goes on (``The`` of ``Then``) or a place inside an earlier match
    (the scanner matches a word from the first character of ``first_class`` in it).
    """
    if not matcher.findall_safe:  # the reasoning above needs it
        return [
            (m.start(), m.end(), node)
            for m in matcher.scanner.pattern.finditer(text)
            if (node := matcher.after_first_word.get(m.group())) is not None
        ]
    words = matcher.scanner.pattern.findall(text)
    _last_scan[:] = (text, words)
    nodes = list(map(matcher.after_first_word.get, words))
    candidates: list[tuple[int, int, dict[str, Any]]] = []
    first_chars = matcher.first_chars
    size = len(text)
    find = text.find
    at = 0
    for word, node in itertools.compress(zip(words, nodes), nodes):  # no node is empty
        assert node is not None
        while True:
            start = find(word, at)
            end = start + len(word)
            at = start + 1
            if end < size and ((char := text[end]).isalnum() or char == "_"):
                continue  # the word goes on
            before = start - 1
            while before >= 0 and ((char := text[before]).isalnum() or char == "_"):
                if char in first_chars:
                    break  # the scanner's match started earlier
                before -= 1
            else:
                break
        at = end
        candidates.append((start, end, node))
    return candidates


def _lower_case_starts(
    text: str, plan: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
) -> list[int]:
    """Where the lower-case forms of ``plan`` (a ``search_plan``) stand in ``text``."""
    found: list[int] = []
    find = text.find
    starts_with = text.startswith
    for word, longer in plan:
        position = find(word)
        while position >= 0:
            found.append(position)
            for other, offset in longer:
                if position >= offset and starts_with(other, position - offset):
                    found.append(position - offset)
            position = find(word, position + 1)
    return found


def _walk(
    node: dict[str, Any], text: str, at: int, origin: int
) -> tuple[int, str, OutletEntry] | None:
    """Go on from ``node`` at ``at`` to the longest surface form ending on a word
    boundary: (its end less ``origin``, its alias, its outlet), or None."""
    size = len(text)
    best: tuple[int, str, OutletEntry] | None = None
    found = node.get(_END)
    while True:
        if found is not None and (
            at >= size or not _is_word(text[at - 1]) or not _is_word(text[at])
        ):
            best = (at - origin, found[0], found[1])  # an alias ends here, on a boundary
        if at >= size:
            return best
        char = text[at]
        edge = node.get(char)
        if edge is None:
            if not char.isspace():
                return best
            edge = node.get(_GAP)
            if edge is None:
                return best
        label, length, node, found = edge
        if length == 0:  # a run of blanks: one, usually
            if at + 1 < size and not text[at + 1].isspace():
                at += 1
            else:
                at = _gap_end(text, at)
                if at < 0:
                    return best
        elif length == 1 or text.startswith(label, at):
            at += length
        else:
            return best


def _gap_end(text: str, start: int) -> int:
    """The end of the run of blanks at ``start``, or -1 if it is too long or a blank line."""
    at = start
    size = len(text)
    breaks = 0
    while at < size and text[at].isspace():
        char = text[at]
        if char in _LINE_BREAKS and not (char == "\r" and text[at + 1 : at + 2] == "\n"):
            breaks += 1
        at += 1
        if at - start > _GAP_MAX or breaks > 1:
            return -1
    return at
