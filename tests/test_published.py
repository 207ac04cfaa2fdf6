"""Publication dates: which date, and which reading of it."""

from __future__ import annotations

import datetime as dt

import pytest

from articleparse.dates import find_dates, find_short_dates, grammar
from articleparse.extractors import published as published_extractor
from articleparse.extractors.published import extract_published
from articleparse.languages import load


def published(text: str, lang: str) -> str | None:
    found = extract_published(text, load(lang), grammar(lang), 1, dt.date(2026, 1, 1))
    return found.date.isoformat() if found else None


CASES = [
    ("Judul\nSenin, 11 September 2023 14:30 WIB\nIsi berita.", "id", "2023-09-11"),
    ("Judul\nSelasa, 12 Sep 2023 10:15 WIB\nIsi berita.", "id", "2023-09-12"),
    ("Judul\n11/09/2023, 14:30 WIB\nIsi berita.", "id", "2023-09-11"),
    ("Title\nPublished 3:15 PM EDT, Mon September 11, 2023\nText.", "en", "2023-09-11"),
    ("Title\nSept. 11, 2023\nText.", "en", "2023-09-11"),
    ("Title\n2023-09-11T08:00:00Z\nText.", "en", "2023-09-11"),
    ("Judul\nIsinya Jum'at, 15 Desember 2023 tentang hal lain.\nTamat.", "id", "2023-12-15"),
    ("Tajuk\nIsnin, 11 September 2023\nIsi berita.", "ms", "2023-09-11"),
    ("Tajuk\nKhamis, 7 Disember 2023\nIsi.", "ms", "2023-12-07"),
    # a byline's time glued to the year by the scraper
    ("Title\nMarch 4, 20249:15 AM ET\nBy A. Writer\nText.", "en", "2024-03-04"),
    ("Judul\n4/3/202409:15 WIB\nIsi berita.", "id", "2024-03-04"),
    # year first, with slashes or dots
    ("Title\nPosted 2021/09/19\nText.", "en", "2021-09-19"),
    ("Judul\n2023.09.11 14:30\nIsi.", "id", "2023-09-11"),
]


@pytest.mark.parametrize(("text", "lang", "date"), CASES)
def test_published_table(text, lang, date):
    assert published(text, lang) == date


def test_glued_reading_time_and_body_evidence_decide_order():
    # The numeric footer date reads day-first by Indonesian convention, but the body's
    # "Senin (11/9)" (Monday 11 September) says the footer is month-first.
    text = "Judul\nRapat digelar Senin (11/9) di Jakarta.\nPenulis: A\n9/11/20231 min read"
    assert published(text, "id") == "2023-09-11"


def test_weekday_next_to_date_decides_order():
    # Wednesday 4 October 2023, not Thursday 10 April.
    assert published("Title\nWednesday 10/4/2023\nText.", "en") == "2023-10-04"


def test_convention_when_nothing_decides():
    assert published("Judul\n05/06/2023\nIsi.", "id") == "2023-06-05"
    assert published("Title\n05/06/2023\nText.", "en") == "2023-05-06"


def test_updated_and_copyright_lose_to_published():
    text = "Title\nUpdated March 2, 2024\nPublished March 1, 2024\nText.\n© Copyright January 1, 2024"
    assert published(text, "en") == "2024-03-01"


def test_future_dates_are_not_publication_dates():
    assert published("Title\nMarch 1, 2031\nText.", "en") is None


NOT_DATES = ["Title\nThe score was 11/9 at half time.\n",
             "Title\nVersion 2021.09.19.1 is out.\n", "Title\nIn 1999/2000/2001 they won.\n",
             "Title\nVersion 2019.10.2 released.\n",
             "Title\nTicket 2023-5-1 was sold.\n", "Title\nCode 2022/13/40 failed.\n", "Title\nOmar 11, 2023 was his best year.\n", "Title\nRoom 12.30 and 2023 plans.\n", "Title\nNo date here."]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_date(text):
    assert published(text, "en") is None


def test_datetime_with_time_zone():
    found = extract_published("Judul\nSenin, 11 September 2023 14:30 WIB\nIsi.", load("id"), grammar("id"), 1, None)
    assert found.datetime.isoformat() == "2023-09-11T14:30:00+07:00"


def test_numeric_date_has_both_readings():
    [match] = find_dates("9/11/2023", grammar("id"))
    assert set(match.readings) == {dt.date(2023, 9, 11), dt.date(2023, 11, 9)}


def test_year_glued_to_other_digits_is_not_a_date():
    assert list(find_dates("ref 9/11/202312345", grammar("en"))) == []


@pytest.mark.parametrize(("text", "weekday", "first", "second"), [
    ("hari Senin (11/9)", 0, 11, 9), ("Rabu (10/9/2025)", 2, 10, 9), ("Monday, Sept 11", 0, 11, 9),
])
def test_short_dates(text, weekday, first, second):
    [short] = find_short_dates(text, grammar("id"))
    assert (short.weekday, short.first, short.second) == (weekday, first, second)


def test_marker_belongs_to_the_date_after_it():
    text = "Title\nPUBLISHED: November 8, 2023 at 5:49 p.m. | UPDATED: November 9, 2023 at 1:00 a.m.\nText."
    assert published(text, "en") == "2023-11-08"


def test_day_glued_to_a_word():
    assert published("Title\nYahoo News28 October 2020\nText.", "en") == "2020-10-28"


def test_archive_page_reads_only_the_ends():
    g = grammar("en")
    archive = "Title\n" + "".join(f"Post {i}: March {1 + i % 28}, 2019\n" for i in range(600))
    assert len(list(find_dates(archive, g))) == 600
    assert len(list(find_dates(archive, g, limit=120))) < 130


#: Each kind of full date is looked for only near the years it can contain; a text
#: holding all three kinds, look-alikes and years glued to digits must still give
#: exactly the real dates.
WINDOW_CASES = [
    ("Posted 11/09/2023, updated 2023-09-12, first reported Sept. 10, 2023.",
     [("numeric", "11/09/2023"), ("iso", "2023-09-12"), ("named", "Sept. 10, 2023")]),
    ("The 2023-24 season, ID 120231, and 3 March 2024 at 14:30.",
     [("named", "3 March 2024 at 14:30")]),
    ("Room 12023 opened in 2023; the report is dated 9/11/20231 min read",
     [("numeric", "9/11/2023")]),
    ("In 2019 and 2020 nothing was dated.", []),
    ("Rev. 2016/11/18 06:31:41; item 20235:01 is a count, not a time.",
     [("iso", "2016/11/18 06:31:41")]),
    ("Posted November 9, 20235:01 AM ET | By",
     [("named", "November 9, 20235:01 AM ET")]),
    ("See example.com/news/2023-09-11-flood-report and 2023.09.12 too.",
     [("iso", "2023-09-11"), ("iso", "2023.09.12")]),
]


@pytest.mark.parametrize(("text", "expected"), WINDOW_CASES)
def test_full_dates_are_found_near_the_years_that_hold_them(text, expected):
    found = [(d.kind, text[d.start : d.end]) for d in find_dates(text, grammar("en"))]
    assert found == expected


def _filler(lines: int) -> str:
    return "".join(f"Paragraph {i} of the story goes on about the council and its budget.\n"
                   for i in range(lines))


def test_byline_on_the_date_line_beats_the_mastheads_date():
    text = ("Council backs new budget\nFriday, March 8, 2024\nNews\n"
            "By Jane Doe, March 7, 2024\n" + _filler(3))
    assert published(text, "en") == "2024-03-07"


def test_byline_after_the_date_counts_too():
    text = ("Council backs new budget\nHome | News\n" + _filler(8)
            + "March 7, 2024 by Jane Doe\n" + _filler(8) + "March 9, 2024\n")
    assert published(text, "en") == "2024-03-07"


def test_by_in_a_sentence_is_no_byline():
    text = ("Council backs new budget\n" + _filler(10)
            + "The plan was approved by the council on March 4, 2024.\n" + _filler(10)
            + "March 9, 2024\n")
    assert published(text, "en") == "2024-03-09"


def test_indonesian_oleh_byline_dates_the_article():
    text = ("Dewan setujui anggaran\nSabtu, 9 Maret 2024\n"
            + "".join(f"Paragraf {i} tentang rapat dewan dan anggaran kota.\n" for i in range(8))
            + "Oleh Rina Wati - 7 Maret 2024\n"
            + "".join(f"Paragraf {i} lanjutan tentang anggaran.\n" for i in range(8)))
    assert published(text, "id") == "2024-03-09"  # the head's date line still wins
    # Without the byline both would be plain date lines and the footer's would win.
    footer = "\n".join(f"Tautan {i}" for i in range(4)) + "\n10 Maret 2024\n"
    bare = text.replace("Sabtu, 9 Maret 2024\n", "Berita\n") + footer
    assert published(bare, "id") == "2024-03-07"


def test_comment_dates_are_a_list_not_the_articles_date():
    comments = "".join(f"Reader {i}\nMarch {10 + i}, 2024 at {i + 1}:15 pm\nGreat post!\n"
                       for i in range(4))
    text = "Council backs new budget\n" + _filler(8) + "March 7, 2024\n" + _filler(8) + comments
    assert published(text, "en") == "2024-03-07"


def test_related_links_with_dates_are_a_list():
    related = "".join(f"Another story number {i} - March {10 + i}, 2024\n" for i in range(4))
    text = "Council backs new budget\n" + _filler(8) + "March 7, 2024\n" + _filler(12) + related
    assert published(text, "en") == "2024-03-07"


def test_the_articles_own_date_block_is_not_a_list():
    # Three dates close together, each written its own way: the article's date block.
    text = ("Council backs new budget\n" + _filler(8) + "Published: March 7, 2024\n"
            "Online: March 7, 2024 at 9:00 am\nLast modified March 8, 2024\n" + _filler(8)
            + "".join(f"Reader {i}\nMarch {10 + i}, 2024 at {i + 1}:15 pm\n" for i in range(3)))
    assert published(text, "en") == "2024-03-07"


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_every_byline_marker_dates_its_line(lang):
    for word in load(lang).words("dates", "markers.byline"):
        text = f"Title\n2024-03-09\nText.\n{word} Jane Doe, 2024-03-07\n"
        assert published(text, lang) == "2024-03-07", word


_MENU = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Shop", "Contact",
         "Log in", "Search", "Archive", "Podcasts"]  # fmt: skip
_PROSE = [
    "The river rose by two metres overnight, and by morning the lower streets of the old "
    f"town were under water, the council said in a statement on the {n} day of the flood."
    for n in ("first", "second", "third", "fourth", "fifth", "sixth")
]


def _web_page(masthead: str, date_line: str) -> str:
    return "\n".join(["River floods the old town | The Example Times", masthead, *_MENU,
                      "River floods the old town", date_line, *_PROSE]) + "\n"


def test_on_a_web_page_the_date_above_the_article_beats_the_mastheads():
    import articleparse

    article = articleparse.parse(_web_page("Friday, March 8, 2024", "March 7, 2024"),
                                 reference_date=dt.date(2024, 3, 8))
    assert article.published is not None
    assert article.published.date.isoformat() == "2024-03-07"


def test_on_a_web_page_with_no_date_by_its_article_the_mastheads_date_stands():
    import articleparse

    article = articleparse.parse(_web_page("Friday, March 8, 2024", "By Jane Doe"),
                                 reference_date=dt.date(2024, 3, 8))
    assert article.published is not None
    assert article.published.date.isoformat() == "2024-03-08"


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
@pytest.mark.parametrize(
    "piece",
    [
        "PUBLISHED: ",
        "Posted   on ",
        "last UPDATED ",
        "© 2024 ",
        " | • BY ",
        "—   Oleh ",
        "ſomething by ",  # a letter regex folds to s: the pattern decides
        "nothing here ",
        "",
    ],
)
def test_a_marker_search_is_skipped_only_where_no_marker_can_be(piece, lang):
    module = published_extractor
    language = load(lang)
    for key in ("published", "updated", "not_published", "byline"):
        if module._markers(language, key).search(piece):
            assert module._may_hold(piece, language, key), key
    opens = bool(module._byline_opens(language).match(piece))
    assert module._byline_opens_at(language, piece, 0, len(piece)) == opens


def unlisted(text: str) -> str | None:
    """The date of a text in none of the supported languages (detection found none)."""
    found = extract_published(text, None, None, 1, dt.date(2026, 1, 1))
    return found.date.isoformat() if found else None


UNLISTED_LANGUAGE_CASES = [
    # numbers read day first, as most of the world writes them
    ("Titre de l'article\nPublié le 03/05/2019 à 14h30\nLe texte.", "2019-05-03"),
    ("Artikel\n03.05.2019, 14:30 Uhr\nDer Text.", "2019-05-03"),
    ("Tytuł\n13.11.2020\nTreść artykułu.", "2020-11-13"),
    # year first needs no words
    ("記事のタイトル\n2019/05/03 14:30\n本文。", "2019-05-03"),
    ("Заголовок\n2019-05-03T09:00:00+03:00\nТекст статьи.", "2019-05-03"),
    # English month names and labels, which pages in any language print
    ("Titulo\nPosted on May 3, 2019\nEl texto.", "2019-05-03"),
    ("Titulo\nUpdated 4 May 2019\nPublished 3 May 2019\nEl texto.", "2019-05-03"),
    # a weekday written beside the date still decides its order
    ("Titolo\nWednesday 10/4/2023\nIl testo.", "2023-10-04"),
]


@pytest.mark.parametrize(("text", "date"), UNLISTED_LANGUAGE_CASES)
def test_a_page_in_no_supported_language_gets_its_date(text, date):
    assert unlisted(text) == date


@pytest.mark.parametrize("text", ["Titre\nLe score était 11/9 à la mi-temps.\n",
                                  "Titre\nVersion 2019.10.2 disponible.\n",
                                  "Titre\nAucune date ici."])
def test_a_page_in_no_supported_language_without_a_date(text):
    assert unlisted(text) is None


def test_a_label_far_before_the_date_in_a_sentence_is_no_label():
    text = ("Title\nOct 13, 2020\nThe airline has set a new date for joining the alliance, "
            "after months of delays and a long review: March 31, 2021.\nMore text.")
    assert published(text, "en") == "2020-10-13"


def test_a_label_right_before_its_date_still_counts():
    text = "Title\nSome text on March 2, 2024 here.\nPosted on Wednesday, March 6, 2024\nText."
    assert published(text, "en") == "2024-03-06"


def _own_line_term(text: str, lang: str = "en") -> list[float]:
    scored = published_extractor.score_candidates(text, load(lang), grammar(lang), 1, None)
    return [dict(c.parts)[published_extractor.DATE_LINE] for c in scored]


def test_a_line_of_labelled_dates_is_a_date_line():
    # longer than a short line, but nearly all of it dates
    line = "PUBLISHED: November 8, 2023 at 5:49 p.m. | UPDATED: November 8, 2023 at 6:17 p.m."
    assert len(line) > published_extractor.SHORT_LINE
    assert _own_line_term(f"Title\n{line}\nText.") == [2.0, 2.0]


def test_a_long_sentence_with_a_date_is_no_date_line():
    sentence = ("The council met on November 8, 2023 to discuss the budget, the roads, "
                "the new school and the state of the harbour after the storm.")
    assert _own_line_term(f"Title\n{sentence}\nText.") == [0.0]


def test_a_byline_with_a_comment_count_dates_the_article():
    text = ("Title\nBy Jane Doe on 31. October, 2023 | 18 Comments. This post may contain "
            "links to shops that pay us a small fee.\nText.")
    assert published(text, "en") == "2023-10-31"


def test_a_comment_line_is_still_no_publication_date():
    text = "Title\nText.\nJane says: March 3, 2020 at 5:12 pm Reply"
    assert published(text, "en") is None


def _position_terms(text: str, article_start: int) -> list[float]:
    scored = published_extractor.score_candidates(
        text, load("en"), grammar("en"), 1, None, article_start
    )
    return [dict(c.parts)[published_extractor.POSITION] for c in scored]


def test_a_date_in_the_pages_title_line_dates_the_article():
    # A web page whose article starts far below its title: the title line still counts.
    text = "Port strike widens - Business - 11/05/2022 - The Daily Sun\n" + _filler(30) + "Text."
    assert _position_terms(text, 25) == [3.0]


def test_a_masthead_line_below_the_title_is_not_the_title():
    text = "The Daily Sun\nMenu | 11/05/2022 | Weather\n" + _filler(30) + "Text."
    assert _position_terms(text, 25) == [0.0]
    assert _position_terms("\n\nThe Daily Sun\n11/05/2022 Weather\n" + _filler(30), 25) == [0.0]


PAGE_ORDER_CASES = [
    # an English page whose other numeric dates are day first
    ("Title\n12/04/2020 by Kay\nText.\nReader one wrote on 14/04/2020 to say thanks.", "en",
     "2020-04-12"),
    # a day-first language's page whose other numeric dates are month first
    ("Judul\n04/12/2020\nIsi.\nDiperbarui 04/14/2020 dan 04/15/2020.", "id", "2020-04-12"),
    # dates that read the same both ways say nothing
    ("Title\n12/04/2020\nText.\nSee also 05/05/2020.", "en", "2020-12-04"),
]


@pytest.mark.parametrize(("text", "lang", "date"), PAGE_ORDER_CASES)
def test_the_pages_other_numeric_dates_decide_the_order(text, lang, date):
    assert published(text, lang) == date


# ---- dates in running text near the top ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # an event the first paragraph tells of loses to a date line with its time further
        # down (without the time they tie, and the earlier wins)
        ("Council bans plastic bags\nThe ban, voted last week, applies from January 1, 2025"
         " in every shop of the county and its markets, the council said.\n" + _filler(8)
         + "December 3, 2024 at 9:15 am\n" + _filler(10), "en", "2024-12-03"),
        ("Dewan larang kantong plastik\nLarangan itu berlaku mulai 1 Januari 2025 di semua toko"
         " dan pasar di kabupaten itu, kata dewan kota dalam rapat.\n"
         + "".join(f"Paragraf {i} tentang larangan dan pasar kota.\n" for i in range(8))
         + "Diterbitkan 3 Desember 2024\n"
         + "".join(f"Paragraf {i} lanjutan tentang toko.\n" for i in range(10)), "id", "2024-12-03"),
        # a lead that opens with its date is no running text
        ("Council bans plastic bags\nDecember 3, 2024 – The council voted on Tuesday to ban plastic"
         " bags in every shop of the county from next year.\n" + _filler(8)
         + "1 January 2025\n" + _filler(10), "en", "2024-12-03"),
        # with no date line anywhere, the running text's date still counts
        ("Council bans plastic bags\nThe council voted on December 3, 2024 to ban plastic"
         " bags in every shop of the county from next year.\n" + _filler(4), "en", "2024-12-03"),
    ],
)
def test_a_date_in_running_text_near_the_top(text, lang, date):
    assert published(text, lang) == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # an old event in running text, on a page that names a later year: no date
        ("Mengenang sang mantan presiden\nBeliau dan istrinya menikah pada 12 Mei 1962 di kota"
         " kelahiran sang istri, dan kisah mereka difilmkan pada tahun 2012.\n" + _filler(4),
         "id", None),
        ("Remembering the senator\nShe was born on 5 November 1947 in a small mining town and"
         " served three terms until 2019, her family said.\n" + _filler(4), "en", None),
        # ... and the article's own date wins over it
        ("Mengenang sang mantan presiden\nBeliau menikah pada 12 Mei 1962 di Yogyakarta, kenang"
         " keluarganya dalam acara peringatan.\nRabu (11/9/2019) keluarga berkumpul.\n"
         + _filler(4), "id", "2019-09-11"),
        # a copyright line's year is a clue too
        ("Remembering the senator\nShe was born on 5 November 1947 in a small mining town, her"
         " family said on the day of the service.\n" + _filler(4) + "© 2021 The Daily Paper\n",
         "en", None),
        # last year's date in running text stands: a page of January names both years
        ("New rules for ferries\nThe rules agreed on 18 December 2023 apply to every ferry"
         " from the first week of 2024, the ministry said.\n" + _filler(4), "en", "2023-12-18"),
        # a later year that is only the end of a span of years (a term, a plan) is no clue
        ("Rencana pembangunan daerah\nRapat pada 20 September 2019 membahas rencana periode"
         " 2019-2024 dan anggaran tahun depan, kata kepala dinas.\n" + _filler(4),
         "id", "2019-09-20"),
        # a year after the reference date is a plan, no clue either
        ("Energy targets agreed\nThe ministers agreed on 3 March 2025 to double the share of"
         " wind power by 2030, the statement said.\n" + _filler(4), "en", "2025-03-03"),
        # with a weekday of its own, the date is the lead's news, not an old event
        ("Mengenang sang mantan presiden\nKeluarga berkumpul pada Senin, 12 Mei 2014 di rumah"
         " duka, sebelum pemakaman pada tahun 2019.\n" + _filler(4), "id", "2014-05-12"),
    ],
)
def test_an_old_event_in_running_text_is_no_publication_date(text, lang, date):
    assert published(text, lang) == date


def _comments(date_line: str) -> str:
    return "".join(f"Paragraph {i} of the story.\n" for i in range(10)) + "Comments\nJane\n" + date_line


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # a label alone on the line above its date ("Published" / the date): two elements
        # of the page, two lines of the scraped text
        ("Title\nPublished\nMarch 3, 2020\n" + _comments("March 5, 2020 at 10:15 am\n"),
         "en", "2020-03-03"),
        ("Title\nDate:\n03/02/2022\n" + _comments("04/02/2022 10:15\n"), "en", "2022-03-02"),
        ("Judul\nDiterbitkan:\n3 Maret 2020\n"
         + "".join(f"Paragraf {i} berita.\n" for i in range(10))
         + "Komentar\nBudi\n5 Maret 2020 10:15\n", "id", "2020-03-03"),
        ("Titel\nDatum:\n03.02.2022\nAutor:\nse\n"
         + "".join(f"Absatz {i} über Autos.\n" for i in range(12))
         + "KOMMENTARE\nMarkus\n04.02.2022 - 00:00 Uhr\n", "de", "2022-02-03"),
    ],
)
def test_a_label_alone_on_the_line_above_its_date(text, lang, date):
    assert published(text, lang) == date


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("Title\nPublished\nMarch 3, 2020\nText.", 3.0),
        ("Title\nPublished:\nMarch 3, 2020\nText.", 3.0),
        ("Title\nLast updated -\nMarch 3, 2020\nText.", 0.0),  # not counted above
        # look-alikes: a label line with more words, a date that does not open its line,
        # a label two lines up
        ("Title\nPublished by the council\nMarch 3, 2020\nText.", 0.0),
        ("Title\nPublished\nIn March 3, 2020 news\nText.", 0.0),
        ("Title\nPublished\nJane Doe\nMarch 3, 2020\nText.", 0.0),
    ],
)
def test_what_counts_as_a_label_above(text, markers):
    [candidate] = published_extractor.score_candidates(
        text, load("en"), grammar("en"), 1, dt.date(2026, 1, 1)
    )
    assert dict(candidate.parts)[published_extractor.MARKERS] == markers


@pytest.mark.parametrize(
    ("line", "lang", "when"),
    [
        ("Senin, 12 Juni 2023 | 14:05 WIB", "id", "2023-06-12T14:05:00+07:00"),
        ("Selasa, 13 Jun 2023 - 09:10 WIB", "id", "2023-06-13T09:10:00+07:00"),
        ("Dipublikasikan: 13/06/2023 • 09:10 WIB", "id", "2023-06-13T09:10:00+07:00"),
        ("March 5, 2024 / 3:04 PM EST", "en", "2024-03-05T15:04:00-05:00"),
        ("Tue 5 Mar 2024 15.04 GMT", "en", "2024-03-05T15:04:00+00:00"),
    ],
)
def test_a_clock_after_a_separator_belongs_to_the_date(line, lang, when):
    found = extract_published(f"Title\n{line}\nText.", load(lang), grammar(lang), 1,
                              dt.date(2026, 1, 1))
    assert found is not None and found.datetime is not None
    assert found.datetime.isoformat() == when


@pytest.mark.parametrize(
    ("line", "lang", "when"),
    [
        ("Published 3:04 PM EST, Tue March 5, 2024", "en", "2024-03-05T15:04:00-05:00"),
        ("Updated 13:04, 5 March 2024", "en", "2024-03-05T13:04:00"),
        ("11:25 PM - 10 Jul 2020", "en", "2020-07-10T23:25:00"),
        ("Diterbitkan 14:05 WIB | Senin, 12 Juni 2023", "id", "2023-06-12T14:05:00+07:00"),
        pytest.param("Diterbitkan 14.05 WIB | Senin, 12 Juni 2023", "id",
                     "2023-06-12T14:05:00+07:00", marks=pytest.mark.xfail(
                         strict=True, reason="a clock before its date is looked for only with ':'")),
        # look-alikes: a clock cut from a longer figure, a date that has its own time
        ("Score 12:3:04 PM, March 5, 2024", "en", None),
        ("9:00 - March 5, 2024 at 3:04 PM", "en", "2024-03-05T15:04:00"),
    ],
)
def test_a_clock_before_the_date_belongs_to_it(line, lang, when):
    found = extract_published(f"Title\n{line}\nText.", load(lang), grammar(lang), 1,
                              dt.date(2026, 1, 1))
    assert found is not None
    assert (found.datetime.isoformat() if found.datetime else None) == when


@pytest.mark.xfail(strict=True, reason="relative dates ('2 jam lalu', '3 hours ago') are not read")
def test_a_relative_date_dates_the_article():
    text = ("Harga beras naik\n2 jam lalu\nHarga naik sejak 1 Mei 2023 di pasar.\n"
            + "".join(f"Paragraf {i}.\n" for i in range(4)))
    assert published(text, "id") is None


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_published_marker_labels_its_date(lang):
    for word in load(lang).words("dates", "markers.published"):
        text = f"Title\n2024-03-09\n{word}: 2024-03-07\nText of the story.\n"
        assert published(text, lang) == "2024-03-07", word


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_updated_marker_gives_way_to_a_plain_date(lang):
    for word in load(lang).words("dates", "markers.updated"):
        text = f"Title\n{word}: 2024-03-09\n2024-03-07\nText of the story.\n"
        assert published(text, lang) == "2024-03-07", word


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Judul\nDiposting: Kamis, 14 Desember 2023 10:15 WIB\nIsi berita.", "2023-12-14"),
        ("Judul\nUpdate: Jumat, 15 Desember 2023\nDimuat: Kamis, 14 Desember 2023\nIsi.", "2023-12-14"),
        ("Judul\nTanggal terbit 14/12/2023\nIsi berita.", "2023-12-14"),
        # "tanggal" alone opens a date in running text too ("pada tanggal 1 Mei"): no label
        ("Judul\nRapat digelar pada tanggal 1 Mei 2023 di balai kota dan dihadiri warga.\n"
         "Kamis, 14 Desember 2023\nIsi.", "2023-12-14"),
    ],
)
def test_indonesian_labels(text, date):
    assert published(text, "id") == date


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # a 24-hour clock is written where the day comes first
        ("Title\n08/11/2023 | 20:26\nText.", "en", "2023-11-08"),
        ("Title\n08/11/2023 | 20:26 PM\nText.", "en", "2023-11-08"),
        # look-alikes: a 12-hour clock, a morning hour: the convention stands
        ("Title\n08/11/2023 | 8:26 PM\nText.", "en", "2023-08-11"),
        ("Title\n08/11/2023 | 09:15\nText.", "en", "2023-08-11"),
        # the page's dates with month names, day first: British English
        ("Title\n08/11/2023\nThe council met on 3 March 2022 to agree the plan.", "en",
         "2023-11-08"),
        # month first, as every page's embedded posts write them: no evidence either way
        ("Title\n08/11/2023\nThe council met on March 3, 2022 to agree the plan.", "en",
         "2023-08-11"),
        ("Judul\n08/11/2023\nIsi.\n— Jane Doe (@janedoe) March 3, 2022", "id", "2023-11-08"),
        # the page's unambiguous numeric dates still decide against its named dates
        ("Title\n08/11/2023\nOn 3 March 2022 and on 12/24/2022 the plan changed.", "en",
         "2023-08-11"),
    ],
)
def test_the_page_s_way_of_writing_dates_orders_a_numeric_date(text, lang, date):
    assert published(text, lang) == date


def _page(top: list[str], heading_lines: list[str], body: list[str]) -> tuple[str, int]:
    """A web page: masthead and menus, then the article's heading lines and body; the
    line where its body starts."""
    lines = ["Site title", *top, *heading_lines]
    return "\n".join([*lines, *body]), len(lines)


MENUS = [f"Menu {n}" for n in range(20)]
BODY = [f"Paragraph {n} of the story, told at some length for the reader." for n in range(8)]


@pytest.mark.parametrize(
    ("top", "heading_lines", "lang", "date"),
    [
        # the masthead's "today", far above the heading, loses to the article's date
        (["Friday, November 3, 2023", *MENUS], ["Storm hits coast", "November 2, 2023"], "en",
         "2023-11-02"),
        (["Jumat, 3 November 2023", *MENUS], ["Badai melanda", "Kamis, 2 November 2023"], "id",
         "2023-11-02"),
        # the masthead's date alone still stands (own line and weekday): on a page
        # fetched the day it came out, it is the article's
        (["Friday, November 3, 2023", *MENUS], ["Storm hits coast"], "en", "2023-11-03"),
        # a labelled date far above the heading is the article's
        (["Updated May 6, 2019", *MENUS], ["Storm hits coast"], "en", "2019-05-06"),
        (["Published May 6, 2019", *MENUS], ["Storm hits coast"], "en", "2019-05-06"),
        # look-alike: a date just above the heading is the article's own
        ([*MENUS, "Friday, November 3, 2023"], ["Storm hits coast"], "en", "2023-11-03"),
    ],
)
def test_the_masthead_date_above_the_article_is_not_its_date(top, heading_lines, lang, date):
    text, first_body = _page(top, heading_lines, BODY)
    found = extract_published(text, load(lang), grammar(lang), first_body, dt.date(2026, 1, 1))
    assert (found.date.isoformat() if found else None) == date


def test_a_short_text_s_head_is_unchanged():
    # a text whose body starts at once: its first lines are its head, dates and all
    assert published("Title\nFriday, November 3, 2023\nText.", "en") == "2023-11-03"


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        ("Title\nBy Jane Smith\nMarch 18, 2024 10:41 AM GMT+7 Updated 2 hours ago\nText.",
         "en", "2024-03-18T10:41:00+07:00"),
        ("Title\nMarch 18, 2024 at 4:05 p.m. UTC-5\nText.", "en", "2024-03-18T16:05:00-05:00"),
        ("Judul\nSenin, 04 Mar 2024 16:20 WIB\nIsi berita.", None, "2024-03-04T16:20:00+07:00"),
        ("Judul\nKamis, 7 Maret 2024 08:00 WITA\nIsi berita.", "id", "2024-03-07T08:00:00+08:00"),
        ("Title\n7 March 2024 08:00 WIT\nText.", "en", "2024-03-07T08:00:00+09:00"),
    ],
)
def test_the_time_zone_of_the_date_line(text, lang, when):
    language, date_grammar = (load(lang), grammar(lang)) if lang else (None, None)
    found = extract_published(text, language, date_grammar, 1, dt.date(2026, 1, 1))
    assert found is not None and found.datetime is not None
    assert found.datetime.isoformat() == when


@pytest.mark.parametrize(
    ("line", "lang", "span_text"),
    [
        ("Published 5:12 PM EDT, March 14, 2024", "en", "Published 5:12 PM EDT, March 14, 2024"),
        ("PUBLISHED: March 14, 2024 at 5:12 p.m. | UPDATED: March 14, 2024 at 6:00 p.m.", "en",
         "PUBLISHED: March 14, 2024 at 5:12 p.m."),
        ("Diterbitkan: Senin, 11 Sep 2023 14:30 WIB", "id", "Diterbitkan: Senin, 11 Sep 2023 14:30 WIB"),
        ("Dipublikasikan - 11/09/2023, 14:30 WIB", "id", "Dipublikasikan - 11/09/2023, 14:30 WIB"),
        # look-alikes: a byline or an outlet before the date is no label, and stays
        ("By Jane Smith, March 14, 2024", "en", "March 14, 2024"),
        ("Kompas.com - 11/09/2023, 14:30 WIB", "id", "11/09/2023, 14:30 WIB"),
        ("Senin, 11 Sep 2023 14:30 WIB", "id", "Senin, 11 Sep 2023 14:30 WIB"),
    ],
)
def test_the_span_holds_the_date_s_label(line, lang, span_text):
    text = f"Title\n{line}\nText of the story.\n"
    found = extract_published(text, load(lang), grammar(lang), 1, dt.date(2026, 1, 1))
    assert found is not None
    assert text[found.span.start : found.span.end] == span_text


def test_an_update_line_below_the_published_line_does_not_win():
    text = ("Polisi Tangkap Pelaku\nOleh Rina Wulandari pada 12 Mar 2024, 14:05 WIB\n"
            "Diperbarui 12 Mar 2024, 15:10 WIB\nJakarta - Polisi menangkap dua pria.\n")
    found = extract_published(text, load("id"), grammar("id"), 1, dt.date(2026, 1, 1))
    assert found is not None and found.datetime is not None
    assert found.datetime.isoformat() == "2024-03-12T14:05:00+07:00"


def test_a_page_in_no_detected_language_gets_its_weekday_and_zone_in_the_span():
    text = "Judul\nCNN Indonesia\nSenin, 04 Mar 2024 16:20 WIB\nJakarta -- Isi berita.\n"
    found = extract_published(text, None, None, 1, dt.date(2026, 1, 1))
    assert found is not None
    assert text[found.span.start : found.span.end] == "Senin, 04 Mar 2024 16:20 WIB"


@pytest.mark.parametrize(
    ("text", "span_text"),
    [
        ("Judul\nRapat digelar di kantor gubernur, Selasa (12/3/2024).\nIsi.", "Selasa (12/3/2024)"),
        ("Judul\nRapat digelar di kantor gubernur (12/3/2024).\nIsi.", "12/3/2024"),
        # look-alike: a bracket opened before the date is the sentence's
        ("Judul\nRapat (di kantor 12/3/2024) selesai.\nIsi.", "12/3/2024"),
    ],
)
def test_the_span_closes_the_bracket_its_date_opened(text, span_text):
    found = extract_published(text, load("id"), grammar("id"), 1, dt.date(2026, 1, 1))
    assert found is not None
    assert text[found.span.start : found.span.end] == span_text


def test_a_count_after_a_date_is_no_clock():
    # "2.333 orang" is a number: its "2.33" is no time of the date before it
    text = "Judul\nSurvei digelar pada 8-19 Mei 2025 kepada 2.333 orang dewasa.\nIsi.\n"
    found = extract_published(text, load("id"), grammar("id"), 1, dt.date(2026, 1, 1))
    assert found is not None and found.date.isoformat() == "2025-05-19"
    assert found.datetime is None


def test_a_count_glued_to_a_colon_clock_leaves_the_clock():
    text = "Title\nAdded: 30 April 2021, 11:5593\nText.\n"
    found = extract_published(text, load("en"), grammar("en"), 1, dt.date(2026, 1, 1))
    assert found is not None and found.datetime is not None
    assert found.datetime.isoformat() == "2021-04-30T11:55:00"


@pytest.mark.parametrize(
    ("text", "rule_where"),
    [
        ("Judul\n\"Biasa, ekonomi,\" kata Budi, Jumat (17/10/2025).\nIsi berita.", "text"),
        ("Judul\nRapat digelar di Balai Kota, 19 Oktober 2025.\nIsi berita.", "text"),
        # look-alikes: date lines, labelled, bylined, or with a comma after the date
        ("Judul\nKamis, 16 Oktober 2025 14:30 WIB\nIsi berita.", "date_line"),
        ("Title\nPosted on March 14, 2024, by Jane Smith\nText.", "date_line"),
        ("Title\nBy Jane Smith | March 14, 2024\nText.", "date_line"),
        ("Title\nPosted: Thursday, April 21, 2022. 10:11 pm\nText.", "date_line"),
    ],
)
def test_a_date_that_ends_a_sentence_is_no_date_line(text, rule_where):
    lang = "id" if text.startswith("Judul") else "en"
    found = extract_published(text, load(lang), grammar(lang), 1, dt.date(2026, 1, 1))
    assert found is not None
    assert found.rule.split(".")[1] == rule_where


# ---- a blog post's own date line and its comments' dates (session 11, round 2) ----

_BLOG_PROSE = "".join(f"Paragraph {i} of the post, about saving money each month.\n" for i in range(4))

BLOG_COMMENT_CASES = [
    # The post's date line with its author and its comment count; the comments below,
    # each under "<Name> says:", are dated later.
    ("How I paid off my loan\nMarch 3, 2024 by Emily Stone 12 Comments\n" + _BLOG_PROSE
     + "12 thoughts on this post\nSarah says:\nMarch 4, 2024 at 9:12 am\nGreat post!\nReply\n",
     "en", "2024-03-03"),
    ("How I paid off my loan\nMarch 3, 2024 by Emily Stone | 4 Comments\n" + _BLOG_PROSE
     + "Tom Baker said:\nMarch 5, 2024 at 10:40 pm\nThanks!\n", "en", "2024-03-03"),
    # No date line of the post's own: a comment's date is none either.
    ("How I paid off my loan\n" + _BLOG_PROSE + "Sarah says:\nMarch 4, 2024 at 9:12 am\nGreat post!\n",
     "en", None),
    ("Cara menabung tiap bulan\n" + "".join(f"Paragraf {i} tentang menabung.\n" for i in range(4))
     + "Budi Santoso berkata:\n4 Maret 2024 pukul 09.12\nMantap!\n", "id", None),
]


@pytest.mark.parametrize(("text", "lang", "date"), BLOG_COMMENT_CASES)
def test_a_blogs_comment_dates_lose_to_its_own(text, lang, date):
    assert published(text, lang) == date


COMMENTER_LOOK_ALIKES = [
    # A label above the date is no commenter: its date stands.
    "Title\nPosted on\nMarch 4, 2024\nText of the story.\n",
    # A long line ending in "says" is a sentence, no name and verb.
    "Title\nText.\nThe mayor of the town by the river says\nMarch 4, 2024 will be the day.\n",
    # The verb alone is no commenter's line.
    "Title\nSays:\nMarch 4, 2024\nText of the story.\n",
]


@pytest.mark.parametrize("text", COMMENTER_LOOK_ALIKES)
def test_what_is_no_commenter_above_a_date(text):
    assert published(text, "en") == "2024-03-04"


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_commenter_verb_marks_a_comments_date(lang):
    for word in load(lang).words("dates", "markers.commenter"):
        text = f"Title\nText of the story.\nJane Doe {word}:\n2024-03-07\nGreat!\n"
        assert published(text, lang) is None, word
        text = f"Title\n2024-03-05\nText of the story.\nJane Doe {word}:\n2024-03-07\nGreat!\n"
        assert published(text, lang) == "2024-03-05", word


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Title\nPosted Friday, March 15, 2024 4:30 pm\nText of the story.\n", "en", "Posted"),
        ("Title\nPosted on March 15, 2024\nText of the story.\n", "en", "Posted on"),
        ("Title\nLast updated: March 15, 2024\nText of the story.\n", "en", "Last updated"),
        ("Judul\nDiterbitkan: Jumat, 15 Maret 2024 16:30 WIB\nIsi berita.\n", "id", "Diterbitkan"),
        ("Judul\nDipublikasikan 15 Maret 2024\nIsi berita.\n", "id", "Dipublikasikan"),
    ],
)
def test_the_published_span_holds_its_label(text, lang, label):
    found = extract_published(text, load(lang), grammar(lang), 1, dt.date(2026, 1, 1))
    assert found is not None and text[found.span.start :].startswith(label)


# ---- embedded posts: a tweet's or an Instagram post's date after its writer's handle ----

EMBED_CASES = [
    ("Title\nMarch 2, 2024\n" + _BLOG_PROSE + "The mayor wrote on Twitter.\nWe are ready for the storm.\n"
     "— Jane Doe (@janedoe) March 1, 2024\nThe storm hit at night.\n", "2024-03-02"),
    ("Title\n2 March 2024\n" + _BLOG_PROSE + "View this post on Instagram\n"
     "A post shared by Jane Doe (@jane.doe) on Feb 16, 2024 at 3:02pm PST\nMore text.\n", "2024-03-02"),
    ("Judul\nSabtu, 2 Maret 2024 10:15 WIB\n" + "".join(f"Paragraf {i} berita.\n" for i in range(4))
     + "— Budi Santoso (@budisantoso) 1 Maret 2024\nIsi lagi.\n", "2024-03-02"),
]


@pytest.mark.parametrize(("text", "date"), EMBED_CASES)
def test_an_embedded_posts_date_loses_to_the_articles(text, date):
    lang = "id" if text.startswith("Judul") else "en"
    assert published(text, lang) == date


@pytest.mark.parametrize(
    ("before", "embedded"),
    [
        ("— Jane Doe (@janedoe) ", True),
        ("A post shared by Jane (@jane) on ", True),
        # A handle further back, with words after it: the sentence goes on to its date.
        ("Jane (@jane) said the vote is on ", False),
        ("Email us (@ the office) on ", False),
        ("Published ", False),
    ],
)
def test_what_counts_as_a_handle_before_a_date(before, embedded):
    assert published_extractor._after_handle(before) is embedded
