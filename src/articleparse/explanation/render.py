"""Printing an explanation: the input with inline markers, then a legend.

Every value is wrapped as ``⟦field rule:…⟧``; a stretch the body leaves out as
``⟦removed rule:…⟧``.  Markers nest (an author inside a removed credit line).  A value
that starts inside another and ends after it is closed and opened again at the
other's end, so markers always pair up.  With ``color=True`` the same markers are
printed dim and each value in its field's colour: removing the ANSI codes gives the
plain rendering exactly, and removing the markers gives the input back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from articleparse.model import Removal, Span

if TYPE_CHECKING:
    from articleparse.explanation import Explanation, Mark

__all__ = ["highlight", "legend", "OPEN", "CLOSE", "COLORS"]

OPEN = "⟦"
CLOSE = "⟧"

RESET = "\x1b[0m"
DIM = "\x1b[2m"
#: SGR codes of each field's colour.
COLORS = {
    "removed": "9;2",
    "headline": "1;33",
    "published": "1;32",
    "dateline": "1;36",
    "reading_time": "32",
    "authors": "1;35",
    "editors": "35",
    "photo_credits": "1;34",
    "quotes": "33",
    "quotes.speaker": "1;31",
    "quotes.cue": "31",
    "outlets": "4;34",
}


@attrs.frozen
class _Item:
    start: int
    end: int
    label: str
    style: str


def _items(marks: Sequence[Mark], removals: Sequence[Removal]) -> list[_Item]:
    items = [_Item(r.span.start, r.span.end, f"removed {r.rule}", COLORS["removed"]) for r in removals]
    items += [_Item(m.span.start, m.span.end, m.label, COLORS.get(m.field, "1")) for m in marks]
    # Outer first: earlier start, then longer; removals (whole lines) before values.
    order = {id(item): i for i, item in enumerate(items)}
    kept = [item for item in items if item.end > item.start]
    return sorted(kept, key=lambda it: (it.start, -it.end, order[id(it)]))


def highlight(text: str, marks: Sequence[Mark], removals: Sequence[Removal], color: bool = False) -> str:
    """``text`` with a marker pair around every value and removed stretch."""
    items = _items(marks, removals)
    starting: dict[int, list[_Item]] = defaultdict(list)
    for item in items:
        starting[item.start].append(item)
    bounds = sorted({b for item in items for b in (item.start, item.end)})
    out: list[str] = []
    stack: list[_Item] = []

    def opened(item: _Item) -> str:
        marker = f"{OPEN}{item.label}:"
        return f"{DIM}{marker}{RESET}\x1b[{item.style}m" if color else marker

    def closed() -> str:
        if not color:
            return CLOSE
        after = f"\x1b[{stack[-1].style}m" if stack else ""
        return f"{RESET}{DIM}{CLOSE}{RESET}{after}"

    position = 0
    for bound in bounds:
        out.append(text[position:bound])
        position = bound
        ending = [i for i, item in enumerate(stack) if item.end == bound]
        if ending:
            above = stack[ending[0] :]
            for _ in above:
                stack.pop()
                out.append(closed())
            for item in above:
                if item.end != bound:  # crosses the one that ended: open it again
                    out.append(opened(item))
                    stack.append(item)
        for item in starting.get(bound, ()):
            out.append(opened(item))
            stack.append(item)
    out.append(text[position:])
    return "".join(out)


def _at(span: Span | None) -> str:
    return f"[{span.start}:{span.end}]" if span is not None else "-"


def _preview(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _table(rows: Iterable[Sequence[str]], indent: str = "  ") -> list[str]:
    rows = list(rows)
    if not rows:
        return [f"{indent}(none)"]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1]
        for row in rows
    ]


def legend(explanation: Explanation) -> str:
    """The values, the removals, the candidates and what is not explained."""
    e = explanation
    out = ["values"]
    out += _table((m.field, _at(m.span), m.rule or "-", _preview(m.value)) for m in e.marks)
    out.append("removed from the body")
    out += _table((_at(r.span), r.rule, _preview(r.span.slice(e.text))) for r in e.removals)
    out.append("candidates")
    rows = []
    for c in e.candidates:
        score = f"{c.score:g}" if c.score is not None else "-"
        mark = "+" if c.chosen else "-"
        rows.append((mark, c.field, _at(c.span), _preview(c.value, 30), score, c.reason))
    out += _table(rows)
    out.append("not explained")
    out += [f"  - {note}" for note in e.unexplained]
    return "\n".join(out)
