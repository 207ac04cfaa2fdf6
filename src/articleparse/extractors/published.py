"""The publication date: which date of the page is the article's own, and how to read it.

Every full date in the text is a candidate.  A candidate scores for standing on a
short line of its own (or one made mostly of dates) near the top or in the footer
(where pages print their date; on a web page, "the top" is the article's, just above
its first paragraph, not the page's masthead with today's date, unless a label such as
"Updated" marks a date there) or in the page's title line, for a "published" marker
just before it, for an author's byline on its line, and for carrying a time; it loses
for an "updated" marker, for copyright and comment lines, and for being one entry of a
list of dates written alike (comments, related links).  A numeric date such as
``9/11/2023`` has two readings; the one the text supports wins: a weekday written next
to it, the text's other dates (``Senin (11/9)``: a Monday the 11th of September), the
way the page writes its dates (day-first month names, a 24-hour clock), and last the
language's own convention.  A page in none of the supported languages is read with
``dates.neutral_grammar`` (numbers day first; the month names of every supported
language and of other languages that write "day month year") and English's markers.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

import attrs
import regex

from articleparse.dates import (
    NEUTRAL_BASE,
    DateGrammar,
    DateMatch,
    ShortDate,
    find_dates,
    find_short_dates,
    latest_year_named,
    neutral_grammar,
)
from articleparse.extractors.headline import HeadlineResult
from articleparse.languages import Language, load
from articleparse.lines import Line, filled_lines, line_at, split_lines
from articleparse.model import Published, Span
from articleparse.patterns import (
    SafePattern,
    alternation,
    compile_pattern,
    first_words,
    lowered_unless_folded,
)

__all__ = [
    "extract_published", "score_candidates", "best_candidate", "ScoredDate", "article_start_line",
]

#: Lines from the top (after the headline) and from the bottom that count as the
#: page's header and footer, where date lines stand.
HEAD_LINES = 6
FOOT_LINES = 8
#: On a web page, the lines above the article's first paragraph that hold its heading,
#: byline and date.
ARTICLE_LEAD_LINES = 12
#: On a page with more dates than this, only the first and last half of this
#: many are weighed.
MAX_CANDIDATES = 120
#: A line this short, or a date covering this share of its line, is a date line.
SHORT_LINE = 80
DATE_SHARE = 0.4


@functools.cache
def _markers(language: Language, key: str) -> SafePattern:
    """The words of ``markers.<key>`` in ``dates.toml``, as whole words."""
    words = alternation(language.words("dates", f"markers.{key}"))
    return compile_pattern(
        f"published.{key}.{language.code}", rf"(?<!\w) {words} (?!\w)", flags=regex.IGNORECASE
    )


def article_start_line(text: str, headline: HeadlineResult) -> int | None:
    """The line where a web page's article core starts, as the headline step read it
    (None for a text that is no web page, or when the step did not read a core)."""
    if not headline.core_read or headline.core is None:
        return None
    # The headline step read the core from these lines: they are remembered.
    return filled_lines(text)[headline.core[0]].number


def _position_score(
    line: Line, lines: Sequence[Line], first_body: int, article_start: int | None, labelled: bool
) -> float:
    index = line.number
    if index < first_body and all(earlier.blank for earlier in lines[:index]):
        # The text's first line, before its body: a page's title, the article's own
        # (``Headline - 11/05/2022 - Site``).
        return 3.0
    if article_start is not None and article_start > first_body + HEAD_LINES:
        # A web page whose article starts far below its title: the page's own top holds
        # the masthead, with today's date; the article's date stands just above its
        # first paragraph, under its heading.
        if article_start - ARTICLE_LEAD_LINES <= index < article_start + HEAD_LINES:
            return 3.0
    elif index < first_body + HEAD_LINES:
        # Above the headline by more than an article's heading lines stand a page's
        # masthead and menus: a bare date there (``Wednesday, 1 November 2023``) is the
        # day the page was fetched; a labelled one ("Updated May 6, 2019") is the article's.
        if index < first_body - ARTICLE_LEAD_LINES and not labelled:
            return 0.0
        return 3.0
    if index >= len(lines) - FOOT_LINES:
        return 2.0
    return 0.0


def _date_line_score(match: DateMatch, line: Line, dated: int) -> float:
    """A date line is short, or mostly dates: ``dated`` characters of the line are
    dates (``Published: Nov 8, 2023 at 5:49 p.m. | Updated: Nov 8, 2023 at 6:17 p.m.``)."""
    stripped = len(line.text.strip())
    covered = max(dated, match.end - match.start) / max(stripped, 1)
    if stripped <= SHORT_LINE or covered >= DATE_SHARE:
        return 2.0
    return 0.0


#: A line above a date that is this short may be its label alone ("Published").
LABEL_LINE = 40
#: What may end a label line ("Datum:", "Published -").
_LABEL_END = ":：-–— "


def _label_above(lines: Sequence[Line], line: Line, text: str, match: DateMatch) -> str:
    """The short line just above a date that opens its line (lower-cased cheaply:
    ``""`` when there is none): pages print a label and its date in two elements,
    which a scraper puts on two lines ("Published" / "March 4, 2024")."""
    if line.number == 0 or text[line.start : match.start].strip():
        return ""
    above = lines[line.number - 1].text.strip().rstrip(_LABEL_END)
    return above if len(above) <= LABEL_LINE else ""


def _is_label(language: Language, label: str, key: str) -> bool:
    """True when ``label`` is a marker of ``markers.<key>`` and nothing else."""
    return (
        bool(label)
        and _may_hold(label, language, key)
        and _markers(language, key).fullmatch(label) is not None
    )


def _marker_score(
    language: Language, match: DateMatch, line: Line, text: str, previous_end: int,
    label: str = "",
) -> float:
    # Only the words since the previous date of the line describe this date
    # ("Published: Nov 8 | Updated: Nov 9"), and only those just before it: a label
    # stands next to its date, and a sentence's "date" far before one is no label.
    # A date that opens its line may have its "published" label alone on the line above.
    before = text[max(line.start, previous_end, match.start - MARKER_REACH) : match.start]
    whole = line.text
    heads = _marker_heads(language)
    lowered = lowered_unless_folded(before)
    score = 0.0
    if (
        _holds_head(lowered, heads["published"]) and _markers(language, "published").search(before)
    ) or _is_label(language, label, "published"):
        score += 3.0
    # (An "Updated" label above a date is not counted: such a page's one date is often
    # its last update, which is what it gives as its date.)
    if _holds_head(lowered, heads["updated"]) and _markers(language, "updated").search(before):
        score -= 1.0
    # "By Jane Doe, March 4, 2024" / "March 4, 2024 by Jane Doe": a short line that
    # opens with the author's byline, or names the author right after the date, dates
    # the article ("approved by the council on March 4" does not).
    opens_with_byline = _byline_opens_at(language, whole, 0, len(whole))
    bylined = len(whole.strip()) <= SHORT_LINE and (
        opens_with_byline or _byline_opens_at(language, text, match.end, line.end)
    )
    # A line with the author's byline is the article's own, even with the count of its
    # comments on it ("By Jane Doe on March 4, 2024 | 18 Comments", "March 3, 2024 by
    # Jane Doe 12 Comments").
    if (
        not (opens_with_byline or bylined)
        and _holds_head(lowered_unless_folded(whole), heads["not_published"])
        and _markers(language, "not_published").search(whole)
    ):
        score -= 5.0
    if bylined:
        score += BYLINE_BONUS
    if _is_commenter(language, label):
        score += COMMENT_PENALTY
    elif _after_handle(before):
        score += EMBED_PENALTY
    return score


def _after_handle(before: str) -> bool:
    """True when the words just before a date end with a social account's handle in
    brackets, perhaps and a short word: the date of an embedded post ("— Jane Doe
    (@janedoe) September 27, 2020", "A post shared by Jane (@jane) on Feb 16, 2020")."""
    opened = before.rfind("(@")
    if opened < 0:
        return False
    closed = before.find(")", opened)
    # The handle is one word, and at most one short word stands after it ("on").
    return closed > opened + 2 and " " not in before[opened:closed] and len(before[closed + 1 :].split()) <= 1


#: A comment's date, under its writer's name ("Sarah says:" / "March 4, 2024 at 9:12 am").
COMMENT_PENALTY = -5.0
#: An embedded post's date, after its writer's handle ("(@janedoe) September 27, 2020"):
#: it loses to any date line of the article's own, but a live blog's posts are often
#: of its day, so it may still date a page that prints no other.
EMBED_PENALTY = -2.0
#: A commenter's line above a date is a name of at most this many words and the verb.
COMMENTER_WORDS = 4


def _is_commenter(language: Language, label: str) -> bool:
    """True when ``label`` (the short line above a date, ``_label_above``: its colon
    taken off) is a comment's writer: a few words ending with a word of
    ``markers.commenter`` ("Sarah says", "Budi Santoso berkata")."""
    if not label:
        return False
    words = label.split()
    if not 1 < len(words) <= COMMENTER_WORDS:
        return False
    return words[-1].casefold() in _commenter_words(language)


@functools.cache
def _commenter_words(language: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in language.words("dates", "markers.commenter"))


#: The marker lists that ``_may_hold`` tests before their patterns run.
_MARKER_KEYS = ("published", "updated", "not_published", "byline")


@functools.cache
def _marker_heads(language: Language) -> dict[str, tuple[str, ...] | None]:
    """For each of ``_MARKER_KEYS``, the first words of ``markers.<key>`` (``first_words``)."""
    return {key: first_words(language.words("dates", f"markers.{key}")) for key in _MARKER_KEYS}


def _holds_head(lowered: str | None, heads: tuple[str, ...] | None) -> bool:
    """False only when ``lowered`` (``lowered_unless_folded``) holds none of ``heads``."""
    if lowered is None or heads is None:
        return True
    return any(map(lowered.__contains__, heads))


def _may_hold(piece: str, language: Language, key: str) -> bool:
    """False only when ``piece`` cannot hold a marker of ``markers.<key>``: a few
    substring searches instead of a pattern call (whose timeout alone costs more)."""
    return _holds_head(lowered_unless_folded(piece), _marker_heads(language)[key])


#: A byline marker stands after at most this many spaces and separators.
BYLINE_LEAD = 8


@functools.cache
def _byline_opens(language: Language) -> SafePattern:
    """A byline marker (``markers.byline``) after nothing but spaces and separators."""
    words = alternation(language.words("dates", "markers.byline"))
    return compile_pattern(
        f"published.byline.{language.code}",
        rf"[\s|•·,\-–—]{{0,{BYLINE_LEAD}}}+ {words} (?!\w)",
        flags=regex.IGNORECASE,
    )


def _byline_opens_at(language: Language, text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens with a byline marker (``_byline_opens``)."""
    heads = _marker_heads(language)["byline"]
    if heads is not None:
        reach = BYLINE_LEAD + max((len(head) for head in heads), default=0)
        piece = text[start : min(end, start + reach)]
        if not _holds_head(lowered_unless_folded(piece), heads):
            return False
    return bool(_byline_opens(language).match(text, start, end))


def _shape(match: DateMatch, line: Line, text: str) -> tuple[str, bool, bool]:
    """How a date is written and where it stands on its line: entries of one list
    (comments, related links) share it, ``June 28, 2015 at 10:25 pm`` and
    ``July 6, 2015 at 6:57 pm`` alike."""
    written = text[match.start : match.end]
    if written.isascii():  # the same, by ``re`` without a timeout
        written = _ASCII_DIGITS.sub("9", _ASCII_LETTERS.sub("A", written))
    else:
        written = _DIGITS.sub("9", _LETTERS.sub("A", written))
    before = text[line.start : match.start].strip()
    after = text[match.end : line.end].strip()
    return written, not before, not after


def _listed(shapes: Sequence[tuple[int, tuple[str, bool, bool]]]) -> list[bool]:
    """For each candidate (its line number and shape, in order), whether it is an
    entry of a list: a run of at least ``LIST_MIN`` dates of one shape, each within
    ``LIST_LINES`` lines of the next (comments, related links, archive posts)."""
    by_shape: dict[tuple[str, bool, bool], list[int]] = {}
    for number, shape in shapes:
        by_shape.setdefault(shape, []).append(number)
    in_lists: set[tuple[tuple[str, bool, bool], int]] = set()
    for shape, numbers in by_shape.items():
        runs: list[list[int]] = []
        for number in sorted(set(numbers)):
            if runs and number - runs[-1][-1] <= LIST_LINES:
                runs[-1].append(number)
            else:
                runs.append([number])
        in_lists.update((shape, n) for run in runs if len(run) >= LIST_MIN for n in run)
    return [(shape, number) in in_lists for number, shape in shapes]


def _reading_score(
    date: dt.date,
    match: DateMatch,
    order_first: bool,
    evidence: Sequence[ShortDate],
    others: Sequence[DateMatch],
    g: DateGrammar,
) -> float:
    """How well the text supports reading ``match`` as ``date``."""
    score = 0.5 if order_first else 0.0  # the language's convention, weakest evidence
    if match.weekday is not None:
        score += 3.0 if match.weekday == date.weekday() else -3.0
    for short in evidence:
        if short.start <= match.start < short.end:
            continue
        if short.named_month:
            day, month = short.first, short.second
        elif g.numeric_order == "mdy":
            month, day = short.first, short.second
        else:
            day, month = short.first, short.second
        if (day, month) != (date.day, date.month):
            continue
        year = short.year or date.year
        try:
            weekday_agrees = dt.date(year, month, day).weekday() == short.weekday
        except ValueError:
            continue
        score += 2.0 if weekday_agrees else -1.0
    for other in others:
        if other is not match and len(other.readings) == 1 and other.readings[0] == date:
            score += 1.0
    # A page writes its numeric dates one way: ``14/04/2020`` elsewhere on it says
    # that ``12/04/2020`` is day first.
    page_order = _page_order(others)
    if match.first_number is not None:
        day_first = date.day == match.first_number
        if page_order:
            score += PAGE_ORDER_BONUS if day_first == (page_order > 0) else 0.0
        # A page that writes "30 September 2020" writes 30/09/2020 (British English).
        # Only this way round: "September 30, 2020" stands on pages of every country,
        # in embedded posts ("— Jane Doe (@jane) November 2, 2023") and wire copy.
        if day_first and _named_order(others) > 0:
            score += NAMED_ORDER_BONUS
        # A 24-hour clock (20:26) is the custom of the countries that write the day
        # first; the 12-hour clock's do not print hours past 12.
        if day_first and match.clock_past_twelve:
            score += DAY_CLOCK_BONUS
    return score


#: Score for the reading of a numeric date that follows the page's other numeric dates.
PAGE_ORDER_BONUS = 1.0
#: Score for the reading that follows the order of the page's dates with month names,
#: and for the day-first reading of a date with a 24-hour clock: each more than the
#: language's convention.
NAMED_ORDER_BONUS = 0.75
DAY_CLOCK_BONUS = 0.75


def _named_order(matches: Sequence[DateMatch]) -> int:
    """Positive when the text's dates with month names put the day first
    (``30 September 2020``), negative when the month (``September 30, 2020``), else 0."""
    order = 0
    for other in matches:
        if other.day_before_month is not None:
            order += 1 if other.day_before_month else -1
    return order


def _page_order(matches: Sequence[DateMatch]) -> int:
    """Positive when the text's numeric dates that can be read one way only are day
    first (``14/04/2020``), negative when month first (``04/14/2020``), else 0."""
    order = 0
    for other in matches:
        if other.first_number is None or len(other.readings) != 1:
            continue
        reading = other.readings[0]
        if reading.day == reading.month:
            continue
        order += 1 if reading.day == other.first_number else -1
    return order


def _choose_reading(
    match: DateMatch, evidence: Sequence[ShortDate], others: Sequence[DateMatch], g: DateGrammar
) -> tuple[dt.date, str]:
    if len(match.readings) == 1:
        return match.readings[0], "weekday" if match.weekday is not None else "single"
    scored = [
        (_reading_score(d, match, i == 0, evidence, others, g), -i, d)
        for i, d in enumerate(match.readings)
    ]
    scored.sort(reverse=True)
    best_score, best_rank, best = scored[0]
    runner_up = scored[1][0]
    how = "convention" if best_score - runner_up <= 0.5 else "evidence"
    return best, how


@attrs.frozen
class ScoredDate:
    """One candidate date, the reading chosen, and the named terms of its score.

    ``future`` candidates (after the reference date) are listed but never chosen.
    """

    match: DateMatch
    date: dt.date
    how: str  # how the reading was chosen: single, weekday, evidence, convention
    parts: tuple[tuple[str, float], ...]
    future: bool
    #: The date ends a sentence of its short line (``kata Budi, Jumat (17/10/2025).``):
    #: it scores as a date line, but its line is the article's text, not a date line.
    ends_sentence: bool = False

    @property
    def score(self) -> float:
        return sum(value for _, value in self.parts)

    @property
    def rule(self) -> str:
        named = dict(self.parts)
        date_line = named[DATE_LINE] and named[POSITION] and not self.ends_sentence
        where = "date_line" if date_line else "text"
        return f"published.{where}.{self.how}"


#: The names of the score terms, as ``explain`` shows them.
POSITION = "position (head 3, footer 2)"
DATE_LINE = "own short line"
MARKERS = "markers"
HAS_TIME = "has a time"
HAS_WEEKDAY = "has a weekday"
IN_A_LIST = "among other dates"
#: Score terms for a date that gives its time or its weekday.
TIME_BONUS = 1.0
WEEKDAY_BONUS = 0.5
_LETTERS = compile_pattern("published.letters", r"\p{L}++")
_DIGITS = compile_pattern("published.digits", r"\d++")
#: The same for ASCII text: one character class, possessive (no backtracking).
_ASCII_LETTERS = compile_pattern("published.ascii_letters", r"[A-Za-z]++", scan=True)
_ASCII_DIGITS = compile_pattern("published.ascii_digits", r"[0-9]++", scan=True)
#: A marker labels a date only within this many characters before it
#: (``Published 3:15 PM EDT, Mon September 11, 2023``).
MARKER_REACH = 40
#: Score for an author's name on the date's short line.
BYLINE_BONUS = 2.0
#: A run of this many dates of one shape, each within this many lines of the next,
#: is a list (comments, related links); its entries lose ``LIST_PENALTY``: the
#: article's own date stands apart.
LIST_MIN = 3
LIST_LINES = 5
LIST_PENALTY = -2.0
#: A date inside running text near the top (no date line, no marker, not opening its
#: paragraph as a lead's date does) is as often an event the article tells of ("banned
#: from 1 January 2020"): its position counts this much less.
RUNNING_TEXT_PENALTY = 1.0
#: A date inside running text, with no weekday or time of its own, whose year lies at
#: least this many years before a year the text names (one already come: not a plan,
#: "by 2045") is an event the article looks back on ("married on 12 May 1962", "born 5
#: November 1997"): a page is no older than the years it names, so the date loses its
#: place near the top.  Two years, not one: a page of early January names last
#: year's dates, and this year's.
OLD_EVENT_YEARS = 2
#: Below this best score, the text gives no publication date.
MIN_SCORE = 2.0
#: Dates up to this many days after the reference date still count (time zones).
FUTURE_DAYS = 2


def score_candidates(
    text: str,
    language: Language,
    grammar: DateGrammar,
    first_body_line: int,
    reference_date: dt.date | None,
    article_start: int | None = None,
) -> list[ScoredDate]:
    """Every date candidate of ``text`` with its reading and its score, in order.

    ``article_start`` is the line where a web page's article core starts
    (``article_start_line``), None for other texts."""
    matches = list(find_dates(text, grammar, limit=MAX_CANDIDATES))
    if len(matches) > MAX_CANDIDATES:
        # An archive page lists hundreds of dates; the article's own date stands
        # near the top or in the footer, so only those ends are weighed.
        matches = matches[: MAX_CANDIDATES // 2] + matches[-MAX_CANDIDATES // 2 :]
    if not matches:
        return []
    today = reference_date or dt.date.today()
    latest = today + dt.timedelta(days=FUTURE_DAYS)
    named_year: int | None = None  # the latest year the text names (``OLD_EVENT_YEARS``)
    # Short dates only weigh the two readings of a numeric date (``_choose_reading``).
    two_readings = any(len(match.readings) > 1 for match in matches)
    evidence = list(find_short_dates(text, grammar)) if two_readings else []
    lines = split_lines(text)
    scored = []
    previous_end = 0
    at = [line_at(lines, match.start) for match in matches]
    dated: dict[int, int] = {}
    for match, line in zip(matches, at):
        dated[line.number] = dated.get(line.number, 0) + match.end - match.start
    listed = _listed([(line.number, _shape(m, line, text)) for m, line in zip(matches, at)])
    for match, line, in_list in zip(matches, at, listed):
        marker_from, previous_end = previous_end, match.end
        date, how = _choose_reading(match, evidence, matches, grammar)
        on_own_line = _date_line_score(match, line, dated[line.number])
        # Lists are of short dated lines; dates in running text are scored as such.  A
        # list's entries that reach into the header or footer are not date lines there.
        in_list = in_list and on_own_line > 0
        label = _label_above(lines, line, text, match)
        markers = _marker_score(language, match, line, text, marker_from, label)
        position = (
            0.0
            if in_list
            else _position_score(line, lines, first_body_line, article_start, markers != 0)
        )
        opens_line = not text[line.start : match.start].strip()
        if not on_own_line and markers <= 0 and not opens_line and line.number > 0:
            position = max(0.0, position - RUNNING_TEXT_PENALTY)
            if position and match.weekday is None and match.time is None:
                if named_year is None:  # read once, for the few texts that need it
                    named_year = latest_year_named(text, today.year) or 0
                if named_year - date.year >= OLD_EVENT_YEARS:
                    position = 0.0
        parts = (
            (POSITION, position),
            (DATE_LINE, on_own_line),
            (MARKERS, markers),
            (HAS_TIME, TIME_BONUS if match.time is not None else 0.0),
            (HAS_WEEKDAY, WEEKDAY_BONUS if match.weekday is not None else 0.0),
            (IN_A_LIST, LIST_PENALTY if in_list else 0.0),
        )
        ends_sentence = (
            not opens_line and markers <= 0 and _ends_sentence(text, match.end, line.end)
        )
        # The date's span, as the record gives it: with its label and closing bracket.
        spanned = _with_label_and_bracket(language, text, line.start, match)
        scored.append(ScoredDate(spanned, date, how, parts, date > latest, ends_sentence))
    return scored


#: What ends a sentence (after a date: ``..., Jumat (17/10/2025).``).
_SENTENCE_ENDS = (".", "!", "?", "…")


def _ends_sentence(text: str, date_end: int, line_end: int) -> bool:
    """True when the rest of the date's line, after its closing bracket, opens with a
    sentence's final stop: the date is the end of a sentence."""
    rest = text[date_end:line_end].strip().lstrip(")").lstrip()
    return rest.startswith(_SENTENCE_ENDS)


def best_candidate(candidates: Sequence[ScoredDate]) -> ScoredDate | None:
    """The highest-scoring candidate that is not in the future, if it scores enough.

    Earlier candidates win ties: the article's own date comes before the dates of
    related links and comments.
    """
    best: ScoredDate | None = None
    for candidate in candidates:
        if candidate.future:
            continue
        if best is None or candidate.score > best.score:
            best = candidate
    if best is None or best.score < MIN_SCORE:
        return None
    return best


def extract_published(
    text: str,
    language: Language | None,
    grammar: DateGrammar | None,
    first_body_line: int,
    reference_date: dt.date | None,
    article_start: int | None = None,
) -> Published | None:
    """The publication date, or None when the text gives none we can read.

    >>> from articleparse.dates import grammar
    >>> from articleparse.languages import load
    >>> p = extract_published("Judul\\nSenin (11/9) ada rapat.\\n9/11/20231 min read",
    ...                       load("id"), grammar("id"), 1, None)
    >>> p.date.isoformat(), p.rule
    ('2023-09-11', 'published.date_line.evidence')
    """
    if language is None or grammar is None:
        # A page in none of the supported languages still prints its date, most often
        # as numbers, with English labels, or with month names ``neutral_grammar`` knows.
        language, grammar = load(NEUTRAL_BASE), neutral_grammar()
    scored = score_candidates(
        text, language, grammar, first_body_line, reference_date, article_start
    )
    best = best_candidate(scored)
    if best is None:
        return None
    match = best.match
    when = None
    if match.time is not None:
        when = dt.datetime.combine(best.date, match.time)
        if match.tz_offset is not None:
            when = dt.datetime.fromisoformat(f"{when.isoformat()}{match.tz_offset}")
    return Published(best.date, when, Span(match.start, match.end), best.rule)


def _with_label_and_bracket(
    language: Language, text: str, line_start: int, match: DateMatch
) -> DateMatch:
    """``match`` with its span grown over the label just before it on its line
    (``_label_start``) and over the bracket it opened ("Selasa (12/3/2024)")."""
    start = _label_start(language, text, line_start, match.start)
    end = match.end
    if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
        end += 1
    if start == match.start and end == match.end:
        return match
    return attrs.evolve(match, start=start, end=end)


#: What may stand between a label and its date ("Published: ", "Diperbarui - ").
_LABEL_GAP = " \t:：-–—|•·"


def _label_start(language: Language, text: str, line_start: int, date_start: int) -> int:
    """Where the date at ``date_start`` starts together with the label just before it on
    its line ("Published 5:12 PM EDT, March 14, 2024", "Diterbitkan: Senin, ..."): the
    label's start, so that the date's span holds its label too; ``date_start`` when no
    "published" or "updated" marker ends the words before it."""
    low = max(line_start, date_start - MARKER_REACH)
    before = text[low:date_start]
    if not before.strip():
        return date_start
    for key in ("published", "updated"):
        if not _may_hold(before, language, key):
            continue
        label_start: int | None = None
        for found in _markers(language, key).finditer(before):
            if not before[found.end() :].strip(_LABEL_GAP):
                label_start = low + int(found.start())
        if label_start is not None:
            return label_start
    return date_start
