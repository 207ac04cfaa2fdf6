"""The heading printed over the article's byline (``By Jane Doe``) on a web page.

A page title is often written for search engines and says something other than the
heading the article shows.  The article's own heading stands in its heading block:
the heading, perhaps a teaser or a few bullet points, then the byline (``By Jane
Doe``, ``By`` with the name on the next line, ``Oleh Budi Santoso``, ``Penulis:
Budi``).  The markers that open a byline are the language's credit markers
(``credits.toml``); no word of a language is written here.
"""

from __future__ import annotations

import functools
from itertools import compress, count
from operator import attrgetter, itemgetter

from articleparse.extractors.headline.common import (
    MAX_DATE_LINE_WORDS,
    MIN_SHARED_LETTERS,
    plain_heading,
    word_set,
)
from articleparse.languages import Language
from articleparse.lines import Line

_text = attrgetter("text")
#: The first characters of a line, compared with those of the markers' first words.
_PREFIX_CHARS = 3
_prefix = itemgetter(slice(0, _PREFIX_CHARS))
#: What ends a heading or a sentence, never a name or a date.
SENTENCE_ENDS = "?!"
#: How many lines over its byline a heading may stand (a teaser, bullet points between).
BYLINE_BELOW = 4
#: How many byline-shaped lines are tried, top first: the article's byline comes early,
#: and lists of related articles further down carry bylines of their own.
MAX_BYLINES = 3
#: A heading shares this many of the title's words with it (all of them, if fewer).
MIN_SHARED_WORDS = 2


@functools.cache
def byline_markers(languages: tuple[Language, ...]) -> tuple[str, ...]:
    """The case-folded words that open a byline in ``languages``: the author markers
    written before a name (``by``, ``oleh``, ``written by``) and the labelled ones with
    their colon (``author:``, ``penulis:``)."""
    markers: list[str] = []
    for language in languages:
        markers.extend(language.words("credits", "author.line_start"))
        markers.extend(language.words("credits", "author.by"))
        markers.extend(f"{word}:" for word in language.words("credits", "author.labelled"))
    return tuple(dict.fromkeys(m.casefold() for m in markers if m))


def _first_word(text: str) -> str:
    """The case-folded first word of ``text`` (stripped), up to a space or a colon."""
    word = text.split(None, 1)[0] if text else ""
    return word.split(":", 1)[0].casefold()


@functools.cache
def _by_first_word(markers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The markers by their first word: a line is compared only with the markers that
    open with its own first word."""
    grouped: dict[str, list[str]] = {}
    for marker in markers:
        grouped.setdefault(_first_word(marker), []).append(marker)
    return {word: tuple(group) for word, group in grouped.items()}


@functools.cache
def _prefixes(markers: tuple[str, ...]) -> frozenset[str]:
    """The first characters of a line that may open with a marker (``By ``, ``by:``,
    ``BY``, ``Oleh``): a set that rules most lines out without a loop over the markers.
    A first word shorter than the prefix stands with what may follow it."""
    firsts: set[str] = set()
    for word in _by_first_word(markers):
        if len(word) >= _PREFIX_CHARS:
            firsts.add(word[:_PREFIX_CHARS])
        else:
            firsts.update(word + tail for tail in ("", " ", ":", "\t"))
    return frozenset(
        {cased[:_PREFIX_CHARS] for f in firsts for cased in (f, f.upper(), f.capitalize())}
    )


def byline_line(text: str, markers: tuple[str, ...]) -> bool:
    """``text`` is a byline: a short line opening with a marker, then nothing, a colon,
    or a name (a capital letter); a labelled marker takes anything after its colon."""
    stripped = text.strip()
    if not stripped or stripped[-1] in SENTENCE_ENDS:
        return False  # a question or an exclamation opening with the marker's word
    if len(stripped.split(None, MAX_DATE_LINE_WORDS)) > MAX_DATE_LINE_WORDS:
        return False
    for marker in _by_first_word(markers).get(_first_word(stripped), ()):
        if stripped[: len(marker)].casefold() != marker:
            continue
        rest = stripped[len(marker) :]
        if marker.endswith(":") or not rest or rest[0] == ":":
            return True
        after = rest.lstrip()
        if rest[0].isspace() and (after[:1].isupper() or after[:1] in ":@"):
            return True
    return False


def bylined_heading(
    filled: list[Line], title: str, markers: tuple[str, ...], site: set[str]
) -> tuple[Line, int] | None:
    """The heading over the first byline of ``filled`` (the page's filled lines, its
    title line first) that shares ``MIN_SHARED_WORDS`` words with ``title``, and the
    byline's place in ``filled``.

    Of the heading-shaped lines within ``BYLINE_BELOW`` lines over the byline, the one
    that shares the most words is the heading, the closest to the byline of those as
    good (a kicker over it, a teaser or bullet points under it share fewer most often;
    a trail of links ending in the heading, over it, as many).
    """
    if not markers:
        return None
    title_words = {w for w in word_set(title) if len(w) >= MIN_SHARED_LETTERS}
    least = min(MIN_SHARED_WORDS, len(title_words))
    if not least:
        return None
    texts = list(map(_text, filled))
    # Lines are tested only where their first characters are those of a marker: one
    # C-level pass over the page rules out nearly all of them.
    hits = compress(count(), map(_prefixes(markers).__contains__, map(_prefix, map(str.lstrip, texts))))
    tried = 0
    for at in hits:
        if at < 2 or not byline_line(texts[at], markers):
            continue
        tried += 1
        found: Line | None = None
        most = least - 1
        for k in range(at - 1, max(0, at - 1 - BYLINE_BELOW), -1):
            line = filled[k]
            shared = sum(1 for w in word_set(line.text) if w in title_words)
            if shared > most and plain_heading(line, site):
                found, most = line, shared
        if found is not None:
            return found, at
        if tried >= MAX_BYLINES:
            return None
    return None
