"""The news outlets an article attributes information to or credits, with their roles.

Mentions come from the gazetteer (``data/outlets.toml``) and, for outlets it does not
list, from context (``kantor berita X``, ``news agency X``, ``the X Gazette
reported``): those have kind ``unknown``.  Each mention gets a role:

- ``photo``, ``dateline``, ``byline``: inside a photo credit, the dateline, a byline;
- ``cited``: after a citing cue (``according to``, ``menurut``, ``dikutip melalui``);
- ``source``: everything else the article names as an outlet.

An outlet whose aliases are ordinary words (``ambiguous`` in the gazetteer) counts
only with a cue or inside a credit, dateline or byline.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from articleparse.gazetteer import GazetteerHit, ends_a_word
from articleparse.languages import Language
from articleparse.model import Outlet, OutletMention, Span, trusted_span
from articleparse.patterns import (
    SafePattern,
    alternation,
    compile_pattern,
    key_words,
    lower_case,
    lowered_unless_folded,
    shared_search_plan,
)

__all__ = ["extract_outlets", "OutletCues", "outlet_cues"]

#: How far before a mention a citing cue or a context word may stand.
CUE_WINDOW = 60
#: An unlisted outlet's name ends right before its reporting verb, within this reach.
BEFORE_VERB = 80


@attrs.frozen
class OutletCues:
    cited_before: SafePattern
    context_before: SafePattern
    source_after: SafePattern
    after_context: SafePattern
    before_verb: SafePattern
    context_words: tuple[str, ...]  # lower-cased
    verb_words: tuple[str, ...]  # lower-cased
    #: the last word of every ``name_words`` entry: a name before a verb ends with one
    name_word_ends: tuple[str, ...]
    #: the longest word of each ``cited``, ``context`` and ``source_after`` phrase,
    #: lower-cased (``key_words``): a window that holds none of one list's cannot
    #: match its pattern, which is then not tried (None: always tried)
    cited_keys: tuple[str, ...] | None = None
    context_keys: tuple[str, ...] | None = None
    after_keys: tuple[str, ...] | None = None


@functools.cache
def outlet_cues(language: Language) -> OutletCues:
    cited = alternation(language.words("outlets", "cited"))
    context = alternation(language.words("outlets", "context"))
    after = alternation(language.words("outlets", "source_after"))
    name_words = alternation(language.words("outlets", "name_words"))
    code = language.code
    name = r"\p{Lu}[\p{L}\p{N}.&'’\-]{1,30}+"
    return OutletCues(
        # Anchored at the end of the window before a mention.
        cited_before=compile_pattern(
            f"outlets.cited.{code}",
            rf"(?<!\w) {cited} (?:[\x20,]{{1,3}}[\p{{Ll}}\p{{Lu}}][\p{{L}}\-]{{0,20}}){{0,3}}? [\x20,:]{{1,3}}+ \Z",
            flags=regex.IGNORECASE,
        ),
        context_before=compile_pattern(
            f"outlets.context.{code}",
            rf"(?<!\w) {context} (?:[\x20,]{{1,3}}\p{{L}}[\p{{L}}\-]{{0,20}}){{0,3}}? [\x20,:]{{1,3}}+ \Z",
            flags=regex.IGNORECASE,
        ),
        source_after=compile_pattern(
            f"outlets.source_after.{code}",
            rf"\A ['’]?s? [\x20,]{{0,3}}+ (?:\p{{Ll}}{{1,12}}[\x20]){{0,2}}? {after} (?!\w)",
            flags=regex.IGNORECASE,
        ),
        # Tried only where a context word starts (``kantor berita X``).
        after_context=compile_pattern(
            f"outlets.after_context.{code}",
            rf"""
              (?i:{context}) (?:[\x20]\p{{Lu}}\p{{Ll}}{{2,20}}){{0,2}}? ,?[\x20]{{1,3}}
                  (?P<name>\p{{Lu}}{{2,12}}\b | {name}(?:\.com|\.co\.id|\.id)\b)          # kantor berita X
            | (?i:{context}) (?:[\x20]\p{{Lu}}\p{{Ll}}{{2,20}}){{0,2}}? ,[\x20]{{1,3}}            # news agency of
                  (?P<name3>{name}(?:[\x20]{name}){{0,2}}) (?=,)                          # Russia, X, said
            """,
        ),
        # Searched in the few words before a reporting verb (``the X Gazette reported``).
        before_verb=compile_pattern(
            f"outlets.before_verb.{code}",
            rf"(?<!\w) (?P<name2> (?:{name}[\x20]){{0,3}}? (?:{name_words}) ) [\x20,]{{1,3}} \Z",
        ),
        context_words=tuple(w.lower() for w in language.words("outlets", "context")),
        verb_words=tuple(w.lower() for w in language.words("outlets", "source_after")),
        name_word_ends=tuple(
            w.split()[-1] for w in language.words("outlets", "name_words") if w.split()
        ),
        cited_keys=key_words(language.words("outlets", "cited")),
        context_keys=key_words(language.words("outlets", "context")),
        after_keys=key_words(language.words("outlets", "source_after")),
    )


def _whole_word_starts(lowered: str, words: tuple[str, ...]) -> list[int]:
    """Where one of ``words`` stands as a whole word in ``lowered``, each place once,
    in order (what is read there depends on the place only, not on the word)."""
    found = set()
    size = len(lowered)
    find = lowered.find
    starts_with = lowered.startswith
    # One search serves every word that holds what is searched for (``news`` of
    # ``news agency`` and ``news site``).
    for part, is_word, longer in shared_search_plan(words):
        length = len(part)
        position = find(part)
        while position >= 0:
            end = position + length
            if is_word and not (position and lowered[position - 1].isalnum()) and not (
                end < size and lowered[end].isalnum()
            ):
                found.add(position)
            for word, offset in longer:
                at = position - offset
                if at >= 0 and starts_with(word, at):
                    end = at + len(word)
                    if not (at and lowered[at - 1].isalnum()) and not (
                        end < size and lowered[end].isalnum()
                    ):
                        found.add(at)
            position = find(part, position + 1)
    return sorted(found)


def _unlisted_names(text: str, cues: OutletCues) -> list[tuple[int, int]]:
    """Spans of outlet names that only their context shows, in text order."""
    lowered = lower_case(text)
    if len(lowered) != len(text):
        return []
    spans = set()
    for start in _whole_word_starts(lowered, cues.context_words):
        if _in_capitals(text, start):
            continue
        match = cues.after_context.match(text, start)
        if match is not None:
            group = "name" if match.group("name") else "name3"
            spans.add(match.span(group))
    # A name before a verb ends with one of ``name_word_ends``, capitalised words: when
    # no word of the text ends with one (three articles in four), no verb is looked for.
    if ends_a_word(text, cues.name_word_ends) is False:
        return sorted(spans)
    for start in _whole_word_starts(lowered, cues.verb_words):
        window_start = max(0, start - BEFORE_VERB)
        # Most verbs follow a person or a pronoun: the pattern is searched only when
        # the word before the verb is one an outlet's name ends with.
        if not text[window_start:start].rstrip(" ,").endswith(cues.name_word_ends):
            continue
        match = cues.before_verb.search(text, window_start, start)
        if match is not None and not _generic_at_start(text, match.start("name2"), match.group("name2")):
            spans.add(match.span("name2"))
    return sorted(spans)


def _generic_at_start(text: str, start: int, name: str) -> bool:
    """Whether ``name`` is a name word alone opening a sentence or a line: its capital
    is the sentence's and the word is generic (``Media memberitakan``, the media
    reported; ``Press reports said``).  Inside a sentence a lone name word is an
    outlet's short name (``the Times reported``)."""
    if " " in name:
        return False
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


#: What ends the sentence or line before a word (clickid-style text joins paragraphs
#: with commas, so a comma is no sign of a sentence going on).
_SENTENCE_ENDS = frozenset(".!?\n\"“”:;")


def _in_capitals(text: str, start: int) -> bool:
    """Whether the word at ``start`` is written in capitals, three letters or more
    (``RADIO``, not ``TV``): a line in capitals is a headline or a company's name
    (``ESQUIRE RADIO AND ELECTRONICS INC``), where a context word introduces nothing
    and the capitalised word after it is no outlet's short name."""
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end - start >= 3 and text[start:end].isupper()


def _same_unlisted(name: str, known: Sequence[str]) -> str:
    """An unlisted name written again with or without a leading word is one outlet.

    ``The Springfield Gazette`` and ``Springfield Gazette``: the name met first wins.
    """
    for other in known:
        if other.endswith(" " + name) or name.endswith(" " + other) or other == name:
            return other
    return name


def _inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in spans)


def _role(
    text: str,
    span: Span,
    cues: OutletCues | None,
    photo: Sequence[Span],
    dateline: Span | None,
    byline: Sequence[Span],
) -> tuple[str, str] | None:
    if _inside(span, photo):
        return "photo", "outlets.photo_credit"
    if dateline is not None and _inside(span, [dateline]):
        return "dateline", "outlets.dateline"
    if _inside(span, byline):
        return "byline", "outlets.byline"
    if cues is None:
        return None
    window = text[max(0, span.start - CUE_WINDOW) : span.start]
    # Most windows hold no cue word at all: a few substring tests in the lower-cased
    # window spare the word-list patterns, which try every cue at every position.
    lowered = lowered_unless_folded(window)
    if _may_hold(lowered, cues.cited_keys) and cues.cited_before.search(window):
        return "cited", "outlets.cited_cue"
    if _may_hold(lowered, cues.context_keys) and cues.context_before.search(window):
        return "source", "outlets.context"
    after = text[span.end : span.end + CUE_WINDOW]
    if _may_hold(lowered_unless_folded(after), cues.after_keys) and cues.source_after.match(
        after
    ):
        return "source", "outlets.reported"
    return None


def _may_hold(lowered: str | None, keys: tuple[str, ...] | None) -> bool:
    """False only when ``lowered`` (a stretch lower-cased by ``lowered_unless_folded``)
    holds none of ``keys`` (``key_words`` of a word list): then a case-insensitive
    pattern of that list cannot match the stretch.  True when that cannot be told."""
    if lowered is None or keys is None:
        return True
    return any(map(lowered.__contains__, keys))


def extract_outlets(
    text: str,
    language: Language | None,
    hits: Sequence[GazetteerHit],
    photo: Sequence[Span],
    dateline: Span | None,
    byline: Sequence[Span],
    dateline_agency: Span | None = None,
) -> tuple[Outlet, ...]:
    """The outlets of ``text``, in order of first mention.

    ``dateline_agency`` is where the dateline names its outlet: one the gazetteer does
    not know (``SEMARANG, suaramerdeka.com -``) is listed as ``unknown``.
    """
    found: dict[str, tuple[str, str | None, list[OutletMention]]] = {}
    order: list[str] = []
    cues = outlet_cues(language) if language is not None else None

    def add(name: str, kind: str, country: str | None, mention: OutletMention) -> None:
        if name not in found:
            found[name] = (kind, country, [])
            order.append(name)
        found[name][2].append(mention)

    for hit in hits:
        span = trusted_span(hit.start, hit.end)  # a gazetteer match: start <= end
        role = _role(text, span, cues, photo, dateline, byline)
        if role is None:
            if hit.ambiguous:
                continue
            role = ("source", "outlets.gazetteer")
        add(hit.entry.name, hit.entry.kind, hit.entry.country,
            OutletMention(span, role[0], text[hit.start : hit.end], role[1]))
    taken = [trusted_span(h.start, h.end) for h in hits]
    if dateline_agency is not None and not any(dateline_agency.overlaps(t) for t in taken):
        written = text[dateline_agency.start : dateline_agency.end]
        add(written, "unknown", None,
            OutletMention(dateline_agency, "dateline", written, "outlets.dateline_unlisted"))
        taken.append(dateline_agency)
    if cues is not None:
        for start, end in _unlisted_names(text, cues):
            span = trusted_span(start, end)  # a match's span
            if any(span.overlaps(t) for t in taken):
                continue
            role = _role(text, span, cues, photo, dateline, byline) or ("source", "outlets.context")
            written = text[start:end]
            name = _same_unlisted(written, [n for n in order if found[n][0] == "unknown"])
            add(name, "unknown", None, OutletMention(span, role[0], written, "outlets.unlisted"))
    return tuple(
        Outlet(name, found[name][0], found[name][1], tuple(found[name][2])) for name in order
    )
