"""Scoring one parsed article against its gold, and adding the results up.

:func:`score_record` turns an :class:`~articleparse.model.Article` and a record's
``gold`` into one :class:`Outcome` per scored field; a :class:`Scoreboard` adds
outcomes up per field, for one file or for all of them.  Three kinds of field:

========  ==========================================  ===============================
kind      an outcome's counts                          figures
========  ==========================================  ===============================
accuracy  ``(right, total)``                           ``accuracy``
prf       ``(matched, predicted, gold)``                ``precision``, ``recall``, ``f1``
mean      ``(value, 1)``                               ``f1`` (the mean of the values)
========  ==========================================  ===============================

Figures are pooled: a file's headline accuracy is right headlines over labelled
headlines, a file's author precision is matched names over predicted names, and the
overall figures pool every file the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from articleparse.evaluation import matching
from articleparse.model import Article

__all__ = [
    "FIELDS",
    "OVERALL",
    "Comparison",
    "Figures",
    "GoldError",
    "Kind",
    "Outcome",
    "Regression",
    "Scoreboard",
    "Tally",
    "clip",
    "compare_figures",
    "pooled",
    "score_language",
    "score_record",
]

Kind = Literal["accuracy", "prf", "mean"]

#: Every scored field, in report order, with its kind.  A record is scored on the
#: fields its ``gold`` has (``dateline`` gives two, ``quotes`` gives ``quotes`` and,
#: when a matched quote has a named gold speaker, ``quotes.speaker``).
FIELDS: dict[str, Kind] = {
    "headline": "accuracy",
    "published": "accuracy",
    "dateline.place": "accuracy",
    "dateline.month_day": "accuracy",
    "authors": "prf",
    "quotes": "prf",
    "quotes.speaker": "accuracy",
    "language": "accuracy",
    "body": "mean",
    "body_includes": "accuracy",
    "body_excludes": "accuracy",
}

#: How long a shown gold or predicted value may be before it is cut (the report cuts
#: it again to fit its columns).
SHOWN_CHARS = 300

NONE_SHOWN = "—"


class GoldError(ValueError):
    """A record's gold value does not have the shape ``shared/corpora/README.md`` gives."""


@attrs.frozen
class Outcome:
    """One field of one record: its counts, and when it was missed, what to show."""

    field: str
    counts: tuple[float, int, int]
    missed: bool
    gold_shown: str = ""
    predicted_shown: str = ""


@attrs.define
class Tally:
    """The running counts of one field (see the module docstring for the three kinds)."""

    kind: Kind
    a: float = 0.0  # right / matched / sum of values
    b: int = 0  # total / predicted / number of values
    c: int = 0  # gold (prf only)
    records: int = 0
    missed: int = 0

    def add(self, outcome: Outcome) -> None:
        a, b, c = outcome.counts
        self.a += a
        self.b += b
        self.c += c
        self.records += 1
        self.missed += outcome.missed

    def merge(self, other: Tally) -> None:
        self.a += other.a
        self.b += other.b
        self.c += other.c
        self.records += other.records
        self.missed += other.missed

    def figures(self) -> dict[str, float]:
        """The figures of this field: ``{"accuracy": ...}``, ``{"precision": ..., ...}``, ..."""
        if self.kind == "accuracy":
            return {"accuracy": self.a / self.b if self.b else 0.0}
        if self.kind == "mean":
            return {"f1": self.a / self.b if self.b else 0.0}
        p, r, f = matching.prf(int(self.a), self.b, self.c)
        return {"precision": p, "recall": r, "f1": f}

    @property
    def score(self) -> float:
        """The headline figure: accuracy, or F1."""
        figures = self.figures()
        return figures.get("accuracy", figures.get("f1", 0.0))

    def counts(self) -> dict[str, float | int]:
        if self.kind == "accuracy":
            return {"right": int(self.a), "total": self.b}
        if self.kind == "mean":
            return {"sum": self.a, "n": self.b}
        return {"matched": int(self.a), "predicted": self.b, "gold": self.c}

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            **self.figures(),
            **self.counts(),
            "records": self.records,
            "records_missed": self.missed,
        }


@attrs.define
class Scoreboard:
    """One :class:`Tally` per field met so far."""

    tallies: dict[str, Tally] = attrs.Factory(dict)

    def add(self, outcome: Outcome) -> None:
        tally = self.tallies.get(outcome.field)
        if tally is None:
            tally = self.tallies[outcome.field] = Tally(FIELDS[outcome.field])
        tally.add(outcome)

    def merge(self, other: Scoreboard) -> None:
        for field, theirs in other.tallies.items():
            mine = self.tallies.get(field)
            if mine is None:
                mine = self.tallies[field] = Tally(theirs.kind)
            mine.merge(theirs)

    def ordered(self) -> list[tuple[str, Tally]]:
        """The tallies in :data:`FIELDS` order."""
        return [(f, self.tallies[f]) for f in FIELDS if f in self.tallies]

    def figures(self) -> dict[str, float]:
        """Every figure, flat: ``{"headline.accuracy": 0.91, "authors.f1": 0.87, ...}``."""
        return {
            f"{field}.{name}": value
            for field, tally in self.ordered()
            for name, value in tally.figures().items()
        }

    def to_dict(self) -> dict[str, Any]:
        return {field: tally.to_dict() for field, tally in self.ordered()}


# --- one record ----------------------------------------------------------------------


def clip(text: str, width: int) -> str:
    """One line of at most ``width`` characters: line breaks shown as ``⏎``, cut with ``…``.

    >>> clip("a\\nb", 10), clip("abcdef", 4)
    ('a⏎b', 'abc…')
    """
    head = text[: width * 4 + 8]  # enough to fill the width after folding
    flat = "⏎".join(part for part in (" ".join(line.split()) for line in head.splitlines()) if part)
    if len(flat) <= width and len(head) == len(text):
        return flat
    return flat[: max(width - 1, 0)] + "…"


def _shown(value: str | None) -> str:
    return NONE_SHOWN if value is None else clip(value, SHOWN_CHARS)


def _accuracy(
    field: str, right: bool, gold: str | None, predicted: str | None, show: bool
) -> Outcome:
    if right or not show:
        return Outcome(field, (float(right), 1, 0), not right)
    return Outcome(field, (0.0, 1, 0), True, _shown(gold), _shown(predicted))


def _expect(value: object, kind: type, field: str) -> Any:
    if not isinstance(value, kind):
        raise GoldError(f"gold {field!r} should be a {kind.__name__}, got {type(value).__name__}")
    return value


def _strings(value: object, field: str) -> list[str]:
    items = _expect(value, list, field)
    for item in items:
        _expect(item, str, field)
    return list(items)


def _score_dateline(article: Article, gold: object, show: str | None) -> list[Outcome]:
    predicted = article.dateline
    if gold is None:  # no dateline expected: any predicted dateline is wrong
        right = predicted is None
        shown = None if predicted is None else f"{predicted.place} {predicted.to_dict()['date']}"
        return [
            _accuracy("dateline.place", right, None, shown, show == "dateline.place"),
            _accuracy("dateline.month_day", right, None, shown, show == "dateline.month_day"),
        ]
    entry = _expect(gold, dict, "dateline")
    gold_place, gold_day = entry.get("place"), entry.get("month_day")
    place = predicted.place if predicted is not None else None
    date = predicted.date if predicted is not None else None
    day = f"{date.month:02d}-{date.day:02d}" if date is not None else None
    return [
        _accuracy(
            "dateline.place",
            matching.place_matches(place, gold_place),
            gold_place,
            place,
            show == "dateline.place",
        ),
        _accuracy(
            "dateline.month_day",
            matching.month_day_matches(day, gold_day),
            gold_day,
            day,
            show == "dateline.month_day",
        ),
    ]


def _score_authors(article: Article, gold: object, show: str | None) -> Outcome:
    expected = _strings(gold, "authors")
    names = [person.name for person in article.authors]
    pairs = matching.match_names(names, expected)
    missed = len(pairs) < max(len(names), len(expected))
    counts = (float(len(pairs)), len(names), len(expected))
    if not (missed and show == "authors"):
        return Outcome("authors", counts, missed)
    return Outcome("authors", counts, True, _shown("; ".join(expected)), _shown("; ".join(names)))


def _region(quote: object) -> tuple[int, int]:
    entry = _expect(quote, dict, "quotes")
    start, end = entry.get("start"), entry.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end < start:
        raise GoldError(f"gold quote needs integer 'start' <= 'end', got {start!r}, {end!r}")
    return start, end


def _quote_shown(region: tuple[int, int], text: str) -> str:
    return f"[{region[0]}-{region[1]}] {clip(text, 60)}"


def _score_quotes(article: Article, gold: object, show: str | None) -> list[Outcome]:
    expected: list[dict[str, Any]] = _expect(gold, list, "quotes")
    gold_regions = [_region(q) for q in expected]
    predicted = article.quotes
    regions = [(q.span.start, q.span.end) for q in predicted]
    pairs = matching.match_spans(regions, gold_regions)
    missed = len(pairs) < max(len(regions), len(gold_regions))
    counts = (float(len(pairs)), len(regions), len(gold_regions))
    if missed and show == "quotes":
        found_p = {p for p, _ in pairs}
        found_g = {g for _, g in pairs}
        lost = [
            _quote_shown(gold_regions[g], str(q.get("text", "")))
            for g, q in enumerate(expected)
            if g not in found_g
        ]
        extra = [
            _quote_shown(regions[p], q.text) for p, q in enumerate(predicted) if p not in found_p
        ]
        outcomes = [
            Outcome(
                "quotes",
                counts,
                True,
                _shown("missed: " + " | ".join(lost) if lost else "(all found)"),
                _shown("extra: " + " | ".join(extra) if extra else "(none extra)"),
            )
        ]
    else:
        outcomes = [Outcome("quotes", counts, missed)]

    right = total = 0
    wrong: list[tuple[str, str]] = []
    for p, g in pairs:
        speaker = expected[g].get("speaker")
        if not isinstance(speaker, str) or not speaker.strip() or matching.is_pronoun(speaker):
            continue
        said_by = predicted[p].speaker
        name = said_by.name if said_by is not None else None
        total += 1
        if matching.speaker_matches(name, speaker):
            right += 1
        else:
            where = f"[{gold_regions[g][0]}-{gold_regions[g][1]}] "
            wrong.append((where + speaker, where + (name if name is not None else NONE_SHOWN)))
    if total:
        counts_s = (float(right), total, 0)
        if wrong and show == "quotes.speaker":
            outcomes.append(
                Outcome(
                    "quotes.speaker",
                    counts_s,
                    True,
                    _shown(" | ".join(w[0] for w in wrong)),
                    _shown(" | ".join(w[1] for w in wrong)),
                )
            )
        else:
            outcomes.append(Outcome("quotes.speaker", counts_s, bool(wrong)))
    return outcomes


def _score_body(article: Article, gold: object, show: str | None) -> Outcome:
    expected = _expect(gold, str, "body")
    text = article.body.text
    value = matching.token_f1(text, expected)
    missed = value < 1.0
    if not (missed and show == "body"):
        return Outcome("body", (value, 1, 0), missed)
    return Outcome(
        "body",
        (value, 1, 0),
        True,
        _shown(f"({len(matching.tokens(expected))} words) {expected}"),
        _shown(f"(F1 {value:.3f}, {len(matching.tokens(text))} words) {text}"),
    )


def _score_snippets(field: str, body: str, gold: object, show: str | None) -> Outcome:
    snippets = _strings(gold, field)
    wanted = field == "body_includes"
    wrong = [s for s in snippets if (matching.squeeze(s) in body) != wanted]
    counts = (float(len(snippets) - len(wrong)), len(snippets), 0)
    if not (wrong and show == field):
        return Outcome(field, counts, bool(wrong))
    verdict = "not in body" if wanted else "in body"
    return Outcome(field, counts, True, _shown(" | ".join(wrong)), verdict)


def score_record(
    article: Article, gold: Mapping[str, Any], *, show: str | None = None
) -> list[Outcome]:
    """Score ``article`` on every field ``gold`` labels (keys it does not know are skipped).

    ``show`` names the field (as in :data:`FIELDS`) whose misses should carry the gold
    and predicted values, for ``--misses``.  Raises :class:`GoldError` when a gold value
    has the wrong shape.

    >>> from articleparse.model import Article
    >>> [(o.field, o.counts) for o in score_record(Article(), {"headline": "Hi", "authors": []})]
    [('headline', (0.0, 1, 0)), ('authors', (0.0, 0, 0))]
    """
    outcomes: list[Outcome] = []
    if "headline" in gold:
        expected = _expect(gold["headline"], str, "headline")
        predicted = article.headline.text if article.headline is not None else None
        right = matching.headline_matches(predicted, expected)
        outcomes.append(_accuracy("headline", right, expected, predicted, show == "headline"))
    if "published" in gold:
        expected = _expect(gold["published"], str, "published")
        day = article.published.date.isoformat() if article.published is not None else None
        outcomes.append(_accuracy("published", day == expected, expected, day, show == "published"))
    if "dateline" in gold:
        outcomes.extend(_score_dateline(article, gold["dateline"], show))
    if "authors" in gold:
        outcomes.append(_score_authors(article, gold["authors"], show))
    if "quotes" in gold:
        outcomes.extend(_score_quotes(article, gold["quotes"], show))
    if "body" in gold:
        outcomes.append(_score_body(article, gold["body"], show))
    if "body_includes" in gold or "body_excludes" in gold:
        body = matching.squeeze(article.body.text)
        for field in ("body_includes", "body_excludes"):
            if field in gold:
                outcomes.append(_score_snippets(field, body, gold[field], show))
    return outcomes


def score_language(
    article: Article, lang: object, supported: Iterable[str], *, show: str | None = None
) -> Outcome | None:
    """Score the detected language against a record's ``lang`` (not a gold field: the
    record's own label).  A supported code must be found; any other code must give
    None (the library does not guess a language it has no folder for).  A missing,
    ``null`` or ``unknown`` label is not scored.

    >>> from articleparse.model import Article
    >>> score_language(Article(language="en"), "de", ["en", "id"]).counts
    (0.0, 1, 0)
    >>> score_language(Article(), "de", ["en", "id"]).counts
    (1.0, 1, 0)
    >>> score_language(Article(), None, ["en"]) is None
    True
    """
    if not isinstance(lang, str) or not lang or lang == "unknown":
        return None
    expected = lang if lang in supported else None
    return _accuracy("language", article.language == expected, str(expected),
                     str(article.language), show == "language")


# --- comparing with recorded figures ------------------------------------------------------

Figures = Mapping[str, Mapping[str, float]]

#: The scope of the figures pooled over every file of a run.
OVERALL = "overall"


@attrs.frozen
class Regression:
    scope: str  # a file name, or "overall"
    figure: str  # e.g. "headline.accuracy"
    baseline: float
    current: float

    def __str__(self) -> str:
        return (
            f"{self.scope}: {self.figure} fell from {self.baseline:.4f} to {self.current:.4f} "
            f"({self.current - self.baseline:+.4f})"
        )


@attrs.frozen
class Comparison:
    regressions: tuple[Regression, ...]
    improvements: tuple[Regression, ...]
    compared: int
    not_compared: tuple[str, ...]  # "scope: figure" recorded in the baseline but not measured now

    @property
    def ok(self) -> bool:
        return not self.regressions


def compare_figures(current: Figures, baseline: Figures, *, tolerance: float = 0.01) -> Comparison:
    """A figure now more than ``tolerance`` below its ``baseline`` value is a regression.

    ``current`` and ``baseline`` map a scope (a file name, or ``overall``) to flat
    figures.  Figures the baseline has but this run did not measure are listed in
    ``not_compared``; new figures are ignored.  The ``overall`` figures are compared
    only when both runs cover the same files (they pool whatever files were given).

    >>> c = compare_figures({"a": {"x.f1": 0.815, "y.f1": 0.5}}, {"a": {"x.f1": 0.82, "y.f1": 0.52}})
    >>> [str(r) for r in c.regressions]
    ['a: y.f1 fell from 0.5200 to 0.5000 (-0.0200)']
    """
    worse: list[Regression] = []
    better: list[Regression] = []
    missing: list[str] = []
    compared = 0
    same_files = set(baseline) - {OVERALL} == set(current) - {OVERALL}
    for scope, recorded in baseline.items():
        now = current.get(scope) if scope != OVERALL or same_files else None
        for figure, before in recorded.items():
            if now is None or figure not in now:
                missing.append(f"{scope}: {figure}")
                continue
            compared += 1
            after = now[figure]
            change = round(after - before, 9)
            if change < -tolerance:
                worse.append(Regression(scope, figure, before, after))
            elif change > tolerance:
                better.append(Regression(scope, figure, before, after))
    return Comparison(tuple(worse), tuple(better), compared, tuple(missing))


def pooled(boards: Iterable[Scoreboard]) -> Scoreboard:
    """One scoreboard that adds up ``boards``."""
    total = Scoreboard()
    for board in boards:
        total.merge(board)
    return total
