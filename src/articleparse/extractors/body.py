"""The body: the input with every stretch another step claimed, and all debris, left out.

``assemble_body`` cuts the removals out and tidies what is left; ``clean_body`` is
the tidying alone (debris lines, empty brackets left by cut credits, spaces), and
is idempotent: cleaning a clean body changes nothing.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, MutableMapping

from articleparse.extractors.debris import MAX_DEBRIS_LINE, debris_matcher
from articleparse.languages import Language, available, load
from articleparse.lines import Line, line_at, split_lines
from articleparse.model import Body, Removal, Span
from articleparse.patterns import compile_pattern, merge_ranges

__all__ = ["assemble_body", "clean_body"]

# The two tidying patterns run on most lines and cannot backtrack (a class, then a
# possessive run), so they run on ``re`` without the timeout's cost per call
# (``patterns.ScanPattern``).  ``_BLANK`` is the ``\s`` of ``regex``, which is that
# of ``re`` without the separators U+001C to U+001F.
_BLANK = r"\t-\r\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES = compile_pattern("body.spaces", r"[\x20\t]{2,}+", scan=True)
_EMPTY_BRACKETS = compile_pattern(
    "body.empty_brackets", rf"[(\[] [{_BLANK};,|/]{{0,20}}+ [)\]]", scan=True
)
#: What an empty bracket opens with: a bracket, then what may stand inside an empty one
#: or its closing bracket.  A text with neither (most) has no empty bracket on any
#: line, and its lines are not scanned one by one.  One pattern per bracket, each a
#: literal then a class: neither can backtrack, and ``re`` finds a pattern's opening
#: literal several times faster than it tries a class (or an alternation) at each place.
_EMPTY_INSIDE = rf"[{_BLANK};,|/)\]]"
_MAY_EMPTY = (
    compile_pattern("body.may_empty_round", rf"\( {_EMPTY_INSIDE}", scan=True),
    compile_pattern("body.may_empty_square", rf"\[ {_EMPTY_INSIDE}", scan=True),
)
_HAS_CONTENT = compile_pattern("body.has_content", r"[\p{L}\p{N}]")
#: One ASCII letter or figure (a class: it cannot backtrack, so it runs on ``re``).
_ASCII_ALNUM = compile_pattern("body.ascii_alnum", r"[A-Za-z0-9]", scan=True)
#: A word or a number (a class, possessive: it cannot backtrack).
_TOKEN = compile_pattern("body.token", r"[^\W_]++", scan=True)

#: The rules of removed date lines (and reading times) whose line may hold date
#: furniture around them.
_DATED_RULES = ("published.date_line", "reading_time")
#: A line next to a removed date line is an update line when it holds at most this
#: many words.
MAX_UPDATE_LINE_WORDS = 12


def clean_body(text: str, language: Language | None) -> str:
    """Tidy a body: drop debris lines and empty lines' noise, fold spaces.

    A line is judged as debris once tidied (``() Baca juga:`` is a link line).

    >>> from articleparse.languages import load
    >>> clean_body("  Satu  dua.\\n\\n\\n\\nBaca juga: X\\n( ; )\\nTiga.", load("id"))
    'Satu dua.\\n\\nTiga.'
    """
    matcher = debris_matcher(language) if language is not None else None
    memory: MutableMapping[str, str] = matcher.memory if matcher is not None else {}
    # Most texts have no empty bracket at all: one C-level scan of the text says so, and
    # their lines are then not scanned for one each.
    brackets = any(opening.search(text) is not None for opening in _MAY_EMPTY)
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw
        if brackets and ("(" in line or "[" in line):
            line = _without_empty_brackets(line)
        if "  " in line or "\t" in line:
            line = _SPACES.sub(" ", line)
        line = line.strip()
        if matcher is not None and len(line) <= MAX_DEBRIS_LINE:
            # ``matcher.rule`` inlined: most lines were judged as written by
            # ``find_debris`` and cost one ``dict.get`` here; a long line (prose) is
            # not even hashed.
            rule = memory.get(line)
            if rule is None:
                rule = matcher.remember(line)
            if rule:
                continue
        if not (line[:1].isalnum() or _has_content(line)):
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _without_empty_brackets(line: str) -> str:
    """``line`` without its empty brackets (``( ; )``, ``[]``)."""
    # Nested empty brackets ("(())") empty out one level at a time; each pass that
    # changes the line shortens it, so this ends.
    while True:
        emptied = _EMPTY_BRACKETS.sub("", line)
        if emptied == line:
            return line
        line = emptied


def _has_content(line: str) -> bool:
    """Whether ``line`` holds a letter or a figure."""
    if line.isascii():
        # In ASCII, letters and figures are what str.isalnum says (no pattern call);
        # the empty line, the most common here, is one.
        return any(map(str.isalnum, line))
    # An ASCII letter or figure is one in any script (a line opening with a quotation
    # mark, most often): found without the timeout's cost of a pattern call.
    return _ASCII_ALNUM.search(line) is not None or _HAS_CONTENT.search(line) is not None


@functools.cache
def _furniture_words(language: Language | None) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a date line's furniture (weekdays, months, time zones, clock
    words, the published and updated labels, relative dates) of ``language`` (of every
    language when it is unknown), folded; and the words of its labels alone."""
    languages = (language,) if language is not None else tuple(load(c) for c in available())
    words: set[str] = set()
    labels: set[str] = set()
    for each in languages:
        dates = each.concern("dates")
        for section in ("months", "weekdays"):
            for forms in dates.get(section, {}).values():
                words.update(_tokens(" ".join(forms)))
        words.update(_tokens(" ".join(dates.get("timezones", {}))))
        for key in ("am", "pm"):
            words.update(_tokens(" ".join(each.words("dates", f"markers.{key}"))))
        for key in ("published", "updated"):
            labels.update(_tokens(" ".join(each.words("dates", f"markers.{key}"))))
        words.update(_tokens(" ".join(each.words("debris", "relative_date"))))
        words.update(_tokens(" ".join(each.words("debris", "date_furniture"))))
    return frozenset(words | labels), frozenset(labels)


def _tokens(text: str) -> list[str]:
    """The words and numbers of ``text``, case-folded."""
    return [token.casefold() for token in _TOKEN.findall(text)]


def _only_furniture(pieces: str, words: frozenset[str]) -> bool:
    """Whether ``pieces`` hold nothing but numbers and date furniture ``words``."""
    return all(token.isdecimal() or token in words for token in _tokens(pieces))


def _date_furniture(
    text: str, removals: list[Removal], merged: list[tuple[int, int]], language: Language | None
) -> list[Removal]:
    """The rest of each line a removed date line (or reading time) stands on, when it
    is only date furniture (``Published``, ``Senin, WIB``, ``+7 Updated 2 hours ago``),
    and an update line beside it (``Diperbarui 12 Mar 2024, 15:10 WIB``)."""
    dated = [r.span for r in removals if r.rule.startswith(_DATED_RULES)]
    if not dated:
        return []
    words, labels = _furniture_words(language)
    lines = split_lines(text)
    found: list[Removal] = []
    for span in dated:
        number = line_at(lines, span.start).number
        line = lines[number]
        rest = _outside(text, line, merged)
        if rest.strip() and _only_furniture(rest, words):
            found.append(Removal(Span(line.start, line.end), "body.date_furniture"))
        for neighbour in (_next_filled(lines, number, -1), _next_filled(lines, number, 1)):
            if neighbour is not None and _is_update_line(neighbour.text, words, labels):
                found.append(Removal(Span(neighbour.start, neighbour.end), "body.date_furniture"))
        between = _between_heading_and_date(lines, number, removals)
        if between is not None:
            found.append(Removal(Span(between.start, between.end), "body.heading_furniture"))
    return found


#: A line between the heading and the date line is the page's furniture (an outlet's
#: name, a section, a byline: ``CNN Indonesia``, ``kumparanBISNIS``) when it holds at
#: most this many words.
MAX_FURNITURE_WORDS = 5


def _between_heading_and_date(lines: list[Line], number: int, removals: list[Removal]) -> Line | None:
    """The one short line between the removed heading and the removed date line on
    line ``number``, or None.  A deck (standfirst) is a sentence and longer."""
    above = _next_filled(lines, number, -1)
    if above is None:
        return None
    heading = _next_filled(lines, above.number, -1)
    if heading is None or not any(
        r.rule.startswith("headline.") and r.span.start <= heading.stripped_start
        and r.span.end >= heading.stripped_end for r in removals
    ):
        return None
    text = above.text.strip()
    if (
        len(text.split(None, MAX_FURNITURE_WORDS)) > MAX_FURNITURE_WORDS
        or text.endswith((".", "!", "?", ":", ",", '"', "”"))
        or any(r.span.start < above.end and r.span.end > above.start for r in removals)
    ):
        return None
    return above


def _outside(text: str, line: Line, merged: list[tuple[int, int]]) -> str:
    """What of ``line`` no removal covers, the pieces joined with a space."""
    pieces = []
    position = line.start
    for start, end in merged:
        if end <= position or start >= line.end:
            continue
        pieces.append(text[position:start])
        position = max(position, end)
    if position < line.end:
        pieces.append(text[position:line.end])
    return " ".join(pieces)


def _next_filled(lines: list[Line], number: int, step: int) -> Line | None:
    """The first line that is not blank from ``number`` on in the direction ``step``."""
    number += step
    while 0 <= number < len(lines):
        if not lines[number].blank:
            return lines[number]
        number += step
    return None


def _is_update_line(line: str, words: frozenset[str], labels: frozenset[str]) -> bool:
    """Whether ``line`` is a dated label line (``Diperbarui 12 Mar 2024, 15:10 WIB``):
    it opens with a label, holds a number and nothing but date furniture."""
    tokens = _tokens(line)
    return (
        1 < len(tokens) <= MAX_UPDATE_LINE_WORDS
        and tokens[0] in labels
        and any(token.isdecimal() for token in tokens)
        and all(token.isdecimal() or token in words for token in tokens)
    )


#: A line right under a byline is the byline's furniture (the outlet and desk, the
#: writer's job: ``BBC News, Yorkshire``, ``Staff Writer``) when it holds at most this
#: many words, each capitalised, and no sentence's end; or when it is the writer's
#: e-mail address alone.  At most ``MAX_BYLINE_FURNITURE_LINES`` such lines follow.
MAX_BYLINE_FURNITURE_WORDS = 4
MAX_BYLINE_FURNITURE_LINES = 2
#: An e-mail address (possessive runs and classes: it cannot backtrack).
_EMAIL = compile_pattern(
    "body.email", r"[\w.+\-]{1,64}+@(?:[\w\-]{1,63}+\.){1,8}+[^\W\d_]{2,24}+", scan=True
)
#: What may stand around an e-mail address alone on its line.
_EMAIL_EDGES = " \t()[]<>.,;:"
#: What ends a sentence (or a quotation, or opens a dateline's dash) on such a line.
_NOT_FURNITURE_ENDS = (".", "!", "?", ":", ",", '"', "”", "’", "'", "—", "–", "-")


def _byline_furniture(text: str, removals: list[Removal]) -> list[Removal]:
    """The line right under each byline the credits step took out whole, when it is
    the byline's furniture (``_is_byline_furniture``)."""
    bylines = [r.span for r in removals if r.rule.startswith("credits.")]
    if not bylines:
        return []
    lines = split_lines(text)
    # Whether a line overlaps a removal is asked of the removals merged and sorted, by
    # bisection: a page of thousands of bylines asked each of them of every line.
    merged = merge_ranges((r.span.start, r.span.end) for r in removals)
    starts = [start for start, _ in merged]

    def removed(line: Line) -> bool:
        k = bisect.bisect_left(starts, line.end) - 1
        return k >= 0 and merged[k][1] > line.start

    found: list[Removal] = []
    for span in bylines:
        line = line_at(lines, span.start)
        if span.start > line.stripped_start or span.end < line.stripped_end:
            continue
        under = _next_filled(lines, line.number, 1)
        for _ in range(MAX_BYLINE_FURNITURE_LINES):
            if under is None or removed(under) or not _is_byline_furniture(under.text):
                break
            found.append(Removal(Span(under.start, under.end), "body.byline_furniture"))
            under = _next_filled(lines, under.number, 1)
    return found


def _is_byline_furniture(line: str) -> bool:
    """Whether ``line`` may be a byline's outlet, desk or job (a few capitalised words
    without a sentence's end) or its writer's e-mail address.  A dateline alone on its line is written in capitals or
    ends with a dash; a paragraph ends like a sentence."""
    text = line.strip()
    if "@" in text and _EMAIL.fullmatch(text.strip(_EMAIL_EDGES)) is not None:
        return True
    words = text.split()
    return (
        0 < len(words) <= MAX_BYLINE_FURNITURE_WORDS
        and not text.endswith(_NOT_FURNITURE_ENDS)
        and not text.isupper()
        and all(word[:1].isupper() for word in words)
    )


def assemble_body(text: str, removals: Iterable[Removal], language: Language | None) -> Body:
    """``text`` without the ``removals``, cleaned."""
    removals = list(removals)
    removals.extend(_byline_furniture(text, removals))
    merged = merge_ranges((r.span.start, r.span.end) for r in removals)
    furniture = _date_furniture(text, removals, merged, language)
    if furniture:
        removals.extend(furniture)
    kept: list[str] = []
    position = 0
    if furniture:
        merged = merge_ranges((r.span.start, r.span.end) for r in removals)
    for start, end in merged:
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    joined = "".join(kept)
    cleaned = clean_body(joined, language)
    return Body(cleaned, tuple(sorted(removals, key=lambda r: (r.span.start, r.span.end))))
