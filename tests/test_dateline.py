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


@pytest.mark.parametrize(("text", "lang", "place", "date", "agency"), CASES)
def test_dateline_table(text, lang, place, date, agency):
    found = dateline(text, lang)
    assert found is not None
    assert (found.place, found.date.iso() if found.date else None, found.agency) == (place, date, agency)


LOOK_ALIKES = [
    "T\nThe President said the talks - which began Monday - would go on.",
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
    ],
)
def test_a_line_is_passed_over_only_when_the_pattern_cannot_match_it(line):
    for code in ("en", "id", "ms"):
        if dateline_extractor._pattern(grammar(code)).match(line):
            assert dateline_extractor._may_hold_dateline(line)
