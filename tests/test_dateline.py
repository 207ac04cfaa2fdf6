from __future__ import annotations

import datetime as dt

import pytest

from articleparse.dates import grammar
from articleparse.extractors import dateline as dateline_extractor
from articleparse.extractors.dateline import extract_dateline
from articleparse.model import Published, Span


def dateline(text: str, lang: str = "en", published: Published | None = None):
    return extract_dateline(text, grammar(lang), 1, published)


CASES = [
    ("T\nSEOUL, Sept 11 (Reuters) - Kim arrived.", "en", "SEOUL", "--09-11", "Reuters"),
    ("T\nWASHINGTON (AP) — Donald Trump met Paul Ryan.", "en", "WASHINGTON", None, "AP"),
    ("T\nDAKAR, Senegal (AP) — The vote began.", "en", "DAKAR, Senegal", None, "AP"),
    ("T\n    CAMBRIDGE, Mass., March 26 - Biogen said.", "en", "CAMBRIDGE, Mass.", "--03-26", None),
    ("T\n    LOS ANGELES, Feb 26 - Shares rose.", "en", "LOS ANGELES", "--02-26", None),
    ("T\nWASHINGTON, Aug. 24 (UPI) — A spokesman said.", "en", "WASHINGTON", "--08-24", "UPI"),
    ("T\nJAKARTA, KOMPAS.com - Presiden meninjau banjir.", "id", "JAKARTA", None, "KOMPAS.com"),
    ("T\nJakarta (ANTARA) - Menteri meninjau banjir.", "id", "Jakarta", None, "ANTARA"),
    ("T\nTEMPO.CO, Jakarta - Menteri meninjau banjir.", "id", "Jakarta", None, "TEMPO.CO"),
    ("T\nJakarta - Menteri meninjau banjir.", "id", "Jakarta", None, None),
    ("T\n    SPRINGFIELD, ILL., March 3 - The company said.", "en", "SPRINGFIELD, ILL.", "--03-03", None),
    ("T\n    WHEELING, W.Va., April 2 - The mill said.", "en", "WHEELING, W.Va.", "--04-02", None),
    ("T\nKUALA LUMPUR, 11 Sept (Bernama) -- Menteri berkata.", "ms", "KUALA LUMPUR", "--09-11", "Bernama"),
]

# An outlet where a region would stand, or alone: known by its shape here (the
# gazetteer's hits are passed by the pipeline; see OUTLET_CASES).
OUTLET_SHAPED = [
    ("T\nBandung, IDN Times - Warga memadati alun-alun.", "id", "Bandung", None, "IDN Times"),
    ("T\nJakarta, NU Online - Panitia menyiapkan acara.", "id", "Jakarta", None, "NU Online"),
    ("T\nJakarta, VIVA – Harga emas naik.", "id", "Jakarta", None, "VIVA"),
    ("T\nJakarta, Beritasatu.com - Harga emas naik.", "id", "Jakarta", None, "Beritasatu.com"),
    ("T\nSEMARANG, suaramerdeka.com - Hujan deras turun.", "id", "SEMARANG", None, "suaramerdeka.com"),
    ("T\nMEDAN, Tribun-Medan.com - Polisi menangkap pelaku.", "id", "MEDAN", None, "Tribun-Medan.com"),
    ("T\nJAKARTA, KOMPAS.TV - Presiden meninjau banjir.", "id", "JAKARTA", None, "KOMPAS.TV"),
    ("T\nSurabaya, detikJatim - Polisi menangkap pelaku.", "id", "Surabaya", None, "detikJatim"),
    ("T\nSuara.com - Polisi menangkap pelaku.", "id", None, None, "Suara.com"),
    ("T\nKOMPAS.com - Presiden meninjau banjir.", "id", None, None, "KOMPAS.com"),
    ("T\n(CNN) — The storm made landfall.", "en", None, None, "CNN"),
    ("T\n(AP) — Officials said on Monday.", "en", None, None, "AP"),
    ("T\nJakarta, InfoPublik - Panitia menyiapkan acara.", "id", "Jakarta", None, "InfoPublik"),
    ("T\niNews.id, Jakarta - Harga emas naik.", "id", "Jakarta", None, "iNews.id"),
    # Regions that look like outlets but are not.
    ("T\nAustin, TX — The city council voted.", "en", "Austin, TX", None, None),
    ("T\nWASHINGTON, D.C. — The Senate voted.", "en", "WASHINGTON, D.C.", None, None),
    ("T\nNEW DELHI, India (CNN) — Rain fell.", "en", "NEW DELHI, India", None, "CNN"),
    ("T\nPORT MORESBY, PNG — Rain fell.", "en", "PORT MORESBY, PNG", None, None),
]


@pytest.mark.parametrize(("text", "lang", "place", "date", "agency"), CASES + OUTLET_SHAPED)
def test_dateline_table(text, lang, place, date, agency):
    found = dateline(text, lang)
    assert found is not None
    assert (found.place, found.date.iso() if found.date else None, found.agency) == (place, date, agency)


LOOK_ALIKES = [
    "T\nThe President said the talks - which began Monday - would go on.",
    # A word after the place that is no outlet.
    "T\nJakarta, kemarin - Presiden meninjau banjir.",
    # A parenthesis at the start that is no agency.
    "T\n(Foto ilustrasi) - Warga antre.",
    "T\nObama spoke to reporters on Monday about the economy.",
    "T\nShares of Big Bank Corp rose 3 pct - the most in a year.",
    "T\nNo dash here at all.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_sentences_are_not_datelines(text):
    assert dateline(text) is None


def test_dateline_far_down_is_ignored():
    text = "T\n" + "Paragraph one.\n" * 6 + "SEOUL, Sept 11 (Reuters) - Late."
    assert dateline(text) is None


def test_published_year_fixes_dateline_year():
    published = Published(dt.date(2023, 9, 11), None, Span(0, 1), "test")
    assert dateline("T\nSEOUL, Sept 11 (Reuters) - Kim.", "en", published).date.iso() == "2023-09-11"
    january = Published(dt.date(2024, 1, 2), None, Span(0, 1), "test")
    assert dateline("T\nSEOUL, Dec 31 (Reuters) - Kim.", "en", january).date.iso() == "2023-12-31"


@pytest.mark.parametrize(
    "line",
    [
        " " * 12 + "JAKARTA - Isi.",
        " " * 13 + "JAKARTA - Isi.",
        "\tÉCOLE, March 4 - Text.",
        "ǅakarta (ANTARA) - Isi.",  # a titlecase letter is no \p{Lu}
        "  TEMPO.CO, Jakarta - Isi.",
        "jakarta - isi.",
        "- JAKARTA - Isi.",
        "LOS ANGELES, Feb 26 - Shares rose.",
        "(CNN) — Rain.",
        "  (AP) — Rain.",
        "iNews.id, Jakarta - Isi.",
        "suara.com - Isi.",
    ],
)
def test_a_line_is_passed_over_only_when_the_pattern_cannot_match_it(line):
    for code in ("en", "id", "ms"):
        if dateline_extractor._pattern(grammar(code)).match(line):
            assert dateline_extractor._may_hold_dateline(line)
    if dateline_extractor._BARE_AGENCY.match(line):
        assert dateline_extractor._may_hold_dateline(line)


# The pipeline passes where the outlet gazetteer's hits start and end.
OUTLET_CASES = [
    ("T\nJakarta, CNN Indonesia -- Rupiah melemah.", "Jakarta", "CNN Indonesia"),
    ("T\nJakarta, kumparan - Harga cabai naik.", "Jakarta", "kumparan"),
    ("T\nMONTREAL, March 20, Reuter - The seaway opened.", "MONTREAL", "Reuter"),
    ("T\nVIVA – Harga emas naik.", None, "VIVA"),
    # An outlet's desk: the hit covers its first word.
    ("T\nVIVA Bisnis – Harga emas naik.", None, "VIVA Bisnis"),
]


@pytest.mark.parametrize(("text", "place", "agency"), OUTLET_CASES)
def test_an_outlet_the_gazetteer_knows_is_the_agency(text, place, agency):
    lang = "en" if "Reuter" in text else "id"
    start = text.index(agency)
    known = agency.split()[0] if agency.startswith("VIVA") else agency
    found = extract_dateline(text, grammar(lang), 1, None, {start: start + len(known)})
    assert found is not None
    assert (found.place, found.agency) == (place, agency)


BYLINES = [
    # A writer and the desk she writes for, above the dateline.
    ("T\nSiti Fatimah - detikHealth\nRabu, 06 Mar 2024 09:30 WIB\nJakarta - Kasus naik.", {}),
    ("T\nRina Wulandari - Kompas.com\nJakarta - Kasus naik.", {}),
    ("T\nBudi Santoso - CNN Indonesia\nJakarta - Kasus naik.", {"CNN Indonesia": 0}),
]


@pytest.mark.parametrize(("text", "known"), BYLINES)
def test_a_writer_and_an_outlet_is_a_byline_not_a_dateline(text, known):
    ends = {text.index(name): text.index(name) + len(name) for name in known}
    found = extract_dateline(text, grammar("id"), 1, None, ends)
    assert found is not None
    assert (found.place, found.agency) == ("Jakarta", None)


def test_an_outlet_before_a_date_is_the_date_line_not_the_dateline():
    text = "T\nKompas.com - 12/03/2024, 14:05 WIB\nJAKARTA, KOMPAS.com - Polisi menangkap pelaku."
    found = dateline(text, "id")
    assert found is not None and (found.place, found.agency) == ("JAKARTA", "KOMPAS.com")


def test_a_dateline_with_a_short_rest_is_still_one():
    found = dateline("T\nJAKARTA - Presiden\nmeninjau banjir.", "id")
    assert found is not None and found.place == "JAKARTA"


# ---- CNN's layout: the place, the outlet without brackets, a dash (session 11, round 2) ----

def _known(text: str, outlet: str) -> dict[int, int]:
    start = text.index(outlet, text.index("\n"))
    return {start: start + len(outlet)}


PLACE_AND_OUTLET_CASES = [
    ("T\nWashington CNN —\nThe Supreme Court ruled on Tuesday.", "CNN", "Washington"),
    ("T\nWashington CNN — The Supreme Court ruled on Tuesday.", "CNN", "Washington"),
    ("T\nHong Kong CNN —\nShares fell in early trade.", "CNN", "Hong Kong"),
    ("T\nNew York CNN — Stocks rose on Friday.", "CNN", "New York"),
    ("T\nJakarta CNN Indonesia -- Rupiah melemah pada Senin.", "CNN Indonesia", "Jakarta"),
]


@pytest.mark.parametrize(("text", "outlet", "place"), PLACE_AND_OUTLET_CASES)
def test_a_place_then_a_known_outlet_and_a_dash(text, outlet, place):
    lang = "id" if "Rupiah" in text else "en"
    found = extract_dateline(text, grammar(lang), 1, None, _known(text, outlet))
    assert found is not None
    assert (found.place, found.agency) == (place, outlet)


PLACE_AND_OUTLET_LOOK_ALIKES = [
    # An outlet the gazetteer does not know after the place: no dateline.
    ("T\nWashington Post —\nThe court ruled.", None),
    # A place, an outlet or a word alone on its line with a dash: a heading or menu item.
    ("T\nWashington —\nThe court ruled.", None),
    ("T\nCNN —\nThe court ruled.", "CNN"),
    ("T\nSport —\nThe match ended.", None),
    # The outlet inside a sentence, not before a dash.
    ("T\nWashington CNN said on Tuesday that it would appeal.", "CNN"),
]


@pytest.mark.parametrize(("text", "outlet"), PLACE_AND_OUTLET_LOOK_ALIKES)
def test_what_is_no_place_and_outlet_dateline(text, outlet):
    known = _known(text, outlet) if outlet else {}
    assert extract_dateline(text, grammar("en"), 1, None, known) is None


@pytest.mark.parametrize("line", ["Washington CNN —", "Hong Kong CNN -", "Jakarta, KOMPAS.com --"])
def test_a_dateline_alone_on_its_line_is_not_passed_over(line):
    assert dateline_extractor._may_hold_dateline(line)
    assert dateline_extractor._pattern(grammar("en")).match(line)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A byline whose last name an outlet shares: the outlet is not in capitals.
        ("T\nBy Ellen Forbes - 6th November 2023\nThe restaurant opened.", "Forbes"),
        ("T\nAs Told Forbes — The deal was done in May.", "Forbes"),
    ],
)
def test_a_known_outlet_after_a_place_is_written_in_capitals(text, outlet):
    assert extract_dateline(text, grammar("en"), 1, None, _known(text, outlet)) is None
