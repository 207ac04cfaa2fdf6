"""Which supported language the article is written in.

Each language folder lists its most frequent words (``language.toml``, ``detect``);
the language whose words cover most of the text's words wins.  Languages that share
most of their frequent words (Indonesian and Malay) are told apart by their
``distinct`` words.  A language's ``support`` words (its other common words, and the
abbreviations of its news) add evidence for it without deciding between languages:
a terse wire headline holds few function words.  Too little evidence gives None: a
Dutch page is not guessed to be English.
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
#: Enough words when no other language has a single word in the text (a terse
#: headline): two words of one language and none of any other, one of them a support
#: word.  Two function words alone are not enough: "as ... as" is Portuguese, "for at"
#: Danish, "to ... on" Polish, "le ... le" Italian.
MIN_HITS_ALONE = 2

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
def _support_lists() -> tuple[frozenset[str], ...]:
    """Each language's ``detect.support`` words, in the order of ``_lists``."""
    return tuple(
        frozenset(w.casefold() for w in load(code).words("language", "detect.support"))
        for code, _, _ in _lists()
    )


@functools.cache
def _listed_words() -> frozenset[str]:
    """Every word of every language's lists: the only words worth counting."""
    return frozenset().union(
        *(frequent | distinct for _, frequent, distinct in _lists()), *_support_lists()
    )


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
    support: int = 0  # words of the text in its support list

    @property
    def score(self) -> int:
        return self.hits + 2 * self.distinct

    @property
    def evidence(self) -> int:
        """Words that say the text is in this language: its frequent and support words.
        Distinct words only tell it from a neighbour (Swedish writes juni and polis)."""
        return self.hits + self.support

    @property
    def present(self) -> bool:
        """Whether any word of the text is in any of the language's lists."""
        return bool(self.hits or self.distinct or self.support)

    @property
    def enough(self) -> bool:
        return self.enough_with(MIN_HITS)

    def enough_with(self, min_hits: int) -> bool:
        return self.evidence >= min_hits and self.evidence / max(self.total, 1) >= MIN_SHARE


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
    # Each listed word adds its count to the tallies of the lists that hold it: one
    # pass over the text's few distinct listed words, where a set intersection per
    # list and language cost eighteen.
    tallies = [0] * (_TALLIES * len(_lists()))
    slots = _slots()
    for word, count in counts.items():
        for slot in slots[word]:
            tallies[slot] += count
    total = len(words)
    return [
        LanguageScore(
            code,
            tallies[_TALLIES * i + _FREQUENT],
            tallies[_TALLIES * i + _DISTINCT],
            total,
            tallies[_TALLIES * i + _SUPPORT],
        )
        for i, (code, _, _) in enumerate(_lists())
    ]


#: Where a language's tallies stand in ``_scores``' list: ``_TALLIES`` a language, in
#: the order of ``_lists``.
_FREQUENT, _DISTINCT, _SUPPORT, _TALLIES = 0, 1, 2, 3


@functools.cache
def _slots() -> dict[str, tuple[int, ...]]:
    """For every listed word, the tallies of ``_scores`` it counts in: one per list of
    one language (frequent, distinct, support) that holds it."""
    slots: dict[str, list[int]] = {}
    for i, ((_, frequent, distinct), support) in enumerate(zip(_lists(), _support_lists())):
        for kind, words in ((_FREQUENT, frequent), (_DISTINCT, distinct), (_SUPPORT, support)):
            for word in words:
                slots.setdefault(word, []).append(_TALLIES * i + kind)
    return {word: tuple(found) for word, found in slots.items()}


def _rank(score: LanguageScore) -> tuple[int, int, int, int, str]:
    """Higher is better; no two languages rank alike (the code decides last).  Support
    words only break a tie on the frequent words: a page mixing two languages is
    still decided by their function words."""
    return (score.score, score.hits, score.support, _priority(score.code), score.code)


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
    return load(best.code) if _decided(best, scores) else None


@functools.cache
def _neighbours(code: str) -> frozenset[str]:
    """The languages that share most of ``code``'s frequent words (Indonesian and
    Malay): a text in one always holds words of the other."""
    frequent = {each: words for each, words, _ in _lists()}
    own = frequent[code]
    return frozenset(
        other
        for other, words in frequent.items()
        if other != code and own and 2 * len(own & words) >= len(own)
    )


def _decided(best: LanguageScore, scores: list[LanguageScore]) -> bool:
    """Whether the best language has evidence enough; less is needed when no other
    language (but a neighbour, which shares its words) has any and a support word is
    among it."""
    if best.enough:
        return True
    neighbours = _neighbours(best.code)
    alone = not any(
        other.present for other in scores if other.code != best.code and other.code not in neighbours
    )
    return alone and best.support > 0 and best.enough_with(MIN_HITS_ALONE)
