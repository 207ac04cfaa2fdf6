"""Debris lines: template junk, ads, share buttons, ``Baca juga:`` / ``Read more:`` links.

Both lists are data (``debris.toml``): ``lines`` are whole lines compared without
case or surrounding punctuation; ``prefixes`` open a line and are followed by a
colon, dash or similar mark (``Baca juga: ...``), so that a sentence that merely
starts with the same word stays.
"""

from __future__ import annotations

import functools

import attrs
import regex

from articleparse.languages import Language
from articleparse.lines import split_lines
from articleparse.model import Removal, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["find_debris", "debris_patterns", "debris_rule", "debris_matcher", "DebrisMatcher"]


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
#: What may surround a debris line's words: spaces and punctuation.
_EDGE = " \t\u00a0.,:;!?-–—|•·*>»«()[]{}\"'“”‘’"


def _fold(line: str) -> str:
    """A line without case, surrounding punctuation or spacing differences."""
    return " ".join(line.strip(_EDGE).lower().split())


@attrs.frozen
class DebrisMatcher:
    """One language's debris lines and link prefixes, ready to judge lines fast.

    Whole debris lines are compared as a set of folded lines; the prefix pattern
    only runs on lines whose first word starts a prefix.
    """

    lines: frozenset[str]
    firsts: frozenset[str]
    longest: int
    prefix: SafePattern

    def rule(self, line: str) -> str | None:
        """``debris.line`` or ``debris.prefix`` when ``line`` is debris, else None."""
        if len(line) > MAX_DEBRIS_LINE:
            return None
        if len(line) <= self.longest and _fold(line) in self.lines:
            return "debris.line"
        words = line.lstrip(" \t[(").split(None, 1)
        if words and words[0].lower().rstrip(":-–—»>|") in self.firsts:
            if self.prefix.match(line):
                return "debris.prefix"
        return None


@functools.cache
def debris_matcher(language: Language) -> DebrisMatcher:
    lines = language.words("debris", "lines")
    prefixes = language.words("debris", "prefixes")
    return DebrisMatcher(
        lines=frozenset(_fold(w) for w in lines),
        firsts=frozenset(w.split()[0].lower() for w in prefixes if w.split()),
        # No debris line is longer than its longest listed form and some punctuation.
        longest=max((len(w) for w in lines), default=0) + 16,
        prefix=debris_patterns(language)[1],
    )


def find_debris(text: str, language: Language | None) -> tuple[Removal, ...]:
    """Every debris line of ``text``, as removals of the whole line.

    >>> from articleparse.languages import load
    >>> [r.rule for r in find_debris("Isi.\\nBaca juga: Lain\\nMy post content", load("id"))]
    ['debris.prefix', 'debris.line']
    """
    if language is None:
        return ()
    matcher = debris_matcher(language)
    found = []
    for line in split_lines(text):
        rule = matcher.rule(line.text)
        if rule is not None:
            found.append(Removal(Span(line.start, line.end), rule))
    return tuple(found)


def debris_rule(line: str, language: Language) -> str | None:
    """``debris.line`` or ``debris.prefix`` when ``line`` is debris, else None."""
    return debris_matcher(language).rule(line)
