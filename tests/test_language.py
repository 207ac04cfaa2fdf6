from __future__ import annotations

import pytest

from articleparse.extractors import language as language_module
from articleparse.extractors.language import detect_language

CASES = [
    ("The minister said on Monday that the talks would resume after the holiday.", "en"),
    ("Menteri mengatakan bahwa pembicaraan itu akan dilanjutkan karena sudah disepakati.", "id"),
    ("Menteri berkata bahawa kerajaan akan membantu rakyat kerana keadaan semasa sahaja.", "ms"),
    ("Le ministre a annoncé lundi que les négociations reprendraient après les vacances.", "fr"),
    ("El ministro anunció el lunes que las negociaciones se reanudarán después de las fiestas.", "es"),
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


MENU_HEAVY = [
    # A crawled page: its head is mostly menu entries, then the article begins.
    ("Home\nWorld\nBusiness\nMarkets\nSport\nCulture\nTravel\nVideo\nPodcasts\nWeather\n" * 7
     + "The minister said on Monday that the talks would resume after the holiday.", "en"),
    ("Startseite\nPolitik\nWirtschaft\nSport\nKultur\nReisen\nAuto\nDigital\nWissen\nPanorama\n" * 7
     + "Der Minister sagte am Montag, dass die Gespr\u00e4che nach den Feiertagen weitergehen.", "de"),
]


@pytest.mark.parametrize(("text", "code"), MENU_HEAVY)
def test_a_head_of_menus_still_tells_its_language(text, code):
    [best, *_] = language_module.language_scores(text)
    # Few of the words are frequent words, yet enough to decide (MIN_SHARE).
    assert best.code == code and best.hits / best.total < 0.12
    assert detect_language(text).code == code


@pytest.mark.parametrize("text", [
    "De raad van bestuur heeft de cijfers maandag in Berlijn gepresenteerd.",
    "Il consiglio ha presentato i dati lunedì a Roma, secondo il direttore.",
    "O conselho apresentou os números na segunda-feira em Lisboa, segundo o diretor.",
    "12345 67890",
    "",
])
def test_unsupported_or_empty_is_none(text):
    assert detect_language(text) is None


def test_hint_wins():
    assert detect_language("The minister said that.", "id").code == "id"
