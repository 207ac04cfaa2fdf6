"""The headline of a text: the first line, cleaned, and the heading a web page prints."""

from __future__ import annotations

import functools
from operator import attrgetter

from articleparse.extractors.core import article_core
from articleparse.extractors.headline.common import (
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    MENU_LINES,
    MENU_WORDS,
    MIN_MENU_ITEMS,
    TITLE_SEPARATOR,
    HeadlineResult,
    mostly_caps,
    fold,
)
from articleparse.extractors.headline.dated import (
    DATED_HEADING_LINES,
    FAR_HEADING_LINES,
    dated_heading,
    first_prose,
)
from articleparse.extractors.headline.byline import bylined_heading
from articleparse.extractors.headline.page import after_colon_heading, own_heading
from articleparse.extractors.headline.title import (
    bare_domain,
    logo_part,
    folded_parts,
    opens_roundup,
    title_segments,
    strip_date_parts,
    strip_site_part,
    strip_site_suffix,
    unspaced_site,
    strip_wire_slug,
    wire_slugs as language_wire_slugs,
)
from articleparse.languages import available, load
from articleparse.lines import Line, count_short, filled_lines, plain_spacing, split_lines
from articleparse.lines import folded_lines as folded_page
from articleparse.model import Headline, Removal, Span

_blank = attrgetter("blank")
_text = attrgetter("text")

#: What stands between a title and a site's name printed after it.
SITE_SEPARATORS = "|-–—·»:"
#: How many lines to search for the article's own heading under the page title.
HEADING_SEARCH_LINES = 400


@functools.cache
def _all_wire_slugs() -> frozenset[str]:
    # The headline step runs before language detection, and a wire's slugs are printed
    # on its pages in any language's crawl.
    return language_wire_slugs(tuple(load(code) for code in available()))


def _looks_like_sentence(line: Line) -> bool:
    text = line.text.strip()
    # At most MAX_TITLE_WORDS + 1 pieces: a long paragraph is not cut into all its words.
    return len(text) > MAX_TITLE_CHARS or len(text.split(None, MAX_TITLE_WORDS)) > MAX_TITLE_WORDS


def _looks_like_web_page(lines: list[Line]) -> bool:
    """Menus at the top: many very short lines, as crawled web pages have."""
    head = lines[:MENU_LINES]
    # A blank line has no words: it is counted short, then taken off.
    short: int = count_short(head, MENU_WORDS) - sum(map(_blank, head))
    return short >= MIN_MENU_ITEMS


def extract_headline(
    text: str,
    byline_markers: tuple[str, ...] = (),
    roundup_words: tuple[str, ...] = (),
    wire_slugs: frozenset[str] | None = None,
) -> HeadlineResult:
    """The headline of ``text`` and the lines it takes.

    ``byline_markers`` (case-folded, ``byline.byline_markers``) open the byline under
    a web page's heading; ``roundup_words`` (case-folded, ``title.roundup_words``) open
    the title of a roundup of several stories; ``wire_slugs`` (``title.wire_slugs``,
    every language's when ``None``) are cut from the title's start.

    >>> r = extract_headline("Banjir di Jakarta | Kompas.com\\nHujan deras turun sejak pagi.")
    >>> r.headline.text, r.headline.rule
    ('Banjir di Jakarta', 'headline.site_suffix')
    """
    lines = split_lines(text)
    filled = filled_lines(text)
    all_filled = filled
    if not filled:
        return HeadlineResult()
    first = filled[0]
    removals = [Removal(Span(first.start, first.end), "headline.title_line")]
    if _looks_like_sentence(first):
        return HeadlineResult(None, (), first.number)
    start, end = first.stripped_start, first.stripped_end
    rule = "headline.first_line"
    undated = strip_date_parts(text, start, end)
    if undated != (start, end):
        start, end = undated
        rule = "headline.date_part"
    slugs = _all_wire_slugs() if wire_slugs is None else wire_slugs
    unslugged = strip_wire_slug(text, start, end, slugs)
    if unslugged != start:
        start = unslugged
        undated = (start, end)
        rule = "headline.wire_slug"
    web_page = _looks_like_web_page(lines)
    core: tuple[int, int] | None = None
    over_core: frozenset[str] = frozenset()
    if web_page:
        core = article_core(text)
        if core is not None:
            above = all_filled[max(1, core[0] - DATED_HEADING_LINES - 2) : core[0] + 1]
            # With plain spacing a filled line is folded already.
            texts = map(_text, above)
            over_core = frozenset(
                map(str.casefold, texts if plain_spacing(text) else map(fold, texts))
            )
    following = filled[1] if len(filled) > 1 else None

    if following is not None and mostly_caps(first.text) and mostly_caps(following.text):
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
    elif web_page and (logo := logo_part(text, start, end, filled[1:HEADING_SEARCH_LINES])):
        start, end = logo
        rule = "headline.site_logo"
    else:
        roundup = opens_roundup(text, start, end, roundup_words)
        new_end, stripped = strip_site_suffix(text, start, end, text, roundup)
        if stripped and bare_domain(text[start:new_end]):
            # What is left is the site's address: the site comes first, the title after.
            after = next(TITLE_SEPARATOR.finditer(text, start, end), None)
            if after is not None:
                start = after.end()
                rule = "headline.site_part"
        elif stripped:
            end = new_end
            rule = "headline.site_suffix"
        elif web_page and not mostly_caps(first.text):
            new_start, new_end = strip_site_part(text, start, end, over_core)
            if (new_start, new_end) != (start, end):
                start, end = new_start, new_end
                rule = "headline.site_part"
        if rule in ("headline.first_line", "headline.date_part", "headline.wire_slug"):
            unspaced = unspaced_site(text, start, end)
            if unspaced is not None:
                start, end = unspaced
                rule = "headline.site_part"

    title = text[start:end]
    if rule == "headline.site_logo":
        segments = title_segments(text, start, end)
    else:
        segments = title_segments(text, *undated)
    site = text[first.stripped_start : first.stripped_end].replace(title, "", 1)
    site_parts = folded_parts(site)
    # The folded forms and word counts of the searched lines: ``filled`` is the page's
    # filled lines, less the title's second line when the title took it.
    shift = len(all_filled) - len(filled)
    heading = own_heading(
        filled[1:HEADING_SEARCH_LINES], title, first.text.strip(), segments, web_page,
        site_parts, text, slice(shift + 1, shift + HEADING_SEARCH_LINES),
    )
    page_title = title
    removals_before_heading = len(removals)
    if heading is None and ": " in title:
        heading = after_colon_heading(filled[1:HEADING_SEARCH_LINES], title)
    if heading is not None:
        start, end = strip_date_parts(text, heading.stripped_start, heading.stripped_end)
        rule = "headline.page_heading"
        removals.append(Removal(Span(heading.start, heading.end), rule))
        title = text[start:end]

    opening = core[0] if core is not None else None
    if opening is None and web_page and heading is None:
        # No article core (a short page) and the title printed nowhere as a heading:
        # the heading stands over the page's first line of prose.
        opening = first_prose(all_filled)
    dated: Line | None = None
    if opening is not None:
        printed_at = heading.number if heading is not None else -1
        dated = dated_heading(
            all_filled, opening, title, first.text, site_parts, printed_at, text
        )
        if dated is not None:
            heading = dated
            start, end = heading.stripped_start, heading.stripped_end
            rule = "headline.dated_heading"
            removals.append(Removal(Span(heading.start, heading.end), rule))
            title = text[start:end]

    if web_page and byline_markers:
        bylined = _bylined_heading(
            text, all_filled, page_title, heading, byline_markers, site_parts
        )
        if bylined is not None:
            # The heading over the article's byline is the one the article shows; a
            # heading found before it (a line inside the article that starts with the
            # title, a dated item of a list) is left in the body.
            heading, dated = bylined, None
            start, end = strip_date_parts(text, heading.stripped_start, heading.stripped_end)
            rule = "headline.bylined_heading"
            del removals[removals_before_heading:]
            removals.append(Removal(Span(heading.start, heading.end), rule))
            title = text[start:end]

    body_line = filled[1].number if len(filled) > 1 else first.number + 1
    if heading is not None:
        # On a web page the article starts under its own heading, not under the menus.
        body_line = heading.number + 1
        if opening is not None and dated is not None and _far_over(all_filled, dated, opening):
            # A heading far over the article (a video playlist between): the lines under
            # it are its byline block and the playlist, and the article starts at its core.
            body_line = all_filled[opening].number
            under = all_filled[all_filled.index(dated) + 1]
            removals.append(Removal(Span(under.start, all_filled[opening - 1].end), rule))
    if following is not None:
        repeat = _repeat_at(text, following, title)
        if repeat is not None:
            removals.append(Removal(repeat, "headline.repeated"))
    headline = Headline(fold(title), Span(start, end), rule)
    return HeadlineResult(headline, tuple(removals), body_line, core, web_page)


def _bylined_heading(
    text: str,
    filled: list[Line],
    page_title: str,
    heading: Line | None,
    markers: tuple[str, ...],
    site: set[str],
) -> Line | None:
    """The heading over the article's byline, when it says something other than the
    page title (``page_title``, cleaned) and the ``heading`` found so far.

    A page title printed as a line of its own over the byline is the heading the page
    shows, and so is a heading found over the byline, not far from it; one found under
    it stands inside the article.  A heading that is a part of the page title (``Name``
    of ``Name: Heading``) leaves the title, which says it in full.
    """
    found = bylined_heading(filled[:HEADING_SEARCH_LINES], page_title, markers, site)
    if found is None:
        return None
    line, byline_at = found
    if heading is not None:
        at = filled.index(heading)
        if at == filled.index(line) or 0 < byline_at - at <= FAR_HEADING_LINES:
            return None
    candidate = fold(line.text).casefold()
    wanted = fold(page_title).casefold()
    if candidate in wanted or _with_site(candidate, wanted):
        return None
    folded = folded_page(text)
    if any(printed == wanted for printed in folded[1:byline_at]):
        return None
    return line


def _with_site(candidate: str, title: str) -> bool:
    """``candidate`` is ``title`` with a separator and more after it: the title printed
    with a site's name (a box of related articles, of another site), no heading."""
    rest = candidate[len(title) :].lstrip() if candidate.startswith(title) else ""
    return rest[:1] in SITE_SEPARATORS and rest != ""


def _far_over(filled: list[Line], heading: Line, opening: int) -> bool:
    """``heading`` stands over the lines searched for a dated heading above ``filled[opening]``."""
    return heading.number < filled[max(0, opening - DATED_HEADING_LINES - 2)].number


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
