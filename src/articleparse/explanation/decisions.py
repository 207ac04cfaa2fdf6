"""The decisions behind a record, recomputed with the extractors' own scoring functions.

The extractors return only what they keep.  To show what they weighed, this module
calls the same helpers again on the same normalised text (``find_dates``, the scoring
functions of ``extractors/published.py``, the dateline pattern, the language word
lists) and reports every candidate with its score and the reason it won or lost.  The
few constants that live inline in ``extract_published`` are repeated here; a test
checks that the recomputed winner is always the record's value, and when it is not,
the explanation says so instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import attrs

from articleparse.dates import (
    NEUTRAL_BASE,
    DateGrammar,
    DateMatch,
    ShortDate,
    find_short_dates,
    grammar,
    neutral_grammar,
)
from articleparse import gazetteer
from articleparse.explanation import Candidate
from articleparse.extractors import dateline as _dateline
from articleparse.extractors import headline as _headline
from articleparse.extractors import language as _language
from articleparse.extractors import published as _published
from articleparse.languages import Language, available, load
from articleparse.lines import split_lines
from articleparse.model import Article, Span
from articleparse.text import normalize

__all__ = ["decide"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

HEADLINE_RULES = {
    "headline.first_line": "the first non-blank line",
    "headline.site_suffix": "the first line, without the site name after its separator",
    "headline.wrapped_caps": "an all-capital title wrapped onto a second line",
    "headline.subtitle": "a title ending in ';' with its subtitle on the next line",
    "headline.page_heading": "a later line that says nearly what the page title says",
}

ToSpan = Callable[[int, int], Span]


def decide(
    text: str, article: Article, reference_date: dt.date | None, lang_hint: str | None = None
) -> tuple[list[Candidate], list[str]]:
    """The candidates behind ``article`` (parsed from ``text``), and notes on them."""
    if not text.strip():
        return [], []
    doc = normalize(text)
    t = doc.text

    def to_span(start: int, end: int) -> Span:
        return Span(*doc.source_span(start, end)) if doc.changed else Span(start, end)

    found: list[Candidate] = []
    notes: list[str] = []
    found.extend(language_candidates(t, article.language, lang_hint))
    result = _headline.extract_headline(t)
    found.extend(headline_candidates(t, result, to_span))
    if article.language:
        language, g = load(article.language), grammar(article.language)
    else:  # as ``extract_published`` reads a page in none of the supported languages
        language, g = load(NEUTRAL_BASE), neutral_grammar()
    dates = published_candidates(
        t, language, result.first_body_line, reference_date, to_span,
        _published.article_start_line(t, result), g,
    )
    found.extend(dates)
    notes.extend(_agreement(dates, article))
    found.extend(dateline_candidates(t, article, result.first_body_line, to_span))
    return found, notes


# ---- language ---------------------------------------------------------------------------


def language_candidates(text: str, chosen: str | None, hint: str | None = None) -> list[Candidate]:
    """Each language's share of frequent words in the text's head, as detection scores it."""
    if hint is not None:
        return [Candidate("language", None, hint, True, f"given: lang={hint!r} (not detected)")]
    out = []
    for each in _language.language_scores(text):
        share = each.evidence / max(each.total, 1)
        how = (f"{each.hits} frequent and {each.support} support words ({share:.0%} of "
               f"{each.total}), {each.distinct} distinct words")
        if each.code == chosen:
            reason = f"chosen: {how}"
        elif not each.enough:
            reason = (f"too few: {how}; needs {_language.MIN_HITS} words and "
                      f"{_language.MIN_SHARE:.0%} ({_language.MIN_HITS_ALONE}, one a support "
                      "word, when no other language has any)")
        else:
            reason = f"lower score: {how}"
        out.append(Candidate("language", None, each.code, each.code == chosen, reason, float(each.score)))
    return out


# ---- headline ---------------------------------------------------------------------------


def headline_candidates(text: str, result: _headline.HeadlineResult, to_span: ToSpan) -> list[Candidate]:
    """Why the headline is what it is (or why there is none)."""
    filled = [line for line in split_lines(text) if not line.blank]
    if not filled:
        return []
    first = filled[0]
    span = to_span(first.stripped_start, first.stripped_end)
    if result.headline is None:
        size = f"{len(first.text.strip())} characters, {len(first.text.split())} words"
        reason = (f"rejected: the first line reads as body text ({size}; a title has at most "
                  f"{_headline.MAX_TITLE_CHARS} characters and {_headline.MAX_TITLE_WORDS} words)")
        return [Candidate("headline", span, _short(first.text), False, reason)]
    rule = result.headline.rule
    return [Candidate("headline", to_span(result.headline.span.start, result.headline.span.end),
                      result.headline.text, True, f"{rule}: {HEADLINE_RULES.get(rule, rule)}")]


# ---- published --------------------------------------------------------------------------


def published_candidates(
    text: str,
    language: Language,
    first_body_line: int,
    reference_date: dt.date | None,
    to_span: ToSpan,
    article_start: int | None = None,
    date_grammar: DateGrammar | None = None,
) -> list[Candidate]:
    """Every full date of the page with its score; the readings of ambiguous ones.

    The scores are those of ``extractors.published.score_candidates``, which the
    extractor itself uses: what is shown is what decided.
    """
    g = date_grammar if date_grammar is not None else grammar(language.code)
    scored = _published.score_candidates(
        text, language, g, first_body_line, reference_date, article_start
    )
    if not scored:
        return []
    matches = [c.match for c in scored]
    evidence = list(find_short_dates(text, g))
    best = _published.best_candidate(scored)
    top = max((c.score for c in scored if not c.future), default=None)
    out: list[Candidate] = []
    for candidate in scored:
        match = candidate.match
        out.extend(_readings(text, match, candidate.date, evidence, matches, g, to_span))
        span = to_span(match.start, match.end)
        value = candidate.date.isoformat()
        if candidate.future:
            days = _published.FUTURE_DAYS
            today = reference_date or dt.date.today()
            out.append(Candidate("published", span, value, False,
                                 f"rejected: after today ({today}) + {days} days"))
            continue
        detail = ", ".join(f"{name} {v:+g}" for name, v in candidate.parts if v) or "no evidence"
        reason = f"read by {candidate.how}; {detail}"
        score = candidate.score
        if candidate is best:
            out.append(Candidate("published", span, value, True, f"chosen: {reason}", score))
        elif best is None and score == top:
            out.append(Candidate("published", span, value, False,
                                 f"rejected: best score {score:g} is below "
                                 f"{_published.MIN_SCORE:g}; {reason}", score))
        else:
            verdict = "a tie, and an earlier date wins" if score == top else f"below {top:g}"
            out.append(Candidate("published", span, value, False,
                                 f"rejected: {verdict}; {reason}", score))
    return out


def _readings(
    text: str,
    match: DateMatch,
    chosen: dt.date,
    evidence: Sequence[ShortDate],
    matches: Sequence[DateMatch],
    g: DateGrammar,
    to_span: ToSpan,
) -> list[Candidate]:
    """Both readings of a numeric date such as ``9/11/2023``, each with its evidence."""
    if len(match.readings) < 2:
        return []
    bare = attrs.evolve(match, weekday=None)
    others = [m for m in matches if m is not match]
    out = []
    for i, date in enumerate(match.readings):
        total = _published._reading_score(date, match, i == 0, evidence, matches, g)
        parts = [
            (f"convention {g.numeric_order}", 0.5 if i == 0 else 0.0),
            (_weekday_words(match, date), _published._reading_score(date, match, False, (), (), g)),
            ("short dates elsewhere", _published._reading_score(date, bare, False, evidence, (), g)),
            ("other dates", _published._reading_score(date, bare, False, (), others, g)),
        ]
        detail = ", ".join(f"{name} {value:+g}" for name, value in parts if value) or "no evidence"
        verdict = "chosen" if date == chosen else "rejected"
        written = text[match.start : match.end].strip()
        out.append(Candidate("published.reading", to_span(match.start, match.end), date.isoformat(),
                             date == chosen, f"{verdict}: {written!r} as {date:%d %B %Y}; {detail}",
                             total))
    return out


def _weekday_words(match: DateMatch, date: dt.date) -> str:
    if match.weekday is None:
        return "weekday"
    written = WEEKDAYS[match.weekday]
    if match.weekday == date.weekday():
        return f"weekday {written} agrees"
    return f"weekday {written} disagrees (it is a {WEEKDAYS[date.weekday()]})"


def _agreement(dates: Sequence[Candidate], article: Article) -> list[str]:
    chosen = [c for c in dates if c.field == "published" and c.chosen]
    record = article.published
    if record is None and not chosen:
        return []
    if record is not None and chosen and chosen[0].value == record.date.isoformat() \
            and chosen[0].span == record.span:
        return []
    return ["published: this recomputation does not agree with the record; the record "
            "is right and the scores above may be stale (report it)"]


# ---- dateline ---------------------------------------------------------------------------


def dateline_candidates(text: str, article: Article, first_body_line: int, to_span: ToSpan) -> list[Candidate]:
    """The lines a dateline may open, and what each gave."""
    codes = [article.language] if article.language else list(available())
    lines = [line for line in split_lines(text)[first_body_line:] if not line.blank]
    # The parse reads an outlet named after the place (``Jakarta, CNN Indonesia --``)
    # by the gazetteer's hits: the recomputation needs the same hits.
    outlet_ends = {hit.start: hit.end for hit in gazetteer.find_mentions(text)}
    out = []
    for line in lines[: _dateline.SEARCH_LINES]:
        span = to_span(line.stripped_start, line.stripped_end)
        reason = "rejected: does not open with PLACE [, date] [(agency)] and a dash"
        chosen = False
        for code in codes:
            g = grammar(code)
            found = _dateline._match_line(
                text, line, _dateline._pattern(g), g, article.published, outlet_ends
            )
            if found is None:
                if _dateline._pattern(g).match(text, line.start, line.end) is not None:
                    reason = ("rejected: the place is not in capitals and no agency, date or "
                              "short place confirms a dateline")
                continue
            chosen = article.dateline is not None and article.dateline.span == to_span(
                found.span.start, found.span.end)
            reason = f"chosen: {found.rule}" if chosen else "matched, but the record holds another dateline"
            break
        out.append(Candidate("dateline", span, _short(line.text), chosen, reason))
        if chosen:
            break
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
