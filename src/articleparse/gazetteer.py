"""The outlet gazetteer: known news outlets, their aliases, and a fast matcher.

The outlets are data, in ``data/outlets.toml`` (one ``[[outlet]]`` table each; the
format is in ``docs/gazetteer.md``).  The file is read on first use, checked, cached.

>>> [(h.alias, h.entry.name) for h in find_mentions("Menurut KOMPAS.com dan Reuters,")]
[('KOMPAS.com', 'Kompas'), ('Reuters', 'Reuters')]
>>> [h.alias for h in find_mentions("Reutersville, CNN-style, the cnn story")]
['CNN']
>>> lookup("associated press").name
'Associated Press'

How ``find_mentions`` stays fast on every article of a large batch: one small pattern
finds the words that could start an alias (capitalised or numeric words; a dict tells
whether an alias starts with that word, and where in the trie that word leads),
``str.find`` finds the few aliases written in lower case (``detikcom``, ``dpa``), and
only at those places is a radix trie of all aliases walked, a stretch of characters a
step.  A walk reads a bounded window of text, so within one call a context seen before
is not walked again.  Nothing backtracks; a scan costs about one regex step per
character of input, whatever the number of outlets (see ``docs/gazetteer.md``).
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from articleparse.cache import cached
from articleparse.errors import LanguageDataError
from articleparse.model import Span
from articleparse.patterns import SafePattern, compile_pattern, search_plan

__all__ = [
    "OutletEntry",
    "GazetteerHit",
    "KINDS",
    "entries",
    "lookup",
    "find_mentions",
    "parse_outlets",
    "ends_a_word",
]

#: The kinds an outlet may have.
KINDS: Final = ("agency", "broadcaster", "newspaper", "magazine", "online", "wire")

#: Where the data lives, relative to the package (for messages and loading).
DATA_FILE: Final = "data/outlets.toml"

_KEYS: Final = frozenset({"name", "kind", "country", "aliases", "ambiguous", "ambiguous_aliases"})
_REQUIRED: Final = ("name", "kind", "aliases")
_HINT: Final = "fix that [[outlet]] table (the format is in docs/gazetteer.md)"

#: Aliases with this many letters or more also match in ALL CAPS (wire copy).
_CAPS_MIN_LETTERS: Final = 4
#: ``lookup`` ignores case only for names this long or longer (``ap`` is not ``AP``).
_CASELESS_MIN_CHARS: Final = 6
#: One space in an alias matches a run of up to this many whitespace characters in the
#: text, holding at most one line break (wrapped wire copy), never a blank line.
_GAP_MAX: Final = 6
_LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_APOSTROPHE: Final = "'"
_CURLY_APOSTROPHE: Final = "\u2019"


@attrs.frozen
class OutletEntry:
    """One outlet of the gazetteer.

    ``ambiguous`` marks an outlet all of whose aliases are also ordinary words or
    common names; ``ambiguous_aliases`` lists such aliases of an outlet whose other
    aliases are safe (``Guardian`` of The Guardian).  A hit on an ambiguous alias
    should only count when the caller has context (a citing cue, a credit line, a
    dateline): ``GazetteerHit.ambiguous`` tells, per hit.
    """

    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()

    def is_ambiguous(self, alias: str) -> bool:
        """Whether a hit on ``alias`` needs context to count."""
        return self.ambiguous or alias in self.ambiguous_aliases


@attrs.frozen
class GazetteerHit:
    """An alias found in a text: ``text[start:end]`` is ``alias``, case and spacing aside."""

    start: int
    end: int
    alias: str
    entry: OutletEntry

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def ambiguous(self) -> bool:
        """Whether this alias is an ordinary word or name too (see ``OutletEntry``)."""
        return self.entry.is_ambiguous(self.alias)


# ------------------------------------------------------------------ the public API


def entries() -> tuple[OutletEntry, ...]:
    """Every outlet of the gazetteer, in file order."""
    return _index().entries


def lookup(name: str) -> OutletEntry | None:
    """The outlet ``name`` names: an alias (or its ALL-CAPS form) or canonical name
    exactly, else, for names of six characters or more, ignoring case.

    >>> lookup("AFP").name, lookup("REUTERS").name, lookup("kompas.com").name
    ('AFP', 'Reuters', 'Kompas')
    >>> lookup("afp") is None, lookup("Reutersville") is None
    (True, True)
    """
    index = _index()
    key = _normal(name)
    found = index.by_surface.get(key) or index.by_name.get(key)
    if found is not None:
        return found[1]
    if len(key) >= _CASELESS_MIN_CHARS:
        return index.by_casefold.get(key.casefold())
    return None


def find_mentions(text: str, *, include_ambiguous: bool = True) -> list[GazetteerHit]:
    """Every alias in ``text``: non-overlapping, leftmost-longest, sorted by start.

    An alias matches as a whole word (``Reutersville`` is not Reuters, ``Reuters'`` and
    ``Reuters’s`` are), case-sensitively as written, or in ALL CAPS when it has four
    letters or more; an acronym of five letters or fewer only as written.  A space in an
    alias matches a short run of blanks (one line break at most), and ``'`` matches
    ``’``.  ``include_ambiguous=False`` drops the hits whose alias is an ordinary word
    too; that filter runs after matching, so ``The Edge`` still hides ``Edge``.

    >>> [(h.start, h.end, h.alias) for h in find_mentions("The Sun and Fox News said")]
    [(0, 7, 'The Sun'), (12, 20, 'Fox News')]
    >>> [h.alias for h in find_mentions("The Sun and Fox News said", include_ambiguous=False)]
    ['Fox News']
    """
    matcher = _matcher()
    candidates = _word_candidates(text, matcher)
    lower = _lower_case_starts(text, matcher.lower_plan)
    if lower:
        candidates.extend((start, start, matcher.trie) for start in lower)
        candidates.sort(key=_first)
    hits: list[GazetteerHit] = []
    walked: dict[tuple[int, str], tuple[int, str, OutletEntry] | None] = {}
    reach = matcher.reach
    done = 0
    for start, resume, node in candidates:
        hooks = node.get(_HOOKS)
        if hooks is not None:  # a capital inside a lower-case alias: "Sun" of "theSun"
            for offset, prefix in hooks:
                if start >= offset and text.startswith(prefix, start - offset):
                    start = resume = start - offset
                    node = matcher.trie
                    break
        if start < done:
            continue  # inside an earlier hit
        if start > 0:
            before = text[start - 1]
            if before in _ASCII_WORD or (before >= "\x80" and _is_word(before)):
                continue  # inside a word
        # A walk reads at most ``reach`` characters, so its outcome depends only on
        # them: repeated contexts (an outlet named ten times, hostile input) walk once.
        key = (id(node), text[resume : resume + reach])
        if key in walked:
            found = walked[key]
        else:
            found = walked[key] = _walk(node, text, resume, resume)
        if found is None:
            continue
        length, alias, entry = found
        done = resume + length
        if include_ambiguous or not entry.is_ambiguous(alias):
            hits.append(GazetteerHit(start, done, alias, entry))
    return hits


# ------------------------------------------------------------ reading and checking


def parse_outlets(source_text: str, source: str = DATA_FILE) -> tuple[OutletEntry, ...]:
    """Read and check a gazetteer file's text; ``source`` names it in error messages.

    Raises ``LanguageDataError`` naming the file and the outlet's row (its position
    among the ``[[outlet]]`` tables, from 1) for malformed TOML, a missing or unknown
    key, a kind or country outside the allowed set, a malformed alias, or a name or
    alias that two outlets share.

    >>> parse_outlets('[[outlet]]\\nname = "X"\\nkind = "blog"\\naliases = ["X"]', "x.toml")
    Traceback (most recent call last):
    ...
    articleparse.errors.LanguageDataError: x.toml, outlet #1 ('X'): kind 'blog' is not \
one of agency, broadcaster, newspaper, magazine, online, wire; fix that [[outlet]] \
table (the format is in docs/gazetteer.md)
    """
    try:
        data = tomllib.loads(source_text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"{source}: not valid TOML: {exc}") from exc
    extra = sorted(set(data) - {"outlet"})
    if extra:
        raise LanguageDataError(
            f"{source}: unknown top-level key(s) {', '.join(extra)}; "
            "the file holds only [[outlet]] tables"
        )
    rows = data.get("outlet")
    if not isinstance(rows, list) or not rows:
        raise LanguageDataError(f"{source}: no [[outlet]] tables found")
    parsed = tuple(_parse_row(row, source, number) for number, row in enumerate(rows, 1))
    _check_unique(parsed, source)
    return parsed


def _fail(source: str, number: int, row: Mapping[str, Any], problem: str) -> LanguageDataError:
    name = row.get("name")
    label = f"outlet #{number}" + (f" ({name!r})" if isinstance(name, str) else "")
    return LanguageDataError(f"{source}, {label}: {problem}; {_HINT}")


def _parse_row(row: Any, source: str, number: int) -> OutletEntry:
    if not isinstance(row, dict):
        raise _fail(source, number, {}, "is not a table")
    unknown = sorted(set(row) - _KEYS)
    if unknown:
        known = ", ".join(sorted(_KEYS))
        raise _fail(source, number, row, f"unknown key(s) {', '.join(unknown)} (known: {known})")
    missing = [key for key in _REQUIRED if key not in row]
    if missing:
        raise _fail(source, number, row, f"missing key(s) {', '.join(missing)}")
    name = row["name"]
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise _fail(source, number, row, "name must be a non-empty string without outer spaces")
    kind = row["kind"]
    if kind not in KINDS:
        raise _fail(source, number, row, f"kind {kind!r} is not one of {', '.join(KINDS)}")
    country = row.get("country")
    if country is not None and not _is_country(country):
        raise _fail(
            source, number, row,
            f"country {country!r} must be an ISO 3166 alpha-2 code in upper case, or \"INT\"",
        )
    aliases = row["aliases"]
    if not isinstance(aliases, list) or not aliases:
        raise _fail(source, number, row, "aliases must be a non-empty list of strings")
    for alias in aliases:
        problem = _alias_problem(alias)
        if problem:
            raise _fail(source, number, row, f"alias {alias!r} {problem}")
    twice = sorted({a for a in aliases if aliases.count(a) > 1})
    if twice:
        raise _fail(source, number, row, f"alias(es) listed twice: {', '.join(twice)}")
    ambiguous = row.get("ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise _fail(source, number, row, "ambiguous must be true or false")
    some = row.get("ambiguous_aliases", [])
    if not isinstance(some, list) or any(a not in aliases for a in some):
        raise _fail(source, number, row, "ambiguous_aliases must list some of its own aliases")
    return OutletEntry(name, kind, country, tuple(aliases), ambiguous, tuple(some))


def _is_country(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    return value == "INT" or (len(value) == 2 and value.isascii() and value.isupper())


def _alias_problem(alias: Any) -> str | None:
    """Why ``alias`` cannot be matched as written, or None if it can."""
    if not isinstance(alias, str) or not alias:
        return "must be a non-empty string"
    if alias != alias.strip() or "  " in alias or any(c.isspace() and c != " " for c in alias):
        return "must be single-spaced, without outer spaces"
    if not _is_word(alias[0]):
        return "must start with a letter or a digit"
    if alias[0].islower() and " " in alias:
        return "starts in lower case, so it must be one word (lower-case aliases are found by search)"
    if _CURLY_APOSTROPHE in alias:
        return "must use a straight apostrophe (' matches ’ too)"
    return None


def _check_unique(parsed: Iterable[OutletEntry], source: str) -> None:
    """No name, no surface form, and no long alias ignoring case may name two outlets."""
    names: dict[str, int] = {}
    owners: dict[str, tuple[int, OutletEntry]] = {}
    for number, entry in enumerate(parsed, 1):
        if entry.name in names:
            raise LanguageDataError(
                f"{source}, outlet #{number} ({entry.name!r}): the name is also outlet "
                f"#{names[entry.name]}'s; {_HINT}"
            )
        names[entry.name] = number
        for alias in entry.aliases:
            keys = _surfaces(alias)
            if len(alias) >= _CASELESS_MIN_CHARS:
                keys.append("caseless:" + alias.casefold())
            for key in keys:
                first_number, first = owners.setdefault(key, (number, entry))
                if first is not entry:
                    shown = key.removeprefix("caseless:")
                    raise LanguageDataError(
                        f"{source}, outlet #{number} ({entry.name!r}): alias {alias!r} "
                        f"(as {shown!r}) already names outlet #{first_number} "
                        f"({first.name!r}); give one of them a qualified alias instead"
                    )


# --------------------------------------------------------------- the index and trie


def _normal(surface: str) -> str:
    """The key of a surface form: single spaces, straight apostrophes."""
    return " ".join(surface.split()).replace(_CURLY_APOSTROPHE, _APOSTROPHE)


def _surfaces(alias: str) -> list[str]:
    """The forms ``alias`` matches: as written, and in ALL CAPS if it is long enough."""
    forms = [alias]
    if sum(c.isalpha() for c in alias) >= _CAPS_MIN_LETTERS and alias.upper() != alias:
        forms.append(alias.upper())
    return forms


@attrs.frozen
class _Index:
    entries: tuple[OutletEntry, ...]
    #: surface form -> (alias as written in the data, its outlet)
    by_surface: dict[str, tuple[str, OutletEntry]]
    by_name: dict[str, tuple[str, OutletEntry]]
    by_casefold: dict[str, OutletEntry]


@functools.cache
def _built() -> tuple[_Index, _MatcherParts]:
    """The index and the matcher's tries, from the disk cache when the data file and
    this module are unchanged since they were last built (see ``articleparse.cache``)."""
    # A path beside the module, not importlib.resources: that import alone costs more
    # than reading the file, and the package is always installed as plain files.
    data = (Path(__file__).parent / DATA_FILE).read_bytes()
    try:
        code = Path(__file__).read_bytes()
    except OSError:  # no source beside the module (a frozen build): key on the version
        code = _version().encode()

    def build() -> tuple[_Index, _MatcherParts]:
        index = _build_index(data.decode("utf-8"))
        return index, _matcher_parts(index.by_surface)

    return cached("gazetteer", (data, code), build)


def _version() -> str:
    from articleparse import __version__

    return __version__


def _index() -> _Index:
    return _built()[0]


def _build_index(source_text: str) -> _Index:
    parsed = parse_outlets(source_text, DATA_FILE)
    by_surface: dict[str, tuple[str, OutletEntry]] = {}
    by_casefold: dict[str, OutletEntry] = {}
    for entry in parsed:
        # Aliases as written first, so that "TIME" is reported as "TIME", not "Time".
        for alias in entry.aliases:
            by_surface[alias] = (alias, entry)
        for alias in entry.aliases:
            for form in _surfaces(alias):
                by_surface.setdefault(form, (alias, entry))
            if len(alias) >= _CASELESS_MIN_CHARS:
                by_casefold[alias.casefold()] = entry
    by_name = {entry.name: (entry.name, entry) for entry in parsed}
    return _Index(parsed, by_surface, by_name, by_casefold)


#: Trie keys that are not characters of the text: an alias ends here / a gap follows /
#: the word is the inner part of lower-case aliases: [(offset, the part before it)].
_END: Final = ""
_GAP: Final = " "
_HOOKS: Final = "hooks"
#: A lower-case alias is searched for by its first word if that is this long.
_SEARCH_MIN_CHARS: Final = 4


@attrs.frozen
class _MatcherParts:
    """The matcher but its scanner: what the disk cache keeps (a compiled pattern is
    made in each process, so that it stays in the pattern registry)."""

    #: a radix trie of every surface form (see ``_compress``)
    trie: dict[str, Any]
    #: the radix trie after the first word (run of word characters) of every surface
    #: form that does not start in lower case, by that word
    after_first_word: dict[str, dict[str, Any]]
    #: what ``str.find`` looks for: the lower-case surface forms, or their first words
    lower_case: tuple[str, ...]
    #: the characters some surface form starts with, not in lower case, escaped for a
    #: character class
    first_class: str
    #: how many characters a walk may read: the longest form, its gaps at their
    #: widest, and the character after it
    reach: int


@attrs.frozen
class _Matcher(_MatcherParts):
    #: finds every word that starts with ``first_class``
    scanner: SafePattern
    #: the characters of ``first_class``
    first_chars: frozenset[str]
    #: ``lower_case`` as a ``search_plan``: a form that contains another is checked
    #: where that one is found instead of searched for
    lower_plan: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
    #: whether every character of ``first_chars`` is a word character of ``re`` and
    #: no node of ``after_first_word`` is empty (what ``_word_candidates`` relies on)
    findall_safe: bool


@functools.cache
def _matcher() -> _Matcher:
    parts = _built()[1]
    scanner = compile_pattern(
        "gazetteer.candidates",
        rf"""
        [{parts.first_class}]     # a character some alias starts with, not in lower case,
        \w*+                # and the rest of its word (possessive: no backtracking)
        """,
        scan=True,
    )
    first_chars = _class_chars(parts.first_class)
    return _Matcher(
        **attrs.asdict(parts, recurse=False),
        scanner=scanner,
        first_chars=first_chars,
        lower_plan=search_plan(parts.lower_case),
        findall_safe=all(map(_is_scan_word, first_chars)) and all(parts.after_first_word.values()),
    )


def _matcher_parts(by_surface: dict[str, tuple[str, OutletEntry]]) -> _MatcherParts:
    chars: dict[str, Any] = {}
    for form, found in by_surface.items():
        _insert(chars, form, found)
    upper_first = {form[0] for form in by_surface if not form[0].islower()}
    after_first_word: dict[str, dict[str, Any]] = {}
    for form in by_surface:
        word = _first_word(form)
        if not form[0].islower() and word not in after_first_word:
            after_first_word[word] = _compress(_descend(chars, word))
    # A lower-case form with a capital or digit inside ("theSun", "tvOne") is found
    # through the word the scanner finds there ("Sun", "One"); the others by search,
    # for their first word if it is long enough to be rare ("detik" for "detik.com").
    searched: set[str] = set()
    for form in by_surface:
        if not form[0].islower():
            continue
        inner = next((i for i, c in enumerate(form) if c in upper_first), len(form))
        if inner < len(form) and all(_is_word(c) for c in form[:inner]):
            node = after_first_word.setdefault(_first_word(form[inner:]), {})
            hooks = node.setdefault(_HOOKS, [])
            if (inner, form[:inner]) not in hooks:
                hooks.append((inner, form[:inner]))
                hooks.sort(reverse=True)  # the longest part before it first
        else:
            word = _first_word(form)
            searched.add(word if len(word) >= _SEARCH_MIN_CHARS else form)
    # A key that starts with another needs no search of its own.
    lower_case = tuple(
        sorted(k for k in searched if not any(k != o and k.startswith(o) for o in searched))
    )
    first_class = "".join(_class_escape(c) for c in sorted(upper_first))
    reach = max(len(f) + f.count(" ") * (_GAP_MAX - 1) for f in by_surface) + 1
    return _MatcherParts(_compress(chars), after_first_word, lower_case, first_class, reach)


def _insert(trie: dict[str, Any], form: str, found: tuple[str, OutletEntry]) -> None:
    """Add ``form`` to a trie of characters (a space stands for a gap)."""
    node = trie
    for char in form:
        node = node.setdefault(char, {})
    node.setdefault(_END, found)


def _compress(node: dict[str, Any]) -> dict[str, Any]:
    """The radix form of a character trie: runs of single children become one edge.

    A node maps the first character of each edge to ``(label, its length, next node,
    what ends at the next node)``, where the label ``_GAP`` (length 0) stands for a run
    of blanks, and "what ends" is ``(alias, outlet)`` or None; ``_END`` maps to what
    ends at the node itself.  An apostrophe is an edge of its own, reached by ``'``
    and by ``’``.
    """
    out: dict[str, Any] = {}
    for key, child in node.items():
        if key == _END:
            out[_END] = child
            continue
        label = key
        if key != _GAP:
            while key != _APOSTROPHE and _END not in child and len(child) == 1:
                (next_key, next_child), = child.items()
                if next_key in (_GAP, _APOSTROPHE):
                    break
                label += next_key
                child = next_child
        after = _compress(child)
        out[key] = (label, 0 if key == _GAP else len(label), after, after.get(_END))
        if key == _APOSTROPHE:
            out[_CURLY_APOSTROPHE] = out[key]
    return out


def _descend(trie: dict[str, Any], word: str) -> dict[str, Any]:
    node = trie
    for char in word:
        node = node[char]
    return node


def _first(candidate: tuple[int, int, dict[str, Any]]) -> int:
    return candidate[0]


def _first_word(form: str) -> str:
    end = 0
    while end < len(form) and _is_word(form[end]):
        end += 1
    return form[:end]


def _class_escape(char: str) -> str:
    return "\\" + char if not char.isalnum() else char


_ASCII_WORD: Final = frozenset(c for c in map(chr, range(128)) if c.isalnum() or c == "_")


def _is_word(char: str) -> bool:
    """Whether ``char`` is a word character, as ``\\w`` of the ``regex`` module says."""
    if char < "\x80":
        return char in _ASCII_WORD
    return _word_char().fullmatch(char) is not None


@functools.cache
def _word_char() -> SafePattern:
    return compile_pattern("gazetteer.word_char", r"\w")


def _class_chars(escaped: str) -> frozenset[str]:
    """The characters of a class written by ``_class_escape``."""
    chars = set()
    escaping = False
    for char in escaped:
        if char == "\\" and not escaping:
            escaping = True
            continue
        chars.add(char)
        escaping = False
    return frozenset(chars)


def _is_scan_word(char: str) -> bool:
    """Whether ``char`` is a word character, as ``\\w`` of the standard ``re`` (the
    scanner's) says."""
    return char.isalnum() or char == "_"


#: The text ``find_mentions`` scanned last and the scanner's words in it.
_last_scan: list[Any] = [None, None]


def ends_a_word(text: str, endings: tuple[str, ...]) -> bool | None:
    """Whether a run of word characters (``\\w`` of ``re``) in ``text`` ends with one of
    ``endings`` (``Post`` ends ``Post`` and ``NYPost``), each a run of word characters
    that starts with a capital; None when that is not known: ``text`` is not the text
    ``find_mentions`` scanned last, or the scanner does not see an ending's capital.

    Read from the words the candidate scanner found there, not from the text: the
    scanner matches a run from its first capital to its end, so a run ends with an
    ending (which starts with a capital) exactly when the scanner's word in it does.
    """
    last_text, words = _last_scan
    if last_text is not text:
        return None
    keys = _ending_keys(endings)
    if keys is None:
        return None
    joined = "\n".join(words) + "\n"
    return any(map(joined.__contains__, keys))


@functools.lru_cache(maxsize=16)
def _ending_keys(endings: tuple[str, ...]) -> tuple[str, ...] | None:
    """``endings`` as looked for in the scanner's words joined by line breaks, or None
    if the scanner may miss one (it starts with no character the scanner starts on)."""
    first_chars = _matcher().first_chars
    for ending in endings:
        if not ending or ending[0] not in first_chars or not all(map(_is_scan_word, ending)):
            return None
    return tuple(ending + "\n" for ending in endings)


def _word_candidates(text: str, matcher: _Matcher) -> list[tuple[int, int, dict[str, Any]]]:
    """``(start, end, trie node)`` of every scanner match that is the first word of an
    alias, in text order.

    ``findall`` lists the scanner's words without building a match object for each
    (an article has a hundred and fifty capitalised words, a dozen of which start
    an alias); the places of those few are then found again by ``str.find``, each
    after the one before, skipping what the scanner would not have matched there:
    a word that goes on (``The`` of ``Then``) or a place inside an earlier match
    (the scanner matches a word from the first character of ``first_class`` in it).
    """
    if not matcher.findall_safe:  # the reasoning above needs it
        return [
            (m.start(), m.end(), node)
            for m in matcher.scanner.pattern.finditer(text)
            if (node := matcher.after_first_word.get(m.group())) is not None
        ]
    words = matcher.scanner.pattern.findall(text)
    _last_scan[:] = (text, words)
    nodes = list(map(matcher.after_first_word.get, words))
    candidates: list[tuple[int, int, dict[str, Any]]] = []
    first_chars = matcher.first_chars
    size = len(text)
    find = text.find
    at = 0
    for word, node in itertools.compress(zip(words, nodes), nodes):  # no node is empty
        assert node is not None
        while True:
            start = find(word, at)
            end = start + len(word)
            at = start + 1
            if end < size and ((char := text[end]).isalnum() or char == "_"):
                continue  # the word goes on
            before = start - 1
            while before >= 0 and ((char := text[before]).isalnum() or char == "_"):
                if char in first_chars:
                    break  # the scanner's match started earlier
                before -= 1
            else:
                break
        at = end
        candidates.append((start, end, node))
    return candidates


def _lower_case_starts(
    text: str, plan: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]
) -> list[int]:
    """Where the lower-case forms of ``plan`` (a ``search_plan``) stand in ``text``."""
    found: list[int] = []
    find = text.find
    starts_with = text.startswith
    for word, longer in plan:
        position = find(word)
        while position >= 0:
            found.append(position)
            for other, offset in longer:
                if position >= offset and starts_with(other, position - offset):
                    found.append(position - offset)
            position = find(word, position + 1)
    return found


def _walk(
    node: dict[str, Any], text: str, at: int, origin: int
) -> tuple[int, str, OutletEntry] | None:
    """Go on from ``node`` at ``at`` to the longest surface form ending on a word
    boundary: (its end less ``origin``, its alias, its outlet), or None."""
    size = len(text)
    best: tuple[int, str, OutletEntry] | None = None
    found = node.get(_END)
    while True:
        if found is not None and (
            at >= size or not _is_word(text[at - 1]) or not _is_word(text[at])
        ):
            best = (at - origin, found[0], found[1])  # an alias ends here, on a boundary
        if at >= size:
            return best
        char = text[at]
        edge = node.get(char)
        if edge is None:
            if not char.isspace():
                return best
            edge = node.get(_GAP)
            if edge is None:
                return best
        label, length, node, found = edge
        if length == 0:  # a run of blanks: one, usually
            if at + 1 < size and not text[at + 1].isspace():
                at += 1
            else:
                at = _gap_end(text, at)
                if at < 0:
                    return best
        elif length == 1 or text.startswith(label, at):
            at += length
        else:
            return best


def _gap_end(text: str, start: int) -> int:
    """The end of the run of blanks at ``start``, or -1 if it is too long or a blank line."""
    at = start
    size = len(text)
    breaks = 0
    while at < size and text[at].isspace():
        char = text[at]
        if char in _LINE_BREAKS and not (char == "\r" and text[at + 1 : at + 2] == "\n"):
            breaks += 1
        at += 1
        if at - start > _GAP_MAX or breaks > 1:
            return -1
    return at
