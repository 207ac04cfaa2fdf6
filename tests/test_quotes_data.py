"""The quote data of every language tests itself.

1. Every section of every ``quotes.toml`` carries ``examples`` (``{text, speaker,
   quotes}``) and each is run through ``extract_quotes``.
2. Every entry is tested by a sentence built from a template: each cue verb in both
   positions, each title before a name, each pronoun, each scare marker.
"""

from __future__ import annotations

import pytest

from articleparse.extractors.quotes import extract_quotes
from articleparse.extractors.quotes.data import SECTIONS
from articleparse.languages import available, load

LANGS = [code for code in available() if load(code).concern("quotes")]

#: Names and quotes per language for the templates (written for this file).
NAME = {"en": "Jane Smith", "id": "Budi Santoso", "ms": "Ahmad Zahid"}
SAYING = {"en": "We are ready", "id": "Kami siap", "ms": "Kami bersedia"}
PERSON_THEN = {"en": "Jane Smith arrived.", "id": "Budi Santoso hadir.", "ms": "Ahmad Zahid hadir."}
# German
NAME["de"] = "Anna Schmidt"
SAYING["de"] = "Wir sind bereit"
PERSON_THEN["de"] = "Anna Schmidt kam an."
# French
NAME["fr"] = "Marie Dubois"
SAYING["fr"] = "Nous sommes prêts"
PERSON_THEN["fr"] = "Marie Dubois est arrivée."
# Spanish
NAME["es"] = "Ana García"
SAYING["es"] = "Estamos listos"
PERSON_THEN["es"] = "Ana García llegó."


def _examples():
    for code in LANGS:
        data = load(code).concern("quotes")
        for section in SECTIONS:
            for i, ex in enumerate(data.get(section, {}).get("examples", ())):
                yield pytest.param(code, ex, id=f"{code}-{section}-{i}")


def test_every_section_is_present_with_examples():
    for code in LANGS:
        data = load(code).concern("quotes")
        missing = [s for s in SECTIONS if s not in data]
        assert not missing, f"languages/{code}/quotes.toml lacks sections {missing}"
        empty = [s for s in SECTIONS if data[s].get("words") and not data[s].get("examples")]
        assert not empty, f"languages/{code}/quotes.toml: sections without examples {empty}"


@pytest.mark.parametrize("code,example", list(_examples()))
def test_section_examples(code, example):
    quotes = extract_quotes(example["text"], load(code))
    assert len(quotes) == example["quotes"], quotes
    if example["speaker"]:
        assert quotes[0].speaker is not None
        assert quotes[0].speaker.name == example["speaker"]


def _words(code: str, section: str, key: str = "words") -> list[str]:
    return list(load(code).concern("quotes").get(section, {}).get(key, ()))


def _cues():
    for code in LANGS:
        for verb in _words(code, "cues"):
            if verb not in _words(code, "cues", "participles"):
                yield pytest.param(code, verb, id=f"{code}-{verb}")


def _cues_before():
    # A cue that is also a scare marker (Indonesian `kata`, "word") is not used
    # right before a quote mark.
    for param in _cues():
        code, verb = param.values
        if verb not in _words(code, "scare_markers"):
            yield param


@pytest.mark.parametrize("code,verb", list(_cues()))
def test_every_cue_after_a_quote(code, verb):
    # `"Kami siap," ujar Budi Santoso.`
    text = f'"{SAYING[code]}," {verb} {NAME[code]}.'
    (q,) = extract_quotes(text, load(code))
    assert q.speaker is not None and q.speaker.name == NAME[code]
    assert q.cue is not None and q.cue.text == verb


@pytest.mark.parametrize("code,verb", list(_cues_before()))
def test_every_cue_before_a_quote(code, verb):
    # `Budi Santoso menegaskan, "Kami siap."`
    text = f'{NAME[code]} {verb}: "{SAYING[code]}."'
    (q,) = extract_quotes(text, load(code))
    assert q.speaker is not None and q.speaker.name == NAME[code]


@pytest.mark.parametrize("code", [c for c in LANGS if _words(c, "pronoun_suffixes")])
def test_every_cue_with_a_pronoun_suffix(code):
    lang = load(code)
    for verb in _words(code, "cues"):
        if verb.startswith(("me", "ber", "di")):
            continue  # prefixed forms do not take the suffix in attributions
        for suffix in _words(code, "pronoun_suffixes"):
            text = f'{PERSON_THEN[code]} "{SAYING[code]}," {verb}{suffix}.'
            (q,) = extract_quotes(text, lang)
            assert q.speaker is not None and q.speaker.name == NAME[code], text
            assert q.speaker.span.slice(text) == suffix


def _titles():
    for code in LANGS:
        for title in _words(code, "titles"):
            yield pytest.param(code, title, id=f"{code}-{title}")


@pytest.mark.parametrize("code,title", list(_titles()))
def test_every_title_stays_out_of_the_name(code, title):
    text = f'"{SAYING[code]}," {_words(code, "cues")[0]} {title} {NAME[code]}.'
    (q,) = extract_quotes(text, load(code))
    assert q.speaker.name == NAME[code]
    assert q.speaker.span.slice(text) == f"{title} {NAME[code]}"


def _pronouns():
    for code in LANGS:
        resolve = _words(code, "pronouns", "resolve")
        for pronoun in _words(code, "pronouns"):
            yield pytest.param(code, pronoun, pronoun in resolve, id=f"{code}-{pronoun}")


@pytest.mark.parametrize("code,pronoun,resolves", list(_pronouns()))
def test_every_pronoun(code, pronoun, resolves):
    text = f'{PERSON_THEN[code]} "{SAYING[code]}," {_words(code, "cues")[0]} {pronoun}.'
    (q,) = extract_quotes(text, load(code))
    assert q.speaker.span.slice(text) == pronoun
    assert q.speaker.name == (NAME[code] if resolves else pronoun)


def _scare():
    for code in LANGS:
        for marker in _words(code, "scare_markers"):
            yield pytest.param(code, marker, id=f"{code}-{marker}")


@pytest.mark.parametrize("code,marker", list(_scare()))
def test_every_scare_marker(code, marker):
    assert extract_quotes(f'They mentioned {marker} "Blue Sky Plan" twice.', load(code)) == ()


def test_indonesian_and_english_have_forty_cues_or_more():
    for code in ("en", "id"):
        assert len(set(_words(code, "cues"))) >= 40


def _degrees():
    # The degree list lives in credits.toml (names.degrees), read by both extractors.
    for code in LANGS:
        for degree in load(code).words("credits", "names.degrees"):
            yield pytest.param(code, degree, id=f"{code}-{degree}")


@pytest.mark.parametrize("code,degree", list(_degrees()))
def test_every_degree_is_no_name(code, degree):
    # `"Kami siap," kata Dr. Budi Santoso, M.Si, di Jakarta.` / `Budi Santoso, M.Si, menilai, "..."`
    lang = load(code)
    cue = _words(code, "cues")[0]
    (q,) = extract_quotes(f'"{SAYING[code]}," {cue} Dr. {NAME[code]}, {degree}, di Jakarta.', lang)
    assert q.speaker.name == NAME[code]
    (q,) = extract_quotes(f'Ketua panitia, {NAME[code]}, {degree}, {cue}, "{SAYING[code]}."', lang)
    assert q.speaker.name == NAME[code]
