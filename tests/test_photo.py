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


# ---- session 11: a news outlet, a slash and the photographer, with no marker --------

import time  # noqa: E402

from articleparse.extractors.photo import _after_outlet  # noqa: E402


def _outlets(text: str, *names: str) -> dict[int, int]:
    found = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            found[at] = at + len(name)
            at = text.find(name, at + 1)
    return found


OUTLET_CREDITS = [
    ("Warga melintasi banjir. (ANTARA FOTO/Rina Wati)\nIsi.", "id", ["ANTARA"], ["ANTARA FOTO/Rina Wati"]),
    ("Warga melintasi banjir. ANTARA FOTO/Rina Wati/abc.\nIsi.", "id", ["ANTARA"], ["ANTARA FOTO/Rina Wati/abc"]),
    ("Warga melintasi banjir. TEMPO/Budi Santoso\nIsi.", "id", ["TEMPO"], ["TEMPO/Budi Santoso"]),
    ("Ilustrasi. (CNN Indonesia/Budi Santoso)\nIsi.", "id", ["CNN Indonesia"], ["CNN Indonesia/Budi Santoso"]),
    ("A man walks past. REUTERS/Jane Doe/File Photo\nText.", "en", ["REUTERS"], ["REUTERS/Jane Doe/File Photo"]),
    ("Crowds gather on Monday. (AP Photo/Jane Doe)\nText.", "en", ["AP"], ["AP Photo/Jane Doe"]),
]
OUTLET_CREDIT_LOOK_ALIKES = [
    ("Ketua RT/RW di Makassar dipilih warga.\nIsi.", "id", ["RT"]),  # two letters, no photo word
    ("Metro/State\nText.", "en", ["Metro"]),  # a heading line, not a caption's end
    ("A new Times/CBS poll shows\nText.", "en", ["Times"]),  # a sentence's end
    ("(Times/CBS survey released on Thursday)\nText.", "en", ["Times"]),  # a sentence's words
    ("Read more at Example.com/News today.\nText.", "en", ["Example.com"]),  # the line goes on
]


@pytest.mark.parametrize(("text", "lang", "outlets", "expected"), OUTLET_CREDITS)
def test_an_outlet_and_its_photographer_credit_a_photo(text, lang, outlets, expected):
    credits, removals = extract_photo_credits(text, load(lang), _outlets(text, *outlets))
    assert [c.source for c in credits] == expected
    assert all(text[r.span.end - 1] in ")." or r.span.end == credits[0].span.end for r in removals)


@pytest.mark.parametrize(("text", "lang", "outlets"), OUTLET_CREDIT_LOOK_ALIKES)
def test_no_outlet_photo_credit(text, lang, outlets):
    assert extract_photo_credits(text, load(lang), _outlets(text, *outlets))[0] == ()


def test_the_caption_sentence_keeps_its_words():
    text = "Warga melintasi banjir. ANTARA FOTO/Rina Wati.\nIsi."
    _, removals = extract_photo_credits(text, load("id"), _outlets(text, "ANTARA"))
    assert [text[r.span.start : r.span.end] for r in removals] == ["ANTARA FOTO/Rina Wati."]


@pytest.mark.parametrize("unit", ["(TEMPO/Abc Abc/Abc) ", "Foto: TEMPO/Abc. TEMPO/Abc\n", "TEMPO FOTO/Abc " * 3])
def test_outlet_credits_stay_linear(unit):
    def cost(repeats: int) -> float:
        text = unit * repeats
        outlets = _outlets(text, "TEMPO")
        started = time.process_time()
        extract_photo_credits(text, load("id"), outlets)
        _after_outlet(load("id")).match(text, 5)
        return time.process_time() - started

    # (the best of three: one slow reading can be another process on a shared machine)
    small, big = min(cost(500) for _ in range(3)), min(cost(5_000) for _ in range(3))
    assert big < 2.0 and big < 30 * max(small, 0.002)


# ---- credits helper, round 2 (session 11): BBC-style credits with no colon ----

_CAPTION = "Police said the van was stopped on the ring road"


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        # an agency alone on the line over a caption, or the photographer before it
        (f"Share\nGetty Images\n{_CAPTION}\nBy Tom Hale", ["Getty Images"], ["Getty Images"]),
        (f"Share\nPA Media\n{_CAPTION}\nText.", ["PA Media"], ["PA Media"]),
        (f"Share\nAFP via Getty Images\nImage caption,\n{_CAPTION}", ["AFP via Getty Images"],
         ["AFP via Getty Images"]),
        (f"Text.\nJane Doe/Reuters\n{_CAPTION}\nMore.", ["Jane Doe/Reuters"], ["Jane Doe/Reuters"]),
        # the BBC's label with a comma for the colon
        (f"Share\nImage source, Getty Images\nImage caption,\n{_CAPTION}", ["Getty Images"],
         ["Image source, Getty Images"]),
        # look-alikes: a wire's name under a byline, over a date, over its dateline,
        # over the heading printed again, ending a sentence, alone at the end
        ("By Jane Doe\nReuters\nThe mayor spoke on Tuesday at a rally in the city centre.", [], []),
        ("Oil prices rise\nReuters\nMarch 3, 2024 10:15 AM\nText.", [], []),
        ("Oil prices rise\nReuters\nLONDON (Reuters) - Oil prices rose on Monday.", [], []),
        ("Player arrested in Georgia\nSave\nAP\nPlayer arrested in Georgia\nText.", [], []),
        (f"The figures were first reported by Reuters\n{_CAPTION}", [], []),
        ("Text.\nReuters\nMore", [], []),
        # a marker's credit on the line is not credited twice
        (f"Text.\nPhoto: Jane Doe/AFP via Getty Images\n{_CAPTION}", ["Jane Doe/AFP via Getty Images"],
         ["Photo: Jane Doe/AFP via Getty Images"]),
        # a comma after another label, or a list, is no credit
        ("Text.\nPhotos, Videos and More\nText.", [], []),
        ("Text.\nImage source, unknown\nText.", [], []),
    ],
)
def test_bbc_style_photo_credits(text, expected, removed):
    credits, removals = extract_photo_credits(text, load("en"), {})
    assert [c.source for c in credits] == expected
    assert [text[r.span.start : r.span.end] for r in removals] == removed


def test_every_agency_over_a_caption_credits_a_photo():
    for agency in load("en").words("credits", "photo.agencies"):
        assert sources(f"Share\n{agency}\n{_CAPTION}\nText.", "en") == [agency], agency


@pytest.mark.parametrize("unit", ["AP AP ", "Getty Images\nA caption of four words here\n", "AP\n"])
def test_agency_lines_stay_linear(unit):
    def cost(repeats: int) -> float:
        text = unit * repeats
        started = time.process_time()
        extract_photo_credits(text, load("en"), {})
        return time.process_time() - started

    small, big = min(cost(500) for _ in range(3)), min(cost(5_000) for _ in range(3))
    assert big < 2.0 and big < 30 * max(small, 0.002)


@pytest.mark.parametrize("unit", ["Photo: Abc Getty Images ", "Photo: Abc Abc, ", "Photo: ABC DEF GHI "])
def test_many_labelled_credits_on_one_line_stay_linear(unit):
    # A credit's value was read to the end of its line at each marker: a line of
    # thousands of credits cost quadratic time (2,000 took 21 s).
    def cost(repeats: int) -> float:
        text = unit * repeats
        started = time.process_time()
        credits, _ = extract_photo_credits(text, load("en"), {})
        assert credits
        return time.process_time() - started

    small, big = min(cost(200) for _ in range(3)), min(cost(2_000) for _ in range(3))
    assert big < 2.0 and big < 30 * max(small, 0.002)
