"""Input normalisation that keeps an offset map back to the caller's string.

Scraped article text arrives with HTML entities left in, Windows line endings, no-break
and zero-width spaces, stray control characters and mojibake (UTF-8 read as cp1252).
:func:`normalize` repairs these with the small pure steps in :data:`REPAIRS` and
returns a :class:`NormalizedText`: the repaired ``text`` the extractors read, the
caller's ``source``, the names of the ``repairs`` that changed something, and a
compact offset map, so that every span found in ``text`` can be reported in ``source``.

>>> n = normalize("Presiden&nbsp;Jokowi berkata &#8220;Halo&#8221;")
>>> n.text
'Presiden Jokowi berkata “Halo”'
>>> n.repairs
('html_entities', 'spaces')
>>> n.source_span(24, 30)                     # “Halo” in the text ...
(29, 47)
>>> n.source[29:48]                           # ... is this stretch of the source
'&#8220;Halo&#8221;'

Text that needs no repair is returned as it came, at the cost of one scan:

>>> clean = normalize("Nothing to repair: “quotes” stay curly, AT&T stays.")
>>> clean.text is clean.source, clean.repairs, clean.changed
(True, (), False)

What is never changed: quote marks (curly stay curly, straight stay straight), letters,
digits and punctuation that are not part of a repair, ``\\n`` and ``\\t``, and the
length of any stretch no repair touched.  See ``docs/normalisation.md``.
"""

from __future__ import annotations

import functools
import html.entities
import itertools
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from articleparse.patterns import compile_pattern, occurrences

__all__ = [
    "NormalizedText", "Repair", "REPAIRS", "known_plain_whitespace", "needs_repair", "normalize",
]

#: ``(start, end, replacement)``: one repair edit, in the coordinates of the text the
#: step read.
StepEdit = tuple[int, int, str]
#: ``(text_start, text_end, source_start, source_end)``: ``text[text_start:text_end]``
#: was produced from ``source[source_start:source_end]`` (either side may be empty).
MapEdit = tuple[int, int, int, int]


# --------------------------------------------------------------------------------------
# The result
# --------------------------------------------------------------------------------------


@attrs.frozen
class NormalizedText:
    """Repaired text, the caller's original string, and the map between the two.

    ``edits`` is the offset map: one ``(text_start, text_end, source_start,
    source_end)`` per stretch that a repair changed, in order, never overlapping.
    Everything between two edits was copied one character for one character, so a
    text with nothing to repair has ``edits == ()`` and the map costs nothing.
    Every character of ``text`` inside an edit is attributed to the whole source
    stretch of that edit (``&amp;`` for ``&``, ``\\r\\n`` for ``\\n``, ``â€œ`` for ``“``).

    >>> n = normalize("a\\r\\nb")
    >>> n.text, n.edits
    ('a\\nb', ((1, 2, 1, 3),))
    >>> [n.to_source(i) for i in range(len(n.text) + 1)]
    [0, 1, 3, 4]
    >>> n.source_span(1, 2)
    (1, 3)
    """

    text: str
    source: str
    repairs: tuple[str, ...] = ()
    edits: tuple[MapEdit, ...] = ()
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    @_starts.default
    def _starts_default(self) -> tuple[int, ...]:
        return tuple(edit[0] for edit in self.edits)

    @classmethod
    def unchanged(cls, source: str) -> NormalizedText:
        """``source`` as its own normalised text, with the identity map."""
        return cls(text=source, source=source)

    @property
    def changed(self) -> bool:
        """Whether any repair changed the text (``text != source``)."""
        return bool(self.edits)

    def to_source(self, offset: int) -> int:
        """The offset in ``source`` of the character at ``offset`` in ``text``.

        Monotonic non-decreasing; ``to_source(len(text)) == len(source)``.  An offset
        inside a repaired stretch maps to the start of its source stretch; an offset
        just after removed characters maps past them.

        >>> n = normalize("x&amp;y")
        >>> [n.to_source(i) for i in range(4)]
        [0, 1, 6, 7]
        """
        self._check(offset)
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return offset
        t0, t1, s0, s1 = self.edits[k]
        if offset < t1:
            return s0
        return s1 + (offset - t1)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The ``[s, e)`` of ``source`` that produced ``text[start:end]``.

        ``s`` is ``to_source(start)``; ``e`` is the end of the source stretch that
        produced ``text[end - 1]`` (so characters removed just after the span are
        left out, and a repaired stretch is never cut).  An empty span maps to an
        empty span.

        >>> n = normalize("caf\\u00c3\\u00a9 &quot;ok&quot;")
        >>> n.text
        'café "ok"'
        >>> n.source_span(0, 4), n.source[0:5]
        ((0, 5), 'cafÃ©')
        """
        self._check(start)
        self._check(end)
        if end < start:
            raise ValueError(f"span [{start}, {end}) ends before it starts; pass start <= end")
        begin = self.to_source(start)
        if end == start:
            return begin, begin
        last = end - 1
        k = bisect_right(self._starts, last) - 1
        if k < 0:
            return begin, end
        t0, t1, s0, s1 = self.edits[k]
        if last < t1:
            return begin, s1
        return begin, s1 + (last - t1) + 1

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= len(self.text):
            raise ValueError(
                f"offset {offset} is outside the normalised text; "
                f"pass an offset from 0 to {len(self.text)} into NormalizedText.text"
            )


# --------------------------------------------------------------------------------------
# Mojibake: what UTF-8 read as cp1252 looks like
# --------------------------------------------------------------------------------------

# The 27 characters that cp1252 gives to bytes 0x80-0x9F (the other five bytes are
# undefined in cp1252 and read as the C1 controls U+0081, U+008D, U+008F, U+0090,
# U+009D); with U+0080-U+00BF they are every way a UTF-8 continuation byte looks
# when UTF-8 is read as cp1252 or latin-1.  ``tests/test_text.py`` checks this list.
_CP1252_HIGH = (
    "\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d"
    "\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178"
)

# A UTF-8 lead byte (0xC2-0xF4) read as cp1252/latin-1, then a continuation byte read
# the same way; or ``Â``/``Ã`` before a plain space (the 0xA0 of a no-break space that
# a later step turned into a space: ``PemimpinÂ Tertinggi``).
_MOJIBAKE_SEQUENCE = rf"""
    [\xc2-\xf4]                            # lead byte of a 2-, 3- or 4-byte sequence
    (?:
        [\x80-\xbf{_CP1252_HIGH}]          # a continuation byte
      | (?<=[\xc2\xc3]) \x20               # 0xA0 that became a space
    )
"""

# --------------------------------------------------------------------------------------
# The repairs
# --------------------------------------------------------------------------------------


@attrs.frozen
class Repair:
    """One named repair: ``find(text)`` lists its edits, in order, never overlapping."""

    name: str
    find: Callable[[str], list[StepEdit]]
    doc: str


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


_MOJIBAKE = compile_pattern(
    "text.mojibake",
    rf"""
    [^\x00-\x7f\xa0-\xc1\xf5-\U0010ffff]     # a C1 control or a lead byte (as "none of the rest")
    (?:
        (?<=[\x80-\x9f])                    # C1 control: a cp1252 byte read as latin-1
      | (?<=[\xc2-\xf4]) (?: [\x80-\xbf{_CP1252_HIGH}] | (?<=[\xc2\xc3]) \x20 )
    )
    """,
)
_MOJIBAKE_GATE = compile_pattern("text.mojibake_gate", _MOJIBAKE_SEQUENCE)
#: UTF-8 read as Mac Roman: curly quotes and dashes (E2 80 xx: ``‚Äú`` ``‚Äù`` ``‚Äì``)
#: and the no-break space (C2 A0: ``¬†``), as scraped Indonesian pages print them.
_MAC_ROMAN = compile_pattern("text.mac_roman", r"‚Ä[^\x00-\x7f] | ¬†")
_C1_CHAR = compile_pattern("text.c1_char", r"[\x80-\x9f]", scan=True)
_LEAD_CHAR = compile_pattern("text.lead_char", r"[\xc2-\xf4]", scan=True)

#: The longest stretch handed to ftfy in one piece before falling back to the run of
#: non-ASCII characters around the suspect sequence.
_MAX_STRETCH = 256

#: ftfy's encoding repair and nothing else: no quote straightening, no ligature or
#: width folding, no Unicode normalisation, no HTML, no line-break or control-char
#: changes (our own steps do those, with offsets).  ``fix_c1_controls`` stays on: a
#: lone C1 control in scraped text is a cp1252 byte (``\\x93`` is ``“``).
@functools.cache
def _ftfy_config() -> Any:
    """ftfy's settings, built on first use: ftfy is imported only for suspect text."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _mojibake(text: str) -> list[StepEdit]:
    """Repair UTF-8-read-as-cp1252 with ftfy, one suspect stretch at a time.

    A stretch is the word (run between ASCII spaces, tabs and newlines) around a
    suspect sequence, so ftfy sees the context it judges by, and the offset map stays
    as fine as the repairs inside the word allow.
    """
    odd = _odd_characters(text)
    # Every C1 control, lead byte (U+00C2-U+00F4) and ``‚``/``¬`` of the text is in ``odd``.
    suspects = (
        _MOJIBAKE
        if _C1_CHAR.search(odd) or _LEAD_CHAR.search(odd) and _MOJIBAKE_GATE.search(text)
        else None
    )
    mac = _MAC_ROMAN if ("‚" in odd or "¬" in odd) and ("‚Ä" in text or "¬†" in text) else None
    if suspects is None and mac is None:  # nothing suspect among the odd characters
        return []
    found = sorted(
        (m.start(), m.end())
        for pattern in (suspects, mac) if pattern is not None for m in pattern.finditer(text)
    )
    edits: list[StepEdit] = []
    covered = 0
    for start, end in found:
        if start < covered:
            continue
        left, right = _stretch(text, start, end)
        covered = right
        edits.extend((left + a, left + b, r) for a, b, r in _fix_stretch(text[left:right]))
    return edits


@functools.lru_cache(maxsize=4096)
def _fix_stretch(chunk: str) -> tuple[StepEdit, ...]:
    """ftfy's repair of one stretch, as edits (cached: the same words recur)."""
    import ftfy

    fixed = str(ftfy.fix_text(chunk, _ftfy_config()))
    return tuple(_align(chunk, fixed)) if fixed != chunk else ()


def _stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """The word around ``text[start:end]``, or the non-ASCII run if the word is long.

    A word ends at an ASCII space, tab or newline; one longer than ``_MAX_STRETCH``
    (a URL, unspaced CJK) is cut to the run of non-ASCII characters instead, which
    is all that mojibake is made of, up to ``_MAX_STRETCH`` on either side.
    """
    low = max(0, start - _MAX_STRETCH)
    high = min(len(text), end + _MAX_STRETCH)
    before = max(
        text.rfind(" ", low, start), text.rfind("\t", low, start), text.rfind("\n", low, start)
    )
    ends = [text.find(" ", end, high), text.find("\t", end, high), text.find("\n", end, high)]
    after = min((i for i in ends if i >= 0), default=-1)
    if (before >= 0 or low == 0) and (after >= 0 or high == len(text)):
        left = before + 1
        right = after if after >= 0 else len(text)
        if right - left <= _MAX_STRETCH:
            return left, right
    left, right = start, end
    while left > low and text[left - 1] > "\x7f":
        left -= 1
    while right < high and text[right] > "\x7f":
        right += 1
    return left, right


def _align(old: str, new: str) -> list[StepEdit]:
    """Edits turning ``old`` into ``new``, as fine as can be told safely.

    Mojibake never involves ASCII, so when both have the same ASCII runs in the same
    places each non-ASCII run is its own edit; otherwise one edit, trimmed of the
    common head and tail.
    """
    old_runs = [(k, "".join(g)) for k, g in itertools.groupby(old, key=str.isascii)]
    new_runs = [(k, "".join(g)) for k, g in itertools.groupby(new, key=str.isascii)]
    same_shape = len(old_runs) == len(new_runs) and all(
        a_kind == b_kind and (not a_kind or a == b)
        for (a_kind, a), (b_kind, b) in zip(old_runs, new_runs)
    )
    if not same_shape:
        return [_trimmed(0, old, new)]
    edits: list[StepEdit] = []
    pos = 0
    for (_, a), (_, b) in zip(old_runs, new_runs):
        if a != b:
            edits.append(_trimmed(pos, a, b))
        pos += len(a)
    return edits


def _trimmed(pos: int, old: str, new: str) -> StepEdit:
    """One edit ``old -> new`` at ``pos``, without their common head and tail."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if head + tail == len(old):  # keep at least one source character in the edit
        if tail:
            tail -= 1
        else:
            head -= 1
    return pos + head, pos + len(old) - tail, new[head : len(new) - tail]


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


#: The repairs, in the order they run.  Entities first, because they can stand for any
#: character the later steps repair (``&nbsp;``, ``&#13;``); mojibake before spaces and
#: control characters, because ftfy needs the no-break spaces and C1 controls that are
#: part of the sequences it decodes (``Â\xa0``, ``â€\x9d``).
REPAIRS: tuple[Repair, ...] = (
    Repair("html_entities", _html_entities, "&quot; &#8220; &#x201C; &nbsp; &amp;amp; decoded"),
    Repair("line_endings", _line_endings, "\\r\\n \\r \\v \\f U+2028 U+2029 -> \\n"),
    Repair("mojibake", _mojibake, "UTF-8 read as cp1252/latin-1 decoded back (ftfy)"),
    Repair("spaces", _spaces, "NBSP and other spaces -> ' '; zero-width chars removed"),
    Repair("control_chars", _control_chars, "C0/C1 controls other than \\t \\n removed"),
)

#: A repair can expose another (``&\u200bamp;``): the repairs are run again until the
#: text is stable, at most this many times, so that ``normalize`` is idempotent.
_MAX_PASSES = 4


# --------------------------------------------------------------------------------------
# The fast path
# --------------------------------------------------------------------------------------

# Every character that no repair changes on its own ('&' and the mojibake lead bytes
# are checked apart), as ranges, commonest first: the regex module tests a negated set
# range by range, so an ordinary character is passed after one or two tests, where a
# positive set of the few repairable characters costs a test per member for every
# character.  ``tests/test_text.py`` checks this against the repairs on every BMP
# character.
_GATE_SAFE = (
    "\\x09\\x0a\\x20-\\x7e"            # tab, newline, printable ASCII ('&' is checked apart)
    "\\u2010-\\u2027"                  # dashes, quotes, bullet, ellipsis, but not U+2028/9
    "\\xa1-\\xac\\xae-\\xff"           # Latin-1 letters and signs, not NBSP or soft hyphen
    "\\u0100-\\u167f"                  # Latin Extended ... Canadian syllabics
    "\\u3001-\\ufefe"                  # CJK, Hangul, surrogates, private use, ...
    "\\U00010000-\\U0010ffff"          # astral planes: emoji, historic scripts
    "\\u1681-\\u1fff"                  # Mongolian ... Greek extended
    "\\u200e\\u200f"                   # LRM, RLM: meaningful, kept
    "\\u202a-\\u202e"                  # bidi embeddings: kept
    "\\u2030-\\u205e"                  # per mille ... (not U+205F medium math space)
    "\\u2061-\\u2fff"                  # invisible operators, bidi isolates, symbols, ...
    "\\uff00-\\uffff"                  # half- and fullwidth forms, specials
)

# Bytes that no repair looks at: tab, newline and printable ASCII except '&'.
_INERT_ASCII = bytes([0x09, 0x0A, *range(0x20, 0x26), *range(0x27, 0x7F)])

# On ``re``: a class cannot backtrack, and it runs over a text's few odd characters.
_UNSAFE_CHAR = compile_pattern("text.gate", "[^" + _GATE_SAFE + "]", scan=True)
_ENTITY_GATE = compile_pattern(
    "text.entity_gate",
    r"""
    & (?: [A-Za-z][A-Za-z0-9]{0,31} | \#[0-9]{1,7} | \#[xX][0-9A-Fa-f]{1,6} ) ;
    """,
)


def needs_repair(text: str) -> bool:
    """Whether any repair could change ``text`` (a cheap test, never a false "no").

    The inert ASCII bytes are deleted first (one C loop over the UTF-8 bytes), so the
    regex only runs over what is left: ``&``, controls and non-ASCII characters.

    >>> needs_repair("Plain “curly” text, R&D and AT&T."), needs_repair("a&nbsp;b")
    (False, True)
    """
    rest = _odd_bytes(text)
    if not rest:
        return False
    if b"&" in rest and _ENTITY_GATE.search(text):
        return True
    if rest.isascii():
        return bool(rest.replace(b"&", b""))  # an ASCII control character
    others = rest.decode("utf-8", "surrogatepass")
    if _UNSAFE_CHAR.search(others) or "‚Ä" in others or "¬†" in others:
        return True
    # U+00C0-U+00FF (every lead byte read as cp1252) are 0xC3 0x80-0xBF in UTF-8
    return b"\xc3" in rest and bool(_MOJIBAKE_GATE.search(text))


# --------------------------------------------------------------------------------------
# Applying edits and composing offset maps
# --------------------------------------------------------------------------------------


def _apply(text: str, edits: Sequence[StepEdit]) -> tuple[str, list[MapEdit]]:
    """``text`` with ``edits`` applied, and the map from the result back to ``text``."""
    pieces: list[str] = []
    mapping: list[MapEdit] = []
    pos = 0
    size = 0
    for start, end, replacement in edits:
        pieces.append(text[pos:start])
        size += start - pos
        mapping.append((size, size + len(replacement), start, end))
        pieces.append(replacement)
        size += len(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), mapping


def _push(out: list[MapEdit], edit: MapEdit) -> None:
    """Append ``edit``, folding a removal into the edit it touches (unique starts)."""
    if out:
        t0, t1, s0, s1 = out[-1]
        if t1 == edit[0] and s1 == edit[2] and (t0 == t1 or edit[0] == edit[1]):
            out[-1] = (t0, edit[1], s0, edit[3])
            return
    out.append(edit)


def _compose(outer: Sequence[MapEdit], inner: Sequence[MapEdit]) -> list[MapEdit]:
    """Compose ``middle -> source`` (``outer``) with ``final -> middle`` (``inner``).

    Both are sorted.  Edits that overlap in the middle text are merged into one, so a
    repaired stretch is never cut; ``inner`` edits never have an empty middle range.
    """
    out: list[MapEdit] = []
    if not outer:
        for edit in inner:
            _push(out, edit)
        return out
    i = j = 0
    shift_final = 0  # final offset - middle offset, left of the current position
    shift_source = 0  # source offset - middle offset, left of the current position
    while i < len(outer) or j < len(inner):
        # The next edit by its start in the middle text; a removal goes first on a tie.
        take_outer = j == len(inner) or (
            i < len(outer) and (outer[i][0], outer[i][0] != outer[i][1]) < (inner[j][2], True)
        )
        lo = outer[i][0] if take_outer else inner[j][2]
        hi = lo
        d_final = d_source = 0
        absorb_outer = take_outer
        while True:
            if absorb_outer:
                a0, a1, s0, s1 = outer[i]
                hi = max(hi, a1)
                d_source += (s1 - s0) - (a1 - a0)
                i += 1
            else:
                u0, u1, a0, a1 = inner[j]
                hi = max(hi, a1)
                d_final += (u1 - u0) - (a1 - a0)
                j += 1
            # Whatever starts inside the stretch so far belongs to the same edit.
            if i < len(outer) and outer[i][0] < hi:
                absorb_outer = True
            elif j < len(inner) and inner[j][2] < hi:
                absorb_outer = False
            else:
                break
        start_final, start_source = lo + shift_final, lo + shift_source
        shift_final += d_final
        shift_source += d_source
        _push(out, (start_final, hi + shift_final, start_source, hi + shift_source))
    return out


# --------------------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------------------


def normalize(source: str) -> NormalizedText:
    """Repair ``source`` with :data:`REPAIRS`, keeping the map back to it.

    >>> normalize("Pemimpin\\u00c2\\u00a0Tertinggi").text
    'Pemimpin Tertinggi'
    >>> normalize("\\u00e2\\u20ac\\u0153Halo\\u00e2\\u20ac\\x9d").text
    '“Halo”'
    >>> normalize("R&D, AT&T &c. \\"straight\\" and ‘curly’").repairs
    ()
    """
    if not isinstance(source, str):
        raise TypeError(
            f"normalize() takes a str, got {type(source).__name__}: "
            "decode bytes first with articleparse.decoding.decode_bytes(data)"
        )
    if not needs_repair(source):
        _remember_plain_whitespace(source)
        return NormalizedText.unchanged(source)
    text = source
    edits: list[MapEdit] = []
    applied: list[str] = []
    for _ in range(_MAX_PASSES):
        changed = False
        for repair in REPAIRS:
            step = repair.find(text)
            if not step:
                continue
            text, mapping = _apply(text, step)
            edits = _compose(edits, mapping)
            changed = True
            if repair.name not in applied:
                applied.append(repair.name)
        if not changed or not needs_repair(text):
            # Stable: no odd space, line break or control character is left in ``text``.
            _remember_plain_whitespace(text)
            break
    if not edits:
        return NormalizedText.unchanged(source)
    return NormalizedText(text=text, source=source, repairs=tuple(applied), edits=tuple(edits))


#: The last few texts ``normalize`` returned whole: a text no repair changes holds no
#: whitespace character other than the space, the tab and the line end (every other is
#: an odd space, a line break or a control character, each repaired).  The layout
#: rules ask this of every article (``lines.plain_spacing``), and the answer is free
#: here where a scan of the text for it costs as much as cutting the text into lines.
#: Keyed by the text itself (its hash is cached on the string, and the line caches
#: hash it anyway), so an equal text gets the same, true, answer.
_PLAIN_WHITESPACE: dict[str, None] = {}
_REMEMBERED = 8


def _remember_plain_whitespace(text: str) -> None:
    _PLAIN_WHITESPACE.pop(text, None)
    _PLAIN_WHITESPACE[text] = None
    if len(_PLAIN_WHITESPACE) > _REMEMBERED:
        del _PLAIN_WHITESPACE[next(iter(_PLAIN_WHITESPACE))]


def known_plain_whitespace(text: str) -> bool:
    """Whether ``text`` is one of the last few texts ``normalize`` returned, so it holds
    no whitespace but spaces, tabs and line ends (False says nothing: not known).

    >>> known_plain_whitespace(normalize("a\\u00a0b\\r\\nc").text)
    True
    """
    return text in _PLAIN_WHITESPACE

