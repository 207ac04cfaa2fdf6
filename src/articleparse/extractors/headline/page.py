"""The article's own heading printed again further down a web page."""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import attrgetter, methodcaller

from articleparse.extractors.headline.common import (
    MIN_HEADING_WORDS,
    heading_shape,
    menu_item,
    word_set,
    fold,
)
from articleparse.lines import Line, plain_spacing, word_counts
from articleparse.lines import folded_lines as folded_page

_text = attrgetter("text")

#: How many lines under the printed title its fuller form may stand.
LONGER_BELOW = 3
#: Word overlap (Jaccard) for a line to count as the same title written again.
SAME_TITLE = 0.6


def own_heading(
    lines: list[Line],
    title: str,
    title_line: str,
    segments: list[str],
    web_page: bool,
    site: set[str],
    page: str,
    where: slice,
) -> Line | None:
    """A later line that says what the page title says: the article's own heading.

    Either the line is one part of the title line (``Site - Heading``, breadcrumbs,
    ``Heading | Section | Site``), or it shares most of its words with the title.
    ``lines`` are ``filled_lines(page)[where]``.
    """
    folded = fold(title).casefold()
    if len(segments) <= 1 and not web_page:
        return None  # one part, and no page: nothing below can be a better title
    wanted = {s for s in segments if len(s.split()) >= 2 or len(s) >= 12}
    # The title line printed again as it is (site and all) is a copy of the page's
    # title, not the article's heading.
    wanted.discard(fold(title_line).casefold())
    whole = fold(title_line).casefold()
    targets = wanted | {folded}
    # No test below picks a line longer than this once folded.
    reach = max(2 * len(whole), 2 * len(title), *map(len, targets))
    folded_lines, numbers = _folded_within(page, where, lines, reach)
    # The loops below read every line of a web page: each first goes through the
    # folded lines in a C-level ``map`` pass that leaves out the lines it cannot pick.
    at = next(compress(count(), map(targets.__contains__, folded_lines)), None)
    if at is not None:
        k = numbers[at]
        if folded_lines[at] == folded:
            return _written_longer(lines[k + 1 : k + 1 + LONGER_BELOW], folded)
        return lines[k]
    if not web_page:
        # In an article's own text a line like the title is a sentence of the body.
        return None
    # The heading is the start or the end of the title line (the rest being the
    # site, its section or the author), or the title's main part written longer.
    best: Line | None = None
    # A menu item that happens to be one end of the title is the heading only when
    # nothing else is.
    in_menu: Line | None = None
    main = max(segments, key=len) if segments else folded
    # Only a line that opens or closes the title line, or opens with its main part,
    # can be picked here.
    picked = {
        *compress(count(), map(whole.startswith, folded_lines)),
        *compress(count(), map(whole.endswith, folded_lines)),
    }
    if len(main.split()) >= 3:
        picked.update(compress(count(), map(methodcaller("startswith", main), folded_lines)))
    for at in sorted(picked):
        k = numbers[at]
        line, candidate = lines[k], folded_lines[at]
        if len(candidate) > 2 * len(whole) or not candidate:
            continue
        if candidate in site:
            continue  # the site's name printed again (a logo) is not the heading
        whole_part = candidate in segments
        substantial = len(candidate.split()) >= 2 or len(candidate) >= 0.4 * len(whole)
        if not (substantial or whole_part):
            continue
        if (whole.startswith(candidate) or whole.endswith(candidate)) and candidate != whole:
            if menu_item(lines, k):
                in_menu = in_menu or line
            elif best is None or len(candidate) > len(fold(best.text)):
                best = line
        elif len(main.split()) >= 3 and candidate.startswith(main) and best is None:
            if not _with_site_after(candidate, main):
                best = line
    if best is not None:
        return best
    title_words = word_set(title)
    if not title_words:
        return in_menu
    # A line that shares SAME_TITLE of the words of both has at least that share of
    # the title's words inside it: a substring test each (of the folded line, which
    # holds every folded word of the line), title word by title word over all lines
    # in C-level passes, rules most lines out without a pattern.
    least_shared = SAME_TITLE * len(title_words)
    most_chars = 2 * len(title)
    counts = word_counts(page)[where]
    inside = [list(map(str.__contains__, folded_lines, repeat(w))) for w in title_words]
    for at in compress(count(), map(least_shared.__le__, map(sum, zip(*inside)))):
        k = numbers[at]
        if counts[k] < 3:
            continue
        candidate = lines[k].text.strip()
        if len(candidate) > most_chars or _with_site_after(folded_lines[at], folded):
            continue
        words = word_set(candidate)
        if title_words and len(words & title_words) >= SAME_TITLE * len(words | title_words):
            return lines[k]
    return in_menu


def _with_site_after(candidate: str, main: str) -> bool:
    """``candidate`` (folded) is ``main`` with a pipe and more after it: the title printed
    with another site's name (a box to share the article), not its heading."""
    return candidate.startswith(main) and candidate[len(main) :].lstrip().startswith("|")


def _folded_within(
    page: str, where: slice, lines: list[Line], reach: int
) -> tuple[list[str], list[int]]:
    """The folded forms of those of ``lines`` (``filled_lines(page)[where]``) that may
    fold to at most ``reach`` characters, and their places in ``lines``.

    With plain spacing a line folds to its case folding, which is never shorter than
    the line: a longer line (the article's prose) is neither folded nor returned.
    Otherwise every line is, as ``folded_lines`` has it.
    """
    if not plain_spacing(page):
        folded = folded_page(page)[where]
        return folded, list(range(len(folded)))
    texts = list(map(_text, lines))
    numbers = list(compress(count(), map(reach.__ge__, map(len, texts))))
    return list(map(str.casefold, map(texts.__getitem__, numbers))), numbers


def after_colon_heading(lines: list[Line], title: str) -> Line | None:
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
            return line if heading_shape(text) else None
    return None
