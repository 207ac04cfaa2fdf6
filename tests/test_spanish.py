"""Spanish (``languages/es``): detection, dates, credits, debris and whole articles.

The data files test their own examples in ``test_languages.py`` and
``test_quotes_data.py``; these tables add look-alikes and the neighbours Spanish must
not claim (Portuguese and Italian share most short words with it; English and
Indonesian a few).  Every snippet is written for this file in the style of Spanish and
Latin American news pages.
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

ES = load("es")

# ---- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("El gobierno presentó el martes su proyecto de presupuesto para el próximo año.", "es"),
    ("Los bomberos trabajaron durante la noche después del incendio en la fábrica.", "es"),
    ("Según la alcaldía, más de 300 personas fueron evacuadas desde el jueves.", "es"),
    ("La presidenta dijo que el país tiene que cambiar y que ya no hay tiempo.", "es"),
    # English with the words Spanish shares (el, los, del, con): English.
    ("The El Niño season hit Los Angeles hard, and the Del Mar races were cancelled on Sunday.", "en"),
    # French, Indonesian and Malay keep their own.
    ("Le gouvernement a présenté mardi son projet de budget pour l’année prochaine, qui sera "
     "débattu au Parlement.", "fr"),
    ("Para pejabat mengatakan bahwa ada banyak warga yang tidak bisa pulang ya.", "id"),
    ("Menteri berkata bahawa kerajaan akan membantu rakyat kerana keadaan semasa.", "ms"),
    # Languages with no folder are not guessed to be Spanish.
    ("O Governo aprovou nesta terça-feira o projeto de orçamento para o próximo ano, segundo o "
     "ministro. O texto prevê um aumento da despesa em saúde e em educação, mais do que em 2023.",
     None),
    ("Il governo ha approvato martedì il progetto di bilancio per il prossimo anno, secondo il "
     "ministro. Il testo prevede un aumento della spesa per la sanità, con una riduzione delle tasse.",
     None),
    # Dutch writes "en" (and) as often as Spanish writes "en" (in): it is no Spanish word.
    ("De raad van bestuur heeft de cijfers maandag gepresenteerd en de aandeelhouders "
     "geïnformeerd. " * 3, None),
])
def test_detection(text, code):
    found = detect_language(text)
    assert (found.code if found else None) == code


@pytest.mark.xfail(strict=True, reason="Catalan has no folder and shares el, del, en with Spanish")
def test_catalan_is_not_taken_for_spanish():
    text = (
        "El Govern ha aprovat aquest dimarts el projecte de pressupostos per a l'any vinent, "
        "segons ha explicat el conseller d'Economia en una roda de premsa. El text preveu un "
        "augment de la despesa en sanitat i en educació. El debat al Parlament començarà el mes "
        "que ve."
    )
    assert detect_language(text) is None


# ---- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ymd"), [
    ("4 de mayo de 2022", (2022, 5, 4)),
    ("miércoles, 4 de mayo de 2022 a las 07:46", (2022, 5, 4)),
    ("Miércoles 4 de Mayo, 2022", (2022, 5, 4)),
    ("Publicado el 15 de abril del 2020", (2020, 4, 15)),
    ("04 de mayo 2022, 12:00 a. m.", (2022, 5, 4)),
    ("4 mayo, 2022", (2022, 5, 4)),
    ("mayo 11, 2022", (2022, 5, 11)),
    ("11 may. 2022 10:30", (2022, 5, 11)),
    ("3 de setiembre de 2021", (2021, 9, 3)),
    ("3 de septiembre de 2021", (2021, 9, 3)),
    ("5 ene. 2021", (2021, 1, 5)),
    ("sáb., 7 dic. 2019", (2019, 12, 7)),
    ("Actualizado: 22 de diciembre de 2020", (2020, 12, 22)),
    # The joiners ("de", "del") around any month form, abbreviations too.
    ("Miércoles 04 mayo de 2022 | 01:10", (2022, 5, 4)),
    ("4 de ene. 2022", (2022, 1, 4)),
    ("4 de ene. de 2022", (2022, 1, 4)),  # a joiner after the abbreviation's dot
    ("Publicado: 9 sept. del 2021", (2021, 9, 9)),
    ("lunes, 7 de mar de 2022", (2022, 3, 7)),
    ("4 DE MAYO DEL 2022", (2022, 5, 4)),
    # Numeric dates read day first.
    ("04/05/2022", (2022, 5, 4)),
])
def test_dates(text, ymd):
    [match] = list(find_dates(text, grammar("es")))
    reading = match.readings[0]
    assert (reading.year, reading.month, reading.day) == ymd


def test_a_time_in_the_afternoon():
    [match] = list(find_dates("4 de mayo de 2022, 3:15 p. m.", grammar("es")))
    assert match.time == dt.time(15, 15)


@pytest.mark.parametrize("text", [
    "en mayo de 2022",  # a month and a year: no day
    "de mayo de 2022 a junio de 2023",
    "Llegaron 12 de los 2020 participantes.",
])
def test_no_dates(text):
    assert list(find_dates(text, grammar("es"))) == []


@pytest.mark.parametrize("text", [
    "1º de mayo de 2022",  # the ordinal sign: the rule reads only English ordinals
])
@pytest.mark.xfail(strict=True, reason="dates.py: a day written 1º is not read")
def test_dates_not_read_yet(text):
    assert list(find_dates(text, grammar("es")))


# ---- credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "authors"), [
    ("Por Ana García", ["Ana García"]),
    ("por Ana García", ["Ana García"]),
    ("Por Ana García y Carlos López", ["Ana García", "Carlos López"]),
    ("Por Ana García, corresponsal en Madrid", ["Ana García"]),
    ("Autora: Ana García", ["Ana García"]),
    ("Escrito por Carlos López", ["Carlos López"]),
    ("Por José del Valle", ["José del Valle"]),
    # "por" in running text is no byline.
    ("Por otro lado, el Gobierno decidió aplazar la reforma.", []),
    ("Por eso Ana García no vino a la reunión.", []),
    ("La ley fue aprobada por Ana García y sus colegas.", []),
])
def test_authors(text, authors):
    found = extract_credits(text, ES, {})
    assert [p.name for p in found.authors] == authors


def test_editor():
    found = extract_credits("Edición: Carlos López", ES, {})
    assert [p.name for p in found.editors] == ["Carlos López"]


@pytest.mark.parametrize(("text", "sources"), [
    ("Foto: EFE", ["EFE"]),
    ("Imagen: Ana García", ["Ana García"]),
    ("Foto de archivo: Reuters", ["Reuters"]),
    # A photo in running text is no credit.
    ("La foto de familia de la cumbre se tomó en el jardín.", []),
])
def test_photo_credits(text, sources):
    found, _ = extract_photo_credits(text, ES, {})
    assert [c.source for c in found] == sources


# ---- debris and reading time -------------------------------------------------------------


@pytest.mark.parametrize(("line", "debris"), [
    ("Publicidad", True),
    ("PUBLICIDAD", True),
    ("Compartir", True),
    ("Te puede interesar", True),
    ("Lee también: El Gobierno aprueba el nuevo presupuesto", True),
    ("Te puede interesar – Suben los precios de la luz", True),
    # Sentences that start alike stay.
    ("Compartir los datos con la policía es obligatorio, dijo el juez.", False),
    ("Lee también la letra pequeña antes de firmar el contrato.", False),
])
def test_debris(line, debris):
    assert bool(find_debris(f"Primera frase.\n{line}\nÚltima frase.", ES)) is debris


@pytest.mark.parametrize(("line", "heading"), [
    ("Deja un comentario", True),
    ("Noticias relacionadas:", True),
    ("Lo más leído", True),
    ("Comentarios", True),
    # Boxes of links in the middle of an article, not the furniture after it.
    ("Te puede interesar", False),
    ("Lee también", False),
])
def test_furniture(line, heading):
    assert (fold_line(line) in furniture_headings(ES)) is heading


@pytest.mark.parametrize(("text", "minutes"), [
    ("3 min de lectura", 3),
    ("12 minutos de lectura", 12),
    ("Lectura: 4 min", None),  # the unit before the number is not read
    ("El trayecto dura 3 minutos.", None),
])
def test_reading_time(text, minutes):
    found = extract_reading_time(text, ES)
    assert (found.minutes if found else None) == minutes


# ---- quotes ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Estamos listos”, dijo Ana García a la prensa.", "Ana García"),
    ("“Estamos listos”, dijo Ana García de la alcaldía.", "Ana García"),
    ("«Estamos listos», aseguró el presidente Carlos López.", "Carlos López"),
    ("Según Ana García, “la situación está bajo control”.", "Ana García"),
    ("La ministra señaló que había que “revisar todas las opciones”.", "ministra"),
])
def test_quote_speakers(text, speaker):
    (quote,) = extract_quotes(text, ES)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.xfail(strict=True, reason="after a cue, del ends a name (the stops win)")
def test_a_name_with_del_after_its_cue():
    (quote,) = extract_quotes("“Estamos listos”, dijo José del Valle.", ES)
    assert quote.speaker is not None and quote.speaker.name == "José del Valle"


# ---- whole articles ----------------------------------------------------------------------

ARTICLE = (
    "Reforma de las pensiones: el Senado aprueba el texto | El Diario de Villanueva\n"
    "Inicio\nPolítica\nEconomía\n"
    "Reforma de las pensiones: el Senado aprueba el texto\n"
    "Por Ana García\n"
    "Publicado el 4 de mayo de 2022\n"
    "3 min de lectura\n"
    "El Senado aprobó el martes por la noche la reforma de las pensiones. Los senadores "
    "votaron el texto por amplia mayoría, después de semanas de debate.\n"
    "“Es un buen día para los jubilados”, dijo Carlos López.\n"
    "Lee también: Qué cambia la reforma para los trabajadores\n"
    "Publicidad\n"
    "Las nuevas reglas entrarán en vigor en enero, según el ministerio. Los sindicatos "
    "critican por su parte una reforma demasiado costosa.\n"
    "Foto: EFE\n"
    "Deja un comentario\n"
    "Primer comentario sobre el tema.\n"
    "© El Diario de Villanueva 2024\n"
)


def test_a_spanish_article():
    article = articleparse.parse(ARTICLE, reference_date=dt.date(2024, 1, 1))
    assert article.language == "es"
    assert article.published is not None and article.published.date.isoformat() == "2022-05-04"
    assert [a.name for a in article.authors] == ["Ana García"]
    assert article.reading_time_minutes == 3
    assert [c.source for c in article.photo_credits] == ["EFE"]
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Carlos López"]
    body = article.body.text
    assert "Los senadores votaron" in body and "Los sindicatos critican" in body
    for debris in ("Lee también", "Publicidad", "min de lectura", "Foto: EFE"):
        assert debris not in body, debris


@pytest.mark.parametrize(("line", "date"), [
    ("Publicado el 3 de diciembre de 2022, 08:15", "2022-12-03"),
    ("Publicado: 27 de octubre de 2023 | Actualizado: 28 de octubre de 2023", "2023-10-27"),
    ("Por Ana García | 12 de marzo de 2019", "2019-03-12"),
    ("lunes, 11 de septiembre de 2023", "2023-09-11"),
])
def test_published_in_a_spanish_article(line, date):
    text = (
        "El concejo municipal aprueba el presupuesto\n"
        f"{line}\n"
        "El concejo municipal aprobó el presupuesto el lunes por la noche. La mayoría fue "
        "estrecha, como reconoció el alcalde después de la sesión.\n"
        "La oposición anunció que impugnará varias partidas de gasto.\n"
        "Comentarios\n"
        "Responder 1 de enero de 2024\n"
    )
    article = articleparse.parse(text, reference_date=dt.date(2024, 6, 1))
    assert article.published is not None and article.published.date.isoformat() == date


# ---- regex safety ------------------------------------------------------------------------

SIZE = 100_000
HOSTILE = {
    "bylines": "Por Ana\n" * (SIZE // 8),
    "lower-case bylines": "por por por " * (SIZE // 12),
    "date fragments": "4 de mayo de " * (SIZE // 13),
    "de runs": "de " * (SIZE // 3),
    "joiners and spaces": "lunes 4 de " + " " * SIZE,
    "joiners without a month": "4 de del de " * (SIZE // 12),
    "weekday abbreviations": "lun., mar., mié., " * (SIZE // 18),
    "quotes": "“a”, dijo " * (SIZE // 10),
    "labels": "Foto: Autora: " * (SIZE // 14),
    "reading times": "3 min de " * (SIZE // 9),
    "am pm": "3:15 p. m. " * (SIZE // 11),
}
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_spanish_patterns_are_linear_on_hostile_input(kind):
    articleparse.parse(ARTICLE, lang="es")  # every Spanish pattern now exists
    own = {n: p for n, p in patterns.registry().items() if n.endswith(".es")}
    assert own
    bad = too_slow(own, HOSTILE[kind])
    assert not bad
