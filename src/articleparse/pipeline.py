"""The pipeline: one table of small steps, each naming what it needs and what it fills.

Read ``STEPS`` top to bottom to see how an article is parsed.  The order is checked
when this module loads: a step may only need what the input or an earlier step
provides.  Each step adapts one pure extractor (``articleparse.extractors``) to the
shared state.  A step whose pattern matching runs out of time (a hostile input)
leaves its fields empty and flags the record ``timeout:<step>``; one that would
start after the article's time budget is spent is skipped and flagged
``time_budget:<step>``: the record is never lost.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from articleparse import gazetteer
from articleparse.dates import grammar as date_grammar
from articleparse.extractors.body import assemble_body
from articleparse.extractors.boilerplate import find_boilerplate
from articleparse.extractors.credits import Credits, extract_credits, may_hold_markers
from articleparse.extractors.dateline import extract_dateline
from articleparse.extractors.debris import find_debris
from articleparse.extractors.headline import (
    HeadlineResult,
    byline_markers,
    extract_headline,
    roundup_words,
    wire_slugs,
)
from articleparse.extractors.language import detect_language
from articleparse.extractors.outlets import extract_outlets
from articleparse.extractors.photo import extract_photo_credits, may_hold_photo_credits
from articleparse.extractors.published import article_start_line, extract_published
from articleparse.extractors.quotes import extract_quotes
from articleparse.extractors.reading_time import extract_reading_time
from articleparse.languages import Language, available, load
from articleparse.model import Article, Body, Dateline, Published, ReadingTime, Removal, Span, trusted_span
from articleparse.text import NormalizedText, normalize

__all__ = ["Step", "STEPS", "INPUTS", "FIELDS", "steps_for", "run", "explain_steps"]

#: What the caller provides.
INPUTS = ("source", "lang_hint", "reference_date")

#: Seconds one article may take, all steps together, before later steps are skipped.
TIME_BUDGET = 2.0


@attrs.frozen
class Step:
    """One step: ``run(**needs)`` returns a mapping with every name in ``fills``."""

    name: str
    run: Callable[..., Mapping[str, Any]]
    needs: tuple[str, ...]
    fills: tuple[str, ...]
    empty: Callable[[], Mapping[str, Any]]


# ---- adapters: each turns the shared state into one extractor's arguments -------------


def _normalise(source: str) -> Mapping[str, Any]:
    doc = normalize(source)
    return {"doc": doc, "text": doc.text}


#: A text of at least this many words in no supported language is flagged
#: ``unsupported_language`` (``articleparse.parse`` warns of it): its quotes are left
#: empty and its dates read with the neutral grammar.  A shorter text (a headline, a
#: table of figures) is too short to tell.
UNSUPPORTED_WORDS = 50


def _language(text: str, lang_hint: str | None) -> Mapping[str, Any]:
    language = detect_language(text, lang_hint)
    unsupported = language is None and len(text.split(None, UNSUPPORTED_WORDS)) > UNSUPPORTED_WORDS
    return {
        "language": language,
        "grammar": date_grammar(language.code) if language else None,
        "unsupported_language": unsupported,
    }


def _outlet_hits(text: str) -> Mapping[str, Any]:
    hits = gazetteer.find_mentions(text)
    return {"outlet_hits": hits, "outlet_ends": {h.start: h.end for h in hits}}


def _headline(text: str) -> Mapping[str, Any]:
    # A byline under a web page's heading opens with a credit marker (``By``, ``Oleh``),
    # of any language, and so does a roundup's title: detecting the language first
    # would make a caller that asks for the headline alone pay for detection (and warn
    # of an unsupported language), and a page's byline is often not in the language of
    # its menus.
    markers, roundups, slugs = _headline_words()
    return {"headline_result": extract_headline(text, markers, roundups, slugs)}


@functools.cache
def _headline_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    languages = tuple(load(code) for code in available())
    return byline_markers(languages), roundup_words(languages), wire_slugs(languages)


def _reading_time(text: str, language: Language | None) -> Mapping[str, Any]:
    for each in _marker_languages(language, text):
        found = extract_reading_time(text, each)
        if found is not None:
            return {"reading_time": found}
    return {"reading_time": None}


def _published(
    text: str,
    language: Language | None,
    grammar: Any,
    headline_result: HeadlineResult,
    reference_date: dt.date | None,
) -> Mapping[str, Any]:
    found = extract_published(
        text, language, grammar, headline_result.first_body_line, reference_date,
        article_start_line(text, headline_result),
    )
    return {"published": found}


def _dateline(
    text: str,
    grammar: Any,
    headline_result: HeadlineResult,
    published: Published | None,
    outlet_ends: dict[int, int],
) -> Mapping[str, Any]:
    # A dateline names its month in its own language, so when detection found no
    # language (short tabular wire items), each language's grammar may read it.
    grammars = [grammar] if grammar is not None else [date_grammar(c) for c in available()]
    for candidate in grammars:
        found = extract_dateline(
            text, candidate, headline_result.first_body_line, published, outlet_ends
        )
        if found is not None:
            return {"dateline": found}
    return {"dateline": None}


def _marker_languages(language: Language | None, text: str) -> list[Language]:
    """The languages whose markers may be read.

    Credit markers, debris lines and reading times name themselves (``Penulis:``,
    ``Baca juga:``), so a text in which detection found no language is read with
    the markers of every language (short wire items, pages in other languages with
    an English byline).
    """
    if language is not None:
        return [language]
    return [load(code) for code in available()]


def _credits(
    text: str, language: Language | None, outlet_ends: dict[int, int], headline_result: HeadlineResult
) -> Mapping[str, Any]:
    languages = _marker_languages(language, text)
    if len(languages) > 1 and not may_hold_markers(text, languages):
        # No language's marker stands in the text: one reading finds all that every
        # language's would (a wire's signature line, which needs no marker).
        languages = languages[:1]
    # A name alone beside a date line or under the heading is read only in the
    # detected language: the rules need the language's dates and common words.  Only
    # a web page prints its byline with no marker under the heading; a plain story's
    # line there is a place or a company (``Ewood Park``).
    headline = headline_result.headline
    heading = headline.text if headline is not None and headline_result.core_read else None
    found = [extract_credits(text, each, outlet_ends, name_lines=language is not None, heading=heading)
             for each in languages]
    if len(found) <= 1:
        return {"credits": found[0] if found else Credits()}
    return {"credits": Credits(
        authors=_first_per_span(c.authors for c in found),
        editors=_first_per_span(c.editors for c in found),
        removals=tuple({r.span: r for c in found for r in c.removals}.values()),
        byline_outlets=tuple(dict.fromkeys(s for c in found for s in c.byline_outlets)),
    )}


def _first_per_span(groups: Iterable[tuple[Any, ...]]) -> tuple[Any, ...]:
    """The values of several languages' readings, one per span, in text order."""
    by_span: dict[Span, Any] = {}
    for group in groups:
        for value in group:
            by_span.setdefault(value.span, value)
    return tuple(sorted(by_span.values(), key=lambda v: v.span.start))


def _photo(text: str, language: Language | None, outlet_ends: dict[int, int]) -> Mapping[str, Any]:
    languages = _marker_languages(language, text)
    if len(languages) > 1 and not may_hold_photo_credits(text, languages):
        return {"photo_credits": (), "photo_removals": ()}
    credits: list[tuple[Any, ...]] = []
    removals: list[Removal] = []
    for each in languages:
        found, cut = extract_photo_credits(text, each, outlet_ends)
        credits.append(found)
        removals.extend(cut)
    return {"photo_credits": _first_per_span(credits), "photo_removals": tuple(removals)}


def _quotes(text: str, language: Language | None) -> Mapping[str, Any]:
    return {"quotes": extract_quotes(text, language) if language is not None else ()}


def _outlets(
    text: str,
    language: Language | None,
    outlet_hits: list[gazetteer.GazetteerHit],
    photo_credits: tuple[Any, ...],
    dateline: Any,
    credits: Credits,
) -> Mapping[str, Any]:
    photo_spans = [r.span for r in photo_credits]
    dateline_span = dateline.span if dateline is not None else None
    found = extract_outlets(
        text, language, outlet_hits, photo_spans, dateline_span, credits.byline_outlets,
        _agency_span(text, dateline),
    )
    return {"outlets": found}


def _agency_span(text: str, dateline: Dateline | None) -> Span | None:
    """Where the dateline writes its agency, or None."""
    if dateline is None or not dateline.agency:
        return None
    start = text.find(dateline.agency, dateline.span.start, dateline.span.end)
    return trusted_span(start, start + len(dateline.agency)) if start >= 0 else None


def _date_line_removals(
    text: str, published: Published | None, reading_time: ReadingTime | None
) -> list[Removal]:
    removals = []
    if published is not None and published.rule.startswith("published.date_line"):
        removals.append(Removal(published.span, "published.date_line"))
    if reading_time is not None:
        removals.append(Removal(reading_time.span, reading_time.rule))
    return removals


def _boilerplate(
    text: str, language: Language | None, headline_result: HeadlineResult
) -> Mapping[str, Any]:
    return {"boilerplate": find_boilerplate(text, language, headline_result)}


def _body(
    text: str,
    language: Language | None,
    headline_result: HeadlineResult,
    credits: Credits,
    photo_removals: tuple[Removal, ...],
    published: Published | None,
    reading_time: ReadingTime | None,
    boilerplate: tuple[Removal, ...],
) -> Mapping[str, Any]:
    removals = [
        *headline_result.removals,
        *boilerplate,
        *credits.removals,
        *photo_removals,
        *find_debris(text, *_marker_languages(language, text)),
        *_date_line_removals(text, published, reading_time),
    ]
    return {"body": assemble_body(text, removals, language)}


# ---- the table ---------------------------------------------------------------------------

STEPS: tuple[Step, ...] = (
    Step("normalise", _normalise, ("source",), ("doc", "text"),
         lambda: {}),
    Step("language", _language, ("text", "lang_hint"), ("language", "grammar", "unsupported_language"),
         lambda: {"language": None, "grammar": None, "unsupported_language": False}),
    Step("outlet_hits", _outlet_hits, ("text",), ("outlet_hits", "outlet_ends"),
         lambda: {"outlet_hits": [], "outlet_ends": {}}),
    Step("headline", _headline, ("text",), ("headline_result",),
         lambda: {"headline_result": HeadlineResult()}),
    Step("reading_time", _reading_time, ("text", "language"), ("reading_time",),
         lambda: {"reading_time": None}),
    Step("published", _published,
         ("text", "language", "grammar", "headline_result", "reference_date"), ("published",),
         lambda: {"published": None}),
    Step("dateline", _dateline, ("text", "grammar", "headline_result", "published", "outlet_ends"),
         ("dateline",),
         lambda: {"dateline": None}),
    Step("credits", _credits, ("text", "language", "outlet_ends", "headline_result"), ("credits",),
         lambda: {"credits": Credits()}),
    Step("photo_credits", _photo, ("text", "language", "outlet_ends"),
         ("photo_credits", "photo_removals"),
         lambda: {"photo_credits": (), "photo_removals": ()}),
    Step("quotes", _quotes, ("text", "language"), ("quotes",),
         lambda: {"quotes": ()}),
    Step("outlets", _outlets,
         ("text", "language", "outlet_hits", "photo_credits", "dateline", "credits"), ("outlets",),
         lambda: {"outlets": ()}),
    Step("boilerplate", _boilerplate, ("text", "language", "headline_result"), ("boilerplate",),
         lambda: {"boilerplate": ()}),
    Step("body", _body,
         ("text", "language", "headline_result", "credits", "photo_removals", "published",
          "reading_time", "boilerplate"), ("body",),
         lambda: {"body": None}),
)  # fmt: skip


def _check(steps: tuple[Step, ...]) -> None:
    """Every need is an input or filled by an earlier step; nothing is filled twice."""
    known = set(INPUTS)
    for step in steps:
        missing = [n for n in step.needs if n not in known]
        if missing:
            raise RuntimeError(f"pipeline step {step.name!r} needs {missing} before it is filled")
        twice = [n for n in step.fills if n in known]
        if twice:
            raise RuntimeError(f"pipeline step {step.name!r} fills {twice} again")
        known.update(step.fills)


#: Each field of the record and the state it is assembled from.
FIELD_SOURCES: Mapping[str, tuple[str, ...]] = {
    "headline": ("headline_result",),
    "published": ("published",),
    "dateline": ("dateline",),
    "authors": ("credits",),
    "editors": ("credits",),
    "photo_credits": ("photo_credits",),
    "quotes": ("quotes",),
    "outlets": ("outlets",),
    "language": ("language",),
    "reading_time": ("reading_time",),
    "body": ("body",),
}

#: The fields ``fields=`` may ask for (``repairs`` and ``flags`` always come).
FIELDS = tuple(FIELD_SOURCES)


@functools.cache
def steps_for(fields: frozenset[str] | None) -> tuple[Step, ...]:
    """The steps that ``fields`` need, in table order: each field's own step and,
    through the table's ``needs``, every step before it that one of those reads.
    None is every step.

    >>> [s.name for s in steps_for(frozenset({"published"}))]
    ['normalise', 'language', 'headline', 'published']
    """
    if fields is None:
        return STEPS
    unknown = sorted(fields - set(FIELD_SOURCES))
    if unknown:
        raise ValueError(f"unknown fields {unknown}; choose from {', '.join(FIELDS)}")
    wanted = {"doc"}.union(*(FIELD_SOURCES[f] for f in fields))
    chosen = []
    for step in reversed(STEPS):
        if wanted.intersection(step.fills):
            chosen.append(step)
            wanted.update(step.needs)
    return tuple(reversed(chosen))


@functools.cache
def _left_out(fields: frozenset[str] | None) -> tuple[Step, ...]:
    """The steps ``steps_for(fields)`` leaves out."""
    chosen = {step.name for step in steps_for(fields)}
    return tuple(step for step in STEPS if step.name not in chosen)


_check(STEPS)
if not {n for sources in FIELD_SOURCES.values() for n in sources} <= {
    n for step in STEPS for n in step.fills
}:
    raise RuntimeError("a field of FIELD_SOURCES is read from a name no step fills")


def explain_steps() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The table as (name, needs, fills) rows, for documentation and ``explain``."""
    return [(s.name, s.needs, s.fills) for s in STEPS]


# ---- running ---------------------------------------------------------------------------


@functools.cache
def prepare() -> None:
    """Load the data files and compile the patterns every article needs, once.

    Called before an article's clock starts, so that the first article of a process
    is not charged for loading the gazetteer (the largest data file).  A language's
    patterns compile when an article first needs them (a few tens of milliseconds).
    """
    gazetteer.find_mentions("")


def run(
    source: str,
    lang_hint: str | None = None,
    reference_date: dt.date | None = None,
    time_budget: float = TIME_BUDGET,
    fields: frozenset[str] | None = None,
) -> Article:
    """Run the steps ``fields`` need (None: every step) over ``source`` and assemble
    the record; a field not asked for holds its empty value."""
    state: dict[str, Any] = {
        "source": source,
        "lang_hint": lang_hint,
        "reference_date": reference_date,
    }
    flags: list[str] = []
    prepare()
    # ``STEPS`` is read here, not through the cache of ``steps_for``, so that a tool
    # that wraps the table's steps (the benchmarks' per-step timer) sees its own.
    steps = STEPS
    if fields is not None:
        steps = steps_for(fields)
        for step in _left_out(fields):
            state.update(step.empty())
    started = time.perf_counter()
    for step in steps:
        if step.name != "normalise" and time.perf_counter() - started > time_budget:
            flags.append(f"time_budget:{step.name}")
            state.update(step.empty())
            continue
        try:
            state.update(step.run(**{n: state[n] for n in step.needs}))
        except TimeoutError:
            flags.append(f"timeout:{step.name}")
            state.update(step.empty())
    if state["unsupported_language"]:
        flags.append("unsupported_language")
    doc: NormalizedText = state["doc"]
    body: Body | None = state["body"]
    if body is None:
        # The body step ran out of time: keep all the text rather than lose it.  Not
        # asked for, the body stays empty.
        body = Body(" ".join(doc.text.split()) if fields is None or "body" in fields else "")
    credits: Credits = state["credits"]
    language: Language | None = state["language"]
    values: dict[str, Any] = {
        "headline": state["headline_result"].headline,
        "published": state["published"],
        "dateline": state["dateline"],
        "authors": credits.authors,
        "editors": credits.editors,
        "photo_credits": tuple(state["photo_credits"]),
        "quotes": tuple(state["quotes"]),
        "outlets": tuple(state["outlets"]),
        "language": language.code if language else None,
        "reading_time": state["reading_time"],
        "body": body,
    }
    if fields is not None:
        # Exactly the fields asked for, even where a step ran for another field (the
        # headline for the publication date): a record's shape follows the request.
        values = {name: value for name, value in values.items() if name in fields}
    article = Article(**values, repairs=doc.repairs, flags=tuple(flags))
    return _to_source(article, doc) if doc.changed else article


def _remap(value: Any, doc: NormalizedText) -> Any:
    """``value`` with every ``Span`` moved from normalised to source offsets."""
    if isinstance(value, Span):
        # ``source_span`` checks the offsets and never returns an end before its start.
        return trusted_span(*doc.source_span(value.start, value.end))
    if isinstance(value, tuple):
        return tuple([_remap(v, doc) for v in value])
    names = _field_names(type(value))
    if names is None:
        return value
    # The records' fields are all set by their constructor, in this order.
    return type(value)(*[_remap(getattr(value, name), doc) for name in names])


#: ``_field_names`` by type, filled as types are met.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of an attrs class in constructor order, or None for other types.

    Remembered per type: ``attrs.has`` and ``attrs.fields`` cost more than moving
    the spans of a small record.
    """
    if kind in _FIELD_NAMES:
        return _FIELD_NAMES[kind]
    names = None
    if attrs.has(kind):
        fields = attrs.fields(kind)
        if any(not f.init or f.alias != f.name for f in fields):
            raise TypeError(f"{kind.__name__}: every field must be set by its constructor")
        names = tuple(f.name for f in fields)
    _FIELD_NAMES[kind] = names
    return names


def _to_source(article: Article, doc: NormalizedText) -> Article:
    return _remap(article, doc)  # type: ignore[no-any-return]
