"""Tests for articleparse.decoding.decode_bytes (synthetic snippets, written here)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse.decoding import DecodedText, decode_bytes
from articleparse.text import normalize

INDONESIAN = "Presiden mengatakan “kami optimistis” pada Jum’at — kata Menteri Keuangan."
ENGLISH = "The minister said “we are confident” on Friday – a café owner agreed."
FRENCH = "Le café est très bon, à côté de l’église, dit le maire. " * 3
RUSSIAN = "Президент заявил журналистам, что переговоры продолжатся завтра. " * 5
CHINESE = "中文新闻报道，记者说。政府今天宣布了新的经济政策。" * 5
JAPANESE = "ニュース記事です。政府は本日、新しい経済政策を発表しました。" * 5

# (bytes, expected text, expected encoding, expected replaced) -- guessed encodings
GUESSED = [
    pytest.param(INDONESIAN.encode("utf-8"), INDONESIAN, "utf-8", 0, id="utf-8 id"),
    pytest.param(b"plain ascii", "plain ascii", "utf-8", 0, id="ascii is utf-8"),
    pytest.param(b"", "", "utf-8", 0, id="empty"),
    pytest.param(codecs.BOM_UTF8 + b"Judul", "Judul", "utf-8-sig", 0, id="utf-8 bom"),
    pytest.param(ENGLISH.encode("utf-16"), ENGLISH, "utf-16", 0, id="utf-16 bom"),
    pytest.param(codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16", 0, id="utf-16-be bom"),
    pytest.param(ENGLISH.encode("utf-32"), ENGLISH, "utf-32", 0, id="utf-32 bom"),
    pytest.param(ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16-le", 0, id="utf-16-le no bom"),
    pytest.param(ENGLISH.encode("cp1252"), ENGLISH, "cp1252", 0, id="cp1252 en"),
    pytest.param(INDONESIAN.encode("cp1252"), INDONESIAN, "cp1252", 0, id="cp1252 id"),
    pytest.param(FRENCH.encode("cp1252"), FRENCH, "cp1252", 0, id="cp1252 fr"),
    pytest.param("caf\u00e9".encode("latin-1"), "café", "cp1252", 0, id="latin-1 short"),
    pytest.param(
        INDONESIAN.encode("utf-8") + b" \x96 " + ENGLISH.encode("utf-8"),
        INDONESIAN + " \ufffd " + ENGLISH,
        "utf-8",
        1,
        id="utf-8 with a stray cp1252 byte",
    ),
    pytest.param(CHINESE.encode("gbk"), CHINESE, "gb18030", 0, id="gbk"),
    pytest.param(JAPANESE.encode("shift_jis"), JAPANESE, "cp932", 0, id="shift_jis"),
]


@pytest.mark.parametrize(("data", "text", "encoding", "replaced"), GUESSED)
def test_guessed(data: bytes, text: str, encoding: str, replaced: int) -> None:
    assert decode_bytes(data) == DecodedText(text, encoding, replaced)


def test_cyrillic_is_not_read_as_cp1252() -> None:
    decoded = decode_bytes(RUSSIAN.encode("cp1251"))
    assert decoded.encoding != "cp1252"
    assert not any("\u00c0" <= c <= "\u00ff" for c in decoded.text)


def test_cyrillic_cp1251_detected() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")).text == RUSSIAN


# (bytes, declared, expected text, expected encoding, expected replaced)
DECLARED = [
    pytest.param(b"caf\xe9", "latin-1", "café", "iso8859-1", 0, id="latin-1"),
    pytest.param(b"\x93Halo\x94", "windows-1252", "“Halo”", "cp1252", 0, id="windows-1252 alias"),
    pytest.param(b"\x93Halo\x94", "iso-8859-1", "\x93Halo\x94", "iso8859-1", 0, id="latin-1 as declared"),
    pytest.param(codecs.BOM_UTF8 + b"Judul", "UTF8", "Judul", "utf-8-sig", 0, id="utf-8 drops bom"),
    pytest.param(b"bad \xff\xfe end", "utf-8", "bad \ufffd\ufffd end", "utf-8", 2, id="utf-8 invalid"),
    pytest.param(b"ok \xef\xbf\xbd \xff", "utf-8", "ok \ufffd \ufffd", "utf-8", 1, id="real U+FFFD not counted"),
    pytest.param(b"\x81\x8d", "cp1252", "\x81\x8d", "cp1252", 0, id="cp1252 undefined bytes"),
    pytest.param(b"H\x00i", "utf-16-le", "H\ufffd", "utf-16-le", 1, id="odd utf-16"),
    pytest.param(RUSSIAN.encode("cp1251"), "cp1251", RUSSIAN, "cp1251", 0, id="declared wins"),
]


@pytest.mark.parametrize(("data", "declared", "text", "encoding", "replaced"), DECLARED)
def test_declared(data: bytes, declared: str, text: str, encoding: str, replaced: int) -> None:
    assert decode_bytes(data, declared) == DecodedText(text, encoding, replaced)


@pytest.mark.parametrize("name", ["no-such-codec", "base64", "rot13", ""])
def test_unknown_encoding_is_misuse(name: str) -> None:
    with pytest.raises(ValueError, match="pass a codec name Python knows"):
        decode_bytes(b"text", name)


def test_str_is_misuse() -> None:
    with pytest.raises(TypeError, match="normalize"):
        decode_bytes("already text")  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    assert decode_bytes(bytearray(b"ok")).text == "ok"
    assert decode_bytes(memoryview(b"ok")).text == "ok"  # type: ignore[arg-type]


def test_latin1_declared_then_normalized() -> None:
    """A page declared latin-1 but written in cp1252: normalize() restores the quotes."""
    decoded = decode_bytes("“Halo” – kata dia".encode("cp1252"), "latin-1")
    assert normalize(decoded.text).text == "“Halo” – kata dia"


def test_mojibake_page_then_normalized() -> None:
    """UTF-8 bytes declared as cp1252 decode to mojibake that normalize() repairs."""
    decoded = decode_bytes(INDONESIAN.encode("utf-8"), "cp1252")
    assert decoded.text != INDONESIAN
    assert normalize(decoded.text).text == INDONESIAN


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_never_raises_and_round_trips(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert decoded.replaced >= 0
    assert decoded.replaced <= decoded.text.count("\ufffd")
    assert decode_bytes(data, decoded.encoding) == decoded


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_utf8_text_comes_back(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")).text == text.removeprefix("\ufeff")
