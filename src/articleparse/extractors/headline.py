"""The headline, from the first line, and where the body starts after it.

Layouts handled, each a rule name:

- ``headline.first_line``: the first non-blank line.
- ``headline.site_suffix``: a page title with the site's name after a separator
  (``... | Kompas.com``, ``... – Daniel Lemire's blog``); the name is dropped when it
  is short and looks like a name (a domain, or words found again elsewhere on the
  page, where sites print their name in menus and footers).
- ``headline.date_part``: a date printed as the first or last part of the title
  (``12.03.2024 - Heading``) is dropped; so is one around a page heading.
- ``headline.site_logo``: on a web page, one part of the title stands alone on one of
  the first lines under it (the site's logo, before the menus) and the other parts
  stand alone further down (the article's heading): the other parts.
- ``headline.wrapped_caps``: an all-capital wire title that wraps onto a second line.
- ``headline.subtitle``: a title ending in ``;`` whose subtitle is on the next line.
- ``headline.page_heading``: the page title line, and further down a line that says
  nearly the same (the article's own heading), or one under the printed title that
  starts with it and goes on (the title in full): the heading wins; so does the end of
  ``Name: Heading`` printed alone when the whole title is printed nowhere.
- ``headline.dated_heading``: on a web page whose title is not printed near the
  article, the closest heading-shaped line above the article core (or opening it)
  with a date or time under it (or, failing that, over it) and words of the title,
  or right above the core and made mostly of the title's words (the heading the
  page shows); when the title is printed nowhere on the page, the heading-shaped
  line right above the core; a short title printed near the article only in a menu
  names its section, and the heading is under it.
- no headline when the first line reads as a body sentence.

When the scraper repeats the headline at the start of the body, the repeat is
marked for removal so that the body starts after it.
"""

from __future__ import annotations

import itertools

import attrs

from articleparse.lines import Line, split_lines
from articleparse.model import Headline, Removal, Span
from articleparse.patterns import compile_pattern

__all__ = ["HeadlineResult", "extract_headline", "fold", "TITLE_SEPARATOR"]

#: A first line longer than this (characters or words) is body text, not a title.
MAX_TITLE_CHARS = 300
MAX_TITLE_WORDS = 40
#: A site name after a separator is at most this many words.
MAX_SITE_WORDS = 5
#: A web page shows its menus at the top: at least ``MIN_MENU_ITEMS`` of its first
#: ``MENU_LINES`` lines have at most ``MENU_WORDS`` words.
MENU_LINES = 40
MENU_WORDS = 3
MIN_MENU_ITEMS = 10
#: A part of the title standing alone on one of this many lines under it is the logo.
LOGO_LINES = 3
#: How many lines to search for the article's own heading under the page title.
HEADING_SEARCH_LINES = 400
#: How many lines above a web page's article core to search for its dated heading,
#: and how many lines under the heading the date line may stand.
DATED_HEADING_LINES = 6
DATE_BELOW = 3
DATE_ABOVE = 1
#: A date line is short; a heading has a few words.
MAX_DATE_LINE_WORDS = 14
MIN_HEADING_WORDS = 2
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
#: How many lines under the printed title its fuller form may stand.
LONGER_BELOW = 3
#: Words of at least this many letters count as shared with the title.
MIN_SHARED_LETTERS = 4
#: Word overlap (Jaccard) for a line to count as the same title written again.
SAME_TITLE = 0.6

#: The characters of a separator standing alone between the parts of a line.
_SEPARATOR_CHARS = "|-–—:·»>/\\•"
#: What stands between the parts of a page title (``Heading | Section | Site``).
TITLE_SEPARATOR = compile_pattern(
    "headline.separator",
    r"""\x20 (?: \| | [-–—] | :: | · | » | > | / | \\ ) \x20""",
)
_DOMAIN = compile_pattern(
    "headline.domain",
    r"""\.(?:com|co|net|org|id|my|de|at|ch|fr|pl|uk|it|es|nl|info|news|tv)(?:\.[a-z]{2})?\b""",
)
_WORD = compile_pattern("headline.word", r"\w{1,100}+")
#: A separator set without spaces next to a character of a script written without
#: spaces (CJK ideographs, kana, full-width forms).
_UNSPACED_CHAR = compile_pattern("headline.unspaced_char", r"[\u3000-\u9fff\uff00-\uffef]")
_UNSPACED_SEPARATOR = compile_pattern(
    "headline.unspaced_separator",
    r"""(?<=[\u3000-\u9fff\uff00-\uffef]) [-_|｜] (?=\S)
      | (?<=\S) [-_|｜] (?=[\u3000-\u9fff\uff00-\uffef])""",
)
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


def _words(value: str) -> set[str]:
    return {m.group().casefold() for m in _WORD.finditer(value)}


def _mostly_caps(value: str) -> bool:
    # filter() and map() over str methods count at C speed, with no frame per character.
    letters = "".join(filter(str.isalpha, value))
    return len(letters) >= 3 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _looks_like_sentence(line: Line) -> bool:
    text = line.text.strip()
    return len(text) > MAX_TITLE_CHARS or len(text.split()) > MAX_TITLE_WORDS


def _looks_like_web_page(lines: list[Line]) -> bool:
    """Menus at the top: many very short lines, as crawled web pages have."""
    head = [line for line in lines[:MENU_LINES] if not line.blank]
    short = sum(1 for line in head if len(line.text.split()) <= MENU_WORDS)
    return short >= MIN_MENU_ITEMS


def _strip_site_part(
    text: str, start: int, end: int, over_core: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """A web page's title without its site's name at either end.

    An end part of at most ``MAX_SITE_WORDS - 1`` words can be the site's name
    (``Heading - Site``, ``Site | Heading``).  When both ends could be, the last part
    is, as most sites write their titles, unless only the first part stands alone on
    several lines further down (a logo and a footer).  A part printed alone just
    above the article (``over_core``, folded lines) is its heading, never the site.
    """
    separators = list(TITLE_SEPARATOR.finditer(text, start, end))
    if not separators:
        return start, end
    first = text[start : separators[0].start()].strip()
    last = text[separators[-1].end() : end].strip()
    short = MAX_SITE_WORDS - 1
    first_can = len(first.split()) <= short and fold(first).casefold() not in over_core
    last_can = len(last.split()) <= short and fold(last).casefold() not in over_core
    if first_can and last_can:
        # A heading is printed once more above its article; a site's name stands in
        # the header and again in the footer.
        if _short_line_count(text, first) >= 2 and _short_line_count(text, last) == 0:
            return separators[0].end(), end
        return start, separators[-1].start()
    if last_can:
        return start, separators[-1].start()
    if first_can:
        return separators[0].end(), end
    return start, end


def _unspaced_site(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A title in a script written without spaces, without its site's name.

    Chinese and Japanese titles set the separator without spaces (``标题-网站``,
    ``SITE|标题``); with one such separator and no spaced one, the shorter side (in
    words, a character of such a script counting as one) is the site.
    """
    if TITLE_SEPARATOR.search(text, start, end) is not None:
        return None
    found = list(itertools.islice(_UNSPACED_SEPARATOR.finditer(text, start, end), 2))
    if len(found) != 1:
        return None
    left = (start, found[0].start())
    right = (found[0].end(), end)
    if _weight(text, *left) < _weight(text, *right):
        return right
    return left


def _weight(text: str, start: int, end: int) -> int:
    """Words of ``text[start:end]``, each character of a script without spaces one word."""
    return len(text[start:end].split()) + len(_UNSPACED_CHAR.findall(text, start, end))


def _strip_date_parts(text: str, start: int, end: int) -> tuple[int, int]:
    """The title without a date printed as its first or last part (``01.02.2022 - ...``)."""
    separators = list(TITLE_SEPARATOR.finditer(text, start, end))
    if not separators:
        return start, end
    # A range of dates (``14. - 20. Januar``) is no date part.
    if _only_date(text[start : separators[0].start()]) and not text[separators[0].end()].isdigit():
        start = separators.pop(0).end()
    if separators and _only_date(text[separators[-1].end() : end]):
        if not text[start : separators[-1].start()].rstrip(".")[-1:].isdigit():
            end = separators[-1].start()
    return start, end


def _only_date(part: str) -> bool:
    """A date and nothing else that reads as words."""
    found = _DATE.search(part)
    if found is None:
        return False
    rest = part[: found.start()] + part[found.end() :]
    return not any(c.isalpha() for c in rest)


def _logo_part(text: str, start: int, end: int, lines: list[Line]) -> tuple[int, int] | None:
    """The title without the part that the page prints first as its logo.

    A site prints its name at the very top of the page, before its menus; the
    article's heading comes later, above the article.  When one part of the title
    line stands alone on one of the first ``LOGO_LINES`` lines under it, and the parts
    on the other side of it stand alone on a later line, that part is the site and
    the other parts are the heading.
    """
    cuts = [start]
    for sep in TITLE_SEPARATOR.finditer(text, start, end):
        cuts.extend((sep.start(), sep.end()))
    cuts.append(end)
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    if len(parts) < 2:
        return None
    folded = [fold(text[a:b]).casefold() for a, b in parts]
    for k, line in enumerate(lines[:LOGO_LINES]):
        candidate = fold(line.text).casefold()
        if candidate not in folded:
            continue
        at = folded.index(candidate)
        rest = (parts[1][0], end) if at == 0 else (start, parts[at - 1][1])
        heading = fold(text[rest[0] : rest[1]]).casefold()
        if any(fold(later.text).casefold() == heading for later in lines[k + 1 :]):
            return rest
        return None
    return None


def _short_line_count(page: str, name: str) -> int:
    """On how many short lines after the first ``name`` stands alone."""
    wanted = fold(name).casefold()
    return sum(
        1
        for line in split_lines(page)[1:]
        if len(line.text) <= 2 * len(name) + 8 and fold(line.text).casefold() == wanted
    )


def _on_short_line(page: str, name: str) -> bool:
    """``name`` stands on a short line of its own further down (a logo, a footer)."""
    position = page.find("\n")
    while position >= 0:
        found = page.find(name, position)
        if found < 0:
            return False
        line_start = page.rfind("\n", 0, found) + 1
        line_end = page.find("\n", found)
        line = page[line_start : len(page) if line_end < 0 else line_end]
        if line_start > 0 and len(line.split()) <= MAX_SITE_WORDS + 1:
            return True
        position = found + len(name)
    return False


def _bare_domain(value: str) -> bool:
    """``value`` is a site's address and nothing else (``www.example.de //``)."""
    words = value.strip(" /|-–—»·:").split()
    return len(words) == 1 and _DOMAIN.search(words[0]) is not None


def _strip_site_suffix(text: str, start: int, end: int, page: str) -> tuple[int, bool]:
    """The end of the title once a trailing site name is dropped."""
    stripped = False
    for _ in range(3):
        separators = list(TITLE_SEPARATOR.finditer(text, start, end))
        if not separators:
            break
        last = separators[-1]
        suffix = text[last.end() : end].strip()
        if not suffix or len(suffix.split()) > MAX_SITE_WORDS or last.start() - start < 10:
            break
        is_pipe = "|" in last.group()
        elsewhere = _on_short_line(page, suffix)
        if not (is_pipe or _DOMAIN.search(suffix) or elsewhere):
            break
        end = last.start()
        stripped = True
    return end, stripped


def extract_headline(text: str) -> HeadlineResult:
    """The headline of ``text`` and the lines it takes.

    >>> r = extract_headline("Banjir di Jakarta | Kompas.com\\nHujan deras turun sejak pagi.")
    >>> r.headline.text, r.headline.rule
    ('Banjir di Jakarta', 'headline.site_suffix')
    """
    lines = split_lines(text)
    filled = [line for line in lines if not line.blank]
    all_filled = filled
    if not filled:
        return HeadlineResult()
    first = filled[0]
    removals = [Removal(Span(first.start, first.end), "headline.title_line")]
    if _looks_like_sentence(first):
        return HeadlineResult(None, (), first.number)
    start, end = first.stripped_start, first.stripped_end
    rule = "headline.first_line"
    undated = _strip_date_parts(text, start, end)
    if undated != (start, end):
        start, end = undated
        rule = "headline.date_part"
    web_page = _looks_like_web_page(lines)
    core: tuple[int, int] | None = None
    over_core: frozenset[str] = frozenset()
    if web_page:
        from articleparse.extractors.boilerplate import article_core  # noqa: PLC0415 (a cycle)

        core = article_core(all_filled)
        if core is not None:
            above = all_filled[max(1, core[0] - DATED_HEADING_LINES - 2) : core[0] + 1]
            over_core = frozenset(fold(line.text).casefold() for line in above)
    following = filled[1] if len(filled) > 1 else None

    if following is not None and _mostly_caps(first.text) and _mostly_caps(following.text):
        if following.number == first.number + 1 and not following.text[:1].isspace():
            if len(following.text.split()) <= 12:
                end = following.stripped_end
                rule = "headline.wrapped_caps"
                removals.append(Removal(Span(following.start, following.end), rule))
                filled = filled[1:]
                following = filled[1] if len(filled) > 1 else None
    elif following is not None and text[start:end].endswith(";"):
        if len(following.text.strip()) <= MAX_TITLE_CHARS // 2:
            end = following.stripped_end
            rule = "headline.subtitle"
            removals.append(Removal(Span(following.start, following.end), rule))
            filled = filled[1:]
            following = filled[1] if len(filled) > 1 else None
    elif web_page and (logo := _logo_part(text, start, end, filled[1:HEADING_SEARCH_LINES])):
        start, end = logo
        rule = "headline.site_logo"
    else:
        new_end, stripped = _strip_site_suffix(text, start, end, text)
        if stripped and _bare_domain(text[start:new_end]):
            # What is left is the site's address: the site comes first, the title after.
            after = next(TITLE_SEPARATOR.finditer(text, start, end), None)
            if after is not None:
                start = after.end()
                rule = "headline.site_part"
        elif stripped:
            end = new_end
            rule = "headline.site_suffix"
        elif not _mostly_caps(first.text) and web_page:
            new_start, new_end = _strip_site_part(text, start, end, over_core)
            if (new_start, new_end) != (start, end):
                start, end = new_start, new_end
                rule = "headline.site_part"
        if rule in ("headline.first_line", "headline.date_part"):
            unspaced = _unspaced_site(text, start, end)
            if unspaced is not None:
                start, end = unspaced
                rule = "headline.site_part"

    title = text[start:end]
    if rule == "headline.site_logo":
        segments = _segments(text, start, end)
    else:
        segments = _segments(text, *undated)
    site = text[first.stripped_start : first.stripped_end].replace(title, "", 1)
    heading = _own_heading(
        filled[1:HEADING_SEARCH_LINES], title, first.text.strip(), segments, web_page, _parts(site)
    )
    if heading is None and ": " in title:
        heading = _after_colon_heading(filled[1:HEADING_SEARCH_LINES], title)
    if heading is not None:
        start, end = _strip_date_parts(text, heading.stripped_start, heading.stripped_end)
        rule = "headline.page_heading"
        removals.append(Removal(Span(heading.start, heading.end), rule))
        title = text[start:end]

    opening = core[0] if core is not None else None
    if opening is None and web_page and heading is None:
        # No article core (a short page) and the title printed nowhere as a heading:
        # the heading stands over the page's first line of prose.
        opening = _first_prose(all_filled)
    if opening is not None:
        printed_at = heading.number if heading is not None else -1
        dated = _dated_heading(
            all_filled, opening, title, first.text, _parts(site), printed_at, text
        )
        if dated is not None:
            heading = dated
            start, end = heading.stripped_start, heading.stripped_end
            rule = "headline.dated_heading"
            removals.append(Removal(Span(heading.start, heading.end), rule))
            title = text[start:end]

    body_line = filled[1].number if len(filled) > 1 else first.number + 1
    if heading is not None:
        # On a web page the article starts under its own heading, not under the menus.
        body_line = heading.number + 1
    if following is not None:
        repeat = _repeat_at(text, following, title)
        if repeat is not None:
            removals.append(Removal(repeat, "headline.repeated"))
    headline = Headline(fold(title), Span(start, end), rule)
    return HeadlineResult(headline, tuple(removals), body_line, core, web_page)


def _first_prose(filled: list[Line]) -> int | None:
    """The first line of prose under the title of a page too short for an article core."""
    for k, line in enumerate(filled[1:MENU_LINES * 2], 1):
        if len(line.text.split()) >= MIN_PROSE_WORDS:
            return k
    return None


def _segments(text: str, start: int, end: int) -> list[str]:
    """Every run of consecutive separator-delimited parts of a title line.

    The shorter end part of a title with several parts is most often the site's
    name (``Heading - Site``, ``Site | Heading``); it is left out, so that a logo
    line repeating the site's name is never taken for the article's heading.  Of
    parts as long in words, the longer in characters is the main part.
    """
    cuts = [start]
    for sep in TITLE_SEPARATOR.finditer(text, start, end):
        cuts.extend((sep.start(), sep.end()))
    cuts.append(end)
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    words = [len(text[a:b].split()) for a, b in parts]
    skip = -1
    if len(parts) >= 2:
        # Of end parts as long in words, the shorter in characters is the site.
        size = [(words[k], parts[k][1] - parts[k][0]) for k in (0, len(parts) - 1)]
        shorter = 0 if size[0] < size[1] else len(parts) - 1
        if words[shorter] <= MAX_SITE_WORDS - 1:
            skip = shorter
    # A heading contains the title's main (longest) part: a menu item that happens
    # to be one short part of the title is not the heading.
    main = max(range(len(parts)), key=lambda k: (words[k], parts[k][1] - parts[k][0]))
    runs = []
    for i in range(main + 1):
        for j in range(main, len(parts)):
            if i == j == skip:
                continue
            runs.append(fold(text[parts[i][0] : parts[j][1]]).casefold())
    return runs


def _parts(value: str) -> set[str]:
    """The folded separator-delimited parts of ``value``."""
    cuts = [0]
    for sep in TITLE_SEPARATOR.finditer(value):
        cuts.extend((sep.start(), sep.end()))
    cuts.append(len(value))
    parts = (value[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    return {fold(p).casefold().strip(" -–—|") for p in parts if p.strip(" -–—|")}


def _own_heading(
    lines: list[Line],
    title: str,
    title_line: str,
    segments: list[str],
    web_page: bool,
    site: set[str],
) -> Line | None:
    """A later line that says what the page title says: the article's own heading.

    Either the line is one part of the title line (``Site - Heading``, breadcrumbs,
    ``Heading | Section | Site``), or it shares most of its words with the title.
    """
    folded = fold(title).casefold()
    if len(segments) <= 1 and not web_page:
        return None  # one part, and no page: nothing below can be a better title
    wanted = {s for s in segments if len(s.split()) >= 2 or len(s) >= 12}
    # The title line printed again as it is (site and all) is a copy of the page's
    # title, not the article's heading.
    wanted.discard(fold(title_line).casefold())
    # Every line folded once (blank lines fold to nothing): the loops below read them
    # all on a web page.
    folded_lines = [fold(line.text).casefold() if not line.blank else "" for line in lines]
    for k, line in enumerate(lines):
        candidate = folded_lines[k]
        if candidate == folded:
            return _written_longer(lines[k + 1 : k + 1 + LONGER_BELOW], folded)
        if candidate in wanted:
            return line
    if not web_page:
        # In an article's own text a line like the title is a sentence of the body.
        return None
    # The heading is the start or the end of the title line (the rest being the
    # site, its section or the author), or the title's main part written longer.
    best: Line | None = None
    # A menu item that happens to be one end of the title is the heading only when
    # nothing else is.
    in_menu: Line | None = None
    whole = fold(title_line).casefold()
    main = max(segments, key=len) if segments else folded
    for k, (line, candidate) in enumerate(zip(lines, folded_lines)):
        if len(candidate) > 2 * len(whole) or not candidate:
            continue
        if candidate in site:
            continue  # the site's name printed again (a logo) is not the heading
        whole_part = candidate in segments
        substantial = len(candidate.split()) >= 2 or len(candidate) >= 0.4 * len(whole)
        if not (substantial or whole_part):
            continue
        if (whole.startswith(candidate) or whole.endswith(candidate)) and candidate != whole:
            if _menu_item(lines, k):
                in_menu = in_menu or line
            elif best is None or len(candidate) > len(fold(best.text)):
                best = line
        elif len(main.split()) >= 3 and candidate.startswith(main) and best is None:
            best = line
    if best is not None:
        return best
    title_words = _words(title)
    for line in lines:
        candidate = line.text.strip()
        if len(candidate) > 2 * len(title) or len(candidate.split()) < 3:
            continue
        words = _words(candidate)
        if title_words and len(words & title_words) >= SAME_TITLE * len(words | title_words):
            return line
    return in_menu


def _menu_item(lines: list[Line], k: int) -> bool:
    """``lines[k]`` stands among short lines as long as itself: an item of a menu."""
    if k == 0 or k + 1 >= len(lines):
        return False
    size = max(MENU_WORDS, len(lines[k].text.split()))
    after = lines[k + 1].text
    if _DATE.search(after) is not None or not any(map(str.isalpha, after)):
        return False  # a date or figures under it: the heading's byline block
    return all(len(lines[j].text.split()) <= size for j in (k - 1, k + 1))


def _after_colon_heading(lines: list[Line], title: str) -> Line | None:
    """The end of ``Name: Heading`` printed alone when the whole title is printed nowhere.

    A blog or a section writes its name before a colon in the page title; the page
    prints the article's heading without it.  A title printed whole on a line of its
    own keeps its colon part (``Place: what happened``).
    """
    whole = fold(title).casefold()
    ends = set()
    position = whole.find(": ")
    while position >= 0:
        end = whole[position + 2 :]
        if len(end.split()) >= MIN_HEADING_WORDS:
            ends.add(end)
        position = whole.find(": ", position + 2)
    if not ends:
        return None
    shortest = min(map(len, ends))
    found: Line | None = None
    for line in lines:
        if len(line.text) < shortest:
            continue  # too short to be either (a length is cheaper than a fold)
        candidate = fold(line.text).casefold()
        if candidate == whole:
            return None
        if found is None and candidate in ends:
            found = line
    return found


def _written_longer(lines: list[Line], title: str) -> Line | None:
    """A heading under the printed title that starts with it and goes on.

    A page title cut short for search engines (``Heading: 10 tips``) is printed as it
    is in the page's head, and the article's heading under it says it in full
    (``Heading: 10 tips for the holidays``).  The title must be followed by a space,
    not by a comma that makes a sentence of it, and have three words or more (one or
    two words over a heading are a kicker or a section's name).
    """
    if len(title.split()) < 3:
        return None
    for line in lines:
        text = fold(line.text)
        if len(text) > len(title) + 1 and text.casefold().startswith(title + " "):
            return line if _heading_shape(text) else None
    return None


def _heading_shape(text: str) -> bool:
    """A line that can be a heading: a few words, not a sentence's end, not a date."""
    words = len(text.split())
    if not MIN_HEADING_WORDS <= words <= MAX_TITLE_WORDS * 3 // 4 or text[-1] in ".:,;":
        return False
    letters = sum(map(str.isalpha, text))
    if letters < 0.6 * (len(text) - text.count(" ")):
        return False
    return _DATE.search(text) is None


def _breadcrumb(text: str) -> bool:
    """A trail of links (``Home » News » Sport``, ``home / Betrieb / IT``), no heading."""
    return len(list(itertools.islice(TITLE_SEPARATOR.finditer(text), 2))) >= 2


def _dated(line: Line) -> bool:
    """A short line with a date: separators between its parts (``01.12.2022 / News /
    Solar``) are no words."""
    chunks = line.text.split()
    separators = sum(1 for chunk in chunks if not chunk.strip(_SEPARATOR_CHARS))
    return len(chunks) - separators <= MAX_DATE_LINE_WORDS and _DATE.search(line.text) is not None


def _dated_heading(
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
    as a kicker of a few words right over such a dated line, that line is the heading.
    When the title is printed nowhere on the page (``page``, the whole text), it was
    written for search engines only, and the heading-shaped line right above the core
    is the heading the page shows.
    """
    wanted = fold(title).casefold()
    near = filled[max(1, first - DATED_HEADING_LINES - 2) : first + 1]
    for j, line in enumerate(near):
        printed = fold(line.text)
        if (
            line.number == printed_at
            or printed.casefold() == wanted
            or (printed.casefold().startswith(wanted) and _heading_shape(printed))
        ):
            # The title is printed as the heading (a subtitle may follow it), or as
            # the kicker over it: a few words, then the heading and its date.
            return _kicker_heading(near[j:], filled, first) or _section_heading(
                filled, first, near[j:], wanted, site
            )
    title_words = {w for w in _words(title) if len(w) >= MIN_SHARED_LETTERS}
    line_words = {w for w in _words(title_line) if len(w) >= MIN_SHARED_LETTERS}
    # A date printed over the heading counts when no heading has a date under it.
    over: Line | None = None
    for k in range(first, max(0, first - DATED_HEADING_LINES - 1), -1):
        line = filled[k]
        text = fold(line.text)
        if not _heading_shape(text) or text.casefold() in site or _breadcrumb(text):
            continue
        words = {w for w in _words(text) if len(w) >= MIN_SHARED_LETTERS}
        shared = len(words & (title_words | line_words))
        enough = shared >= min(2, len(words), len(title_words) - 1)
        # The core may start at its heading when the heading reads like a sentence.
        until = first if k < first else k + 1 + DATE_BELOW
        if enough and any(_dated(below) for below in filled[k + 1 : min(until, k + 1 + DATE_BELOW)]):
            return line
        if k == first - 1 and shared >= max(2, len(words) / 2):
            return line
        if enough and over is None and any(_dated(above) for above in filled[max(1, k - DATE_ABOVE) : k]):
            over = line
    if over is None and page and first >= 2:
        return _unprinted_title_heading(filled, first, wanted, title_words | line_words, site, page)
    return over


def _unprinted_title_heading(
    filled: list[Line], first: int, wanted: str, title_words: set[str], site: set[str], page: str
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
    if not _plain_heading(filled[at], site):
        lowest = max(0, first - 1 - DATED_HEADING_LINES)
        at = next((k for k in range(first - 2, lowest, -1) if _dated_under(filled, k, first, site)), 0)
        if not at:
            return None
    elif _continued(filled[first]):
        return None  # the core goes on with the line's sentence: no heading
    # At C speed: the page after its title line as it is, then whitespace folded.
    rest = page[filled[1].start :].casefold()
    if wanted in rest or wanted in " ".join(rest.split()):
        return None
    over = at >= 2 and _plain_heading(filled[at - 1], site)
    if over and _shared(filled[at - 1], title_words) > _shared(filled[at], title_words):
        at -= 1
    if len(filled[at - 1].text.split()) >= MAX_WORDS_OVER_HEADING:
        return None  # prose over the line: the article began earlier, this is inside it
    return filled[at]


def _dated_under(filled: list[Line], k: int, first: int, site: set[str]) -> bool:
    """``filled[k]`` is a plain heading with a date among the lines under it, above the
    core, and none right over it."""
    if len(filled[k].text.split()) <= MIN_HEADING_WORDS:
        return False  # two words over a date are a category or a name, no heading
    if _dated(filled[k - 1]):
        return False  # dates over and under: an item of a list of dated links
    below = filled[k + 1 : min(first, k + 1 + DATE_BELOW)]
    return _plain_heading(filled[k], site) and any(_dated(line) for line in below)


def _continued(line: Line) -> bool:
    """``line`` goes on with the sentence of the line over it."""
    opening = line.text.lstrip()[:1]
    return opening.islower() or opening.isdigit() or opening in SENTENCE_GOES_ON


def _plain_heading(line: Line, site: set[str]) -> bool:
    """A heading-shaped line that is neither the site's name nor a trail of links."""
    text = fold(line.text)
    if ". " in text:
        return False  # two sentences: a teaser or a caption
    return _heading_shape(text) and text.casefold() not in site and not _breadcrumb(text)


def _shared(line: Line, title_words: set[str]) -> int:
    """How many words of ``line`` (of ``MIN_SHARED_LETTERS`` letters or more) the title has."""
    return sum(1 for w in _words(line.text) if len(w) >= MIN_SHARED_LETTERS and w in title_words)


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
    if not at or not all(_menu_item(filled, k) for k in at):
        return None
    below = range(at[-1] + 1, first)
    menu_goes_on = sum(1 for k in below if len(filled[k].text.split()) <= MENU_WORDS) >= 2
    for k in reversed(below):
        line = filled[k]
        if len(line.text.split()) <= MENU_WORDS or not _plain_heading(line, site):
            continue
        if any(_dated(under) for under in filled[k + 1 : min(first, k + 1 + DATE_BELOW)]):
            return line
        if k == first - 1 and menu_goes_on:
            return line
    return None


def _kicker_heading(lines: list[Line], filled: list[Line], first: int) -> Line | None:
    """The heading under a kicker: ``lines[0]`` is a few words, ``lines[1]`` a short
    heading with a date among the lines under it, before the article core starts."""
    if len(lines) < 2 or len(lines[0].text.split()) > MAX_SITE_WORDS - 1:
        return None
    heading = lines[1]
    text = fold(heading.text)
    words = len(text.split())
    if not len(lines[0].text.split()) < words < MAX_KICKED_WORDS or not _heading_shape(text):
        return None  # a longer line under the title is its teaser
    k = filled.index(heading)
    if not any(_dated(below) for below in filled[k + 1 : min(first, k + 1 + DATE_BELOW)]):
        return None
    return heading


def _repeat_at(text: str, line: Line, title: str) -> Span | None:
    """The headline written again at the start of ``line``, if it is."""
    target = fold(title).casefold()
    if not target:
        return None
    # Compare word by word so that spacing differences do not matter.
    words = target.split()
    position = line.stripped_start
    for word in words:
        while position < line.end and text[position].isspace():
            position += 1
        if text[position : position + len(word)].casefold() != word:
            return None
        position += len(word)
    return Span(line.stripped_start, position)
