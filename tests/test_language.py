from __future__ import annotations

import pytest

from articleparse.extractors import language as language_module
from articleparse.extractors.language import detect_language

CASES = [
    ("The minister said on Monday that the talks would resume after the holiday.", "en"),
    ("Menteri mengatakan bahwa pembicaraan itu akan dilanjutkan karena sudah disepakati.", "id"),
    ("Menteri berkata bahawa kerajaan akan membantu rakyat kerana keadaan semasa sahaja.", "ms"),
]


#: Indonesian and Malay share most of their frequent words; what tells them apart is
#: a word the other language spells or says otherwise.
NEIGHBOURS = [
    ("Perdana Menteri berkata bahawa kerajaan akan mengumumkan pakej bantuan baharu kepada "
     "rakyat pada minggu depan.", "ms"),
    ("Harga minyak naik selepas pengeluar utama bersetuju untuk mengurangkan pengeluaran, "
     "dan ini akan memberi kesan kepada pasaran.", "ms"),
    ("Mahkamah Tinggi menetapkan 12 Ogos untuk sebutan semula kes itu di ibu negara.", "ms"),
    ("Beliau berkata demikian kepada pemberita selepas merasmikan program itu semalam.", "ms"),
    ("Polis sedang menyiasat kejadian itu dan meminta orang ramai yang berada di kawasan "
     "tersebut untuk tampil membantu.", "ms"),
    # Words Malay uses often that Indonesian news uses too: still Indonesian.
    ("Beliau berkata hasil panen tahun ini lebih baik daripada tahun lalu.", "id"),
    ("Para pejabat daerah boleh hadir dalam rapat itu pada hari Kamis.", "id"),
    ("Menteri Luar Negeri China Wang Yi tiba di Jakarta dan bertemu dengan Presiden.", "id"),
    ("Warga diminta tidak panik karena stok beras di gudang masih cukup.", "id"),
    # A tie on every count goes to the language with the higher detect.priority.
    ("Dia juga akan hadir di sana pada hari itu dengan para menteri.", "id"),
]


@pytest.mark.parametrize(("text", "code"), CASES + NEIGHBOURS)
def test_detects(text, code):
    assert detect_language(text).code == code


def test_distinct_word_lists_are_read():
    # They once sat under a key the loader did not read, and every close call between
    # Indonesian and Malay fell to the alphabet.
    lists = {code: distinct for code, _, distinct in language_module._lists()}
    assert len(lists["id"]) >= 10 and len(lists["ms"]) >= 10
    assert not lists["id"] & lists["ms"]


#: Words both Indonesian and Malay list as frequent: a text of only these ties.
_SHARED = "dan yang di itu dengan untuk ini dari dalam akan pada juga"


@pytest.mark.parametrize(("code", "word"), [
    (code, word)
    for code, _, distinct in language_module._lists()
    for word in sorted(distinct)
])
def test_each_distinct_word_decides_a_tie(code, word):
    assert detect_language(f"{_SHARED} {word}").code == code


@pytest.mark.parametrize("text", [
    "Der Vorstand hat die Zahlen am Montag in Berlin vorgelegt.",
    "12345 67890",
    "",
])
def test_unsupported_or_empty_is_none(text):
    assert detect_language(text) is None


def test_hint_wins():
    assert detect_language("The minister said that.", "id").code == "id"


def test_folding_facts_the_word_scanner_relies_on():
    # The one-pass scanner of listed words (``_listed_word_scanner``) reads the head
    # unfolded and folds only the words it finds; that is exact because of these facts
    # about the running Python's Unicode tables.
    import re
    import sys

    ascii_letters = set("abcdefghijklmnopqrstuvwxyz")
    folds_to_letters = set()
    for char in map(chr, range(sys.maxunicode + 1)):
        folded = char.casefold()
        assert folded  # no character folds to nothing
        assert char.isspace() == bool(re.fullmatch(r"\s", char))
        if char.isspace():
            assert folded == char
        else:
            assert not any(c.isspace() for c in folded)
        if char in language_module._PUNCTUATION:
            assert folded == char
        else:
            assert not any(c in language_module._PUNCTUATION for c in folded)
        if not char.isascii() and set(folded) <= ascii_letters:
            folds_to_letters.add(char)
    listed = re.compile(f"[{language_module.FOLDS_TO_ASCII_LETTERS}]")
    assert folds_to_letters == {c for c in map(chr, range(128, sys.maxunicode + 1)) if listed.match(c)}


@pytest.mark.parametrize("text", [
    "",
    "the",
    "  The, (THE) “the” the-the the's -the- ...the... the.",
    "Der Straße ſtraße \u212aan \ufb01nal yang, YANG; dan… «dan» dan?! [dan]",
    "dan\u2028yang\x1cdi\u3000itu\x85ini\tdari\ndalam",
    "the " * 2000,
    "yang “di” " * 500 + "ß " * 300,
])
def test_listed_words_are_counted_as_word_by_word(text):
    assert language_module._listed_counts(text) == language_module._listed_counts_by_word(text)


def test_listed_words_are_counted_as_word_by_word_on_random_text():
    import random

    pieces = ["the", "THE", "yang", "Dan", "di", "and", "ß", "ſ", "\ufb01", "\u212a",
              "x", "é", "1", "'", "“", "”", "-", ".", ",", "…", "(", ")", " ", "  ", "\n",
              "\u00a0", "\u2028", "\x1c"]
    generator = random.Random(5)
    for _ in range(2000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 40)))
        assert language_module._listed_counts(text) == language_module._listed_counts_by_word(text), text


@pytest.mark.parametrize("hostile", [
    "a" * 100_000,
    " " * 100_000,
    "“" * 100_000,
    "“a" * 50_000,
    " “a”" * 25_000,
    "a“ " * 33_000,
    "ß-" * 50_000,
])
def test_listed_word_scanner_is_linear_on_hostile_input(hostile):
    import time

    scanner = language_module._listed_word_scanner()
    assert scanner is not None
    timings = []
    for size in (len(hostile) // 10, len(hostile)):
        padded = f" {hostile[:size]} "
        best = float("inf")
        for _ in range(5):  # the best of five: a shared machine
            started = time.process_time()
            scanner.pattern.findall(padded)
            best = min(best, time.process_time() - started)
        timings.append(best)
    # Linear: ten times the input, about ten times the time (backtracking: a hundred).
    assert timings[1] < 2.0
    assert timings[1] < 0.05 or timings[1] < 30 * timings[0]
