"""The mojibake repair: UTF-8 that was read as cp1252 or latin-1, decoded back by ftfy.

``_mojibake(text)`` finds the suspect sequences with cheap patterns, hands the word
around each to ftfy (configured to fix the encoding and nothing else, imported only
for suspect text) and aligns ftfy's answer back into fine edits
(:data:`articleparse.offsets.StepEdit`); ``_MOJIBAKE_GATE`` is the test that
``articleparse.text.needs_repair`` uses.  Split from ``text.py`` to keep it small;
the behaviour is documented in ``docs/normalisation.md``.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from articleparse.char_repairs import _odd_characters
from articleparse.offsets import StepEdit
from articleparse.patterns import compile_pattern


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
