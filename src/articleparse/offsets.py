"""The offset map's machinery: the edit types, applying one repair's edits, composing maps.

Every repair of :data:`articleparse.text.REPAIRS` reports its changes as ``StepEdit``
tuples in the coordinates of the text it read; ``_apply`` makes the repaired text and
the map back to what it read (``MapEdit`` tuples), and ``_compose`` folds that map into
the one built so far, so that :class:`articleparse.text.NormalizedText` can report every
span in the caller's string.  They live apart from ``text.py`` to keep it small, and so
that the repair modules (``char_repairs.py``, ``mojibake.py``) can share the edit types
without importing ``text.py``, which imports them.
"""

from __future__ import annotations

from collections.abc import Sequence

#: ``(start, end, replacement)``: one repair edit, in the coordinates of the text the
#: step read.
StepEdit = tuple[int, int, str]
#: ``(text_start, text_end, source_start, source_end)``: ``text[text_start:text_end]``
#: was produced from ``source[source_start:source_end]`` (either side may be empty).
MapEdit = tuple[int, int, int, int]


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
