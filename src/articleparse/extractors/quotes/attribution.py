"""Attribution: the cue verb and speaker phrase next to one quoted piece.

The rules, tried in this order by the caller:

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
``speaker.signature``
    no cue near the closing mark, but a name signed after a dash that ends the line
    or opens a bracket or an apposition: ``“...” — Dana Lee``, an embedded post's
    ``“...” — Dana Lee (@danalee) March 3, 2016``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import MutableMapping, MutableSequence, Sequence
from itertools import compress, count, filterfalse, repeat
from operator import itemgetter

import attrs

from articleparse.extractors.quotes.data import QuoteData
from articleparse.extractors.quotes.phrases import (
    Phrase,
    owned_office,
    past_tag_bracket,
    phrase_after,
    phrase_before,
)
from articleparse.extractors.quotes.sentences import (
    CLOSERS,
    FULL_STOPS,
    named_elsewhere,
    opening_subject,
    sentence_start,
)
from articleparse.extractors.quotes.tokens import Tok, tokenize

__all__ = ["Attribution", "CueIndex", "after", "before", "sentence_end"]

#: How far (characters) the rules look past a closing mark.
AFTER_REACH = 110
#: Marks that may open an attribution after a closing mark (``“...,” — X said``).
_LEAD = frozenset(",—–-:")
#: Dashes that may open a signature after a closing mark (``“...” — Dana Lee``).
_DASHES = "—–―"
#: Marks that may stand inside an apposition between a speaker and its cue, beside
#: its words (``Mitch McConnell, R-Ky., said``, ``Jeff Weaver, Sanders’ campaign
#: manager, said``, ``Dana Lee (D-Ohio), ...``): abbreviations, possessives, brackets.
_APPOSITION_MARKS = frozenset(".’'()-&/")


# (``define``, not ``frozen``: never changed once built, and built thousands of times
# per thousand articles, where a frozen class pays a call per field to set it)
@attrs.define
class Attribution:
    speaker: Phrase
    cue: tuple[str, int, int] | None
    rule: str
    #: Where the attribution ends in the text (a split quote resumes after it).
    end: int
    #: The quote sits in the cue's complement clause (`said that ... "..."`).
    clause: bool = False


#: A token's start (``Tok.start``, read in C).
_start = itemgetter(1)


def _index_at(toks: list[Tok], pos: int) -> int:
    """The index of the first token starting at or after ``pos`` (tokens are in order)."""
    return bisect_left(toks, pos, key=_start)


_Cue = tuple[tuple[str, int, int], "Phrase | None", int]


_PUNCT = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~'’‘“”„«»‹›—–-…\u00a0"
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in _PUNCT})


def _word_set(text: str) -> tuple[set[str], bool]:
    """The distinct words of ``text``: each whitespace-separated chunk stripped of
    punctuation, and the parts of the rare chunk with punctuation inside (``said—and``);
    and whether every part is a bare word (no character that is neither a letter, a
    digit, a space nor listed punctuation, such as ``°`` or ``©``).

    Every step runs in C (``split``, ``set``, ``filterfalse``, ``map``): most chunks
    are bare words and are kept as they are; only the others are stripped, and only
    those still holding punctuation are split again, all together."""
    words = set(text.split())
    odd = set(filterfalse(str.isalnum, words))
    if not odd:
        return words, True
    words -= odd
    stripped = set(map(str.strip, odd, repeat(_PUNCT)))
    words |= stripped
    inner = list(filterfalse(str.isalnum, stripped))
    if not inner:
        return words, True
    parts = " ".join(inner).translate(_PUNCT_TO_SPACE).split()
    words.update(parts)
    return words, all(map(str.isalnum, parts))


def _alnum_runs(words: set[str]) -> set[str]:
    """``words`` and the runs of letters and digits inside those holding other
    characters (``said°`` gives ``said``)."""
    runs = set(words)
    for w in filterfalse(str.isalnum, words):
        runs.update("".join(c if c.isalnum() else " " for c in w).split())
    return runs


def _occurrences(text: str, words: set[str], lo: int, hi: int) -> list[tuple[int, str]]:
    """Where each of ``words`` starts between ``lo`` and ``hi`` as a whole word (not
    after a letter or a hyphen)."""
    found = []
    n = len(text)
    for w in words:
        at = text.find(w, lo, hi)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
                end == n or not text[end].isalnum()
            ):
                found.append((at, w))
            at = text.find(w, end, hi)
    return found


def _stem_in(word: str, suffixes: tuple[str, ...], words: frozenset[str]) -> bool:
    return any(word.endswith(x) and word[: -len(x)] in words for x in suffixes)


def _word_end(text: str, at: int, word: str) -> int:
    """The end of ``word`` read at ``at`` as a whole word (``-1`` if it is not there)."""
    end = at + len(word)
    if not text.startswith(word, at) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
        return -1
    return end


def _form_end(text: str, at: int, form: tuple[str, ...]) -> int:
    """The end of the cue ``form`` (its words, spaces between) read at ``at``; ``-1``."""
    end = at + len(form[0])
    for word in form[1:]:
        k = end
        while k < len(text) and text[k].isspace():
            k += 1
        if k == end:
            return -1
        end = _word_end(text, k, word)
        if end < 0:
            return -1
    return end


def _cue_at(text: str, at: int, word: str, data: QuoteData) -> _Cue | None:
    """The cue verb starting at ``at``, where the whole word ``word`` stands: a listed
    form (words compared, longest first), maybe with a pronoun suffix (``ujarnya``)."""
    for form in data.cue_forms.get(word, ()):
        end = _form_end(text, at, form) if len(form) > 1 else at + len(word)
        if end >= 0 and (end == len(text) or text[end] not in "-_"):
            return (text[at:end], at, end), None, end
    for x in data.pronoun_suffixes:
        stem = word[: -len(x)]
        if word.endswith(x) and stem in data.cue_forms and (stem,) in data.cue_forms[stem]:
            end = at + len(word)
            if end == len(text) or text[end] not in "-_":
                return (stem, at, at + len(stem)), Phrase(x, at + len(stem), end, True), end
    return None


def _may_open_form(text: str, at: int, word: str, forms: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``forms`` (each starting with ``word``, found at ``at``) may be
    read there: a form of one word, or its second word after the spaces that follow.
    A test the pattern's own match implies (its ``\\s`` is a subset of ``str.isspace``),
    so a False here means the pattern would not match."""
    k = at + len(word)
    j = k
    while j < len(text) and text[j].isspace():
        j += 1
    return any(len(form) == 1 or (j > k and text.startswith(form[1], j)) for form in forms)


@attrs.define
class CueIndex:
    """Every cue verb and ``according to`` marker of one text, read stretch by stretch.

    ``cues_in`` and ``according_in`` read the part of their stretch not read before
    (widened to the spaces around it, so that no word is cut); ``cues`` and
    ``according`` then hold every marker starting in that stretch, so a rule may look
    a position up there once it has asked about a stretch holding it.  Only the
    stretches the rules ask about are read: most of an article lies near none of its
    quotes.

    A stretch's candidate words are its own words, which finds the same markers as
    the words of the whole text would (a marker word standing clean somewhere in the
    text, between spaces or punctuation, stands clean in the stretch where it is
    found), however the text is cut into stretches; only where a stretch holds a word
    glued to an unlisted symbol (``said°``) are the whole text's words asked about, as
    that word may be a marker only because it stands clean elsewhere (and any stretch
    holding that glued word does so, wherever its ends fall): each run of letters and
    digits of the stretch is a candidate if it stands clean somewhere in the text
    (``_stands_clean``, which finds it there rather than splitting the whole text).
    Where the markers are not all plain words, the whole text's words are used.
    """

    text: str
    data: QuoteData
    #: The stretches read so far: disjoint, sorted, each starting at 0 or a space and
    #: ending at a space or the end of the text.
    # Abstract types, not dict/list/frozenset: a compiled build (setup.py) would check
    # the attrs.field(...) value of the class body against a concrete annotation.
    read_starts: MutableSequence[int] = attrs.field(factory=list)
    read_ends: MutableSequence[int] = attrs.field(factory=list)
    cues: MutableMapping[int, _Cue] = attrs.field(factory=dict)
    cue_starts: MutableSequence[int] = attrs.field(factory=list)
    according: MutableMapping[int, int] = attrs.field(factory=dict)
    according_starts: MutableSequence[int] = attrs.field(factory=list)
    #: The words of the whole text, once a stretch needs them (markers not all plain
    #: words).
    all_words: set[str] | None = None
    #: Whether a word stands clean somewhere in the text (``_stands_clean``), by word.
    clean_words: MutableMapping[str, bool] = attrs.field(factory=dict)

    @classmethod
    def build(cls, text: str, data: QuoteData) -> CueIndex:
        return cls(text, data)

    def _read(self, start: int, end: int) -> None:
        """Read the parts of ``[start, end)`` not read before."""
        text = self.text
        end = min(end, len(text))
        starts, ends = self.read_starts, self.read_ends
        k = bisect_right(starts, start) - 1
        if end <= start or (k >= 0 and ends[k] >= end):
            return  # (the common case: read before)
        pos = start
        while pos < end:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and ends[k] > pos:
                pos = ends[k]
                continue
            # `pos` lies between stretch `k` and the next one: read up to the spaces
            # around the part of the gap asked about.
            floor = ends[k] if k >= 0 else 0
            ceiling = starts[k + 1] if k + 1 < len(starts) else len(text)
            lo = max(floor, text.rfind(" ", floor, pos + 1))
            hi = text.find(" ", min(end, ceiling), ceiling)
            hi = ceiling if hi < 0 else hi
            self._read_block(lo, hi)
            if k >= 0 and ends[k] == lo:
                ends[k] = hi  # (joined to the stretch before)
            else:
                k += 1
                starts.insert(k, lo)
                ends.insert(k, hi)
            if k + 1 < len(starts) and starts[k + 1] == hi:
                ends[k] = ends.pop(k + 1)  # (and to the one after)
                del starts[k + 1]
            pos = hi

    def _read_block(self, lo: int, hi: int) -> None:
        """Read ``[lo, hi)``: 0 or a space, then a space or the end of the text."""
        text, data = self.text, self.data
        # Which cue words occur at all: C-speed split, then set look-ups.
        glued = False
        if data.plain_markers:
            words, clean = _word_set(text[lo:hi])
            if not clean:
                # A word glued to an unlisted symbol (`said°`): every run of letters
                # and digits is a candidate, kept if it stands clean in the text.
                words = _alnum_runs(words)
                glued = True
        else:
            if self.all_words is None:
                self.all_words = _word_set(text)[0]
            words = self.all_words
        sfx = data.pronoun_suffixes
        present = words & data.cue_first
        if sfx:
            # (`ujarnya`: the suffixed words picked in C, then their stems looked up)
            suffixed = compress(words, map(str.endswith, words, repeat(sfx)))
            present.update(w for w in suffixed if _stem_in(w, sfx, data.cue_first))
        if glued and present:
            present = set(filter(self._stands_clean, present))
        if present:
            cues = self.cues
            for at, w in _occurrences(text, present, lo, hi):
                found = _cue_at(text, at, w, data)
                if found is not None:
                    cues[at] = found
            self.cue_starts = sorted(cues)
        first = words & data.according_first
        if glued and first:
            first = set(filter(self._stands_clean, first))
        if first:
            according = self.according
            for at, w in _occurrences(text, first, lo, hi):
                if not _may_open_form(text, at, w, data.according_forms[w]):
                    continue  # (`as` not followed by `quoted`: no pattern call)
                a = data.according_to.match(text, at)
                if a is not None:
                    according[at] = a.end()
            self.according_starts = sorted(according)

    def _stands_clean(self, word: str) -> bool:
        """Whether ``word`` (letters and digits) is one of the words of the whole text
        (``_word_set``): somewhere between spaces, listed punctuation or the ends of
        the text.  Found with ``str.find``, not by splitting the whole text."""
        known = self.clean_words.get(word)
        if known is not None:
            return known
        text = self.text
        n = len(text)
        size = len(word)
        at = text.find(word)
        found = False
        while at >= 0:
            end = at + size
            if (at == 0 or text[at - 1].isspace() or text[at - 1] in _PUNCT) and (
                end == n or text[end].isspace() or text[end] in _PUNCT
            ):
                found = True
                break
            at = text.find(word, at + 1)
        self.clean_words[word] = found
        return found

    def any_in(self, start: int, end: int) -> bool:
        """Whether a cue verb or an ``according to`` marker starts in ``[start, end)``."""
        self._read(start, end)
        c, a = self.cue_starts, self.according_starts
        i = bisect_left(c, start)
        if i < len(c) and c[i] < end:
            return True
        i = bisect_left(a, start)
        return i < len(a) and a[i] < end

    def cues_in(self, start: int, end: int) -> Sequence[int]:
        self._read(start, end)
        c = self.cue_starts
        return c[bisect_left(c, start) : bisect_left(c, end)]

    def according_in(self, start: int, end: int) -> Sequence[int]:
        self._read(start, end)
        a = self.according_starts
        return a[bisect_left(a, start) : bisect_left(a, end)]


def after(text: str, pos: int, data: QuoteData, index: CueIndex) -> Attribution | None:
    """The attribution that follows a closing mark ending at ``pos``."""
    limit = text.find("\n", pos, pos + AFTER_REACH)
    limit = limit if limit >= 0 else pos + AFTER_REACH
    if not index.any_in(pos, limit):
        return _signature(text, pos, limit, data)
    toks = tokenize(text, pos, limit, data)
    i = 0
    while i < len(toks) and i < 2 and toks[i].text in _LEAD:
        i += 1
    if i >= len(toks) or not toks[i].word:
        return None
    if toks[i].text in data.cue_leads and i + 1 < len(toks) and toks[i + 1].start in index.cues:
        i += 1  # `"...," demikian kata Budi`: the cue after a word that points back
    found = index.cues.get(toks[i].start)
    if found is not None:
        cue, pronoun, cue_end = found
        if pronoun is not None:
            # `ujarnya Ma'mun`: a name right after the suffixed cue is the speaker.
            got = phrase_after(toks, _index_at(toks, cue_end), text, data)
            if got is not None and not got[0].pronoun and text[got[0].start].isupper():
                return Attribution(got[0], cue, "speaker.after_cue", got[0].end)
            return Attribution(pronoun, cue, "speaker.after_cue", cue_end)
        got = phrase_after(toks, _index_at(toks, cue_end), text, data)
        if got is None:
            return None
        return Attribution(got[0], cue, "speaker.after_cue", got[0].end)
    acc = index.according.get(toks[i].start)
    if acc is not None:
        got = phrase_after(toks, _index_at(toks, acc), text, data)
        if got is not None:
            return Attribution(got[0], None, "speaker.according_to", got[0].end)
        return None
    ended = text[pos - 2 : pos].rstrip(CLOSERS)[-1:] in tuple(FULL_STOPS)
    if ended and toks[i].text.lower() in data.openers:
        # `“... slow.” Later that day the mayor said`: a new sentence, not `“...” X said`.
        return None
    got = phrase_after(toks, i, text, data)
    if got is None or not named_elsewhere(text, got[0], data):
        # `“...” Lebih lanjut Budi menuturkan`, `“...” Sejak awal ..., lanjut Budi`: a
        # one-word sentence opener capitalised nowhere else is no `“...” X said` speaker.
        return None
    phrase, j = got
    if phrase.name.endswith(data.possessive_endings):
        # `“...,” Sanders's campaign manager, Jeff Weaver, said`: the possessive owns
        # the speaker's office.
        owned = owned_office(toks, j, phrase, text, data)
        if owned is not None:
            phrase, j = owned
    j = past_tag_bracket(toks, j)
    if j < len(toks) and toks[j].text == ",":
        # `“...,” Mr. Kaplan, a screenwriter, said dryly.`: skip the apposition.
        k = j + 1
        while (k < len(toks) and k - j < 16 and (toks[k].word or toks[k].text in _APPOSITION_MARKS)
               and (toks[k].start not in index.cues or _noun_use(toks, k, data))):
            k += 1  # (not past a cue: `“...,” Lee, a lawyer, told the “Herald” after ...`)
        if k < len(toks) and toks[k].text == ",":
            j = k + 1
    # `“... grants.” It’s unclear if Lee is aware that ... state`: after a full stop
    # the words read as a new sentence, so no modifier is skipped to reach a cue
    # (`“...?” a narrator in the ad asks` keeps it).
    stopped = text[pos - 2 : pos].rstrip(CLOSERS)[-1:] == "."
    found = _cue_after_phrase(toks, j, i, data, index, modifier=not stopped)
    if found is None:
        return None
    if stopped and _runs_on(toks, found[2]):
        return None
    return Attribution(phrase, found[0], "speaker.before_cue", found[2])


def _signature(text: str, pos: int, limit: int, data: QuoteData) -> Attribution | None:
    """A name signed after a dash that ends the line or opens a bracket or an
    apposition, with no cue verb: ``“...” — Dana Lee``, an embedded post's ``“...” —
    Dana Lee (@danalee) March 3, 2016``, ``“...” ― Dana Lee, Ohio``, ``“...” ― Dana Lee.``."""
    k = pos
    limit = min(limit, len(text))
    while k < limit and text[k] in " ,\xa0":
        k += 1
    if k >= limit or text[k] not in _DASHES:
        return None
    toks = tokenize(text, k + 1, limit, data)
    got = phrase_after(toks, 0, text, data)
    if got is None or got[0].pronoun or not toks[0].cap:
        return None
    phrase, j = got
    if j < len(toks) and toks[j].text not in "(," and not (
            toks[j].text == "." and j == len(toks) - 1 and _all_name(text, phrase)):
        return None
    return Attribution(phrase, None, "speaker.signature", phrase.end)


#: How far (characters) ``sentence_end`` reads past a closing mark for the sentence's end.
SENTENCE_END_REACH = 240
#: How many of the last commas of that sentence ``sentence_end`` tries.
SENTENCE_END_COMMAS = 4


def sentence_end(text: str, pos: int, data: QuoteData, index: CueIndex) -> Attribution | None:
    """The attribution closing the sentence a quote ending at ``pos`` runs on into, when
    nothing attributes it right after its closing mark: a last clause after a comma
    that is a cue and its speaker (``“...” about the plan, said Dana Lee, a lawyer.``)
    or a speaker and its cue (``“...” if it passes, Dana Lee said.``).  The sentence
    ends at the first full stop of the line, not after an abbreviation, with no other
    quote opening before it."""
    if text[pos - 2 : pos].rstrip(CLOSERS)[-1:] in FULL_STOPS:
        return None  # (`“... slow.” Lee said so twice.`: the quote ended its sentence)
    k = pos
    while k < len(text) and k - pos < 3 and text[k] in " ,":
        k += 1
    if k >= len(text) or not text[k].islower():
        return None  # (the sentence runs on in lower case: `“...” if it passes, ...`)
    limit = text.find("\n", pos, pos + SENTENCE_END_REACH)
    limit = limit if limit >= 0 else min(len(text), pos + SENTENCE_END_REACH)
    if not index.any_in(pos, limit):
        return None
    end = _sentence_stop(text, pos, limit, data)
    if end < 0:
        return None
    comma = end
    for _ in range(SENTENCE_END_COMMAS):
        comma = text.rfind(", ", pos, comma)
        if comma < 0:
            return None
        toks = tokenize(text, comma + 1, end, data)
        if not toks:
            continue
        found = index.cues.get(toks[0].start)
        if found is not None and found[1] is None and found[0][0] not in data.participles:
            # `, said Dana Lee, a lawyer.`: the name after the cue.
            got = phrase_after(toks, _index_at(toks, found[2]), text, data)
            if got is not None and not got[0].pronoun and text[got[0].start].isupper() \
                    and (got[1] >= len(toks) or toks[got[1]].text in ",("):
                return Attribution(got[0], found[0], "speaker.sentence_end", end)
            continue
        got = phrase_after(toks, 0, text, data)
        if got is None or got[1] >= len(toks):
            continue
        cue = index.cues.get(toks[got[1]].start)
        if cue is not None and cue[1] is None and cue[0][0] not in data.participles \
                and _index_at(toks, cue[2]) >= len(toks):
            # `, Dana Lee said.`: the cue ends the sentence.
            return Attribution(got[0], cue[0], "speaker.sentence_end", end)
    return None


def _sentence_stop(text: str, pos: int, limit: int, data: QuoteData) -> int:
    """Where the sentence running on after ``pos`` ends (its full stop), before
    ``limit`` and before any other opening mark; -1 when it does not."""
    k = pos
    while k < limit:
        c = text[k]
        if c in "“\"":
            return -1
        if c in FULL_STOPS and (k + 1 >= limit or text[k + 1] in " \n"):
            word = text[pos : k + 1].rsplit(None, 1)[-1] if text[pos:k].strip() else ""
            if word not in data.abbreviations and not (len(word) == 2 and word[0].isupper()):
                return k
        k += 1
    return -1


def _noun_use(toks: list[Tok], k: int, data: QuoteData) -> bool:
    """Whether the cue word at token ``k`` reads as a noun inside an apposition: after a
    determiner or a capitalised word (``Lee, the head of the Ohio state union, said``)."""
    prev = toks[k - 1]
    return prev.text in data.determiners or (prev.cap and prev.word)


def _all_name(text: str, phrase: Phrase) -> bool:
    """Whether a phrase is a name and nothing else, every word capitalised: a full stop
    may close such a signature where the line ends (``“...” ― Dana Lee.``), not a
    sentence (``“...” — The end.``)."""
    words = text[phrase.start : phrase.end]
    return words == phrase.name and all(w[:1].isupper() for w in words.split())


def _runs_on(toks: list[Tok], cue_end: int) -> bool:
    """Whether words follow the cue ending at ``cue_end`` (``He said, twice, that ...``)."""
    k = _index_at(toks, cue_end)
    return k < len(toks) and (toks[k].word or (toks[k].text == "," and k + 1 < len(toks) and toks[k+1].word))


def _cue_after_phrase(
    toks: list[Tok], j: int, i: int, data: QuoteData, index: CueIndex, modifier: bool = True
) -> _Cue | None:
    """The cue that follows a speaker phrase ending at token ``j``: after adverbs
    (``also``), a closing comma of an apposition (``the nominee, Dana Lee, tweeted``)
    or a short modifier without punctuation (``a narrator in the ad asks``)."""
    for skip_modifier in (False, True)[: 1 + modifier]:
        k = j
        if skip_modifier:
            # `a spokesman for the campaign said`: at most six words, then the cue.
            while k < len(toks) and k - j < 6 and toks[k].word and index.cues.get(toks[k].start) is None:
                k += 1
        if k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
            k += 1
        while k < len(toks) and toks[k].text in data.adverbs and k - i < 24:
            k += 1
        if k >= len(toks):
            continue
        found = index.cues.get(toks[k].start)
        if found is not None and found[1] is None:
            return found
    return None


def before(text: str, lo: int, pos: int, data: QuoteData, index: CueIndex) -> Attribution | None:
    """The attribution in the sentence before an opening mark at ``pos``; ``lo`` is
    where the previous quote ended."""
    start = sentence_start(text, lo, pos, data)
    if not text[start:pos].strip() and start > lo:
        # The quote opens its sentence: a lead-in sentence ending with a colon.
        k = start
        while k > lo and text[k - 1].isspace():
            k -= 1
        if k > lo and text[k - 1] == ":":
            got = _in_sentence(text, sentence_start(text, lo, k - 1, data), k - 1, data, index)
            if got is not None:
                return attrs.evolve(got, rule="speaker.lead_in")
        return None
    return _in_sentence(text, start, pos, data, index)


def _in_sentence(text: str, start: int, pos: int, data: QuoteData, index: CueIndex) -> Attribution | None:
    found = index.cues_in(start, pos)
    accs = index.according_in(start, pos)
    if not found and not accs:
        return None
    # Tokenize only from a little before the first cue (the speaker precedes it).
    first = min([*found[-3:], *accs[-1:]])
    toks = tokenize(text, max(start, first - 120), pos, data)
    at = dict(zip(map(_start, toks), count()))  # (token index by start)
    cues = [c for c in found if c in at]
    if accs and (not cues or accs[-1] > cues[-1]):
        got = phrase_after(toks, _index_at(toks, index.according[accs[-1]]), text, data)
        if got is not None:
            return Attribution(got[0], None, "speaker.according_to", got[0].end)
    deferred: int | None = None
    for c in reversed(cues[-3:]):
        k = at[c]
        cue, pron, cue_end = index.cues[c]
        if pron is not None:
            return Attribution(pron, cue, "speaker.subject", cue_end)
        if k > 0 and (toks[k - 1].text in data.determiners
                      or toks[k - 1].text.endswith(data.possessive_endings)):
            continue  # a noun (`the report`, `in the state`, `the FBI's report`), not a verb
        j = k - 1
        while j >= 0 and toks[j].text in data.adverbs:
            j -= 1
        joined = j >= 0 and toks[j].text in data.coordinators
        if cue[0] in data.participles or joined:
            # `with Sen. Lee calling it "..."`: the name right before the participle.
            if cue[0] in data.participles and j >= 0 and toks[j].cap:
                phrase = phrase_before(toks, k, text, data)
                if phrase is not None and not phrase.pronoun:
                    return Attribution(phrase, cue, "speaker.subject", cue_end)
            # `Lee said, adding "..."`, `Lee read it but called it "..."`: the speaker
            # of an earlier cue in the sentence, else the sentence's subject.
            if deferred is None:
                deferred = c
            continue
        phrase = phrase_before(toks, k, text, data)
        if phrase is not None:
            clause = any(t.text in data.complementizers for t in toks[k + 1 :])
            return Attribution(phrase, cue, "speaker.subject", cue_end, clause)
        got = phrase_after(toks, _index_at(toks, cue_end), text, data)
        if got is not None and got[1] < len(toks) and toks[got[1]].text in (":", ","):
            return Attribution(got[0], cue, "speaker.subject", got[0].end)
    if deferred is not None:
        cue, _, cue_end = index.cues[deferred]
        subject = opening_subject(text, start, deferred, data)
        if subject is not None:
            return Attribution(subject, cue, "speaker.subject", cue_end)
    if cues:
        # `Alex Lee, a consultant who had tried ..., said, "..."`: the sentence's subject.
        cue, _, cue_end = index.cues[cues[-1]]
        subject = opening_subject(text, start, cues[-1], data)
        if subject is not None and not subject.pronoun:
            return Attribution(subject, cue, "speaker.subject", cue_end)
    return None
