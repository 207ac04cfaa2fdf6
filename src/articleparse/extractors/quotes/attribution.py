"""Attribution: the cue verb and speaker phrase next to one quoted piece.

Four rules, tried in this order by the caller:

``speaker.after_cue`` / ``speaker.before_cue``
    right after the closing mark: ``“...,” said X`` / ``“...,” ujar X`` / ``“...,”
    ujarnya`` (cue then speaker) or ``“...,” X said`` / ``“...,” she told`` (speaker
    then cue).
``speaker.subject`` / ``speaker.according_to``
    in the sentence before the opening mark: ``X said: “...”``, ``X told reporters
    “...”``, ``X mengatakan bahwa ... “...”``, ``called it a “grave mistake”`` (the
    subject of the nearest cue verb), ``according to X, “...”``, ``menurut X``.
``speaker.lead_in``
    the previous sentence ends with a colon and holds the cue: ``X responded:`` then
    the quote as its own paragraph.
"""

from __future__ import annotations

import attrs

from articleparse.extractors.quotes.data import QuoteData
from articleparse.extractors.quotes.phrases import Phrase, Tok, phrase_after, phrase_before, tokenize
from articleparse.patterns import compile_pattern

__all__ = ["Attribution", "after", "before", "sentence_start"]

#: How far (characters) the rules look past a closing mark or before an opening one.
AFTER_REACH = 160
BEFORE_REACH = 400

_BOUNDARY = compile_pattern(
    "quotes.sentence_boundary",
    r"""
    [.!?…]["”’']?+\s++(?=[\p{Lu}"“‘«„'])   # a full stop, then a capital or a quote mark
    | \n                                 # or a paragraph (line) break
    """,
)
_LEAD = frozenset(",—–-:")


@attrs.frozen
class Attribution:
    speaker: Phrase
    cue: tuple[str, int, int] | None
    rule: str
    #: Where the attribution ends in the text (a split quote resumes after it).
    end: int


def _index_at(toks: list[Tok], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start >= pos:
            return i
    return len(toks)


def _cue_at(text: str, pos: int, data: QuoteData) -> tuple[tuple[str, int, int], Phrase | None, int] | None:
    """A cue verb starting at ``pos``: the cue, the pronoun its suffix carries, its end."""
    m = data.cue.match(text, pos)
    if m is None:
        return None
    cue = (m.group("verb"), m.start("verb"), m.end("verb"))
    if m.group("suffix"):
        return cue, Phrase(m.group("suffix"), m.start("suffix"), m.end("suffix"), True), m.end()
    return cue, None, m.end()


def after(text: str, pos: int, data: QuoteData) -> Attribution | None:
    """The attribution that follows a closing mark ending at ``pos``."""
    limit = text.find("\n", pos, pos + AFTER_REACH)
    toks = tokenize(text, pos, limit if limit >= 0 else pos + AFTER_REACH, data)
    i = 0
    while i < len(toks) and i < 2 and toks[i].text in _LEAD:
        i += 1
    if i >= len(toks) or not toks[i].word:
        return None
    found = _cue_at(text, toks[i].start, data)
    if found is not None:
        cue, pronoun, cue_end = found
        if pronoun is not None:
            return Attribution(pronoun, cue, "speaker.after_cue", cue_end)
        got = phrase_after(toks, _index_at(toks, cue_end), text, data)
        if got is None:
            return None
        return Attribution(got[0], cue, "speaker.after_cue", got[0].end)
    acc = data.according_to.match(text, toks[i].start)
    if acc is not None:
        got = phrase_after(toks, _index_at(toks, acc.end()), text, data)
        if got is not None:
            return Attribution(got[0], None, "speaker.according_to", got[0].end)
        return None
    got = phrase_after(toks, i, text, data)
    if got is None:
        return None
    phrase, j = got
    while j < len(toks) and toks[j].text in data.adverbs and j - i < 12:
        j += 1
    if j >= len(toks):
        return None
    found = _cue_at(text, toks[j].start, data)
    if found is None or found[1] is not None:
        return None
    return Attribution(phrase, found[0], "speaker.before_cue", found[2])


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (not before ``lo``)."""
    start = max(lo, pos - BEFORE_REACH)
    last = start
    # endpos one past ``pos``, so that the lookahead sees the opening mark itself.
    for m in _BOUNDARY.finditer(text, start, min(len(text), pos + 1)):
        if m.end() <= pos:
            last = m.end()
    return last


def before(text: str, lo: int, pos: int, data: QuoteData) -> Attribution | None:
    """The attribution in the sentence before an opening mark at ``pos``; ``lo`` is
    where the previous quote ended."""
    start = sentence_start(text, lo, pos)
    if not text[start:pos].strip() and start > lo:
        # The quote opens its sentence: a lead-in sentence ending with a colon.
        k = start
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k > lo and text[k - 1] == ":":
            got = _in_sentence(text, sentence_start(text, lo, k - 1), k - 1, data)
            if got is not None:
                return attrs.evolve(got, rule="speaker.lead_in")
        return None
    return _in_sentence(text, start, pos, data)


def _in_sentence(text: str, start: int, pos: int, data: QuoteData) -> Attribution | None:
    toks = tokenize(text, start, pos, data)
    if not toks:
        return None
    index = {t.start: i for i, t in enumerate(toks)}
    cues = [m for m in data.cue.finditer(text, start, pos) if m.start() in index]
    acc = None
    for m in data.according_to.finditer(text, start, pos):
        acc = m
    if acc is not None and (not cues or acc.start() > cues[-1].start()):
        got = phrase_after(toks, _index_at(toks, acc.end()), text, data)
        if got is not None:
            return Attribution(got[0], None, "speaker.according_to", got[0].end)
    for m in reversed(cues[-3:]):
        k = index[m.start()]
        cue = (m.group("verb"), m.start("verb"), m.end("verb"))
        if m.group("suffix"):
            pron = Phrase(m.group("suffix"), m.start("suffix"), m.end("suffix"), True)
            return Attribution(pron, cue, "speaker.subject", m.end())
        if k > 0 and (toks[k - 1].text in data.determiners or toks[k - 1].text in data.stops):
            continue  # a noun (`the report`, `in the state`), not a verb
        phrase = phrase_before(toks, k, text, data)
        if phrase is not None:
            return Attribution(phrase, cue, "speaker.subject", m.end())
        got = phrase_after(toks, _index_at(toks, m.end()), text, data)
        if got is not None and (got[1] >= len(toks) or toks[got[1]].text in (":", ",")):
            return Attribution(got[0], cue, "speaker.subject", got[0].end)
    return None
