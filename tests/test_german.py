"""German (``languages/de``): detection, dates, credits, debris and whole articles.

The data files test their own examples in ``test_languages.py`` and
``test_quotes_data.py``; these tables add look-alikes and the neighbours German must
not claim (English shares short words with it).  Every snippet is written for this
file in the style of German news pages.
"""

from __future__ import annotations

import datetime as dt

import pytest

import articleparse
from articleparse import patterns
from articleparse.dates import find_dates, grammar
from articleparse.extractors.credits import extract_credits
from articleparse.extractors.debris import find_debris, fold_line, furniture_headings
from articleparse.extractors.language import detect_language
from articleparse.extractors.photo import extract_photo_credits
from articleparse.extractors.quotes import extract_quotes
from articleparse.extractors.reading_time import extract_reading_time
from articleparse.languages import load
from test_pattern_safety import too_slow

DE = load("de")

# ---- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("Der Bundestag hat am Donnerstag über die neuen Regeln für die Rente abgestimmt.", "de"),
    ("Die Polizei sucht nach Zeugen, die den Unfall beobachtet haben.", "de"),
    ("Laut Angaben der Stadt wurden bereits mehr als 200 Bäume gepflanzt.", "de"),
    ("Österreichs Regierung will die Steuer im Jänner senken, sagte der Minister.", "de"),
    # English with the short words German shares (in, an, am, man, hat, die): English.
    ("The man in the hat will die an old man, and the war was in vain.", "en"),
    ("I am in Berlin and the bank will open at 9 am on Monday.", "en"),
    ("Die Hard is a film in which Bruce Willis plays a policeman.", "en"),
    ("The minister said on Monday that the talks would resume in Brussels.", "en"),
    # Indonesian and Malay keep their own.
    ("Presiden mengatakan bahwa pertemuan itu tidak akan ditunda.", "id"),
    ("Menteri berkata bahawa kerajaan akan membantu rakyat kerana keadaan semasa.", "ms"),
    # Languages with no folder are not guessed to be German.
    ("De raad van bestuur heeft de cijfers maandag in Berlijn gepresenteerd.", None),
    ("Styrelsen presenterade siffrorna i måndags i Stockholm, enligt direktören.", None),
    # French has a folder of its own (it shares "des" with German).
    ("Le conseil a présenté les chiffres des ventes lundi à Paris, selon le directeur.", "fr"),
    ("Il presidente ha detto che la riunione in programma è stata rinviata.", None),
])
def test_detection(text, code):
    found = detect_language(text)
    assert (found.code if found else None) == code


# ---- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ymd"), [
    ("12.03.2019", (2019, 3, 12)),
    ("Dienstag, 12. März 2019, 14:30 Uhr", (2019, 3, 12)),
    ("12. Maerz 2019", (2019, 3, 12)),
    ("3. Jän. 2021", (2021, 1, 3)),
    ("1. Febr. 2020", (2020, 2, 1)),
    ("Sa., 5. Okt. 2019", (2019, 10, 5)),
    ("Mo, 07.10.2019", (2019, 10, 7)),
    ("am 5. Mai 2020 um 9:15 Uhr", (2020, 5, 5)),
    ("Stand: 05.05.2020 10:12 Uhr", (2020, 5, 5)),
    ("17. Oktober 2019 18:00 MESZ", (2019, 10, 17)),
    # Numeric dates read day first.
    ("04.11.2022", (2022, 11, 4)),
    # A two-digit year, and a year glued to the updated date after it.
    ("Artikel vom 23.09.22", (2022, 9, 23)),
    ("Erstellt am 01.02.21 um 08:35", (2021, 2, 1)),
    ("Veröffentlicht am 3. Mai 20214. Mai 2021 von Redaktion", (2021, 5, 3)),
])
def test_dates(text, ymd):
    [match] = list(find_dates(text, grammar("de")))
    reading = match.readings[0]
    assert (reading.year, reading.month, reading.day) == ymd


@pytest.mark.parametrize("text", [
    "so 3-4 Tage",  # "so" is Sunday's short form, but no date follows
    "Mai 2020",  # a month and a year: no day
    "Sie kam mit 12 Mann und 3 Pferden.",
])
def test_no_dates(text):
    assert list(find_dates(text, grammar("de"))) == []


@pytest.mark.parametrize("text", [
    "18. 05. 2014",  # spaces after the dots
])
@pytest.mark.xfail(strict=True, reason="numeric dates with inner spaces are not read")
def test_dates_not_read_yet(text):
    assert list(find_dates(text, grammar("de")))


# ---- credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "authors"), [
    ("Von Anna Schmidt", ["Anna Schmidt"]),
    ("von Anna Schmidt", ["Anna Schmidt"]),
    ("Von Anna Schmidt und Jonas Weber, Korrespondentin in Berlin", ["Anna Schmidt", "Jonas Weber"]),
    ("Text: Anna Schmidt | Fotos: Jonas Weber", ["Anna Schmidt"]),
    ("Text: Anna Schmidt, Fotos: Jonas Weber", ["Anna Schmidt"]),
    ("Autorin: Anna Schmidt", ["Anna Schmidt"]),
    ("Ein Kommentar von Anna Schmidt", ["Anna Schmidt"]),
    ("Veröffentlicht von Anna Schmidt", ["Anna Schmidt"]),
    ("Von Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("Von Anna Schmidt, 12. März 2019", ["Anna Schmidt"]),  # the date after the comma
    ("Suche\nVon:\nErweiterte Suche...\nMenü", []),  # a search form's "Von:" field, cut short
    # "von" in running text is no byline.
    ("Von Berlin aus fuhr der Zug weiter nach Hamburg.", []),
    ("Von den 300 Teilnehmern kamen nur wenige.", []),
    ("Die Nachricht kam von Anna Schmidt aus Berlin.", []),
    # A date range's "Von:" is no label.
    ("präsentiert von: Musterfirma", []),
])
def test_authors(text, authors):
    found = extract_credits(text, DE, {})
    assert [p.name for p in found.authors] == authors


def test_editor():
    found = extract_credits("Redaktion: Jonas Weber", DE, {})
    assert [p.name for p in found.editors] == ["Jonas Weber"]


@pytest.mark.parametrize(("text", "source"), [
    ("Foto: dpa", "dpa"),
    ("Bild: Anna Schmidt", "Anna Schmidt"),
    ("Symbolbild: Pixabay", "Pixabay"),
])
def test_photo_credits(text, source):
    found, _ = extract_photo_credits(text, DE, {})
    assert [c.source for c in found] == [source]


# ---- debris and reading time -------------------------------------------------------------


@pytest.mark.parametrize(("line", "debris"), [
    ("Anzeige", True),
    ("ANZEIGE", True),
    ("Weiterlesen", True),
    ("Lesen Sie auch: Der Streit um die Rente geht weiter", True),
    ("Mehr zum Thema – Neue Regeln für Mieter", True),
    ("Datenschutzerklärung", True),
    # Sentences that start alike stay.
    ("Lesen Sie die Packungsbeilage vor der Einnahme sorgfältig durch.", False),
    ("Anzeige gegen Unbekannt wurde erstattet.", False),
    ("Mehr zum Thema Rente erfahren Leser in unserem Dossier.", False),
])
def test_debris(line, debris):
    assert bool(find_debris(f"Erster Satz.\n{line}\nLetzter Satz.", DE)) is debris


@pytest.mark.parametrize(("line", "heading"), [
    ("Schreibe einen Kommentar", True),
    ("Ähnliche Beiträge:", True),
    ("Das könnte Sie auch interessieren", True),
    ("Kommentare", True),
    ("Ähnliche Nachrichten", True),
    # Boxes of links in the middle of an article, not the furniture after it.
    ("Mehr zum Thema", False),
    ("Auch interessant", False),
])
def test_furniture(line, heading):
    assert (fold_line(line) in furniture_headings(DE)) is heading


@pytest.mark.parametrize(("text", "minutes"), [
    ("3 Min. Lesezeit", 3),
    ("12 Minuten Lesezeit", 12),
    ("Lesedauer: 4 Minuten", None),  # the unit before the number is not read
    ("Die Fahrt dauert 3 Minuten.", None),
])
def test_reading_time(text, minutes):
    found = extract_reading_time(text, DE)
    assert (found.minutes if found else None) == minutes


# ---- quotes ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("„Wir sind bereit“, sagte Anna Schmidt der Zeitung.", "Anna Schmidt"),
    ("„Wir sind bereit“, sagte Anna Schmidt von der Partei.", "Anna Schmidt"),
    ("Die Ministerin betonte, man werde „alle Optionen prüfen“.", "Ministerin"),
])
def test_quote_speakers(text, speaker):
    (quote,) = extract_quotes(text, DE)
    assert quote.speaker is not None and quote.speaker.name == speaker


# ---- whole articles ----------------------------------------------------------------------

ARTICLE = (
    "Neue Regeln für die Rente: Bundestag stimmt zu | Musterstädter Zeitung\n"
    "Startseite\nPolitik\nWirtschaft\n"
    "Neue Regeln für die Rente: Bundestag stimmt zu\n"
    "Von Anna Schmidt\n"
    "12.03.2019, 14:30 Uhr\n"
    "3 Min. Lesezeit\n"
    "Der Bundestag hat am Donnerstag über die neuen Regeln für die Rente abgestimmt. "
    "Die Abgeordneten stimmten mit großer Mehrheit für den Entwurf, der seit Monaten "
    "umstritten ist.\n"
    "„Das ist ein guter Tag für die Rentner“, sagte Jonas Weber.\n"
    "Lesen Sie auch: Wie sicher ist die Rente?\n"
    "Anzeige\n"
    "Die neuen Regeln sollen im Januar in Kraft treten, wie das Ministerium mitteilte. "
    "Kritiker halten die Reform dagegen für zu teuer.\n"
    "Foto: dpa\n"
    "Schreibe einen Kommentar\n"
    "Erster Kommentar zum Thema.\n"
    "© Musterstädter Zeitung 2024\n"
)


def test_a_german_article():
    article = articleparse.parse(ARTICLE, reference_date=dt.date(2024, 1, 1))
    assert article.language == "de"
    assert article.published is not None and article.published.date.isoformat() == "2019-03-12"
    assert [a.name for a in article.authors] == ["Anna Schmidt"]
    assert article.reading_time_minutes == 3
    assert [c.source for c in article.photo_credits] == ["dpa"]
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Jonas Weber"]
    body = article.body.text
    assert "Die Abgeordneten stimmten" in body and "Kritiker halten" in body
    for debris in ("Lesen Sie auch", "Anzeige", "Min. Lesezeit", "Foto: dpa"):
        assert debris not in body, debris


@pytest.mark.parametrize(("line", "date"), [
    ("Veröffentlicht am 3. Dez. 2022", "2022-12-03"),
    ("Von Anna Schmidt | 12. März 2019", "2019-03-12"),
    ("Mo., 11. September 2023", "2023-09-11"),
])
def test_published_in_a_german_article(line, date):
    text = (
        "Stadtrat beschließt neuen Haushalt\n"
        f"{line}\n"
        "Der Stadtrat hat am Abend den neuen Haushalt beschlossen. Die Mehrheit war "
        "knapp, wie der Bürgermeister nach der Sitzung sagte.\n"
        "Die Opposition kündigte an, gegen einzelne Posten vorzugehen.\n"
        "Kommentare\n"
        "Antworten 1. Januar 2024\n"
    )
    article = articleparse.parse(text, reference_date=dt.date(2024, 6, 1))
    assert article.published is not None and article.published.date.isoformat() == date


# ---- regex safety ------------------------------------------------------------------------

SIZE = 100_000
HOSTILE = {
    "bylines": "Von Anna\n" * (SIZE // 9),
    "lower-case bylines": "von von von " * (SIZE // 12),
    "date fragments": "12. März " * (SIZE // 9),
    "weekday abbreviations": "Mo., Di., Mi., " * (SIZE // 15),
    "german quotes": "„a“, sagte " * (SIZE // 11),
    "guillemets": "»" * SIZE,
    "labels": "Text: Fotos: " * (SIZE // 13),
    "reading times": "3 Min. " * (SIZE // 7),
}
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_german_patterns_are_linear_on_hostile_input(kind):
    articleparse.parse(ARTICLE, lang="de")  # every German pattern now exists
    own = {n: p for n, p in patterns.registry().items() if n.endswith(".de")}
    assert own
    bad = too_slow(own, HOSTILE[kind])
    assert not bad
