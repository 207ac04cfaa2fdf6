"""The pattern registry: lazy compilation, and scanners run on ``re`` behaving like
the ``regex`` patterns they stand beside."""

from __future__ import annotations

import re
import time

import pytest

from articleparse import patterns
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



def _windows_by_hand(text: str, keywords: list[str], before: int, after: int) -> list[tuple[int, int]]:
    """``keyword_windows`` spelt out: a window around every occurrence, then merged."""
    lowered = text.lower()
    return patterns.merge_ranges(
        (max(0, at - before), min(len(text), at + len(word) + after))
        for word in keywords if word
        for at in range(len(text)) if lowered.startswith(word, at)
    )


@pytest.mark.parametrize(
    "text, keywords, before, after",
    [
        ("Isi. PENULIS: Budi", ["penulis"], 2, 3),                          # one keyword
        ("by the bay, by the way", ["by"], 0, 0),                           # windows apart
        ("by by", ["by"], 0, 1),                                            # windows touching
        ("Photo by Ann; byline", ["by", "byline"], 40, 8),                  # clipped at both ends
        ("the reporter reported on reporting", ["reported", "reporter", "reporting"], 3, 2),
        ("Editor: Sam. Editors: Ann.", ["editor", "editors", "sam"], 1, 1),  # one holds another
        ("nothing here", ["oleh", "penulis"], 10, 10),                      # no keyword
        ("", ["by"], 5, 5),                                                 # empty text
        ("aaaa", ["aa"], 0, 0),                                             # overlapping places
    ],
)
def test_keyword_windows_are_the_merged_windows_around_every_keyword(
    text: str, keywords: list[str], before: int, after: int
) -> None:
    patterns._SEARCHED[0] = (None, {})
    assert patterns.keyword_windows(text, keywords, before, after) == _windows_by_hand(
        text, keywords, before, after
    )


def test_keyword_windows_refuses_a_keyword_too_long_to_pack() -> None:
    with pytest.raises(ValueError):
        patterns.keyword_windows("text", ["x" * (1 << 16)], 1, 1)

def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_a_pretest_alternation_on_re_accepts_every_character_regex_accepts() -> None:
    # The ground of ``pretest_alternation``'s pre-tests: for each ASCII character, the
    # characters that ``re`` matches with IGNORECASE hold those that ``regex``
    # (simple case folding, as ``compile_pattern`` compiles) matches; so does ``\s``.
    import regex

    every = _every_character()
    for char in map(chr, range(0x21, 0x7F)):
        escaped = re.escape(char)
        by_regex = set(regex.findall("(?-f)(?i)" + escaped, every, flags=regex.V1))
        by_re = set(re.findall("(?i)" + escaped, every))
        assert by_regex <= by_re, char
    assert set(regex.findall(r"\s", every, flags=regex.V1)) <= set(re.findall(r"\s", every))


def test_pretest_alternation_finds_what_alternation_finds() -> None:
    from articleparse.patterns import alternation, pretest_alternation

    words = ["Ditulis oleh", "Oleh", "S.H.", "a+b"]
    plain = re.compile(pretest_alternation(words), re.IGNORECASE)
    safe = compile_pattern("test.alternation", alternation(words), flags=re.IGNORECASE)
    text = "DITULIS \t\n OLEH x; oleh S.H. sxh a+b aab"
    spans = [(0, 15), (19, 23), (24, 28), (33, 36)]
    assert [m.span() for m in plain.finditer(text)] == spans
    assert [m.span() for m in safe.finditer(text)] == spans
    assert pretest_alternation([]) == "(?!)"


#: Characters whose case folding reaches into ASCII (the long s, the Kelvin and
#: Angstrom signs, the Turkish i's), a ligature and a few letters of the languages.
_AWKWARD = "ſKÅıİßǅµéöüñçÉÖÜÑÇ"


def _non_ascii_marker_characters() -> set[str]:
    from articleparse.languages import available, load

    found: set[str] = set()
    for code in available():
        language = load(code)
        for concern in ("credits", "quotes", "debris"):
            found.update(c for c in repr(language.concern(concern)) if not c.isascii())
    return found


def test_a_pretest_class_accepts_every_character_regex_accepts() -> None:
    # A character that is not ASCII becomes a class in the pre-test: it must accept
    # every character that ``regex`` matches it with, over every code point.
    import regex

    from articleparse.patterns import _pretest_char

    every = _every_character()
    chars = set(_AWKWARD) | {c for c in _non_ascii_marker_characters() if c.isalpha()}
    for char in sorted(chars):
        by_regex = set(regex.findall("(?-f)(?i)" + regex.escape(char), every))
        pretest = re.compile("(?i)" + _pretest_char(char))
        assert by_regex and all(pretest.fullmatch(c) for c in by_regex), char


def test_pretest_alternation_of_words_with_accents_finds_what_alternation_finds() -> None:
    from articleparse.patterns import alternation, pretest_alternation

    words = ["Veröffentlicht von", "Crédito", "Straße", "ſtory"]
    pretest = re.compile(pretest_alternation(words), re.IGNORECASE)
    safe = compile_pattern("test.alternation_accents", alternation(words), flags=re.IGNORECASE)
    text = "VERÖFFENTLICHT VON x; crédito; CRÉDITO; straße STRASSE; story; Credito"
    found = [m.span() for m in safe.finditer(text)]
    assert found, "the look-alike text must hold some matches"
    assert all(pretest.match(text, start) for start, _ in found)
    # Still a pre-test: plain ASCII look-alikes of the accented words do not pass.
    assert pretest.search("Veroffentlicht von; Credito; Strasse") is None


def test_finditer_in_skips_only_windows_without_what_every_match_holds() -> None:
    from articleparse.patterns import finditer_in

    pattern = compile_pattern("test.windows.word", r"(?i)\bby\s+[A-Z]\w*+")
    needed = compile_pattern("test.windows.needed", r"by\s", re.IGNORECASE, scan=True)
    text = "By Ann and maybe Bo. Story by Cy; nearby: nothing. by Dee"
    windows = [(0, 10), (11, 25), (26, 35), (36, len(text))]
    spans = [m.span() for m in finditer_in(pattern, text, windows)]
    assert spans == [m.span() for m in finditer_in(pattern, text, windows, needed)]
    assert spans == [(0, 6), (27, 32), (51, 57)]



def test_first_words_stand_wherever_their_phrases_do() -> None:
    from articleparse.patterns import first_words, lowered_finds_words

    heads = first_words(["Posted on", "POSTED", "Read  more", "Diperbarui pada"])
    assert heads == ("diperbarui", "posted", "read")
    text = "x READ\tMORE y; DiPerbarui Pada z"
    assert lowered_finds_words(text)
    assert [head for head in heads if head in text.lower()] == ["diperbarui", "read"]
    # A cased letter beyond ASCII may lower otherwise than a pattern folds it; an
    # uncased one (no case at all) is safe.
    assert first_words(["Ölçü birimi"]) is None
    assert first_words(["\u0132ssel"]) is None
    assert first_words(["日本 語"]) == ("日本",)
    assert not lowered_finds_words("Reading time: 5 minute\u017f")
    assert lowered_finds_words("Dès 5 minutes")


def test_key_words_stand_wherever_their_phrases_do() -> None:
    from articleparse.patterns import alternation, key_words, lowered_unless_folded

    phrases = ["in an interview with", "According to", "via", "l’agence", "Ölçü birimi"]
    keys = key_words(phrases)
    assert keys == ("according", "birimi", "interview", "l’agence", "via")
    pattern = compile_pattern("test.key_words", alternation(phrases), flags=re.IGNORECASE)
    for text in ["told IN AN\nINTERVIEW  with him", "x ACCORDING to y", "VIA z", "L’AGENCE",
                 "ölçü BIRIMI"]:
        assert pattern.search(text) is not None
        lowered = lowered_unless_folded(text)
        assert lowered is not None and any(key in lowered for key in keys), text
    # The longest word that lower-cases as a pattern folds it; none: no pre-test.
    assert key_words(["Ölçü"]) is None
    assert key_words(["d’après"]) is None
    assert key_words(["", "said"]) == ("said",)


def test_may_match_near_is_false_only_when_the_pre_test_finds_nothing_near_a_keyword() -> None:
    import re

    from articleparse.patterns import compile_pattern, may_match_near

    needed = compile_pattern("test.may_match_near", "credit[ ]?:", flags=re.IGNORECASE, scan=True)
    assert may_match_near("Photo Credit: Ann Lee", ["credit"], needed, 10, 4)
    # the keyword stands, but not the marker the pre-test asks for
    assert not may_match_near("Full credit to the team.", ["credit"], needed, 10, 4)
    # the marker stands, but far from every keyword's window: nothing near
    assert not may_match_near("credit: " + "x" * 50 + " kredit", ["kredit"], needed, 5, 3)
    # no pre-test: it cannot be told
    assert may_match_near("Full credit to the team.", ["credit"], None, 10, 4)


def test_finditer_times_only_the_pattern_not_its_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    # regex starts a finditer's clock (the process's CPU time) when the iterator is
    # made: a caller busier than the timeout between matches must not make a cheap
    # pattern time out.
    monkeypatch.setattr(patterns, "MATCH_TIMEOUT", 0.05)
    words = patterns.compile_pattern("test.finditer_caller_time", r"\w+")
    found = []
    for match in words.finditer("one two three four five"):
        started = time.process_time()
        while time.process_time() - started < 0.02:
            pass  # the caller's own work
        found.append(match.group())
    assert found == ["one", "two", "three", "four", "five"]
