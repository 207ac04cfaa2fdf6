"""Quote marks: which marks open, which close, and which are apostrophes.

One pass over the marks of a text (never over every character) pairs them with a small
stack.  The rules, in the order they matter:

* A mark's role comes from its shape (“ opens, ” closes) and, for the marks that look
  the same at both ends (``"``, ``'``, ``''``, ``’``), from its neighbours: a mark with
  a space before and a letter after opens, one with a letter before and a space or
  punctuation after closes.  ``„`` and ``«`` open; ``“`` closes a quote opened by ``„``.
* Marks of the double family (“ ” " „ « » 「 」 ``''``) and the single family
  (‘ ’ ' ‚ ‹ › 『 』) pair within their family, so ``“...."`` (curly open, straight
  close) is one quote, and single marks inside double ones are a nested quote.
* An apostrophe is not a mark: between letters (``don’t``, ``Jum'at``), before digits
  (``'90s``), before a listed elision (``'n'``, ``'em``), or a closing-looking ``’``
  when no single quote is open (``voters’ views``).
* A paragraph (a line) that ends inside a quote continues it only when the next one
  re-opens the same family of mark (the convention for quotes of several paragraphs).
  Otherwise the open mark was unbalanced: it is dropped, quotes nested inside it are
  kept, and the rest of the text is read as if it were not there.
* A comma after a full stop, another comma or a space is where a scraper joined two
  paragraphs (``lalu.,"Kami``, common in CLICK-ID): a mark after it has a paragraph
  start before it, so it opens.
* An opening-looking double mark right after a comma or a full stop, with a stray space
  beside it, closes the open quote when a lower-case word follows (``..., “ ujar
  Budi``, ``..., "ujar Budi``; a curly one only with a space after it: ``seperti,
  “kapan ...?”`` is nested).
* Curly marks written as UTF-8 and read back as Mac Roman (``‚Äú``, ``‚Äù``, ``‚Äò``,
  ``‚Äô``, common in scraped Indonesian news) are marks of three characters, read as
  the curly mark they stand for; the same damage to a dash or an ellipsis (``‚Äì``,
  ``‚Ä¶``) is no mark at all.

>>> [p.text for p in find_pieces('He said “yes,” and she said "no."')]
['yes,', 'no.']
>>> [p.text for p in find_pieces("“We don’t know,\\n“but we will.”")]
['We don’t know,\\nbut we will.']
>>> find_pieces("a stray “ mark, then ‘90s rock 'n' roll", elisions={"n"})
[]
>>> [p.text for p in find_pieces('Ia berkata ‚ÄúSaya hadir,‚Äù ‚Äì lalu "pergi."')]
['Saya hadir,', 'pergi.']
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from articleparse.patterns import compile_pattern

__all__ = ["Piece", "find_pieces", "MAX_MARKS"]

#: Marks read per text; past this the rest is left unread (a text with more quote
#: marks than this is not prose).
MAX_MARKS = 6000

_DOUBLE_OPEN = frozenset(["“", "„", "‟", "«", "「", '"', "''", "``", "”", "»", "‚Äú", "‚Äù"])
_SINGLE_OPEN = frozenset(["‘", "‚", "‹", "『", "'", "’", "‚Äò", "‚Äô"])
_ALL_MARKS = frozenset("\"“”„‟«»「」『』‹›'‘’‚`")
_OPEN_PRE = frozenset("([{—–-/") | _ALL_MARKS
_CLOSE_POST = frozenset(".,;:!?)]}—–-/…") | _ALL_MARKS

#: Curly marks damaged into three characters (UTF-8 read as Mac Roman), with the
#: mark each stands for; ``‚Ä`` before any other character is a damaged dash or
#: ellipsis, not a mark.
_MAC_ROMAN = {"‚Äú": "“", "‚Äù": "”", "‚Äò": "‘", "‚Äô": "’"}

#: Before a comma, what makes the comma a scraper's paragraph joint (`lalu.,"Kami`,
#: `,,"Kami`): a mark after it stands where a paragraph starts.
_JOINT = frozenset(".!?,")

# Roles.
_NONE, _OPEN, _CLOSE, _TOGGLE, _CLOSE_IF_OPEN = range(5)
# The usual partner of each closing mark, to flag mismatched pairs.
_PARTNER = {"‚Äù": "‚Äú", "‚Äô": "‚Äò", "”": "“", "“": "„", "»": "«", "«": "»", "」": "「", '"': '"', "''": "''",
            "’": "‘", "‘": "‚", "›": "‹", "』": "『", "'": "'"}


def _split_run(at: int, run: str) -> list[tuple[int, str]]:
    """The marks of a short run: ``''`` and ````` are one mark each."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(run):
        size = 2 if run[i : i + 2] in ("''", "``") else 1
        out.append((at + i, run[i : i + size]))
        i += size
    return out


def _runs(text: str) -> list[tuple[int, str]]:
    """The runs of quote marks in ``text`` with their offsets.  Each mark character is
    looked for with ``str.find`` (a C-speed scan per mark, not a pass per character);
    neighbouring marks are then merged into runs."""
    at: list[int] = []
    for c in _ALL_MARKS:
        if c not in text:
            continue  # (most marks are absent: a test with no arguments to parse)
        k = text.find(c)
        while k >= 0 and len(at) <= 4 * MAX_MARKS:
            at.append(k)
            k = text.find(c, k + 1)
    at.sort()
    if "‚Ä" not in text and set(at).isdisjoint(map((1).__add__, at)):
        # (the common case: no two marks side by side, no Mac Roman damage)
        return list(zip(at, map(text.__getitem__, at)))
    runs: list[tuple[int, str]] = []
    i = 0
    while i < len(at):
        k = at[i]
        if text[k] == "‚" and text[k + 1 : k + 2] == "Ä":
            # Mac Roman damage: a mark of its own, or (a dash) none.
            if text[k : k + 3] in _MAC_ROMAN:
                runs.append((k, text[k : k + 3]))
            i += 1
            continue
        j = i
        while j + 1 < len(at) and at[j + 1] == at[j] + 1 and text[at[j + 1] + 1 : at[j + 1] + 2] != "Ä":
            j += 1
        runs.append((at[i], text[at[i] : at[j] + 1]))
        i = j + 1
    return runs


# (``define``, not ``frozen``: never changed once built, and built thousands of times
# per thousand articles, where a frozen class pays a call per field to set it)
@attrs.define
class Piece:
    """One stretch between an opening and a closing mark.

    ``start``/``end`` include the marks; ``text`` is the words between them (without
    the re-opening marks of continued paragraphs), stripped.
    """

    start: int
    end: int
    text: str
    open_mark: str
    close_mark: str
    paragraphs: int = 1

    @property
    def mismatched(self) -> bool:
        return _PARTNER.get(self.close_mark) != self.open_mark and not (
            self.open_mark == "``" and self.close_mark == "''"
        )


def _role(text: str, end: int, mark: str, prev: str, nxt: str, stack: list[_Frame],
          elisions: Collection[str]) -> tuple[str, int]:
    """The family (``d``/``s``) and role of ``mark`` between ``prev`` and ``nxt``."""
    mark = _MAC_ROMAN.get(mark, mark)
    space_before = prev == "" or prev.isspace()  # (no text, or a space)
    space_after = nxt == "" or nxt.isspace()
    left = not space_after and (space_before or prev in _OPEN_PRE)
    right = not space_before and (space_after or nxt in _CLOSE_POST)
    if mark in ('"', "''"):
        if left and not right:
            return "d", _OPEN
        if right and not left:
            return "d", _CLOSE
        return "d", _TOGGLE
    if mark == "“":
        german = bool(stack) and stack[-1].mark == "„"
        if _is_open(stack, "d") and (german or (right and not left)):
            return "d", _CLOSE
        return "d", _OPEN
    if mark in ("”", "»"):
        # A closing shape opens only where no quote is open: before a word, or as
        # the first character of a paragraph (`” there are ...”`).
        opens = (left and not right) or prev in ("", "\n")
        return "d", _OPEN if (opens and not _is_open(stack, "d")) else _CLOSE
    if mark == "«":
        return "d", _CLOSE if (right and not left and _is_open(stack, "d")) else _OPEN
    if mark in ("„", "‟", "「", "``"):
        return "d", _OPEN
    if mark == "」":
        return "d", _CLOSE
    if mark in ("‚", "‹", "『"):
        return "s", _OPEN
    if mark in ("›", "』"):
        return "s", _CLOSE
    # ‘ ’ ' : quote marks or apostrophes.
    if prev.isalnum() and nxt.isalnum():
        return "s", _NONE  # don’t, Jum'at
    if nxt.isdigit() or (elisions and _elision_after(text, end, nxt, elisions)):
        return "s", _NONE  # '90s, 'n', 'em
    s_top = bool(stack) and stack[-1].kind == "s"
    if mark == "‘":
        if right and not left and s_top:
            return "s", _CLOSE
        return "s", _OPEN if left else _NONE
    if right and not left:
        return "s", _CLOSE_IF_OPEN
    if left and not right:
        return "s", _OPEN
    return "s", _NONE


def _elision_after(text: str, end: int, nxt: str, elisions: Collection[str]) -> bool:
    """Whether a listed elision (``n``, ``em``) follows a mark ending at ``end``."""
    if nxt == "" or nxt.isspace() or nxt in _CLOSE_POST:
        return False  # (no word character follows: the pattern cannot match)
    if not text.startswith(tuple(elisions), end):
        return False  # (the word after starts with no elision: it is none of them)
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group() in elisions


def _spaced_close(text: str, at: int, end: int, stack: list[_Frame]) -> bool:
    """Whether an opening-looking double mark closes the open quote it follows: it
    comes right after the quote's closing punctuation, a space on one side or both,
    and a lower-case word follows (`..., “ ujar Budi`, `..., "ujar Budi`); a curly
    mark with no space after it opens a nested quote (`seperti, “kapan ...?”`)."""
    if not _is_open(stack, "d"):
        return False
    k = at - 1 if at > 0 and text[at - 1] == " " else at
    if k < 1 or text[k - 1] not in ",.!?":
        return False
    j = end + 1 if text[end : end + 1] == " " else end
    if j == end and text[at] != '"':
        return False  # a curly mark before a word opens (`seperti, “kapan ...?”`)
    return text[j : j + 1].islower()


@attrs.define
class _Frame:
    kind: str
    pos: int
    mark: str


def _is_open(stack: list[_Frame], kind: str) -> bool:
    """Whether a quote of the family ``kind`` is open (a loop, not ``any`` over a
    generator: the stack holds at most four frames)."""
    for frame in stack:
        if frame.kind == kind:
            return True
    return False


_WORD_AFTER = compile_pattern("quotes.word_after", r"\w{1,8}+(?=['’\s]|\Z)")


def find_pieces(text: str, elisions: Collection[str] = frozenset()) -> list[Piece]:
    """Every top-level quoted stretch of ``text``, in order (see the module doc)."""
    pieces: list[Piece] = []
    stack: list[_Frame] = []
    nested: list[tuple[_Frame, int, str]] = []  # pairs closed inside an open quote
    reopens: list[tuple[int, int]] = []
    n = len(text)

    def emit(frame: _Frame, close_at: int, close: str) -> None:
        end = close_at + len(close)
        inner_start = frame.pos + len(frame.mark)
        if reopens:
            parts, at = [], inner_start
            for s, e in reopens:
                parts.append(text[at:s])
                at = e
            parts.append(text[at:close_at])
            words = "".join(parts)
        else:
            words = text[inner_start:close_at]
        pieces.append(Piece(frame.pos, end, words.strip(), frame.mark, close, len(reopens) + 1))

    def drop_open() -> None:
        # The outer mark never closed: keep what was properly nested inside it.
        for frame, close_at, close in nested:
            if not any(p.start <= frame.pos < p.end for p in pieces):
                reopens.clear()
                emit(frame, close_at, close)
        nested.clear()
        reopens.clear()
        stack.clear()

    marks: list[tuple[int, str]] = []
    for at, run in _runs(text):
        if run in _MAC_ROMAN:
            marks.append((at, run))
            continue
        if len(run) == 1:
            if run in "’'" and 0 < at < n - 1 and text[at - 1].isalnum() and text[at + 1].isalnum():
                continue  # an apostrophe inside a word (don’t, Jum'at): the common case
            marks.append((at, run))
            continue
        if len(run) >= 4:
            continue
        marks.extend(_split_run(at, run))
        if len(marks) > MAX_MARKS:
            break
    last = 0
    for i, mark in marks[:MAX_MARKS]:
        if stack:
            k = text.find("\n", last, i)
            if k >= 0:
                # A paragraph ends inside the quote: continued only if re-opened.
                j = k + 1
                while j < i and text[j].isspace():
                    j += 1
                bottom = stack[0]
                opens = _DOUBLE_OPEN if bottom.kind == "d" else _SINGLE_OPEN
                if j == i and mark in opens and i + len(mark) < n and not text[i + len(mark)].isspace():
                    del stack[1:]
                    reopens.append((i, i + len(mark)))
                    last = i + len(mark)
                    continue
                drop_open()
        last = i + len(mark)
        prev = text[i - 1] if i > 0 else ""
        if prev == "," and i > 1 and (text[i - 2] in _JOINT or text[i - 2].isspace()):
            prev = " "  # paragraphs a scraper joined with a comma (`lalu.,"Kami`)
        end = i + len(mark)
        nxt = text[end] if end < n else ""
        kind, role = _role(text, end, mark, prev, nxt, stack, elisions)
        if role == _NONE:
            continue
        if role in (_OPEN, _TOGGLE) and kind == "d" and _spaced_close(text, i, end, stack):
            role = _CLOSE
        if role == _TOGGLE:
            role = _CLOSE if _is_open(stack, kind) else _OPEN
        if role == _CLOSE_IF_OPEN:
            if not stack or stack[-1].kind != "s":
                continue
            role = _CLOSE
        if role == _OPEN:
            if len(stack) < 4:
                stack.append(_Frame(kind, i, mark))
            continue
        # Closing: pop back to the innermost open mark of this family.
        if not _is_open(stack, kind):
            continue
        while stack[-1].kind != kind:
            stack.pop()
        frame = stack.pop()
        if stack:
            nested.append((frame, i, mark))
        else:
            emit(frame, i, mark)
            nested.clear()
            reopens.clear()
    if stack:
        drop_open()
    pieces.sort(key=lambda p: p.start)
    return pieces
