"""Whole articles in the layouts of real news sites, field by field.

Each ``tests/golden/<name>.txt`` is an article we wrote ourselves in the layout of one
kind of site (a wire story, an Indonesian portal's page with its byline, date line and
closing initials, a blog post with its comments); ``<name>.json`` holds the record a
careful reader expects. A field the library still gets wrong is listed under the
file's ``known_failures`` with the reason, and runs as a strict xfail: fixing it makes
the test fail until the entry is removed.

Gold keys (all optional but ``headline``): ``published`` (ISO date or null),
``published_datetime``, ``dateline`` (null, or ``place``, ``agency`` and optionally
``date``), ``language``, ``authors``, ``editors``, ``photo_credits``,
``reading_time_minutes``, ``quotes`` (``text`` and ``speaker``: a name, a list of
acceptable names, or null), ``outlets`` (names, any order), ``body_starts_with``,
``body_ends_with``, ``body_excludes``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import articleparse
from articleparse import Article

GOLDEN = Path(__file__).parent / "golden"


def _published(article: Article, want: Any) -> None:
    got = article.published.date.isoformat() if article.published else None
    assert got == want


def _published_datetime(article: Article, want: Any) -> None:
    assert article.published is not None and article.published.datetime is not None
    assert article.published.datetime.isoformat() == want


def _dateline(article: Article, want: Any) -> None:
    if want is None:
        assert article.dateline is None
        return
    assert article.dateline is not None
    got = {"place": article.dateline.place, "agency": article.dateline.agency}
    expected = {"place": want["place"], "agency": want["agency"]}
    if "date" in want:
        got["date"] = article.dateline.date.iso() if article.dateline.date else None
        expected["date"] = want["date"]
    assert got == expected


def _quotes(article: Article, want: Any) -> None:
    got = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert [text for text, _ in got] == [q["text"] for q in want]
    for (_, speaker), quote in zip(got, want):
        accepted = quote["speaker"] if isinstance(quote["speaker"], list) else [quote["speaker"]]
        assert speaker in accepted


def _body_excludes(article: Article, want: Any) -> None:
    kept = [piece for piece in want if piece in article.body.text]
    assert kept == []


CHECKS: dict[str, Callable[[Article, Any], None]] = {
    "headline": lambda a, want: _equal(a.headline.text if a.headline else None, want),
    "published": _published,
    "published_datetime": _published_datetime,
    "dateline": _dateline,
    "language": lambda a, want: _equal(a.language, want),
    "authors": lambda a, want: _equal([p.name for p in a.authors], want),
    "editors": lambda a, want: _equal([p.name for p in a.editors], want),
    "photo_credits": lambda a, want: _equal([c.source for c in a.photo_credits], want),
    "reading_time_minutes": lambda a, want: _equal(a.reading_time_minutes, want),
    "quotes": _quotes,
    "outlets": lambda a, want: _equal(sorted(o.name for o in a.outlets), sorted(want)),
    "body_starts_with": lambda a, want: _equal(a.body.text[: len(want)], want),
    "body_ends_with": lambda a, want: _equal(a.body.text[-len(want) :], want),
    "body_excludes": _body_excludes,
}


def _equal(got: Any, want: Any) -> None:
    assert got == want


def _cases() -> list[Any]:
    cases = []
    for gold_file in sorted(GOLDEN.glob("*.json")):
        record = json.loads(gold_file.read_text(encoding="utf-8"))
        known = record.get("known_failures", {})
        unknown_fields = set(record["gold"]) - set(CHECKS)
        assert not unknown_fields, f"{gold_file.name}: no check for {sorted(unknown_fields)}"
        for field, want in record["gold"].items():
            marks = [pytest.mark.xfail(strict=True, reason=known[field])] if field in known else []
            cases.append(pytest.param(gold_file.stem, field, want, marks=marks, id=f"{gold_file.stem}-{field}"))
    return cases


_PARSED: dict[str, Article] = {}


def _parsed(name: str) -> Article:
    if name not in _PARSED:
        text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
        _PARSED[name] = articleparse.parse(text)
    return _PARSED[name]


@pytest.mark.parametrize(("name", "field", "want"), _cases())
def test_field(name: str, field: str, want: Any) -> None:
    CHECKS[field](_parsed(name), want)


def test_every_article_has_its_gold() -> None:
    texts = {path.stem for path in GOLDEN.glob("*.txt")}
    golds = {path.stem for path in GOLDEN.glob("*.json")}
    assert texts == golds and len(texts) >= 10


def test_known_failures_name_checked_fields() -> None:
    for gold_file in GOLDEN.glob("*.json"):
        record = json.loads(gold_file.read_text(encoding="utf-8"))
        assert set(record.get("known_failures", {})) <= set(record["gold"]), gold_file.name
