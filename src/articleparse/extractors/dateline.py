"""The dateline: place, date and agency before the first sentence of the body.

``SEOUL, Sept 11 (Reuters) -``, ``WASHINGTON (AP) —``, ``DAKAR, Senegal (AP) —``,
``CAMBRIDGE, Mass., March 26 -``, ``JAKARTA, KOMPAS.com -``, ``Jakarta (ANTARA) -``,
``TEMPO.CO, Jakarta -``.  A dateline opens one of the first lines of the body and
ends in a dash.  Its place is in capitals, or in mixed case when an agency, a date or
the dash right after one or two words says it is a dateline: a sentence that merely
begins with a capitalised word has no dash there.  A date without a year takes the
published date's year when there is one.
"""

from __future__ import annotations

import functools
import itertools

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
    domain = r"[\p{Lu}][\p{L}\p{N}]{1,20}+(?i:\.(?:com|co\.id|co|id|net|my))\b"
    outlet = rf"{domain}|\p{{Lu}}{{3,12}}\b"
    return compile_pattern(
        f"dateline.{grammar.code}",
        rf"""
        ^ [\x20\t]{{0,{INDENT}}}+
        (?: (?P<lead>{domain}) ,[\x20]{{1,3}} )?                      # TEMPO.CO, Jakarta -
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
        [\x20]{{0,3}}+ (?P<dash>--|[-–—]) [\x20]
        """,
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
        found = _match_line(text, line, pattern, grammar, published)
        if found is not None:
            return found
    return None


def _may_hold_dateline(line_text: str) -> bool:
    """False for a line the pattern cannot match, told by a few string methods (a
    pattern call with its timeout costs more than all of them)."""
    # Every dateline ends in a dash and a space (``--`` ends in ``-``).
    if not ("- " in line_text or "– " in line_text or "— " in line_text):
        return False
    # It opens, after at most ``INDENT`` spaces and tabs, with a capital letter (of its
    # place or its outlet's domain; ``str.isupper`` holds for every ``\p{Lu}``).
    opening = line_text.lstrip(" \t")
    return len(line_text) - len(opening) <= INDENT and opening[:1].isupper()


def _match_line(
    text: str, line: Line, pattern: SafePattern, grammar: DateGrammar, published: Published | None
) -> Dateline | None:
    if not _may_hold_dateline(line.text):
        return None
    match = pattern.match(text, line.start, line.end)
    if match is None:
        return None
    place = match.group("place")
    agency = match.group("agency") or match.group("agency2") or match.group("lead")
    month_word = match.group("month") or match.group("month2")
    has_date = month_word is not None
    if not _is_caps(place) and not (agency or has_date or len(place.split()) <= 2):
        return None
    if match.group("region"):
        place = f"{place}, {match.group('region')}"
    date = None
    if has_date:
        month = month_number(grammar, month_word)
        day = int(match.group("day") or match.group("day2"))
        if month is not None and 1 <= day <= 31:
            date = PartialDate(month, day, _year_for(month, day, published))
    end = match.end("dash")
    start = match.start("lead") if match.group("lead") else match.start("place")
    return Dateline(place, date, agency.strip() if agency else None, Span(start, end), "dateline.lead")
