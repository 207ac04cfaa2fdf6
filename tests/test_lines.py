"""``lines``: the cached line facts match what a plain line-by-line reading gives."""

from __future__ import annotations

import random

from articleparse.lines import Line, filled_lines, split_lines


def _reference(text: str) -> list[Line]:
    lines = []
    start = 0
    for number, piece in enumerate(text.split("\n")):
        end = start + len(piece)
        lines.append(Line(number, start, end, piece, not piece or piece.isspace()))
        start = end + 1
    return lines


def test_split_lines_matches_a_line_by_line_reading() -> None:
    pick = random.Random(5)
    alphabet = ["a", "B", " ", "\t", "\n", "\n", "\u00a0", "\u3000", "é", "\r", "1"]
    for _ in range(2000):
        text = "".join(pick.choice(alphabet) for _ in range(pick.randrange(0, 40)))
        expected = _reference(text)
        assert split_lines(text) == expected, repr(text)
        assert all(type(line.blank) is bool for line in split_lines(text))
        assert filled_lines(text) == [line for line in expected if not line.blank]
        for line in split_lines(text):
            assert text[line.start : line.end] == line.text


def test_split_lines_edges() -> None:
    assert split_lines("") == [Line(0, 0, 0, "", True)]
    assert [(l.start, l.end) for l in split_lines("\n")] == [(0, 0), (1, 1)]
    assert filled_lines(" \n\t\nx") == [Line(2, 4, 5, "x", False)]
