"""The article core of a crawled web page: the stretch of lines that holds its prose.

A web page prints its article between menus, link lists and a footer.  Its article
core is the best-scoring stretch of filled lines, where prose lines score their words
and short lines cost more and more as their run grows (a maximum subarray, as in
Finn, Kushmerick and Smyth's *body text extraction*), on a text that shows menus at
the top at all.  Two steps read it: the headline step looks for the article's own
heading right above the core, and the boilerplate step (``boilerplate``) cuts the
menus before it and the furniture after it.  It lives here, apart from both, so that
neither step imports the other; the word weights it computes are cached once per text
for both.
"""

from __future__ import annotations

import functools
from itertools import compress, count, repeat
from operator import attrgetter, floordiv

from articleparse.lines import Line, count_short, filled_lines, plain_spacing, word_counts

__all__ = ["article_core", "looks_like_web_page"]

#: A web page shows its menus at the top: at least ``MIN_MENU_ITEMS`` of its first
#: ``MENU_LINES`` lines have at most ``MENU_WORDS`` words.
MENU_LINES = 40
MENU_WORDS = 3
MIN_MENU_ITEMS = 10
#: A line of at least this many words is prose; shorter lines are menu-like.
PROSE_WORDS = 10
#: A line of at least this many words is prose whatever it ends with; a shorter one
#: must end like a sentence (a title in a list of related links does not).
LONG_PROSE_WORDS = 25
#: Marks that end a sentence in the scripts we meet (a closing quote or bracket too).
SENTENCE_ENDS = ".!?…:;\"'»«”“)]。！？"
#: Characters that count as one word in scripts written without spaces (CJK, Thai).
CHARS_PER_WORD = 7
#: What each line shorter than ``PROSE_WORDS`` costs the core, per place in its run
#: (the cost grows to ``SHORT_COST * MAX_RUN_COST`` over a run of short lines).
SHORT_COST = 1.0
MAX_RUN_COST = 3
#: The short lines before the core needed to call the page's top its menus.
MIN_MENU_BEFORE = 5
#: The core must score at least this many words for the page to be cut at all: a
#: news brief of a paragraph or two is still an article.
MIN_CORE = 80

#: ``Line.text`` as a C-level function, for ``map``.
_text = attrgetter("text")


@functools.lru_cache(maxsize=8)
def _weights(text: str) -> list[int]:
    """Words of each filled line of ``text``; text written without spaces counts one
    word per few characters.  Made once per text (the headline step reads the page's
    core, the boilerplate step its furniture), in C-level ``map`` passes."""
    texts = map(_text, filled_lines(text))
    chars = map(len, texts if plain_spacing(text) else map(str.strip, texts))
    return list(map(max, word_counts(text), map(floordiv, chars, repeat(CHARS_PER_WORD))))


@functools.lru_cache(maxsize=8)
def _prose_weights(text: str) -> list[int]:
    """Each filled line's weight when it is prose (a sentence or more: long, or of some
    length and ending like a sentence), else 0."""
    weights = _weights(text)
    prose = [0] * len(weights)
    filled = filled_lines(text)
    # Only lines of ``PROSE_WORDS`` or more are looked at one by one (a web page's
    # menus and link lists are most of its lines).
    for k in compress(count(), map(PROSE_WORDS.__le__, weights)):
        weight = weights[k]
        if weight >= LONG_PROSE_WORDS or filled[k].text.rstrip()[-1:] in SENTENCE_ENDS:
            prose[k] = weight
    return prose


def _few_words(counts: list[int]) -> int:
    """How many of the lines of these word ``counts`` have at most ``MENU_WORDS`` words."""
    return sum(map(MENU_WORDS.__ge__, counts))


def looks_like_web_page(filled: list[Line]) -> bool:
    """Menus at the top: many very short lines among the first filled lines."""
    return count_short(filled[:MENU_LINES], MENU_WORDS) >= MIN_MENU_ITEMS


def _core(prose: list[int]) -> tuple[float, int, int]:
    """The best-scoring stretch of lines (score, first, last), line 0 (the title) left out.

    Only prose lines move the best stretch; the short lines between two of them cost
    their run's sum at once (whole numbers: the sums are exact in floating point, as
    one by one).
    """
    best = (0.0, 0, -1)
    best_score = 0.0
    score, start, last = 0.0, 1, 0
    for k in compress(range(1, len(prose)), prose[1:]):
        gap = k - last - 1
        if gap:
            # The run's k-th short line costs SHORT_COST * min(k, MAX_RUN_COST).
            ramp = min(gap, MAX_RUN_COST)
            score -= SHORT_COST * (ramp * (ramp + 1) // 2 + MAX_RUN_COST * (gap - ramp))
        last = k
        if score <= 0:
            score, start = 0.0, k
        score += prose[k]
        if score > best_score:
            best = (score, start, k)
            best_score = score
    return best


def article_core(text: str) -> tuple[int, int] | None:
    """The first and last filled line of a web page's article core, if it has one.

    ``None`` when the page's non-blank lines do not look like a web page, when no
    stretch scores ``MIN_CORE`` words or when no menus stand before it.
    """
    filled = filled_lines(text)
    if len(filled) < 2 or not looks_like_web_page(filled):
        return None
    score, first, last = _core(_prose_weights(text))
    if score < MIN_CORE or _few_words(word_counts(text)[:first]) < MIN_MENU_BEFORE:
        return None
    return first, last
