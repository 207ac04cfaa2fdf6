"""Lines of a text with their offsets: most layout rules think in lines."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from itertools import accumulate, count, filterfalse, repeat
from operator import add, attrgetter, methodcaller, not_, or_
from typing import NamedTuple

from articleparse.text import known_plain_whitespace


__all__ = [
    "Line", "split_lines", "line_at", "non_blank", "filled_lines", "word_counts", "folded_lines",
    "plain_spacing", "count_short",
]


class Line(NamedTuple):
    """One line: ``text`` is ``source[start:end]`` without the newline.

    A named tuple rather than an attrs class: an article has hundreds of lines and
    building a tuple costs a third of building a frozen attrs instance.
    """

    number: int  # the line's position among the lines, from 0
    start: int
    end: int
    text: str
    #: nothing but whitespace (a field, not a property: layout rules ask it of every
    #: line many times over)
    blank: bool

    @property
    def stripped_start(self) -> int:
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def stripped_end(self) -> int:
        return self.end - (len(self.text) - len(self.text.rstrip()))


#: Builds a ``Line`` from its fields in order, without the Python-level ``__new__`` that
#: ``Line(...)`` runs: a third less per line, and an article has hundreds.
_new = tuple.__new__


@functools.lru_cache(maxsize=8)
def split_lines(text: str) -> list[Line]:
    """``text`` cut at ``\\n``; the offsets of every line point into ``text``.

    Several steps read the same article's lines: the last few texts' lines are
    cached (treat the returned list as read-only).

    >>> [(l.start, l.end, l.text) for l in split_lines("ab\\n\\ncd")]
    [(0, 2, 'ab'), (3, 3, ''), (4, 6, 'cd')]
    """
    # Every field in C-level passes (an article has hundreds of lines): each line
    # starts one past the end of the one before it.
    pieces = text.split("\n")
    lengths = list(map(len, pieces))
    starts = list(accumulate(map((1).__add__, lengths), initial=0))
    ends = map(add, starts, lengths)
    blanks = map(or_, map(not_, pieces), map(str.isspace, pieces))
    fields = zip(count(), starts, ends, pieces, blanks)
    return list(map(_new, repeat(Line), fields))


def line_at(lines: Sequence[Line], offset: int) -> Line:
    """The line holding ``offset``."""
    index = bisect.bisect_right(lines, offset, key=_start) - 1
    return lines[max(index, 0)]


def _start(line: Line) -> int:
    return line.start


def non_blank(lines: Sequence[Line]) -> list[Line]:
    return [line for line in lines if not line.blank]


#: ``Line.text`` and ``Line.blank`` as C-level functions, for ``map`` and ``filterfalse``.
_text = attrgetter("text")
_blank = attrgetter("blank")


@functools.lru_cache(maxsize=8)
def plain_spacing(text: str) -> bool:
    """Whether every line of ``text`` is blank or has its words set apart by single
    spaces, with no space at either end and no other whitespace than spaces and line
    ends (as crawled web pages mostly come).

    Then a line's words are its spaces and one, its folded form is itself, and a blank
    line is an empty one: facts of every line are had without cutting it into words.
    A text ``normalize`` returned holds no other whitespace than tabs
    (``known_plain_whitespace``); any other is read whole (``str.isprintable`` is
    False for every whitespace character but the space), at the cost of cutting it
    into lines.
    """
    if (
        "  " in text
        or " \n" in text
        or "\n " in text
        or text[:1] == " "
        or text[-1:] == " "
    ):
        return False
    if known_plain_whitespace(text):
        return "\t" not in text
    return text.replace("\n", "").isprintable()


def count_short(lines: Iterable[Line], most: int) -> int:
    """How many of ``lines`` have at most ``most`` words.

    Each line is cut into ``most + 1`` pieces at most (``str.split`` with a limit), so
    a long line of prose costs no more than a short one.
    """
    pieces = map(methodcaller("split", None, most), map(_text, lines))
    return sum(map(most.__ge__, map(len, pieces)))


@functools.lru_cache(maxsize=8)
def filled_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, cached like ``split_lines`` (read-only).

    The layout rules (headline, boilerplate) read a page as its filled lines, and
    ``word_counts`` and ``folded_lines`` describe these same lines, index for index.
    """
    return list(filterfalse(_blank, split_lines(text)))


@functools.lru_cache(maxsize=8)
def word_counts(text: str) -> list[int]:
    """How many whitespace-separated words each of ``filled_lines(text)`` has.

    Several rules of several steps count the words of every line of a web page: the
    counts are made once, in C-level ``map`` passes, and without cutting the lines into
    words when their spacing is plain (``plain_spacing``).
    """
    texts = map(_text, filled_lines(text))
    if plain_spacing(text):
        return list(map((1).__add__, map(str.count, texts, repeat(" "))))
    return list(map(len, map(str.split, texts)))


@functools.lru_cache(maxsize=8)
def folded_lines(text: str) -> list[str]:
    """Each of ``filled_lines(text)`` with its whitespace runs folded to one space, ends
    trimmed, and case-folded: how the headline rules compare lines with a title.

    Case folding maps no character to or from whitespace, so folding the case first
    and the spaces after gives what the other order gives; with plain spacing
    (``plain_spacing``) a filled line is a non-empty one and is folded already.
    """
    if plain_spacing(text):
        return list(filter(None, text.casefold().split("\n")))
    lines = map(str.casefold, map(_text, filled_lines(text)))
    return list(map(" ".join, map(str.split, lines)))
