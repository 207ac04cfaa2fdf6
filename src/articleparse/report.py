"""The readable text report of one record, as ``articleparse parse`` prints it."""

from __future__ import annotations

from articleparse.model import Article, Span

__all__ = ["format_article"]

_PREVIEW = 300


def _at(span: Span) -> str:
    return f"[{span.start}:{span.end}]"


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_article(article: Article, title: str | None = None) -> str:
    """Every field, one block per field, with spans and rules."""
    out: list[str] = []
    if title:
        out.append(f"== {title}")
    a = article
    out.append(f"language      {a.language or '-'}")
    out.append(
        f"headline      {a.headline.text!r} {_at(a.headline.span)} {a.headline.rule}"
        if a.headline else "headline      -"
    )
    if a.published:
        when = a.published.datetime.isoformat() if a.published.datetime else a.published.date.isoformat()
        out.append(f"published     {when} {_at(a.published.span)} {a.published.rule}")
    else:
        out.append("published     -")
    if a.dateline:
        d = a.dateline
        date = d.date.iso() if d.date else "-"
        out.append(f"dateline      place={d.place!r} date={date} agency={d.agency!r} {_at(d.span)}")
    else:
        out.append("dateline      -")
    for label, people in (("authors", a.authors), ("editors", a.editors)):
        names = ", ".join(f"{p.name} {_at(p.span)}" for p in people) or "-"
        out.append(f"{label:<13} {names}")
    credits = ", ".join(f"{c.source} {_at(c.span)}" for c in a.photo_credits) or "-"
    out.append(f"photo credits {credits}")
    minutes = a.reading_time_minutes
    out.append(f"reading time  {str(minutes) + ' min' if minutes else '-'}")
    out.append(f"quotes        {len(a.quotes)}")
    for i, q in enumerate(a.quotes, 1):
        who = f"{q.speaker.name} {_at(q.speaker.span)}" if q.speaker else "(no speaker)"
        cue = f" cue={q.cue.text!r}" if q.cue else ""
        out.append(f"  {i}. {who}{cue} {_at(q.span)}")
        out.append(f"     “{_short(q.text)}”")
    out.append(f"outlets       {len(a.outlets)}")
    for o in a.outlets:
        roles = ", ".join(f"{m.role} {_at(m.span)}" for m in o.mentions)
        out.append(f"  {o.name} ({o.kind}, {o.country or '?'}): {roles}")
    if a.repairs:
        out.append(f"repairs       {', '.join(a.repairs)}")
    if a.flags:
        out.append(f"flags         {', '.join(a.flags)}")
    body = a.body.text
    out.append(f"body          {len(body)} characters, {len(a.body.removed)} stretches removed")
    preview = body[:_PREVIEW] + ("…" if len(body) > _PREVIEW else "")
    out.extend("  | " + line for line in preview.split("\n"))
    return "\n".join(out)
