"""Finding calendar dates in text, with the words of one language's ``dates.toml``.

This module finds date *expressions* and every reading each one allows (``9/11/2023``
is 11 September or 9 November); the extractors decide which reading and which date
matter (``extractors/published.py``, ``extractors/dateline.py``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping, Set as AbstractSet
from pathlib import Path
from typing import Any, Final, NamedTuple

import attrs
import regex

from articleparse.date_starts import (
    DIGITS,
    FOLDED_LIKE_ASCII,
    LOWER_LETTERS,
    AsciiNames,
    ascii_names_of,
    match_at,
    named_starts,
    numeric_starts,
    reads_as_ascii,
    short_starts,
)
from articleparse.cache import cached
from articleparse.errors import LanguageDataError
from articleparse.languages import Language, available, load
from articleparse.patterns import (
    SafePattern,
    alternation,
    compile_pattern,
    finditer_in,
    keyword_windows,
)

__all__ = [
    "FOLDED_LIKE_ASCII",
    "NEUTRAL_BASE",
    "NEUTRAL_CODE",
    "NEUTRAL_DATA",
    "DateGrammar",
    "DateMatch",
    "ShortDate",
    "grammar",
    "neutral_grammar",
    "neutral_data",
    "read_neutral_data",
    "find_dates",
    "find_short_dates",
    "latest_year_named",
]

MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Years outside this range are not publication dates of news articles.
MIN_YEAR = 1900
MAX_YEAR = 2100
#: A clock time glued to the year before it, as scraped bylines print it
#: ("November 9, 20235:01 AM ET": the year 2023, then 5:01).
_GLUED_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
#: The next date glued to a year, as blogs print the published and the updated date
#: in one line ("19. Juni 201619. Juni 2016", "17/11/201917/11/2019"): its day, then a
#: month name or the rest of a numeric date.
_GLUED_DATE = r"[0-3]?\d (?: \.[\x20]?+\p{L} | (?P<glued_sep>[/.])[01]?\d(?P=glued_sep)\d )"
#: A short number glued to a year that starts a phrase of its own ("9/11/20231 min
#: read", "4. Januar 20220 Kommentare").
_GLUED_COUNT = r"\d{1,3}[\x20]?\p{L}"


@attrs.frozen(cache_hash=True)
class DateGrammar:
    """The compiled date patterns of one language (plus the language-neutral ones).

    Its hash is kept: extractors cache their own patterns by grammar."""

    code: str
    numeric_order: str
    # Abstract types, not dict/list/frozenset: a compiled build (setup.py) would check
    # the attrs.field(...) value of the class body against a concrete annotation.
    #: The month names (casefolded, without a final dot) and their months, from 0.
    months: Mapping[str, int] = attrs.field(eq=False)
    weekdays: Mapping[str, int] = attrs.field(eq=False)
    timezones: Mapping[str, str] = attrs.field(eq=False)
    pm_words: AbstractSet[str] = attrs.field(eq=False)
    #: Words a language writes between a day, its month and its year (Spanish
    #: ``4 de mayo de 2022``), lower-cased; none in most languages.
    joiners: tuple[str, ...]
    named: SafePattern
    numeric: SafePattern
    #: A clock time that ends just before a date ("3:04 PM EST, Tue March 5, 2024").
    clock_before: SafePattern
    #: A numeric date with a two-digit year (``19.10.19``, ``11/08/23 5:19pm``).
    numeric_two_digit_year: SafePattern
    #: A date with a month name and a two-digit year after an apostrophe
    #: (``14 Feb '20``, ``Feb 14, ’20``).
    named_two_digit_year: SafePattern
    iso: SafePattern
    short: SafePattern
    month_day: SafePattern


@attrs.frozen
class DateMatch:
    """One date expression and the dates it can mean (one, or two when a/b/yyyy)."""

    start: int
    end: int
    kind: str  # "named" | "numeric" | "iso" (year first: 2023-09-11, 2023/9/11, 2023.09.11)
    readings: tuple[dt.date, ...]
    weekday: int | None  # the weekday written next to the date, 0 = Monday
    time: dt.time | None
    tz_offset: str | None  # "+07:00"
    #: For a numeric date a/b/yyyy, a: the reading whose day it is is day-first.
    first_number: int | None = None
    #: For a named date, whether its day stands before its month's name (``11 September
    #: 2023``, not ``September 11, 2023``): pages write their numeric dates the same way.
    day_before_month: bool | None = None
    #: Whether its clock is written with an hour past 12 (``20:26``): a 24-hour clock.
    clock_past_twelve: bool = False


@attrs.frozen
class ShortDate:
    """A weekday with a day/month and no year: ``Senin (11/9)``, ``Monday, Sept 11``.

    Indonesian and Malay news date events this way; it is evidence for the order of
    day and month in the page's numeric dates.
    """

    start: int
    end: int
    weekday: int
    first: int
    second: int
    year: int | None
    named_month: bool  # True when ``second`` came from a month name (no order question)


def _surface_map(table: dict[str, list[str]], keys: tuple[str, ...]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for index, key in enumerate(keys):
        for form in table.get(key, ()):
            mapping[form.casefold().rstrip(".")] = index
    return mapping


def _merge(primary: Language, extra: Language | None) -> tuple[dict[str, list[str]], ...]:
    tables = []
    for section in ("months", "weekdays"):
        merged: dict[str, list[str]] = {}
        for language in (primary, extra):
            if language is None:
                continue
            for key, forms in language.concern("dates").get(section, {}).items():
                merged.setdefault(key, []).extend(forms)
        tables.append(merged)
    return tuple(tables)


#: The code of the grammar a text in none of the supported languages is read with
#: (``neutral_grammar``); its folder holds only ``dates.toml`` (no ``language.toml``:
#: it is no language, and ``languages.available`` does not list it).
NEUTRAL_CODE: Final = "neutral"
#: The neutral grammar's data, beside the language folders (``pyproject.toml``'s
#: package data ``languages/*/*.toml`` ships it).
NEUTRAL_DATA: Final = Path(__file__).parent / "languages" / NEUTRAL_CODE / "dates.toml"


@functools.cache
def neutral_data() -> dict[str, Any]:
    """The tables of ``languages/neutral/dates.toml``: ``base`` (``NEUTRAL_BASE``) and
    ``months``, the month names of languages with no folder of their own."""
    return read_neutral_data(NEUTRAL_DATA)


def read_neutral_data(path: Path) -> dict[str, Any]:
    """The tables of the neutral date data file at ``path`` (``neutral_data``, uncached);
    a file that is no valid TOML raises ``LanguageDataError`` naming it."""
    data = path.read_bytes()
    try:
        tables: dict[str, Any] = cached(
            "toml", (data,), lambda: tomllib.loads(data.decode("utf-8"))
        )
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"languages/{NEUTRAL_CODE}/dates.toml: {exc}") from exc
    return tables


#: The language whose date data a text in no supported language is read with (its
#: markers, time zones, weekdays): ``base`` in the neutral data.
NEUTRAL_BASE: Final = str(neutral_data()["base"])


@functools.cache
def _name_tables(code: str) -> tuple[dict[str, list[str]], ...]:
    """The month and weekday names of language ``code``, with English's for others.

    The neutral grammar's months are every supported language's and those of the
    neutral data's ``months``; its weekdays are ``_neutral_weekdays``."""
    if code != NEUTRAL_CODE:
        return _merge(load(code), load("en") if code != "en" else None)
    months: dict[str, list[str]] = {}
    for each in available():
        for key, forms in load(each).concern("dates").get("months", {}).items():
            months.setdefault(key, []).extend(forms)
    other = neutral_data().get("months", {})
    for key, forms in other.items():
        months.setdefault(key, []).extend(forms)
    return months, _neutral_weekdays(months)


def _neutral_weekdays(months: dict[str, list[str]]) -> dict[str, list[str]]:
    """The weekday names of the neutral grammar: ``NEUTRAL_BASE``'s, then every supported
    language's (a short page of one, which detection could not place, still writes
    "Senin, 04 Mar 2024"), leaving out a form that names a month too (Spanish and French
    "mar") or two weekdays, and forms of two letters (German "Do", "So": words of other
    languages)."""
    month_forms = {form.casefold() for forms in months.values() for form in forms}
    weekdays = _merge(load(NEUTRAL_BASE), None)[1]
    seen = {form.casefold(): key for key, forms in weekdays.items() for form in forms}
    extra: dict[str, str] = {}
    clashing: set[str] = set()
    for each in available():
        for key, forms in load(each).concern("dates").get("weekdays", {}).items():
            for form in map(str, forms):
                folded = form.casefold()
                if folded in seen or len(folded) <= _SHORTEST_OTHER_WEEKDAY:
                    continue
                if folded in month_forms or extra.get(folded, key) != key:
                    clashing.add(folded)
                extra[folded] = key
    for folded, key in extra.items():
        if folded not in clashing:
            weekdays.setdefault(key, []).append(folded)
    return weekdays


#: Other languages' weekday forms this long or shorter are not read by the neutral grammar.
_SHORTEST_OTHER_WEEKDAY = 2


@functools.cache
def _month_names(code: str) -> dict[str, int]:
    """The month names of language ``code`` (and English's), as ``DateGrammar.months``
    compares them: each name's month, from 0."""
    return _surface_map(_name_tables(code)[0], MONTH_KEYS)


@functools.cache
def _joiners(code: str) -> tuple[str, ...]:
    """The ``joiners`` of language ``code``'s ``dates.toml``, lower-cased (for the
    neutral grammar, every supported language's: Portuguese writes Spanish's)."""
    codes = available() if code == NEUTRAL_CODE else (code,)
    listed = [word for each in codes for word in load(each).concern("dates").get("joiners", ())]
    return tuple(sorted({str(word).lower() for word in listed}))


@functools.cache
def _time_zones(code: str) -> dict[str, str]:
    """The time zones a grammar reads and their offsets: language ``code``'s, then
    English's, then every other supported language's.  A zone's name is no word of a
    language: a page in any language (or in none detected) may date its article by
    Jakarta's ``WIB``; each name stands for one zone, so the first offset listed stands."""
    zones: dict[str, str] = {}
    for each in (code, "en", *available()):
        for key, value in load(each).concern("dates").get("timezones", {}).items():
            zones.setdefault(str(key), str(value))
    return zones


#: The offset glued to a zone's name ("GMT+7", "UTC+07:00", "GMT-0500", "UTC+5:30"):
#: hours up to 14, minutes optional.  Possessive: no digit may follow it.
_ZONE_SHIFT = r"""
    (?: (?P<tz_sign>[+\-−]) (?P<tz_hours>1[0-4]|0?\d) (?: :?+ (?P<tz_minutes>[0-5]\d) )? (?!\d) )
"""
#: The offset that ends an ISO 8601 time: ``Z`` or hours and minutes, two digits each.
_ISO_OFFSET = r"""
    (?: (?: (?P<iso_utc>Z) | (?P<iso_sign>[+\-]) (?P<iso_hours>0\d|1[0-4]) :?+ (?P<iso_minutes>[0-5]\d) )
        (?!\w) )
"""


def _iso_offset(groups: dict[str, str | None]) -> str | None:
    """The offset that ends an ISO 8601 date and time, as ``+07:00``.  Only after a
    ``T`` (``2024-03-14T10:41:00+07:00``) or a clock with seconds: a space and a
    clock with a sign after it are as often a span of hours (``2024-03-14 10:00-12:00``)."""
    if groups.get("iso_utc"):
        return "+00:00"
    sign, hours, minutes = groups.get("iso_sign"), groups.get("iso_hours"), groups.get("iso_minutes")
    if sign is None or hours is None or minutes is None:
        return None
    if groups.get("iso_clock") != "T" and groups.get("iso_seconds") is None:
        return None
    return f"{sign}{hours}:{minutes}"


#: Minutes per hour, and the widest offset from UTC in minutes (UTC-12 to UTC+14).
_MINUTES = 60
_WIDEST_SHIFT = 14 * _MINUTES


def _shifted(offset: str, sign: str | None, hours: str | None, minutes: str | None) -> str:
    """``offset`` (``+00:00``) moved by the signed hours and minutes glued to its zone's
    name (``GMT+7``: ``+07:00``); ``offset`` itself when none are, or when the sum lies
    beyond any zone's."""
    if sign is None or hours is None:
        return offset
    base = (int(offset[1:3]) * _MINUTES + int(offset[4:6])) * (-1 if offset[0] == "-" else 1)
    shift = int(hours) * _MINUTES + int(minutes or 0)
    total = base + (shift if sign == "+" else -shift)
    if abs(total) > _WIDEST_SHIFT:
        return offset
    whole_hours, rest = divmod(abs(total), _MINUTES)
    return f"{'-' if total < 0 else '+'}{whole_hours:02d}:{rest:02d}"


@functools.cache
def grammar(code: str) -> DateGrammar:
    """The date grammar of language ``code``.

    Languages other than English also read English month and weekday names, which
    pages in every language use in their date lines.
    """
    base = NEUTRAL_BASE if code == NEUTRAL_CODE else code
    language = load(base)
    english = load("en") if base != "en" else None
    months_table, weekdays_table = _name_tables(code)
    data = language.concern("dates")
    timezones = _time_zones(base)
    markers = data.get("markers", {})
    pm_words = frozenset(w.casefold() for w in markers.get("pm", ()))
    ampm_words = list(markers.get("am", ())) + list(markers.get("pm", ()))
    if english is not None:
        en_markers = english.concern("dates").get("markers", {})
        pm_words |= frozenset(w.casefold() for w in en_markers.get("pm", ()))
        ampm_words += list(en_markers.get("am", ())) + list(en_markers.get("pm", ()))

    # Every name starts with a letter: the look-ahead turns a long alternation of names
    # away from a space or a digit at once (the neutral grammar has hundreds of them).
    month = rf"(?=\p{{L}}) {alternation(f for forms in months_table.values() for f in forms)}"
    weekday = rf"(?=\p{{L}}) {alternation(f for forms in weekdays_table.values() for f in forms)}"
    tz = alternation(timezones)
    ampm = alternation(ampm_words)
    joiners = _joiners(code)
    # The letters a day's number may carry (``11th``, French ``1er``): the language's
    # and English's, which pages in every language print.
    ordinals = [*data.get("ordinals", ())]
    if english is not None:
        ordinals += english.concern("dates").get("ordinals", ())
    ordinal = rf"{alternation(ordinals)}?" if ordinals else ""
    # A joiner before the month (``4 de mayo``) and one after it (``mayo de 2022``, also
    # after an abbreviation's dot: ``ene. de 2022``); the month group holds the month's
    # name alone.
    # Possessive runs of blanks: a month name or a joiner starts with a letter, so
    # giving blanks back never helps, and a joiner before a long run of blanks must not
    # be read back through it.
    joined = rf"(?: {alternation(joiners)} \s++ )?" if joiners else ""
    joins = rf"(?: \.?+ \s++ {alternation(joiners)} )?" if joiners else ""

    # A clock time: 14:30, 14.30, 3:15 PM, 3:15 p.m. EDT.  No digit follows one with a
    # dot: the "2.33" of "kepada 2.333 orang" is a count.  (One with a colon may have
    # a count glued on by the scraper: "11:5593", 93 comments.)
    # A zone may carry its offset from it, glued on: "GMT+7", "UTC+07:00", "GMT-5".
    time = rf"""
        (?P<hour>[01]?\d|2[0-3]) [:.] (?P<minute>[0-5]\d) (?::(?P<iso_seconds>[0-5]\d))? (?! (?<=\.[0-5]\d) \d )
        (?: [\x20]?+ (?P<ampm>{ampm}) (?!\w) )?
        (?: [\x20]?+ (?P<tz>{tz}) (?!\w) {_ZONE_SHIFT}? )?
    """
    # What stands between a date and its clock time: a comma and blanks, or a separator
    # between blanks ("Senin, 12 Juni 2023 | 14:05 WIB", "13 Jun 2023 - 09:10").
    before_clock = r"(?: ,?[\x20]{1,3} | [\x20]{0,2}+ [|/•·\-–—] [\x20]{0,2}+ )"
    named = compile_pattern(
        f"dates.named.{code}",
        rf"""
        (?: (?<!\w) (?P<weekday>{weekday}) \.?,?[\x20]{{1,3}} )?   # Monday, / Senin,
        (?:
            # 11 September 2023; the day may follow a word glued on ("News28 October")
            (?<![\d.]) (?P<day>[0-3]?\d) {ordinal} \.?[\x20]{{1,3}}
            {joined} (?P<month>{month}) {joins} (?!\w) \.?,?[\x20]{{1,3}}
            (?P<year>\d{{4}})
          |
            (?<!\w) (?P<month2>{month}) (?!\w) \.?[\x20]{{1,3}}    # Sept. 11, 2023
            (?P<day2>[0-3]?\d) {ordinal} ,?[\x20]{{1,3}}
            (?P<year2>\d{{4}})
        )
        (?: (?!\d) | (?={_GLUED_CLOCK}) | (?={_GLUED_DATE}) | (?={_GLUED_COUNT}) )
        (?: (?: {before_clock} (?:\w{{1,6}}[\x20])?+ | (?<=\d) (?={_GLUED_CLOCK}) ) {time} )?  # , 14:30 WIB
        """,
        flags=regex.IGNORECASE,
    )
    numeric = compile_pattern(
        f"dates.numeric.{code}",
        rf"""
        (?<![\d/.\-])
        (?: (?P<weekday>{weekday}) ,?[\x20]{{1,3}} \(?+ )?
        (?P<a>[0-3]?\d) (?P<sep>[/.\-]) (?P<b>[0-3]?\d) (?P=sep) (?P<year>\d{{4}})
        # A year may be glued to a short number that starts a phrase of its own
        # ("9/11/20231 min read"), to a clock time or to the next date; otherwise no
        # digit may follow.
        (?: (?!\d) | (?={_GLUED_COUNT}) | (?={_GLUED_CLOCK}) | (?={_GLUED_DATE}) )
        (?: (?: \)?{before_clock} (?:\w{{1,6}}[\x20])?+ | (?<=\d) (?={_GLUED_CLOCK}) ) {time} )?
        """,
        flags=regex.IGNORECASE,
    )
    # A clock before its date, then a comma or a separator: the end of the searched
    # stretch is the date's start.
    clock_before = compile_pattern(
        f"dates.clock_before.{code}",
        rf"(?<![\d:.]) {time} (?: ,?[\x20]{{1,3}} | [\x20]{{0,2}}+ [|/•·\-–—] [\x20]{{0,2}}+ ) \Z",
        flags=regex.IGNORECASE,
    )
    # Pages print their own date with a two-digit year too (``19.10.19, 08:16``,
    # ``11/08/23 5:19pm``); only ``/`` and ``.`` separate its parts (``12-10-22`` is as
    # often a code), and no word, digit or separator touches it (``v1.11.23``, an IP
    # address ``10.1.12.5``).
    numeric_two_digit_year = compile_pattern(
        f"dates.numeric_yy.{code}",
        rf"""
        (?<![\w/.\-])
        (?P<a>[0-3]?\d) (?P<sep>[/.]) (?P<b>[0-3]?\d) (?P=sep) (?P<year>\d\d)
        (?! \d | [/.\-]\d )
        (?: ,?[\x20]{{1,3}} (?:\w{{1,6}}[\x20])?+ {time} )?
        """,
        flags=regex.IGNORECASE,
    )
    # A month name and a two-digit year after an apostrophe, which says the century is
    # left out (``14 Feb '20``, ``Feb 14, ’20``): blogs and forums print their dates so.
    # Without the apostrophe two digits after a date are as often a count ("27 Mar 20
    # people"); they are not read.
    named_two_digit_year = compile_pattern(
        f"dates.named_yy.{code}",
        rf"""
        (?: (?<!\w) (?P<weekday>{weekday}) \.?,?[\x20]{{1,3}} )?
        (?:
            (?<![\d.]) (?P<day>[0-3]?\d) {ordinal} \.?[\x20]{{1,3}}
            {joined} (?P<month>{month}) {joins} (?!\w) \.?,?[\x20]{{1,3}}
          |
            (?<!\w) (?P<month2>{month}) (?!\w) \.?[\x20]{{1,3}}
            (?P<day2>[0-3]?\d) {ordinal} ,?[\x20]{{1,3}}
        )
        ['’‘] (?P<year>\d\d) (?!\w)
        (?: {before_clock} (?:\w{{1,6}}[\x20])?+ {time} )?
        """,
        flags=regex.IGNORECASE,
    )
    iso = compile_pattern(
        f"dates.iso.{code}",
        rf"""
        # Year first: 2023-09-11 (also in a URL path), and the 2023/9/11 and 2023.09.11
        # of other pages; with dots, month and day keep their zeros (2019.10.2 is a
        # version number).
        (?<![\d\-])
        (?: (?P<year>(?:19|20)\d\d) - (?P<month>[01]\d) - (?P<day>[0-3]\d)
          | (?<![/.]) (?P<year2>(?:19|20)\d\d)
            (?: / (?P<month2>1[0-2]|0?[1-9]) / (?P<day2>3[01]|[12]\d|0?[1-9])
              | \. (?P<month3>1[0-2]|0[1-9]) \. (?P<day3>3[01]|[12]\d|0[1-9])
              # Korean and Hungarian pages: 2020. 6. 4. (a dot after each part)
              | \.\x20 (?P<month4>1[0-2]|0?[1-9]) \.\x20 (?P<day4>3[01]|[12]\d|0?[1-9]) \.
              # Chinese and Japanese pages: 2020年7月1日; Korean: 2020년 7월 1일
              | 年 (?P<month5>1[0-2]|0?[1-9]) 月 (?P<day5>3[01]|[12]\d|0?[1-9]) 日
              | 년\x20?+ (?P<month6>1[0-2]|0?[1-9]) 월\x20?+ (?P<day6>3[01]|[12]\d|0?[1-9]) 일 ) )
        # An ISO 8601 time may end with its offset: 2024-03-14T10:41:00+07:00, ...Z.
        (?: (?P<iso_clock>[T\x20]) {time} (?: (?<=:[0-5]\d:[0-5]\d) \.\d{{1,9}} )?+ {_ISO_OFFSET}? )?
        (?! \d | [/.\-]\d )
        """,
    )
    short = compile_pattern(
        f"dates.short.{code}",
        rf"""
        (?<!\w)
        (?P<weekday>{weekday}) ,?[\x20]{{0,3}} \(?+ [\x20]?+
        (?:
            (?P<a>[0-3]?\d) [/.\-] (?P<b>[01]?\d) (?: [/.\-] (?P<year>\d{{2}}(?:\d\d)?) )?
          |
            (?P<day>[0-3]?\d) [\x20]{{1,3}} {joined} (?P<month>{month}) {joins} (?!\w) \.?
            (?: [\x20]{{1,3}} (?P<year2>\d{{4}}) )?
          |
            (?P<month2>{month}) (?!\w) \.?[\x20]{{1,3}} (?P<day2>[0-3]?\d)
            (?: ,?[\x20]{{1,3}} (?P<year3>\d{{4}}) )?
        )
        (?!\d)
        """,
        flags=regex.IGNORECASE,
    )
    month_day = compile_pattern(
        f"dates.month_day.{code}",
        rf"""
        (?<!\w)
        (?:
            (?P<month>{month}) (?!\w) \.?[\x20]{{1,3}} (?P<day>[0-3]?\d) {ordinal}
          |
            (?P<day2>[0-3]?\d) {ordinal} [\x20]{{1,3}} {joined} (?P<month2>{month}) {joins}
            (?!\w) \.?
        )
        (?!\d)
        (?: ,?[\x20]{{1,3}} (?P<year>(?:19|20)\d\d) (?!\d) )?
        """,
        flags=regex.IGNORECASE,
    )
    return DateGrammar(
        code=code,
        numeric_order=str(data.get("numeric_order", "dmy")),
        months=_month_names(code),
        weekdays=_surface_map(weekdays_table, WEEKDAY_KEYS),
        timezones=timezones,
        pm_words=pm_words,
        joiners=joiners,
        named=named,
        numeric=numeric,
        clock_before=clock_before,
        numeric_two_digit_year=numeric_two_digit_year,
        named_two_digit_year=named_two_digit_year,
        iso=iso,
        short=short,
        month_day=month_day,
    )


@functools.cache
def neutral_grammar() -> DateGrammar:
    """The date grammar of a text in none of the supported languages.

    Year-first dates (``2019-05-03``, ``2019/5/3``) need no words; month names are
    every supported language's and other languages' (``months`` of the neutral data,
    ``languages/neutral/dates.toml``); a numeric date ``3.5.2019`` or ``03/05/2019`` is read
    day first, the order of most of the world's languages (month-first pages are
    American English, which has a grammar of its own)."""
    return attrs.evolve(grammar(NEUTRAL_CODE), numeric_order="dmy")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _time(g: DateGrammar, groups: dict[str, str | None]) -> tuple[dt.time | None, str | None]:
    hour, minute = groups.get("hour"), groups.get("minute")
    if hour is None or minute is None:
        return None, None
    h = int(hour)
    ampm = groups.get("ampm")
    if ampm is not None and h <= 12:
        is_pm = ampm.casefold() in g.pm_words
        h = (h % 12) + (12 if is_pm else 0)
    tz = groups.get("tz")
    offset = None
    if tz is not None:
        offset = next((v for k, v in g.timezones.items() if k.casefold() == tz.casefold()), None)
        if offset is not None:
            offset = _shifted(
                offset, groups.get("tz_sign"), groups.get("tz_hours"), groups.get("tz_minutes")
            )
    return dt.time(h, int(minute)), offset


def _lookup(table: Mapping[str, int], word: str | None) -> int | None:
    if word is None:
        return None
    return table.get(word.casefold().rstrip("."))


def month_number(g: DateGrammar, word: str) -> int | None:
    """1-12 for a month name or abbreviation of the grammar's language, else None."""
    found = _lookup(g.months, word)
    return None if found is None else found + 1


#: A short date ends within this many characters after its weekday's name.
_SHORT_AFTER_WEEKDAY = 24
#: Years 1800-2199, one pattern per first digit: with a literal first character ``re``
#: skips ahead with a fast search (both together cost a third of one pattern with an
#: alternation).  No look-behind, for the same reason: a year glued to a digit before it
#: is dropped in ``_year_starts``.
_YEARS = (
    compile_pattern("dates.year.1", r"1[89]\d\d", scan=True),
    compile_pattern("dates.year.2", r"2[01]\d\d", scan=True),
)
#: A full date stands within this many characters of its year.
_BEFORE_YEAR = 48
_AFTER_YEAR = 40
_YEAR_LENGTH = 4


class _Windows(NamedTuple):
    """Where each kind of full date can stand: around the years that can end it."""

    named: list[tuple[int, int]]  # around any year
    numeric: list[tuple[int, int]]  # around a year glued to a separator: 11/9/2023
    iso: list[tuple[int, int]]  # around a year followed by a separator: 2023-09-11
    years: list[int]  # where every year of the text starts (none dropped by the limit)


_NUMERIC_SEPARATORS = "/.-"
_YEAR_FIRST_SEPARATORS = frozenset("/.-年년")
_SPACED_SEPARATORS = frozenset((". ", "년 "))
#: The suffixes of the year-first pattern's month and day groups, one per way of writing.
_ISO_GROUPS = ("", "2", "3", "4", "5", "6")
_LETTERS = compile_pattern("dates.letters", r"[^\W\d_]++", scan=True)  # runs of letters


@functools.cache
def _month_names_are_words(code: str) -> bool:
    """True when every month name is a run of letters, so the window check can read the
    window's words; a language with other month names is always scanned."""
    return all(form.isalpha() for form in _month_names(code))


@functools.cache
def _ascii_month_names(code: str) -> frozenset[bytes]:
    return frozenset(name.encode("ascii") for name in _month_names(code) if name.isascii())


def _holds_month_name(piece: str, g: DateGrammar) -> bool:
    """True when one of ``piece``'s runs of letters is a month name (any case)."""
    if piece.isascii():  # the same words, by a byte table instead of a pattern
        words = piece.encode("ascii").translate(LOWER_LETTERS).split()
        return not _ascii_month_names(g.code).isdisjoint(words)
    return not g.months.keys().isdisjoint(_LETTERS.findall(piece.casefold()))


def _year_starts(text: str) -> list[int]:
    """Where each four-digit year 1800-2199 starts that no digit precedes, in order.

    Each pattern's matches do not overlap; a year inside another one's digits has a
    digit before it and is dropped anyway, so the two lists merge into the same years
    one pattern with an alternation finds."""
    early, late = _YEARS
    starts = [*map(_match_start, early.finditer(text)), *map(_match_start, late.finditer(text))]
    starts.sort()
    return [start for start in starts if not (start and text[start - 1].isdecimal())]


#: A match's start, as a C-level function for ``map``.
_match_start = re.Match.start


#: What joins the two years of a span (``2019-2024``, ``2015 – 2019``, ``2019/2020``).
_SPAN_JOINERS = frozenset("-–—/")
#: A span's second year stands at most this many characters after the first's digits.
_SPAN_GAP = 4


def _closes_a_span(text: str, start: int) -> bool:
    """True when the year at ``start`` ends a span of years (``2019-2024``): a term
    of office or a plan, which says nothing of when the text was written."""
    before = text[max(0, start - _SPAN_GAP) : start].rstrip(" ")
    if not before or before[-1] not in _SPAN_JOINERS:
        return False
    return before[:-1].rstrip(" ")[-1:].isdecimal()


def latest_year_named(text: str, until: int) -> int | None:
    """The latest year 1800-2199 that ``text`` names (four digits with no digit on
    either side: a date's year, ``in 2019``, ``© 2020``) and that is not after
    ``until``, leaving out the ends of spans (``2019-2024``); None when it names none."""
    latest: int | None = None
    for start in _year_starts(text):
        end = start + _YEAR_LENGTH
        if text[end : end + 1].isdecimal() or _closes_a_span(text, start):
            continue
        year = int(text[start:end])
        if year <= until and (latest is None or year > latest):
            latest = year
    return latest


def _windows(text: str, g: DateGrammar, limit: int | None = None) -> _Windows:
    """Stretches of ``text`` around each year: the only places a full date can be.

    Scanning for a four-digit year is cheap; running the date patterns only near
    years keeps a long article with few dates fast.  Each kind of date is looked for
    only near the years it could contain: a numeric date's year follows a separator,
    a year-first date's year is followed by one, and a named date has a month name
    near its year (checked by ``_scan_named``, on the window's words, before the
    costly pattern).
    """
    every_year = _year_starts(text)
    starts = every_year
    if limit is not None and len(starts) > limit:
        starts = starts[: limit // 2] + starts[-(limit // 2) :]
    size = len(text)
    numeric = [s for s in starts if s and text[s - 1] in _NUMERIC_SEPARATORS]
    iso = [
        s for s in starts if text[s + _YEAR_LENGTH : s + _YEAR_LENGTH + 1] in _YEAR_FIRST_SEPARATORS
    ]
    return _Windows(_around(starts, size), _around(numeric, size), _around(iso, size), every_year)


def _around(starts: list[int], size: int) -> list[tuple[int, int]]:
    """The stretches around years (``starts`` ascending), overlapping and touching ones
    joined: ``merge_ranges`` for ranges that come sorted, without sorting them."""
    windows: list[tuple[int, int]] = []
    for start in starts:
        low = max(0, start - _BEFORE_YEAR)
        high = min(size, start + _YEAR_LENGTH + _AFTER_YEAR)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


@functools.cache
def _ascii_names(code: str) -> AsciiNames | None:
    months, weekdays = (
        [form for forms in table.values() for form in forms] for table in _name_tables(code)
    )
    return ascii_names_of(months, weekdays, list(_joiners(code)))


#: Where a kind of date can start in an ASCII window (``date_starts``).
StartsFn = Callable[[str, int, int, AsciiNames], list[int]]


def _scan_windows(
    pattern: SafePattern,
    text: str,
    windows: list[tuple[int, int]],
    names: AsciiNames | None,
    starts: StartsFn,
) -> Iterator[Any]:
    """The matches of ``pattern`` in each window: tried only where ``starts`` says a
    date can start when the window reads as ASCII, else by a scan of the window.  The
    windows are apart (merged), so no match reaches the next one."""
    for start, end in windows:
        if names is None or not reads_as_ascii(text, start, end, names):
            yield from pattern.finditer(text, start, end)
        else:
            yield from match_at(pattern, text, end, starts(text, start, end, names), start)


def _scan_named(text: str, g: DateGrammar, windows: list[tuple[int, int]]) -> Iterator[Any]:
    """``_scan_windows`` for named dates, in the windows where a month name stands: an
    ASCII window's words are checked by ``named_starts`` on its way, any other's by
    ``_holds_month_name`` first (when every month name is a word)."""
    names = _ascii_names(g.code)
    check = _month_names_are_words(g.code)
    for start, end in windows:
        piece = text[start:end]
        if names is not None and piece.isascii():
            starts = named_starts(text, start, end, names)
            yield from match_at(g.named, text, end, starts, start)
            continue
        if check and not _holds_month_name(piece, g):
            continue
        if names is None or not reads_as_ascii(text, start, end, names):
            yield from g.named.finditer(text, start, end)
        else:
            yield from match_at(g.named, text, end, named_starts(text, start, end, names), start)


def _scan_numeric(text: str, g: DateGrammar, windows: list[tuple[int, int]]) -> Iterator[Any]:
    return _scan_windows(g.numeric, text, windows, _ascii_names(g.code), numeric_starts)


#: A numeric date with a two-digit year from its first separator on (``.10.19`` of
#: ``19.10.19``): one pattern per separator, each opening with its literal, which ``re``
#: looks for by a fast search (a pattern opening with a digit class or a look-behind
#: is tried at every character: 20-40 times slower).  Bounded runs: no backtracking.
_TWO_DIGIT_YEAR_TAILS = (
    compile_pattern("dates.two_digit_year.dot", r"\.[0-9]{1,2}\.[0-9][0-9](?![0-9])", scan=True),
    compile_pattern("dates.two_digit_year.slash", r"/[0-9]{1,2}/[0-9][0-9](?![0-9])", scan=True),
)
#: A two-digit year below this is of the 2000s, from it of the 1900s.
_CENTURY_PIVOT = 70


def _full_year(two_digits: str) -> int:
    year = int(two_digits)
    return year + (1900 if year >= _CENTURY_PIVOT else 2000)


def _scan_two_digit_years(text: str, g: DateGrammar) -> Iterator[Any]:
    """The numeric dates with a two-digit year: the cheap scans of their tails over the
    text find where one can start, the grammar's pattern reads it there (with its time)."""
    pattern = g.numeric_two_digit_year
    starts = []
    for tail in _TWO_DIGIT_YEAR_TAILS:
        for found in tail.finditer(text):
            separator = found.start()
            # The day's one or two digits stand before the first separator; with two,
            # the date can start only at the first (a digit before the day is refused).
            if separator >= 2 and text[separator - 2] in DIGITS:
                starts.append(separator - 2)
            elif separator >= 1 and text[separator - 1] in DIGITS:
                starts.append(separator - 1)
    starts.sort()
    for start in starts:
        found = pattern.match(text, start)
        if found is not None:
            yield found


#: An apostrophe and two digits: where a date with a month name and a two-digit year
#: ends (``14 Feb '20``).  One pattern per apostrophe, each opening with its literal,
#: which ``re`` looks for by a fast search (a character class first is tried at every
#: character: ten times slower, a quarter of all the date scans).
_APOSTROPHES = "'’‘"
_APOSTROPHE_YEARS = tuple(
    compile_pattern(f"dates.apostrophe_year.{number}", rf"{mark}[0-9][0-9](?![0-9])", scan=True)
    for number, mark in enumerate(_APOSTROPHES)
)
#: Such a date starts at most this many characters before its apostrophe (a weekday,
#: a day with its ordinal, a month's name with its dot, the spaces between).
_BEFORE_APOSTROPHE = 48


def _scan_apostrophe_years(text: str, g: DateGrammar) -> Iterator[Any]:
    """The dates with a month name and a two-digit year after an apostrophe: the cheap
    scan for the apostrophe and its digits finds where one can end, the grammar's
    pattern reads it in the stretch before (with its time after)."""
    pattern = g.named_two_digit_year
    apostrophes = [
        found.start()
        for mark, scan in zip(_APOSTROPHES, _APOSTROPHE_YEARS)
        if mark in text  # ``in`` is cheaper still than a scan that finds nothing
        for found in scan.finditer(text)
    ]
    apostrophes.sort()
    position = 0
    for apostrophe in apostrophes:
        if apostrophe < position:
            continue
        low = max(position, apostrophe - _BEFORE_APOSTROPHE)
        end = min(len(text), apostrophe + 3 + _AFTER_YEAR)
        for match in pattern.finditer(text, low, end):
            if match.start("year") - 1 == apostrophe:
                position = match.end()
                yield match
                break


def _numeric_match(m: Any, g: DateGrammar, year: int) -> DateMatch | None:
    """The date match of a numeric date ``a/b/year`` with both its readings."""
    gd = m.groupdict()
    a, b = int(gd["a"]), int(gd["b"])
    readings = []
    for month, day in ((a, b), (b, a)) if g.numeric_order == "mdy" else ((b, a), (a, b)):
        date = _make_date(year, month, day)
        if date is not None and date not in readings:
            readings.append(date)
    if not readings:
        return None
    clock, tz = _time(g, gd)
    weekday = _lookup(g.weekdays, gd.get("weekday"))
    hour = gd.get("hour")
    past_twelve = hour is not None and int(hour) > _TWELVE
    return DateMatch(
        m.start(), m.end(), "numeric", tuple(readings), weekday, clock, tz, a, None, past_twelve
    )


#: The last hour of the 12-hour clock.
_TWELVE = 12


def _scan_short(
    text: str, g: DateGrammar, windows: list[tuple[int, int]], names: AsciiNames
) -> Iterator[Any]:
    return _scan_windows(g.short, text, windows, names, short_starts)


def _scan_iso(
    text: str, g: DateGrammar, windows: list[tuple[int, int]], years: list[int]
) -> Iterator[Any]:
    """A year-first date starts at its year, which ``_year_starts`` found (a year with
    no digit before it), in any script."""
    for start, end in windows:
        first = bisect.bisect_left(years, start)
        last = bisect.bisect_left(years, end, first)
        # A separator and a digit follow the year (``2023-09``, ``2023/9``, ``2023.09``,
        # ``2023年9``), or a separator, a space and a digit (``2023. 9.``, ``2023년 9``).
        starts = [
            year
            for year in years[first:last]
            if text[year + _YEAR_LENGTH : year + _YEAR_LENGTH + 1] in _YEAR_FIRST_SEPARATORS
            and (
                text[year + _YEAR_LENGTH + 1 : year + _YEAR_LENGTH + 2] in DIGITS
                or text[year + _YEAR_LENGTH : year + _YEAR_LENGTH + 2] in _SPACED_SEPARATORS
                and text[year + _YEAR_LENGTH + 2 : year + _YEAR_LENGTH + 3] in DIGITS
            )
        ]
        yield from match_at(g.iso, text, end, starts, start)


def _named_match(m: Any, g: DateGrammar, year: int) -> DateMatch | None:
    """The date a month-name match reads, in ``year`` (a four-digit year, or a two-digit
    one after an apostrophe made full), or ``None`` for no such day."""
    gd = m.groupdict()
    month = _lookup(g.months, gd["month"] or gd["month2"])
    day = int(gd["day"] or gd["day2"])
    date = _make_date(year, (month or 0) + 1, day) if month is not None else None
    if date is None:
        return None
    clock, tz = _time(g, gd)
    weekday = _lookup(g.weekdays, gd["weekday"])
    day_first = gd["day"] is not None
    return DateMatch(m.start(), m.end(), "named", (date,), weekday, clock, tz, None, day_first)


def find_dates(text: str, g: DateGrammar, limit: int | None = None) -> Iterator[DateMatch]:
    """Every full date (with a year) in ``text``, in order of position.

    With ``limit``, a text with more four-digit years than that is read only around
    its first and last ``limit // 2`` years (an archive page's hundreds of dates).
    """
    found: list[DateMatch] = []
    windows = _windows(text, g, limit)
    for m in _scan_named(text, g, windows.named):
        gd = m.groupdict()
        named = _named_match(m, g, int(gd["year"] or gd["year2"]))
        if named is not None:
            found.append(named)
    for m in _scan_apostrophe_years(text, g):
        named = _named_match(m, g, _full_year(m.group("year")))
        if named is not None:
            found.append(named)
    for m in _scan_numeric(text, g, windows.numeric):
        numeric = _numeric_match(m, g, int(m.group("year")))
        if numeric is not None:
            found.append(numeric)
    for m in _scan_two_digit_years(text, g):
        numeric = _numeric_match(m, g, _full_year(m.group("year")))
        if numeric is not None:
            found.append(numeric)
    for m in _scan_iso(text, g, windows.iso, windows.years):
        gd = m.groupdict()
        year = int(gd["year"] or gd["year2"])
        month = int(next(gd[f"month{n}"] for n in _ISO_GROUPS if gd[f"month{n}"]))
        day = int(next(gd[f"day{n}"] for n in _ISO_GROUPS if gd[f"day{n}"]))
        date = _make_date(year, month, day)
        if date is None:
            continue
        clock, tz = _time(g, gd)
        if tz is None:
            tz = _iso_offset(gd)
        found.append(DateMatch(m.start(), m.end(), "iso", (date,), None, clock, tz))
    found.sort(key=lambda d: d.start)
    return iter([_with_clock_before(text, g, d) for d in found])


#: A clock written before its date ends at most this many characters before it.
_CLOCK_BEFORE_REACH = 24


def _with_clock_before(text: str, g: DateGrammar, date: DateMatch) -> DateMatch:
    """``date`` with the clock time written just before it ("Published 3:04 PM EST, Tue
    March 5, 2024"), its span then starting at the clock; ``date`` itself when it has
    its time already or none stands there."""
    if date.time is not None or date.kind == "iso":
        return date
    low = max(0, date.start - _CLOCK_BEFORE_REACH)
    if text.find(":", low, date.start) < 0:  # the usual case, without a pattern call
        return date
    clock = g.clock_before.search(text, low, date.start)
    if clock is None:
        return date
    time, tz = _time(g, clock.groupdict())
    return attrs.evolve(date, start=clock.start(), time=time, tz_offset=tz)


def find_short_dates(text: str, g: DateGrammar) -> Iterator[ShortDate]:
    """Every weekday-with-date mention (``Senin (11/9)``, ``Monday, Sept 11``)."""
    # Every short date starts with a weekday name: look only where one stands.
    windows = keyword_windows(text, g.weekdays, 1, _SHORT_AFTER_WEEKDAY)
    names = _ascii_names(g.code)
    found = (
        finditer_in(g.short, text, windows)
        if windows is None or names is None
        else _scan_short(text, g, windows, names)
    )
    for m in found:
        gd = m.groupdict()
        weekday = _lookup(g.weekdays, gd["weekday"])
        if weekday is None:
            continue
        if gd["a"] is not None:
            year_text = gd["year"]
            year = None
            if year_text is not None:
                year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            yield ShortDate(m.start(), m.end(), weekday, int(gd["a"]), int(gd["b"]), year, False)
            continue
        month = _lookup(g.months, gd["month"] or gd["month2"])
        if month is None:
            continue
        day = int(gd["day"] or gd["day2"])
        year_text = gd["year2"] or gd["year3"]
        year = int(year_text) if year_text else None
        yield ShortDate(m.start(), m.end(), weekday, day, month + 1, year, True)
