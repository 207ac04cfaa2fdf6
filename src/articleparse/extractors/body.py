"""The body: the input with every stretch another step claimed, and all debris, left out.

``assemble_body`` cuts the removals out and tidies what is left; ``clean_body`` is
the tidying alone (debris lines, empty brackets left by cut credits, spaces), and
is idempotent: cleaning a clean body changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping

from articleparse.extractors.debris import MAX_DEBRIS_LINE, debris_matcher
from articleparse.languages import Language
from articleparse.model import Body, Removal
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


def assemble_body(text: str, removals: Iterable[Removal], language: Language | None) -> Body:
    """``text`` without the ``removals``, cleaned."""
    kept: list[str] = []
    position = 0
    merged = merge_ranges((r.span.start, r.span.end) for r in removals)
    for start, end in merged:
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    joined = "".join(kept)
    cleaned = clean_body(joined, language)
    return Body(cleaned, tuple(sorted(removals, key=lambda r: (r.span.start, r.span.end))))
