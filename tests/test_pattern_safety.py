"""Every compiled pattern against hostile input: no catastrophic backtracking.

Each pattern in the registry runs over 100 KB strings built to make careless
patterns backtrack (long runs of letters, capitalised words, spaces, quote marks,
digits and separators).  Patterns are written with bounded or possessive
repetition; this test keeps them so.  The bound is generous for a shared CI
machine; a catastrophic pattern takes seconds, not milliseconds.
"""

from __future__ import annotations

import time

import pytest

import articleparse
from articleparse import patterns
from articleparse.languages import available

SIZE = 100_000

HOSTILE = {
    "letters": "a" * SIZE,
    "capitalised words": "Abc " * (SIZE // 4),
    "caps words": "ABC " * (SIZE // 4),
    "spaces": " " * SIZE,
    "newlines and spaces": " \n" * (SIZE // 2),
    "straight quotes": '"' * SIZE,
    "curly quotes": "“”" * (SIZE // 2),
    "unbalanced quotes": "“a " * (SIZE // 3),
    "digits": "9" * SIZE,
    "digits and slashes": "1/2/" * (SIZE // 4),
    "dates": "11/9/2023 " * (SIZE // 10),
    "dashes": "- " * (SIZE // 2),
    "commas and names": "Budi Santoso, " * (SIZE // 14),
    "markers": "Penulis: " * (SIZE // 9),
    "brackets": "(" * SIZE,
}

#: Seconds one pattern may take over one 100 KB hostile string.
LIMIT = 0.25


def _all_patterns():
    # Parse something in every language so that every lazily built pattern exists.
    for code in available():
        articleparse.parse("Judul\nIsi berita “kutipan,” ujar Budi. Penulis: A B\n1/2/2023", lang=code)
    return patterns.registry()


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_pattern_is_fast_on_hostile_input(kind):
    text = HOSTILE[kind]
    slow = []
    for name, pattern in sorted(_all_patterns().items()):
        started = time.perf_counter()
        try:
            for _ in pattern.finditer(text):
                pass
        except TimeoutError:
            slow.append((name, "timeout"))
            continue
        took = time.perf_counter() - started
        if took > LIMIT:
            slow.append((name, round(took, 3)))
    assert not slow, f"slow patterns on {kind}: {slow}"


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_parse_finishes_on_hostile_input(kind):
    article = articleparse.parse(HOSTILE[kind])
    assert isinstance(article, articleparse.Article)
