"""The pattern registry: lazy compilation, and scanners run on ``re`` behaving like
the ``regex`` patterns they stand beside."""

from __future__ import annotations

import pytest

from articleparse.patterns import ScanPattern, SafePattern, compile_pattern, occurrences_of_any

TEXT = "Reuters and AP said; Kompas.com wrote 2023 and 1999"


def test_the_same_name_gives_the_same_pattern_compiled_on_first_use() -> None:
    first = compile_pattern("test.lazy", r"\d{4}")
    assert compile_pattern("test.lazy", r"ignored") is first
    assert first._compiled is None  # nothing compiled before a match is asked for
    assert first.findall(TEXT) == ["2023", "1999"]
    assert first._compiled is not None


@pytest.mark.parametrize("source", [r"[A-Z]\w*+", r"\d{4}", r"(?:1[89]|2[01])\d\d"])
def test_a_scan_pattern_answers_as_a_regex_pattern_does(source: str) -> None:
    plain = compile_pattern(f"test.scan.{source}", source, scan=True)
    safe = compile_pattern(f"test.safe.{source}", source)
    assert isinstance(plain, ScanPattern) and type(safe) is SafePattern
    for pos, endpos in [(0, None), (5, None), (3, 30), (12, 12)]:
        assert plain.findall(TEXT, pos, endpos) == safe.findall(TEXT, pos, endpos)
        assert [m.span() for m in plain.finditer(TEXT, pos, endpos)] == [
            m.span() for m in safe.finditer(TEXT, pos, endpos)
        ]
        assert bool(plain.search(TEXT, pos, endpos)) == bool(safe.search(TEXT, pos, endpos))
        assert bool(plain.match(TEXT, pos, endpos)) == bool(safe.match(TEXT, pos, endpos))
    assert plain.sub("#", TEXT) == safe.sub("#", TEXT)


def test_occurrences_of_any_finds_overlapping_and_repeated_words() -> None:
    assert occurrences_of_any("banana", ["ana", "", "x", "b"]) == [(1, 3), (3, 3), (0, 1)]


def test_shared_search_plan_finds_each_keyword_once_where_it_stands() -> None:
    from articleparse.patterns import shared_search_plan

    keywords = (
        "reported", "reporter", "reporting", "news site", "news outlet", "by", "byline", "said"
    )
    text = "reported byline news outlet; the reporter said by news site reporting bylines"
    found = []
    for part, is_keyword, longer in shared_search_plan(keywords):
        assert is_keyword == (part in keywords)
        for position in range(len(text)):
            if text.startswith(part, position):
                if is_keyword:
                    found.append((position, part))
                found.extend(
                    (position - offset, other)
                    for other, offset in longer
                    if position >= offset and text.startswith(other, position - offset)
                )
    expected = [(p, k) for k in keywords for p in range(len(text)) if text.startswith(k, p)]
    assert sorted(found) == sorted(expected)
    assert len(shared_search_plan(keywords)) < len(keywords) - 1
