"""The dateline: place, date and agency before the first sentence of the body.

``SEOUL, Sept 11 (Reuters) -``, ``WASHINGTON (AP) —``, ``DAKAR, Senegal (AP) —``,
``CAMBRIDGE, Mass., March 26 -``, ``JAKARTA, KOMPAS.com -``, ``Jakarta (ANTARA) -``,
``TEMPO.CO, Jakarta -``, ``Jakarta, CNN Indonesia --``, ``KOMPAS.com -``,
``(CNN) —``, ``Washington CNN —``.  A dateline opens one of the first lines of the
body and ends in a dash (alone on its line only with a place and its agency).
Its place is in capitals, or in mixed case when an agency, a date or the dash right
after one or two words says it is a dateline: a sentence that merely begins with a
capitalised word has no dash there.  An outlet may stand where a region would
(``Jakarta, IDN Times -``) or alone (``Suara.com -``): it is the agency, told by the
outlet gazetteer's hits or by its shape (a domain, a word in capitals, ``detikNews``).
A line that ends with an outlet right after its dash (``Siti Fatimah - detikHealth``)
is a byline, not a dateline.  A date without a year takes the published date's year
when there is one.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping

import regex

from articleparse.dates import DateGrammar, month_number
from articleparse.lines import Line, split_lines
from articleparse.model import Dateline, PartialDate, Published, Span
from articleparse.patterns import SafePattern, alternation, compile_pattern

__all__ = ["extract_dateline"]

#: How many non-blank lines after the headline may hold the dateline.
SEARCH_LINES = 4
#: A dateline may be indented by this many spaces and tabs at most.
INDENT = 12
#: The endings of a news site's domain, as outlets write it in a dateline
#: (``Liputan6.com``, ``REPUBLIKA.CO.ID``, ``KOMPAS.TV``).
_DOMAIN_ENDINGS = r"com|co\.id|co|id|net|my|tv|org|or\.id"
_DOMAIN_ENDS = (".com", ".co.id", ".co", ".id", ".net", ".my", ".tv", ".org")


@functools.cache
def _pattern(grammar: DateGrammar) -> SafePattern:
    month = alternation(grammar.months)
    # A joiner before the month (Spanish ``MADRID, 4 de mayo (EFE) -``), as the date
    # rules read it (``DateGrammar.joiners``).
    joined = rf"(?: (?i:{alternation(grammar.joiners)}) [\x20]{{1,3}}+ )?" if grammar.joiners else ""
    caps_word = r"\p{Lu}[\p{Lu}'’.\-]{0,30}+"
    cap_word = r"\p{Lu}[\p{L}'’.\-]{0,30}+"
    # Mass. | Senegal | OKLA. | N.Y. | W.Va.
    region_word = r"\p{Lu}\p{L}{0,20}+\.?+|\p{Lu}(?:\.\p{L}{1,3}){1,3}\.?+"
    domain = rf"[\p{{Lu}}][\p{{L}}\p{{N}}]{{1,20}}+(?i:\.(?:{_DOMAIN_ENDINGS}))\b"
    # After the place a domain may be lower-case or hyphenated (``suaramerdeka.com``,
    # ``Tribun-Medan.com``), and a bare word (``kumparan``, ``detikNews``) is read
    # as an outlet only when the gazetteer or its shape says so (``_is_outlet``).
    any_domain = rf"[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-]{{1,25}}+(?i:\.(?:{_DOMAIN_ENDINGS}))\b"
    outlet = rf"{any_domain}|\p{{Lu}}{{3,12}}\b|\p{{L}}[\p{{L}}\p{{N}}]{{2,20}}+\b"
    return compile_pattern(
        f"dateline.{grammar.code}",
        rf"""
        ^ [\x20\t]{{0,{INDENT}}}+
        (?: (?P<lead>{any_domain}) ,[\x20]{{1,3}} )?                  # TEMPO.CO, Jakarta -
        (?P<place>
            {caps_word} (?: [\x20] {caps_word} ){{0,3}}+                # LOS ANGELES
          | {cap_word} (?: [\x20] {cap_word} ){{0,2}}+                  # Jakarta
        )
        (?: ,[\x20]{{1,3}} (?P<region>(?:{region_word})(?:[\x20](?:{region_word})){{0,2}}) (?=[,\x20(]) )?
        (?: ,?[\x20]{{1,3}}
            (?: (?P<month>(?i:{month})) (?!\w) \.?[\x20]{{1,3}} (?P<day>[0-3]?\d) (?!\d)     # Sept 11
              | (?P<day2>[0-3]?\d) [\x20]{{1,3}} {joined} (?P<month2>(?i:{month})) (?!\w) \.? ) )?   # 11 Sept
        (?: [\x20]{{0,3}} \( (?P<agency>[^()\n]{{1,40}}+) \) )?
        (?: ,[\x20]{{1,3}} (?P<agency2>{outlet}) )?
        [\x20]{{0,3}}+ (?P<dash>--|[-–—]) (?: [\x20] | [\x20\t]*+ $ )   # or alone on its line
        """,
        flags=regex.MULTILINE,
    )


#: A dateline of an agency alone, in parentheses: ``(CNN) —``.
_BARE_AGENCY = compile_pattern(
    "dateline.bare_agency",
    rf"^ [\x20\t]{{0,{INDENT}}}+ \( (?P<agency>[^()\n]{{1,40}}+) \) [\x20]{{0,3}}+ (?P<dash>--|[-–—]) [\x20]",
    flags=regex.MULTILINE,
)


def _is_caps(value: str) -> bool:
    letters = [c for c in value if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _year_for(month: int, day: int, published: Published | None) -> int | None:
    if published is None:
        return None
    year = published.date.year
    # A late-December dateline on an early-January page belongs to the year before.
    if month == 12 and published.date.month == 1:
        year -= 1
    return year


def extract_dateline(
    text: str,
    grammar: DateGrammar | None,
    first_body_line: int,
    published: Published | None,
    outlet_ends: Mapping[int, int] | None = None,
) -> Dateline | None:
    """The dateline opening one of the first body lines, or None.

    >>> from articleparse.dates import grammar
    >>> d = extract_dateline("TITLE\\n    LOS ANGELES, Feb 26 - Shares rose.", grammar("en"), 1, None)
    >>> d.place, d.date.iso(), d.agency
    ('LOS ANGELES', '--02-26', None)
    """
    if grammar is None:
        return None
    pattern = _pattern(grammar)
    # Lazily: only the first few non-blank lines are read, of hundreds on a web page.
    lines = itertools.islice(split_lines(text), first_body_line, None)
    candidates = (line for line in lines if not line.blank)
    for line in itertools.islice(candidates, SEARCH_LINES):
        found = _match_line(text, line, pattern, grammar, published, outlet_ends)
        if found is not None:
            return found
    return None


def _may_hold_dateline(line_text: str) -> bool:
    """False for a line the pattern cannot match, told by a few string methods (a
    pattern call with its timeout costs more than all of them)."""
    # Every dateline ends in a dash and a space (``--`` ends in ``-``), or in a dash
    # that ends its line (``Washington CNN —`` above the first paragraph).
    if not (
        "- " in line_text or "– " in line_text or "— " in line_text
        or line_text.rstrip().endswith(_DASHES)
    ):
        return False
    # It opens, after at most ``INDENT`` spaces and tabs, with a capital letter (of its
    # place or its outlet's domain; ``str.isupper`` holds for every ``\p{Lu}``) or
    # with the parenthesis of an agency alone.
    # A domain may open it in lower case (``iNews.id, Jakarta -``).
    opening = line_text.lstrip(" \t")
    first = opening[:1]
    return len(line_text) - len(opening) <= INDENT and (
        first.isupper() or first == "(" or (first.isalnum() and "." in opening.split(" ", 1)[0])
    )


#: The dashes that end a dateline.
_DASHES = ("-", "–", "—")


def _is_known(outlet_ends: Mapping[int, int], start: int, end: int) -> bool:
    """Whether an outlet gazetteer hit spans exactly ``start`` to ``end``."""
    return outlet_ends.get(start) == end


def _is_outlet_shaped(word: str) -> bool:
    """A news site's domain (``Suara.com``) or a name glued in mixed case with a
    lower-case start (``detikNews``, ``kumparanBISNIS``)."""
    if word.lower().endswith(_DOMAIN_ENDS) and "." in word[1:-2]:
        return True
    return word.isalnum() and word[:1].islower() and any(c.isupper() for c in word[1:])


def _region_is_outlet(region: str, place_in_capitals: bool) -> bool:
    """Whether what stands where a region would is an outlet's name: a word glued in
    mixed case (``InfoPublik``), or a word in capitals without dots (``CNN Indonesia``,
    ``IDN Times``, ``Jakarta, VIVA``) that is not a state's code (``Austin, TX``) or a
    region after a place in capitals (``PORT MORESBY, PNG``; ``W.Va.``, ``ILL.`` have
    dots)."""
    words = region.split()
    if any(_is_glued(w) for w in words):
        return True
    if not any(len(w) >= 2 and w.isupper() and "." not in w for w in words):
        return False
    return len(words) >= 2 or (not place_in_capitals and len(words[0]) >= 3)


def _is_glued(word: str) -> bool:
    """A capital after a lower-case letter inside a word of letters (``InfoPublik``)."""
    return word.isalpha() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _opens_with_outlet(text: str, outlet_ends: Mapping[int, int], start: int, end: int) -> bool:
    """Whether a gazetteer hit starts at ``start`` and ends at a word's end by ``end``:
    ``VIVA Bisnis`` is an outlet's desk."""
    hit_end = outlet_ends.get(start)
    return hit_end is not None and hit_end <= end and (hit_end == end or text[hit_end] == " ")


def _trailing_outlet(
    text: str, outlet_ends: Mapping[int, int], start: int, end: int
) -> int | None:
    """Where a known outlet that ends the place at ``end`` starts, after the place's
    first word (``Washington CNN``, ``Hong Kong CNN``), or None.

    Without a comma or a bracket between them, only capitals tell the outlet from the
    place's words: its first word is in capitals (``By Ellie Forbes -`` is a byline
    whose last name a magazine shares)."""
    for position in range(start + 1, end):
        if text[position - 1] == " " and _is_known(outlet_ends, position, end):
            first_word = text[position:end].split(" ", 1)[0]
            return position if len(first_word) >= 2 and first_word.isupper() else None
    return None


def _is_byline(text: str, end: int, line_end: int, outlet_ends: Mapping[int, int]) -> bool:
    """Whether the rest of the line after a dateline's dash is an outlet's name and
    nothing else: ``Siti Fatimah - detikHealth`` names a writer and her desk."""
    rest = text[end:line_end]
    name = rest.strip()
    if not name:
        return False
    start = end + len(rest) - len(rest.lstrip())
    if _is_known(outlet_ends, start, start + len(name)):
        return True  # CNN Indonesia
    return " " not in name and _is_outlet_shaped(name)


def _bare_agency(
    text: str, line: Line, outlet_ends: Mapping[int, int]
) -> Dateline | None:
    """``(CNN) —``: an agency alone, known to the gazetteer or written in capitals."""
    match = _BARE_AGENCY.match(text, line.start, line.end)
    if match is None:
        return None
    agency = match.group("agency").strip()
    known = _is_known(outlet_ends, match.start("agency"), match.end("agency"))
    if not (known or _is_outlet_shaped(agency) or (agency.isupper() and agency.isalpha())):
        return None
    span = Span(match.start("agency") - 1, match.end("dash"))
    return Dateline(None, None, agency, span, "dateline.agency")


def _match_line(
    text: str,
    line: Line,
    pattern: SafePattern,
    grammar: DateGrammar,
    published: Published | None,
    outlet_ends: Mapping[int, int] | None = None,
) -> Dateline | None:
    """The dateline of ``line``, or None (``outlet_ends`` as in ``extract_dateline``)."""
    if outlet_ends is None:
        outlet_ends = {}
    if not _may_hold_dateline(line.text):
        return None
    match = pattern.match(text, line.start, line.end)
    if match is None:
        return _bare_agency(text, line, outlet_ends)
    if _is_byline(text, match.end(), line.end, outlet_ends):
        return None
    place: str | None = match.group("place")
    assert place is not None  # the pattern's place is not optional
    after = match.group("agency2")
    if after and not (
        after.isupper()
        or _is_outlet_shaped(after)
        or _is_known(outlet_ends, match.start("agency2"), match.end("agency2"))
    ):
        return None  # ``Jakarta, kemarin -``: a word that is no outlet
    agency = match.group("agency") or after or match.group("lead")
    month_word = match.group("month") or match.group("month2")
    has_date = month_word is not None
    if agency is None and not has_date:
        # Washington CNN — : the place, then the outlet without brackets (known to the
        # gazetteer), as CNN prints its datelines.
        agency_start = _trailing_outlet(text, outlet_ends, match.start("place"), match.end("place"))
        if agency_start is not None:
            place = text[match.start("place") : agency_start].rstrip()
            agency = text[agency_start : match.end("place")]
    if not _is_caps(place) and not (agency or has_date or len(place.split()) <= 2):
        return None
    region = match.group("region")
    if region and agency is None and (
        _is_known(outlet_ends, match.start("region"), match.end("region"))
        or _region_is_outlet(region, _is_caps(place))
    ):
        agency, region = region, None  # Jakarta, CNN Indonesia --
    if region:
        place = f"{place}, {region}"
    elif agency is None and not has_date and (
        _is_outlet_shaped(place)
        or _opens_with_outlet(text, outlet_ends, match.start("place"), match.end("place"))
    ):
        # KOMPAS.com - ; VIVA Bisnis – ; but ``Kompas.com - 12/03/2024, 14:05 WIB`` is
        # the line of the page's date.
        if text[match.end() : match.end() + 1].isdigit():
            return None
        agency, place = place, None
    if (agency is None or place is None) and not text[match.end() : line.end].strip():
        # Alone on its line, only a place with its agency (``Washington CNN —``): a
        # place, an outlet or a word alone with a dash is a menu's item or a heading.
        return None
    date = None
    if has_date:
        month = month_number(grammar, month_word)
        day = int(match.group("day") or match.group("day2"))
        if month is not None and 1 <= day <= 31:
            date = PartialDate(month, day, _year_for(month, day, published))
    end = match.end("dash")
    start = match.start("lead") if match.group("lead") else match.start("place")
    return Dateline(place, date, agency.strip() if agency else None, Span(start, end), "dateline.lead")
