"""The heading printed just above a web page's article core, with its date."""

from __future__ import annotations

from articleparse.extractors.headline.common import (
    MAX_SITE_WORDS,
    MENU_LINES,
    MENU_WORDS,
    MIN_HEADING_WORDS,
    MIN_SHARED_LETTERS,
    breadcrumb,
    short_dated_line,
    heading_shape,
    menu_item,
    plain_heading,
    word_set,
    fold,
)
from articleparse.lines import Line, filled_lines, folded_lines

#: How many lines above a web page's article core to search for its dated heading,
#: and how many lines under the heading the date line may stand.
DATED_HEADING_LINES = 6
DATE_BELOW = 3
DATE_ABOVE = 1
#: How far over the line right above the article core a dated heading with this many
#: of the title's words is looked for, when the page title is printed nowhere.
FAR_HEADING_LINES = 40
FAR_SHARED_WORDS = 2
#: A heading under a kicker is shorter than this; a longer line is a teaser.
MAX_KICKED_WORDS = 10
#: A heading stands under short lines (menus, a date, a kicker): a line of this many
#: words over it is prose.
MAX_WORDS_OVER_HEADING = 10
#: A line opening with one of these (or a small letter or a figure) goes on with the
#: sentence of the line over it.
SENTENCE_GOES_ON = ",.;:"
#: A line of this many words or more is prose (where a page's article core is not found).
MIN_PROSE_WORDS = 15


def first_prose(filled: list[Line]) -> int | None:
    """The first line of prose under the title of a page too short for an article core."""
    for k, line in enumerate(filled[1:MENU_LINES * 2], 1):
        if len(line.text.split()) >= MIN_PROSE_WORDS:
            return k
    return None


def dated_heading(
    filled: list[Line],
    first: int,
    title: str,
    title_line: str,
    site: set[str],
    printed_at: int = -1,
    page: str = "",
) -> Line | None:
    """The heading printed just above a web page's article with its date under it.

    A page title is often written for search engines and differs from the heading
    the article itself shows.  When the title is not printed near the article, the
    closest line above the article core that has a heading's shape, a date or time
    among the few lines under it (the byline block) and two words of the title (its
    one word, if it has one; none when the title has one word) is the article's own
    heading; so is the line right above the core when at least two and half of its
    words are the title's.  A date on the line over the heading counts when no line
    has one under it; the core's first line counts when it has a heading's shape (a
    heading that reads like a sentence); a trail of links (``Home » News » ...``)
    never does.  When the title is printed, as a line of its own or opening a heading,
    as a kicker of a few words right over such a dated line (or over a heading right
    above the core with a word of the title line), that line is the heading.  When the
    title is printed nowhere on the page (``page``, the whole text), it was written for
    search engines only, and the heading-shaped line right above the core is the
    heading the page shows, unless a dated heading with the title's words stands
    further up.
    """
    wanted = fold(title).casefold()
    near = filled[max(1, first - DATED_HEADING_LINES - 2) : first + 1]
    for j, line in enumerate(near):
        printed = fold(line.text)
        if (
            line.number == printed_at
            or printed.casefold() == wanted
            or (printed.casefold().startswith(wanted) and heading_shape(printed))
        ):
            # The title is printed as the heading (a subtitle may follow it), or as
            # the kicker over it: a few words, then the heading and its date.
            return _kicker_heading(near[j:], filled, first, title_line) or _section_heading(
                filled, first, near[j:], wanted, site
            )
    title_words = {w for w in word_set(title) if len(w) >= MIN_SHARED_LETTERS}
    line_words = {w for w in word_set(title_line) if len(w) >= MIN_SHARED_LETTERS}
    # A date printed over the heading counts when no heading has a date under it.
    over: Line | None = None
    for k in range(first, max(0, first - DATED_HEADING_LINES - 1), -1):
        line = filled[k]
        text = fold(line.text)
        if not heading_shape(text) or text.casefold() in site or breadcrumb(text):
            continue
        words = {w for w in word_set(text) if len(w) >= MIN_SHARED_LETTERS}
        shared = len(words & (title_words | line_words))
        enough = shared >= min(2, len(words), len(title_words) - 1)
        # The core may start at its heading when the heading reads like a sentence.
        until = first if k < first else k + 1 + DATE_BELOW
        if enough and any(short_dated_line(below) for below in filled[k + 1 : min(until, k + 1 + DATE_BELOW)]):
            return line
        if k == first - 1 and shared >= max(2, len(words) / 2):
            return line
        if enough and over is None and any(short_dated_line(above) for above in filled[max(1, k - DATE_ABOVE) : k]):
            over = line
    if over is None and page and first >= 2:
        return _unprinted_title_heading(
            filled, first, fold(title), wanted, title_words | line_words, site, page
        )
    return over


def _unprinted_title_heading(
    filled: list[Line],
    first: int,
    printed: str,
    wanted: str,
    title_words: set[str],
    site: set[str],
    page: str,
) -> Line | None:
    """The heading right above the core of a page whose title is printed nowhere.

    Such a title was written for search engines; the page shows its own heading right
    above the article, under short lines (menus, a date), or a few lines higher with a
    date under it (the byline block).  When the line over it is heading-shaped too and
    shares more of the title's words, the lower line is the subtitle and the upper one
    the heading.  No heading when a line of prose stands over it or the article's
    first line goes on with its sentence.
    """
    at = first - 1
    if not plain_heading(filled[at], site):
        lowest = max(0, first - 1 - DATED_HEADING_LINES)
        at = next((k for k in range(first - 2, lowest, -1) if _dated_under(filled, k, first, site)), 0)
        if not at:
            return None
    elif _continued(filled[first]):
        return None  # the core goes on with the line's sentence: no heading
    if _printed_after_title_line(page, printed, wanted, cheap=True):
        return None
    over = at >= 2 and plain_heading(filled[at - 1], site)
    if over and _shared(filled[at - 1], title_words) > _shared(filled[at], title_words):
        at -= 1
    if len(filled[at - 1].text.split()) >= MAX_WORDS_OVER_HEADING:
        return None  # prose over the line: the article began earlier, this is inside it
    if _printed_after_title_line(page, printed, wanted, cheap=False):
        return None
    own_words = {w for w in word_set(printed) if len(w) >= MIN_SHARED_LETTERS}
    return _far_dated_heading(filled, at, own_words, site) or filled[at]


def _far_dated_heading(
    filled: list[Line], at: int, title_words: set[str], site: set[str]
) -> Line | None:
    """A heading further up than ``filled[at]`` with a date under it and the title's words
    (``title_words``: the title's own, not the site's name, which a byline holds too).

    Between a page's heading block (heading, byline, date) and the article there may
    stand a video player's playlist or a gallery: the line right above the article is
    then one of its items.  The closest plain heading within ``FAR_HEADING_LINES`` lines
    over it that has a short date line among the ``DATE_BELOW`` lines under it and
    ``FAR_SHARED_WORDS`` words of the title is the article's heading.
    """
    lowest = max(0, at - FAR_HEADING_LINES)
    # Each line's date test once (most lines hold no figure: no pattern call), then the
    # word tests only on the lines with a date line under them.
    dated = [k for k in range(lowest + 1, min(at + DATE_BELOW, len(filled))) if short_dated_line(filled[k])]
    for k in range(at - 1, lowest, -1):
        if not any(k < d <= k + DATE_BELOW for d in dated):
            continue
        line = filled[k]
        if _shared(line, title_words) >= FAR_SHARED_WORDS and plain_heading(line, site):
            return line
    return None


def _printed_after_title_line(page: str, printed: str, wanted: str, cheap: bool) -> bool:
    """Whether the title (``printed``: whitespace folded; ``wanted``: also case-folded)
    stands in ``page`` after its first filled line, whitespace and case folded.

    ``cheap``: only the test that costs no folding of the page, which is enough when
    it says True (``False`` then says nothing).  A title written as it is printed
    (single spaces, no line end) is in the folded page where it stands: folding the
    case goes character by character, and the spaces between its words are single
    already.  Case-folding a page that is not plain ASCII costs about as much as the
    rest of the headline rules, and most titles are printed as they are.
    """
    rest = filled_lines(page)[1].start
    if cheap:
        return page.find(printed, rest) >= 0
    # The page after its title line, whitespace folded (the folded forms of the page's
    # filled lines are made once for the page).
    return wanted in " ".join(folded_lines(page)[1:])


def _dated_under(filled: list[Line], k: int, first: int, site: set[str]) -> bool:
    """``filled[k]`` is a plain heading with a date among the lines under it, above the
    core, and none right over it."""
    if len(filled[k].text.split()) <= MIN_HEADING_WORDS:
        return False  # two words over a date are a category or a name, no heading
    if short_dated_line(filled[k - 1]):
        return False  # dates over and under: an item of a list of dated links
    below = filled[k + 1 : min(first, k + 1 + DATE_BELOW)]
    return plain_heading(filled[k], site) and any(short_dated_line(line) for line in below)


def _continued(line: Line) -> bool:
    """``line`` goes on with the sentence of the line over it."""
    opening = line.text.lstrip()[:1]
    return opening.islower() or opening.isdigit() or opening in SENTENCE_GOES_ON


def _shared(line: Line, title_words: set[str]) -> int:
    """How many words of ``line`` (of ``MIN_SHARED_LETTERS`` letters or more) the title has."""
    return sum(1 for w in word_set(line.text) if len(w) >= MIN_SHARED_LETTERS and w in title_words)


def _section_heading(
    filled: list[Line], first: int, near: list[Line], wanted: str, site: set[str]
) -> Line | None:
    """The heading under a short title printed near the article only in a menu.

    A title of a few words printed only as an item of a menu (the lines over and under
    it as short) is the name of the page's section: the article's heading is the
    closest line of more words under it with a date among the lines under it, or,
    when the menu goes on under the title, the line right above the article.
    """
    if len(wanted.split()) > MENU_WORDS:
        return None
    at = [filled.index(line) for line in near if fold(line.text).casefold() == wanted]
    if not at or not all(menu_item(filled, k) for k in at):
        return None
    below = range(at[-1] + 1, first)
    menu_goes_on = sum(1 for k in below if len(filled[k].text.split()) <= MENU_WORDS) >= 2
    for k in reversed(below):
        line = filled[k]
        if len(line.text.split()) <= MENU_WORDS or not plain_heading(line, site):
            continue
        if any(short_dated_line(under) for under in filled[k + 1 : min(first, k + 1 + DATE_BELOW)]):
            return line
        if k == first - 1 and menu_goes_on:
            return line
    return None


def _kicker_heading(
    lines: list[Line], filled: list[Line], first: int, title_line: str
) -> Line | None:
    """The heading under a kicker: ``lines[0]`` is a few words, ``lines[1]`` a short
    heading with a date among the lines under it, before the article core starts.

    With no date, a heading right above the article's first line counts when it has a
    word of the page's title line (``title_line``): a site whose title names the section
    (``Our history - Site``) prints that name over the article's own heading.  A teaser
    under a short heading shares none of its words most often, and is longer or ends
    as a sentence.
    """
    if len(lines) < 2 or len(lines[0].text.split()) > MAX_SITE_WORDS - 1:
        return None
    heading = lines[1]
    text = fold(heading.text)
    words = len(text.split())
    if not len(lines[0].text.split()) < words < MAX_KICKED_WORDS or not heading_shape(text):
        return None  # a longer line under the title is its teaser
    k = filled.index(heading)
    if k + 1 == first and _shared(heading, word_set(title_line)):
        return heading
    if not any(short_dated_line(below) for below in filled[k + 1 : min(first, k + 1 + DATE_BELOW)]):
        return None
    return heading
