"""The headline, from the first line, and where the body starts after it.

Layouts handled, each a rule name:

- ``headline.first_line``: the first non-blank line.
- ``headline.site_suffix``: a page title with the site's name after a separator
  (``... | Kompas.com``, ``... – Daniel Lemire's blog``); the name is dropped when it
  is short and looks like a name (a domain, or words found again elsewhere on the
  page, where sites print their name in menus and footers).  A roundup's title
  (``[POPULER OTOMOTIF] A | B``: its first part holds a word of ``debris.roundup``)
  keeps the stories after its pipes.
- ``headline.site_part``: on a web page, the short end part of ``Heading - Site`` /
  ``Site | Heading`` that the page prints again on short lines (a logo, a footer) is
  the site, unless it stands alone just above the article (then it is the heading);
  a title whose rest is the site's address alone (``www.example.de | Heading``), or
  the shorter side of a separator written without spaces (``标题-网站``), likewise.
- ``headline.date_part``: a date printed as the first or last part of the title
  (``12.03.2024 - Heading``) is dropped; so is one around a page heading.
- ``headline.wire_slug``: a wire's slug glued before the title (``UPDATE 2-Oil prices
  rise``, ``RPT-``, ``EXCLUSIVE-``: ``debris.wire_slugs``, in capitals) is dropped.
- ``headline.site_logo``: on a web page, one part of the title stands alone on one of
  the first lines under it (the site's logo, before the menus) and the other parts
  stand alone further down (the article's heading): the other parts.
- ``headline.wrapped_caps``: an all-capital wire title that wraps onto a second line.
- ``headline.subtitle``: a title ending in ``;`` whose subtitle is on the next line.
- ``headline.page_heading``: the page title line, and further down a line that says
  nearly the same (the article's own heading), or one under the printed title that
  starts with it and goes on (the title in full): the heading wins; so does the end of
  ``Name: Heading`` printed alone when the whole title is printed nowhere.  The
  title's main part with a pipe and another site's name after it (a box to share
  the article) is no heading.
- ``headline.dated_heading``: on a web page whose title is not printed near the
  article, the closest heading-shaped line above the article core (or opening it)
  with a date or time under it (or, failing that, over it) and words of the title,
  or right above the core and made mostly of the title's words (the heading the
  page shows); when the title is printed nowhere on the page, the heading-shaped
  line right above the core, or a dated heading with two of the title's words
  further up (past a video playlist); a short title printed near the article only
  in a menu names its section, and the heading is under it; so does a short title
  printed over a heading right above the core that has a word of the title line.
- ``headline.bylined_heading``: on a web page, the heading-shaped line over the
  article's byline (``By Jane Doe``, ``By`` and the name under it, ``Oleh ...``,
  ``Penulis: ...``: any language's credit markers), a teaser or bullet points between,
  that shares two of the title's words (most of them of the lines there), when the
  page title is not printed on a line of its own over the byline and the heading
  found otherwise is none, stands under the byline (inside the article) or far over it.
- no headline when the first line reads as a body sentence.

When the scraper repeats the headline at the start of the body, the repeat is
marked for removal so that the body starts after it.
"""

from __future__ import annotations

from articleparse.extractors.headline.common import (
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    MENU_LINES,
    MENU_WORDS,
    MIN_MENU_ITEMS,
    TITLE_SEPARATOR,
    HeadlineResult,
    fold,
)
from articleparse.extractors.headline.byline import byline_markers
from articleparse.extractors.headline.extract import extract_headline
from articleparse.extractors.headline.title import roundup_words, wire_slugs

__all__ = [
    "MAX_TITLE_CHARS",
    "MAX_TITLE_WORDS",
    "MENU_LINES",
    "MENU_WORDS",
    "MIN_MENU_ITEMS",
    "TITLE_SEPARATOR",
    "HeadlineResult",
    "byline_markers",
    "extract_headline",
    "fold",
    "roundup_words",
    "wire_slugs",
]
