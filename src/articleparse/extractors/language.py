"""Which supported language the article is written in.

Each language folder lists its most frequent words (``language.toml``, ``detect``);
the language whose words cover most of the text's words wins.  Languages that share
most of their frequent words (Indonesian and Malay) are told apart by their
``distinct`` words.  Too little evidence gives None: a German page is not guessed
to be English.
"""

from __future__ import annotations

import functools
from collections import Counter

from articleparse.languages import Language, available, load
from articleparse.patterns import compile_pattern

__all__ = ["detect_language"]

#: Only the head of a long text is read: it says the language as well as the whole.
SAMPLE_CHARS = 4000
#: Below this share of the text's words in a language's frequent-word list, the
#: text is not in that language.
MIN_SHARE = 0.12
MIN_HITS = 3

_WORD = compile_pattern("language.word", r"\p{L}{1,40}+")


@functools.cache
def _lists() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    lists = []
    for code in available():
        language = load(code)
        words = frozenset(w.casefold() for w in language.words("language", "detect"))
        distinct = frozenset(w.casefold() for w in language.words("language", "distinct"))
        lists.append((code, words, distinct))
    return tuple(lists)


def detect_language(text: str, hint: str | None = None) -> Language | None:
    """The language of ``text`` (``hint``, when given, wins).

    >>> detect_language("Presiden mengatakan bahwa rapat itu tidak akan ditunda karena hujan.").code
    'id'
    >>> detect_language("Der Vorstand hat die Zahlen am Montag vorgelegt.") is None
    True
    """
    if hint is not None:
        return load(hint)
    words = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    if not words:
        return None
    counts = Counter(words)
    total = len(words)
    scores = []
    for code, frequent, distinct in _lists():
        hits = sum(n for w, n in counts.items() if w in frequent)
        own = sum(n for w, n in counts.items() if w in distinct)
        scores.append((hits + 2 * own, hits, code))
    scores.sort(reverse=True)
    score, hits, code = scores[0]
    if hits < MIN_HITS or hits / total < MIN_SHARE:
        return None
    return load(code)
