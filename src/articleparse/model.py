"""The frozen records that `articleparse.parse` returns, and their JSON shape.

Every extracted value carries the character span ``[start, end)`` in the caller's
input string and the name of the rule that produced it.  ``to_dict`` gives the JSON
shape documented in ``docs/record.md``; ``from_dict`` reads it back, so that
``Article.from_dict(article.to_dict()) == article`` always holds.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import attrs

__all__ = [
    "Span",
    "trusted_span",
    "Headline",
    "Published",
    "PartialDate",
    "Dateline",
    "Person",
    "PhotoCredit",
    "Speaker",
    "Cue",
    "QuotePiece",
    "Quote",
    "OutletMention",
    "Outlet",
    "ReadingTime",
    "Removal",
    "Body",
    "Article",
    "OutletRole",
]

OutletRole = Literal["source", "cited", "photo", "dateline", "byline"]
OUTLET_ROLES: tuple[str, ...] = ("source", "cited", "photo", "dateline", "byline")


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"span offsets must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` in the caller's input string."""

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Any) -> Span:
        start, end = value
        return cls(int(start), int(end))

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


_new_instance = object.__new__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start, end)`` without its checks, for code that already knows that
    ``0 <= start <= end`` (offsets of matches and words in the text they span).

    ``Span`` checks its offsets on every construction, and the steps build thousands
    of spans per thousand articles: this costs about a third as much.  The result
    is an ordinary ``Span`` (equal, hashed, ordered and written out alike).

    >>> trusted_span(3, 5) == Span(3, 5)
    True
    """
    span: Span = _new_instance(Span)
    # The slots' own setters: a frozen class's ``__setattr__`` refuses every write.
    _set_start(span, start)
    _set_end(span, end)
    return span


@attrs.frozen
class Headline:
    text: str
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Headline:
        return cls(d["text"], Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class Published:
    """The publication date; ``datetime`` is set when the text gives a time too."""

    date: _dt.date
    datetime: _dt.datetime | None
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "datetime": self.datetime.isoformat() if self.datetime else None,
            "span": self.span.to_list(),
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Published:
        when = d.get("datetime")
        return cls(
            _dt.date.fromisoformat(d["date"]),
            _dt.datetime.fromisoformat(when) if when else None,
            Span.from_list(d["span"]),
            d.get("rule", ""),
        )


@attrs.frozen
class PartialDate:
    """A calendar date whose year may be unknown (a dateline's ``Feb 26``)."""

    month: int
    day: int
    year: int | None = None

    def iso(self) -> str:
        """``YYYY-MM-DD``, or ``--MM-DD`` (ISO 8601's form) without a year."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        if value.startswith("--"):
            month, day = value[2:].split("-")
            return cls(int(month), int(day))
        year, month, day = value.split("-")
        return cls(int(month), int(day), int(year))


@attrs.frozen
class Dateline:
    place: str | None
    date: PartialDate | None
    agency: str | None
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "date": self.date.iso() if self.date else None,
            "agency": self.agency,
            "span": self.span.to_list(),
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dateline:
        return cls(
            d.get("place"),
            PartialDate.from_iso(d["date"]) if d.get("date") else None,
            d.get("agency"),
            Span.from_list(d["span"]),
            d.get("rule", ""),
        )


@attrs.frozen
class Person:
    """A credited person (author or editor), named exactly as the text writes them."""

    name: str
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Person:
        return cls(d["name"], Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class PhotoCredit:
    source: str
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PhotoCredit:
        return cls(d["source"], Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class Speaker:
    """Who a quote is attributed to.

    ``name`` is the resolved name (a pronoun such as ``katanya`` resolved to the
    person it refers to); ``span`` covers the words in the text that name the
    speaker (the full phrase, titles included, or the pronoun).
    """

    name: str
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(d["name"], Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class Cue:
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cue:
        return cls(d["text"], Span.from_list(d["span"]))


@attrs.frozen
class QuotePiece:
    """One quoted stretch: ``text`` without the marks, ``span`` including them."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuotePiece:
        return cls(d["text"], Span.from_list(d["span"]))


@attrs.frozen
class Quote:
    """A direct quote: its words, who said them and the verb that says so.

    A quote split by its attribution (``"A," she said, "B."``) is one quote with two
    ``pieces``; ``text`` joins the pieces with a space and ``span`` covers them all.
    """

    text: str
    span: Span
    speaker: Speaker | None
    cue: Cue | None
    rule: str
    pieces: tuple[QuotePiece, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "rule": self.rule,
            "pieces": [p.to_dict() for p in self.pieces],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            d["text"],
            Span.from_list(d["span"]),
            Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
            Cue.from_dict(d["cue"]) if d.get("cue") else None,
            d.get("rule", ""),
            tuple(QuotePiece.from_dict(p) for p in d.get("pieces", ())),
        )


@attrs.frozen
class OutletMention:
    span: Span
    role: str
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_list(), "role": self.role, "text": self.text, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OutletMention:
        return cls(Span.from_list(d["span"]), d["role"], d.get("text", ""), d.get("rule", ""))


@attrs.frozen
class Outlet:
    """A news outlet the article attributes information to or credits.

    ``kind`` and ``country`` come from the gazetteer; an outlet recognised only from
    context (``kantor berita X``) has kind ``unknown`` and country ``None``.
    """

    name: str
    kind: str
    country: str | None
    mentions: tuple[OutletMention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Outlet:
        return cls(
            d["name"],
            d.get("kind", "unknown"),
            d.get("country"),
            tuple(OutletMention.from_dict(m) for m in d.get("mentions", ())),
        )


@attrs.frozen
class ReadingTime:
    minutes: int
    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReadingTime:
        return cls(int(d["minutes"]), Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class Removal:
    """A stretch of the input that the body leaves out, and why."""

    span: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_list(), "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Removal:
        return cls(Span.from_list(d["span"]), d.get("rule", ""))


@attrs.frozen
class Body:
    """The article text with the scraping debris removed."""

    text: str
    removed: tuple[Removal, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "removed": [r.to_dict() for r in self.removed]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Body:
        return cls(d["text"], tuple(Removal.from_dict(r) for r in d.get("removed", ())))


def _opt(cls: Any, value: Any) -> Any:
    return cls.from_dict(value) if value else None


@attrs.frozen
class Article:
    """Everything articleparse found in one article.

    Empty fields mean "nothing found": ``None`` for single values, ``()`` for lists.
    ``repairs`` names the input repairs that were applied (``html_entities``,
    ``mojibake``, ...); ``flags`` names problems met on the way (``truncated``,
    ``timeout:quotes``, ...), so a damaged record is flagged, never dropped.
    """

    headline: Headline | None = None
    published: Published | None = None
    dateline: Dateline | None = None
    authors: tuple[Person, ...] = ()
    editors: tuple[Person, ...] = ()
    photo_credits: tuple[PhotoCredit, ...] = ()
    quotes: tuple[Quote, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    language: str | None = None
    reading_time: ReadingTime | None = None
    body: Body = Body("")
    repairs: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def reading_time_minutes(self) -> int | None:
        return self.reading_time.minutes if self.reading_time else None

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data (see ``docs/record.md``)."""
        return {
            "headline": self.headline.to_dict() if self.headline else None,
            "published": self.published.to_dict() if self.published else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "authors": [p.to_dict() for p in self.authors],
            "editors": [p.to_dict() for p in self.editors],
            "photo_credits": [c.to_dict() for c in self.photo_credits],
            "quotes": [q.to_dict() for q in self.quotes],
            "outlets": [o.to_dict() for o in self.outlets],
            "language": self.language,
            "reading_time_minutes": self.reading_time_minutes,
            "reading_time": self.reading_time.to_dict() if self.reading_time else None,
            "body": self.body.to_dict(),
            "repairs": list(self.repairs),
            "flags": list(self.flags),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Read back what ``to_dict`` (or ``articleparse batch``) wrote."""
        return cls(
            headline=_opt(Headline, d.get("headline")),
            published=_opt(Published, d.get("published")),
            dateline=_opt(Dateline, d.get("dateline")),
            authors=tuple(Person.from_dict(p) for p in d.get("authors", ())),
            editors=tuple(Person.from_dict(p) for p in d.get("editors", ())),
            photo_credits=tuple(PhotoCredit.from_dict(c) for c in d.get("photo_credits", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            outlets=tuple(Outlet.from_dict(o) for o in d.get("outlets", ())),
            language=d.get("language"),
            reading_time=_opt(ReadingTime, d.get("reading_time")),
            body=Body.from_dict(d["body"]) if d.get("body") else Body(""),
            repairs=tuple(d.get("repairs", ())),
            flags=tuple(d.get("flags", ())),
        )
