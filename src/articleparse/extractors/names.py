"""Reading a list of personal names after a credit marker: ``A, B and C``.

Shared by the author/editor and photo-credit extractors.  Names are kept exactly as
written (never re-cased).  Reading stops at the end of the line, at another credit
marker, at punctuation that ends a credit (``; | ( )``), at a job title or place
(``, Senior Correspondent in Jakarta``; after a full name also without the comma:
``Jane Doe For The Daily Planet``), at a degree (``, PhD``, ``S.H.``: compared as
written, so ``Md`` in ``Ahmad Md Noor`` is no ``MD``), at a news outlet
(``, Reuters``), or at a word that cannot be part of a name.  A full stop after the
last name is the sentence's (``Editing by Kevin Li.``) unless it ends an initial, an
abbreviation or a listed suffix (``Jr.``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import regex

from articleparse.languages import Language
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["NameGrammar", "NameList", "name_grammar", "read_names", "names_a_team", "MAX_NAME_WORDS"]

#: A name longer than this is a sentence that lost its punctuation, not a name.
MAX_NAME_WORDS = 5
#: How far after a marker a credit may reach.
MAX_CREDIT_CHARS = 200

_TOKEN = compile_pattern(
    "names.token",
    r"""
      [\p{L}\p{M}] [\p{L}\p{M}\p{N}'’.\-]{0,60}+   # a word, with inner apostrophes, dots, hyphens
    | [^\s\p{L}\p{M}]                            # one other character
    """,
)


@attrs.frozen
class NameGrammar:
    joiners: frozenset[str]
    particles: frozenset[str]
    roles: SafePattern
    connectors: frozenset[str]
    #: Degrees written after a name, without their full stops, as written (``PhD``).
    degrees: frozenset[str] = frozenset()
    #: Words that keep their full stop at the end of a name (``Jr.``).
    abbreviations: frozenset[str] = frozenset()
    #: Words that open an outlet's name, as written (``The`` of ``The Associated
    #: Press``): a scraper may glue one to the name before it (``Jane DoeThe ...``).
    outlet_openers: tuple[str, ...] = ()
    #: Words that name a newsroom's team, casefolded (``Tim``, ``Redaksi``): a credit
    #: of ``Tim Redaksi`` or ``Tim detikcom`` names no person.
    teams: frozenset[str] = frozenset()


@attrs.frozen
class NameList:
    """Names read after a marker, where reading ended, and why it ended there."""

    names: tuple[tuple[int, int], ...]
    end: int
    stop: str  # "end", "marker", "punct", "role", "outlet", "other", "long"
    outlet: tuple[int, int] | None = None


@functools.cache
def name_grammar(language: Language) -> NameGrammar:
    """The name-list words of ``language`` (``credits.toml``, table ``names``)."""
    names = language.concern("credits").get("names", {})
    roles = alternation(names.get("roles", ()))
    return NameGrammar(
        joiners=frozenset(w.casefold() for w in names.get("joiners", ())),
        particles=frozenset(w.casefold() for w in names.get("particles", ())),
        roles=compile_pattern(
            f"names.roles.{language.code}", rf"{roles} (?!\w)", flags=regex.IGNORECASE
        ),
        connectors=frozenset(w.casefold() for w in names.get("connectors", ())),
        degrees=frozenset(str(w).replace(".", "") for w in names.get("degrees", ())),
        abbreviations=frozenset(str(w).rstrip(".") for w in names.get("abbreviations", ())),
        outlet_openers=tuple(str(w) for w in names.get("outlet_openers", ())),
        teams=frozenset(str(w).casefold() for w in names.get("teams", ())),
    )


#: A word ending so was cut short by the page: never a name.
_CUT_MARKS = ("..", "…")


def _is_site(word: str) -> bool:
    """A web site's name (``Phys.org``, ``Example.co.uk``): a full stop inside and small
    letters only after its last one.  No personal name is written so (an initial's or
    a suffix's full stop ends its word: ``A.``, ``Jr.``)."""
    head, dot, tail = word.rpartition(".")
    return bool(dot) and len(head) >= 2 and len(tail) >= 2 and tail.isalpha() and tail.islower()


def _digits_glued(word: str) -> int:
    """Where a date or number glued to the end of a name word starts (``Doe13.12.2022``,
    ``Doe2023``), after at least two letters; 0 when none is."""
    for k, char in enumerate(word):
        if char.isdigit():
            return k if k >= 2 and word[:k].isalpha() else 0
    return 0


def _is_name_word(word: str) -> bool:
    return word[0].isupper()


def _role_glued(word: str, begin: int, text: str, grammar: NameGrammar) -> int | None:
    """Where a job glued to the end of a name word starts (``JamesStaff Writer``): a
    capital after a small letter that opens a listed role; None otherwise (``DeArdo``,
    ``McDonald``: no role follows)."""
    for k in range(2, len(word)):
        if word[k].isupper() and word[k - 1].islower() and grammar.roles.match(text, begin + k):
            return begin + k
    return None


def _opener_glued(
    text: str, current: list[tuple[int, int]], outlet_start: int, grammar: NameGrammar
) -> int | None:
    """Where an outlet's opening word glued to the end of the last name word starts
    (``DoeThe`` before ``Associated Press``): after a small letter, with only a space
    between it and the outlet; None otherwise."""
    if not current:
        return None
    start, end = current[-1]
    if text[end:outlet_start] != " ":
        return None
    for opener in grammar.outlet_openers:
        at = end - len(opener)
        if at - start >= 2 and text.startswith(opener, at) and text[at - 1].islower():
            return at
    return None


#: A job and where its holder works, before the names: at most this many words
#: (``Wartawan Tribun Jateng, Budi Santoso``, ``Kontributor Bandung, Agie Permadi``).
JOB_WORDS = 5


def _after_job(text: str, begin: int, limit: int, grammar: NameGrammar) -> int:
    """Where the names start after a job and its outlet or place that open a credit
    (``Laporan Wartawan Tribunnews.com, Budi Santoso``, ``Penulis Kontributor Bandung,
    Agie Permadi``): just after the comma that ends them; ``begin`` when no job opens
    the credit there."""
    if not grammar.roles.match(text, begin):
        return begin
    comma = text.find(",", begin, limit)
    if comma < 0:
        return begin
    between = text[begin:comma]
    if len(between.split()) > JOB_WORDS or any(mark in between for mark in ";|()[]:"):
        return begin
    return comma + 1


def read_names(
    text: str,
    start: int,
    grammar: NameGrammar,
    is_marker: Callable[[int], bool],
    outlet_at: Callable[[int], int | None],
) -> NameList:
    """Read the names that start at ``start`` (just after a marker).

    ``is_marker(offset)`` says whether another credit marker starts there;
    ``outlet_at(offset)`` returns the end of a news outlet's name starting there.
    """
    line_end = text.find("\n", start)
    limit = min(len(text) if line_end < 0 else line_end, start + MAX_CREDIT_CHARS)
    names: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    after_comma = False
    piece_after_comma = False  # the name being read came after a comma
    current_start = start
    position = start

    def close() -> None:
        # A particle at the end belongs to a word that never came, not to the name.
        while current and not _is_name_word(text[current[-1][0] : current[-1][1]]):
            current.pop()
        if current:
            last_start, end = current[-1]
            # "Editing by Kevin Li.": a sentence's full stop, not an initial's ("A."),
            # an abbreviation's ("S.Si.") or a listed suffix's ("Jr.").
            word = text[last_start : end - 1]
            if (text[end - 1] == "." and len(word) > 1 and "." not in word
                    and word not in grammar.abbreviations):
                end -= 1
            half = len(current) // 2
            words = [text[a:b] for a, b in current]
            if half >= 2 and len(current) % 2 == 0 and words[:half] == words[half:]:
                # "Sean Martin Sean Martin": printed twice ("Sirhan Sirhan" is one name)
                end = current[half - 1][1]
            names.append((current[0][0], end))
            current.clear()

    skip_to = start
    for token in _TOKEN.finditer(text, start, limit):
        word = token.group()
        begin, finish = token.span()
        if word.isspace() or begin < skip_to:
            continue
        if begin == skip_to == start and word[0].isalpha():
            skip_to = _after_job(text, begin, limit, grammar)
            if skip_to > begin:
                continue
        if is_marker(begin):
            close()
            return NameList(tuple(names), begin, "marker")
        # An outlet ends the names, also right after a full name with no comma
        # between: "By JANE DOE Associated Press", as the wires print it.
        if not current or len(current) >= 2:
            outlet_end = outlet_at(begin)
            if outlet_end is not None:
                opener = _opener_glued(text, current, begin, grammar)
                if opener is not None:
                    # "Jane DoeThe Associated Press": the outlet's first word went
                    # with the name.
                    current[-1] = (current[-1][0], opener)
                    begin = opener
                close()
                return NameList(tuple(names), outlet_end, "outlet", (begin, outlet_end))
        if not current:
            if after_comma and grammar.roles.match(text, begin):
                close()
                return NameList(tuple(names), begin, "role")
        folded = word.casefold()
        if word == "," and not names and not current:
            # "Penulis: ,Saat ini ...": the scraper lost the name; a sentence follows.
            return NameList((), begin, "punct")
        if word == ",":
            close()
            after_comma = True
            position = finish
            continue
        if folded in grammar.joiners:
            close()
            after_comma = False
            position = finish
            continue
        if word in ";|()[]:/" or word in "\u2013\u2014-":
            close()
            return NameList(tuple(names), begin, "punct")
        if (current or after_comma) and word.replace(".", "") in grammar.degrees:
            # "Grant Tinsley, PhD", "Budi Santoso, S.H., M.H.": the names end here.
            close()
            return NameList(tuple(names), begin, "role")
        if current and word[0].isalpha() and _is_name_word(word):
            glued = _role_glued(word, begin, text, grammar)
            if glued is not None:
                # "Meg JamesStaff Writer": the scraper glued the job to the name.
                current.append((begin, glued))
                close()
                return NameList(tuple(names), glued, "role")
        if word[0].isalpha() and _is_name_word(word) and "." in word and _is_site(word):
            # "by Bob Yirka , Phys.org": the site that ran the story, not a person.
            close()
            return NameList(tuple(names), begin, "role")
        if word[0].isalpha() and _is_name_word(word) and word.endswith(_CUT_MARKS):
            # "Erweiterte Suche...": a cut teaser or a form's label, not a name.
            current.clear()
            return NameList(tuple(names), begin, "other")
        if current and folded in grammar.connectors and word[0].isupper():
            # "von Henry In Aktuell": a blog's "by NAME in CATEGORY" written in title
            # case; a connector is never part of a name.
            close()
            return NameList(tuple(names), begin, "role")
        if word[0].isalpha() and _is_name_word(word):
            glued = _digits_glued(word)
            if glued and current:
                # "Jane Doe13.12.2022": the scraper glued the date to the name.
                current.append((begin, begin + glued))
                close()
                return NameList(tuple(names), begin + glued, "other")
            # A job or an outlet's "For" right after a full name, even without a comma:
            # "By Glen Owen For The Mail On Sunday".
            if len(current) >= 2 and grammar.roles.match(text, begin):
                close()
                return NameList(tuple(names), begin, "role")
            if len(current) == 1 and piece_after_comma and grammar.roles.match(text, begin):
                # "Jane Doe, Senior Reporter": a job after the comma, not a second name.
                current.clear()
                return NameList(tuple(names), current_start, "role")
            if len(current) >= MAX_NAME_WORDS:
                close()
                return NameList(tuple(names), begin, "long")
            if not current:
                piece_after_comma = after_comma
                current_start = begin
            current.append((begin, finish))
            after_comma = False
            position = finish
            continue
        if current and folded in grammar.particles:
            current.append((begin, finish))
            position = finish
            continue
        close()
        return NameList(tuple(names), begin, "other")
    close()
    return NameList(tuple(names), max(position, start), "end")


def names_a_team(name: str, grammar: NameGrammar) -> bool:
    """``name`` names a newsroom's team, not a person: a team word, then only team
    words or words in small letters (``Tim Redaksi``, ``Tim detikcom``, ``Redaksi``),
    or words that end in a team word (``Herald Staff``).  A capitalised word after a
    team word is a name (``Tim Cook``)."""
    words = name.split()
    if not words:
        return False
    if len(words) >= 2 and words[-1].casefold() in grammar.teams:
        return True
    if words[0].casefold() not in grammar.teams:
        return False
    return all(w.casefold() in grammar.teams or not w[0].isupper() for w in words[1:])
