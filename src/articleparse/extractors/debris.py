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

__all__ = ["find_debris", "debris_patterns"]


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


def find_debris(text: str, language: Language | None) -> tuple[Removal, ...]:
    """Every debris line of ``text``, as removals of the whole line.

    >>> from articleparse.languages import load
    >>> [r.rule for r in find_debris("Isi.\\nBaca juga: Lain\\nMy post content", load("id"))]
    ['debris.prefix', 'debris.line']
    """
    if language is None:
        return ()
    whole, prefix = debris_patterns(language)
    found = []
    for line in split_lines(text):
        if line.blank or len(line.text) > 300:
            continue
        if whole.fullmatch(line.text):
            found.append(Removal(Span(line.start, line.end), "debris.line"))
        elif prefix.match(line.text):
            found.append(Removal(Span(line.start, line.end), "debris.prefix"))
    return tuple(found)
