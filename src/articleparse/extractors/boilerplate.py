"""Boilerplate of crawled web pages: the menus before the article, the furniture after it.

A crawler's text extract of a web page holds the article between the page's
furniture: menus and breadcrumbs at the top, share buttons, tag and related-link
lists, comments, newsletter and cookie boxes and the footer at the bottom.  The rules
read layout, so that they work in any language, and one list of words per language:

- **The page gate.**  Only a text that looks like a crawled web page is touched:
  among its first ``MENU_LINES`` filled lines at least ``MIN_MENU_ITEMS`` have at most
  ``MENU_WORDS`` words (the headline step's menu signal), and at least
  ``MIN_MENU_BEFORE`` of them stand before the article core.  A news article as an
  agency or a dataset hands it over has no menus, and a list inside an article comes
  after its first paragraphs: both are left alone.
- **The article core** (``articleparse.extractors.core``, which the headline step
  reads too).  A filled line of at least ``LONG_PROSE_WORDS`` words, or of
  at least ``PROSE_WORDS`` words ending like a sentence, scores its words; any other
  line costs 1, 2, then 3 (``SHORT_COST``, ``MAX_RUN_COST``) as its run of such lines
  grows.  The best-scoring stretch (a maximum subarray, as in Finn, Kushmerick and
  Smyth's *body text extraction*) is the article core; a page whose core scores under
  ``MIN_CORE`` words is left alone (a product table, a results list: no article to
  keep apart from its furniture).
- ``boilerplate.before_article``: the last line before the core, or the core's first
  line, that prints the page's title again (the first line, one of its parts between
  `` | `` or `` - ``, or the heading the headline step chose) is the article's own
  heading: everything from the line after the title line to that heading is menus
  and breadcrumbs.  Pages print the title several times over the article (at the
  top, in a breadcrumb, as the heading); a later repeat is taken only while the lines
  since the last heading hold fewer than ``MAX_PROSE_ABOVE_HEADING`` words of prose
  (a repeat under teasers' prose heads a teaser; a repeat of the site's part alone,
  its logo, heads nothing).  Without such a heading, the menus end with the last run
  of ``MIN_MENU_RUN`` menu-like lines (fewer than ``PROSE_WORDS`` words, no sentence's
  end) that ends at most ``MAX_MENU_GAP`` lines over the core: the short lines from the
  title line's next to that run go (longer ones, a standfirst or a teaser, stay),
  unless they hold ``MAX_PROSE_ABOVE_HEADING`` words of prose or the core's prose does
  not outweigh them.
- ``boilerplate.after_article``: after the core, the first run of at least ``RUN``
  consecutive lines shorter than ``PROSE_WORDS`` words that is long (``LONG_RUN``
  lines) or holds ``MIN_REPEATED`` lines printed elsewhere on the page too (menus and
  related links are printed twice) starts the furniture: from there to the end of
  the page is left out.  A list inside or right after the article (a recipe's
  ingredients, facts in a box, short answers of an interview) is not such a run
  unless it repeats the page's own lines.  A furniture heading (``[furniture]`` in
  any language's ``debris.toml``: ``Leave a Reply``, ``Berita Terkait``; site
  templates mix languages) starts the furniture earlier, once most of the core's
  prose stands before it: comments and related stories can be prose that the core
  runs through.  Closing headings (``[closing]``: ``Comments``, ``Post navigation``)
  head no box inside an article: once ``MIN_CORE`` words and a quarter of the core's
  prose stand before one, it ends the article.  A copyright line (``©`` or a
  ``[copyright]`` mark, then a year on the line) ends it as a furniture heading does.
  A closing heading followed on its line by the link that cancels a reply
  (``[cancel_reply]``: ``Leave a Reply Cancel reply``) is that heading.  On a web page
  without an article core (a photo diary, a post under few menus), a closing heading
  with ``MIN_CORE`` words and a quarter of the page's prose before it still ends the
  article.
- A list of dated items under the article (comments under a name and a date,
  teasers of other stories over a byline and a date) is prose that the core runs
  through: ``MIN_ITEMS`` short lines of one shape with a date in them (numbers
  folded: ``June 4, 2024 at 1:10 pm``), each 2 to ``MAX_ITEM_LINES`` lines under the
  one before, end the article (with the short lines right over the first), once
  ``MIN_CORE`` words of the core's prose stand before them and more than after the
  list.  Dates on consecutive lines (a table) and bare times (a live blog) do not
  count; relative dates do (``2 days ago``, ``32M ago``, ``5 jam yang lalu``: a number,
  a unit, a ``[relative_date]`` word).  The list goes on past a long item (a comment)
  holding less prose than the article.
- An author's note (``Jane Roe is a senior writer for ...``: a name at the line's
  start, an ``[author_bio]`` link and role) ends the article as a furniture heading
  does, once most of the core's prose stands before it.

Spans cover whole lines; blank lines between them are kept out of the removals.

>>> from articleparse.extractors.headline import extract_headline
>>> menu = "\\n".join(f"Item {i}" for i in range(12))
>>> prose = "\\n".join(["A sentence long enough to count as a line of prose. " * 5] * 3)
>>> page = f"Title | Site\\n{menu}\\nTitle\\n{prose}\\nMore\\n{menu}\\n"
>>> [r.rule for r in find_boilerplate(page, None, extract_headline(page))]
['boilerplate.before_article', 'boilerplate.after_article']
>>> find_boilerplate(prose, None, extract_headline(prose))
()
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, compress
from operator import and_, attrgetter, methodcaller

from articleparse.extractors.core import (
    MIN_CORE,
    PROSE_WORDS,
    _prose_weights,
    _weights,
    article_core,
    looks_like_web_page,
)
from articleparse.extractors.debris import (
    closing_headings,
    copyright_marks,
    fold_line,
    fold_lines,
    furniture_headings,
)
from articleparse.extractors.headline import TITLE_SEPARATOR, HeadlineResult
from articleparse.languages import Language, available, load
from articleparse.lines import Line, filled_lines, plain_spacing, word_counts
from articleparse.model import Removal, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["article_core", "find_boilerplate", "looks_like_web_page"]

#: A run of this many short lines after the core may start the footer ...
RUN = 4
#: ... when it is this long ...
LONG_RUN = 20
#: ... or holds this many lines printed elsewhere on the page too.
MIN_REPEATED = 2

_WORD = compile_pattern("boilerplate.word", r"\w{1,100}+")

#: ``Line.text`` and ``Line.end`` as C-level functions, for ``map`` and ``bisect``.
_text = attrgetter("text")
_end = attrgetter("end")


def _lines_holding(texts: list[str], lo: int, needles: Iterable[str]) -> list[int]:
    """``lo`` plus the index of each of ``texts`` that holds one of the case-folded
    ``needles`` (once per needle), found by ``str.find`` in the texts joined and
    case-folded at once: a page's lines are not visited one by one in Python."""
    joined = "\n".join(texts).casefold()
    found = []
    for needle in needles:
        line, counted = lo, 0
        at = joined.find(needle)
        while at >= 0:
            line += joined.count("\n", counted, at)
            found.append(line)
            counted = joined.find("\n", at)
            if counted < 0:
                break
            at = joined.find(needle, counted)
    return found


def _tokens(value: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(value.casefold()))


def _heading(text: str, headline: HeadlineResult, before: int) -> int | None:
    """The last line up to ``before`` that repeats the page's title: the article's heading.

    A repeat past ``MAX_PROSE_ABOVE_HEADING`` words of prose since the last heading
    (the title or the headline printed again) is passed over, and so is every later one.
    """
    filled = filled_lines(text)
    title = filled[0].text
    wanted = {_tokens(title)}
    if headline.headline is not None:
        wanted.add(_tokens(headline.headline.text))
    for separator in TITLE_SEPARATOR.finditer(title):
        for part in (title[: separator.start()], title[separator.end() :]):
            if len(part.split()) >= 3:
                wanted.add(_tokens(part))
    wanted.discard(())
    longest = max((len(w) for w in wanted), default=0)
    shortest = min((len(w) for w in wanted), default=0)
    at = headline.headline.span.start if headline.headline is not None else -1
    # A line whose words are one of ``wanted`` holds that one's longest word in its
    # case-folded text: a substring test that spares the pattern call on most lines.
    keys = {max(w, key=len) for w in wanted}
    counts = word_counts(text)
    prose = _prose_weights(text)
    headings = {_tokens(title)}
    if headline.headline is not None:
        headings.add(_tokens(headline.headline.text))
    stop = min(before + 1, len(filled))
    # The lines of a fitting length (C-level passes), then those holding a key.
    fitting = list(compress(range(1, stop), map(range(shortest // 2, longest + 3).__contains__,
                                                 counts[1:stop])))
    held = _lines_holding(list(map(_text, map(filled.__getitem__, fitting))), 0, keys)
    candidates = set(map(fitting.__getitem__, held))
    # The line of the heading the headline step chose (the first line holding ``at``).
    chosen_line = bisect.bisect_left(filled, at, key=_end) if at >= 0 else -1
    if 1 <= chosen_line < stop and filled[chosen_line].start <= at:
        candidates.add(chosen_line)
    found = None
    found_heading = False
    for k in sorted(candidates):
        line = filled[k]
        chosen = k == chosen_line
        if not chosen and not shortest // 2 <= counts[k] <= longest + 2:
            continue
        if chosen or _tokens(line.text) in wanted:
            if found_heading and sum(prose[found:k]) >= MAX_PROSE_ABOVE_HEADING:
                return found
            found = k
            if chosen:
                return found
            # A repeat of the site's part of the title alone (its logo) is no heading:
            # a later repeat past a teaser's prose may still be.
            found_heading = headline.headline is None or _tokens(line.text) in headings
    return found


def _footer_start(filled: list[Line], weights: list[int], after: int) -> int | None:
    """The first line of the first furniture run after line ``after``."""
    printed = Counter(map(str.strip, map(_text, filled)))
    k = after + 1
    while k < len(filled):
        if weights[k] >= PROSE_WORDS:
            k += 1
            continue
        end = k
        while end < len(filled) and weights[end] < PROSE_WORDS:
            end += 1
        size = end - k
        if size >= RUN:
            repeated = sum(printed[filled[j].text.strip()] > 1 for j in range(k, end))
            if size >= LONG_RUN or repeated >= MIN_REPEATED:
                return k
        k = end
    return None


#: A date: a year (1800 to 2099) standing alone, ``20.11.2019``, ``11/20/19``.  Not a
#: time alone: a live blog prints its entries under bare times (``16:48``), and it is
#: the article.  No part can backtrack (fixed pieces, one class each): it runs on ``re``,
#: and it opens with a figure (the year's first one, looked behind at), which ``re``
#: skips to fast.
_DATE_OR_TIME = compile_pattern(
    "boilerplate.date_or_time",
    r"\d (?: (?<=[12]) (?<!\d[12]) (?: (?<=1)[89] | (?<=2)0 ) \d\d (?!\d) | [./-]\d\d?[./-]\d )",
    scan=True,
)
#: The longest unit of a relative date (``minutes``, ``menit``, ``H``).
MAX_UNIT_CHARS = 12


@functools.cache
def _relative_date_words(languages: tuple[Language, ...]) -> tuple[str, ...]:
    """The ``[relative_date]`` words of ``languages`` as pages print them: as written,
    in capitals and capitalised (``ago``, ``AGO``, ``Ago``).  A text holding none of
    them (most) is not scanned for a relative date: ``str.find`` is many times faster
    than a pattern that can start at every figure."""
    words = {w for lang in languages for w in lang.words("debris", "relative_date")}
    return tuple(sorted({form for w in words for form in (w, w.upper(), w.capitalize())}))


@functools.cache
def _relative_date(languages: tuple[Language, ...]) -> SafePattern | None:
    """A relative date of ``languages`` (``2 days ago``, ``32M ago``, ``5 jam yang
    lalu``): a number, a unit (any word: sites abbreviate them every way) and one of the
    ``[relative_date]`` words after it; None when no language has one.

    Comments and teasers of other stories are often dated so.  Every piece is
    possessive or a literal: it runs on ``re``, where ``[^\\W\\d_]`` is a letter."""
    words = [w for lang in languages for w in lang.words("debris", "relative_date")]
    if not words:
        return None
    codes = "_".join(lang.code for lang in languages)
    return compile_pattern(
        f"boilerplate.relative_date.{codes}",
        rf"(?<!\d) \d{{1,3}}+ [\x20]?+ [^\W\d_]{{1,{MAX_UNIT_CHARS}}}+ \.?+ [\x20]{{1,3}}+"
        rf"(?i: {alternation(words)} ) \b",
        scan=True,
    )


#: A list of dated items (comments, teasers of other stories): at least ``MIN_ITEMS``
#: short lines of one shape with a date or time in them ...
MIN_ITEMS = 3
#: ... each at most this many lines under the one before ...
MAX_ITEM_LINES = 8
#: ... and this many characters long at most.
MAX_DATE_LINE = 80
#: A number, folded to ``0`` for a line's shape (``6:34 am`` and ``10:02 am`` alike); one
#: class, possessive: it cannot backtrack.
_NUMBER = compile_pattern("boilerplate.number", r"[0-9]++", scan=True)


def _dated_list_start(filled: list[Line], weights: list[int], prose: list[int],
                      core: tuple[int, int]) -> int | None:
    """The first line of a list of dated items under the article that opens the
    ``core``: its comments (a name, a date, the comment) or teasers of other stories
    (a title, a line of summary, a date), which are prose and would run the core on.

    The list is a chain of at least ``MIN_ITEMS`` short date lines of one shape, each
    2 to ``MAX_ITEM_LINES`` lines under the one before (dates on consecutive lines are
    a table); it starts with the short lines right over its first date (the first
    item's name or title, a heading).  It ends the article only when ``MIN_CORE`` words
    of the core's prose stand before it and more than after the chain (a gallery of
    dated pictures inside the article, or a core that opens with teasers over the
    article, has the article's prose after it).
    """
    first, last = core
    # The short lines from the core on, joined: one scan finds those with a date.
    lengths = list(map(len, map(_text, filled[first:])))
    short = list(compress(range(first, len(filled)), map(
        and_, map(PROSE_WORDS.__gt__, weights[first:]), map(MAX_DATE_LINE.__ge__, lengths))))
    texts = list(map(_text, map(filled.__getitem__, short)))
    joined = "\n".join(texts)
    ends = list(accumulate(map((1).__add__, map(len, texts))))
    found_at = [m.start() for m in _DATE_OR_TIME.finditer(joined)]
    languages = _every_language()
    relative = _relative_date(languages)
    if relative is not None and any(map(joined.__contains__, _relative_date_words(languages))):
        found_at.extend(m.start() for m in relative.finditer(joined))
    dates = sorted({short[bisect.bisect_right(ends, at)] for at in found_at})
    if len(dates) < MIN_ITEMS:
        return None
    # prose_to[j]: the prose from the core's first line to line first + j, not counted.
    prose_to = [0, *accumulate(prose[first:])]
    seen: dict[str, int] = {}
    chain: dict[str, int] = {}
    start: dict[str, int] = {}
    before: dict[str, int] = {}
    found: str | None = None
    for k in dates:
        shape = _NUMBER.sub("0", filled[k].text.strip())
        previous = seen.get(shape)
        seen[shape] = k
        if previous is not None and 2 <= k - previous <= MAX_ITEM_LINES:
            chain[shape] += 1
            if chain[shape] >= MIN_ITEMS and before[shape] >= MIN_CORE:
                found = shape
                break
        else:
            chain[shape], start[shape], before[shape] = 1, k, prose_to[k - first]
    if found is None:
        return None
    # The list goes on while dates (of any shape: "2 days ago", "3 days ago") follow
    # each other within MAX_ITEM_LINES, or past less prose than the article's before it
    # (a long comment); the prose after it is the article's.
    end = start[found]
    for k in dates[bisect.bisect_left(dates, end):]:
        if k - end > MAX_ITEM_LINES and prose_to[k - first] - prose_to[end + 1 - first] >= before[found]:
            break
        end = k
    if sum(prose[end + 1 : last + 1]) >= before[found]:
        return None
    at = start[found]
    while at - 1 > first and weights[at - 1] < PROSE_WORDS:
        at -= 1
    return at


#: A later repeat of the title is the article's heading only when the lines between
#: it and the earlier one hold fewer words of prose than this (menus and breadcrumbs
#: hold none; a repeat under an article's paragraphs is a teaser of it).
MAX_PROSE_ABOVE_HEADING = 40

#: Menus right over the article: a run of at least ``MIN_MENU_RUN`` menu-like lines
#: (fewer than ``PROSE_WORDS`` words, not ending like a sentence) ...
MIN_MENU_RUN = 5
#: ... that ends at most this many lines over the core's first line (its heading, a
#: byline, a date may stand between) ends the menus, heading found or not.
MAX_MENU_GAP = 6
#: What ends a sentence, before closing quotes and brackets (a menu item ends with none).
_SENTENCE_MARKS = ".!?…:"
_CLOSERS = "\"'”’»)]"


def _menus_end(filled: list[Line], weights: list[int], first: int) -> int | None:
    """The last line of the last run of at least ``MIN_MENU_RUN`` menu-like lines
    that ends at most ``MAX_MENU_GAP`` lines over the core's ``first`` line, or None.

    A page's navigation, share bar or section links stand right over its article: the
    article's own heading may not repeat the page's title (or be lost), but these
    short lines without a sentence's end say where the menus stop.
    """
    run = 0
    end = None
    for k in range(first - 1, max(0, first - 1 - MAX_MENU_GAP - MIN_MENU_RUN), -1):
        line = filled[k].text.rstrip().rstrip(_CLOSERS)
        if weights[k] < PROSE_WORDS and line[-1:] not in _SENTENCE_MARKS:
            if run == 0:
                if first - 1 - k > MAX_MENU_GAP:
                    return None
                end = k
            run += 1
            if run >= MIN_MENU_RUN:
                return end
        else:
            run = 0
    return None


def _untitled_menus(text: str, filled: list[Line], weights: list[int],
                    core: tuple[int, int]) -> list[Removal]:
    """The menus over an article whose heading was not found (``_menus_end``): the
    lines shorter than ``PROSE_WORDS`` words from the title line's next to the end of
    the menus, as stretches of consecutive lines.

    Longer lines among them stay (the article's standfirst, or a teaser: a heading
    would have told them apart); nothing goes when the lines hold
    ``MAX_PROSE_ABOVE_HEADING`` words of prose (the article's start, the core having
    started late) or when the core's prose does not outweigh them (a list or a table
    over a core of a few lines is the article itself).
    """
    first, last = core
    end = _menus_end(filled, weights, first)
    if end is None:
        return []
    prose = _prose_weights(text)
    if (sum(prose[1 : end + 1]) >= MAX_PROSE_ABOVE_HEADING
            or sum(weights[1 : end + 1]) >= sum(prose[first : last + 1])):
        return []
    removals = []
    k = 1
    while k <= end:
        if weights[k] >= PROSE_WORDS:
            k += 1
            continue
        stretch = k
        while k + 1 <= end and weights[k + 1] < PROSE_WORDS:
            k += 1
        span = Span(filled[stretch].start, filled[k].end)
        removals.append(Removal(span, "boilerplate.before_article"))
        k += 1
    return removals


#: A closing heading ends the article once this share of the core's prose (a quarter)
#: stands before it.
CLOSING_SHARE = 4

#: A copyright line (``© 2024 The Example Times. All rights reserved.``) opens with a
#: mark (``©``, ``Copyright``: ``[copyright]`` in ``debris.toml``), names a year, and is
#: at most this long; it ends the article as a
#: furniture heading does (a photo's credit names no year).
MAX_COPYRIGHT_CHARS = 200
_YEAR = compile_pattern("boilerplate.year", r"(?<!\d) (?:1[89]|20)\d\d (?!\d)", scan=True)

#: A furniture heading is a short line.
MAX_HEADING_CHARS = 60

#: An author's note under the article (``Jane Roe is a senior writer for The Example
#: Times.``): a name of at most ``MAX_BIO_NAME_WORDS`` capitalised words at the line's
#: start (an e-mail address or handle in brackets may follow it), a link
#: (``[author_bio] links``: ``is a``) and, within ``MAX_BIO_ROLE_GAP`` characters, a
#: role (``[author_bio] roles``: ``reporter``).  Once most of the core's prose stands
#: before it, it ends the article as a furniture heading does (what follows it is the
#: author's links and the page's teasers).
MAX_BIO_NAME_WORDS = 4
MAX_BIO_ROLE_GAP = 60
MAX_BIO_CHARS = 300


@functools.cache
def _author_bio(languages: tuple[Language, ...]) -> tuple[SafePattern, tuple[str, ...]] | None:
    """The author's-note pattern of ``languages`` together, matched at a line's start,
    and its links as a line holds them (`` is a ``); None when no language has one.

    Each piece is bounded and the name's words hold no space: a line is tried once, at
    its start, over at most a few hundred characters."""
    links = [w for lang in languages for w in lang.words("debris", "author_bio.links")]
    roles = [w for lang in languages for w in lang.words("debris", "author_bio.roles")]
    if not links or not roles:
        return None
    codes = "_".join(lang.code for lang in languages)
    pattern = compile_pattern(
        f"boilerplate.author_bio.{codes}",
        rf"[\x20\t]{{0,8}}+ (?:\p{{Lu}}[\p{{L}}.'’\-]{{0,24}}+[\x20]){{1,{MAX_BIO_NAME_WORDS}}}+"
        rf"(?:\([^()\n]{{0,80}}+\)[\x20])?+ {alternation(links)} [\x20]"
        rf"[^\n]{{0,{MAX_BIO_ROLE_GAP}}}? (?i:\b{alternation(roles)}\b)",
    )
    return pattern, tuple(sorted({f" {' '.join(w.split())} " for w in links}))


def _bio_line(texts: list[str], languages: tuple[Language, ...]) -> int | None:
    """The index in ``texts`` of the first author's note (``_author_bio``), or None.

    Only the lines holding a link (found by C-level ``str.find`` passes) are tried."""
    bio = _author_bio(languages)
    if bio is None or not texts:
        return None
    pattern, links = bio
    # The links as written (a note spells "is a" in lower case): no case-folded copy
    # of the page is made.
    joined = "\n".join(texts)
    starts = set()
    for link in links:
        at = joined.find(link)
        while at >= 0:
            starts.add(joined.rfind("\n", 0, at) + 1)
            at = joined.find(link, at + 1)
    for start in sorted(starts):
        end = joined.find("\n", start)
        line = joined[start:] if end < 0 else joined[start:end]
        if len(line) <= MAX_BIO_CHARS and pattern.match(line) is not None:
            return joined.count("\n", 0, start)
    return None


@functools.cache
def _closing_forms(languages: tuple[Language, ...]) -> frozenset[str]:
    """The folded closing headings of ``languages``, each also followed by the link that
    cancels a reply (``[cancel_reply]``): a blog's comment form prints its heading and
    that link on one line (``Leave a Reply Cancel reply``).  Headings and links of every
    language pair up (site templates mix them); the set is built once, so a line costs
    one lookup."""
    closing = closing_headings(*languages)
    cancels = {fold_line(w) for lang in languages for w in lang.words("debris", "cancel_reply")}
    return closing | {f"{heading} {cancel}" for heading in closing for cancel in cancels}


@functools.cache
def _every_language() -> tuple[Language, ...]:
    """Every language folder's data: site templates mix languages."""
    return tuple(load(code) for code in available())


@functools.cache
def _any_heading(languages: tuple[Language, ...]) -> frozenset[str]:
    """The folded furniture and closing headings of ``languages`` together."""
    return furniture_headings(*languages) | _closing_forms(languages)


def _furniture_start(text: str, core: tuple[int, int]) -> int | None:
    """The first furniture heading after the core's first line, ``Leave a Reply``,
    ``Berita Terkait``, that has more of the core's prose before it than after it, or
    the first closing heading (``Comments``, ``Post navigation``) with ``MIN_CORE``
    words and a ``CLOSING_SHARE`` of the core's prose before it.  Headings of every
    language count: site templates mix them (an Indonesian blog's ``Leave a Reply``).

    Comments and related stories can be prose, so the core may run through them; their
    heading says where the article ended.  A heading with most of the article still to
    come is a box inside it (a comment count, a "Most read" sidebar) and is passed over;
    a closing heading heads no box inside an article, so less of it need come before
    (the comments and the footer's prose may outweigh a short article).
    """
    first, last = core
    filled = filled_lines(text)
    # so_far[j]: the core's prose from its first line to line first + j, both counted.
    so_far = list(accumulate(_prose_weights(text)[first : last + 1]))
    total = so_far[-1] if so_far else 0
    if total <= 0:
        return None
    # The core's prose before a line only grows down the page: the first line where any
    # heading may stand (more before than after), and the first where a closing one may,
    # found by bisection.
    furniture_from = first + 1 + bisect.bisect_right(so_far, total / 2)
    at = max(bisect.bisect_left(so_far, MIN_CORE), bisect.bisect_right(so_far, total / CLOSING_SHARE))
    lo = min(first + 1 + at, furniture_from)
    languages = tuple(load(code) for code in available())
    headings = furniture_headings(*languages)
    closing = _closing_forms(languages)
    found = None
    # The lines that fold to a heading, in C-level passes; then the rules, on those few.
    texts = list(map(_text, filled[lo:]))
    folded = list(fold_lines(texts, plain_spacing(text)))
    for j in compress(range(lo, len(filled)), map(_any_heading(languages).__contains__, folded)):
        if len(texts[j - lo]) <= MAX_HEADING_CHARS and (
            folded[j - lo] in closing or (j >= furniture_from and folded[j - lo] in headings)
        ):
            found = j
            break
    # A copyright line opens with a mark (its folded form does: no mark holds a folded
    # line's edge characters); before the heading found, it ends the article.
    stop = len(filled) if found is None else found
    opens_with_mark = methodcaller("startswith", copyright_marks(*languages))
    tail = range(furniture_from, stop)
    for j in compress(tail, map(opens_with_mark, folded[furniture_from - lo : stop - lo])):
        line = texts[j - lo]
        if len(line) <= MAX_COPYRIGHT_CHARS and _YEAR.search(line) is not None:
            stop = j
            found = j
            break
    # An author's note before the heading or copyright line found ends the article too.
    bio = _bio_line(texts[furniture_from - lo : stop - lo], languages)
    if bio is not None:
        return furniture_from + bio
    return found


def _closing_without_core(text: str) -> int | None:
    """On a web page without an article core, the first closing heading (``Leave a
    Reply``, ``Schreibe einen Kommentar``) with ``MIN_CORE`` words and a
    ``CLOSING_SHARE`` of the page's prose before it.

    A blog post under few menus, or whose paragraphs are broken by pictures and
    captions, has no stretch of prose that scores as a core, yet its comment form,
    tags and post navigation still close it: those headings head no box inside an
    article, so they are trusted without one.
    """
    filled = filled_lines(text)
    so_far = list(accumulate(_prose_weights(text)))
    total = so_far[-1] if so_far else 0
    if total < MIN_CORE:
        return None
    lo = 1 + max(bisect.bisect_left(so_far, MIN_CORE),
                 bisect.bisect_right(so_far, total / CLOSING_SHARE))
    closing = _closing_forms(_every_language())
    texts = list(map(_text, filled[lo:]))
    for j in compress(range(lo, len(filled)), map(closing.__contains__,
                                                  fold_lines(texts, plain_spacing(text)))):
        if len(texts[j - lo]) <= MAX_HEADING_CHARS:
            return j
    return None


#: On a text without an article core, a furniture heading is looked for among its
#: last this many filled lines only: a list closing a text is short, and the scan
#: costs the same on any text.
MAX_TAIL_LINES = 30


def _closing_list(text: str) -> int | None:
    """On a text without an article core (an article as an agency, an app or a reader
    mode hands it over, with its page's last lines kept), the first furniture or
    closing heading among its last ``MAX_TAIL_LINES`` lines (``Related Topics``,
    ``Share this:``) with prose before it and none after it: what follows is a list of
    topics, sharing buttons or links, not the article.  With prose after it (comments,
    a box of other stories, or the article going on) such a text is left whole: without
    a page's layout there is no telling which.
    """
    filled = filled_lines(text)
    lo = max(1, len(filled) - MAX_TAIL_LINES)
    texts = list(map(_text, filled[lo:]))
    languages = _every_language()
    headings = _any_heading(languages)
    folded = list(fold_lines(texts, plain_spacing(text)))
    candidates = list(compress(range(lo, len(filled)), map(headings.__contains__, folded)))
    if not candidates:
        return None
    prose = _prose_weights(text)
    for j in candidates:
        if len(texts[j - lo]) <= MAX_HEADING_CHARS and any(prose[:j]) and not any(prose[j + 1:]):
            return j
    return None


def find_boilerplate(
    text: str, language: Language | None, headline: HeadlineResult
) -> tuple[Removal, ...]:
    """The menus before and the furniture after the article of a crawled web page.

    ``language`` is not read: furniture headings of every language count.  A text that
    does not look like a web page gives ``()``; a web page without an article core loses
    only what follows a closing heading (``_closing_without_core``).
    """
    filled = filled_lines(text)
    if headline.core_read:
        core = headline.core
        web = core is not None or (len(filled) >= 2 and looks_like_web_page(filled))
    else:
        # The menu test once: article_core repeats it only on a web page.
        web = len(filled) >= 2 and looks_like_web_page(filled)
        core = article_core(text) if web else None
    if core is None:
        closing = _closing_without_core(text) if web else None
        if not web and len(filled) >= 2:
            # A web page too short of prose for a core is left alone (its menus
            # stay too); a text that is no web page may still end with its list.
            closing = _closing_list(text)
        if closing is None:
            return ()
        return (Removal(Span(filled[closing].start, filled[-1].end), "boilerplate.after_article"),)
    first, last = core
    removals = []
    heading = _heading(text, headline, first)
    weights = _weights(text)
    if heading is not None:
        span = Span(filled[1].start, filled[heading].end)
        removals.append(Removal(span, "boilerplate.before_article"))
    else:
        removals.extend(_untitled_menus(text, filled, weights, core))
    footer = _dated_list_start(filled, weights, _prose_weights(text), core)
    if footer is not None:
        # The article ends over the list: its prose is the core's.
        last = min(last, footer - 1)
    footer_run = _footer_start(filled, weights, last)
    if footer_run is not None and (footer is None or footer_run < footer):
        footer = footer_run
    furniture = _furniture_start(text, (first, last))
    if furniture is not None and (footer is None or furniture < footer):
        footer = furniture
    if footer is not None:
        span = Span(filled[footer].start, filled[-1].end)
        removals.append(Removal(span, "boilerplate.after_article"))
    return tuple(removals)
