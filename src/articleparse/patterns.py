"""The one place where regular expressions are compiled.

Every pattern is compiled once, registered under a name (so the adversarial test in
``tests/test_pattern_safety.py`` can run each of them over hostile input), and matched
with the ``regex`` module's ``timeout``, so that no input can hang a batch.  Patterns
are written so that they cannot backtrack catastrophically in the first place:
repetition is bounded or possessive (``{0,6}``, ``++``, ``*+``); the timeout is the net
under that rule, not the rule itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

__all__ = [
    "SafePattern",
    "ScanPattern",
    "compile_pattern",
    "alternation",
    "pretest_alternation",
    "registry",
    "keyword_windows",
    "search_plan",
    "shared_search_plan",
    "first_words",
    "key_words",
    "lowered_finds_words",
    "lowered_unless_folded",
    "FOLDED_LIKE_ASCII",
    "finditer_in",
    "may_match_near",
    "merge_ranges",
    "occurrences",
    "occurrences_of_any",
    "lower_case",
    "MATCH_TIMEOUT",
]

#: Seconds one match may take before ``TimeoutError``; the pipeline turns that into a
#: flag on the record (``timeout:<step>``) instead of an exception.
MATCH_TIMEOUT = 0.5

_REGISTRY: dict[str, SafePattern] = {}

#: The shortest part of several keywords searched for in their place: a shorter one
#: stands in too many other words.
SHARED_PART_MIN_CHARS = 5

#: Letters that ``regex`` matches case-insensitively with an ASCII letter but that
#: ``str.lower`` leaves as they are or turns into something else: the dotted capital
#: I, the long s, the Kelvin sign.
FOLDED_LIKE_ASCII = "\u0130\u017f\u212a"

#: ``keyword_windows``' memory: (the lower-cased text searched last, {word: offsets}).
_SEARCHED: list[tuple[str | None, dict[str, list[int]]]] = [(None, {})]


class SafePattern:
    """A pattern whose every match call carries a timeout.

    It compiles on first use: a command-line run pays only for the patterns its
    article needs (compiling is most of a short run's start-up time).
    """

    __slots__ = ("name", "source", "flags", "_compiled")

    def __init__(self, name: str, source: str, flags: int) -> None:
        self.name = name
        self.source = source
        self.flags = flags
        self._compiled: Any = None

    @property
    def pattern(self) -> Any:
        """The compiled ``regex`` pattern."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.source, self.flags)
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled  # not the property: this runs tens of times an article
        if compiled is None:
            compiled = self.pattern
        if endpos is None:
            return compiled.search(text, pos, timeout=MATCH_TIMEOUT)
        return compiled.search(text, pos, endpos, timeout=MATCH_TIMEOUT)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled  # not the property: this runs tens of times an article
        if compiled is None:
            compiled = self.pattern
        if endpos is None:
            return compiled.match(text, pos, timeout=MATCH_TIMEOUT)
        return compiled.match(text, pos, endpos, timeout=MATCH_TIMEOUT)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled  # not the property: this runs tens of times an article
        if compiled is None:
            compiled = self.pattern
        if endpos is None:
            return compiled.fullmatch(text, pos, timeout=MATCH_TIMEOUT)
        return compiled.fullmatch(text, pos, endpos, timeout=MATCH_TIMEOUT)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        # Every match is found before the first is handed over: ``regex`` starts a
        # finditer's timeout clock (the process's CPU time) when the iterator is made,
        # so a lazy iterator would also count the work its caller does between matches,
        # and a caller busy with each match would make a safe pattern time out.
        if endpos is None:
            return iter(list(self.pattern.finditer(text, pos, timeout=MATCH_TIMEOUT)))
        return iter(list(self.pattern.finditer(text, pos, endpos, timeout=MATCH_TIMEOUT)))

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        if endpos is None:
            return list(self.pattern.findall(text, pos, timeout=MATCH_TIMEOUT))
        return list(self.pattern.findall(text, pos, endpos, timeout=MATCH_TIMEOUT))

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return str(self.pattern.sub(repl, text, count=count, timeout=MATCH_TIMEOUT))

    def __repr__(self) -> str:
        return f"SafePattern({self.name!r})"


class ScanPattern(SafePattern):
    """A pattern run by the standard library's ``re``, with no timeout.

    Only for scanners that cannot backtrack at all (a character class, then a
    possessive or bounded run: ``[A-Z]\\w*+``).  ``re`` runs such a scan over a
    whole article two to three times faster than ``regex``, and they are the
    patterns that run most often.  ``tests/test_pattern_safety.py`` checks them with
    every other pattern.
    """

    __slots__ = ()

    @property
    def pattern(self) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.source, self.flags)
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self.pattern
        return compiled.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self.pattern
        return compiled.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self.pattern
        return compiled.fullmatch(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        return iter(self.pattern.finditer(text, pos, len(text) if endpos is None else endpos))

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        return list(self.pattern.findall(text, pos, len(text) if endpos is None else endpos))

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return str(self.pattern.sub(repl, text, count=count))


def compile_pattern(name: str, pattern: str, flags: int = 0, *, scan: bool = False) -> SafePattern:
    """Compile ``pattern`` (VERBOSE and V1 are implied, full case folding is not) and
    register it as ``name``.

    ``scan=True`` compiles a pattern that cannot backtrack with ``re`` instead (see
    ``ScanPattern``); ``flags`` are then ``re`` flags.

    Compiling the same name twice returns the first compilation, so callers may build
    patterns lazily from language data without caching themselves.
    """
    found = _REGISTRY.get(name)
    if found is not None:
        return found
    safe: SafePattern
    if scan:
        safe = ScanPattern(name, pattern, flags | re.VERBOSE)
    else:
        # V1 folds case fully ("ß" = "ss") unless told not to; simple folding is enough
        # for our words, and it halves the compile time of the long word-list patterns.
        safe = SafePattern(name, "(?-f)" + pattern, flags | regex.VERBOSE | regex.V1)
    _REGISTRY[name] = safe
    return safe


def registry() -> dict[str, SafePattern]:
    """Every pattern compiled so far, by name (a copy)."""
    return dict(_REGISTRY)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first, spaces as ``\\s+``.

    >>> alternation(["Oleh", "Ditulis oleh"])
    '(?:Ditulis\\\\s+oleh|Oleh)'
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    parts = [r"\s+".join(regex.escape(piece) for piece in w.split()) for w in unique]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def pretest_alternation(words: Iterable[str]) -> str:
    """An alternation of literal ``words`` for a pre-test on ``re``, longest first,
    spaces as ``\\s++``.

    Such a pre-test finds, with ``re.IGNORECASE``, every place where ``alternation``'s
    pattern matches on ``regex`` (and a few more): for an ASCII character, ``re``'s
    case-insensitive match accepts every character that ``regex``'s simple case
    folding accepts (and ``ſ``, ``K``, ``İ``, ``ı`` besides), and ``re``'s ``\\s``
    holds ``regex``'s (and U+001C to U+001F besides).  A character that is not ASCII
    becomes a class of every non-ASCII character and the ASCII ones ``regex`` matches
    it with (``_pretest_char``): a superset too, and it keeps a word such as
    ``Veröffentlicht`` a pre-test rather than no pre-test at all.
    ``tests/test_patterns.py`` checks all of it over every code point.  The run of
    spaces can be possessive: a word never starts with a space.

    >>> pretest_alternation(["Oleh", "Ditulis oleh"])
    '(?:Ditulis\\\\s++oleh|Oleh)'
    >>> pretest_alternation(["Foto"]) != pretest_alternation(["Fotó"])
    True
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    parts = [r"\s++".join("".join(map(_pretest_char, piece)) for piece in w.split())
             for w in unique]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@functools.lru_cache(maxsize=512)
def _pretest_char(char: str) -> str:
    """``char`` in a pre-test on ``re`` with IGNORECASE: escaped when it is ASCII, else
    any non-ASCII character or one of its ASCII companions, the ASCII
    characters that ``regex`` (simple case folding, as ``compile_pattern``
    compiles) matches ``char`` with: ``s`` for ``ſ``, ``k`` for the Kelvin sign.
    """
    if char.isascii():
        return re.escape(char)
    matcher = regex.compile(r"(?-f)(?i)" + regex.escape(char))
    companions = "".join(c for c in map(chr, range(0x80)) if matcher.fullmatch(c))
    # A negated class: ``re`` compiles a positive class of every non-ASCII code point
    # with IGNORECASE by folding each of them (15 ms a class, paid at start-up).
    if not companions:
        return r"[^\x00-\x7f]"
    return r"(?:[^\x00-\x7f]|[" + re.escape(companions) + "])"


def keyword_windows(
    text: str, keywords: Iterable[str], before: int, after: int
) -> list[tuple[int, int]] | None:
    """Stretches of ``text`` around each occurrence of a keyword (any case), merged.

    Word-list patterns (credit markers, citing cues) are slow to try at every
    position of a long text; the plain substring search of ``str.find`` is not.  A
    pattern whose every match contains one of its words then only needs to run in
    these windows (``finditer_in``).  Returns None when lower-casing changes the
    text's length (rare scripts), so that the caller scans the whole text instead.

    >>> keyword_windows("Isi. PENULIS: Budi", ["penulis"], 2, 3)
    [(3, 15)]
    """
    lowered = lower_case(text)
    size = len(text)
    if len(lowered) != size:
        return None
    find = lowered.find
    starts_with = lowered.startswith
    # Where each word stands in the text searched last: the languages one step tries
    # in turn when detection found none, and the steps after it, search the same
    # lower-cased text for many of the same words (``by``, ``editor``, ``oleh``).
    # One tuple, swapped whole, so that a thread never reads another text's places.
    searched = _SEARCHED[0]
    if searched[0] is not lowered:
        searched = _SEARCHED[0] = (lowered, {})
    places = searched[1]
    # Each occurrence as one int, ``offset << _LENGTH_BITS | length``: a list of ints is
    # built and sorted faster than one of (start, end) pairs, and an occurrence's
    # window follows from its offset and length (``_merged_windows``).
    occurrences: list[int] = []
    # Keywords that share a part (``reported``, ``reporter``, ``reporting``) are found
    # by one search for it, then checked where it stands.
    for part, is_keyword, longer in shared_search_plan(tuple(keywords)):
        found = places.get(part)
        if found is None:
            found = []
            position = find(part)
            while position >= 0:
                found.append(position)
                position = find(part, position + 1)
            # Stored once complete: a thread parsing the same text never reads half.
            places[part] = found
        if not found:
            continue
        if is_keyword:
            length = len(part)
            occurrences += [at << _LENGTH_BITS | length for at in found]
        for other, offset in longer:
            length = len(other)
            for position in found:
                at = position - offset
                if at >= 0 and starts_with(other, at):
                    occurrences.append(at << _LENGTH_BITS | length)
    return _merged_windows(occurrences, before, after, size)


#: ``keyword_windows`` packs a keyword's length into the low bits of an int, beside
#: its offset; ``shared_search_plan`` refuses a keyword this long or longer.
_LENGTH_BITS = 16
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1


def _merged_windows(
    occurrences: list[int], before: int, after: int, size: int
) -> list[tuple[int, int]]:
    """``merge_ranges`` of the windows around ``occurrences`` (each ``offset <<
    _LENGTH_BITS | length``): from ``before`` characters before a keyword to ``after``
    after it, within ``[0, size)``.  Sorted by offset, the windows are sorted by start
    too (a window's start only moves up with its offset)."""
    merged: list[tuple[int, int]] = []
    if not occurrences:
        return merged
    occurrences.sort()
    first = occurrences[0]
    at = first >> _LENGTH_BITS
    low = at - before if at > before else 0
    high = at + (first & _LENGTH_MASK) + after
    for packed in occurrences:
        at = packed >> _LENGTH_BITS
        start = at - before
        end = at + (packed & _LENGTH_MASK) + after
        if start <= high:
            if end > high:
                high = end
        else:
            merged.append((low, high if high < size else size))
            low = start
            high = end
    merged.append((low, high if high < size else size))
    return merged


@functools.lru_cache(maxsize=64)
def search_plan(keywords: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """The words to search for to find every occurrence of ``keywords``, each with the
    longer keywords that contain it and where: ``(word, ((longer, offset), ...))``.

    A keyword that contains another (``monday`` and ``mon``, ``byline`` and ``by``)
    stands wherever its part does, at a fixed offset: it is checked there instead of
    searched for in the whole text (a search costs a pass over the text).

    >>> search_plan(("mon", "monday", "by", "byline", "oleh"))
    (('by', (('byline', 0),)), ('mon', (('monday', 0),)), ('oleh', ()))
    """
    words = sorted({k for k in keywords if k}, key=lambda k: (len(k), k))
    searched: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        part = next((s for s in searched if s in word), None)
        if part is None:
            searched[word] = []
        else:
            searched[part].append((word, word.find(part)))
    return tuple((word, tuple(longer)) for word, longer in searched.items())


def first_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The first word of each of ``phrases``, lower-cased, once each, in order: a text
    that holds none of them in any case holds none of the phrases (``search_plan``
    drops those that contain another).  None when a word has a cased letter beyond
    ASCII: ``str.lower`` may read it otherwise than a case-insensitive pattern.

    With ``lowered_finds_words``, the pre-test of a word-list pattern that a few
    substring searches can spare (a pattern call's timeout alone costs more).

    >>> first_words(["Posted on", "posted", "Updated:", "Diterbitkan pada"])
    ('diterbitkan', 'posted', 'updated:')
    >>> first_words(["Última actualización"]) is None
    True
    """
    heads = tuple(sorted({p.split()[0].lower() for p in phrases if p.split()}))
    if not all(c.isascii() or c.lower() == c.upper() for head in heads for c in head):
        return None
    return heads


def key_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The longest word of each of ``phrases``, lower-cased, once each, sorted: a text
    that holds a phrase in any case holds that word (``alternation`` matches each word
    as written, only the blanks between words vary).  Rarer than ``first_words``' heads
    (``interview`` of ``in an interview with``, not ``in``).  A word with a cased letter
    beyond ASCII is passed over (``str.lower`` may read it otherwise than a
    case-insensitive pattern); None when a phrase has no other word.

    >>> key_words(["in an interview with", "according to", "via"])
    ('according', 'interview', 'via')
    >>> key_words(["Última actualización"]) is None
    True
    """
    keys: set[str] = set()
    for phrase in phrases:
        if not phrase:
            continue  # ``alternation`` drops it
        words = [w for w in phrase.split() if all(c.isascii() or c.lower() == c.upper() for c in w)]
        if not words:
            return None
        keys.add(max(words, key=len).lower())
    return tuple(sorted(keys))


def lowered_unless_folded(piece: str) -> str | None:
    """``piece`` lower-cased, for ``first_words``' test; None when it holds a letter
    that ``regex`` folds like an ASCII letter (then only the pattern can tell).

    >>> lowered_unless_folded("Posted ON"), lowered_unless_folded("Poſted on")
    ('posted on', None)
    """
    return piece.lower() if lowered_finds_words(piece) else None


def lowered_finds_words(text: str) -> bool:
    """Whether ``text.lower()`` holds a word of ASCII letters (any case) wherever a
    case-insensitive pattern finds it in ``text``: always, unless ``text`` holds a
    letter of ``FOLDED_LIKE_ASCII`` (``ſ`` matches ``s``).  Constant time for ASCII.

    >>> lowered_finds_words("Posted on"), lowered_finds_words("Poſted on")
    (True, False)
    """
    return text.isascii() or not any(c in text for c in FOLDED_LIKE_ASCII)


@functools.lru_cache(maxsize=64)
def shared_search_plan(
    keywords: tuple[str, ...],
) -> tuple[tuple[str, bool, tuple[tuple[str, int], ...]], ...]:
    """The strings to search for to find every occurrence of ``keywords``, each with
    whether it is a keyword itself and the longer keywords that contain it and where:
    ``(part, is_keyword, ((keyword, offset), ...))``.

    Like ``search_plan``, but a part need not be a keyword: keywords that share a part
    of ``SHARED_PART_MIN_CHARS`` characters or more (``reported``, ``reporter``,
    ``reporting``) are found by one search for it (``report``), since each of their
    occurrences holds it at a fixed offset.  The part that saves the most searches
    goes first (on a tie the longer, then the first in alphabetical order), until no
    two searches share one.

    >>> shared_search_plan(("reported", "reporter", "by", "byline", "said"))
    (('by', True, (('byline', 0),)), ('said', True, ()), ('reporte', False, (('reported', 0), ('reporter', 0))))
    """
    if any(len(word) > _LENGTH_MASK for word in keywords):
        raise ValueError("a keyword of 65,536 characters or more: keyword_windows cannot pack it")
    groups = [(word, True, longer) for word, longer in search_plan(keywords)]
    while True:
        holders: dict[str, set[str]] = {}
        for head, _, _ in groups:
            for start in range(len(head) - SHARED_PART_MIN_CHARS + 1):
                for end in range(start + SHARED_PART_MIN_CHARS, len(head) + 1):
                    holders.setdefault(head[start:end], set()).add(head)
        shared = sorted(
            (-len(held), -len(part), part) for part, held in holders.items() if len(held) > 1
        )
        if not shared:
            return tuple(groups)
        part = shared[0][2]
        merged: list[tuple[str, int]] = []
        for head, is_keyword, longer in groups:
            if part in head:
                at = head.find(part)
                if is_keyword:
                    merged.append((head, at))
                merged.extend((other, offset + at) for other, offset in longer)
        groups = [group for group in groups if part not in group[0]]
        groups.append((part, False, tuple(merged)))


def occurrences_of_any(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    """``(offset, length)`` of every occurrence of each of ``needles`` in ``text``.

    The loop is written out (no generator per needle): word lists have dozens of
    words, most of which a short text does not hold, and the search itself is then
    cheaper than setting one up.

    >>> occurrences_of_any("a cat and a dog", ["a ", "dog", "bird"])
    [(0, 2), (10, 2), (12, 3)]
    """
    found: list[tuple[int, int]] = []
    find = text.find
    for needle in needles:
        if not needle:
            continue
        position = find(needle)
        while position >= 0:
            found.append((position, len(needle)))
            position = find(needle, position + 1)
    return found


@functools.lru_cache(maxsize=4)
def lower_case(text: str) -> str:
    """``text.lower()``, remembered for the last few texts: several steps search the
    same article's lower-cased text, and lower-casing it costs more than a search."""
    return text.lower()


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Every offset where ``needle`` starts in ``text`` (overlaps included), by ``str.find``.

    For fixed strings this is much faster than a pattern in the ``regex`` module.

    >>> list(occurrences("aaa", "aa"))
    [0, 1]
    """
    if not needle:
        return
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1)


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` ranges sorted, with overlapping and touching ones joined.

    >>> merge_ranges([(5, 8), (0, 2), (2, 3), (7, 9)])
    [(0, 3), (5, 9)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def may_match_near(
    text: str, keywords: Iterable[str], needed: SafePattern | None, before: int, after: int
) -> bool:
    """False only when ``needed`` (a pre-test, as for ``finditer_in``) finds nothing in
    the windows of ``keyword_windows`` around ``keywords``: then no pattern that it
    pre-tests can match there.  True when that cannot be told (no pre-test, or a text
    whose lower-casing moves offsets).

    >>> needed = compile_pattern("doc.may_match_near", "photo[ ]by", flags=re.IGNORECASE, scan=True)
    >>> may_match_near("Photo by Ann", ["by"], needed, 10, 5)
    True
    >>> may_match_near("Nearby town", ["by"], needed, 10, 5)
    False
    """
    if needed is None:
        return True
    windows = keyword_windows(text, keywords, before, after)
    if windows is None:
        return True
    search = needed.search
    return any(search(text, start, end) is not None for start, end in windows)


def finditer_in(
    pattern: SafePattern,
    text: str,
    windows: list[tuple[int, int]] | None,
    needed: SafePattern | None = None,
) -> Iterator[Any]:
    """Matches of ``pattern`` that start in ``windows`` (all of ``text`` when None).

    ``needed`` is a cheaper pattern that finds something within every match of
    ``pattern`` (a ``ScanPattern`` pre-test): a window in which it finds nothing is
    not scanned.  Most windows hold a marker's word but no marker, and a ``regex``
    scan of a window costs ten to twenty times a ``re`` search of it.
    """
    if windows is None:
        yield from pattern.finditer(text)
        return
    last_end = -1
    for start, end in windows:
        begin = max(start, last_end)
        if needed is not None and needed.search(text, begin, end) is None:
            continue
        for match in pattern.finditer(text, begin, end):
            last_end = match.end()
            yield match
