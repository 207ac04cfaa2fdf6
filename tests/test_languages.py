"""Every language folder loads, and the examples in its files match its rules."""

from __future__ import annotations

import pytest

from articleparse.dates import find_dates, grammar
from articleparse.extractors.debris import find_debris, fold_line, furniture_headings
from articleparse.extractors.language import detect_language
from articleparse.extractors.photo import extract_photo_credits
from articleparse.extractors.reading_time import extract_reading_time
from articleparse.languages import CONCERNS, available, load

LANGS = available()


def test_first_class_languages_are_present():
    assert {"en", "id", "ms"} <= set(LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_loads_every_concern(code):
    language = load(code)
    assert language.code == code
    for concern in CONCERNS:
        assert isinstance(language.concern(concern), dict)


@pytest.mark.parametrize("code", LANGS)
def test_detection_example(code):
    for example in load(code).concern("language")["detect"]["examples"]:
        assert detect_language(example).code == code


@pytest.mark.parametrize("code", LANGS)
def test_date_examples(code):
    for example in load(code).concern("dates")["examples"]["dates"]:
        assert list(find_dates(example, grammar(code))), example


@pytest.mark.parametrize("code", LANGS)
def test_every_month_and_weekday_form(code):
    data = load(code).concern("dates")
    g = grammar(code)
    for number, forms in enumerate(data["months"].values(), 1):
        for form in forms:
            [match] = list(find_dates(f"x 3 {form} 2021 x", g))
            assert match.readings[0].month == number, form
    for forms in data["weekdays"].values():
        for form in forms:
            [match] = list(find_dates(f"x {form}, 3 {next(iter(data['months'].values()))[0]} 2021", g))
            assert match.weekday is not None, form


@pytest.mark.parametrize("code", LANGS)
def test_every_joiner(code):
    """A joiner (``joiners`` in ``dates.toml``) may stand between the day and the
    month, between the month and the year, or both, in any case."""
    data = load(code).concern("dates")
    g = grammar(code)
    month = next(iter(data["months"].values()))[0]
    for joiner in data.get("joiners", []):
        for text in (
            f"x 3 {joiner} {month} 2021 x",
            f"x 3 {month} {joiner} 2021 x",
            f"x 3 {joiner.upper()} {month} {joiner.upper()} 2021 x",
        ):
            [match] = list(find_dates(text, g))
            assert (match.start, match.readings[0].month) == (2, 1), text
        # Not a month's name: no date.
        assert not list(find_dates(f"x 3 {joiner} {joiner} 2021 x", g)), joiner


@pytest.mark.parametrize("code", LANGS)
def test_reading_time_examples(code):
    language = load(code)
    for example in language.concern("debris")["reading_time"]["examples"]:
        assert extract_reading_time(example, language) is not None, example
    for unit in language.words("debris", "reading_time.units"):
        assert extract_reading_time(f"4 {unit}", language).minutes == 4, unit


@pytest.mark.parametrize("code", LANGS)
def test_debris_examples(code):
    language = load(code)
    for section in ("lines", "prefixes"):
        for example in language.concern("debris")[section]["examples"]:
            assert find_debris(f"Text.\n{example}\nMore.", language), example


@pytest.mark.parametrize("code", LANGS)
def test_furniture_examples(code):
    language = load(code)
    headings = furniture_headings(language)
    for example in language.concern("debris").get("furniture", {}).get("examples", ()):
        assert fold_line(example) in headings, example


@pytest.mark.parametrize("code", LANGS)
def test_photo_examples(code):
    language = load(code)
    for example in language.concern("credits")["photo"]["examples"]:
        assert extract_photo_credits(example, language, {})[0], example


@pytest.mark.parametrize("code", LANGS)
def test_numeric_order_is_declared(code):
    assert load(code).concern("dates")["numeric_order"] in ("dmy", "mdy")


# --- credits (authors): every author example credits an author ---------------------


@pytest.mark.parametrize("code", available())
def test_author_examples(code):
    from articleparse.extractors.credits import extract_credits

    language = load(code)
    for example in language.concern("credits")["author"]["examples"]:
        assert extract_credits(f"Isi.\n{example}\nIsi.", language, {}).authors, example


# ---- body helper (session 10): relative dates of dated lists under an article --------


@pytest.mark.parametrize("code", LANGS)
def test_relative_date_examples(code):
    from articleparse.extractors.boilerplate import _relative_date

    language = load(code)
    section = language.concern("debris").get("relative_date", {})
    pattern = _relative_date((language,))
    for example in section.get("examples", ()):
        assert pattern is not None and pattern.search(example), example
    for word in language.words("debris", "relative_date"):
        assert pattern is not None and pattern.search(f"3 units {word}"), word
        # A year is no count of units; a word that merely starts with the marker is none.
        assert not pattern.search(f"2019 units {word}") and not pattern.search(f"3 units {word}x")


# ---- headline: the words that open a roundup's title (debris.roundup) ----------------

from articleparse.extractors.headline import roundup_words  # noqa: E402
from articleparse.extractors.headline.title import opens_roundup  # noqa: E402


@pytest.mark.parametrize("code", [c for c in LANGS if load(c).words("debris", "roundup")])
def test_roundup_words_and_examples(code):
    language = load(code)
    words = roundup_words((language,))
    examples = language.concern("debris")["roundup"]["examples"]
    for example in examples:
        assert opens_roundup(example, 0, len(example), words), example
    for word in language.words("debris", "roundup"):
        # Each word as a tag in brackets and as a label before a separator, and the
        # same word opening a sentence, which makes no roundup.
        for title in (f"[{word}] Rates rise again | Storm closes the harbour",
                      f"{word.upper()} - Rates rise again | Storm closes the harbour"):
            assert opens_roundup(title, 0, len(title), words), title
        sentence = f"{word} among readers, the new bridge opens next week | City Herald"
        assert not opens_roundup(sentence, 0, len(sentence), words), sentence


# ---- credits helper (session 10): outlet openers glued to a byline's name ------------


@pytest.mark.parametrize("code", available())
def test_every_outlet_opener_glued_to_a_name_goes_with_the_outlet(code):
    from articleparse.extractors.credits import extract_credits

    language = load(code)
    for opener in language.concern("credits").get("names", {}).get("outlet_openers", ()):
        text = f"Title\nBy Jane Doe{opener} Daily Planet\nText."
        start = text.index("Daily Planet")
        found = extract_credits(text, language, {start: start + len("Daily Planet")})
        assert [p.name for p in found.authors] == ["Jane Doe"], opener


# ---- body helper (session 11): openers, date furniture, label-first reading times ----

from articleparse.extractors.body import assemble_body  # noqa: E402
from articleparse.model import Removal, Span  # noqa: E402


@pytest.mark.parametrize("code", [c for c in LANGS if load(c).words("debris", "openers")])
def test_every_opener_and_its_examples_are_debris(code):
    language = load(code)
    for example in language.concern("debris")["openers"]["examples"]:
        assert find_debris(f"Text.\n{example}\nMore.", language), example
    for opener in language.words("debris", "openers"):
        for line in (f'{opener} "Banjir Rendam Jalan"', f"{opener}: Banjir Rendam Jalan"):
            assert find_debris(f"Text.\n{line}\nMore.", language), line
        # a lower-case word after it: a sentence, no teaser
        assert not find_debris(f"Text.\n{opener} itu dibahas panjang lebar\nMore.", language), opener


@pytest.mark.parametrize("code", [c for c in LANGS if load(c).words("debris", "date_furniture")])
def test_every_date_furniture_word_goes_with_its_date(code):
    language = load(code)
    for example in [*language.concern("debris")["date_furniture"]["examples"],
                    *language.words("debris", "date_furniture")]:
        text = f"{example} 11/09/2023\nText."
        start = text.index("11/09/2023")
        removal = Removal(Span(start, start + 10), "published.date_line")
        assert assemble_body(text, [removal], language).text == "Text.", example


@pytest.mark.parametrize("code", [c for c in LANGS if load(c).words("debris", "reading_time.labels")])
def test_every_reading_time_label_and_minute_word(code):
    language = load(code)
    for label in language.words("debris", "reading_time.labels"):
        for word in language.words("debris", "reading_time.minutes"):
            found = extract_reading_time(f"Title\n{label}: 4 {word}\nText.", language)
            assert found is not None and found.minutes == 4, (label, word)


# ---- published/headline helper (session 11 round 2): a wire's slugs (debris.wire_slugs) ----
from articleparse.extractors.headline.title import strip_wire_slug, wire_slugs  # noqa: E402


@pytest.mark.parametrize("code", [c for c in LANGS if load(c).words("debris", "wire_slugs")])
def test_every_wire_slug_and_its_examples(code):
    language = load(code)
    slugs = wire_slugs((language,))
    for example in language.concern("debris")["wire_slugs"]["examples"]:
        assert strip_wire_slug(example, 0, len(example), slugs) > 0, example
    for word in language.words("debris", "wire_slugs"):
        glued = f"{word.upper()}-Council backs tram line"
        assert glued[strip_wire_slug(glued, 0, len(glued), slugs):] == "Council backs tram line", word
        numbered = f"{word.upper()} 2-Council backs tram line"
        assert numbered[strip_wire_slug(numbered, 0, len(numbered), slugs):] == "Council backs tram line", word
        # the word in small letters opens a title of its own
        plain = f"{word.capitalize()}-led council backs tram line"
        assert strip_wire_slug(plain, 0, len(plain), slugs) == 0, word
