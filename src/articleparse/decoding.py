"""Bytes to text: the declared encoding if there is one, else a careful guess.

:func:`decode_bytes` never raises on any bytes: a byte sequence the chosen encoding
cannot decode becomes U+FFFD, and the result says how many did.

>>> decode_bytes("Kata “kami”".encode("utf-8"))
DecodedText(text='Kata “kami”', encoding='utf-8', replaced=0)
>>> decode_bytes("caf\\u00e9 \\u201cok\\u201d".encode("cp1252"))
DecodedText(text='café “ok”', encoding='cp1252', replaced=0)
>>> decode_bytes(b"\\xef\\xbb\\xbfJudul")
DecodedText(text='Judul', encoding='utf-8-sig', replaced=0)
>>> decode_bytes(b"caf\\xe9", encoding="latin-1")
DecodedText(text='café', encoding='iso8859-1', replaced=0)

The guess, in order (the first that applies wins):

1. a byte-order mark: UTF-8, UTF-16 or UTF-32 with that mark;
2. UTF-8, when the bytes decode cleanly, or nearly so: a few invalid sequences among
   many valid multi-byte characters (a stray cp1252 byte in a UTF-8 page);
3. cp1252, when it decodes every byte and accented letters are a small share of
   the letters, as in English, Indonesian, Malay and Western European text (a legacy
   single-byte page in those languages is cp1252 or latin-1, and latin-1 text
   decodes the same in cp1252 but for C1 controls, which never occur in text);
4. ``charset_normalizer``'s best guess (Cyrillic, Greek, CJK, UTF-16 without a mark);
5. UTF-8 with replacement characters.

``encoding`` in the result is Python's codec name for what was used, so
``decode_bytes(data, result.encoding)`` gives the same text again.  ``cp1252`` is
decoded as browsers do (WHATWG ``windows-1252``): its five undefined bytes become C1
controls rather than U+FFFD, which keeps UTF-8-read-as-cp1252 repairable.
"""

from __future__ import annotations

import codecs

import attrs
import charset_normalizer

__all__ = ["DecodedText", "decode_bytes"]

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: UTF-8 is "nearly clean" when each invalid sequence comes with at least this many
#: valid non-ASCII characters.
_UTF8_VALID_PER_INVALID = 4

#: cp1252 is taken when accented letters are at most this share of the letters
#: (French runs near 5 %, Cyrillic or Greek in a single-byte code page near 100 %).
_WESTERN_MAX_HIGH_SHARE = 1 / 3

#: Bytes that cp1252 leaves undefined; latin-1 reads them as C1 controls.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

#: cp1252 as browsers decode it (WHATWG "windows-1252"): the five undefined bytes
#: become the C1 controls of the same number instead of errors, so that UTF-8 read as
#: cp1252 (``â€\x9d`` for ``”``) keeps every byte and ``normalize()`` can repair it.
_WHATWG_CP1252 = "".join(
    chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in range(256)
)

#: ASCII letters and cp1252's accented letters, for the share of the second.
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CP1252_HIGH_LETTERS = bytes(range(0xC0, 0x100))


@attrs.frozen
class DecodedText:
    """Text decoded from bytes, the codec used, and how many sequences were invalid.

    ``replaced`` counts the invalid byte sequences that became U+FFFD; a U+FFFD
    that the bytes themselves encode is not counted.
    """

    text: str
    encoding: str
    replaced: int = 0


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` with ``encoding`` if given, else with the best guess.

    A declared encoding is used as declared (``utf-8`` with a byte-order mark drops
    the mark).  An unknown name is misuse and raises ``ValueError``.

    >>> decode_bytes(b"\\xff\\xfeH\\x00i\\x00")
    DecodedText(text='Hi', encoding='utf-16', replaced=0)
    >>> decode_bytes(b"bad \\xff\\xfe\\xfd", encoding="utf-8")
    DecodedText(text='bad \\ufffd\\ufffd\\ufffd', encoding='utf-8', replaced=3)
    """
    if isinstance(data, str):
        raise TypeError(
            "decode_bytes() takes bytes, got str: the text is already decoded; "
            "pass it to articleparse.text.normalize() instead"
        )
    data = bytes(data)
    if encoding is not None:
        name = _codec_name(encoding)
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        return _decode(data, name)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, name)
    if data.count(0) * 4 >= len(data) > 0:  # UTF-16/32 without a mark: NULs are valid UTF-8
        detected = _detect(data)
        if detected is not None:
            return detected
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    as_utf8 = _decode(data, "utf-8")
    valid = sum(1 for c in as_utf8.text if c > "\x7f") - as_utf8.text.count("\ufffd")
    if as_utf8.replaced * _UTF8_VALID_PER_INVALID <= valid:
        return as_utf8
    if _looks_western(data):
        return _decode(data, "cp1252")
    return _detect(data) or as_utf8


def _codec_name(encoding: str) -> str:
    """Python's name for ``encoding``; ``ValueError`` if it is not a text encoding."""
    try:
        name = codecs.lookup(encoding).name
        b"\x00".decode(name, "ignore")  # rejects codecs that are not bytes -> str (base64)
    except LookupError:
        raise ValueError(
            f"unknown text encoding {encoding!r}: pass a codec name Python knows, "
            "such as 'utf-8', 'cp1252', 'latin-1' or 'utf-16', or encoding=None to "
            "detect it"
        ) from None
    return name


def _decode(data: bytes, name: str) -> DecodedText:
    """Decode with replacement, counting the invalid sequences."""
    if name == "cp1252":
        return DecodedText(codecs.charmap_decode(data, "strict", _WHATWG_CP1252)[0], name, 0)
    try:
        return DecodedText(data.decode(name), codecs.lookup(name).name, 0)
    except UnicodeDecodeError:
        pass
    text = data.decode(name, "replace")
    # 'replace' and 'ignore' resume at the same place after an invalid sequence, so
    # the difference in U+FFFD counts is the number of invalid sequences.
    replaced = text.count("\ufffd") - data.decode(name, "ignore").count("\ufffd")
    return DecodedText(text, codecs.lookup(name).name, replaced)


def _looks_western(data: bytes) -> bool:
    """cp1252 decodes every byte, and few letters are non-ASCII.

    Bytes 0xC0-0xFF are the letters of cp1252 (``À``-``ÿ``); in Cyrillic, Greek,
    Hebrew or Arabic single-byte code pages nearly every letter is one of them.
    Punctuation bytes (curly quotes, dashes) are not counted either way.
    """
    if not _CP1252_UNDEFINED.isdisjoint(data):
        return False
    high_letters = len(data) - len(data.translate(None, _CP1252_HIGH_LETTERS))
    letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return high_letters <= _WESTERN_MAX_HIGH_SHARE * (high_letters + letters)


def _detect(data: bytes) -> DecodedText | None:
    """``charset_normalizer``'s best guess, decoded; None if it has none."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    try:
        name = codecs.lookup(str(best.encoding)).name
    except LookupError:
        return None
    return _decode(data, name)
