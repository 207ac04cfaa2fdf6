"""Where a date can start: the places the date patterns of ``dates.py`` are tried.

The date patterns open with optional parts (a weekday, a day), so ``regex`` tries
each of them at every position of a window: about 1-2 microseconds a character.
When a grammar's names are ASCII words and a window's names and digits are ASCII
(``reads_as_ascii``), the places a match can start are plain to see (a word, a digit
run, a year), and the pattern is tried there only, with ``match`` and the window's
end: the matches are the ones ``finditer`` over the window finds.  Each reading here
may name a place where no date starts (a ``match`` call more), never miss one.

A name with a letter beyond ASCII that folds to no ASCII letter (German ``März``,
French ``août``) cannot stand in an ASCII window: a grammar with such names still
takes the ASCII reading without them, in an ASCII window and in any other window
where none of them stands (``AsciiNames.beyond``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from articleparse.patterns import FOLDED_LIKE_ASCII, SafePattern, compile_pattern

__all__ = [
    "AsciiNames",
    "DIGITS",
    "FOLDED_LIKE_ASCII",
    "LOWER_LETTERS",
    "NOT_ASCII_ALIKE",
    "ascii_names_of",
    "match_at",
    "named_starts",
    "numeric_starts",
    "reads_as_ascii",
    "short_starts",
]

#: An ASCII word character, as ``\w`` reads ASCII text.
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
DIGITS = frozenset("0123456789")
_DAY_NOT_AFTER = frozenset("0123456789.")
#: Runs of ASCII letters and runs of ASCII digits: the words a date is made of.
_ASCII_RUNS = compile_pattern("dates.ascii_runs", r"[A-Za-z]++|[0-9]++", scan=True)
_ASCII_LETTER_RUNS = compile_pattern("dates.ascii_letter_runs", r"[A-Za-z]++", scan=True)
#: Where a numeric date's day and month can start: ``a/b/yyyy`` with no digit or
#: separator before it (bounded repetition, a back-reference: no backtracking).
_NUMERIC_CORE = compile_pattern(
    "dates.numeric_core", r"(?<![0-9/.\-])[0-3]?[0-9]([/.\-])[0-3]?[0-9]\1[0-9]{4}", scan=True
)
#: Before a numeric date's day, what may stand between a weekday and it: ``,?[ ]{1,3}\(?``.
_WEEKDAY_GAP = frozenset(", (")
_WEEKDAY_GAP_LENGTH = 5
#: After a weekday: ``\.?,?[ ]{1,3}``; after a day: ``(?:st|nd|rd|th)?\.?[ ]{1,3}``.
_AFTER_WEEKDAY = 5
_DAY_LENGTH = 8


@attrs.frozen
class AsciiNames:
    """A grammar's month and weekday names as the ASCII reading finds them (lower-cased).

    A name is found by its first run of letters: the whole name when it is one word
    (``monday``), its head otherwise (``jum`` of ``Jum'at``)."""

    months: frozenset[str]
    weekdays: frozenset[str]
    month_bytes: frozenset[bytes]  # the same, encoded, for a window's ``bytes`` words
    weekday_bytes: frozenset[bytes]
    weekday_forms: tuple[str, ...]  # whole, for the weekday before a numeric date
    weekday_heads: tuple[str, ...]  # for the weekday that opens a short date
    weekday_head_bytes: tuple[bytes, ...]  # the same, encoded
    #: The whole forms of each first run of letters (``jum``: ``jum'at``, ``jum’at``).
    weekday_by_head: Mapping[str, tuple[str, ...]]
    #: The forms that are one run of letters, and their lengths: such a form may be
    #: glued to a month name (``MondaySept``).
    weekday_words: frozenset[str]
    weekday_word_sizes: tuple[int, ...]
    longest_weekday: int
    #: The farthest a named date's start stands before its month name.
    reach: int
    #: The names left out because no ASCII text can hold them (``März``), lower-cased
    #: (their first words): a window in which one stands is read by the pattern.
    beyond: tuple[str, ...] = ()
    #: The grammar's joiners (Spanish ``de``): a day or a weekday may stand before one
    #: that comes before the month name (``4 de mayo``), as before the name itself.
    joiners: frozenset[str] = frozenset()
    joiner_bytes: frozenset[bytes] = frozenset()


def _readable_name(form: str) -> bool:
    """True for a name the ASCII reading finds: ASCII letters at both ends, no space
    (the pattern would allow any run of spaces there), and in between only ASCII or
    characters without case (``Jum’at``), which ``str.lower`` and ``regex`` leave alike."""
    return (
        form[:1].isascii()
        and form[:1].isalpha()
        and form[-1:].isascii()
        and form[-1:].isalpha()
        and all((c.isascii() or c.lower() == c.upper()) and not c.isspace() for c in form)
    )


def _head(form: str) -> str:
    """The first run of letters of a name, lower-cased."""
    head: str = _ASCII_LETTER_RUNS.findall(form)[0]
    return head.lower()


def _fits_ascii_text(form: str) -> bool:
    """True when ``form`` may match somewhere in an ASCII text: each of its characters
    is ASCII or a letter that ``regex`` folds to an ASCII one (``FOLDED_LIKE_ASCII``)."""
    return form.isascii() or all(c.isascii() or c in FOLDED_LIKE_ASCII for c in form)


def ascii_names_of(
    months: list[str], weekdays: list[str], joiners: Sequence[str] = ()
) -> AsciiNames | None:
    """The reading's names for a grammar's month and weekday forms (and its joiners),
    or None when some form is not one the ASCII reading finds but may stand in an
    ASCII text (or some joiner is not one it finds).

    Forms that cannot stand in an ASCII text (``März``) are left out, and listed in
    ``AsciiNames.beyond``."""
    unread = [form for form in (*months, *weekdays) if not _readable_name(form)]
    if any(map(_fits_ascii_text, unread)) or not all(map(_readable_name, joiners)):
        return None
    if unread:
        months = [form for form in months if _readable_name(form)]
        weekdays = [form for form in weekdays if _readable_name(form)]
    longest = max((len(form) for form in weekdays), default=0)
    words = {form.lower() for form in weekdays if _head(form) == form.lower()}
    month_heads = frozenset(map(_head, months))
    weekday_heads = frozenset(map(_head, weekdays))
    return AsciiNames(
        months=month_heads,
        weekdays=weekday_heads,
        month_bytes=frozenset(head.encode("ascii") for head in month_heads),
        weekday_bytes=frozenset(head.encode("ascii") for head in weekday_heads),
        weekday_forms=tuple(sorted({form.lower() for form in weekdays})),
        weekday_heads=tuple(sorted(weekday_heads)),
        weekday_head_bytes=tuple(sorted(head.encode("ascii") for head in weekday_heads)),
        weekday_by_head={
            head: tuple(sorted({form.lower() for form in weekdays if _head(form) == head}))
            for head in weekday_heads
        },
        weekday_words=frozenset(words),
        weekday_word_sizes=tuple(sorted(set(map(len, words)))),
        longest_weekday=longest,
        reach=longest + _AFTER_WEEKDAY + _DAY_LENGTH,
        beyond=tuple(sorted({form.split()[0].lower() for form in unread})),
        joiners=frozenset(map(_head, joiners)),
        joiner_bytes=frozenset(_head(joiner).encode("ascii") for joiner in joiners),
    )


#: What a window's ASCII reading would miss: those letters and digits of other scripts
#: (``\d``).  Other characters only end words.
NOT_ASCII_ALIKE = compile_pattern(
    "dates.not_ascii_alike", rf"[{FOLDED_LIKE_ASCII}] | (?![0-9])\d", scan=True
)


def reads_as_ascii(text: str, start: int, end: int, names: AsciiNames) -> bool:
    """True when the window's names and digits are ASCII, so its ASCII reading (with
    ``names``) finds every place a date can start.

    A name left out of ``names`` (``März``) is looked for in the lower-cased window:
    ``regex`` matches a letter beyond ASCII, ignoring case, only to letters that
    ``str.lower`` makes alike (``tests/test_dates.py`` checks every code point)."""
    piece = text[start:end]
    if piece.isascii():
        return True
    if NOT_ASCII_ALIKE.search(text, start, end) is not None:
        return False
    return not names.beyond or not any(map(piece.lower().__contains__, names.beyond))


def _word_starts(text: str, position: int) -> bool:
    return position == 0 or text[position - 1] not in _ASCII_WORD


def match_at(
    pattern: SafePattern, text: str, end: int, starts: Iterable[int], position: int
) -> Iterator[Any]:
    """The matches ``pattern.finditer(text, position, end)`` finds, tried only at
    ``starts`` (ascending, every place a match can start)."""
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start, end)
        if match is not None:
            position = match.end()
            yield match


def named_starts(text: str, start: int, end: int, names: AsciiNames) -> list[int]:
    """Where a named date can start in an ASCII window: a day's digits just before a
    month name (``11 September``), a weekday's name a little before one, or a month
    name with a day's digits after it (``Sept. 11``).

    An ASCII window's words are had by C-level calls (a byte table, ``split``, a set
    intersection) and only the few month and weekday names in it are placed with
    ``bytes.find``; a window with other characters is read run by run."""
    piece = text[start:end]
    if not piece.isascii():
        return _named_starts_by_runs(text, start, end, names)
    letters = piece.encode("ascii").translate(LOWER_LETTERS)
    words = set(letters.split())
    month_words = names.month_bytes.intersection(words)
    if not month_words:
        return []
    padded = b" " + letters + b" "
    placed = _places(text, start, padded, month_words)
    if not placed:
        return []
    near = [at for at, length in placed if _day_follows(text, at + length, end)]
    # What a day or a weekday stands before: month names, and joiners (``4 de mayo``).
    anchors = [at for at, _ in placed]
    joiner_words = names.joiner_bytes.intersection(words)
    if joiner_words:
        anchors += (at for at, _ in _places(text, start, padded, joiner_words))
        anchors.sort()
    near += _days_before(text, start, anchors)
    weekday_words = names.weekday_bytes.intersection(words)
    if weekday_words:
        near += (
            at
            for at, _ in _places(text, start, padded, weekday_words)
            if _month_within(anchors, at, names.reach)
        )
    return sorted(set(near))


#: ASCII bytes with every letter lower-cased and every other byte a space: an ASCII
#: text's runs of letters, lower-cased, are then its ``split()``.
LOWER_LETTERS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)
#: A day's digits: one or two, with no digit or dot before them and no digit after.
_DAY_DIGITS = compile_pattern("dates.day_digits", r"(?<![0-9.])[0-9]{1,2}(?![0-9])", scan=True)


def _places(
    text: str, start: int, padded: bytes, words: Iterable[bytes]
) -> list[tuple[int, int]]:
    """Where each of ``words`` (runs of letters of the window ``padded`` was made from,
    lower-cased) stands as a whole run that starts a word, and its length, ascending."""
    found = []
    for word in words:
        needle = b" " + word + b" "
        position = padded.find(needle)
        while position >= 0:
            # ``padded`` has one byte more in front: ``position`` is the word's offset.
            if _word_starts(text, start + position):
                found.append((start + position, len(word)))
            position = padded.find(needle, position + len(word) + 1)
    found.sort()
    return found


def _days_before(text: str, start: int, anchors: list[int]) -> list[int]:
    """A day's digits that start at most ``_DAY_LENGTH`` before a month name (or a
    joiner), inside the window."""
    days: list[int] = []
    for month in anchors:
        low = max(start, month - _DAY_LENGTH)
        days += (day.start() for day in _DAY_DIGITS.finditer(text, low, month))
    return days


def _named_starts_by_runs(text: str, start: int, end: int, names: AsciiNames) -> list[int]:
    """``named_starts`` for a window with characters beyond ASCII, run by run."""
    days: list[int] = []
    weekdays: list[int] = []
    months: list[int] = []
    anchors: list[int] = []  # month names and joiners, as in ``named_starts``
    opening: list[int] = []
    for run in _ASCII_RUNS.finditer(text, start, end):
        at = run.start()
        word = run.group()
        if word[0] in DIGITS:
            # A day: one or two digits with no digit or dot before them.
            if len(word) <= 2 and (at == 0 or text[at - 1] not in _DAY_NOT_AFTER):
                days.append(at)
            continue
        if not _word_starts(text, at):
            continue
        lowered = word.lower()
        if lowered in names.weekdays:
            weekdays.append(at)
        if lowered in names.months:
            months.append(at)
            anchors.append(at)
            if _day_follows(text, run.end(), end):
                opening.append(at)
        elif lowered in names.joiners:
            anchors.append(at)
    if not months:
        return []
    near = [*opening]
    near += (at for at in days if _month_within(anchors, at, _DAY_LENGTH))
    near += (at for at in weekdays if _month_within(anchors, at, names.reach))
    return sorted(near)


def _month_within(months: list[int], at: int, reach: int) -> bool:
    """True when a month name starts in ``[at, at + reach]``."""
    following = bisect.bisect_left(months, at)
    return following < len(months) and months[following] - at <= reach


def _day_follows(text: str, position: int, end: int) -> bool:
    """True when ``\\.?[ ]{1,3}`` and one or two digits follow ``position`` (before
    ``end``): the day after a month name."""
    if text[position : position + 1] == ".":
        position += 1
    spaces = 0
    while spaces < 3 and text[position + spaces : position + spaces + 1] == " ":
        spaces += 1
    digits = 0
    while position + spaces + digits < end and text[position + spaces + digits] in DIGITS:
        digits += 1
    return spaces > 0 and 0 < digits <= 2


def numeric_starts(text: str, start: int, end: int, names: AsciiNames) -> list[int]:
    """Where a numeric date can start in an ASCII window: at its day-and-month digits,
    or at a weekday's name just before them."""
    candidates: list[int] = []
    for core in _NUMERIC_CORE.finditer(text, start, end):
        at = core.start()
        gap_start = at
        while (
            at - gap_start < _WEEKDAY_GAP_LENGTH
            and gap_start > start
            and text[gap_start - 1] in _WEEKDAY_GAP
        ):
            gap_start -= 1
        if gap_start < at:
            before = text[max(start, gap_start - names.reach) : gap_start].lower()
            if before.endswith(names.weekday_forms):  # one C-level test for the common "no"
                candidates.extend(
                    gap_start - len(form) for form in names.weekday_forms if before.endswith(form)
                )
        candidates.append(at)
    candidates.sort()
    return candidates


def short_starts(text: str, start: int, end: int, names: AsciiNames) -> list[int]:
    """Where a short date can start in an ASCII window: a word opening with a weekday's
    name that a day's digits or a month name follow (``Senin (11/9)``, ``Monday, Sept``)."""
    starts = []
    for at, run in _weekday_runs(text, start, end, names):
        opening = text[at : min(end, at + names.longest_weekday)].lower()
        # A form whose first run of letters is the whole run, then the date after the
        # form; or a form glued to a month name (``MondaySept``), the rest of the run.
        if _glued_to_month(run, names) or any(
            opening.startswith(form) and _date_follows(text, at + len(form), end, names)
            for form in names.weekday_by_head.get(run, ())
        ):
            starts.append(at)
    return starts


def _glued_to_month(run: str, names: AsciiNames) -> bool:
    """True when the run of letters ``run`` (lower-cased) is a weekday's name of one run
    of letters and a month name, glued (``mondaysept``)."""
    return any(
        run[:size] in names.weekday_words and run[size:] in names.months
        for size in names.weekday_word_sizes
        if size < len(run)
    )


def _may_open_short_date(run: str, names: AsciiNames) -> bool:
    """True when a short date can start at a run of letters ``run`` (lower-cased): it is
    the first run of letters of a weekday's name, or one glued to a month name."""
    return run in names.weekdays or _glued_to_month(run, names)


def _weekday_runs(text: str, start: int, end: int, names: AsciiNames) -> list[tuple[int, str]]:
    """Where a run of ASCII letters that starts a word in the window may open a short
    date (``_may_open_short_date``), and the run, lower-cased, ascending.

    In an ASCII window, the window's distinct runs are had by C-level calls (a byte
    table, ``split``), and only those that open with a weekday's name are judged and
    placed (``_places``); a window with other characters is read run by run."""
    piece = text[start:end]
    if piece.isascii():
        letters = piece.encode("ascii").translate(LOWER_LETTERS)
        opening = names.weekday_head_bytes
        words = [
            word
            for word in set(letters.split())
            if word.startswith(opening) and _may_open_short_date(word.decode("ascii"), names)
        ]
        if not words:
            return []
        placed = _places(text, start, b" " + letters + b" ", words)
        return [(at, text[at : at + size].lower()) for at, size in placed]
    found = []
    for match in _ASCII_LETTER_RUNS.finditer(text, start, end):
        run = match.group().lower()
        if (
            run.startswith(names.weekday_heads)
            and _may_open_short_date(run, names)
            and _word_starts(text, match.start())
        ):
            found.append((match.start(), run))
    return found


#: Between a weekday and its short date: ``,?[ ]{0,3}\(?[ ]?``.
_SHORT_GAP = frozenset(", (")
_SHORT_GAP_LENGTH = 6


def _date_follows(text: str, position: int, end: int, names: AsciiNames) -> bool:
    """True when, after what may stand between a weekday and its date, a digit or a
    month name (cut at ``end``, as the pattern sees it) follows ``position``."""
    limit = min(end, position + _SHORT_GAP_LENGTH)
    while position < limit and text[position] in _SHORT_GAP:
        position += 1
    if position >= end:
        return False
    if text[position] in DIGITS:
        return True
    month = _ASCII_LETTER_RUNS.match(text, position, end)
    return month is not None and month.group().lower() in names.months
