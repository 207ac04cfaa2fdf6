from __future__ import annotations

import pytest

from articleparse.extractors.photo import extract_photo_credits
from articleparse.languages import load


def sources(text: str, lang: str, outlets: dict[int, int] | None = None) -> list[str]:
    credits, _ = extract_photo_credits(text, load(lang), outlets or {})
    return [c.source for c in credits]


CASES = [
    ("Foto: ANTARA/Hafidz Mubarak\nIsi.", "id", ["ANTARA/Hafidz Mubarak"]),
    ("Sumber Foto: Tribun\nIsi.", "id", ["Tribun"]),
    ("Photo: AFP\nText.", "en", ["AFP"]),
    ("The crowd. (Photo by Jane Doe/Getty Images) Next.", "en", ["Jane Doe/Getty Images"]),
    # Glued into the next sentence: the credit ends where the credit ends.
    ("Judul Sumber Foto: Sputnik Pemimpin Tertinggi Korea Utara, Kim Jong Un, dilaporkan telah tiba di Rusia.", "id", ["Sputnik"]),
    ("Judul Foto: ANTARA FOTO/Rina Wati Presiden berbicara di depan wartawan pada hari Senin di Istana.", "id", ["ANTARA FOTO/Rina Wati Presiden"]),
    ("Judul Foto: Dok. Istimewa\nIsi.", "id", ["Dok. Istimewa"]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_photo_table(text, lang, expected):
    assert sources(text, lang) == expected


def test_unlisted_glued_source_ends_at_first_word():
    text = "Judul Sumber Foto: Kabarku Menteri Keuangan mengumumkan kebijakan baru pada hari ini di Jakarta."
    assert sources(text, "id") == ["Kabarku"]


def test_known_outlet_bounds_a_glued_credit():
    text = "Judul Foto: Kompas TV Menteri Keuangan mengumumkan kebijakan baru pada hari ini di Jakarta."
    start = text.index("Kompas TV")
    assert sources(text, "id", {start: start + len("Kompas TV")}) == ["Kompas TV"]


@pytest.mark.parametrize("text", ["Fotografer itu datang.", "The photo shows a crowd.", "Photograph the scene"])
def test_no_credit(text):
    assert sources(text, "en") == [] and sources(text, "id") == []


def test_removal_covers_marker_and_value():
    text = "A Sumber Foto: Sputnik B c d e f g h i j k l."
    _, removals = extract_photo_credits(text, load("id"), {})
    assert [text[r.span.start : r.span.end] for r in removals] == ["Sumber Foto: Sputnik"]


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_the_marker_pre_test_finds_every_marker_the_pattern_finds(lang):
    from articleparse.extractors.photo import _photo_markers_needed, photo_markers

    pattern, needed = photo_markers(load(lang)), _photo_markers_needed(load(lang))
    assert needed is not None
    text = ("Isi. FOTO :\tANTARA (Photo by\tJane/Getty) ½Foto: A xFoto: B Sumber  foto:X "
            "Foto oleh Budi. Gambar  oleh\tAdi. Photo credit：AP. Image by Bo. ſPhoto: C")
    found = 0
    for position in range(len(text)):
        for end in (len(text), position + 10, position + 25):
            if pattern.match(text, position, min(end, len(text))) is not None:
                found += 1
                assert needed.search(text, position, min(end, len(text))) is not None
    assert found


@pytest.mark.parametrize("text", [
    "Une dépêche.\nNearby, maybe: nobody photographed it.",
    "Kurzmeldung. (Photo by Jane Doe/Getty Images) Mehr.",
    "Berita. Foto: ANTARA/Rina Wati\nIsi.",
    "Nyheter. Gambar oleh Ahmad Faizal.",
])
def test_a_text_in_no_known_language_gets_what_every_language_finds(text):
    from articleparse import pipeline
    from articleparse.extractors.photo import may_hold_photo_credits
    from articleparse.languages import available

    languages = [load(code) for code in available()]
    each = [extract_photo_credits(text, language, {}) for language in languages]
    if not may_hold_photo_credits(text, languages):
        assert not any(credits or removals for credits, removals in each)
    found = pipeline._photo(text, None, {})
    assert found["photo_credits"] == pipeline._first_per_span(c for c, _ in each)
    assert found["photo_removals"] == tuple(r for _, cut in each for r in cut)
