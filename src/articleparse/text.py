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

from bisect import bisect_right
from collections.abc import Callable

import attrs

from articleparse.char_repairs import (
    _control_chars,
    _html_entities,
    _line_endings,
    _odd_bytes,
    _spaces,
)
from articleparse.char_repairs import INVISIBLES as INVISIBLES
from articleparse.char_repairs import LINE_BREAKS as LINE_BREAKS
from articleparse.char_repairs import SPACES as SPACES
from articleparse.mojibake import _CP1252_HIGH as _CP1252_HIGH
from articleparse.mojibake import _MOJIBAKE_GATE, _mojibake
from articleparse.offsets import MapEdit, StepEdit, _apply, _compose
from articleparse.patterns import compile_pattern

__all__ = [
    "NormalizedText", "Repair", "REPAIRS", "known_plain_whitespace", "needs_repair", "normalize",
]


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
# The repairs
# --------------------------------------------------------------------------------------


@attrs.frozen
class Repair:
    """One named repair: ``find(text)`` lists its edits, in order, never overlapping."""

    name: str
    find: Callable[[str], list[StepEdit]]
    doc: str


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

