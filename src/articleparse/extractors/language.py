"""Which supported language the article is written in.

Each language folder lists its most frequent words (``language.toml``, ``detect``);
the language whose words cover most of the text's words wins.  Languages that share
most of their frequent words (Indonesian and Malay) are told apart by their
``distinct`` words.  Too little evidence gives None: a Dutch page is not guessed
to be English.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter

import attrs

from articleparse.languages import Language, available, load
from articleparse.patterns import lower_case

__all__ = ["detect_language", "language_scores", "LanguageScore"]

#: Only the head of a long text is read: it says the language as well as the whole.
SAMPLE_CHARS = 4000
#: Below this share of the text's words in a language's frequent-word list, the
#: text is not in that language.  Low, because a crawled page's first characters are
#: often mostly menus and names: 12% left a tenth of German pages and of short wire
#: stories undetected, and over the development sets 6% detected 230 more texts right
#: without claiming any text in a language that has no folder (Dutch, Italian, ...).
MIN_SHARE = 0.06
MIN_HITS = 3

#: Stripped from both ends of each word before it is looked up.
_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?-–—/…*"


@functools.cache
def _lists() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    lists = []
    for code in available():
        language = load(code)
        words = frozenset(w.casefold() for w in language.words("language", "detect"))
        distinct = frozenset(w.casefold() for w in language.words("language", "detect.distinct"))
        lists.append((code, words, distinct))
    return tuple(lists)


@functools.cache
def _listed_words() -> frozenset[str]:
    """Every word of every language's lists: the only words worth counting."""
    return frozenset().union(*(frequent | distinct for _, frequent, distinct in _lists()))


@functools.cache
def _priority(code: str) -> int:
    """``detect.priority`` of a language: of two languages tied on every count (a short
    text in words Indonesian and Malay share), the higher wins."""
    value = load(code).concern("language").get("detect", {}).get("priority", 0)
    return int(value) if isinstance(value, int) else 0


@attrs.frozen
class LanguageScore:
    """How much of a text's head one language's word lists cover."""

    code: str
    hits: int  # words of the text in the language's frequent-word list
    distinct: int  # words of the text in its distinct-word list
    total: int  # words in the text's head

    @property
    def score(self) -> int:
        return self.hits + 2 * self.distinct

    @property
    def enough(self) -> bool:
        return self.hits >= MIN_HITS and self.hits / max(self.total, 1) >= MIN_SHARE


def _scores(text: str) -> list[LanguageScore]:
    """Every language's score for ``text``, in the order of ``_lists``."""
    # An ASCII text's folded head is the head of its lower-cased whole, which the
    # later steps search too (``lower_case`` keeps it).
    sample = lower_case(text)[:SAMPLE_CHARS] if text.isascii() else text[:SAMPLE_CHARS].casefold()
    words = sample.split()
    # map() strips every word and filter() keeps the listed ones at C speed, with no
    # frame per word; only those few are counted.
    stripped = map(str.strip, words, itertools.repeat(_PUNCTUATION, len(words)))
    counts = Counter(filter(_listed_words().__contains__, stripped))
    scores = []
    for code, frequent, distinct in _lists():
        # Set intersections run in C over the text's few listed words.
        hits = sum(map(counts.__getitem__, frequent.intersection(counts)))
        own = sum(map(counts.__getitem__, distinct.intersection(counts)))
        scores.append(LanguageScore(code, hits, own, len(words)))
    return scores


def _rank(score: LanguageScore) -> tuple[int, int, int, str]:
    """Higher is better; no two languages rank alike (the code decides last)."""
    return (score.score, score.hits, _priority(score.code), score.code)


def language_scores(text: str) -> list[LanguageScore]:
    """Every language's score for ``text``, best first."""
    return sorted(_scores(text), key=_rank, reverse=True)


def detect_language(text: str, hint: str | None = None) -> Language | None:
    """The language of ``text`` (``hint``, when given, wins).

    >>> detect_language("Presiden mengatakan bahwa rapat itu tidak akan ditunda karena hujan.").code
    'id'
    >>> detect_language("De raad van bestuur heeft de cijfers maandag gepresenteerd.") is None
    True
    """
    if hint is not None:
        return load(hint)
    scores = _scores(text)
    if not scores:
        return None
    best = max(scores, key=_rank)
    return load(best.code) if best.enough else None
