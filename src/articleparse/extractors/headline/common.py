"""What the headline rules share: limits, patterns, the result record and line tests."""

from __future__ import annotations

import itertools
from typing import Any

import attrs

# The menu signal of a web page (``MENU_LINES`` ...) is defined with the article core,
# which reads it too and imports no extractor.
from articleparse.extractors.core import MENU_LINES as MENU_LINES
from articleparse.extractors.core import MENU_WORDS as MENU_WORDS
from articleparse.extractors.core import MIN_MENU_ITEMS as MIN_MENU_ITEMS
from articleparse.lines import Line
from articleparse.model import Headline, Removal
from articleparse.patterns import compile_pattern

#: A first line longer than this (characters or words) is body text, not a title.
MAX_TITLE_CHARS = 300
MAX_TITLE_WORDS = 40
#: A site name after a separator is at most this many words.
MAX_SITE_WORDS = 5
#: A date line is short; a heading has a few words.
MAX_DATE_LINE_WORDS = 14
MIN_HEADING_WORDS = 2
#: Words of at least this many letters count as shared with the title.
MIN_SHARED_LETTERS = 4
#: The characters of a separator standing alone between the parts of a line.
_SEPARATOR_CHARS = "|-–—:·»>/\\•"
#: What stands between the parts of a page title (``Heading | Section | Site``).  Only
#: literal characters, each alternative starting with its own: it cannot backtrack, so
#: it runs on ``re`` without the timeout's cost per call (``patterns.ScanPattern``), a
#: saving on the headline rules' many calls over short lines.
TITLE_SEPARATOR = compile_pattern(
    "headline.separator",
    r"""\x20 (?: \| | [-–—] | :: | · | » | > | / | \\ ) \x20""",
    scan=True,
)
_WORD = compile_pattern("headline.word", r"\w{1,100}+")
#: A date or a time as pages print them under a heading, in figures so that it reads
#: in any language (``25.01.2022``, ``2022-01-25``, ``1/25/22``, ``25. Januar 2022``,
#: ``January 25, 2022``, ``14:47``); a year may run into the next date or a time
#: (``21. Januar 202221. Januar 2022``: published and updated, printed glued).
_DATE = compile_pattern(
    "headline.date",
    r"""\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b
      | \b\d{4}-\d{2}-\d{2}
      | \b\d{1,2}/\d{1,2}/\d{2,4}\b
      | \b\d{1,2}\.?\s\w{3,12}\.?,?\s\d{4}(?:\b|(?=\d{1,2}[./:]))
      | \b\w{3,12}\.?\s\d{1,2},?\s\d{4}(?:\b|(?=\d{1,2}[./:]))
      | \b\d{1,2}:\d{2}\b""",
)


#: ASCII digits: the only figures an ASCII text can hold.
_ASCII_DIGIT = compile_pattern("headline.ascii_digit", r"[0-9]", scan=True)


def find_date(text: str) -> Any:
    """``_DATE.search(text)``; every date form holds a figure, so an ASCII text without
    a digit (most lines) is answered without the pattern call and its timeout's cost.

    So is a text of other scripts in which no character is a decimal digit and none is
    unassigned (``str.isprintable`` is False for those): ``regex`` may know a later
    Unicode version than ``str.isdecimal``, whose new digits are unassigned ones here.
    """
    if text.isascii():
        if _ASCII_DIGIT.search(text) is None:
            return None
    elif text.isprintable() and not any(map(str.isdecimal, text)):
        return None
    return _DATE.search(text)


@attrs.frozen
class HeadlineResult:
    headline: Headline | None = None
    removals: tuple[Removal, ...] = ()
    first_body_line: int = 0
    #: The web page's article core (first and last non-blank line) as the headline
    #: step read it, for the boilerplate step; ``core_read`` is False when it was not.
    core: tuple[int, int] | None = None
    core_read: bool = False


def fold(value: str) -> str:
    """Whitespace runs folded to one space, ends trimmed."""
    return " ".join(value.split())


def word_set(value: str) -> set[str]:
    # ``findall`` (no group: the whole matches) builds no match object per word.
    return set(map(str.casefold, _WORD.findall(value)))


def folded_words(value: str) -> list[str]:
    """The words of ``value``, case-folded, in order."""
    return _WORD.findall(value.casefold())


def mostly_caps(value: str) -> bool:
    # filter() and map() over str methods count at C speed, with no frame per character.
    letters = "".join(filter(str.isalpha, value))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def menu_item(lines: list[Line], k: int) -> bool:
    """``lines[k]`` stands among short lines as long as itself: an item of a menu."""
    if k == 0 or k + 1 >= len(lines):
        return False
    size = max(MENU_WORDS, len(lines[k].text.split()))
    after = lines[k + 1].text
    if find_date(after) is not None or not any(map(str.isalpha, after)):
        return False  # a date or figures under it: the heading's byline block
    return all(len(lines[j].text.split()) <= size for j in (k - 1, k + 1))


def heading_shape(text: str) -> bool:
    """A line that can be a heading: a few words, not a sentence's end, not a date."""
    words = len(text.split())
    if not MIN_HEADING_WORDS <= words <= MAX_TITLE_WORDS * 3 // 4 or text[-1] in ".:,;":
        return False
    letters = sum(map(str.isalpha, text))
    if letters < 0.6 * (len(text) - text.count(" ")):
        return False
    return find_date(text) is None


def breadcrumb(text: str) -> bool:
    """A trail of links (``Home » News » Sport``, ``home / Betrieb / IT``), no heading."""
    return len(list(itertools.islice(TITLE_SEPARATOR.finditer(text), 2))) >= 2


def short_dated_line(line: Line) -> bool:
    """A short line with a date: separators between its parts (``01.12.2022 / News /
    Solar``) are no words."""
    chunks = line.text.split()
    separators = sum(1 for chunk in chunks if not chunk.strip(_SEPARATOR_CHARS))
    return len(chunks) - separators <= MAX_DATE_LINE_WORDS and find_date(line.text) is not None


def plain_heading(line: Line, site: set[str]) -> bool:
    """A heading-shaped line that is neither the site's name nor a trail of links."""
    text = fold(line.text)
    if ". " in text:
        return False  # two sentences: a teaser or a caption
    return heading_shape(text) and text.casefold() not in site and not breadcrumb(text)
