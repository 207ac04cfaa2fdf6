"""Reading time: ``N min read`` style phrases (units from ``debris.toml``).

The number may be glued to a date (``9/11/20231 min read`` is 9/11/2023 and one
minute): the minutes are the digits after a full date, never the date's year.
"""

from __future__ import annotations

import functools

import regex

from articleparse.languages import Language
from articleparse.model import ReadingTime, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["extract_reading_time"]

#: More minutes than this is not a news article's reading time.
MAX_MINUTES = 180


@functools.cache
def _pattern(language: Language) -> SafePattern:
    units = alternation(language.words("debris", "reading_time.units"))
    return compile_pattern(
        f"reading_time.{language.code}",
        rf"""
        (?: (?<= \d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}} ) | (?<!\d) )   # after a whole date, or no digit
        (?P<minutes>\d{{1,3}}) [\x20]?+ {units} (?!\w)
        """,
        flags=regex.IGNORECASE,
    )


def extract_reading_time(text: str, language: Language | None) -> ReadingTime | None:
    """The first reading time in ``text``, or None.

    >>> from articleparse.languages import load
    >>> extract_reading_time("9/11/20231 min read", load("en")).minutes
    1
    """
    if language is None:
        return None
    for match in _pattern(language).finditer(text):
        minutes = int(match.group("minutes"))
        if 0 < minutes <= MAX_MINUTES:
            return ReadingTime(minutes, Span(match.start(), match.end()), "reading_time.units")
    return None
