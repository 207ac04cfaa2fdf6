"""Authors and editors: markers, name lists, role words, outlets in bylines, handles."""

from __future__ import annotations

import pytest

from articleparse.extractors.credits import extract_credits
from articleparse.extractors.headline import HeadlineResult
from articleparse.languages import load


def credits(text: str, lang: str, outlets: dict[int, int] | None = None):
    found = extract_credits(text, load(lang), outlets or {})
    return [p.name for p in found.authors], [p.name for p in found.editors]


CASES = [
    ("Isi.\nPenulis: Budi Santoso | Editor: Rina Wati", "id", ["Budi Santoso"], ["Rina Wati"]),
    ("Isi berita. Nama Penulis: Budi Santoso Nama Penyunting: Rina Wati", "id", ["Budi Santoso"], ["Rina Wati"]),
    ("Oleh Budi Santoso dan Rina Wati\nIsi.", "id", ["Budi Santoso", "Rina Wati"], []),
    ("Isi.\nPewarta: Siti Aminah\nEditor: Adi Nugroho", "id", ["Siti Aminah"], ["Adi Nugroho"]),
    ("By Jane Doe, Senior Correspondent in Jakarta\nText.", "en", ["Jane Doe"], []),
    ("By Ann Lee, Bo Park and Cy Diaz\nText.", "en", ["Ann Lee", "Bo Park", "Cy Diaz"], []),
    ("Text. (Reporting by Tom Hale and Ann Ray; Editing by Bo Lee)", "en", ["Tom Hale", "Ann Ray"], ["Bo Lee"]),
    ("Written by Mary-Jane O'Neil\nText.", "en", ["Mary-Jane O'Neil"], []),
    ("By A. B. Smith and E. van der Berg\nText.", "en", ["A. B. Smith", "E. van der Berg"], []),
    ("BY JOHN SMITH\nText.", "en", ["JOHN SMITH"], []),
    ("Text. Editing by Ann Osterman.", "en", [], ["Ann Osterman"]),
    ("Text. Editing by Kevin Li.", "en", [], ["Kevin Li"]),
    # scrapers glue a job to the name, or print the name twice
    ("By Meg JamesStaff Writer\nText.", "en", ["Meg James"], []),
    ("By Bryan DeArdo\nText.", "en", ["Bryan DeArdo"], []),
    ("By Sean Martin Sean Martin\nText.", "en", ["Sean Martin"], []),
    ("By Sirhan Sirhan\nText.", "en", ["Sirhan Sirhan"], []),
    ("By Perry Bacon Jr.\nText.", "en", ["Perry Bacon Jr."], []),
    ("By Jane Doe and A. B.\nText.", "en", ["Jane Doe", "A. B."], []),
    ("Oleh Ahmad Faizal bin Hassan\nIsi.", "ms", ["Ahmad Faizal bin Hassan"], []),
    # web pages: the marker glued to the name, or alone on its line
    ("Title\nByJane Doe\nMarch 3, 2024\nText.", "en", ["Jane Doe"], []),
    ("Title\nBy\nJane Doe\n-\nText.", "en", ["Jane Doe"], []),
    ("Title\n| By\nJane Doe |\nText.", "en", ["Jane Doe"], []),
    ("Title\nBy :\nJane D.\nText.", "en", ["Jane D."], []),
    ("Title\nby: Jane Doe\nPosted: March 3, 2024", "en", ["Jane Doe"], []),
    ("Title\nPosted by\nJane Doe\nat 10:15", "en", ["Jane Doe"], []),
    ("Judul\nPenulis:\nBudi Santoso\nIsi.", "id", ["Budi Santoso"], []),
    ("Judul\nOlehBudi Santoso\nIsi.", "id", ["Budi Santoso"], []),
    # a job, an outlet's "For" or a degree ends the names, with or without a comma
    ("By Jane Doe and John Roe For The Daily Planet\nText.", "en", ["Jane Doe", "John Roe"], []),
    ("By Jane Doe Staff Writer\nText.", "en", ["Jane Doe"], []),
    ("By Jane Doe, PhD\nText.", "en", ["Jane Doe"], []),
    # the site that ran the story ends the names: it is no person
    ("Title\nby Jane Doe , Example.org\nText.", "en", ["Jane Doe"], []),
    ("Title\nBy Jane Doe, Newsroom.co.uk\nText.", "en", ["Jane Doe"], []),
    ("Judul\nPenulis: Budi Santoso, Contoh.com\nIsi.", "id", ["Budi Santoso"], []),
    # look-alikes of a site: an initial, a suffix, an initial glued to a surname
    ("By J.R. Doe\nText.", "en", ["J.R. Doe"], []),
    ("By Jane Doe Jr.\nText.", "en", ["Jane Doe Jr."], []),
    ("By Ann St.John\nText.", "en", ["Ann St.John"], []),
]


@pytest.mark.parametrize(("text", "lang", "authors", "editors"), CASES)
def test_credit_table(text, lang, authors, editors):
    assert credits(text, lang) == (authors, editors)


LOOK_ALIKES = [
    ("By Monday, the deal had collapsed.", "en"),
    ("The bill was passed by Congress on Friday.", "en"),
    ("By the end of the year prices rose.", "en"),
    ("Oleh karena itu, harga naik.", "id"),
    ("Dia dibantu oleh Budi dalam tugas itu.", "id"),
    ("Recipes\nBy Cuisine:\nAsian\nItalian", "en"),
    ("Bytes and ByteDance\nByzantine rules.", "en"),
    ("The path ends\nBy\nthe river we sat.", "en"),
    ("Harga naik\nOleh\nkarena itu kami rugi.", "id"),
    ("Judul\n\nPenulis: ,Saat ini warga mendesak DPR.", "id"),  # the name was lost
]


@pytest.mark.parametrize(("text", "lang"), LOOK_ALIKES)
def test_no_credit_in_running_text(text, lang):
    assert credits(text, lang) == ([], [])


@pytest.mark.parametrize(("lang", "byline", "name"), [
    ("en", "By Jane Doe, {}\nText.", "Jane Doe"),
    ("en", "By Jane Doe {}\nText.", "Jane Doe"),
    ("id", "Oleh: Budi Santoso, {}\nIsi.", "Budi Santoso"),
    ("id", "Oleh: Budi Santoso {}\nIsi.", "Budi Santoso"),
])
def test_every_degree_ends_a_name(lang, byline, name):
    for degree in load(lang).words("credits", "names.degrees"):
        assert credits(byline.format(degree), lang) == ([name], []), degree
        undotted = degree.replace(".", "")
        assert credits(byline.format(undotted), lang) == ([name], []), undotted


@pytest.mark.parametrize("name", ["Ahmad Zaki Md Noor", "Mary Anne Ma", "Nur Aina Rd Ahmad"])
def test_a_degree_in_another_case_is_part_of_the_name(name):
    assert credits(f"By {name}\nText.", "en") == ([name], [])


def test_names_are_kept_as_written():
    assert credits("Penulis: budi SANTOSO\nIsi.", "id")[0] == []  # no capital: not a name
    assert credits("Penulis: Budi SANTOSO\nIsi.", "id")[0] == ["Budi SANTOSO"]


def test_outlet_in_byline_is_not_a_person():
    text = "by Janie Gabbett, Reuters\nText."
    start = text.index("Reuters")
    found = extract_credits(text, load("en"), {start: start + len("Reuters")})
    assert [p.name for p in found.authors] == ["Janie Gabbett"]
    assert [(s.start, s.end) for s in found.byline_outlets] == [(start, start + 7)]


def test_footer_handle_is_the_same_person():
    text = "Isi.\nPenulis: Budi Santoso\nbudi santoso\n1/2/2024"
    found = extract_credits(text, load("id"), {})
    assert [p.name for p in found.authors] == ["Budi Santoso"]
    handles = [r for r in found.removals if r.rule == "credits.handle"]
    assert [text[r.span.start : r.span.end] for r in handles] == ["budi santoso"]


def test_span_covers_the_name():
    text = "Isi.\nPenulis: Budi Santoso"
    [author] = extract_credits(text, load("id"), {}).authors
    assert text[author.span.start : author.span.end] == "Budi Santoso"


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_every_marker_reads_a_name(lang):
    data = load(lang).concern("credits")
    for role, expected in (("author", (["Budi Santoso"], [])), ("editor", ([], ["Budi Santoso"]))):
        for marker in data[role]["labelled"]:
            assert credits(f"Isi.\n{marker}: Budi Santoso", lang) == expected, marker
        for marker in data[role]["by"]:
            assert credits(f"Isi.\n{marker} Budi Santoso", lang) == expected, marker
        for marker in data[role]["line_start"]:
            assert credits(f"{marker} Budi Santoso\nIsi.", lang) == expected, marker


def test_wire_signature_is_a_byline_outlet():
    text = "TITLE\n    NEW YORK, March 3 - Shares rose.\n Reuter\n"
    start = text.index("Reuter")
    found = extract_credits(text, load("en"), {start: start + 6})
    assert [(s.start, s.end) for s in found.byline_outlets] == [(start, start + 6)]
    assert [r.rule for r in found.removals] == ["credits.signature"]


def test_outlet_named_in_the_last_sentence_is_no_signature():
    text = "TITLE\nShares rose, said Reuter"
    start = text.index("Reuter")
    assert extract_credits(text, load("en"), {start: start + 6}).byline_outlets == ()


PRE_TEST_TEXTS = [
    "Title\n  | By\nJane Doe |\nText. Reporting  by\tTom Hale; Editing by\nAnn Ray",
    "Isi. NAMA  PENULIS :\nBudi ſ. (Ditulis oleh Rina) /Disunting oleh Adi? Diedit oleh X",
    "x.By Jane; maybe By Ann ½Editor: Bo ByJane Doe\r\nOlehBudi Santoso\nOleh : Budi\n  By\tA",
    "Penulis：Budi｜Editor： Rina. Story by Cy! Words by Dee\n\u00a0By Eve\nWRITTEN BY FAY",
]


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_the_marker_pre_test_finds_every_marker_the_pattern_finds(lang):
    from articleparse.extractors.credits import credit_markers

    markers = credit_markers(load(lang))
    assert markers.needed is not None
    found = 0
    for text in PRE_TEST_TEXTS:
        for position in range(len(text)):
            for end in (len(text), position + 12, position + 30):
                if markers.pattern.match(text, position, min(end, len(text))) is not None:
                    found += 1
                    assert markers.needed.search(text, position, min(end, len(text))) is not None
            if markers.pattern.match(text, position) is not None:
                assert markers.needed.match(text, position) is not None
    assert found > 3


UNKNOWN_LANGUAGE_TEXTS = [
    *PRE_TEST_TEXTS,
    "Une dépêche sans signature.\nNearby, maybe: nobody wrote it.",
    "Kurzmeldung aus Berlin.\nReuters",
    "Zprava.\n(Reporting by Tom Hale; Editing by Ann Ray)",
    "Kutipan singkat.\nPenulis: Budi Santoso",
]


@pytest.mark.parametrize("text", UNKNOWN_LANGUAGE_TEXTS)
def test_a_text_in_no_known_language_gets_what_every_language_finds(text):
    # The pipeline reads such a text with one language only when no language's
    # marker can stand in it; the record must be what reading it with all would give.
    from articleparse import pipeline
    from articleparse.extractors.credits import may_hold_markers
    from articleparse.languages import available

    languages = [load(code) for code in available()]
    outlets = {text.rfind("Reuters"): len(text)} if "Reuters" in text else {}
    each = [extract_credits(text, language, outlets) for language in languages]
    if not may_hold_markers(text, languages):
        assert not any(c.authors or c.editors for c in each)
    merged = pipeline._credits(text, None, outlets, HeadlineResult())["credits"]
    assert merged.authors == pipeline._first_per_span(c.authors for c in each)
    assert merged.editors == pipeline._first_per_span(c.editors for c in each)
    assert merged.removals == tuple({r.span: r for c in each for r in c.removals}.values())
    assert merged.byline_outlets == tuple(dict.fromkeys(s for c in each for s in c.byline_outlets))


# A date after the byline's names ends the byline, after separators or a word of the
# language's `names.before_date`.
DATED_BYLINES = [
    ("Titel\nVon Anna Schmidt am Samstag, 4. Mai 2024 um 10:15 Uhr\nText.", "de", ["Anna Schmidt"]),
    ("Titel\nvon Jonas Weber · 4. Mai 2024\nText.", "de", ["Jonas Weber"]),
    ("Titel\nvon Anna Schmidt vom 04.05.2024\nText.", "de", ["Anna Schmidt"]),
    ("Titre\npar Marie Dubois, 21 juin 2023\nTexte.", "fr", ["Marie Dubois"]),
    ("Titre\nPar Julien Martin le 3 mars 2024\nTexte.", "fr", ["Julien Martin"]),
    ("Título\nPor Ana García el 3 de mayo de 2024\nTexto.", "es", ["Ana García"]),
    ("Título\nPor Carlos López del 03/05/2024\nTexto.", "es", ["Carlos López"]),
    ("Title\nBy Jane Doe on March 3, 2024\nText.", "en", ["Jane Doe"]),
    ("Title\nBy Jane Doe · March 3, 2024 at 10:15 am\nText.", "en", ["Jane Doe"]),
    ("Title\nby Jane Doe at 03/03/2024 10:15\nText.", "en", ["Jane Doe"]),
    ("Judul\nOleh Budi Santoso pada Senin, 3 Maret 2024\nIsi.", "id", ["Budi Santoso"]),
    ("Judul\nOleh Budi Santoso tanggal 3 Maret 2024\nIsi.", "id", ["Budi Santoso"]),
    ("Tajuk\nOleh Ahmad Faizal pada 3 Mac 2024\nIsi.", "ms", ["Ahmad Faizal"]),
    # the scraper glued the date to the name
    ("Titel\nvon Anna Schmidt04.05.2024 - 10:15 Uhr\nText.", "de", ["Anna Schmidt"]),
]
DATELESS_LOOK_ALIKES = [
    ("Titel\nVon Montag an gilt am 4. Mai 2024 die neue Regel.\nText.", "de"),
    ("Title\nBy March the firm on 3 March 2024 had closed.\nText.", "en"),
    ("Title\nBy Jane Doe on the beach\nText.", "en"),  # no date: a caption's sentence
    ("Suche\nVon:\nErweiterte Suche...\nFilter", "de"),  # a form's label, cut short
]


@pytest.mark.parametrize(("text", "lang", "authors"), DATED_BYLINES)
def test_a_date_after_the_names_ends_a_byline(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(("text", "lang"), DATELESS_LOOK_ALIKES)
def test_no_byline_without_its_date(text, lang):
    assert credits(text, lang)[0] == []


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "id", "ms"])
def test_every_word_before_a_date_ends_a_byline(lang):
    language = load(lang)
    marker = language.words("credits", "author.line_start")[0]
    for word in language.words("credits", "names.before_date"):
        text = f"Title\n{marker} Jane Doe {word} 03.05.2024\nText."
        assert credits(text, lang)[0] == ["Jane Doe"], word


# A line-start marker after a date on its line (``Posted on <date> by``, ``<date> · von``,
# ``Diterbitkan <date> oleh``): a byline as much as at the line's start.
AFTER_DATE_BYLINES = [
    ("Title\nPosted on March 3, 2024 by Jane Doe\nText.", "en", ["Jane Doe"]),
    ("Title\nMarch 3, 2024 by Jane Doe\nText.", "en", ["Jane Doe"]),
    ("Title\n03/03/2024 at 10:15 | By Jane Doe | 4 Comments\nText.", "en", ["Jane Doe"]),
    ("Title\nMarch 3, 2024 by Jane Doe In News, Local\nText.", "en", ["Jane Doe"]),
    ("Judul\nDiterbitkan 3 Maret 2024 oleh Budi Santoso\nIsi.", "id", ["Budi Santoso"]),
    ("Judul\nSenin, 3 Maret 2024 10:15 WIB oleh Rina Wati\nIsi.", "id", ["Rina Wati"]),
    ("Titel\n4. Mai 2024, 23:39 · von Jonas Weber\nText.", "de", ["Jonas Weber"]),
    ("Titel\nVeröffentlicht am 4. Mai 2024 von Anna Schmidt\nText.", "de", ["Anna Schmidt"]),
    ("Titel\nPosted 4. Mai 2024 by Walter von Aachen\nText.", "de", ["Walter von Aachen"]),
    ("Titre\nPublié le 3 mars 2024 par Marie Dubois\nTexte.", "fr", ["Marie Dubois"]),
    ("Título\nPublicado el 3 de mayo de 2024 por Ana García\nTexto.", "es", ["Ana García"]),
]
AFTER_DATE_LOOK_ALIKES = [
    ("Title\nThe law passed on March 3, 2024 by Congress changed the rules.", "en"),
    ("Title\nThe law passed on March 3, 2024 by Congress\nText.", "en"),  # too many words
    ("Titel\nGebühren seit 1.1.2021 und die Abrechnung von Altfällen\nText.", "de"),
    ("Titel\nBericht vom 23.09.2021: Antwort auf die Post von Müller\nText.", "de"),
    ("Judul\nPada 3 Maret 2024 oleh karena itu harga naik.\nIsi.", "id"),
    ("Title\nRead more by Jane Doe\nText.", "en"),  # no date before the marker
]


@pytest.mark.parametrize(("text", "lang", "authors"), AFTER_DATE_BYLINES)
def test_a_marker_after_a_date_opens_a_byline(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(("text", "lang"), AFTER_DATE_LOOK_ALIKES)
def test_no_byline_after_a_title_or_sentence(text, lang):
    assert credits(text, lang)[0] == []


# Markers as web pages print them: glued to the name, with a colon, in an English theme.
WEB_MARKERS = [
    ("Title\nByJ.R. Stone\nText.", "en", ["J.R. Stone"]),
    ("Title\nWritten by: Jane Doe\nText.", "en", ["Jane Doe"]),
    ("Titel\nGeschrieben vonAnna Schmidt\nText.", "de", ["Anna Schmidt"]),
    ("Titel\nBy Anna Schmidt | Published: 4. Mai 2024\nText.", "de", ["Anna Schmidt"]),
    ("Titel\nPosted by Anna Schmidt at 18:52\nText.", "de", ["Anna Schmidt"]),
    ("Titel\nEine Kolumne von Jonas Weber\nText.", "de", ["Jonas Weber"]),
    ("Titel\nText & Fotos: Jonas Weber\nText.", "de", ["Jonas Weber"]),
]
WEB_MARKER_LOOK_ALIKES = [
    ("Title\nBytes.Read more\nText.", "en"),
    ("Titel\nBy the way, das war nichts.\nText.", "de"),
    ("Title\nWritten bylaws apply\nText.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "authors"), WEB_MARKERS)
def test_markers_as_web_pages_print_them(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(("text", "lang"), WEB_MARKER_LOOK_ALIKES)
def test_no_web_marker_in_words(text, lang):
    assert credits(text, lang)[0] == []


_BODY = (
    "The council voted on Tuesday to close the old bridge for repairs, after engineers "
    "found cracks in two of its supports during an inspection earlier this month, and the "
    "mayor said the work would take at least a year.\n"
)


def _page(top: str, paragraphs: int = 3) -> str:
    return "Site Name\nHome\nNews\n" + top + "\n" + _BODY * paragraphs


# A name alone on its line beside a date line, before the article: the author.
NAME_LINES = [
    (_page("Bridge closes for repairs\nJane Doe\nMarch 3, 2024"), "en", ["Jane Doe"]),
    (_page("Bridge closes for repairs\nMarch 3, 2024\nJane Doe"), "en", ["Jane Doe"]),
    (_page("Bridge closes for repairs\nAnna T. Schmidt |\nUpdated: 03.03.2024, 10:15"), "de", ["Anna T. Schmidt"]),
    (_page("Brücke wird gesperrt\nAnna von Weber\nRedakteurin\n3. März 2024"), "de", ["Anna von Weber"]),
    (_page("Le pont fermé\nMarie Dubois\n3 mars 2024"), "fr", ["Marie Dubois"]),
    (_page("Jembatan ditutup\nBudi Santoso\nSenin, 3 Maret 2024 10:15 WIB"), "id", ["Budi Santoso"]),
    # a teaser may stand before it
    (_page("Bridge closes\n" + _BODY + "Jane Doe\nMarch 3, 2024"), "en", ["Jane Doe"]),
    # a job and a handle between the name and its date
    (_page("Bridge closes\nJane Doe\nPolitical Editor\n@janedoe\nMarch 3, 2024"), "en", ["Jane Doe"]),
    (_page("Jembatan ditutup\nBudi Santoso\nWartawan\n@budis\n3 Maret 2024"), "id", ["Budi Santoso"]),
    # a job after the name on its line: a job in small letters takes its field along
    (_page("Bridge closes\nJane Doe Transport editor\nMon 3 Mar 2024 06.05 GMT"), "en", ["Jane Doe"]),
    (_page("Bridge closes\nJane Doe Staff Writer\nMarch 3, 2024"), "en", ["Jane Doe"]),
    (_page("Bridge closes\nMary Ann Doe Editor\nMarch 3, 2024"), "en", ["Mary Ann Doe"]),
    (_page("Bridge closes\nJane Doe editor\nMarch 3, 2024"), "en", ["Jane Doe"]),
    (_page("Jembatan ditutup\nBudi Santoso Wartawan\n3 Maret 2024"), "id", ["Budi Santoso"]),
]
NAME_LINE_LOOK_ALIKES = [
    # a list of stories with their dates: title / date / title / date
    (_page("News\nRiver Ferry Runs Again\nMarch 2, 2024\nCity Hall Reopens\nMarch 3, 2024"), "en"),
    (_page("Berita\nPasar Baru Dibuka\n2 Maret 2024\nJalan Tol Ditutup\n3 Maret 2024"), "id"),
    # a job alone, or a job too soon: no full name before it
    (_page("Bridge closes\nSenior Editor\nMarch 3, 2024"), "en"),
    (_page("Bridge closes\nJane Editor\nMarch 3, 2024"), "en"),
    # a longer line between the name and the date: no byline
    (_page("Bridge closes\nJane Doe\nShare this story with your friends\nMarch 3, 2024"), "en"),
    (_page("Bridge closes for repairs\nJane Doe\nSubscribe"), "en"),  # no date beside it
    (_page("Bridge closes\nRecent posts and older posts\nRecent Posts\nMarch 3, 2024"), "en"),
    (_page("Bridge closes\nToday's Paper\nMarch 3, 2024"), "en"),  # a possessive
    (_page("Brücke\nDie Freiheit der Planung\n3. März 2024"), "de"),  # the language's words
    (_page("Bridge closes\nJane Doe\nMarch 3, 2024", paragraphs=1), "en"),  # no article follows
    # comments under the article: their authors are not the article's
    ("Title\n" + _BODY * 3 + "Comments\nJohn Roe\nMarch 4, 2024\nGreat piece.\n" + _BODY, "en"),
    # a marker credits the author: the name line adds nobody
    (_page("Bridge closes\nBy Ann Ray\nJohn Roe\nMarch 3, 2024"), "en"),
    # words of a page's furniture (debris.toml of any language), not names
    (_page("Bridge closes\nEdit Story\nMarch 3, 2024"), "en"),
    (_page("Bridge closes\nNewsletter Anmeldung\n3. März 2024"), "de"),
    # a word the text writes after an article is a noun: no given name
    (_page("Brücke\nPolizei Steinfurt\n3. März 2024") + "Die Polizei sucht Zeugen.", "de"),
    (_page("Brücke\nEuropäische Union\n3. März 2024") + "Das sagt die Europäische Union.", "de"),
]


# A name and a date on one line, with nothing else but a time and separators.
NAME_DATE_LINES = [
    (_page("Bridge closes for repairs\nJane Doe, March 3, 2024"), "en", ["Jane Doe"]),
    (_page("Bridge closes for repairs\nJane Doe - Mar 3, 2024, 10:31 pm CST"), "en", ["Jane Doe"]),
    (_page("Bridge closes for repairs\nMarch 3, 2024 10:15 am Jane Doe"), "en", ["Jane Doe"]),
    (_page("Bridge closes for repairs\nJane DoeMarch 3, 2024"), "en", ["Jane Doe"]),  # glued
    (_page("Bridge closes for repairs\nJane DoeSunday, March 3, 2024"), "en", ["Jane Doe"]),
    (_page("Brücke gesperrt\nAnna Schmidt | 03.05.2024, 10:15 Uhr"), "de", ["Anna Schmidt"]),
    (_page("Brücke gesperrt\n3. Mai 2024 · Anna Schmidt"), "de", ["Anna Schmidt"]),
    (_page("Jembatan ditutup\nBudi Santoso - Senin, 3 Maret 2024 10:15 WIB"), "id", ["Budi Santoso"]),
]
NAME_DATE_LOOK_ALIKES = [
    (_page("Bridge closes\nUpdated March 3, 2024"), "en"),  # one word
    (_page("Bridge closes\nBridge closes on March 3, 2024"), "en"),  # a sentence
    (_page("Bridge closes\nJane Doe, March 3, 2024: the day the old bridge fell"), "en"),
    (_page("Brücke\nDie Stadt 3. Mai 2024"), "de"),  # the language's words
    (_page("Bridge closes\nJane Doe, March 3, 2024", paragraphs=1), "en"),  # no article follows
]


@pytest.mark.parametrize(("text", "lang", "authors"), NAME_DATE_LINES)
def test_a_name_on_the_date_line_is_the_author(text, lang, authors):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    assert [p.rule for p in found.authors] == ["credits.name_date_line"]


@pytest.mark.parametrize(("text", "lang"), NAME_DATE_LOOK_ALIKES)
def test_no_name_on_the_date_line(text, lang):
    assert extract_credits(text, load(lang), {}).authors == ()


@pytest.mark.xfail(strict=True, reason="a title-case section name before a date reads as a name")
def test_a_section_before_the_date_is_no_author():
    text = _page("Bridge closes\nPhoto Gallery, March 3, 2024")
    assert extract_credits(text, load("en"), {}).authors == ()


@pytest.mark.xfail(strict=True, reason="a category after the name on a date line is read as a surname")
def test_a_category_after_the_name_is_left_out():
    text = _page("Brücke\n3. Mai 2024 Anna Schmidt Kultur")
    assert [p.name for p in extract_credits(text, load("de"), {}).authors] == ["Anna Schmidt"]


# Two or more full names on the line beside the date, with commas and joiners.
NAME_LIST_LINES = [
    (_page("Bridge closes\nJane Doe, John Roe\nMarch 3, 2024"), "en", ["Jane Doe", "John Roe"]),
    (_page("Bridge closes\nMarch 3, 2024\nJane Doe and John Roe"), "en", ["Jane Doe", "John Roe"]),
    (_page("Bridge closes\nJane Doe, John Roe and Ann Ray\nMarch 3, 2024"), "en",
     ["Jane Doe", "John Roe", "Ann Ray"]),
    (_page("Bridge closes\nJane Doe & John T. Roe\nMarch 3, 2024"), "en", ["Jane Doe", "John T. Roe"]),
    (_page("Jembatan ditutup\nBudi Santoso dan Rina Wati\n3 Maret 2024"), "id", ["Budi Santoso", "Rina Wati"]),
    (_page("Brücke gesperrt\nAnna Schmidt und Jonas Weber\n3. März 2024"), "de", ["Anna Schmidt", "Jonas Weber"]),
]
NAME_LIST_LOOK_ALIKES = [
    (_page("Bridge closes\nJane Doe and Sons\nMarch 3, 2024"), "en"),  # a firm: one word after
    (_page("Bridge closes\nNews, Sports, Opinion\nMarch 3, 2024"), "en"),  # a menu
    (_page("Bridge closes\nHome and Garden, Food and Drink\nMarch 3, 2024"), "en"),
    (_page("Bridge closes\nJane Doe, John Roe: a week of work\nMarch 3, 2024"), "en"),  # a title
    (_page("Bridge closes\nJane Doe and John Roe\nMarch 3, 2024", paragraphs=1), "en"),  # no article
    # the words of the text: a heading, not people
    (_page("Bridge closes\nRoad Works and Bridge Repairs\nMarch 3, 2024") + "The road works go on.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "authors"), NAME_LIST_LINES)
def test_names_listed_beside_the_date_line_are_the_authors(text, lang, authors):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    assert {p.rule for p in found.authors} == {"credits.name_line"}
    # the whole line goes from the body, the joiners with the names
    removed = [text[r.span.start : r.span.end] for r in found.removals]
    assert any(r.startswith(authors[0]) and r.endswith(authors[-1]) for r in removed)


@pytest.mark.parametrize(("text", "lang"), NAME_LIST_LOOK_ALIKES)
def test_no_name_list_beside_the_date_line(text, lang):
    assert extract_credits(text, load(lang), {}).authors == ()


@pytest.mark.xfail(strict=True, reason="two title-case furniture links read as two names")
def test_furniture_links_listed_are_no_authors():
    text = _page("Bridge closes\nPrivacy Policy, Cookie Settings\nMarch 3, 2024")
    assert extract_credits(text, load("en"), {}).authors == ()


# Look-alikes of those checks that are names all the same.
NAME_LINES_KEPT = [
    (_page("Bridge closes\nJimmy Page\nMarch 3, 2024"), "en", ["Jimmy Page"]),  # a short furniture word
    (_page("Brücke\nElisabeth Kern\n3. März 2024") + "Sie leitet die Elisabeth-Klinik.", "de",
     ["Elisabeth Kern"]),  # an article before a compound, not before the name
    (_page("Bridge closes\nMay Lin\nMarch 3, 2024") + "The May deadline passed.", "en", ["May Lin"]),
]


@pytest.mark.parametrize(("text", "lang", "authors"), NAME_LINES_KEPT)
def test_names_that_look_like_furniture_or_nouns(text, lang, authors):
    assert [p.name for p in extract_credits(text, load(lang), {}).authors] == authors


@pytest.mark.parametrize("lang", ["de"])
def test_every_article_marks_a_noun(lang):
    language = load(lang)
    for article in language.words("credits", "names.articles"):
        text = _page("Bridge\nSonne Mond\n03.03.2024") + f"Wir sehen {article} Sonne."
        assert extract_credits(text, language, {}).authors == (), article
    assert extract_credits(_page("Bridge\nSonne Mond\n03.03.2024"), language, {}).authors


@pytest.mark.parametrize(("text", "lang", "authors"), NAME_LINES)
def test_a_name_beside_the_date_line_is_the_author(text, lang, authors):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    assert [p.rule for p in found.authors] == ["credits.name_line"]


@pytest.mark.parametrize(("text", "lang"), NAME_LINE_LOOK_ALIKES)
def test_no_name_line_author(text, lang):
    found = extract_credits(text, load(lang), {})
    assert all(p.rule != "credits.name_line" for p in found.authors)


@pytest.mark.parametrize(("text", "lang", "authors"), NAME_LINES[:1])
def test_name_lines_can_be_left_out(text, lang, authors):
    # The pipeline leaves them out of a text in no known language.
    assert extract_credits(text, load(lang), {}, name_lines=False).authors == ()


def test_a_text_in_no_known_language_gets_no_name_line_author():
    import articleparse

    # Dutch: no language folder; the name and date line are where an author would be.
    body = ("De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor "
            "herstelwerk, nadat ingenieurs scheuren vonden in twee steunpunten van de brug "
            "tijdens een inspectie eerder deze maand, en de burgemeester zei dat het werk "
            "minstens een jaar zou duren.\n")
    text = "Brug gesloten\nJan de Vries\n03.03.2024\n" + body * 3
    # Read as German, the rule would take the name (the first language's reading).
    assert extract_credits(text, load("de"), {}).authors
    with pytest.warns(articleparse.UnsupportedLanguageWarning):
        article = articleparse.parse(text)
    assert article.language is None
    assert article.authors == ()


def test_related_stories_written_by_others():
    text = (
        "Title\nWritten by Jane Doe on March 3, 2024\nText.\nRead this next\n"
        "Other story\nWritten by John Roe\nThird story\nWritten by Ann Ray, MS\n"
        "Fourth story\nWritten by Bo Lee\n"
    )
    assert credits(text, "en")[0] == ["Jane Doe"]
    # (two markers, one credit each: no list of related stories)
    assert credits("Text. Reporting by Tom Hale\nCompiled by Ann Ray", "en")[0] == [
        "Tom Hale", "Ann Ray"]


@pytest.mark.parametrize("hostile", [
    "3 May 2024 by Abc " * 5_000,  # markers after dates, all on one line
    "3 May 2024 by Abc\n" * 5_000,  # a date line per marker
    " by Abc" * 12_000,  # markers inside a line with no date
    "ByJ.R. vonAbc " * 6_000,
], ids=["dated markers on one line", "dated marker lines", "markers without dates", "glued markers"])
def test_markers_after_dates_stay_linear(hostile):
    import time

    from articleparse.extractors.credits import credit_markers

    for lang in ("en", "de"):
        pattern = credit_markers(load(lang)).pattern
        started = time.process_time()
        for _ in pattern.finditer(hostile):
            pass
        assert time.process_time() - started < 2.0
        started = time.process_time()
        extract_credits(hostile[:10_000], load(lang), {})
        assert time.process_time() - started < 2.0


_BIO = "She has covered city hall and the courts for the paper since she joined it ten years ago.\n"

# An author box after the article names a page's author when nothing else does.
ABOUT_BOXES = [
    ("Title\n" + _BODY + "About the Author - Jane Doe\n" + _BIO, "en", ["Jane Doe"]),
    ("Title\n" + _BODY + "ABOUT THE AUTHOR\nJane Doe\n" + _BIO, "en", ["Jane Doe"]),
    ("Title\n" + _BODY + "About Jane Doe\n" + _BIO, "en", ["Jane Doe"]),
    ("Judul\n" + _BODY + "Tentang Penulis\nBudi Santoso\n" + _BIO, "id", ["Budi Santoso"]),
    ("Titel\n" + _BODY + "Über Anna Schmidt\n" + _BIO, "de", ["Anna Schmidt"]),
    ("Titre\n" + _BODY + "À propos de l’auteur – Marie Dubois\n" + _BIO, "fr", ["Marie Dubois"]),
    ("Título\n" + _BODY + "Sobre el autor\nAna García\n" + _BIO, "es", ["Ana García"]),
]
ABOUT_LOOK_ALIKES = [
    ("Title\n" + _BODY + "About Us\n" + _BIO, "en"),  # no full name
    ("Title\n" + _BODY + "About Verizon Media\nAdvertise\nReprints\n", "en"),  # a menu
    ("Titel\n" + _BODY + "Über uns\nKontakt\n", "de"),
    ("Title\n" + _BODY + "About the author\nRecent Posts\n", "en"),  # furniture, no name
    ("Title\nBy Ann Ray\n" + _BODY + "About John Roe\n" + _BIO, "en"),  # a byline credits her
]


@pytest.mark.parametrize(("text", "lang", "authors"), ABOUT_BOXES)
def test_the_author_box_names_the_author(text, lang, authors):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    assert [p.rule for p in found.authors] == ["credits.about"]


@pytest.mark.parametrize(("text", "lang"), ABOUT_LOOK_ALIKES)
def test_no_author_box(text, lang):
    found = extract_credits(text, load(lang), {})
    assert all(p.rule != "credits.about" for p in found.authors)


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "id"])
def test_every_author_box_heading(lang):
    language = load(lang)
    for heading in language.words("credits", "author.about"):
        text = "Title\n" + _BODY + f"{heading}\nBudi Santoso\n" + _BIO
        assert credits(text, lang)[0] == ["Budi Santoso"], heading
    for prefix in language.words("credits", "author.about_prefix"):
        text = "Title\n" + _BODY + f"{prefix} Budi Santoso\n" + _BIO
        assert credits(text, lang)[0] == ["Budi Santoso"], prefix


# A blog's user name in small letters, credited on a line with a date.
USER_NAMES = [
    ("Title\nby kaffeetante on December 4, 2006\nText.", "en", ["kaffeetante"]),
    ("Title\nPosted on March 3, 2024 by admin\nText.", "en", ["admin"]),
    ("Title\nMarch 3, 2024 · by jane_d77 · in Travel\nText.", "en", ["jane_d77"]),
    ("Titel\nVeröffentlicht am 3. Mai 2024 von leseratte\nText.", "de", ["leseratte"]),
    ("Judul\nDiterbitkan 3 Maret 2024 oleh budi.s\nIsi.", "id", ["budi.s"]),
]
USER_NAME_LOOK_ALIKES = [
    ("Title\nby far on March 3, 2024, the clerk handed over the letters to the judge\nText.", "en"),
    ("Title\nby hand\nText.", "en"),  # no date: no credit
    ("Title\nby the way on March 3, 2024\nText.", "en"),  # the language's words
    ("Titel\nVon wegen. Am Sonntag, 3. Mai 2024, kam alles anders.\nText.", "de"),
    ("Titel\nGeschrieben von kaffeetante am 3. Mai 2024\nText.", "de"),  # a comment's credit
]


@pytest.mark.parametrize(("text", "lang", "authors"), USER_NAMES)
def test_a_user_name_credited_beside_a_date(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(("text", "lang"), USER_NAME_LOOK_ALIKES)
def test_no_user_name_without_a_date_or_in_words(text, lang):
    assert credits(text, lang)[0] == []


def test_a_date_line_over_a_separator_line():
    text = _page("Bridge closes for repairs\nMarch 3, 2024\n|\nJane Doe")
    assert [p.name for p in extract_credits(text, load("en"), {}).authors] == ["Jane Doe"]


# A byline broken after a comma or a joiner goes on on the next line.
BROKEN_BYLINES = [
    ("Title\nBy\nJane Doe and\nJohn Roe\nText.", "en", ["Jane Doe", "John Roe"]),
    ("Title\nBy Jane Doe,\nJohn Roe\nText.", "en", ["Jane Doe", "John Roe"]),
    ("Titel\nVon\nAnna Schmidt und\nJonas Weber\n-Aktualisiert am 3.5.2024\nText.", "de", ["Anna Schmidt", "Jonas Weber"]),
    ("Judul\nOleh Budi Santoso dan\nRina Wati\nIsi.", "id", ["Budi Santoso", "Rina Wati"]),
    # a sentence on the next line: only the first line's names
    ("Title\nBy Jane Doe and\nJohn Roe said the bridge would close.\nText.", "en", ["Jane Doe"]),
]


@pytest.mark.parametrize(("text", "lang", "authors"), BROKEN_BYLINES)
def test_a_byline_goes_on_after_a_joiner(text, lang, authors):
    assert credits(text, lang)[0] == authors


def test_a_byline_after_the_article_began_is_a_teasers():
    story = "Title\nBy Jane Doe\n" + _BODY * 4 + "Other story\nBy John Roe and Ann Ray\n" + _BODY * 2
    assert credits(story, "en")[0] == ["Jane Doe"]
    # close to the first byline (a second author's line, a photo's), it is the article's
    close = "Title\nBy Jane Doe\n" + _BODY + "By John Roe\n" + _BODY * 3
    assert credits(close, "en")[0] == ["Jane Doe", "John Roe"]
    # after a labelled credit in a sentence: no byline went before
    late = "Title\n" + _BODY * 4 + "The author: Jane Doe.\n" + _BODY * 3 + "By John Roe\n"
    assert "John Roe" in credits(late, "en")[0]


# A job after a comma is no second name; a job and its outlet or place before the
# names are no name either.
JOBS = [
    ("Title\nBy Jane Doe, Senior Reporter\nText.", "en", ["Jane Doe"]),
    ("Title\nBy Jane Doe,\nSenior Reporter\nText.", "en", ["Jane Doe"]),
    ("Judul\nLaporan Wartawan Harian Contoh, Budi Santoso\nIsi.", "id", ["Budi Santoso"]),
    ("Judul\nLaporan Reporter Contoh.com, Budi Santoso dan Rina Wati\nIsi.", "id", ["Budi Santoso", "Rina Wati"]),
    ("Judul\nPenulis: Kontributor Bandung, Budi Santoso | Editor: Rina Wati\nIsi.", "id", ["Budi Santoso"]),
    ("Judul\nPenulis Budi Santoso | Editor Rina Wati\nIsi.", "id", ["Budi Santoso"]),
]
JOB_LOOK_ALIKES = [
    ("Judul\nLaporan Keuangan Tahunan\nIsi.", "id"),  # a title: no job after the marker
    ("Judul\nPenulis Ahmad Tohari meluncurkan novel baru.\nIsi.", "id"),  # a sentence
]


@pytest.mark.parametrize(("text", "lang", "authors"), JOBS)
def test_jobs_around_the_names(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(("text", "lang"), JOB_LOOK_ALIKES)
def test_no_job_line_credit(text, lang):
    assert credits(text, lang)[0] == []


@pytest.mark.parametrize(("byline", "name"), [
    ("By Jane DoeThe Daily Planet", "Jane Doe"),
    ("By Jane DoeThe Daily Planet and John Roe", "Jane Doe"),
    # no opener glued on: the name stays whole
    ("By Jane McDoe Daily Planet", "Jane McDoe"),
    ("By Jane Lathe Daily Planet", "Jane Lathe"),
])
def test_an_outlet_opener_glued_to_the_name_goes_with_the_outlet(byline, name):
    text = f"Title\n{byline}\nText."
    start = text.index("Daily Planet")
    assert credits(text, "en", {start: start + len("Daily Planet")})[0] == [name]


def test_an_outlet_after_a_full_name_ends_it():
    text = "Title\nBY JANE DOE and JOHN ROE Daily Planet\nText."
    start = text.index("Daily Planet")
    outlets = {start: start + len("Daily Planet")}
    assert credits(text, "en", outlets)[0] == ["JANE DOE", "JOHN ROE"]


NAME_LINES_WITH_OUTLETS = [
    ("Bridge closes for repairs\nJane Doe, Daily Planet\nMarch 3, 2024", "en", "Daily Planet", "Jane Doe"),
    ("Bridge closes for repairs\nJane Doe | Daily Planet\nMarch 3, 2024", "en", "Daily Planet", "Jane Doe"),
    ("Jembatan ditutup\nBudi Santoso - Harian Contoh\nSenin, 03 Mar 2024 10:15 WIB", "id", "Harian Contoh",
     "Budi Santoso"),
]


@pytest.mark.parametrize(("top", "lang", "outlet", "name"), NAME_LINES_WITH_OUTLETS)
def test_a_name_line_with_its_outlet(top, lang, outlet, name):
    text = _page(top)
    start = text.index(outlet)
    found = extract_credits(text, load(lang), {start: start + len(outlet)})
    assert [(p.name, p.rule) for p in found.authors] == [(name, "credits.name_line")]


# A name alone right under the article's heading, or under the teaser under it, with
# no marker and no date beside it: the author, when the page's heading is known.
_HEADING = "Bridge closes for repairs"
_TEASER = "Engineers found cracks in two of the old bridge's supports during an inspection."
UNDER_HEADING = [
    (_page(f"{_HEADING}\nJane Doe\nSearch for this author in:"), "en", "Jane Doe"),
    (_page(f"{_HEADING}\n{_TEASER}\nJane Doe\nSearch for this author in:"), "en", "Jane Doe"),
    (_page(f"{_HEADING}\nJane Doe\n(@janedoe)"), "en", "Jane Doe"),
    (_page(f"{_HEADING}\nJane Doe\nInternational Editor"), "en", "Jane Doe"),
    (_page(f"{_HEADING}\nJane Doe\nJane Doe"), "en", "Jane Doe"),
    (_page(f"{_HEADING}\n\nMary Ann Doe\n\n• 3 hours ago"), "en", "Mary Ann Doe"),
    (_page("Jembatan ditutup untuk perbaikan\nBudi Santoso\n@budis"), "id", "Budi Santoso"),
    # the title line first, with the site's name: the heading again above the story
    ("Bridge closes for repairs | Daily Planet\nHome\nNews\n" + _HEADING + "\nJane Doe\n(@janedoe)\n" + _BODY * 3,
     "en", "Jane Doe"),
]
UNDER_HEADING_LOOK_ALIKES = [
    # a menu's items under the heading
    (_page(f"{_HEADING}\nHoliday Cottages\nLakeside"), "en"),
    (_page(f"{_HEADING}\nHoliday Cottages\nWalks\nMaps"), "en"),
    # one word, a sentence, page furniture, a word the text writes in small letters
    (_page(f"{_HEADING}\nUpdated\n(@janedoe)"), "en"),
    (_page(f"{_HEADING}\nSport\n(@janedoe)"), "en"),
    (_page(f"{_HEADING}\nThe mayor spoke.\n(@janedoe)"), "en"),
    (_page(f"{_HEADING}\nRecent Posts\n(@janedoe)"), "en"),
    (_page(f"{_HEADING}\nOld Bridge\n(@janedoe)"), "en"),
    # further down than the teaser
    (_page(f"{_HEADING}\n{_TEASER}\n{_TEASER}\nJane Doe\n(@janedoe)"), "en"),
    # under a line that is not the heading
    (_page(f"{_HEADING}\nMore from this section\nJane Doe\n(@janedoe)"), "en"),
]


@pytest.mark.parametrize(("text", "lang", "name"), UNDER_HEADING)
def test_a_name_under_the_heading_is_the_author(text, lang, name):
    found = extract_credits(text, load(lang), {}, heading=_HEADING if lang == "en" else "Jembatan ditutup untuk perbaikan")
    assert [(p.name, p.rule) for p in found.authors] == [(name, "credits.under_heading")]
    assert text[found.authors[0].span.start : found.authors[0].span.end] == name


@pytest.mark.parametrize(("text", "lang"), UNDER_HEADING_LOOK_ALIKES)
def test_no_name_under_the_heading(text, lang):
    assert extract_credits(text, load(lang), {}, heading=_HEADING).authors == ()


@pytest.mark.parametrize(("text", "lang", "name"), UNDER_HEADING[:1])
def test_no_name_under_the_heading_without_the_heading(text, lang, name):
    assert extract_credits(text, load(lang), {}).authors == ()
    assert extract_credits(text, load(lang), {}, heading=_HEADING, name_lines=False).authors == ()


def test_an_outlet_under_the_heading_is_no_author():
    text = _page(f"{_HEADING}\nDaily Planet\n(@dailyplanet)")
    start = text.index("Daily Planet")
    assert extract_credits(text, load("en"), {start: start + 12}, heading=_HEADING).authors == ()


def test_the_pipeline_reads_a_name_under_the_heading_of_a_web_page_only():
    import articleparse

    menu = "Daily Planet\nHome\nNews\nSport\nWorld\nBusiness\nOpinion\nCulture\nTravel\n"
    top = f"{_HEADING}\n{_TEASER}\nJane Doe\nSearch for this author in:\n"
    page = articleparse.parse(menu + top + _BODY * 4, lang="en")
    assert [(p.name, p.rule) for p in page.authors] == [("Jane Doe", "credits.under_heading")]
    # a plain story: the line under its title is a place, not a byline
    story = articleparse.parse(f"{_HEADING}\nJane Doe\n(@janedoe)\n" + _BODY * 4, lang="en")
    assert story.authors == ()


# After a full name and a comma, an acronym among words not all in capitals names a
# team or an office, not a person: the names end there.
TEAM_AFTER_NAME = [
    ("Title\nPosted by Jane Doe, ACME Cloud Team, Example\nText.", "en", ["Jane Doe"]),
    ("Title\nBy Jane Doe, NASA Jet Propulsion Laboratory\nText.", "en", ["Jane Doe"]),
    ("Titel\nVon Anna Schmidt, Projektleiterin der ABC\nText.", "de", ["Anna Schmidt"]),
    # look-alikes: capitals only, or no acronym, are names
    ("Title\nBy JANE DOE, JOHN ROE and MARY MAJOR\nText.", "en", ["JANE DOE", "JOHN ROE", "MARY MAJOR"]),
    ("Title\nBy Jane Doe, John Roe, Mary Major\nText.", "en", ["Jane Doe", "John Roe", "Mary Major"]),
    ("Title\nBy Jane Doe, JOHN ROE\nText.", "en", ["Jane Doe", "JOHN ROE"]),
    # (a name that ends in a team word names a team: credits.toml names.teams)
    ("Title\nBy Jane, ACME Team\nText.", "en", ["Jane"]),
]


@pytest.mark.parametrize(("text", "lang", "authors"), TEAM_AFTER_NAME)
def test_a_team_after_the_name_ends_the_names(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.xfail(strict=True, reason="a team's name in title case reads as a second person")
def test_a_title_case_team_after_the_name_is_no_author():
    assert credits("Title\nPosted by Jane Doe, Cloud Team, Example Corp\nText.", "en")[0] == ["Jane Doe"]


# ---- session 11: Indonesian bylines with a job or an outlet beside the name --------

_ID_BODY = (
    "Pemerintah daerah meminta warga tetap waspada terhadap potensi banjir susulan yang "
    "bisa terjadi selama musim hujan, terutama di kawasan bantaran sungai yang padat "
    "penduduk dan rawan longsor di wilayah selatan kota.\n"
)


def _id_page(top: str, paragraphs: int = 3) -> str:
    return "Beranda\nBerita\n" + top + "\n" + _ID_BODY * paragraphs


def _outlet(text: str, name: str) -> dict[int, int]:
    start = text.index(name)
    return {start: start + len(name)}


# (text, outlet named in it or None, authors, rule)
INTRODUCED_NAMES = [
    # name, job, separator, date on one line; one word is a name there
    (_id_page("Gempa guncang kota\nKhairunnisa, Jurnalis · Sabtu 16 Maret 2024 08:12 WIB"), None,
     ["Khairunnisa"], "credits.name_date_line"),
    (_id_page("Gempa guncang kota\nFahmi Firdaus , Jurnalis-Senin, 04 Maret 2024 |10:15 WIB"), None,
     ["Fahmi Firdaus"], "credits.name_date_line"),
    # a short news item: the job says it is a byline, no article needed after it
    (_id_page("Gempa guncang kota\nKhairunnisa, Jurnalis · Sabtu 16 Maret 2024 08:12 WIB", 1), None,
     ["Khairunnisa"], "credits.name_date_line"),
    # the name and the job alone on their line over the date line
    (_id_page("Gempa guncang kota\nKhairunnisa, Reporter\nSabtu, 16 Maret 2024 08:12 WIB"), None,
     ["Khairunnisa"], "credits.name_line"),
    # name, dash, the outlet's section; one name or several
    (_id_page("Kasus DBD naik\nSiti Fatimah - detikHealth\nRabu, 06 Mar 2024 09:30 WIB", 1), "detikHealth",
     ["Siti Fatimah"], "credits.name_line"),
    (_id_page("Kasus DBD naik\nSiti Fatimah, Andi Saputra - detikNews\nRabu, 06 Mar 2024 09:30 WIB"),
     "detikNews", ["Siti Fatimah", "Andi Saputra"], "credits.name_line"),
]
INTRODUCED_LOOK_ALIKES = [
    # a job alone, a job as the name, a sentence before the job
    (_id_page("Gempa guncang kota\nJurnalis · Sabtu 16 Maret 2024 08:12 WIB"), None),
    (_id_page("Gempa guncang kota\nEditor, Jurnalis · Sabtu 16 Maret 2024 08:12 WIB"), None),
    (_id_page("Gempa guncang kota\nkata Budi, Jurnalis · Sabtu 16 Maret 2024"), None),
    # something after the job: no byline
    (_id_page("Gempa guncang kota\nKhairunnisa, Jurnalis senior kota · Sabtu 16 Maret 2024"), None),
    # a plain name (no job, no outlet) on a short item still needs the article after it
    (_id_page("Gempa guncang kota\nSiti Fatimah\nRabu, 06 Mar 2024 09:30 WIB", 1), None),
    # the outlet with words that are no names before it
    (_id_page("Kasus DBD naik\nBaca berita lainnya - detikHealth\nRabu, 06 Mar 2024 09:30 WIB"), "detikHealth"),
]


@pytest.mark.parametrize(("text", "outlet", "authors", "rule"), INTRODUCED_NAMES)
def test_a_name_with_its_job_or_outlet_is_the_author(text, outlet, authors, rule):
    found = extract_credits(text, load("id"), _outlet(text, outlet) if outlet else {})
    assert [p.name for p in found.authors] == authors
    assert {p.rule for p in found.authors} == {rule}


@pytest.mark.parametrize(("text", "outlet"), INTRODUCED_LOOK_ALIKES)
def test_no_name_with_a_job_or_outlet(text, outlet):
    assert extract_credits(text, load("id"), _outlet(text, outlet) if outlet else {}).authors == ()


# Closing initials of reporter and editor (CNN Indonesia, detik, JPNN) are no names.
CLOSING_INITIALS = [
    _id_page("Rupiah melemah\nSenin, 04 Mar 2024 16:20 WIB") + "(ldy/agt)\n",
    _id_page("Kasus DBD naik\nRabu, 06 Mar 2024 09:30 WIB") + "(kna/up)\n",
    _id_page("Kasus DBD naik\nRabu, 06 Mar 2024 09:30 WIB") + "(mcr8/jpnn)\n",
]


@pytest.mark.parametrize("text", CLOSING_INITIALS)
def test_closing_initials_are_no_names(text):
    found = extract_credits(text, load("id"), {})
    assert (found.authors, found.editors) == ((), ())


# A newsroom's team credited as the writer is no person; the credit still goes.
TEAM_CREDITS = [
    ("Isi.\nPenulis: Tim Redaksi\nIsi.", "id", []),
    ("Isi.\nPenulis: Tim detikcom | Editor: Rina Wati\nIsi.", "id", []),
    ("Isi.\nOleh: Redaksi\nIsi.", "id", []),
    # look-alikes: a capitalised word after "Tim" is a name
    ("Isi.\nPenulis: Tim Cook\nIsi.", "id", ["Tim Cook"]),
    ("Title\nBy Tim Redaksi\nText.", "en", ["Tim Redaksi"]),  # no team word in English
    ("Title\nBy Herald Staff\nMarch 3, 2024\nText.", "en", []),
    ("Title\nBy Metro Desk\nText.", "en", []),
    ("Title\nBy Jane Doe and Herald Staff\nText.", "en", ["Jane Doe"]),
    ("Title\nBy Jane Stafford\nText.", "en", ["Jane Stafford"]),
]


@pytest.mark.parametrize(("text", "lang", "authors"), TEAM_CREDITS)
def test_a_team_credited_is_no_person(text, lang, authors):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    assert found.removals  # the credit line leaves the body either way


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_team_word_alone_names_no_person(lang):
    language = load(lang)
    for word in language.words("credits", "names.teams"):
        for credit in (f"Isi.\nPenulis: {word}\nIsi.", f"Text.\nWriter: Herald {word}\nText."):
            assert extract_credits(credit, language, {}).authors == (), (word, credit)


# Indonesian markers of session 11: Republika's short labels, the adapter of a
# translated story, a sentence under the article that names its writer.
ID_MARKERS = [
    ("Judul\nRep: Rina Wati/ Red: Budi Santoso\nIsi.", ["Rina Wati"], ["Budi Santoso"]),
    ("Isi.\nDiadaptasi oleh Rina Wati dan Budi Santoso\nEditor: Adi\n", ["Rina Wati", "Budi Santoso"], ["Adi"]),
    ("Isi.\nArtikel ini ditulis oleh Rina Wati, peserta magang di redaksi kami.\n", ["Rina Wati"], []),
    ("Isi.\nTulisan ini dibuat oleh Rina Wati, mahasiswa magang.\n", ["Rina Wati"], []),
]
ID_MARKER_LOOK_ALIKES = [
    "Isi.\nWarga merepotkan petugas: Budi Santoso mengaku kesal.\n",  # "rep" inside a word
    "Isi.\nLampu merah: Budi Santoso berhenti.\n",  # "merah", not "Red"
    "Isi.\nBuku ini ditulis oleh Budi Santoso pada 1998 dan laris.\n",  # not the article
]


@pytest.mark.parametrize(("text", "authors", "editors"), ID_MARKERS)
def test_indonesian_markers(text, authors, editors):
    assert credits(text, "id") == (authors, editors)


@pytest.mark.parametrize("text", ID_MARKER_LOOK_ALIKES)
def test_no_indonesian_marker_in_words(text):
    assert credits(text, "id") == ([], [])


# A credit's line that goes on to say who the writer is leaves the body whole.
WRITER_DESCRIBED = [
    ("Isi.\nArtikel ini ditulis oleh Rina Wati, peserta magang di redaksi kami.\nIsi.", "id",
     "Artikel ini ditulis oleh Rina Wati, peserta magang di redaksi kami."),
    ("Text.\nWritten by Jane Doe, a freelance writer in Ohio.\nText.", "en",
     "Written by Jane Doe, a freelance writer in Ohio."),
    # look-alike: a second name after the comma is no description
    ("Text.\nWritten by Jane Doe, John Roe\nText.", "en", "Written by Jane Doe, John Roe"),
]


@pytest.mark.parametrize(("text", "lang", "removed"), WRITER_DESCRIBED)
def test_a_described_writer_leaves_with_the_line(text, lang, removed):
    from articleparse import gazetteer

    outlet_ends = {hit.start: hit.end for hit in gazetteer.find_mentions(text)}
    found = extract_credits(text, load(lang), outlet_ends)
    assert [text[r.span.start : r.span.end] for r in found.removals] == [removed]


# Those credited for additional reporting helped: authors only when nobody else is.
HELPERS = [
    ("Title\nBy Jane Doe\nText.\nAdditional reporting by John Roe; Editing by Ann Ray", ["Jane Doe"], ["Ann Ray"]),
    ("Text.\nReporting by Jane Doe; Additional reporting by John Roe", ["Jane Doe"], []),
    ("Text.\n(Additional reporting by John Roe; Editing by Ann Ray)", ["John Roe"], ["Ann Ray"]),
]


@pytest.mark.parametrize(("text", "authors", "editors"), HELPERS)
def test_additional_reporters_are_authors_only_alone(text, authors, editors):
    assert credits(text, "en") == (authors, editors)


# A byline's name opening with an outlet's first word is the outlet; a byline line that
# ends in a colon heads a menu.
NO_PERSON_BYLINES = [
    ("Title\nBy\nThe Planetary Times\n-\nJanuary 17, 2020\nWritten by: Jane Doe\nText.", ["Jane Doe"]),
    ("Title\nBy The Daily Planet\nText.", []),
    ("Menu\nBy Course/Meal:\nDesserts\nBy Cuisine:\nItalian\nText.", []),
    # look-alikes: a name, and a colon that is not the line's end
    ("Title\nBy Theo Doe\nText.", ["Theo Doe"]),
    ("Title\nBy Jane Doe | Updated: 3 hours ago\nText.", ["Jane Doe"]),
]


@pytest.mark.parametrize(("text", "authors"), NO_PERSON_BYLINES)
def test_bylines_that_name_no_person(text, authors):
    assert credits(text, "en")[0] == authors


# A determiner before a labelled marker makes it a noun: a page's link, no credit.
DETERMINED_LABELS = [
    ("Title\nJane Doe, John Roe\nMarch 3 2024, 3:18 p.m.\n" + _BODY * 3 + "Contact the author:\nJane Doe\nJohn Roe\n",
     ["Jane Doe", "John Roe"]),
    ("Title\nText.\nMore from this writer: Jane Doe\nText.", []),
    # look-alikes: the label alone, or after a word that is no determiner
    ("Title\nText.\nAuthor: Jane Doe\nText.", ["Jane Doe"]),
    ("Title\nText.\nGuest author: Jane Doe\nText.", ["Jane Doe"]),
]


@pytest.mark.parametrize(("text", "authors"), DETERMINED_LABELS)
def test_a_determined_label_credits_nobody(text, authors):
    assert credits(text, "en")[0] == authors


def test_every_determiner_makes_a_label_a_noun():
    language = load("en")
    for word in language.words("credits", "names.determiners"):
        assert credits(f"Text.\nWrite to {word} author: Jane Doe\nText.", "en")[0] == [], word


_THREE_PARAGRAPHS = "\n".join(
    "The council voted on Tuesday to back the plan for a new library in the centre of "
    "town, after a long debate that ran late into the night and left several members "
    f"unhappy with the cost of the building and its upkeep, paragraph {n}."
    for n in range(3)
)


@pytest.mark.parametrize(
    ("text", "lang", "removed"),
    [
        # The name with its outlet, or with its job and the date: the whole line goes.
        ("Harga Beras Naik Lagi\nDewi Anggraini - detikFinance\nKamis, 07 Mar 2024 10:15 WIB\n"
         "Jakarta - Harga beras di pasar induk naik lagi pekan ini. Pedagang mengeluhkan "
         "pasokan yang berkurang sejak awal bulan.", "id", "Dewi Anggraini - detikFinance"),
        ("Banjir Rendam Kota\nRahmat, Jurnalis · Kamis 07 Maret 2024 10:15 WIB\n"
         "BANDUNG - Banjir merendam ratusan rumah warga di Bandung pada Kamis pagi. Warga "
         "mengungsi ke masjid terdekat sejak subuh.", "id",
         "Rahmat, Jurnalis · Kamis 07 Maret 2024 10:15 WIB"),
        # A name alone beside its date line: only the name is on its line.
        ("Council backs plan\nJane Holloway\nMarch 3, 2024\n" + _THREE_PARAGRAPHS, "en",
         "Jane Holloway"),
    ],
)
def test_a_byline_beside_a_date_line_goes_whole(text, lang, removed):
    from articleparse import gazetteer

    outlet_ends = {hit.start: hit.end for hit in gazetteer.find_mentions(text)}
    found = extract_credits(text, load(lang), outlet_ends)
    assert [text[r.span.start : r.span.end] for r in found.removals] == [removed]


# ---- credits helper, round 2 (session 11): a job beside a name line, counts after a byline ----

_SHORT_STORY = (
    "Ministers were urged on Tuesday to act as rents rose at the fastest pace on record, "
    "according to new official figures."
)


@pytest.mark.parametrize(
    ("text", "lang", "authors"),
    [
        # A job after the name, on the name's line, says it is a byline even over a short story.
        ("Rents soar again\nTenants priced out of cities\nJane Holloway Housing correspondent\n"
         "Tue 12 Mar 2024 06.00 GMT\n" + _SHORT_STORY, "en", ["Jane Holloway"]),
        ("Rents soar again\nJane Holloway Political editor\nTue 12 Mar 2024 06.00 GMT\n" + _SHORT_STORY,
         "en", ["Jane Holloway"]),
        ("Rents soar again\nJane Holloway Senior Reporter\nMarch 12, 2024\n" + _SHORT_STORY,
         "en", ["Jane Holloway"]),
        # look-alikes: no job, or a name with no date beside it, over a short story
        ("Rents soar again\nJane Holloway\nTue 12 Mar 2024 06.00 GMT\n" + _SHORT_STORY, "en", []),
        ("Rents soar again\nJane Holloway Housing correspondent\n" + _SHORT_STORY, "en", []),
        # a comment's author after the story, with no job
        (_SHORT_STORY + "\nSarah Jones\nMarch 4, 2024 at 9:12 am\nGreat post!", "en", []),
    ],
)
def test_a_job_beside_a_name_line_makes_a_byline(text, lang, authors):
    assert credits(text, lang)[0] == authors


@pytest.mark.parametrize(
    ("text", "lang", "authors", "removed"),
    [
        ("My debt story\nMarch 3, 2024 by Emily Stone 12 Comments\n" + _SHORT_STORY, "en",
         ["Emily Stone"], "by Emily Stone 12 Comments"),
        ("My debt story\nBy Emily Stone 1 Comment\n" + _SHORT_STORY, "en",
         ["Emily Stone"], "By Emily Stone 1 Comment"),
        ("My debt story\nBy Emily Stone · 4 min read\n" + _SHORT_STORY, "en",
         ["Emily Stone"], "By Emily Stone · 4 min read"),
        ("Resep Rendang\n3 Maret 2024 oleh Budi Santoso 5 Komentar\nRendang adalah masakan khas "
         "Minang yang terkenal.", "id", ["Budi Santoso"], "oleh Budi Santoso 5 Komentar"),
        # look-alikes: a relative time (also under other stories' teasers), a single word,
        # a sentence going on after the figure
        ("My debt story\nBy Emily Stone 2 days ago\n" + _SHORT_STORY, "en", [], None),
        ("My debt story\nBy Monday 3 comments\n" + _SHORT_STORY, "en", [], None),
        ("My debt story\nBy Emily Stone 12 comments were posted\n" + _SHORT_STORY, "en", [], None),
    ],
)
def test_a_count_after_a_byline_ends_it(text, lang, authors, removed):
    found = extract_credits(text, load(lang), {})
    assert [p.name for p in found.authors] == authors
    if removed is not None:
        assert [text[r.span.start : r.span.end] for r in found.removals] == [removed]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_count_word_ends_a_byline(lang):
    for word in load(lang).words("credits", "names.counts"):
        text = f"Title\nBy Emily Stone 7 {word}\nText of the story goes here."
        if lang == "id":
            text = text.replace("By ", "Oleh ")
        assert credits(text, lang)[0] == ["Emily Stone"], word


def test_every_english_role_after_a_name_line_makes_a_byline():
    for role in load("en").words("credits", "names.roles"):
        text = f"Rents soar again\nJane Holloway {role}\nMarch 12, 2024\n{_SHORT_STORY}"
        assert credits(text, "en")[0] == ["Jane Holloway"], role
