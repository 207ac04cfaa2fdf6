"""Authors and editors from credit markers (``Penulis:``, ``By``, ``Editing by``).

Three kinds of marker, all from ``credits.toml``: ``labelled`` ones end in a colon and
count anywhere, even glued into a sentence (``... Nama Penulis: A Nama Penyunting: B``);
``by`` ones (``Editing by``) count at the start of a line or after ``( ; | /``; and
``line_start`` ones (``By``, ``Oleh``) only open a line, and only when what follows
reads as a byline rather than a sentence (``By Monday, the deal ...`` is no byline).
Web pages may print a marker alone on its line with the names on the next, or glue
it to the name (``ByJane Doe``).  A page with several ``By ...`` lines lists related
stories: only its first byline is the article's.
A news outlet in a credit (``by Janie Gabbett, Reuters``) is an outlet, not a person.
A short footer line that repeats a credited name (a blog's author handle) is the same
person: it is marked for removal from the body, not added again.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence

import attrs
import regex

from articleparse.extractors.names import NameList, name_grammar, read_names
from articleparse.languages import Language
from articleparse.lines import split_lines
# Every span here runs from a match or word to a later offset of the same text, so
# it is built unchecked (``trusted_span``).
from articleparse.model import Person, Removal, Span, trusted_span
from articleparse.patterns import (
    SafePattern,
    alternation,
    ascii_alternation,
    compile_pattern,
    finditer_in,
    keyword_windows,
    may_match_near,
    merge_ranges,
)

__all__ = ["Credits", "extract_credits", "credit_markers", "may_hold_markers"]

ROLES = ("author", "editor")
#: Markers are looked for only around their words (``patterns.keyword_windows``):
#: this much text before a word (the marker's other words, leading spaces) and after.
WINDOW_BEFORE = 40
WINDOW_AFTER = 8
#: From this many line-start bylines on, all but the first belong to related stories.
RELATED_BYLINES = 3
#: A handle line is at most this many words and characters.
HANDLE_WORDS = 6
HANDLE_CHARS = 80


@attrs.frozen
class CreditMarkers:
    pattern: SafePattern
    roles: dict[str, str]  # casefolded marker -> "author" | "editor"
    keywords: frozenset[str]  # every word of every marker, lower-cased
    #: A ``re`` pre-test that finds something in every match of ``pattern`` (None
    #: when a marker is not ASCII): a window without it is not scanned.
    needed: SafePattern | None = None
    #: The markers by kind (``labelled``, ``by``, ``line_start``).
    # Abstract types, not dict/list/frozenset: a compiled build (setup.py) would check
    # the attrs.field(...) value of the class body against a concrete annotation.
    kinds: Mapping[str, list[str]] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Credits:
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    removals: tuple[Removal, ...] = ()
    byline_outlets: tuple[Span, ...] = ()


@functools.cache
def credit_markers(language: Language) -> CreditMarkers:
    """The author and editor markers of ``language`` as one pattern."""
    data = language.concern("credits")
    roles: dict[str, str] = {}
    kinds: dict[str, list[str]] = {"labelled": [], "by": [], "line_start": []}
    for role in ROLES:
        for kind, words in kinds.items():
            for word in data.get(role, {}).get(kind, ()):
                words.append(word)
                roles.setdefault(" ".join(word.casefold().split()), role)
    # Web pages often print the marker on a line of its own and the names on the next
    # ("By" / "Jane Doe"), or glue the marker to the name ("ByJane Doe").
    # (The pattern ignores case, and so would a bare \p{Lu}: the capital is case-sensitive.)
    next_line = r"[\x20\t]*+ \r?\n [\x20\t]*+ (?=(?-i:\p{Lu}))"
    # Every branch starts after a character that is no word character (a line break,
    # ``|;(/``, a space, or ``(?<!\w)`` itself), or at the start: the leading
    # ``(?<!\w)`` changes no match, but rejects the positions inside words at once,
    # where the engine would otherwise set up all three branches (a third fewer
    # instructions per window).
    pattern = compile_pattern(
        f"credits.markers.{language.code}",
        rf"""
        (?<!\w) (?:
          (?: ^ | (?<=[|;(/]) | (?<=[.!?]\x20) ) [\x20\t]*+ (?P<by>{alternation(kinds["by"])})
          (?: {next_line} | [\x20\t]++ )
        | (?<!\w) (?P<labelled>{alternation(kinds["labelled"])}) [\x20\t]*+ [:：]
          (?: {next_line} | [\x20\t]*+ )
        | ^ [\x20\t|]*+ (?P<line_start>{alternation(kinds["line_start"])})
          (?: [\x20\t]*+ [:：]? {next_line}
            | [\x20\t]*+ [:：] [\x20\t]*+
            | [\x20\t]++
            | (?=(?-i:\p{{Lu}}\p{{Ll}})) )
          (?=\p{{Lu}})
        )
        """,
        flags=regex.IGNORECASE | regex.MULTILINE,
    )
    return CreditMarkers(pattern, roles, _keywords(kinds), _needed(language.code, kinds), kinds)


def _keywords(kinds: dict[str, list[str]]) -> frozenset[str]:
    """Every word of every marker, lower-cased."""
    return frozenset(w.lower() for words in kinds.values() for m in words for w in m.split())


@functools.cache
def _any_markers(languages: tuple[Language, ...]) -> tuple[frozenset[str], SafePattern | None]:
    """The words and the pre-test of the markers of all ``languages`` together."""
    kinds: dict[str, list[str]] = {"labelled": [], "by": [], "line_start": []}
    for language in languages:
        for kind, words in credit_markers(language).kinds.items():
            kinds[kind].extend(words)
    return _keywords(kinds), _needed("+".join(lang.code for lang in languages), kinds)


def may_hold_markers(text: str, languages: Sequence[Language]) -> bool:
    """False when no credit marker of any of ``languages`` can stand in ``text``.

    A text whose language is unknown is read with every language's markers; most
    hold none.  The windows around the words of all the markers together hold the
    windows of each language's, and the pre-test of all the markers finds whatever
    one language's finds, so one search over them tells that no language's reading
    would find a marker.
    """
    keywords, needed = _any_markers(tuple(languages))
    return may_match_near(text, keywords, needed, WINDOW_BEFORE, WINDOW_AFTER)


def _needed(code: str, kinds: dict[str, list[str]]) -> SafePattern | None:
    """The markers' pre-test: each branch of the marker pattern without what
    ``re`` and ``regex`` read differently.  A word character before a marker is only
    looked for among ASCII ones (every one of which ``regex`` counts), the capitals
    after it not at all, so that it finds every marker the pattern finds.  It cannot
    backtrack: literal words, and possessive runs of a class that no word starts with.
    """
    labelled, by, line_start = (ascii_alternation(kinds[k]) for k in ("labelled", "by", "line_start"))
    if labelled is None or by is None or line_start is None:
        return None
    return compile_pattern(
        f"credits.markers_needed.{code}",
        rf"""
          (?<!(?-i:[A-Za-z0-9_])) {labelled} [\x20\t]*+ [:：]
        | (?: ^ | (?<=[|;(/]) | (?<=[.!?]\x20) ) [\x20\t]*+ {by} [\x20\t\r\n]
        | ^ [\x20\t|]*+ {line_start}
        """,
        flags=re.IGNORECASE | re.MULTILINE,
        scan=True,
    )


def _role_of(markers: CreditMarkers, marker: str) -> str:
    return markers.roles.get(" ".join(marker.casefold().split()), "author")


def _reads_as_byline(found: NameList, text: str) -> bool:
    """A line-start marker makes a byline only if nothing sentence-like follows, and
    its names are no label (``By Cuisine:`` opens a menu of recipes)."""
    if not found.names:
        return False
    if found.stop == "punct" and text.startswith((":", "："), found.end):
        return False
    return found.stop in ("end", "marker", "punct", "role", "outlet")


def extract_credits(
    text: str, language: Language | None, outlet_ends: Mapping[int, int]
) -> Credits:
    """Authors, editors, the stretches their credits take, and outlets in bylines.

    ``outlet_ends`` maps the start of every gazetteer outlet mention to its end.

    >>> from articleparse.languages import load
    >>> c = extract_credits("Isi berita.\\nPenulis: Budi Santoso | Editor: Rina Wati", load("id"), {})
    >>> [p.name for p in c.authors], [p.name for p in c.editors]
    (['Budi Santoso'], ['Rina Wati'])
    """
    if language is None:
        return Credits()
    markers = credit_markers(language)
    grammar = name_grammar(language)
    found_people: dict[str, list[Person]] = {"author": [], "editor": []}
    removals: list[Removal] = []
    outlets: list[Span] = []

    needed = markers.needed

    def is_marker(offset: int) -> bool:
        # The pre-test matches wherever the pattern does, at a tenth of the cost.
        if needed is not None and needed.match(text, offset) is None:
            return False
        return markers.pattern.match(text, offset) is not None

    bylines: list[list[Person]] = []  # the people of each line-start byline, in order
    other_authors = False  # an author credited by a "by" or labelled marker
    windows = keyword_windows(text, markers.keywords, WINDOW_BEFORE, WINDOW_AFTER)
    # The matches are listed first: the pattern's timeout would also count the time
    # spent reading names between two matches.
    for match in list(finditer_in(markers.pattern, text, windows, needed)):
        kind = match.lastgroup or "labelled"
        role = _role_of(markers, match.group(kind))
        found = read_names(text, match.end(), grammar, is_marker, outlet_ends.get)
        # A marker alone on its line reads the next line: a byline, not a sentence.
        crossed = "\n" in match.group()
        if (kind == "line_start" or crossed) and not _reads_as_byline(found, text):
            continue
        if not found.names and found.outlet is None:
            continue
        people = []
        for start, end in found.names:
            if outlet_ends.get(start) == end:
                outlets.append(trusted_span(start, end))
                continue
            people.append(Person(text[start:end], trusted_span(start, end), f"credits.{kind}"))
        if kind == "line_start":
            bylines.append(people)
        elif role == "author" and people:
            other_authors = True
        found_people[role].extend(people)
        if found.outlet is not None:
            outlets.append(trusted_span(*found.outlet))
        end = found.end if found.stop in ("marker", "punct", "other") else _line_end(text, found.end)
        if found.stop == "outlet" and found.outlet is not None:
            end = found.outlet[1]
        removals.append(Removal(trusted_span(match.start(kind), end), f"credits.{kind}"))
    signature = _signature(text, outlet_ends)
    if signature is not None:
        outlets.append(signature)
        removals.append(Removal(signature, "credits.signature"))
    if len(bylines) >= RELATED_BYLINES:
        # A page with this many "By ..." lines lists other stories with their authors;
        # the article's own byline is the first, unless another marker credits it.
        related = {id(person) for people in bylines[0 if other_authors else 1 :] for person in people}
        found_people["author"] = [p for p in found_people["author"] if id(p) not in related]
    authors = _unique(found_people["author"])
    editors = _unique(found_people["editor"])
    removals.extend(_handle_lines(text, authors + editors, removals))
    return Credits(authors, editors, tuple(removals), tuple(outlets))


def _signature(text: str, outlet_ends: Mapping[int, int]) -> Span | None:
    """A last line that only names a news outlet: the wire's signature (`` Reuter``)."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    while start < len(stripped) and stripped[start].isspace():
        start += 1
    if start > 0 and outlet_ends.get(start) == len(stripped):
        return trusted_span(start, len(stripped))
    return None


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _unique(people: Sequence[Person]) -> tuple[Person, ...]:
    seen: set[str] = set()
    kept = []
    for person in people:
        key = " ".join(person.name.casefold().split())
        if key not in seen:
            seen.add(key)
            kept.append(person)
    return tuple(kept)


def _squash(value: str) -> str:
    # filter() with a method runs in C: no generator step per character.
    return "".join(filter(str.isalnum, value.casefold()))


def _handle_lines(
    text: str, people: Sequence[Person], taken: Sequence[Removal]
) -> list[Removal]:
    """Short lines that only repeat a credited name: the same person's handle."""
    if not people:
        return []
    names = {_squash(p.name) for p in people}
    handles = []
    taken_ranges = merge_ranges((r.span.start, r.span.end) for r in taken)
    taken_starts = [start for start, _ in taken_ranges]
    for line in split_lines(text):
        if len(line.text) > HANDLE_CHARS:
            continue
        words = line.text.split()
        if not words or len(words) > HANDLE_WORDS:
            continue
        if _squash(line.text) not in names:
            continue
        k = bisect.bisect_right(taken_starts, line.start) - 1
        if k >= 0 and line.start < taken_ranges[k][1]:
            continue  # inside a credit already taken
        if not any(
            p.span.start >= line.start and p.span.end <= line.end for p in people
        ):
            handles.append(Removal(trusted_span(line.stripped_start, line.stripped_end), "credits.handle"))
    return handles
