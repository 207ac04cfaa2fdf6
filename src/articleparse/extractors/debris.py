"""Debris lines: template junk, ads, share buttons, ``Baca juga:`` / ``Read more:`` links.

Both lists are data (``debris.toml``): ``lines`` are whole lines compared without
case or surrounding punctuation; ``prefixes`` open a line and are followed by a
colon, dash or similar mark (``Baca juga: ...``), so that a sentence that merely
starts with the same word stays.
"""

from __future__ import annotations

import functools

import regex

from articleparse.languages import Language
from articleparse.lines import split_lines
from articleparse.model import Removal, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["find_debris", "debris_patterns", "debris_rule"]


@functools.cache
def debris_patterns(language: Language) -> tuple[SafePattern, SafePattern]:
    lines = alternation(language.words("debris", "lines"))
    prefixes = alternation(language.words("debris", "prefixes"))
    whole = compile_pattern(
        f"debris.lines.{language.code}",
        rf"[\s\p{{P}}]{{0,4}}+ {lines} [\s\p{{P}}]{{0,4}}+",
        flags=regex.IGNORECASE,
    )
    prefix = compile_pattern(
        f"debris.prefixes.{language.code}",
        rf"[\x20\t]{{0,8}}+ [\[(]?+ {prefixes} [\x20\t]{{0,3}}+ [:\-–—»>|]",
        flags=regex.IGNORECASE,
    )
    return whole, prefix


#: Lines longer than this are article text, whatever they start with.
MAX_DEBRIS_LINE = 300


@functools.cache
def _longest_line(language: Language) -> int:
    """No debris line is longer than its longest listed form and some punctuation."""
    return max((len(w) for w in language.words("debris", "lines")), default=0) + 16


def find_debris(text: str, language: Language | None) -> tuple[Removal, ...]:
    """Every debris line of ``text``, as removals of the whole line.

    >>> from articleparse.languages import load
    >>> [r.rule for r in find_debris("Isi.\\nBaca juga: Lain\\nMy post content", load("id"))]
    ['debris.prefix', 'debris.line']
    """
    if language is None:
        return ()
    found = []
    for line in split_lines(text):
        rule = debris_rule(line.text, language)
        if rule is not None:
            found.append(Removal(Span(line.start, line.end), rule))
    return tuple(found)


def _fold(line: str) -> str:
    """A line without case, surrounding punctuation or spacing differences."""
    return " ".join(line.strip(_EDGE).lower().split())


#: What may surround a debris line's words: spaces and punctuation.
_EDGE = " \t\u00a0.,:;!?-–—|•·*>»«()[]{}\"'“”‘’"


@functools.cache
def _debris_words(language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The debris lines folded, and the first words of the prefixes (lower-cased)."""
    lines = frozenset(_fold(w) for w in language.words("debris", "lines"))
    firsts = frozenset(w.split()[0].lower() for w in language.words("debris", "prefixes") if w.split())
    return lines, firsts


def debris_rule(line: str, language: Language) -> str | None:
    """``debris.line`` or ``debris.prefix`` when ``line`` is debris, else None.

    Whole debris lines are compared as sets of folded lines; the prefix pattern
    only runs on lines whose first word starts a prefix.
    """
    if len(line) > MAX_DEBRIS_LINE:
        return None
    lines, firsts = _debris_words(language)
    if len(line) <= _longest_line(language) and _fold(line) in lines:
        return "debris.line"
    words = line.lstrip(" \t[(").split(None, 1)
    if words and words[0].lower().rstrip(":-–—»>|") in firsts:
        if debris_patterns(language)[1].match(line):
            return "debris.prefix"
    return None
