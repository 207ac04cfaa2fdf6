"""Reading time: ``N min read`` style phrases (units from ``debris.toml``), and the
label-first form ``Reading time: 4 minutes`` / ``waktu baca 2 menit`` (``labels``
then a number and one of ``minutes``).

The number may be glued to a date (``9/11/20231 min read`` is 9/11/2023 and one
minute): the minutes are the digits after a full date, never the date's year.
"""

from __future__ import annotations

import functools

import regex

from articleparse.languages import Language
from articleparse.model import ReadingTime, Span
from articleparse.patterns import (
    SafePattern,
    alternation,
    compile_pattern,
    first_words,
    lower_case,
    lowered_finds_words,
    search_plan,
)

__all__ = ["extract_reading_time"]

#: More minutes than this is not a news article's reading time.
MAX_MINUTES = 180
#: The minutes (``\d{1,3}``, a space) stand at most this far before their unit.
_MINUTES_REACH = 4


@functools.cache
def _pattern(language: Language) -> SafePattern:
    units = alternation(language.words("debris", "reading_time.units"))
    return compile_pattern(
        f"reading_time.{language.code}",
        rf"""
        (?: (?<= \d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}} ) | (?<!\d) )   # after a whole date, or no digit
        (?P<minutes>\d{{1,3}}) [\x20\-]?+ {units} (?!\w)
        """,
        flags=regex.IGNORECASE,
    )


@functools.cache
def _labelled_pattern(language: Language) -> SafePattern | None:
    """A label, then the minutes and their word (``Reading time: 4 minutes``); None
    when the language lists no label."""
    labels = language.words("debris", "reading_time.labels")
    minutes = language.words("debris", "reading_time.minutes")
    if not labels or not minutes:
        return None
    # The label's words one space apart, as ``_label_heads`` searches for them.
    spelled = "|".join(regex.escape(label) for label in sorted(labels, key=lambda w: (-len(w), w)))
    return compile_pattern(
        f"reading_time.labelled.{language.code}",
        rf"""
        (?<!\w) (?:{spelled}) [\x20\t:\-–]{{0,4}}+
        (?P<minutes>\d{{1,3}}) [\x20]?+ {alternation(minutes)} (?!\w)
        """,
        flags=regex.IGNORECASE,
    )


@functools.cache
def _label_heads(language: Language) -> tuple[str, ...] | None:
    """The labels lower-cased, whole (``reading time``: its first word alone, ``read``
    or ``time``, stands in most articles), for ``str.find`` before the pattern runs;
    None when a label holds a letter beyond ASCII (``str.lower`` may read it otherwise
    than the pattern) or other than one space between its words."""
    labels = language.words("debris", "reading_time.labels")
    if not all(label.isascii() and " ".join(label.split()) == label for label in labels):
        return None
    return tuple(sorted({label.lower() for label in labels}))


def _labelled(text: str, language: Language) -> ReadingTime | None:
    """The first label-first reading time in ``text``, or None."""
    pattern = _labelled_pattern(language)
    if pattern is None:
        return None
    heads = _label_heads(language)
    start = 0
    if heads is not None and lowered_finds_words(text):
        lowered = lower_case(text)
        found = [at for at in map(lowered.find, heads) if at >= 0]
        if not found:
            return None
        start = min(found)
    for match in pattern.finditer(text, start):
        minutes = int(match.group("minutes"))
        if 0 < minutes <= MAX_MINUTES:
            return ReadingTime(minutes, Span(match.start(), match.end()), "reading_time.labelled")
    return None


@functools.cache
def _unit_heads(language: Language) -> tuple[tuple[str, tuple[int, ...]], ...] | None:
    """What to search the lower-cased text for to find every unit: the first word of
    each (``search_plan``), with how far before it each unit it stands in may start
    (ascending); None when a word holds a letter ``str.lower`` may read otherwise than
    the pattern (a letter beyond ASCII)."""
    heads = first_words(language.words("debris", "reading_time.units"))
    if heads is None:
        return None
    return tuple(
        (word, tuple(sorted({0, *(offset for _, offset in longer)})))
        for word, longer in search_plan(heads)
    )


def _first_start(text: str, language: Language) -> int | None:
    """Where the first reading time can start at the earliest: a little before the first
    unit with a digit or a digit and a space before it; None when there is none.

    A pattern call over a whole article costs much more than a few ``str.find``."""
    plan = _unit_heads(language)
    if plan is None or not lowered_finds_words(text):
        return 0
    return _first_unit(text, lower_case(text), plan)


def _first_unit(
    text: str, lowered: str, plan: tuple[tuple[str, tuple[int, ...]], ...]
) -> int | None:
    """``_first_start`` with ``lowered``, ``text`` lower-cased (offset for offset)."""
    first: int | None = None
    for word, offsets in plan:
        reach = offsets[-1]
        position = lowered.find(word)
        # Past the first unit found so far, no unit can come earlier.
        while position >= 0 and (first is None or position - reach < first):
            for offset in offsets:
                at = position - offset
                if _after_digits(text, at) and (first is None or at < first):
                    first = at
            position = lowered.find(word, position + 1)
    return None if first is None else max(0, first - _MINUTES_REACH)


def _after_digits(text: str, position: int) -> bool:
    """True when a digit, or a digit and a space or hyphen (``4-minute read``), stands
    just before ``position``."""
    if position >= 1 and text[position - 1].isdecimal():
        return True
    return position >= 2 and text[position - 1] in " -" and text[position - 2].isdecimal()


def extract_reading_time(text: str, language: Language | None) -> ReadingTime | None:
    """The first reading time in ``text``, or None.

    >>> from articleparse.languages import load
    >>> extract_reading_time("9/11/20231 min read", load("en")).minutes
    1
    """
    if language is None:
        return None
    labelled = _labelled(text, language)
    start = _first_start(text, language)
    if start is not None:
        for match in _pattern(language).finditer(text, start):
            minutes = int(match.group("minutes"))
            if 0 < minutes <= MAX_MINUTES:
                if labelled is not None and labelled.span.start < match.start():
                    break
                return ReadingTime(minutes, Span(match.start(), match.end()), "reading_time.units")
    return labelled
