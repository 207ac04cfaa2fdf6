"""Debris lines: template junk, ads, share buttons, ``Baca juga:`` / ``Read more:`` links.

Both lists are data (``debris.toml``): ``lines`` are whole lines compared without
case or surrounding punctuation; ``prefixes`` open a line and are followed by a
colon, dash or similar mark (``Baca juga: ...``), so that a sentence that merely
starts with the same word stays; ``marks`` make a short line (``MAX_MARKED_WORDS``)
debris wherever they stand in it (``Sign up for our daily newsletter``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, MutableMapping
from itertools import repeat

import attrs
import regex

from articleparse.languages import Language
from articleparse.lines import Line, split_lines
from articleparse.model import Removal, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = [
    "find_debris", "debris_patterns", "debris_rule", "debris_matcher", "DebrisMatcher",
    "fold_line", "fold_lines", "furniture_headings", "closing_headings", "copyright_marks",
]


@functools.cache
def debris_patterns(language: Language) -> tuple[SafePattern, SafePattern]:
    lines = alternation(language.words("debris", "lines"))
    prefixes = alternation(language.words("debris", "prefixes"))
    whole = compile_pattern(
        f"debris.lines.{language.code}",
        rf"[\s\p{{P}}]{{0,4}}+ {lines} [\s\p{{P}}]{{0,4}}+",
        flags=regex.IGNORECASE,
    )
    prefix = compile_pattern(
        f"debris.prefixes.{language.code}",
        rf"[\x20\t]{{0,8}}+ [\[(]?+ {prefixes} [\x20\t]{{0,3}}+ [:\-–—»>|]",
        flags=regex.IGNORECASE,
    )
    return whole, prefix


#: Lines longer than this are article text, whatever they start with.
MAX_DEBRIS_LINE = 300
#: A line with a debris mark (``newsletter``) is debris when it has at most this many
#: words and characters (a prompt; a sentence of the article is longer).
MAX_MARKED_WORDS = 20
MAX_MARKED_CHARS = 160
#: What may surround a debris line's words: spaces and punctuation.
_EDGE = " \t\u00a0.,:;!?-–—|•·*>»«()[]{}\"'“”‘’"


def _fold(line: str) -> str:
    """A line without case, surrounding punctuation or spacing differences."""
    return " ".join(line.strip(_EDGE).lower().split())


#: How many judged lines a matcher remembers before it forgets them all (a bound on
#: memory in a long batch; a forgotten line is judged again).
MEMORY_LINES = 8192


@attrs.frozen(cache_hash=True)
class DebrisMatcher:
    """The debris lines and link prefixes of one or more languages, ready to judge
    lines fast.

    Whole debris lines are compared as a set of folded lines; a prefix pattern only
    runs on lines whose first word starts one of its prefixes.
    """

    lines: frozenset[str]
    #: per language: the first words of its prefixes, and its prefix pattern
    prefixes: tuple[tuple[frozenset[str], SafePattern], ...]
    longest: int
    #: the first words of every language's prefixes: a line opening with none of them
    #: (most lines) is no link line, without a look at each language
    firsts: frozenset[str] = frozenset()
    #: words that make a short line debris wherever they stand in it (``newsletter``):
    #: a prompt to sign up is worded a hundred ways around one word
    marks: tuple[str, ...] = ()
    #: phrases that make a short line debris when it opens with them (``Simak Video
    #: "Judul"``, ``Lihat juga Video: Judul``): a teaser of another page, folded
    openers: tuple[str, ...] = ()
    #: the folded prefixes (``baca juga``): one alone on its line heads a teaser
    bare_prefixes: frozenset[str] = frozenset()
    #: what a copyright line opens with, folded (``©``, ``copyright``)
    copyrights: tuple[str, ...] = ()
    #: the prefixes folded (``read more``), to find one glued to the end of a
    #: paragraph before its colon
    glued: tuple[str, ...] = ()
    #: Every line judged so far (of at most ``MAX_DEBRIS_LINE`` characters): its rule,
    #: or ``""`` when it is no debris.  Each line is judged twice (as written, then once
    #: the body is tidied), and menus and share bars repeat from page to page of a
    #: site: most lookups are repeats, and a ``dict.get`` is the cheapest way to answer.
    # Abstract types, not dict/list/frozenset: a compiled build (setup.py) would check
    # the attrs.field(...) value of the class body against a concrete annotation.
    memory: MutableMapping[str, str] = attrs.field(
        factory=dict, init=False, eq=False, hash=False, repr=False
    )

    def rule(self, line: str) -> str | None:
        """``debris.line``, ``debris.prefix`` or ``debris.mark`` when ``line`` is debris,
        else None."""
        if len(line) > MAX_DEBRIS_LINE:
            return None
        found = self.memory.get(line)
        if found is None:
            found = self.remember(line)
        return found or None

    def remember(self, line: str) -> str:
        """``judge(line)`` (``""`` for no debris), kept in ``memory``; ``line`` is at most
        ``MAX_DEBRIS_LINE`` characters long."""
        memory = self.memory
        if len(memory) >= MEMORY_LINES:
            memory.clear()
        found = memory[line] = self.judge(line) or ""
        return found

    def judge(self, line: str) -> str | None:
        """``rule`` without its memory."""
        if len(line) <= self.longest:
            folded = _fold(line)
            if folded in self.lines:
                return "debris.line"
            if folded in self.bare_prefixes:
                return "debris.bare_prefix"
        if self.marks and len(line) <= MAX_MARKED_CHARS:
            if any(map(line.casefold().__contains__, self.marks)) and (
                len(line.split(None, MAX_MARKED_WORDS)) <= MAX_MARKED_WORDS
            ):
                return "debris.mark"
        stripped = line.strip()
        if stripped[:1] == "(" and _EDITOR_CODES.fullmatch(stripped) is not None:
            return "debris.editor_codes"
        if len(line) <= MAX_MARKED_CHARS:
            opening = line.lstrip(_EDGE).casefold()
            if opening.startswith(self.openers) and _opens_with(line, opening, self.openers) and (
                len(line.split(None, MAX_MARKED_WORDS)) <= MAX_MARKED_WORDS
            ):
                return "debris.opener"
            if opening.startswith(self.copyrights) and _is_copyright_line(opening):
                return "debris.copyright"
        words = line.lstrip(" \t[(").split(None, 1)
        if words:
            # ``[Gambas:Video]``, ``Baca juga:Judul``: the colon may be glued.
            first = words[0].lower().split(":", 1)[0].rstrip("-–—»>|")
            if first not in self.firsts:
                return None
            for firsts, prefix in self.prefixes:
                if first in firsts and prefix.match(line):
                    return "debris.prefix"
        return None


#: The initials of a story's writer and editor closing it, in brackets: ``(kna/up)``,
#: ``(ldy/agt)``, ``(red/rdn/gil)``.  Lower-case letters only (a bracket of capitals
#: is an abbreviation), two to three groups.
_EDITOR_CODES = compile_pattern(
    "debris.editor_codes", r"\([a-z]{2,5}+(?:/[a-z]{2,5}+){1,2}+\)", scan=True
)
#: A copyright line holds a year and at most this many words (``COPYRIGHT © ANTARA
#: 2024``, ``© 2024 Example Media. All rights reserved.``).
MAX_COPYRIGHT_WORDS = 12
_YEAR = compile_pattern("debris.year", r"(?<!\d)(?:19|20)\d\d(?!\d)", scan=True)


def _opens_with(line: str, opening: str, openers: tuple[str, ...]) -> bool:
    """Whether ``opening`` (``line`` without its leading punctuation, case-folded)
    opens with one of ``openers`` as whole words, followed by a title: a quotation
    mark, a colon, a capital or a figure, not a lower-case word (``Lihat video yang
    beredar itu, polisi bergerak`` is a sentence)."""
    offset = len(line) - len(line.lstrip(_EDGE))
    for opener in openers:
        if opening.startswith(opener) and not opening[len(opener):len(opener) + 1].isalnum():
            rest = line[offset + len(opener):].lstrip()
            return not rest[:1].islower()
    return False


def _is_copyright_line(opening: str) -> bool:
    """Whether a line opening with a copyright mark is a page's copyright line."""
    return (
        len(opening.split(None, MAX_COPYRIGHT_WORDS)) <= MAX_COPYRIGHT_WORDS
        and _YEAR.search(opening) is not None
    )


@functools.cache
def debris_matcher(*languages: Language) -> DebrisMatcher:
    """The matcher of ``languages`` together (a text whose language is unknown is
    read with the debris words of every language in one pass)."""
    lines: set[str] = set()
    prefixes = []
    longest = 0
    for language in languages:
        listed = language.words("debris", "lines")
        lines.update(_fold(w) for w in listed)
        # No debris line is longer than its longest listed form and some punctuation.
        # (nor than a bare prefix: ``Baca Juga`` alone)
        listed = (*listed, *language.words("debris", "prefixes"))
        longest = max(longest, max((len(w) for w in listed), default=0) + 16)
        firsts = frozenset(
            w.split()[0].lower() for w in language.words("debris", "prefixes") if w.split()
        )
        if firsts:
            prefixes.append((firsts, debris_patterns(language)[1]))
    every_first = frozenset(word for firsts, _ in prefixes for word in firsts)
    marks = tuple(sorted({w.casefold() for lang in languages for w in lang.words("debris", "marks")}))
    openers = tuple(sorted({w.casefold() for lang in languages for w in lang.words("debris", "openers")}))
    bare = frozenset(_fold(w) for lang in languages for w in lang.words("debris", "prefixes")) - lines
    copyrights = copyright_marks(*languages)
    glued = tuple(sorted({w.casefold() for lang in languages for w in lang.words("debris", "prefixes")}))
    return DebrisMatcher(
        frozenset(lines), tuple(prefixes), longest, every_first, marks, openers, bare, copyrights,
        glued,
    )


def fold_line(line: str) -> str:
    """``line`` as debris lists compare it: no case, surrounding punctuation or spacing
    differences (``"  Leave a Reply:"`` and ``"leave a reply"`` fold alike)."""
    return _fold(line)


def fold_lines(lines: Iterable[str], plain: bool) -> Iterator[str]:
    """``fold_line`` of each of ``lines``; when their spacing is plain (single spaces,
    none at either end: ``lines.plain_spacing``) in C-level ``map`` passes, as a line
    with plain spacing has no spacing to fold once its ends are stripped."""
    if plain:
        return map(str.lower, map(str.strip, lines, repeat(_EDGE)))
    return map(_fold, lines)


@functools.cache
def furniture_headings(*languages: Language) -> frozenset[str]:
    """The folded ``furniture`` lines of ``languages``: headings that open a web page's
    furniture after the article (comments, related stories, tags)."""
    return frozenset(
        _fold(word) for language in languages for word in language.words("debris", "furniture")
    )


@functools.cache
def closing_headings(*languages: Language) -> frozenset[str]:
    """The folded ``closing`` lines of ``languages``: headings that only ever close an
    article (its comment form, tags, post navigation), never head a box inside it."""
    return frozenset(
        _fold(word) for language in languages for word in language.words("debris", "closing")
    )


@functools.cache
def copyright_marks(*languages: Language) -> tuple[str, ...]:
    """``©`` and the ``copyright`` marks of ``languages`` (``copyright``, ``hak cipta``)
    as lines fold (``fold_line``): what a page's copyright line opens with."""
    marks = {"©"}
    marks.update(_fold(w) for lang in languages for w in lang.words("debris", "copyright"))
    return tuple(sorted(marks))


def find_debris(text: str, *languages: Language | None) -> tuple[Removal, ...]:
    """Every debris line of ``text`` in any of ``languages``, as removals of the line.

    >>> from articleparse.languages import load
    >>> [r.rule for r in find_debris("Isi.\\nBaca juga: Lain\\nMy post content", load("id"))]
    ['debris.prefix', 'debris.line']
    """
    known = tuple(language for language in languages if language is not None)
    if not known:
        return ()
    matcher = debris_matcher(*known)
    memory = matcher.memory
    found = []
    lines = split_lines(text)
    # Links and initials glued to a paragraph's end are looked for only on the lines
    # that hold a colon or end with a bracket (found by ``str.find``), and a teaser's
    # title only on the line after a bare ``Baca juga``: the loop stays a few cheap
    # tests a line, as most lines are none of these.
    special = _glued_line_starts(text) if matcher.glued else _closing_line_starts(text)
    teaser_start = -1
    for line in lines:
        if line.start in special:
            if line.start == teaser_start:
                teaser_start = -1
                if _is_teaser_title(line.text):
                    found.append(Removal(Span(line.start, line.end), "debris.teaser"))
                    continue
            found.extend(_glued_removals(line, matcher.glued))
        # ``matcher.rule`` inlined: a line judged before costs one ``dict.get``, and
        # a long line (prose) is not even hashed.
        if len(line.text) > MAX_DEBRIS_LINE:
            continue
        rule = memory.get(line.text)
        if rule is None:
            rule = matcher.remember(line.text)
        if rule:
            found.append(Removal(Span(line.start, line.end), rule))
            if rule == "debris.bare_prefix":
                following = _next_filled(lines, line.number)
                if following is not None:
                    teaser_start = following.start
                    special.add(teaser_start)
    return tuple(found)


def _next_filled(lines: list[Line], number: int) -> Line | None:
    """The first line after line ``number`` that is not blank, or None."""
    return next((line for line in lines[number + 1 :] if not line.blank), None)


def _glued_line_starts(text: str) -> set[int]:
    """Where the lines that hold a colon or end with ``)`` start."""
    starts = _closing_line_starts(text)
    at = text.find(":")
    while at >= 0:
        starts.add(text.rfind("\n", 0, at) + 1)
        end = text.find("\n", at)
        at = text.find(":", end) if end >= 0 else -1
    return starts


def _closing_line_starts(text: str) -> set[int]:
    """Where the lines that end with ``)`` start."""
    starts: set[int] = set()
    at = text.find(")\n")
    while at >= 0:
        starts.add(text.rfind("\n", 0, at) + 1)
        at = text.find(")\n", at + 2)
    if text.endswith(")"):
        starts.add(text.rfind("\n") + 1)
    return starts


def _glued_removals(line: Line, glued: tuple[str, ...]) -> list[Removal]:
    """The link and the initials glued to the end of ``line``'s paragraph."""
    found = []
    if ":" in line.text and glued:
        tail = _glued_link(line.text, glued)
        if tail is not None:
            found.append(Removal(Span(line.start + tail, line.end), "debris.glued_link"))
    if line.text.endswith(")"):
        codes = _glued_editor_codes(line.text)
        if codes is not None:
            found.append(Removal(Span(line.start + codes, line.end), "debris.editor_codes"))
    return found


def _is_teaser_title(line: str) -> bool:
    """Whether ``line``, under a bare ``Baca Juga``, is the title of the story it
    links to: short, and no sentence (it does not end with a full stop)."""
    stripped = line.strip()
    return (
        len(stripped) <= MAX_MARKED_CHARS
        and len(stripped.split(None, MAX_MARKED_WORDS)) <= MAX_MARKED_WORDS
        and not stripped.endswith((".", ":", ","))
    )


#: What ends the sentence a glued link (``... she said. Read more: Title``) follows.
_SENTENCE_ENDS = ".!?\"”’)"


def _glued_editor_codes(line: str) -> int | None:
    """Where the writer's and editor's initials glued to the end of the last
    paragraph start (``... kata Anies. (aik/dkp)``), or None."""
    at = line.rfind("(")
    if at < 2 or line[at - 1] != " " or line[at - 2] not in _SENTENCE_ENDS:
        return None
    return at if _EDITOR_CODES.fullmatch(line, at) is not None else None


def _glued_link(line: str, glued: tuple[str, ...]) -> int | None:
    """Where a link glued to the end of a paragraph starts in ``line`` (``... she
    said. Read more: How to prepare``), or None: a prefix (``glued``, folded) and its
    colon after a sentence's end, then a short title running to the line's end."""
    # The title after the colon is short: only the line's last stretch can hold it.
    colon = line.find(":", max(1, len(line) - MAX_MARKED_CHARS - 1))
    while colon > 0:
        head = line[:colon].rstrip().casefold()
        if head.endswith(glued):
            tail = line[colon + 1:]
            for prefix in glued:
                at = len(head) - len(prefix)
                if (
                    at > 1
                    and head.endswith(prefix)
                    and len(head) == len(line[:colon].rstrip())  # casefold kept the offsets
                    and line[at - 1] == " "
                    and line[at - 2] in _SENTENCE_ENDS
                    and len(tail) <= MAX_MARKED_CHARS
                    and 0 < len(tail.split(None, MAX_MARKED_WORDS)) <= MAX_MARKED_WORDS
                ):
                    return at
        colon = line.find(":", colon + 1)
    return None


def debris_rule(line: str, language: Language) -> str | None:
    """``debris.line`` or ``debris.prefix`` when ``line`` is debris, else None."""
    return debris_matcher(language).rule(line)
