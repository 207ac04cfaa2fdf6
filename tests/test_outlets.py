"""Outlets: gazetteer mentions with roles, unlisted outlets from context, ambiguity."""

from __future__ import annotations

import pytest

import articleparse
from articleparse import gazetteer
from articleparse.extractors.outlets import extract_outlets
from articleparse.languages import available, load
from articleparse.model import Span


def outlets(text: str, lang: str, photo=(), dateline=None, byline=()):
    found = extract_outlets(text, load(lang), gazetteer.find_mentions(text), photo, dateline, byline)
    return {o.name: [m.role for m in o.mentions] for o in found}


ROLE_CASES = [
    ("Menurut Reuters, harga minyak naik.", "id", "Reuters", "cited"),
    ("Harga naik, dikutip melalui Reuters pada Senin.", "id", "Reuters", "cited"),
    ("According to Reuters, oil prices rose.", "en", "Reuters", "cited"),
    ("Yonhap reported that talks resumed.", "en", "Yonhap", "source"),
    ("South Korean broadcaster YTN said the train left.", "en", "YTN", "source"),
    ("Kantor berita Rusia, Interfax, juga melaporkan hal itu.", "id", "Interfax", "source"),
    ("Bernama melaporkan bahawa banjir surut.", "ms", "Bernama", "source"),
]


@pytest.mark.parametrize(("text", "lang", "name", "role"), ROLE_CASES)
def test_roles(text, lang, name, role):
    assert outlets(text, lang)[name] == [role]


def test_photo_dateline_and_byline_roles():
    text = "JAKARTA (ANTARA) - Isi. Foto: AFP. Penulis: Budi, Reuters"
    photo = [Span(text.index("AFP"), text.index("AFP") + 3)]
    dateline = Span(0, text.index(" - ") + 2)
    byline = [Span(text.rindex("Reuters"), len(text))]
    found = outlets(text, "id", photo, dateline, byline)
    assert found == {"Antara": ["dateline"], "AFP": ["photo"], "Reuters": ["byline"]} or (
        found["AFP"] == ["photo"] and found["Reuters"] == ["byline"] and "dateline" in next(
            roles for name, roles in found.items() if name not in ("AFP", "Reuters")))


UNLISTED = [
    ("Kantor berita Rusia, Kabarku, melaporkan hal itu.", "id", "Kabarku"),
    ("Kantor berita KNA melaporkan hal itu.", "id", "KNA"),
    ("The state news agency KNX said the launch failed.", "en", "KNX"),
    # Names are kept as written, "The" included.
    ("The Springfield Gazette reported the closure.", "en", "The Springfield Gazette"),
    ("A report in the Springfield Gazette said so. The Springfield Gazette reported more.", "en",
     "Springfield Gazette"),
    # A name word alone inside a sentence is an outlet's short name.
    ("The deal, the Times reported, was near.", "en", "Times"),
]


@pytest.mark.parametrize(("text", "lang", "name"), UNLISTED)
def test_unlisted_outlets_from_context(text, lang, name):
    found = extract_outlets(text, load(lang), gazetteer.find_mentions(text), (), None, ())
    unknown = [o for o in found if o.kind == "unknown"]
    assert [o.name for o in unknown] == [name]


@pytest.mark.parametrize(("text", "lang"), [
    ("Antara lain, harga beras naik.", "id"),  # "antara" is also "between"
    ("Kantor berita Rusia melaporkan hal itu.", "id"),  # a country, not a name
    ("The team reported a loss.", "en"),
    ("Smith reported to the board.", "en"),
    # A context word in a line of capitals is part of a name, not an introduction.
    ("ACME RADIO AND ELECTRONICS INC 4TH QTR\nShr profit 15 cts vs 4 cts.", "en"),
    ("KANTOR BERITA KNA MELAPORKAN", "id"),

    # A name word alone opening a sentence or a line is the generic word.
    ("Warga berkumpul. Media memberitakan langkah itu.", "id"),
    ("Press reports said the deal was near.", "en"),
    ("Prices rose.\nTelevision reports showed the protests.", "en"),
])
def test_no_outlet(text, lang):
    found = extract_outlets(text, load(lang), gazetteer.find_mentions(text), (), None, ())
    assert [o.name for o in found] == []


@pytest.mark.parametrize("code", available())
def test_every_cue_gives_its_role(code):
    language = load(code)
    for cue in language.words("outlets", "cited"):
        text = f"Text {cue} Reuters, more."
        if cue.lower() in ("via", "lewat", "melalui", "kepada", "told", "speaking to"):
            text = f"Text {cue} Reuters."
        assert "cited" in outlets(text, code).get("Reuters", []), cue
    for verb in language.words("outlets", "source_after"):
        assert outlets(f"Reuters {verb} that.", code).get("Reuters") == ["source"], verb
    for context in language.words("outlets", "context"):
        assert outlets(f"The {context} Reuters, said.", code).get("Reuters") in (["source"], ["cited"]), context


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        ("The minister, ACCORDING TO Reuters, left.", "en", "cited"),  # capitals
        ("He said in an\ninterview with Reuters that he would stay.", "en", "cited"),  # a line break
        ("The talks failed, Reuters REPORTED on Monday.", "en", "source"),
        ("Harga naik, MENURUT Reuters, pada Senin.", "id", "cited"),
        ("The state news agency Reuters said so.", "en", "source"),
        ("Reuters is a name that comes up in many stories here.", "en", "source"),  # no cue
    ],
)
def test_cue_words_are_found_in_any_case_before_their_pattern_runs(text, lang, role):
    assert outlets(text, lang).get("Reuters") == [role]


def test_may_hold_is_false_only_when_no_key_word_stands_in_the_window():
    from articleparse.extractors.outlets import _may_hold

    assert _may_hold("as quoted by", ("quoted",))
    assert not _may_hold("as told by", ("quoted",))
    assert _may_hold(None, ("quoted",))  # a folded-like letter: the pattern decides
    assert _may_hold("anything", None)  # no key words: the pattern decides


@pytest.mark.parametrize(("text", "lang", "name"), UNLISTED)
def test_unlisted_outlets_without_the_gazetteer_scan(text, lang, name):
    # Read from a text the gazetteer did not scan last, the verbs are looked for whatever
    # words the text holds; the outcome is the same.
    other = "".join(list(text))
    gazetteer.find_mentions(text)
    found = extract_outlets(other, load(lang), gazetteer.find_mentions(text), (), None, ())
    assert [o.name for o in found if o.kind == "unknown"] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline's agency the gazetteer does not know is listed, as written.
        ("Banjir Rendam Kota\nSEMARANG, suaramerdeka.com - Banjir merendam ratusan rumah "
         "warga pada Kamis pagi.", [("suaramerdeka.com", "unknown", "dateline")]),
        ("Harga Naik\nMEDAN, Tribun-Medan.com - Harga cabai di pasar tradisional naik "
         "sejak pekan lalu.", [("Tribun-Medan.com", "unknown", "dateline")]),
        # A known one keeps its gazetteer entry, once.
        ("Storm hits\nHOUSTON (AP) — A storm hit the city on Thursday, officials said.",
         [("Associated Press", "agency", "dateline")]),
        # No agency in the dateline: nothing is added.
        ("Gempa Guncang Kota\nSUKABUMI - Gempa mengguncang wilayah itu pada Sabtu pagi.", []),
    ],
)
def test_a_dateline_agency_is_an_outlet_known_or_not(text, expected):
    article = articleparse.parse(text)
    found = [(o.name, o.kind, o.mentions[0].role) for o in article.outlets]
    assert found == expected
