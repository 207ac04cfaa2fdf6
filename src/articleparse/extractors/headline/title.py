"""The page title line cleaned: a site's name, a date part or a logo part dropped."""

from __future__ import annotations

import functools
import itertools

from articleparse.extractors.headline.common import (
    MAX_SITE_WORDS,
    TITLE_SEPARATOR,
    find_date,
    fold,
    folded_words,
)
from articleparse.languages import Language
from articleparse.lines import Line, split_lines
from articleparse.patterns import compile_pattern

#: A part of the title standing alone on one of this many lines under it is the logo.
LOGO_LINES = 3
_DOMAIN = compile_pattern(
    "headline.domain",
    r"""\.(?:com|co|net|org|id|my|de|at|ch|fr|pl|uk|it|es|nl|info|news|tv)(?:\.[a-z]{2})?\b""",
)
#: A separator set without spaces next to a character of a script written without
#: spaces (CJK ideographs, kana, full-width forms).
_UNSPACED_CHAR = compile_pattern(
    "headline.unspaced_char", r"[\u3000-\u9fff\uff00-\uffef]", scan=True
)  # one class of code point ranges: the same on re, without the timeout's cost per call
_UNSPACED_SEPARATOR = compile_pattern(
    "headline.unspaced_separator",
    r"""(?<=[\u3000-\u9fff\uff00-\uffef]) [-_|｜] (?=\S)
      | (?<=\S) [-_|｜] (?=[\u3000-\u9fff\uff00-\uffef])""",
)


def strip_site_part(
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


def unspaced_site(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A title in a script written without spaces, without its site's name.

    Chinese and Japanese titles set the separator without spaces (``标题-网站``,
    ``SITE|标题``); with one such separator and no spaced one, the shorter side (in
    words, a character of such a script counting as one) is the site.
    """
    if TITLE_SEPARATOR.search(text, start, end) is not None:
        return None
    # Such a separator has a character of such a script next to it, inside the title
    # or right before it: a title without one (most titles) needs no pattern call.
    if _UNSPACED_CHAR.search(text, max(0, start - 1), end) is None:
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


def strip_date_parts(text: str, start: int, end: int) -> tuple[int, int]:
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
    found = find_date(part)
    if found is None:
        return False
    rest = part[: found.start()] + part[found.end() :]
    return not any(c.isalpha() for c in rest)


def logo_part(text: str, start: int, end: int, lines: list[Line]) -> tuple[int, int] | None:
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


def bare_domain(value: str) -> bool:
    """``value`` is a site's address and nothing else (``www.example.de //``)."""
    words = value.strip(" /|-–—»·:").split()
    return len(words) == 1 and _DOMAIN.search(words[0]) is not None


@functools.cache
def roundup_words(languages: tuple[Language, ...]) -> tuple[str, ...]:
    """The case-folded words that open a roundup's title in ``languages``, each a phrase
    of words as ``folded_words`` reads them."""
    found = (" ".join(folded_words(w)) for lang in languages for w in lang.words("debris", "roundup"))
    return tuple(dict.fromkeys(w for w in found if w))


def opens_roundup(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """The title opens with a label holding one of ``words`` (case-folded phrases,
    ``debris.roundup``): a roundup of several stories (``[POPULER OTOMOTIF] A | B``,
    ``BERITA POPULER - A | B``, ``Most read: A | B``).

    The label is a tag in brackets, or a first part of a few words before a separator
    or a colon; a title that opens with the word in a sentence (``Populer di media
    sosial, ...``) is no roundup.
    """
    if not words:
        return False
    title = text[start:end]
    if title.startswith("["):
        close = title.find("]")
        label = title[1:close] if close > 0 else ""
    else:
        separator = TITLE_SEPARATOR.search(title)
        cut = min(title.find(": ") % (len(title) + 1), separator.start() if separator else len(title))
        label = title[:cut] if cut < len(title) else ""
    if not label or len(label.split()) > MAX_SITE_WORDS - 1:
        return False
    padded = " " + " ".join(folded_words(label)) + " "
    return any(f" {word} " in padded for word in words)


def strip_site_suffix(
    text: str, start: int, end: int, page: str, roundup: bool = False
) -> tuple[int, bool]:
    """The end of the title once a trailing site name is dropped.

    A ``roundup``'s parts after a pipe are more stories: only an address or a name
    printed again on a short line of the page is its site's name there.
    """
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
        if not ((is_pipe and not roundup) or _DOMAIN.search(suffix) or elsewhere):
            break
        end = last.start()
        stripped = True
    return end, stripped


def title_segments(text: str, start: int, end: int) -> list[str]:
    """Every run of consecutive separator-delimited parts of a title line.

    The shorter end part of a title with several parts is most often the site's
    name (``Heading - Site``, ``Site | Heading``); it is left out, so that a logo
    line repeating the site's name is never taken for the article's heading.  Of
    parts as long in words, the longer in characters is the main part.
    """
    cuts = [start]
    for sep in TITLE_SEPARATOR.finditer(text, start, end):
        cuts.extend((sep.start(), sep.end()))
    if len(cuts) == 1:
        return [fold(text[start:end]).casefold()]  # one part (most titles): itself
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


def folded_parts(value: str) -> set[str]:
    """The folded separator-delimited parts of ``value``."""
    if not value.strip(" -–—|"):
        return set()  # nothing but what every part is stripped of (most often: empty)
    cuts = [0]
    for sep in TITLE_SEPARATOR.finditer(value):
        cuts.extend((sep.start(), sep.end()))
    cuts.append(len(value))
    parts = (value[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    return {fold(p).casefold().strip(" -–—|") for p in parts if p.strip(" -–—|")}


@functools.cache
def wire_slugs(languages: tuple[Language, ...]) -> frozenset[str]:
    """The slugs a news wire glues before its titles in ``languages`` (``debris.wire_slugs``),
    in capitals as the wire prints them."""
    return frozenset(w.upper() for lang in languages for w in lang.words("debris", "wire_slugs"))


def strip_wire_slug(text: str, start: int, end: int, slugs: frozenset[str]) -> int:
    """Where the title starts after a wire's slugs (``UPDATE 2-Oil prices rise``,
    ``RPT-UPDATE 1-...``, ``EXCLUSIVE-...``): each a word of ``slugs`` in capitals, a
    version number perhaps, and a hyphen glued to what follows.

    A word that is no slug (``US-China talks``, ``COVID-19 cases``), a slug in small
    letters (``Update-driven ...``) or a hyphen with a space after it is left alone:
    ``start`` comes back.
    """
    position = start
    while position < end:
        hyphen = text.find("-", position, end)
        if hyphen < 0:
            break
        word, _, number = text[position:hyphen].partition(" ")
        if word not in slugs or not (number == "" or number.isdecimal()):
            break
        position = hyphen + 1
    if position == start or position >= end or not text[position].isalnum():
        return start
    rest = text[position:end].split()
    # A slug before a single word is a label of its own, not a glued prefix.
    return position if len(rest) >= 2 else start
