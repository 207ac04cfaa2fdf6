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

A byline may run on into its date (``Von Anna Schmidt am 3. Mai 2024``, ``par Marie
Dubois, 21 juin 2018``, ``By Jane Doe · March 3, 2024``): a date after the names
makes the line a byline as much as its end would.  Web pages also print the
author's name alone on a line beside the date line, with no marker at all
(``Jane Doe`` / ``March 3, 2024``): when no marker credits an author, the first
such name is the author (``credits.name_line``), as is a name on the date line itself
(``Jane Doe, March 3, 2024``, ``3. Mai 2024 · Anna Schmidt``: ``credits.name_date_line``).
Such a name has no word of any language's page furniture (``Edit Story``) and, in
German, no word the text writes after an article (``die Polizei``).  A page with none
of these may still name its author in a box after the article (``About the Author -
Jane Doe``, ``Tentang Penulis`` / ``Budi Santoso``: ``credits.about``).  A line-start marker may also stand
after a date on its line (``Posted on March 3, 2024 by Jane Doe``, ``29. Juni 2017 ·
von Tobi``, ``Diterbitkan 3 Maret 2024 oleh Budi``): when the line up to it is a date
with at most a few words before and only a time after, it opens a byline
(``credits.after_date``).  A page may also print the name alone right under the
article's heading, or under the teaser under it, with no date beside it
(``credits.under_heading``): the line after the name then reads as a byline's
neighbour (a date, a handle, a job), not as the next item of a menu.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence

import attrs
import regex

from articleparse.dates import DateGrammar, find_dates
from articleparse.dates import grammar as date_grammar
from articleparse.extractors.names import NameGrammar, NameList, name_grammar, names_a_team, read_names
from articleparse.languages import Language, available, load
from articleparse.lines import Line, line_at, split_lines
# Every span here runs from a match or word to a later offset of the same text, so
# it is built unchecked (``trusted_span``).
from articleparse.model import Person, Removal, Span, trusted_span
from articleparse.patterns import (
    SafePattern,
    alternation,
    pretest_alternation,
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
#: A blog's user name after a marker (``by oz on December 4, 2006``): at most this long.
USER_NAME_CHARS = 30
#: Characters of a user name besides letters and digits (``jane.doe``, ``mike_77``).
USER_NAME_MARKS = "._-"
_WITHOUT_USER_NAME_MARKS = str.maketrans("", "", USER_NAME_MARKS)
#: Punctuation around a word of running text.
WORD_EDGES = ".,;:!?\"'()[]«»„“”‘’*…-–—"
#: How far after a byline's names its date is looked for (``, Saturday, 19 October 2019``).
DATE_REACH = 60
#: Separators between a byline's names and its date, or a name and its line's end.
DATE_SEPARATORS = " \t,·•|/-–—"
#: A date before a line-start marker (``Posted on March 3, 2024 by Jane Doe``): the
#: line up to the marker is at most this long and has at most this many words.
DATE_BEFORE_CHARS = 70
DATE_BEFORE_WORDS = 9
#: Words before that date (``Posted on``, ``Veröffentlicht am``, ``Diterbitkan``).
DATE_LEAD_WORDS = 3
#: At most this many characters stand between the last digit of that date (or of its
#: time) and the marker (`` · ``, `` pm ``, `` Uhr · ``).
TIME_GAP = 14
#: A time after that date is at most this long (``, 23:39 Uhr``, `` at 3:19 pm``).
DATE_TIME_CHARS = 16
#: What ends a sentence: a line before a marker that ends so is no date line.
SENTENCE_ENDS = (".", "!", "?", ":", ";")
#: A name alone on its line: this many words at most (and two at least), this many
#: characters at most.
NAME_LINE_WORDS = 4
NAME_LINE_CHARS = 40
#: An author box's heading line is at most this long; separators after its heading.
ABOUT_LINE_CHARS = 70
ABOUT_SEPARATORS = " \t-–—:|"
#: "About Jane Doe" heads an author's box when one of the next two lines has at
#: least this many words (her biography); in a menu, short links follow.
ABOUT_BIO_WORDS = 10
#: At most this many short lines of at most this many words each (a job, a handle)
#: stand between a name line and its date line.
BETWEEN_LINES = 2
BETWEEN_WORDS = 2
#: A line with a name and a date on it is at most this long.
NAME_DATE_LINE_CHARS = 70
#: Words of page furniture at least this long are never part of a name.
FURNITURE_WORD_LETTERS = 5
#: A date line beside a name line: at most this long, or mostly date.
DATE_LINE_CHARS = 40
DATE_LINE_SHARE = 0.5
#: A line of at least this many words is a paragraph.  A name line stands before the
#: article: after at most one paragraph (a teaser) of at most ``TEASER_WORDS`` words,
#: and before at least ``BODY_PARAGRAPHS`` paragraphs (comments and lists of related
#: posts come after the article, where bylines are other people's).
PARAGRAPH_WORDS = 30
TEASER_WORDS = 60
BODY_PARAGRAPHS = 3
#: A teaser between a heading and its byline has at least this many words.
HEADING_TEASER_WORDS = 8
#: A menu's item under a name-like menu item has at most this many words.
MENU_ITEM_WORDS = 3


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
    #: Line-start markers that credit only with a job after them, casefolded
    #: (``Laporan Wartawan Tribunnews.com, Budi``; ``Laporan Keuangan`` is a title).
    need_job: frozenset[str] = frozenset()
    #: Markers of those who helped, casefolded (``Additional reporting by``): their
    #: names are authors only when no other marker credits one.
    secondary: frozenset[str] = frozenset()


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
    need_job = frozenset(" ".join(w.casefold().split()) for w in data.get("author", {}).get("line_start_job", ()))
    for word in data.get("author", {}).get("line_start_job", ()):
        kinds["line_start"].append(word)
        roles.setdefault(" ".join(word.casefold().split()), "author")
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
          (?: [\x20\t]*+ [:：]? {next_line} | [\x20\t]*+ [:：] [\x20\t]*+ | [\x20\t]++
            | (?=(?-i:\p{{Lu}}\p{{Ll}})) )
        | (?<!\w) (?P<labelled>{alternation(kinds["labelled"])}) [\x20\t]*+ [:：]
          (?: {next_line} | [\x20\t]*+ )
        | ^ [\x20\t|]*+ (?P<line_start>{alternation(kinds["line_start"])})
          (?: [\x20\t]*+ [:：]? {next_line}
            | [\x20\t]*+ [:：] [\x20\t]*+
            | [\x20\t]++
            | (?=(?-i:\p{{Lu}}(?:\p{{Ll}}|\.\p{{Lu}}))) )
          (?=\p{{Lu}})
        | (?=(?:{alternation(kinds["line_start"])}) [\x20\t]) (?<=\d [^\n\d]{{0,{TIME_GAP}}} [\x20\t])
          (?P<after_date>{alternation(kinds["line_start"])}) [\x20\t]++ (?=\p{{Lu}})
        )
        """,
        flags=regex.IGNORECASE | regex.MULTILINE,
    )
    secondary = frozenset(" ".join(w.casefold().split()) for w in data.get("author", {}).get("secondary", ()))
    return CreditMarkers(pattern, roles, _keywords(kinds), _needed(language.code, kinds), kinds, need_job, secondary)


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


def _needed(code: str, kinds: dict[str, list[str]]) -> SafePattern:
    """The markers' pre-test: each branch of the marker pattern without what
    ``re`` and ``regex`` read differently.  A word character before a marker is only
    looked for among ASCII ones (every one of which ``regex`` counts), the capitals
    after it not at all, so that it finds every marker the pattern finds.  It cannot
    backtrack: literal words, and possessive runs of a class that no word starts with.
    """
    labelled, by, line_start = (pretest_alternation(kinds[k]) for k in ("labelled", "by", "line_start"))
    # ``re`` looks behind by a fixed width only: one look-behind per width.
    after_digit = "|".join(rf"(?<=\d[^\n\d]{{{k}}}[\x20\t])" for k in range(TIME_GAP + 1))
    return compile_pattern(
        f"credits.markers_needed.{code}",
        rf"""
          (?<!(?-i:[A-Za-z0-9_])) {labelled} [\x20\t]*+ [:：]
        | (?: ^ | (?<=[|;(/]) | (?<=[.!?]\x20) ) [\x20\t]*+ {by}
        | ^ [\x20\t|]*+ {line_start}
        | (?={line_start} [\x20\t]) (?:{after_digit}) {line_start}
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
    if text[found.end : _line_end(text, found.end)].rstrip().endswith((":", "：")):
        return False  # "By Course/Meal:": a menu's heading
    return found.stop in ("end", "marker", "punct", "role", "outlet")


def _names_on_next_line(
    text: str, found: NameList, grammar: NameGrammar, is_marker: Callable[[int], bool],
    outlet_ends: Mapping[int, int],
) -> NameList:
    """``found`` with the names of the next line when its line ends in a comma or a
    joiner (``By`` / ``Jane Doe and`` / ``John Roe``): pages break a byline after its
    marker and between its names alike."""
    end = _line_end(text, found.names[-1][1])
    tail = text[found.names[-1][1] : end].strip()
    if end >= len(text) or not (tail == "," or tail.casefold() in grammar.joiners):
        return found
    start = end + 1
    while start < len(text) and text[start] in " \t":
        start += 1
    if grammar.roles.match(text, start):
        return found  # "By Jane Doe," / "Senior Reporter": her job, no name
    more = read_names(text, start, grammar, is_marker, outlet_ends.get)
    if not more.names or more.stop not in ("end", "marker", "punct", "role", "outlet"):
        return found
    if any(grammar.roles.match(text, at) for at in _word_offsets(text, more.names)):
        return found  # "Jane Doe," / "Senior Reporter": a job, no second name
    return NameList(found.names + more.names, more.end, more.stop, more.outlet)


def _word_offsets(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Where each word of the names at ``spans`` starts."""
    offsets: list[int] = []
    for start, end in spans:
        offsets.extend(start + at for at in _word_start_offsets(text[start:end], text[start:end].split()))
    return offsets


def _user_name(text: str, offset: int, language: Language, after_date: bool) -> tuple[int, int] | None:
    """The span of a user name in small letters that a marker credits (``by oz on
    December 4, 2006``, ``Posted on March 3, 2024 by admin``, ``Veröffentlicht am
    12. Juni 2017 von gizzmo``); None when there is none.

    Blogs credit their posts so.  Only a date on the line makes it a byline (``by
    hand``, ``by far`` are no credit): before the marker (``after_date``), or right
    after the name.  A language's common words and a page's furniture are no user name.
    """
    end = _line_end(text, offset)
    piece = text[offset:end]
    word = piece.split(None, 1)[0] if piece[:1].isalnum() else ""
    word = word.rstrip(DATE_SEPARATORS + ",;:")
    if not 2 <= len(word) <= USER_NAME_CHARS or not any(map(str.islower, word)) or word.endswith("."):
        return None  # (a full stop ends a sentence: "Von wegen. Am Sonntag, 15. März ...")
    if not word.translate(_WITHOUT_USER_NAME_MARKS).isalnum():
        return None
    rest = piece[len(word) :]
    if rest and (rest[0].isalnum() or rest[0] in USER_NAME_MARKS):
        return None  # the word goes on ("oz.com/news", "hand-made"): no user name
    folded = word.casefold()
    if folded in _stop_words(language) or folded in _furniture_words() or folded in _date_joiners(language):
        return None
    if after_date:
        return offset, offset + len(word)
    # After the name, only a date and maybe a time: "by hand on March 3, 2024, the
    # clerk ..." goes on as a sentence.
    if end - offset - len(word) > DATE_REACH or not _date_follows(text, offset + len(word), language):
        return None
    return offset, offset + len(word)


def _date_follows(text: str, offset: int, language: Language) -> bool:
    """A date starts the rest of the line at ``offset``, after separators and at most
    one of the language's words that introduce a date (``am``, ``on``, ``le``)."""
    piece = text[offset : min(_line_end(text, offset), offset + DATE_REACH)].lstrip(DATE_SEPARATORS)
    first, _, rest = piece.partition(" ")
    if first.casefold() in _date_joiners(language):
        piece = rest.lstrip()
    if not piece[:1].isalnum():
        return False
    found = next(find_dates(piece, date_grammar(language.code)), None)
    return found is not None and found.start == 0


def _count_ends_line(text: str, offset: int, language: Language) -> bool:
    """The rest of the line at ``offset`` is a figure and a word the language counts a
    post's comments or reading minutes with (``12 Comments``, ``| 4 comments``,
    ``3 min read``): a blog's meta line counts them after its byline.  (A time after
    the names, ``2 days ago``, stands under the teasers of other stories as well.)"""
    words = text[offset : _line_end(text, offset)].strip(DATE_SEPARATORS).split(None, 1)
    if len(words) < 2 or not words[0].replace(",", "").isdigit():
        return False
    return " ".join(words[1].casefold().split()) in _count_words(language)


@functools.cache
def _count_words(language: Language) -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in language.words("credits", "names.counts"))


def _date_before(text: str, offset: int, language: Language) -> bool:
    """The line up to ``offset`` is a date with at most a few words around it
    (``29. Juni 2017, 23:39 ·``, ``Posted on March 3, 2024``, ``Diterbitkan 3 Maret 2024``):
    a line-start marker after it opens a byline as at the line's start."""
    start = text.rfind("\n", 0, offset) + 1
    piece = text[start:offset].strip().rstrip(DATE_SEPARATORS)
    if not piece or len(piece) > DATE_BEFORE_CHARS or not _DIGIT.search(piece):
        return False
    if len(piece.split(None, DATE_BEFORE_WORDS)) > DATE_BEFORE_WORDS or piece.endswith(SENTENCE_ENDS):
        return False
    dates = list(find_dates(piece, date_grammar(language.code)))
    if not dates or len(piece[: dates[0].start].split()) > DATE_LEAD_WORDS:
        return False  # "The law passed on <date> by ...": a sentence, not a date line
    last = dates[-1]
    # Only a time may stand between the date and the marker ("2017, 23:39 ·"): words
    # there ("seit 1.1.2021 und die Abrechnung von ...") make a title, not a byline.
    rest = piece[last.end :]
    return not rest.strip(DATE_SEPARATORS) or (len(rest) <= DATE_TIME_CHARS and _DIGIT.search(rest) is not None)


@functools.cache
def _stop_words(language: Language) -> frozenset[str]:
    """The language's most frequent words (``language.toml``): never part of a name."""
    return frozenset(w.casefold() for w in language.words("language", "detect"))


@functools.cache
def _determiners(language: Language) -> frozenset[str]:
    """Words that make a labelled marker after them a noun (``the`` of ``Contact the
    author:``), casefolded."""
    return frozenset(w.casefold() for w in language.words("credits", "names.determiners"))


def _word_before(text: str, offset: int) -> str:
    """The word that ends right before ``offset`` on its line, past spaces; "" when none."""
    end = offset
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and start > end - USER_NAME_CHARS and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


@functools.cache
def _date_joiners(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.words("credits", "names.before_date"))


def extract_credits(
    text: str,
    language: Language | None,
    outlet_ends: Mapping[int, int],
    *,
    name_lines: bool = True,
    heading: str | None = None,
) -> Credits:
    """Authors, editors, the stretches their credits take, and outlets in bylines.

    ``outlet_ends`` maps the start of every gazetteer outlet mention to its end.
    ``name_lines=False`` leaves out the markerless name beside a date line: a text
    in no known language is read with some language's markers, but its dates and
    common words are not that language's.  ``heading`` is the article's headline as
    the headline step read it: a name alone under a line that reads so is the author
    when no marker and no date line credits one.

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
        found = markers.pattern.match(text, offset)
        # A line-start marker inside a name ("Walter von Aachen") ends nothing.
        return found is not None and found.lastgroup != "after_date"

    bylines: list[list[Person]] = []  # the people of each line-start byline, in order
    # the people of each "by" credit that opens a line, by marker ("Written by")
    by_lines: dict[str, list[list[Person]]] = {}
    other_authors = False  # an author credited by a "by" or labelled marker
    helpers: set[int] = set()  # the people (by ``id``) of "Additional reporting by"
    windows = keyword_windows(text, markers.keywords, WINDOW_BEFORE, WINDOW_AFTER)
    # The matches are listed first: the pattern's timeout would also count the time
    # spent reading names between two matches.
    for match in list(finditer_in(markers.pattern, text, windows, needed)):
        kind = match.lastgroup or "labelled"
        if kind == "after_date" and not _date_before(text, match.start(kind), language):
            continue
        if kind == "labelled" and _word_before(text, match.start(kind)).casefold() in _determiners(language):
            continue  # "Contact the author:": a link to write to, no label
        role = _role_of(markers, match.group(kind))
        if (kind in ("line_start", "after_date") and markers.need_job
                and " ".join(match.group(kind).casefold().split()) in markers.need_job):
            if not grammar.roles.match(text, match.end()):
                continue
        found = read_names(text, match.end(), grammar, is_marker, outlet_ends.get)
        # (Not after a "by" marker: "geschrieben von" also credits every comment.)
        if (kind in ("line_start", "after_date") and not found.names and found.stop == "other"
                and found.outlet is None and "\n" not in match.group()):
            user = _user_name(text, match.end(), language, kind == "after_date")
            if user is not None:
                found = NameList((user,), user[1], "end")
        # A marker alone on its line reads the next line: a byline, not a sentence.
        crossed = "\n" in match.group()
        if found.stop == "end" and found.names:
            found = _names_on_next_line(text, found, grammar, is_marker, outlet_ends)
        # "Von Anna Schmidt am 3. Mai 2024": a date after the names ends the byline, as
        # does a blog's count of comments ("March 3, 2024 by Jane Doe 12 Comments").
        dated = bool(found.names) and found.stop == "other" and (
            _date_follows(text, found.end, language)
            # (A full name: "By Monday 3 pm" is no byline.)
            or (len(text[slice(*found.names[-1])].split()) >= 2 and _count_ends_line(text, found.end, language)))
        if (kind in ("line_start", "after_date") or crossed) and not (dated or _reads_as_byline(found, text)):
            continue
        if not found.names and found.outlet is None:
            continue
        people = []
        for start, end in _persons_of(found.names, text):
            if outlet_ends.get(start) == end:
                outlets.append(trusted_span(start, end))
                continue
            if names_a_team(text[start:end], grammar):
                continue  # "Penulis: Tim Redaksi": the credit goes, no person with it
            if text[start:end].split(None, 1)[0] in grammar.outlet_openers:
                outlets.append(trusted_span(start, end))  # "By The Planetary Press"
                continue
            people.append(Person(text[start:end], trusted_span(start, end), f"credits.{kind}"))
        if kind in ("line_start", "after_date"):
            bylines.append(people)
        elif role == "author" and " ".join(match.group(kind).casefold().split()) in markers.secondary:
            helpers.update(id(person) for person in people)
        elif role == "author" and people:
            other_authors = True
            if kind == "by" and _opens_line(text, match.start(kind)):
                by_lines.setdefault(" ".join(match.group(kind).casefold().split()), []).append(people)
        found_people[role].extend(people)
        if found.outlet is not None:
            outlets.append(trusted_span(*found.outlet))
        end = found.end if found.stop in ("marker", "punct", "other") and not dated else _line_end(text, found.end)
        if found.stop == "outlet" and found.outlet is not None:
            end = found.outlet[1]
        elif (kind == "by" and found.names and _opens_line(text, match.start(kind))
              and _describes_writer(text, found.names[-1][1])):
            end = _line_end(text, end)  # "Written by Jane Doe, an intern at the desk."
        removals.append(Removal(trusted_span(match.start(kind), end), f"credits.{kind}"))
    for credits in by_lines.values():
        if len(credits) >= RELATED_BYLINES:
            # "Written by ..." under every teaser of a list of related stories: the
            # article's own credit is the first.
            related = {id(person) for people in credits[1:] for person in people}
            found_people["author"] = [p for p in found_people["author"] if id(p) not in related]
    signature = _signature(text, outlet_ends)
    if signature is not None:
        outlets.append(signature)
        removals.append(Removal(signature, "credits.signature"))
    if len(bylines) >= RELATED_BYLINES:
        # A page with this many "By ..." lines lists other stories with their authors;
        # the article's own byline is the first, unless another marker credits it.
        related = {id(person) for people in bylines[0 if other_authors else 1 :] for person in people}
        found_people["author"] = [p for p in found_people["author"] if id(p) not in related]
    elif bylines and found_people["author"]:
        related = _teaser_bylines(text, found_people["author"], bylines)
        found_people["author"] = [p for p in found_people["author"] if id(p) not in related]
    if any(id(person) not in helpers for person in found_people["author"]):
        # "By Jane Doe" ... "Additional reporting by John Roe": John helped.
        found_people["author"] = [p for p in found_people["author"] if id(p) not in helpers]
    if name_lines and not found_people["author"]:
        name_line = _name_line_author(
            text, grammar, date_grammar(language.code), _stop_words(language), outlet_ends,
            _articles(language),
        )
        if not name_line and heading:
            under = _name_under_heading(text, heading, grammar, outlet_ends, _stop_words(language),
                                        _articles(language))
            name_line = () if under is None else (under,)
        if not name_line:
            about = _about_author(text, language, grammar, outlet_ends)
            name_line = () if about is None else (about,)
        if name_line:
            found_people["author"].extend(name_line)
            first, last = name_line[0], name_line[-1]
            # "Jane Doe and John Roe": the line goes, the joiners with the names.
            start, end = first.span.start, last.span.end
            if first.rule in _WHOLE_LINE_RULES:
                # A short byline line goes whole, with the outlet, job or date beside
                # the names (``Siti Fatimah - detikHealth``, ``Budi, Jurnalis · <date>``).
                line = line_at(split_lines(text), start)
                start, end = min(start, line.stripped_start), max(end, line.stripped_end)
            removals.append(Removal(trusted_span(start, end), first.rule))
    authors = _unique(found_people["author"])
    editors = _unique(found_people["editor"])
    removals.extend(_handle_lines(text, authors + editors, removals))
    return Credits(authors, editors, tuple(removals), tuple(outlets))


def _persons_of(names: Sequence[tuple[int, int]], text: str) -> Sequence[tuple[int, int]]:
    """``names`` up to the first piece after a full name and a comma that names no
    person: an acronym among words that are not all capitals is a team's or an
    office's name (``Jane Doe, AMP Project Marketing, Google``, ``Uta Schmidt,
    Projektleiterin der HSS``).  A piece in capitals only is kept: a wire's capital
    names (``JANE DOE, JOHN ROE``) and an outlet's initials are read elsewhere."""
    if len(names) < 2 or len(text[names[0][0] : names[0][1]].split()) < 2:
        return names
    for k in range(1, len(names)):
        if text[names[k - 1][1] : names[k][0]].strip() != ",":
            continue
        words = text[names[k][0] : names[k][1]].split()
        acronym = any(len(w) >= 2 and w.isupper() for w in words)
        if acronym and not all(w.isupper() or not w[0].isalpha() for w in words):
            return names[:k]
    return names


#: The rules of credits that stand where the article's byline stands.
_BYLINE_RULES = ("credits.line_start", "credits.after_date", "credits.by")


def _teaser_bylines(text: str, credited: Sequence[Person], bylines: Sequence[Sequence[Person]]) -> set[int]:
    """The people (by ``id``) of the bylines that stand after the article's text has
    begun: the teaser of a related story set into the article (``By Jane Doe`` at the
    top, paragraphs, ``Other story`` / ``By John Roe and Ann Ray``, paragraphs).

    The article's text has begun when ``BODY_PARAGRAPHS`` paragraphs stand between
    the first author ``credited`` and the byline."""
    # (A labelled marker counts anywhere, even in a sentence: no anchor.)
    anchor = min((person.span.end for person in credited if person.rule in _BYLINE_RULES), default=len(text))
    later = sorted(
        (people for people in bylines if people and people[0].span.start > anchor),
        key=lambda people: people[0].span.start,
    )
    if not later:
        return set()
    lines = split_lines(text)
    first = bisect.bisect_right([line.start for line in lines], anchor)
    related: set[int] = set()
    paragraphs = 0
    waiting = iter(later)
    people = next(waiting, None)
    for line in itertools.islice(lines, first, None):
        while people is not None and line.start > people[0].span.start:
            if paragraphs >= BODY_PARAGRAPHS:
                related.update(id(person) for person in people)
            people = next(waiting, None)
        if people is None:
            break
        if _words(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS:
            paragraphs += 1
    if people is not None and paragraphs >= BODY_PARAGRAPHS:
        related.update(id(person) for person in people)  # the last line's byline
    return related


#: The rules whose names stand on a short line of their own (``_name_line_author``
#: bounds its length): the whole line is the byline.
_WHOLE_LINE_RULES = ("credits.name_line", "credits.name_date_line")


def _name_line_author(
    text: str,
    grammar: NameGrammar,
    dates: DateGrammar,
    stop_words: frozenset[str],
    outlet_ends: Mapping[int, int],
    articles: tuple[str, ...] = (),
) -> tuple[Person, ...]:
    """The first name alone on its line beside a date line (``Jane Doe`` / ``May 3, 2024``),
    or the names of a line that only lists names (``Jane Doe and John Roe``,
    ``Jane Doe, John Roe``); none when no line is so.

    The date line is the line before the name or the line after it, or the one after
    that when a short line stands between (``Jane Doe`` / ``Staff`` / ``May 3, 2024``).
    """
    lines = [line for line in split_lines(text) if not line.blank]
    digit = _DIGIT.pattern.search  # a scan that cannot backtrack: no timeout to pass
    before = 0  # the words of the paragraphs before the line
    common: frozenset[str] | None = None
    for k, line in enumerate(lines):
        size = _words(line, TEASER_WORDS + 1)
        if size >= PARAGRAPH_WORDS:
            before += size
            if before > TEASER_WORDS:
                return ()
            continue
        # The cheapest tests first: the line is short (``_name_alone`` starts so too),
        # and a line beside it has a digit (a menu's lines have none); then the name,
        # then the dates.
        length = len(line.text.strip().rstrip(DATE_SEPARATORS))
        if length > NAME_DATE_LINE_CHARS:
            continue
        rule = "credits.name_line"
        introduced = False  # an outlet or a job beside the name says it is a byline
        if digit(line.text):
            # "Jane Doe, March 3, 2024", "3. März 2024 · Anna Schmidt": one line.
            dated = _name_on_date_line(line, text, grammar, dates, outlet_ends)
            if dated is None:
                continue
            span, introduced = dated
            spans = [span]
            rule = "credits.name_date_line"
        else:
            if length > NAME_LINE_CHARS:
                continue
            # Scrapers print a date's separator on its own line (``May 3, 2024`` / ``|`` /
            # ``Jane Doe``): the date line is the first line before with a word on it.
            previous = k - 1
            while previous > 0 and k - previous <= BETWEEN_LINES and not lines[previous].text.strip(DATE_SEPARATORS):
                previous -= 1
            beside = [lines[previous]] if previous >= 0 else []
            # Short lines (a job, a handle) may stand between the name and its date:
            # ``Jane Doe`` / ``Political Editor`` / ``@janedoe`` / ``March 3, 2024``.
            for other in lines[k + 1 : k + 1 + BETWEEN_LINES + 1]:
                beside.append(other)
                if len(other.text.split(None, BETWEEN_WORDS)) > BETWEEN_WORDS:
                    break
            if not any(map(digit, [other.text for other in beside])):
                continue
            alone = _name_alone(line, text, grammar, outlet_ends)
            spans = [alone] if alone is not None else []
            # "Jane Doe Housing correspondent": the job cut off the line's end says,
            # as an outlet would, that the name is a byline.
            introduced = alone is not None and alone[1] < line.stripped_start + length
            if not spans:
                # "Budi Santoso - detikNews", "Budi, Jurnalis": the name with its
                # outlet or its job says it is a byline.
                spans = _names_before_outlet(line, text, grammar, outlet_ends)
                if not spans:
                    job = _name_before_job(line.text.strip(), line.stripped_start, text, grammar, outlet_ends)
                    spans = [job] if job is not None else []
                introduced = bool(spans)
            if not spans:
                spans = _names_alone(line, text, grammar, outlet_ends)
            if not spans:
                continue
            if not any(_is_date_line(other, dates) for other in beside):
                continue
            if _in_story_list(lines, k, dates):
                continue  # title / date / title / date: a list of stories, not a byline
        # A name introduced so at the top of the page needs no article after it to
        # tell it from a comment's author: a short news item may follow.
        if not (introduced and before == 0) and not _paragraphs_follow(lines, k + 1):
            continue
        if common is None:
            common = _small_words(text) | stop_words
        if not all(_names_a_person(text[a:b].split(), text, common, articles) for a, b in spans):
            continue
        return tuple(Person(text[a:b], trusted_span(a, b), rule) for a, b in spans)
    return ()


def _name_under_heading(
    text: str,
    heading: str,
    grammar: NameGrammar,
    outlet_ends: Mapping[int, int],
    stop_words: frozenset[str],
    articles: tuple[str, ...],
) -> Person | None:
    """The name alone on the line under a line that is the article's heading, or under
    the teaser under it (``Giant telescope opens`` / ``It can detect faint ...`` /
    ``Jane Doe`` / ``Search for this author in:``); None when there is none.

    A page prints its title line first and the heading again above the story: every
    line that is the heading counts.  The line after the name must not read as the
    next item of a menu (``Holiday Cottage`` / ``Lakeside``): it has a figure (a date,
    a time), opens with a sign (``(@janedoe)``, ``• 3 hours ago``), names a job,
    ends in a colon, repeats the name, or is longer than a menu's item.
    """
    lines = split_lines(text)
    common: frozenset[str] | None = None
    at = text.find(heading)
    while at >= 0:
        line = line_at(lines, at)
        at = text.find(heading, at + len(heading))
        if line.text.strip() != heading:
            continue  # the headline inside a longer line (a page title with its site)
        below = [other for other in lines[line.number + 1 : line.number + 4] if not other.blank]
        if below and _words(below[0], HEADING_TEASER_WORDS) >= HEADING_TEASER_WORDS:
            below = below[1:]  # the teaser under the heading
        if not below:
            continue
        span = _name_alone(below[0], text, grammar, outlet_ends)
        if span is None:
            continue
        name = text[span[0] : span[1]]
        if common is None:
            common = _small_words(text) | stop_words
        if not _names_a_person(name.split(), text, common, articles):
            continue
        after = next((other for other in lines[below[0].number + 1 :] if not other.blank), None)
        if after is not None and _menu_item_after(after, name, text, grammar):
            continue
        return Person(name, trusted_span(*span), "credits.under_heading")
    return None


def _menu_item_after(line: Line, name: str, text: str, grammar: NameGrammar) -> bool:
    """``line``, under a name-like line, reads as the next item of a menu: a few words
    that open with a letter, with no figure, no job and no colon at the end."""
    stripped = line.text.strip()
    if len(stripped.split(None, MENU_ITEM_WORDS)) > MENU_ITEM_WORDS or not stripped[0].isalpha():
        return False
    if stripped.endswith(":") or _DIGIT.search(stripped) is not None:
        return False
    if " ".join(stripped.split()) == " ".join(name.split()):
        return False  # the name again (a link and its text)
    return grammar.roles.search(text, line.stripped_start, line.stripped_start + len(stripped)) is None


def _names_a_person(words: Sequence[str], text: str, common: frozenset[str], articles: Sequence[str]) -> bool:
    """The words of a name beside a date are no words of the text or of the page."""
    # (Particles are small words of every text: only the capitalised words count.)
    if any(w.casefold() in common for w in words if w[0].isupper()):
        return False  # "Recent Posts", "Die Freiheit der Planung": words, not names
    if any(w.casefold() in _furniture_words() for w in words):
        return False  # "Edit Story", "Newsletter Anmeldung": a page's furniture
    # "die Polizei", "die Europäische Union": a noun, no given name
    return not _after_article(text, words[0], articles)


#: What stands between a name and its outlet on a name line (``Jane Doe, CNN``,
#: ``Budi Santoso - detikNews``, ``Jane Doe | Reuters``).
OUTLET_SEPARATORS = (",", " - ", " | ", " – ", " — ", " · ")


def _names_before_outlet(
    line: Line, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> list[tuple[int, int]]:
    """The spans of the names of a line that holds names and the news outlet they
    write for (``Jane Doe, CNN``, ``Budi Santoso - CNN Indonesia``, ``Siti Aminah,
    Budi Santoso - detikNews``); none otherwise."""
    if not outlet_ends:
        return []
    body = line.text.rstrip()
    end = line.start + len(body)
    if end not in outlet_ends.values():
        return []  # no outlet ends the line (a C-level test over a few hits)
    for separator in OUTLET_SEPARATORS:
        at = body.rfind(separator)
        if at <= 0:
            continue
        rest = at + len(separator)
        while rest < len(body) and body[rest] == " ":
            rest += 1
        if outlet_ends.get(line.start + rest) == end:
            name = body[:at].strip()
            start = line.start + body.find(name)
            span = _name_span(name, start, text, grammar, outlet_ends)
            return [span] if span is not None else _names_filling(name, start, text, grammar, outlet_ends)
    return []


def _name_before_job(
    piece: str, start: int, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> tuple[int, int] | None:
    """The span of the name in ``piece`` (at ``start`` in ``text``) when a comma and a
    job follow it and nothing else (``Budi, Jurnalis``, ``Rina Wati , Reporter``);
    None otherwise.  The job says the words before it name a person: a single
    word is a name too, as many Indonesians have one."""
    stripped = piece.rstrip(DATE_SEPARATORS)
    comma = stripped.rfind(",")
    if comma <= 0:
        return None
    job_at = comma + 1
    while job_at < len(stripped) and stripped[job_at] in " \t":
        job_at += 1
    job = grammar.roles.match(text, start + job_at)
    if job is None or job.end() != start + len(stripped):
        return None
    name = stripped[:comma].rstrip()
    words = name.split()
    if len(words) == 1:
        if not _name_word(name) or outlet_ends.get(start) is not None or grammar.roles.match(text, start):
            return None
        return start, start + len(name)
    return _name_span(name, start, text, grammar, outlet_ends)


def _names_filling(
    piece: str, start: int, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> list[tuple[int, int]]:
    """The spans of two or more full names that fill ``piece`` (at ``start`` in
    ``text``) with commas and joiners between them; none when it holds anything else."""
    if "," not in piece and not any(w.casefold() in grammar.joiners for w in piece.split()):
        return []
    if not piece or not _name_word(piece.split(None, 1)[0]):
        return []
    found = read_names(text, start, grammar, _no_marker, outlet_ends.get)
    end = start + len(piece)
    if len(found.names) < 2 or found.names[-1][1] > end or text[found.end : end].strip(DATE_SEPARATORS):
        return []
    return _full_names_only(found.names, text, grammar, outlet_ends)


def _names_alone(
    line: Line, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> list[tuple[int, int]]:
    """The spans of two or more full names that fill ``line`` with commas and joiners
    between them (``Jane Doe, John Roe``, ``Budi Santoso dan Rina Wati``); none when
    the line holds anything else."""
    stripped = line.text.strip()
    # The cheap test first: a comma or a joiner, and a name word to open the line.
    if "," not in stripped and not any(w.casefold() in grammar.joiners for w in stripped.split()):
        return []
    if not _name_word(stripped.split(None, 1)[0]):
        return []
    found = read_names(text, line.stripped_start, grammar, _no_marker, outlet_ends.get)
    if found.stop != "end" or len(found.names) < 2:
        return []
    if text[found.end : line.stripped_start + len(stripped)].strip(DATE_SEPARATORS):
        return []
    return _full_names_only(found.names, text, grammar, outlet_ends)


def _full_names_only(
    names: Sequence[tuple[int, int]], text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> list[tuple[int, int]]:
    """``names`` when every one is a full name as it stands, else none: "Jane Doe and
    Sons" is no list of names."""
    for start, end in names:
        if _name_span(text[start:end], start, text, grammar, outlet_ends) != (start, end):
            return []
    return list(names)


def _no_marker(offset: int) -> bool:
    return False


def _in_story_list(lines: Sequence[Line], k: int, dates: DateGrammar) -> bool:
    """Line ``k`` is a title in a list of stories, each over its date: the lines before
    and after it are dates, or the lines after it and two further on."""
    if k + 1 >= len(lines) or not _is_date_line(lines[k + 1], dates):
        return False
    if k > 0 and _is_date_line(lines[k - 1], dates):
        return True
    return k + 3 < len(lines) and _is_date_line(lines[k + 3], dates)


def _letters_of(word: str) -> str:
    """``word`` without separators around it and digits glued to its end (``Doe,``,
    ``Doe2024``)."""
    word = word.strip(DATE_SEPARATORS + ",;:")
    for k, char in enumerate(word):
        if char.isdigit():
            return word[:k].strip(DATE_SEPARATORS + ",;:")
    return word


def _glued_date(line: str, dates: DateGrammar) -> int | None:
    """Where a date glued to the end of a word starts (``DoeMarch 3, 2024``,
    ``FidlerThursday, 3 March 2024``): a capital after a small letter that starts a
    date; None when there is none."""
    for k in range(1, min(len(line), NAME_LINE_CHARS + 1)):
        if line[k].isupper() and line[k - 1].islower():
            found = next(find_dates(line[k : k + DATE_REACH], dates), None)
            if found is not None and found.start == 0:
                return k
    return None


def _name_on_date_line(
    line: Line, text: str, grammar: NameGrammar, dates: DateGrammar, outlet_ends: Mapping[int, int]
) -> tuple[tuple[int, int], bool] | None:
    """The name of a line that holds a name and a date and nothing else but a time and
    separators: ``Jane Doe, March 3, 2024``, ``Anna Schmidt | 03.05.2024, 10:15 Uhr``,
    ``3. Mai 2024 · Anna Schmidt``, ``Budi, Jurnalis · Senin 4 Maret 2024``; with
    True when a job stands between the name and the date."""
    stripped = line.text.strip()
    start = line.stripped_start
    # The cheap test first: a name opens or closes the line (most lines with a digit
    # are neither: prices, scores, counts of comments).
    words = stripped.split()
    if len(words) < 2:
        return None
    first, second = _letters_of(words[0]), _letters_of(words[1])
    if not (_name_word(first) and (_name_word(second) or _initial(second))):
        if not (_name_word(_letters_of(words[-1])) and _name_word(_letters_of(words[-2]))):
            return None
    found = next(find_dates(stripped, dates), None)
    glued = _glued_date(stripped, dates)
    if glued is not None and (found is None or found.start >= glued):
        # "Katherine FidlerThursday, 3 March 2024": the scraper glued the date on.
        return _job_free(_name_span(stripped[:glued], start, text, grammar, outlet_ends))
    if found is None:
        return None
    if found.start > 0:
        # The name first; after the date, at most a time or a short label.
        rest = stripped[found.end :]
        if len(rest) > DATE_TIME_CHARS + DATE_TIME_CHARS or sum(map(str.islower, rest.split())) > 1:
            return None  # "Jane Doe, March 3, 2024: the day the bridge fell": a title
        piece = stripped[: found.start].rstrip(DATE_SEPARATORS + ",")
        job = _name_before_job(piece, start, text, grammar, outlet_ends)
        if job is not None:
            return job, True  # "Budi, Jurnalis · Senin 4 Maret 2024"
        return _job_free(_name_span(piece, start, text, grammar, outlet_ends))
    rest = stripped[found.end :]
    words = rest.replace(",", " ").split()
    # A time after the date ("10:15 Uhr", "3:19 pm") comes before the name.
    while words and (words[0].strip(DATE_SEPARATORS) == "" or any(c.isdigit() for c in words[0])):
        words.pop(0)
        if words and words[0].islower():
            words.pop(0)  # "um", "pm"
    if not words:
        return None
    offset = found.end + rest.find(words[0])
    return _job_free(_name_span(stripped[offset:], start + offset, text, grammar, outlet_ends))


def _job_free(span: tuple[int, int] | None) -> tuple[tuple[int, int], bool] | None:
    """``span`` as ``_name_on_date_line`` returns a name with no job beside it."""
    return None if span is None else (span, False)


@functools.cache
def _about_headings(language: Language) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The author box's headings (``About the author``: the name on the line or the
    next), its prefixes (``About``: the name on the line), casefolded, and the words
    to look for first, as written and in capitals."""
    headings = tuple(w.casefold() for w in language.words("credits", "author.about"))
    prefixes = tuple(w.casefold() for w in language.words("credits", "author.about_prefix"))
    first = {w.split()[0] for w in language.words("credits", "author.about")}
    first.update(language.words("credits", "author.about_prefix"))
    return headings, prefixes, tuple(sorted({*first, *(w.upper() for w in first)}))


def _about_author(
    text: str, language: Language, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> Person | None:
    """The name of an author box (``About the Author - Jane Doe``, ``Tentang Penulis`` /
    ``Budi Santoso``, ``Über Anna Schmidt``): a page with no byline still names its
    author there."""
    headings, prefixes, needles = _about_headings(language)
    if not any(needle in text for needle in needles):
        return None
    lines = [line for line in split_lines(text) if not line.blank]
    openings = headings + prefixes
    for k, line in enumerate(lines):
        stripped = line.text.strip()
        if len(stripped) > ABOUT_LINE_CHARS:
            continue
        folded = stripped.casefold()
        if not folded.startswith(openings):
            continue  # (one C-level test for most lines, before the loop below)
        span = None
        for heading in openings:
            if not folded.startswith(heading) or folded[len(heading) : len(heading) + 1].isalnum():
                continue
            rest = stripped[len(heading) :].lstrip(ABOUT_SEPARATORS)
            if heading in prefixes and not any(
                _words(other, ABOUT_BIO_WORDS) >= ABOUT_BIO_WORDS for other in lines[k + 1 : k + 3]
            ):
                break  # "About Verizon Media" / "Advertise": a menu, not an author's box
            if rest:
                span = _name_span(rest, line.stripped_start + len(stripped) - len(rest), text, grammar, outlet_ends)
            elif heading in headings and k + 1 < len(lines):
                span = _name_alone(lines[k + 1], text, grammar, outlet_ends)
            break
        if span is None:
            continue
        words = text[span[0] : span[1]].split()
        common = _small_words(text) | _stop_words(language)
        if any(w.casefold() in common or w.casefold() in _furniture_words() for w in words if w[0].isupper()):
            continue
        return Person(text[span[0] : span[1]], trusted_span(*span), "credits.about")
    return None


@functools.cache
def _articles(language: Language) -> tuple[str, ...]:
    """The language's articles, as written and capitalised (``die``, ``Die``)."""
    words = language.words("credits", "names.articles")
    return tuple(dict.fromkeys([*words, *(w[:1].upper() + w[1:] for w in words)]))


@functools.cache
def _furniture_words() -> frozenset[str]:
    """The longer words of every language's page furniture (``debris.toml``: ``Share
    this story``, ``Recent Posts``, ``Newsletter``), less the languages' common words.
    No name word is one of them; the short ones (``Page``, ``Lee``, ``May``) may be."""
    words: set[str] = set()
    common: set[str] = set()
    for code in available():
        language = load(code)
        common.update(_stop_words(language))
        for table in language.concern("debris").values():
            if isinstance(table, dict):
                for phrase in table.get("words", ()):
                    words.update(w.casefold() for w in str(phrase).split()
                                 if len(w) >= FURNITURE_WORD_LETTERS and w.isalpha())
    return frozenset(words - common)


def _after_article(text: str, word: str, articles: Sequence[str]) -> bool:
    """``word`` follows one of ``articles`` somewhere in ``text`` (``die Polizei``): a
    noun, since a given name takes no article."""
    for article in articles:
        needle = f"{article} {word}"
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")
            ):
                return True
            at = text.find(needle, end)
    return False


def _words(line: Line, most: int) -> int:
    """The number of words of ``line``, or ``most`` + 1 when it has more: a paragraph
    of a thousand words is not split to learn that it has more than sixty."""
    return len(line.text.split(None, most))


def _paragraphs_follow(lines: Sequence[Line], start: int) -> bool:
    """At least ``BODY_PARAGRAPHS`` paragraphs stand in ``lines`` from ``start`` on."""
    found = 0
    for line in itertools.islice(lines, start, None):
        if _words(line, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS:
            found += 1
            if found >= BODY_PARAGRAPHS:
                return True
    return False


def _small_words(text: str) -> frozenset[str]:
    """The words the text writes in small letters (``posts`` in "... older posts")."""
    return frozenset(word for word in (w.strip(WORD_EDGES) for w in text.split()) if word.islower())


def _name_alone(
    line: Line, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> tuple[int, int] | None:
    """The span of a personal name that fills ``line`` (``Jane Doe``, ``Anna T. Schmidt |``)."""
    return _name_span(line.text.strip(), line.stripped_start, text, grammar, outlet_ends)


def _name_span(
    piece: str, start: int, text: str, grammar: NameGrammar, outlet_ends: Mapping[int, int]
) -> tuple[int, int] | None:
    """The span of a personal name that fills ``piece`` (at ``start`` in ``text``)."""
    stripped = piece.rstrip(DATE_SEPARATORS)
    if not stripped or len(stripped) > NAME_LINE_CHARS or not stripped[0].isupper():
        return None
    words = stripped.split()
    if len(words) < 2 or not _name_word(words[0]) or outlet_ends.get(start) is not None:
        return None
    if not (_name_word(words[1]) or _initial(words[1]) or words[1].casefold() in grammar.particles):
        return None  # (the cheap test before the jobs are looked for)
    starts = _word_start_offsets(stripped, words)
    roles = [k for k, at in enumerate(starts) if grammar.roles.match(text, start + at)]
    if roles:
        # "Jane Doe Staff Writer", "Richard Adams Education editor": a job after the
        # name.  A job in small letters takes the capitalised word before it as its
        # field ("Education editor"), when a full name stays.
        job = roles[0]
        if job < 2:
            return None
        if words[job][0].islower() and job >= 3 and words[job - 1][0].isupper():
            job -= 1
        words = words[:job]
        stripped = stripped[: starts[job - 1] + len(words[-1])].rstrip(DATE_SEPARATORS + ",")
        words[-1] = words[-1].rstrip(DATE_SEPARATORS + ",")
    if not 2 <= len(words) <= NAME_LINE_WORDS or any(w.endswith(("'s", "’s")) for w in words):
        return None  # "Today's Paper": a possessive, no name
    if not _name_word(words[-1]):
        return None
    for word in words[1:-1]:
        if not (_name_word(word) or _initial(word) or word.casefold() in grammar.particles):
            return None
    return start, start + len(stripped)


def _word_start_offsets(piece: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` (``piece.split()``) starts in ``piece``."""
    starts = []
    at = 0
    for word in words:
        at = piece.find(word, at)
        starts.append(at)
        at += len(word)
    return starts


def _name_word(word: str) -> bool:
    """A capital, then small letters (a hyphen or apostrophe inside): ``Anna``, ``O'Neil``."""
    return (
        len(word) >= 2 and word[0].isupper() and any(c.islower() for c in word[1:])
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
    )


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


#: Every date ``find_dates`` finds has a year: a line with no digit holds none.
_DIGIT = compile_pattern("credits.digit", r"\d", scan=True)


def _is_date_line(line: Line, dates: DateGrammar) -> bool:
    """A line that is a date, or mostly one (``Updated: 3 May 2024, 10:15``)."""
    stripped = line.text.strip()
    if len(stripped) > DATE_REACH or _DIGIT.search(stripped) is None:
        return False
    found = next(find_dates(stripped, dates), None)
    if found is None:
        return False
    return len(stripped) <= DATE_LINE_CHARS or (found.end - found.start) >= DATE_LINE_SHARE * len(stripped)


def _describes_writer(text: str, offset: int) -> bool:
    """A comma and words in small letters follow a name's end ``offset`` on its line: the credit's
    line goes on to say who the writer is (``, peserta magang di redaksi.``)."""
    rest = text[offset : _line_end(text, offset)].lstrip(" \t")
    if not rest.startswith(","):
        return False
    words = rest[1:].split(None, 1)
    return bool(words) and words[0][0].islower()


def _opens_line(text: str, offset: int) -> bool:
    return not text[text.rfind("\n", 0, offset) + 1 : offset].strip()


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
