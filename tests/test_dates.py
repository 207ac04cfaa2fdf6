"""Date scanning: the patterns run only where a date can start (``dates._scan_*``,
``date_starts``), and find what running them over each whole window finds; reading
times likewise are searched from their first unit on."""

from __future__ import annotations

import sys

import pytest
import regex

from articleparse import date_starts, dates
from articleparse.dates import find_short_dates, grammar
from articleparse.extractors import reading_time
from articleparse.languages import available, load
from articleparse.patterns import finditer_in, keyword_windows

TRICKY = [
    "Monday, 11 September 2023 14:30 WIB and Sept. 12, 2023, 3:15 p.m. EDT",
    "Senin (11/9) ada rapat. 9/11/20231 min read; Selasa, 12/09/2023 10.15 WIB",
    "Jum'at, 1/2/2023 Jum’at (3/4/2023) JUM'AT 11 Maret 2023, Jum'at(1/9) Jumat 2 Mei 2024",
    "Mon 1/2/2023 Tue, (3/4/2023) Wed  5-6-2023 xMonday, 7/8/2023 2023-09-11 2023/9/11",
    "News28 October 2023 MondaySept 11, 2024 11th March 2024 March 4, 20249:15 AM ET",
    "Isnin, 11 September 2023; Khamis 7 Disember 2023; Ahad, 3 Mac 2024",
    "Monday,   ( 4/5) Sunday Marching 5 Sat,(6-7-23) Wednesday 8 June the month 9 Friday x",
    "Tuesday  \n 9 May 2024, Thu(1.2) Sunday,    (3/4) Rabu, 5 Mei; Minggu 6/7/2024 Saturday",
    "2020. 06. 04. 11:27 and 2019. 3. 4. x 2018. 1. 2 y 2017. 12. 31.5 z 2016.  1. 2.",
    "12.3.2023.4 1/2/2500 10.11.2023 19/19/2023 2019.10.2 2021.09.19 1/2/3000 10.11.2023",
    "“Monday,” 4 March 2024 — Sunday — 5 March 2024’s; café 6 March 2024",
    # what the ASCII reading cannot see: regex's case folding and other digits
    "ſept 11, 2023 and ſunday, 4 March 2024, Kelvin: 1 \u212aamis 2023",
    "x ٣ September 2023 and 1/٣/2023 and 2023-٠٩-11, \u0130snin 4 Mac 2024",
    # names beyond ASCII (left out of an ASCII window's reading) and their ASCII forms
    "Dienstag, 12. März 2019, 14:30 Uhr; Mo., 11. Maerz 2019 und 3. Jänner 2020, 4. Jan. 2021",
    "Dienstag, 12. Maerz 2019, 14:30 Uhr; Mo., 11. Jan 2019 und Sa, 3.4.2020 So (5.6.2021)",
    "lundi 3 août 2023, 5 décembre 2022 à 10h; mardi 4 aout 2023 et 6 fevrier 2024, 7 déc. 2022",
    "miércoles, 4 de mayo de 2022 a las 07:46; sábado 7 de mayo del 2022, sab 8/5/2022",
    "miercoles, 4 de mayo de 2022 a las 07:46; sabado 7 de mayo del 2022, sab 8/5/2022",
    # joiners: spacing, line ends, doubled, glued, alone, and a month written first
    "lunes 4 de  mayo de\n2022; martes 5 del\nmayo  del 2022; 6 DE MAYO DE 2022 x",
    "11 de de mayo 2022; 12 demayo 2022; 13 de x mayo 2022; mayo 14, 2022; de mayo 15, 2022",
    "jueves, 4 de ene. 2022; vie (5 de mayo); sábado 6 de mayo del 2022 10:30 CET de 2022",
    # weekdays as common words, glued to a month name, or cut by the window's end
    "Mo und Di, so die mit Do. Fr 3.4. Sa(5.6.) So 7 Mai MoMai 3 MondaySept 4 Sonntagx 5",
]


def _whole(text: str, g: dates.DateGrammar) -> list[tuple[str, int, int]]:
    """Every match of the three full-date patterns over each whole window."""
    windows = dates._windows(text, g)
    found = []
    for kind in ("named", "numeric", "iso"):
        pattern = getattr(g, kind)
        for start, end in getattr(windows, kind):
            found += [(kind, *m.span()) for m in pattern.finditer(text, start, end)]
    return found


def _scanned(text: str, g: dates.DateGrammar) -> list[tuple[str, int, int]]:
    windows = dates._windows(text, g)
    return [
        *(("named", *m.span()) for m in dates._scan_named(text, g, windows.named)),
        *(("numeric", *m.span()) for m in dates._scan_numeric(text, g, windows.numeric)),
        *(("iso", *m.span()) for m in dates._scan_iso(text, g, windows.iso, windows.years)),
    ]


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize("text", TRICKY)
def test_scanning_where_dates_start_finds_what_whole_windows_find(text, code):
    g = grammar(code)
    assert _scanned(text, g) == _whole(text, g)


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize("text", TRICKY)
def test_named_starts_of_an_ascii_window_are_those_read_run_by_run(text, code):
    names = dates._ascii_names(code)
    if names is None:
        # Only languages whose names are all ASCII take the fast path; the others
        # (German "März") are read by the date pattern alone.
        g = grammar(code)
        assert not all(name.isascii() for name in [*g.months, *g.weekdays])
        return
    text = text.encode("ascii", "replace").decode("ascii")
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            fast = date_starts.named_starts(text, start, end, names)
            assert fast == sorted(set(date_starts._named_starts_by_runs(text, start, end, names)))


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize("text", TRICKY)
def test_short_dates_are_found_as_in_whole_windows(text, code):
    g = grammar(code)
    windows = keyword_windows(text, g.weekdays, 1, dates._SHORT_AFTER_WEEKDAY)
    whole = [m.span() for m in finditer_in(g.short, text, windows)]
    assert [(d.start, d.end) for d in find_short_dates(text, g)] == whole


def test_years_are_found_as_one_pattern_finds_them():
    text = "1999 12023 2023-09-11 120201999 20202021 ٢2023 2199 2200 1800 1799 x2024"
    one = regex.compile(r"(?:1[89]|2[01])\d\d")
    expected = [
        m.start() for m in one.finditer(text) if not (m.start() and text[m.start() - 1].isdecimal())
    ]
    assert dates._year_starts(text) == expected


def test_only_three_letters_fold_to_ascii_letters():
    """``_NOT_ASCII_ALIKE`` names every character that ``regex`` matches to an ASCII
    letter when ignoring case, as the date patterns do."""
    everything = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    alike = regex.compile(r"(?-f)[a-z]", regex.IGNORECASE | regex.V1).findall(everything)
    assert sorted(alike) == sorted("\u0130\u017f\u212a")
    assert all(date_starts.NOT_ASCII_ALIKE.search(c) for c in alike)
    assert sorted(dates.FOLDED_LIKE_ASCII) == sorted(alike)


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize(
    "text",
    [
        "9/11/20231 min read",
        "x 5 MIN READ and the minister's 3 mins read",
        "12  min read 1234 min read 4 min. read 5 Menit Baca",
        "ſ 5 min read, then 3 min read",  # a letter regex folds to s: the whole text is read
        "0 min read 181 min read 7minute reading",
        "\u0130 3 min read",
        "3 min\n  read",
        "no unit at all, 42 minutes",
        # beyond ASCII: the units are searched in the text's ASCII bytes
        "“Quoted” — 5 MIN READ, café 3 min read",
        "Kamis, 2 Mei 2024 – 4 menit baca ’ 6 Menit Baca",
        "ž 12 mins read ٣ min read",
    ],
)
def test_reading_time_searches_from_its_first_unit_as_from_the_start(text, code):
    language = load(code)
    found = reading_time.extract_reading_time(text, language)
    whole = None
    for match in reading_time._pattern(language).finditer(text):
        minutes = int(match.group("minutes"))
        if 0 < minutes <= reading_time.MAX_MINUTES:
            whole = (minutes, match.start(), match.end())
            break
    assert (found and (found.minutes, found.span.start, found.span.end)) == whole


def test_the_neutral_grammar_reads_numbers_day_first_and_english_month_names():
    g = dates.neutral_grammar()
    found = list(dates.find_dates("03/05/2019, 4 May 2019 and 2019-05-05", g))
    assert [m.readings[0].isoformat() for m in found] == ["2019-05-03", "2019-05-04", "2019-05-05"]
    assert grammar("en").numeric_order == "mdy"  # English's own grammar is untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frissítve: 2020. 06. 04. 11:27", ["2020-06-04"]),
        ("입력 2020. 6. 4. 오후 3:00", ["2020-06-04"]),
        ("In 2019. 3. The end.", []),  # a year ending a sentence, then numbers
        ("The year 2020. 6 people. 4 more.", []),
        ("2020. 06. 04 without the last dot", []),
        ("2020. 13. 04.", []),
        # Chinese, Japanese and Korean pages write the year, month and day signs
        ("公開（2020年2月15日）", ["2020-02-15"]),
        ("2020年7月1日 10時00分", ["2020-07-01"]),
        ("입력 2020년 7월 1일 오후", ["2020-07-01"]),
        ("2020年7月", []),  # a month, no day
        ("2020年13月1日", []),
        ("12020年7月1日", []),  # a longer number
    ],
)
def test_year_first_dates_with_a_dot_after_each_part(text, expected):
    found = dates.find_dates(text, dates.neutral_grammar())
    assert [m.readings[0].isoformat() for m in found] == expected


@pytest.mark.parametrize("unit", ["2020. 6. ", "2020. ", "2020. 6. 4", ". 1. "])
def test_dotted_year_first_dates_stay_linear_on_hostile_input(unit):
    import time

    g = dates.neutral_grammar()

    def cost(repeats: int) -> float:
        started = time.process_time()
        list(dates.find_dates(unit * repeats, g))
        return time.process_time() - started

    small, large = cost(1_000), cost(10_000)
    assert large < 2.0
    assert large < 0.05 or large / max(small, 1e-3) < 30


@pytest.mark.parametrize(
    ("months", "weekdays", "expected"),
    [
        # every name read
        (["March", "Mar"], ["Monday", "Jum’at"], ((), {"march", "mar"})),
        # a name that cannot stand in an ASCII text is left out, and listed
        (["März", "Maerz", "Mär"], ["Montag"], (("mär", "märz"), {"maerz"})),
        (["août", "aout"], ["lundi"], (("août",), {"aout"})),
        # a name the ASCII reading cannot find but that may stand in ASCII text: none
        (["de mayo", "mayo"], ["lunes"], None),
        (["ſept"], ["Monday"], None),
        (["Sept"], ["\u212aamis"], None),
    ],
)
def test_ascii_names_leave_out_only_names_no_ascii_text_holds(months, weekdays, expected):
    names = date_starts.ascii_names_of(months, weekdays)
    if expected is None:
        assert names is None
    else:
        assert names is not None
        assert (names.beyond, set(names.months)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 13. Maerz 2019", True),
        ("am 13. Mai 2019 in Köln", True),  # other letters beyond ASCII
        ("am 12. März 2019", False),
        ("AM 12. MÄRZ 2019", False),
        ("am 3. Jänner 2020", False),
        ("am 3. Jän. 2020", False),
        ("am 12. Mai 2019 in Köln, ſo", False),  # a letter regex folds to ASCII
        ("am 12. Mai ٢٠١٩", False),  # digits of another script
    ],
)
def test_a_window_reads_as_ascii_unless_a_left_out_name_stands_in_it(text, expected):
    names = dates._ascii_names("de")
    assert names is not None and names.beyond
    assert date_starts.reads_as_ascii(text, 0, len(text), names) is expected


@pytest.mark.parametrize("code", available())
def test_left_out_names_match_only_where_lower_case_finds_them(code):
    """``reads_as_ascii`` finds a left-out name in a window's ``str.lower``: each of
    its letters beyond ASCII must match, ignoring case, no character that
    ``str.lower`` does not turn into the letter's own lower case."""
    names = dates._ascii_names(code)
    letters = {c for form in (names.beyond if names else ()) for c in form if not c.isascii()}
    everything = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in letters:
        alike = regex.compile(rf"(?-f){regex.escape(letter)}", regex.IGNORECASE | regex.V1)
        assert {c.lower() for c in alike.findall(everything)} == {letter.lower()}


@pytest.mark.parametrize("code", available())
@pytest.mark.parametrize("text", TRICKY)
def test_short_starts_are_those_of_every_run_of_letters(text, code):
    """``short_starts`` judges only the runs of letters that may open a short date; it
    finds what judging every run that opens with a weekday's name finds."""
    names = dates._ascii_names(code)
    if names is None:
        return
    for sample in (text, text.encode("ascii", "replace").decode("ascii")):
        for start in range(0, len(sample), 7):
            for end in range(start, len(sample) + 1, 5):
                expected = []
                for run in regex.finditer(r"[A-Za-z]+", sample[start:end]):
                    at = start + run.start()
                    opening = sample[at : min(end, at + names.longest_weekday)].lower()
                    if date_starts._word_starts(sample, at) and any(
                        opening.startswith(form)
                        and date_starts._date_follows(sample, at + len(form), end, names)
                        for form in names.weekday_forms
                    ):
                        expected.append(at)
                assert date_starts.short_starts(sample, start, end, names) == expected


@pytest.mark.parametrize(
    ("line", "month_day"),
    [
        ("MADRID, 4 de mayo (EFE) - El Gobierno aprobó hoy la ley.", (5, 4)),
        ("LIMA, 12 de setiembre (Reuters) - La ministra dijo hoy que", (9, 12)),
        ("MADRID, mayo 4 (EFE) - El Gobierno aprobó hoy la ley.", (5, 4)),
    ],
)
def test_a_dateline_reads_a_month_after_its_joiner(line, month_day):
    """The dateline step reads a joiner before the month as the date rules do
    (``DateGrammar.joiners``); the month table holds the plain names."""
    from articleparse.extractors.dateline import extract_dateline

    found = extract_dateline(f"Titular\n{line}", grammar("es"), 1, None)
    assert found is not None and found.date is not None
    assert (found.date.month, found.date.day) == month_day
    assert dates.month_number(grammar("es"), "Mayo") == 5
    assert grammar("es").joiners == ("de", "del")
    assert all(" " not in name for name in grammar("es").months)


# ---- numeric dates with a two-digit year ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("Artikel vom 31.10.23", "de", ["2023-10-31"]),
        ("Erstellt am 02.03.21 um 08:35", "de", ["2021-03-02"]),
        ("von Eva Roth, 8.5.12", "de", ["2012-05-08"]),
        ("By Jo Reyes • 11/08/23 5:19pm", "en", ["2023-11-08"]),  # month first in English
        ("Publié le 02/11/23 à 16h33", "fr", ["2023-11-02"]),
        ("Diposting 05/06/24 10.15 WIB", "id", ["2024-06-05"]),
        ("Stand: 24.12.98", "de", ["1998-12-24"]),  # a year from 70 on is of the 1900s
        # look-alikes: versions, addresses, codes, scores, longer digit runs
        ("Version v1.11.23 ist da", "de", []),
        ("Server 10.1.12.5 antwortet nicht", "de", []),
        ("Kapitel 1.11.23.4", "de", []),
        ("Ticket 12-10-22 offen", "de", []),  # dashes: as often a code as a date
        ("Seite 3/4/231", "de", []),
        ("Tabelle 31.13.23", "de", []),  # neither reading is a date
        ("Spiel 3/4/23/5", "de", []),
        ("12.04.2020", "de", ["2020-04-12"]),  # a four-digit year, read once
    ],
)
def test_numeric_dates_with_a_two_digit_year(text, code, expected):
    found = dates.find_dates(text, grammar(code))
    assert [m.readings[0].isoformat() for m in found] == expected


def test_a_two_digit_year_date_keeps_its_time_and_both_readings():
    [match] = dates.find_dates("19.10.19, 08:16 Uhr", grammar("de"))
    assert match.time is not None and match.time.isoformat() == "08:16:00"
    [match] = dates.find_dates("4/5/23", grammar("en"))
    assert [d.isoformat() for d in match.readings] == ["2023-04-05", "2023-05-04"]


# ---- the neutral grammar's month names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 sierpnia 2020, 5:16", "2020-08-19"),  # Polish, genitive
        ("13 января 2020", "2020-01-13"),  # Russian, genitive
        ("3 листопада 2021", "2021-11-03"),  # Ukrainian: November
        ("11 de outubro de 2020, 8:34", "2020-10-11"),  # Portuguese, with joiners
        ("الإثنين، 24 أغسطس 2020 09:56", "2020-08-24"),  # Arabic
        ("2. januar 2020", "2020-01-02"),  # Danish, Norwegian
        ("20 septembrie 2020", "2020-09-20"),  # Romanian
        ("Pubblicato il: 12 Ottobre 2021", "2021-10-12"),  # Italian
        ("5 Mayıs 2022", "2022-05-05"),  # Turkish
        ("7 maart 2019", "2019-03-07"),  # Dutch
        ("26. Januar 2022", "2022-01-26"),  # a supported language's page read as no language
        ("mardi 5 juin 2018", "2018-06-05"),
    ],
)
def test_the_neutral_grammar_reads_other_languages_month_names(text, expected):
    found = [m.readings[0].isoformat() for m in dates.find_dates(text, dates.neutral_grammar())]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the Mars 2020 rover",  # month names only with a day before them
        "sold out 2020 and set 2021",
        "Ekim 2020",
    ],
)
def test_neutral_month_names_need_a_day(text):
    assert not list(dates.find_dates(text, dates.neutral_grammar()))


@pytest.mark.parametrize(("code", "text"), [("en", "13 января 2020"), ("de", "30 Settembre 2020"),
                                            ("id", "4 de maio de 2022"), ("fr", "3 sierpnia 2020")])
def test_a_supported_language_does_not_read_the_neutral_month_names(code, text):
    assert not list(dates.find_dates(text, grammar(code)))


def test_the_neutral_data_names_a_supported_base_language():
    assert dates.NEUTRAL_BASE == dates.neutral_data()["base"] == "en"
    assert dates.NEUTRAL_BASE in available()
    # The language's own data holds no neutral table any more: the neutral folder does.
    assert "neutral" not in load(dates.NEUTRAL_BASE).concern("dates")


def test_the_neutral_folder_is_no_language():
    assert dates.NEUTRAL_DATA.is_file()
    assert dates.NEUTRAL_DATA.parent.name == dates.NEUTRAL_CODE
    assert dates.NEUTRAL_CODE not in available()


def test_the_neutral_months_are_the_twelve_months_in_order():
    assert tuple(dates.neutral_data()["months"]) == dates.MONTH_KEYS


def test_the_package_data_ships_the_neutral_data():
    import fnmatch
    import pathlib
    import tomllib

    root = pathlib.Path(dates.__file__).parent
    pyproject = root.parents[1] / "pyproject.toml"
    if not pyproject.is_file():
        pytest.skip("an installed package: no pyproject.toml beside it")
    patterns = tomllib.loads(pyproject.read_text())["tool"]["setuptools"]["package-data"]
    relative = dates.NEUTRAL_DATA.relative_to(root).as_posix()
    assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns["articleparse"])


def test_a_broken_neutral_data_file_is_named(tmp_path):
    from articleparse.errors import LanguageDataError

    # The path is an argument, not a patched module constant: the compiled build reads
    # its constants at compile time.
    broken = tmp_path / "dates.toml"
    broken.write_text('base = "en"\n[months\n', encoding="utf-8")
    with pytest.raises(LanguageDataError, match="neutral/dates.toml"):
        dates.read_neutral_data(broken)


@pytest.mark.parametrize(
    ("text", "month"),
    [("Opublikowano 19 sierpnia 2020", 8), ("13 января 2020, 10:15", 1), ("3 Ekim 2021", 10)],
)
def test_the_neutral_grammar_reads_the_neutral_data_months(text, month):
    [match] = list(dates.find_dates(text, dates.neutral_grammar()))
    assert match.readings[0].month == month


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("menikah pada 12 Mei 1962.", 1962),
        ("born in 1947, served until 2019; © 2021", 2021),
        ("wind power by 2030, agreed in 2025", 2025),  # 2030 is after ``until``
        ("periode 2019-2024 dan 2019", 2019),  # the end of a span is left out
        ("RPJMN 2020 – 2024", 2020),
        ("season 2019/2020", 2019),
        ("from 2019 to 2024", 2024),  # words between: two years named
        ("tel 0812 20191234, kode 12-2024", None),  # digits around: no years
        ("no year here", None),
    ],
)
def test_latest_year_named(text, latest):
    assert dates.latest_year_named(text, 2026) == latest


def test_every_neutral_month_name_is_read_as_its_month():
    g = dates.neutral_grammar()
    table = dates.neutral_data()["months"]
    for number, forms in enumerate(table.values(), 1):
        for form in forms:
            [match] = list(dates.find_dates(f"x 3 {form} 2021 x", g))
            assert match.readings[0].month == number, form


def test_no_month_name_names_two_months_in_the_neutral_grammar():
    names: dict[str, set[int]] = {}
    for number, forms in enumerate(dates._name_tables(dates.NEUTRAL_CODE)[0].values(), 1):
        for form in forms:
            names.setdefault(form.casefold().rstrip("."), set()).add(number)
    assert not {name: months for name, months in names.items() if len(months) > 1}


def test_the_neutral_grammar_is_linear_on_hostile_input():
    from tests.test_pattern_safety import HOSTILE, too_slow

    g = dates.neutral_grammar()
    named = {kind: getattr(g, kind) for kind in ("named", "numeric", "numeric_two_digit_year",
                                                 "named_two_digit_year", "iso", "short",
                                                 "month_day")}
    hostile = {
        **HOSTILE,
        "two-digit-year dates": "19.10.19, 08:16 " * (100_000 // 16),
        "apostrophe years": "Mon, 14 Feb '20 " * (100_000 // 16),
        "apostrophes and months": "Feb ' Feb 14, ’" * (100_000 // 15),
        "joined months": "3 de de outubro de " * (100_000 // 19),
        "arabic months": "24 أغسطس " * (100_000 // 9),
    }
    for kind, text in hostile.items():
        assert not too_slow(named, text), kind


# ---- a month name and a two-digit year after an apostrophe ---------------------------------


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("Posted on 14 Feb '20 | Travel", "en", ["2020-02-14"]),
        ("Posted Feb 14, '20 at 9:15 am", "en", ["2020-02-14 09:15"]),
        ("Monday, 3rd March ’21", "en", ["2021-03-03"]),
        ("Sept. 9, ‘19 by the editors", "en", ["2019-09-09"]),
        ("Diterbitkan 5 Mei '22", "id", ["2022-05-05"]),
        ("veröffentlicht am 14 Feb ’20 | Kategorien", "de", ["2020-02-14"]),
        ("4 de mayo '22", "es", ["2022-05-04"]),
        # look-alikes: a decade, a class, a year with no day, no apostrophe, more digits
        ("the music of the '80s and '90s", "en", []),
        ("the class of '20 met again", "en", []),
        ("since May '20 the rules apply", "en", []),
        ("on 27 Mar 20 people came", "en", []),
        ("14 Feb '2020", "en", []),
        ("14 Feb '201", "en", []),
        ("Feb 14, 2020", "en", ["2020-02-14"]),  # the four-digit year's own pattern
    ],
)
def test_a_month_name_with_a_two_digit_year_after_an_apostrophe(text, code, expected):
    found = []
    for match in dates.find_dates(text, grammar(code)):
        clock = f" {match.time:%H:%M}" if match.time else ""
        found.append(f"{match.readings[0].isoformat()}{clock}")
    assert found == expected


def test_an_apostrophe_year_is_read_from_its_day_on():
    [match] = list(dates.find_dates("Tags: x | 14 Feb '20 | y", grammar("en")))
    assert (match.start, match.kind, match.day_before_month) == (10, "named", True)


# ---- a year glued to what follows it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # blogs print the published and the updated date run together
        ("Veröffentlicht am 4. März 20215. März 2021 von Redaktion", "de", ["2021-03-04"]),
        ("Posted on 7. Juli 20187. Juli 2018", "de", ["2018-07-07"]),
        ("12/10/202114/10/2021 ~ admin", "de", ["2021-10-12"]),
        ("2.5.20193.5.2019", "de", ["2019-05-02"]),
        ("March 4, 20245 min read", "en", ["2024-03-04"]),  # a count
        ("4 March 20240 Comments", "en", ["2024-03-04"]),
        ("March 4, 20249:15 AM ET", "en", ["2024-03-04"]),  # a clock
        # look-alikes: longer digit runs, decimals, a dotted number after the year
        ("ref 9/11/202312345", "en", []),
        ("4 March 20241234 items", "en", []),  # up to three digits are a count
        ("4 March 202412.5 percent", "en", []),
        ("4.3.202412.5 Prozent", "de", []),
    ],
)
def test_a_year_glued_to_the_next_date_a_count_or_a_clock(text, code, expected):
    found = dates.find_dates(text, grammar(code))
    assert [m.readings[0].isoformat() for m in found] == expected


def test_a_date_glued_to_the_next_one_takes_no_time_from_it():
    [match] = dates.find_dates("1.11.201917.11.2019", grammar("de"))
    assert (match.time, match.end) == (None, len("1.11.2019"))


@pytest.mark.xfail(strict=True, reason="the second of two glued dates has a digit before its day")
def test_the_second_of_two_glued_dates_is_found():
    found = dates.find_dates("4. März 20215. März 2021", grammar("de"))
    assert len(list(found)) == 2


TWO_DIGIT_YEAR_TEXTS = [
    *TRICKY,
    "1.11.23.4 x 05.11.23 a1.2.23 12.3.45 3/4/23/5 01.02.03.04.05 9.9.99, 10:00 x 123.11.23",
    "/1/12/23 and 1/12/23/ and 31.12.99. and .1.1.20 and 1..1.20 and 07/07/07",
    "Stand 19.10.19, 08:16 Uhr · 2.3.21 | 9:00 und 12.12.12 — 1.1.01",
]


@pytest.mark.parametrize("code", ["de", "en"])
@pytest.mark.parametrize("text", TWO_DIGIT_YEAR_TEXTS)
def test_two_digit_year_dates_are_found_as_a_whole_text_scan_finds_them(text, code):
    g = grammar(code)
    whole = [m.span() for m in g.numeric_two_digit_year.finditer(text)]
    assert [m.span() for m in dates._scan_two_digit_years(text, g)] == whole


@pytest.mark.parametrize(
    ("text", "day_before_month"),
    [
        ("11 September 2023", True),
        ("Monday, 11th Sept. 2023", True),
        ("September 11, 2023", False),
        ("Sept. 11th, 2023", False),
        ("11/09/2023", None),
        ("2023-09-11", None),
    ],
)
def test_a_named_date_tells_whether_its_day_comes_first(text, day_before_month):
    (found,) = dates.find_dates(text, grammar("en"))
    assert found.day_before_month is day_before_month


@pytest.mark.parametrize(
    ("text", "past_twelve"),
    [
        ("11/09/2023 20:26", True),
        ("11/09/2023 | 20:26 PM", True),
        ("11/09/2023 8:26 PM", False),
        ("11/09/2023, 12:30", False),
        ("11/09/2023", False),
        ("11.09.23 14:30", True),
    ],
)
def test_a_numeric_date_tells_whether_its_clock_runs_past_twelve(text, past_twelve):
    (found,) = dates.find_dates(text, grammar("en"))
    assert found.clock_past_twelve is past_twelve


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("March 18, 2024 10:41 AM GMT+7", "+07:00"),
        ("18 Mar 2024 10:41 UTC+07:00", "+07:00"),
        ("March 18, 2024 10:41 GMT-5", "-05:00"),
        ("18/03/2024 10:41 GMT+0530", "+05:30"),
        ("18.03.2024 10:41 UTC−3", "-03:00"),
        ("18 March 2024 10:41 GMT+10", "+10:00"),
        # look-alikes: no offset beyond any zone's, none apart from the zone's name
        ("18 March 2024 10:41 GMT+15", "+00:00"),
        ("18 March 2024 10:41 GMT - 5 comments", "+00:00"),
        ("18 March 2024 10:41 EST", "-05:00"),
    ],
)
def test_an_offset_glued_to_a_zone_moves_it(text, offset):
    (found,) = dates.find_dates(text, grammar("en"))
    assert found.tz_offset == offset


@pytest.mark.parametrize("code", [*available(), dates.NEUTRAL_CODE])
def test_every_grammar_reads_every_language_s_time_zones(code):
    # A zone names one place whatever the page's language: an English or an undetected
    # page from Jakarta dates its article in WIB.
    g = dates.neutral_grammar() if code == dates.NEUTRAL_CODE else grammar(code)
    for each in available():
        for zone, offset in load(each).concern("dates").get("timezones", {}).items():
            (found,) = dates.find_dates(f"2024-03-18 10:41 {zone}", g)
            assert found.tz_offset == offset, (code, zone)


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Senin, 04 Mar 2024 16:20 WIB", 0),
        ("Jum'at, 15 Desember 2023", 4),
        ("Jueves, 21 Abril 2022 04:45", 3),
        ("Samstag, 16. März 2024", 5),
        ("Monday, 4 March 2024", 0),
        # look-alikes: a form that names a month too, a two-letter form
        ("Mar 4, 2024", None),
        ("Do 7. März 2024", None),
    ],
)
def test_the_neutral_grammar_reads_every_language_s_weekdays(text, weekday):
    (found,) = dates.find_dates(text, dates.neutral_grammar())
    assert found.weekday == weekday


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2024-03-14T10:41:00+07:00", "+07:00"),
        ("2024-03-14T10:41:00Z", "+00:00"),
        ("2024-03-14T10:41:00.000Z", "+00:00"),
        ("2024-03-14T10:41+0530", "+05:30"),
        ("2024-03-14 10:41:00-05:00", "-05:00"),
        ("2024-03-14 10:41 GMT+7", "+07:00"),
        # look-alikes: a span of hours after a date, an offset glued to a word
        ("2024-03-14 10:00-12:00", None),
        ("2024-03-14T10:41:00+07:00abc", None),
        ("2024-03-14 10:41", None),
    ],
)
def test_an_iso_time_s_own_offset(text, offset):
    (found,) = dates.find_dates(text, grammar("en"))
    assert found.time is not None
    assert found.tz_offset == offset
