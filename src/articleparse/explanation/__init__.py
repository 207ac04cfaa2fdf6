"""Explain mode: why every field of a record came out as it did.

``explain(text)`` parses ``text`` and returns an :class:`Explanation`: the record, one
:class:`Mark` per extracted value (field, span, rule), the stretches the body leaves
out, and the :class:`Candidate` readings that some rules weighed, kept or rejected,
each with its reason.  ``Explanation.render()`` prints the input with every value
highlighted, then a legend.

>>> import datetime
>>> from articleparse.explanation import explain
>>> e = explain("Harga beras naik\\nJAKARTA, KOMPAS.com - Harga beras naik sejak "
...             "Senin (11/9).\\nPenulis: Rina Wati\\n9/11/2023",
...             lang="id", reference_date=datetime.date(2024, 1, 1))
>>> [(m.field, m.rule, m.value) for m in e.marks if m.field in ("headline", "authors")]
[('headline', 'headline.first_line', 'Harga beras naik'), ('authors', 'credits.labelled', 'Rina Wati')]
>>> print(e.highlighted().splitlines()[0])
⟦removed headline.title_line:⟦headline headline.first_line:Harga beras naik⟧⟧
>>> [(c.value, c.chosen) for c in e.candidates if c.field == "published.reading"]
[('2023-11-09', False), ('2023-09-11', True)]

Only the published date, the headline, the dateline and the language are weighed
here; the other extractors report the values they kept, not the ones they dropped
(``Explanation.unexplained`` says so in every explanation).
"""

from __future__ import annotations

from typing import Any

import attrs

from articleparse.model import Article, Removal, Span

__all__ = ["Mark", "Candidate", "Explanation", "explain", "marks_of"]


@attrs.frozen
class Mark:
    """One extracted value: the record's ``field``, its ``span``, ``rule`` and ``value``.

    ``field`` names where the value sits in the record (``headline``, ``authors``,
    ``quotes.speaker``, ``outlets``, ...).  ``rule`` is ``""`` for values that carry no
    rule of their own (a quote's cue verb).
    """

    field: str
    span: Span
    rule: str
    value: str

    @property
    def label(self) -> str:
        return f"{self.field} {self.rule}" if self.rule else self.field


@attrs.frozen
class Candidate:
    """A reading some rule weighed: kept (``chosen``) or rejected, and why.

    ``field`` is what was decided: ``published`` (a date of the page),
    ``published.reading`` (one reading of an ambiguous numeric date), ``dateline``
    (one line that may open with a dateline), ``headline`` or ``language``.
    ``score`` is the rule's own score where it keeps one.
    """

    field: str
    span: Span | None
    value: str
    chosen: bool
    reason: str
    score: float | None = None


@attrs.frozen
class Explanation:
    """A parsed article with the evidence behind it; ``render()`` prints it."""

    text: str
    article: Article
    marks: tuple[Mark, ...]
    removals: tuple[Removal, ...]
    candidates: tuple[Candidate, ...]
    unexplained: tuple[str, ...]

    def highlighted(self, color: bool = False) -> str:
        """The input with every value and every removed stretch marked inline."""
        from articleparse.explanation.render import highlight

        return highlight(self.text, self.marks, self.removals, color)

    def legend(self) -> str:
        """Every value, removal and candidate, one per line, with spans and rules."""
        from articleparse.explanation.render import legend

        return legend(self)

    def render(self, color: bool = False) -> str:
        """``highlighted()``, then ``legend()``: what ``articleparse explain`` prints."""
        return f"{self.highlighted(color)}\n\n{self.legend()}"


def marks_of(article: Article) -> tuple[Mark, ...]:
    """One :class:`Mark` per value of ``article`` that has a span, sorted by position."""
    a = article
    marks: list[Mark] = []
    if a.headline:
        marks.append(Mark("headline", a.headline.span, a.headline.rule, a.headline.text))
    if a.published:
        p = a.published
        value = p.datetime.isoformat() if p.datetime else p.date.isoformat()
        marks.append(Mark("published", p.span, p.rule, value))
    if a.dateline:
        d = a.dateline
        parts = [d.place or "-", d.date.iso() if d.date else "-", d.agency or "-"]
        marks.append(Mark("dateline", d.span, d.rule, " | ".join(parts)))
    if a.reading_time:
        r = a.reading_time
        marks.append(Mark("reading_time", r.span, r.rule, f"{r.minutes} min"))
    for field, people in (("authors", a.authors), ("editors", a.editors)):
        marks.extend(Mark(field, p.span, p.rule, p.name) for p in people)
    marks.extend(Mark("photo_credits", c.span, c.rule, c.source) for c in a.photo_credits)
    for q in a.quotes:
        marks.append(Mark("quotes", q.span, q.rule, _short(q.text)))
        if q.speaker:
            marks.append(Mark("quotes.speaker", q.speaker.span, q.speaker.rule, q.speaker.name))
        if q.cue:
            marks.append(Mark("quotes.cue", q.cue.span, "", q.cue.text))
    for o in a.outlets:
        for m in o.mentions:
            marks.append(Mark("outlets", m.span, m.rule, f"{o.name} ({m.role})"))
    order = {id(m): i for i, m in enumerate(marks)}
    return tuple(sorted(marks, key=lambda m: (m.span.start, -m.span.end, order[id(m)])))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: What explain cannot show, because the extractors do not report it.
UNEXPLAINED = (
    "credits, photo credits, quotes, outlets and reading time: only the values kept are "
    "shown; their extractors do not report the candidates they dropped",
    "body: the lines kept are not listed, only the stretches removed",
)


def explain(text: str, **parse_options: Any) -> Explanation:
    """Parse ``text`` like :func:`articleparse.parse` and explain the result.

    ``parse_options`` are those of :func:`articleparse.parse` (``lang``,
    ``reference_date``, ``max_chars``, ...).  Spans in the explanation, like the
    record's, are offsets into ``text``.

    >>> e = explain("   ")
    >>> e.marks, e.candidates
    ((), ())
    """
    import articleparse
    from articleparse.explanation.decisions import decide

    article = articleparse.parse(text, **parse_options)
    max_chars = int(parse_options.get("max_chars", articleparse.MAX_CHARS))
    seen = text[:max_chars]
    candidates, notes = decide(
        seen, article, parse_options.get("reference_date"), parse_options.get("lang")
    )
    notes.extend(f"flag {flag}: see docs/record.md" for flag in article.flags)
    return Explanation(
        text=seen,
        article=article,
        marks=marks_of(article),
        removals=article.body.removed,
        candidates=tuple(candidates),
        unexplained=(*UNEXPLAINED, *notes),
    )
