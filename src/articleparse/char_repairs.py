"""The character-level input repairs: HTML entities, line endings, spaces, control characters.

Each ``_name(text)`` lists the edits (:data:`articleparse.offsets.StepEdit`) of one
repair that :data:`articleparse.text.REPAIRS` runs; the odd-character scan
(``_odd_bytes``, ``_odd_characters``) that these steps, the mojibake repair and the
fast path ``needs_repair`` all read lives here too, so that ``mojibake.py`` and
``text.py`` can share it without importing each other.  Split from ``text.py`` to keep
it small; the behaviour is documented in ``docs/normalisation.md``.
"""

from __future__ import annotations

import functools
import html.entities

from articleparse.offsets import StepEdit
from articleparse.patterns import compile_pattern, occurrences


_ENTITY = compile_pattern(
    "text.html_entity",
    r"""
    &
    (?P<amps>                              # '&' escaped again, any number of times:
        (?: amp ; | AMP ; | \#0{0,8}38 ; | \#[xX]0{0,8}26 ; )*+   # &amp;quot; = &quot;
    )
    (?P<body>                              # then one entity, terminated by ';'
        [A-Za-z][A-Za-z0-9]{0,31} ;        # named: &quot; &nbsp; &eacute;
      | \#[0-9]{1,7} ;                     # decimal: &#8220;
      | \#[xX][0-9A-Fa-f]{1,6} ;           # hexadecimal: &#x201C;
    )?
    """,
)

_HTML5 = html.entities.html5


def _html_entities(text: str) -> list[StepEdit]:
    """Decode well-formed entities, including double-escaped ones (``&amp;quot;``).

    A named entity must be an HTML5 name ending in ``;`` (``AT&T;`` stays); numeric
    references follow ``html.unescape`` (``&#150;`` is cp1252's en dash).
    """
    if "&" not in text:
        return []
    edits: list[StepEdit] = []
    for m in _ENTITY.finditer(text):
        body: str | None = m.group("body")
        decoded = None if body is None else _HTML5.get(body) or _charref(body)
        if decoded is not None:
            edits.append((m.start(), m.end(), decoded))
        elif m.group("amps"):
            edits.append((m.start(), m.end("amps"), "&"))
    return edits


@functools.lru_cache(maxsize=512)
def _charref(body: str) -> str | None:
    """``#8220;`` -> ``“`` as ``html.unescape`` decodes it; None for a name."""
    return html.unescape("&" + body) if body[0] == "#" else None


#: Line breaks other than ``\n``: CR, vertical tab, form feed, line and paragraph
#: separators.
LINE_BREAKS = "\r\x0b\x0c\u2028\u2029"


def _line_endings(text: str) -> list[StepEdit]:
    """``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, U+2028 and U+2029 become ``\\n``."""
    edits: list[StepEdit] = []
    for i in _positions(text, _present(text, LINE_BREAKS)):
        end = i + 2 if text.startswith("\r\n", i) else i + 1
        edits.append((i, end, "\n"))
    return edits


# Bytes that no repair looks at: tab, newline and printable ASCII except '&'.
_INERT_ASCII = bytes([0x09, 0x0A, *range(0x20, 0x26), *range(0x27, 0x7F)])


@functools.lru_cache(maxsize=4)
def _odd_bytes(text: str) -> bytes:
    """``text`` in UTF-8 without the bytes no repair looks at (``_INERT_ASCII``): its
    ``&``, controls and characters beyond ASCII, in a few C-level passes.  The repair
    steps ask which characters stand in the text of this instead of scanning the text
    once per character or pattern; it is remembered for the last few texts, as
    ``needs_repair`` and each repair step of a pass read the same text."""
    return text.encode("utf-8", "surrogatepass").translate(None, _INERT_ASCII)


def _odd_characters(text: str) -> str:
    """``_odd_bytes`` as a string: every character of ``text`` a repair looks at, in
    order (characters apart in ``text`` may stand side by side here)."""
    return _odd_bytes(text).decode("utf-8", "surrogatepass")


def _present(text: str, chars: str) -> str:
    """Those of ``chars`` (none of them inert ASCII) that stand in ``text``."""
    odd = _odd_characters(text)
    return "".join(c for c in chars if c in odd)


def _positions(text: str, chars: str) -> list[int]:
    """Sorted offsets of every one of ``chars`` in ``text``.

    One ``str.find`` scan per character: for a handful of fixed characters this is
    several times faster than a regex character class in the ``regex`` module.
    """
    return sorted(i for c in chars for i in occurrences(text, c))


#: Every space separator (Unicode category Zs) but the plain space: no-break space,
#: ogham space, en/em/figure/thin/hair spaces, narrow no-break space, medium
#: mathematical space, ideographic space.
SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
#: Invisible characters that are removed: zero-width space, zero-width non-joiner,
#: zero-width joiner (except inside an emoji sequence), word joiner, byte-order mark
#: (zero-width no-break space), soft hyphen.
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_EMOJI_ZWJ = compile_pattern(
    "text.emoji_zwj",
    r"""
    (?<= \p{Extended_Pictographic} [\ufe0f\p{Emoji_Modifier}]? )   # an emoji (+ VS16 or skin tone)
    \u200d                                                       # joined by ZWJ
    (?= \p{Extended_Pictographic} )                              # to another emoji
    """,
)


def _spaces(text: str) -> list[StepEdit]:
    """Unusual spaces become ``' '``; zero-width characters and soft hyphens go."""
    edits: list[StepEdit] = []
    for i in _positions(text, _present(text, SPACES + INVISIBLES)):
        c = text[i]
        if c in SPACES:
            edits.append((i, i + 1, " "))
        elif c != "\u200d" or not _EMOJI_ZWJ.match(text, i):
            edits.append((i, i + 1, ""))
    return edits


_CONTROL = compile_pattern(
    "text.control",
    r"""
    [^\x09-\x0d\x20-\x7e\xa0-\U0010ffff]    # C0 but \t \n (and \v \f \r: line_endings'), DEL, C1
    """,
)
#: The same class on ``re``, for the few odd characters of a text (a class cannot
#: backtrack).
_CONTROL_CHAR = compile_pattern(
    "text.control_char", r"[^\x09-\x0d\x20-\x7e\xa0-\U0010ffff]", scan=True
)


def _control_chars(text: str) -> list[StepEdit]:
    """Remove C0 and C1 control characters other than ``\\t`` and ``\\n``."""
    if not _CONTROL_CHAR.search(_odd_characters(text)):  # every control is an odd character
        return []
    return [(m.start(), m.end(), "") for m in _CONTROL.finditer(text)]
