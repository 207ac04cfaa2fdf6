"""Direct quotes with their speakers and cue verbs: ``extract_quotes(text, lang)``.

The steps, each in its own module:

1. ``marks.find_pieces``: pair the quote marks (curly, straight, mismatched, single,
   guillemets, „German“, 「CJK」), skipping apostrophes, continuing quotes over
   paragraphs, recovering from unbalanced marks.
2. ``attribution``: for each piece, the cue verb and speaker phrase right after it or
   in the sentence before it (``speaker.*`` rules), with ``sentences`` (where a
   sentence starts, the subject opening it).
3. here: drop nobody's words (scare quotes, titles, nicknames: a scare marker before
   the mark, a short or title-cased piece that no cue verb attributes, a capitalised
   title after a capitalised possessive: ``NBC's “Meet the Press”``); join a quote
   split by its attribution (``“A,” she said, “B.”``), a quote going on at the start
   of the next paragraph (``“A,” she said.¶¶“B.”``) and pieces that share one cue
   (``called it “A” and “B”``); give unattributed pieces the speaker of the
   quote just before; resolve pronouns (``she``, ``-nya``) to the person they refer
   to: the newer of the last named speaker and the subject ``referents`` finds
   between (of a cue verb, a ``menurut`` phrase, a sentence's first verb), or an
   office's holder named earlier in the body, not a headline (``kata Kanit``); and a
   one-word name to the person's full name met earlier (``kata Joko``, where the
   language data sets ``name_particles.short_name_part``).

>>> from articleparse.languages import load
>>> q, = extract_quotes('“We are ready,” said Vice President Kamala Harris.', load("en"))
>>> q.text, q.speaker.name, q.cue.text, q.rule, q.speaker.rule
('We are ready,', 'Kamala Harris', 'said', 'quote.paired_marks', 'speaker.after_cue')
>>> q, = extract_quotes('Budi Santoso hadir. "Kami siap," ujarnya.', load("id"))
>>> q.speaker.name, q.speaker.span.slice('Budi Santoso hadir. "Kami siap," ujarnya.')
('Budi Santoso', 'nya')
"""

from __future__ import annotations

import attrs

from articleparse.extractors.quotes.attribution import Attribution, CueIndex, after, before, sentence_end
from articleparse.extractors.quotes.data import QuoteData, quote_data
from articleparse.extractors.quotes.marks import Piece, find_pieces
from articleparse.extractors.quotes.sentences import CLOSERS, FULL_STOPS, OPENERS
from articleparse.extractors.quotes.referents import (
    bare_office,
    cue_subject,
    full_name,
    office_holder,
    previous_subject,
    resolve_pronoun,
    sentence_subject,
)
from articleparse.languages import Language
# Every span here runs between offsets of matches in the text they span, so it is
# built unchecked (``trusted_span``).
from articleparse.model import Cue, Quote, QuotePiece, Speaker, trusted_span
from articleparse.patterns import compile_pattern

__all__ = ["extract_quotes"]

#: An unattributed piece of this many words or fewer is a scare quote, a title or a name.
SHORT_WORDS = 3
#: How many words may stand between a cue verb and a short piece it attributes
#: (``said “zero” voters``: none), and after a naming verb
#: (``called the plan a “disaster”``: three).
CUE_REACH = 0
NAMING_REACH = 3
#: Opening marks of the double kind (a quote over paragraphs keeps its kind of mark).
_DOUBLE_MARKS = "\"“”„«»"
#: An unattributed piece of this many words or fewer standing as a line of its own in
#: single marks is a section heading (news pages head sections with a phrase from a
#: quote).
HEADING_WORDS = 6
#: How many words a heading line may hold before the title it quotes (``12 thoughts on``).
HEADING_LEAD_WORDS = 3
#: How far back (characters) an unattributed quote takes the speaker of the one before.
CONTINUE_REACH = 600


# A scan (``re``, no timeout): a one-character class, an optional mark, a space; it
# cannot backtrack, and ``_one_sentence`` runs it for most quotes.  The last class is
# ``regex``'s ``\s`` (which, unlike ``re``'s, leaves out the separators \x1c-\x1f).
_STOP = compile_pattern("quotes.sentence_stop", r"[.!?][\"”’']?+[^\S\x1c-\x1f]", scan=True)


@attrs.define
class _Found:
    pieces: list[Piece]
    att: Attribution | None
    after: bool  # the attribution follows the (last) piece
    speaker: Speaker | None = None
    rule: str = "quote.paired_marks"


def extract_quotes(text: str, lang: Language) -> tuple[Quote, ...]:
    """The direct quotes of ``text``, in order; ``()`` when there are none."""
    if not isinstance(text, str) or not text:
        return ()
    data = quote_data(lang)
    pieces = find_pieces(text, data.elisions)
    if not pieces:
        return ()
    index = CueIndex.build(text, data)
    found = _attribute(text, pieces, data, index)
    found = _join(text, found, data, index)
    _assign_speakers(text, found, data, index)
    if data.short_needs_speaker:
        found = [f for f in found if f.speaker is not None or len(f.pieces) > 1
                 or _words(f.pieces[0].text) > SHORT_WORDS]
    return tuple(_record(text, f) for f in found)


def _words(s: str) -> int:
    return len(s.split())


def _title_case(s: str) -> bool:
    """Whether every word of four letters or more is capitalised (two such words at
    least): a title or a name (``his show “The Apprentice,” ...``).  A piece ending
    with a full stop is left alone: headlines are title-cased quotes too
    (``Lee: ‘We Will Win The State.’``)."""
    s = s.rstrip(",")
    if not s[-1:].isalnum():
        return False  # (`?`, `!`, `.`: may be a sentence, however capitalised)
    return _capitalised(s)


def _capitalised(s: str) -> bool:
    """Whether every word of four letters or more is capitalised (two such words at
    least), however ``s`` ends."""
    words = [w for w in s.split() if len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _owned_title(text: str, p: Piece, data: QuoteData) -> bool:
    """Whether a capitalised piece of a few words follows a capitalised possessive: the
    title of a show, a column or a book (``on CBS's “Face the Nation,”``, ``NBC's
    “Meet the Press.”``), however it ends and whatever follows it."""
    k = p.start - 1
    if text[k - 1 : k] == " ":
        k -= 1
    # (the cheap tests first, in C: the ending before the mark, then the capitals)
    if not (text.endswith(data.possessive_endings, 0, k) and p.text[:1].isupper()):
        return False
    j = max(text.rfind(" ", 0, k), text.rfind("\n", 0, k)) + 1
    if not text[j : j + 1].isupper():
        return False
    words = p.text.rstrip(",.!?").split()
    return len(words) <= 8 and all(len(w) <= 3 or w[0].isupper() for w in words)


def _heading(text: str, p: Piece) -> bool:
    """Whether the piece is a line of its own in single marks, the way headlines and
    section headings quote (``¶¶‘All bets are off.’¶¶``), where the body's quotes take
    double marks (a doubled apostrophe, ``''...''``, is a double mark)."""
    if text[p.start : p.start + 1] not in ("'", "‘") or text[p.start + 1 : p.start + 2] == "'":
        return False
    before = text[p.start - 1 : p.start]
    after = text[p.end : p.end + 1]
    return before in ("", "\n") and after in ("", "\n")


def _titled_heading(text: str, p: Piece, data: QuoteData) -> bool:
    """Whether the piece is a title closing a short heading line after a preposition,
    the way blogs head their comments and replies (``12 thoughts on “How I ...”``,
    ``One response to “...”``): the title ends the line with no full stop or comma,
    inside the marks or after them, and a few words stand before it on its line."""
    if p.text[-1:] in ".!?,;:" or text[p.end : p.end + 1] not in ("", "\n"):
        return False
    if text[p.start - 1 : p.start] != " ":
        return False
    head = text[text.rfind("\n", 0, p.start) + 1 : p.start].split()
    return 0 < len(head) <= HEADING_LEAD_WORDS and head[-1] in data.heading_prepositions


def _has_words(s: str) -> bool:
    """Whether ``s`` holds two letters or digits at most 40 characters apart."""
    if len(s) >= 2 and s[:2].isalnum():
        return True  # (the common case: a piece that opens with a word)
    last = -100
    for i, c in enumerate(s):
        if c.isalnum():
            if i - last <= 41:
                return True
            last = i
    return False


def _scare_before(text: str, lo: int, pos: int, data: QuoteData) -> bool:
    """Whether a scare marker (``so-called``) ends just before a mark at ``pos`` (up to
    three spaces, commas or colons between): the words before it, read back one at a
    time from ``pos`` but not past ``lo``, lower-cased and compared with the list."""
    k = pos
    while k > lo and pos - k < 3 and (text[k - 1].isspace() or text[k - 1] in ",:"):
        k -= 1
    words: list[str] = []
    for _ in range(data.scare_max_words):
        j = max(text.rfind(" ", lo, k), text.rfind("\n", lo, k), text.rfind("\xa0", lo, k)) + 1
        j = max(j, lo)
        if j == k:
            return False
        word = text[j:k]
        m = j
        while m < k and not word[m - j].isalnum() and word[m - j] not in "-_":
            m += 1  # `(dubbed`: the marker starts after the bracket
        words.insert(0, text[m:k].lower())
        if tuple(words) in data.scare_words:
            return m == 0 or not (text[m - 1].isalnum() or text[m - 1] in "-_")
        if len(words) == 1 and words[0] not in data.scare_last:
            return False
        words[0] = word.lower()
        k = j
        while k > lo and text[k - 1].isspace():
            k -= 1
    return False


def _strong(text: str, att: Attribution | None, p: Piece, data: QuoteData) -> bool:
    """A short piece is a quote, not a scare quote, when a cue verb follows it, it
    holds a clause that ends inside the marks (``called it “unacceptable.”``), or it
    stands right after its cue verb (``said “zero” voters``; a naming verb reaches a
    little further: ``called the plan a “disaster”``)."""
    if att is not None and att.rule != "speaker.subject" and att.rule != "speaker.sentence_end":
        return True  # (a cue closing the sentence makes no short piece words said: `the "plan," Lee said`)
    if (p.text[-1:] in ".!?,;" or text[p.end : p.end + 1] in (".", "!", "?", ",", ";")) \
            and not _listed(text, p):
        return True  # (items of a list, `such as “tax,” “debt” and “Iran.”`, need a cue)
    if att is None or att.cue is None or att.cue[2] > p.start or not p.text[:1].islower():
        return False  # `calls itself “Patriots”`: a name, not words
    reach = NAMING_REACH if att.cue[0] in data.naming else CUE_REACH
    return len(text[att.cue[2] : p.start].split()) <= reach


def _listed(text: str, p: Piece) -> bool:
    """Whether a short piece stands in a run of quoted items: closed by a comma with
    another opening mark right after it, or right after such an item (``“tax,” “debt,”
    “budget.”``).
    (Not over a joining word: ``“pathetic” and “dangerous.”`` is one speaker's words.)"""
    k = p.end + (text[p.end : p.end + 1] == ",")
    if (k > p.end or p.text[-1:] == ",") and text[k : k + 1] == " " and text[k + 1 : k + 2] in OPENERS:
        return True
    before = text[max(0, p.start - 3) : p.start]  # (`,” ` or `", `: the item before)
    return len(before) == 3 and before[2] == " " and (
        (before[1] in CLOSERS and before[0] == ",") or (before[1] == "," and before[0] in CLOSERS))


def _attribute(text: str, pieces: list[Piece], data: QuoteData, index: CueIndex) -> list[_Found]:
    found: list[_Found] = []
    prev_end = 0
    for p in pieces:
        if not _has_words(p.text) or text[p.start - 1 : p.start] == "=":
            # No words, or an attribute value in left-over markup (`date="..."`).
            prev_end = p.end
            continue
        att_after = after(text, p.end, data, index)
        att = att_after or before(text, prev_end, p.start, data, index) \
            or sentence_end(text, p.end, data, index)
        # (a scare marker matters only where no attribution follows the piece)
        scare = att_after is None and _scare_before(text, max(prev_end, p.start - 48), p.start, data)
        prev_end = p.end
        if scare:
            continue
        if (att_after is None or att is None) and _title_case(p.text):
            continue
        if _owned_title(text, p, data):
            continue
        if att is None and _words(p.text) <= HEADING_WORDS and _heading(text, p):
            continue  # (`¶¶‘Totally on board.’¶¶`: a section heading, not words said)
        if att is None and _titled_heading(text, p, data):
            continue
        if _words(p.text) <= SHORT_WORDS and not _strong(text, att, p, data):
            continue
        rule = "quote.multi_paragraph" if p.paragraphs > 1 else (
            "quote.mismatched_marks" if p.mismatched else "quote.paired_marks")
        found.append(_Found([p], att, att_after is not None, rule=rule))
    return found


def _join(text: str, found: list[_Found], data: QuoteData, index: CueIndex) -> list[_Found]:
    """Join a quote split by its attribution, and pieces that share one cue."""
    out: list[_Found] = []
    for f in found:
        if out and _joins(text, out[-1], f, data, index):
            a = out[-1]
            a.rule = "quote.split" if a.after else "quote.shared_cue"
            a.pieces.extend(f.pieces)
            continue
        out.append(f)
    return out


def _joins(text: str, a: _Found, f: _Found, data: QuoteData, index: CueIndex) -> bool:
    gap = text[a.pieces[-1].end : f.pieces[0].start]
    if len(gap) > 250 or a.att is None:
        return False
    if "\n" in gap:
        return f.att is None and _next_paragraph(text, a, f, gap, data)
    if f.att is None and _continues(text, a, f, gap, data):
        return True
    if a.after:
        # `“A,” she said, “B.”` / `“A,” X said. “B.”`: the gap is the attribution.
        if len(a.pieces) > 1 or a.pieces[-1].text.endswith(".") or _woven(text, f.pieces[-1].end):
            return False
        rest = text[a.att.end : f.pieces[0].start].rstrip()
        return (
            not rest.endswith(":")
            and not index.cues_in(a.att.end, a.att.end + len(rest))
            and _one_sentence(rest, data)
            and not _clause_before(rest)
            and (f.att is None or f.att.speaker.start == a.att.speaker.start)
        )
    # `X called it “A” and “B”`: pieces of one sentence, under one cue.
    return (
        a.pieces[-1].text[-1:] not in ".!?"
        and not index.cues_in(a.pieces[-1].end, f.pieces[0].start)
        and _one_sentence(gap.rstrip(), data)
        and (f.att is None or f.att.cue == a.att.cue)
    )


def _continues(text: str, a: _Found, f: _Found, gap: str, data: QuoteData) -> bool:
    """Whether a piece with no attribution of its own opens the sentence right after
    quote ``a`` in the same paragraph, so goes on with its words: nothing but spaces
    between (``“A.” “B.”``), or ``a``'s attribution after it, ending its sentence
    however long it runs (``“A,” X said, adding that ... . “B.”``)."""
    if _woven(text, f.pieces[-1].end) or not f.pieces[0].text[:1].isupper():
        return False
    if not gap.strip():
        return True
    assert a.att is not None
    if not a.after or len(a.pieces) > 1 or a.att.end <= a.pieces[-1].end:
        return False
    rest = gap.rstrip()
    return rest[-1:] in FULL_STOPS and _one_sentence(rest, data)


def _next_paragraph(text: str, a: _Found, f: _Found, gap: str, data: QuoteData) -> bool:
    """Whether a piece with no attribution of its own fills the start of the paragraph
    right after quote ``a`` (one line break or one blank line between), so goes on with
    its words, the way news pages run a speaker's quote over paragraphs and attribute it
    once: ``“A,” X said.¶¶“B.”``, ``X said: “A.”¶¶“B.”``.  The words after ``a`` on its
    own line may only be ``a``'s attribution, ending its sentence."""
    head, _, tail = gap.partition("\n")
    if tail.count("\n") > 1 or tail.strip():
        return False  # (more than one blank line, or words before the piece)
    if _mark_kind(text[f.pieces[0].start]) != _mark_kind(text[a.pieces[-1].start]):
        return False  # (`“A,” X said.¶¶‘Watch the video: ...’`: other marks, other words)
    if _capitalised(f.pieces[0].text):
        return False  # (`¶¶“Morning News, Every Day!”`: a title or a slogan, not a sentence)
    return _continues(text, a, f, head, data)


def _mark_kind(mark: str) -> str:
    """The kind of an opening mark: double marks are one kind, however typed."""
    return "\"" if mark in _DOUBLE_MARKS else mark


def _woven(text: str, end: int) -> bool:
    """Whether the sentence runs on in lower case after a closing mark at ``end``
    (``... “B” that border security is working``): a partial quote of its own."""
    k = end
    while k < len(text) and k - end < 2 and text[k] == " ":
        k += 1
    return k > end and k < len(text) and text[k].islower()


def _clause_before(rest: str) -> bool:
    """Whether the words after a split quote's attribution run into the next piece
    as a clause of their own (``“A,” she said, referring to “B”``, ``..., who
    thinks X “B”``): two words or more, not closed by a comma or a full stop."""
    return len(rest.split()) >= 2 and rest[-1:] not in ",.!?"


def _one_sentence(s: str, data: QuoteData) -> bool:
    """Whether ``s`` ends no sentence before its last character (a full stop after
    an abbreviation such as ``Sen.`` or an initial does not count)."""
    for m in _STOP.finditer(s, 0, max(0, len(s) - 1)):
        word = s[: m.start() + 1].rsplit(None, 1)[-1] if s[: m.start()].strip() else ""
        if word not in data.abbreviations and not (len(word) == 2 and word[0].isupper()):
            return False
    return True


def _assign_speakers(text: str, found: list[_Found], data: QuoteData, index: CueIndex) -> None:
    named: list[tuple[int, str]] = []  # (offset, name) of resolved speakers so far
    runs: dict[int, str | None] = {}  # the full name read at each mention (``full_name``)
    prev: _Found | None = None
    for f in found:
        start = f.pieces[0].start
        lo = prev.pieces[-1].end if prev else 0
        ph, rule = None, ""
        if f.att is not None:
            ph, rule = f.att.speaker, f.att.rule
        elif (subject := sentence_subject(text, lo, start, data)) is not None:
            ph, rule = subject, "speaker.sentence_subject"
        elif (subject := previous_subject(text, lo, start, data)) is not None:
            ph, rule = subject, "speaker.previous_sentence"
        if ph is not None:
            name = ph.name
            if not ph.pronoun and bare_office(text[ph.start : ph.end], data):
                # `kata Kanit`: the office's holder, named with it earlier.
                holder = office_holder(text, text[ph.start : ph.end], ph.start, data)
                if holder is not None:
                    name, rule = holder, rule + "+office"
            elif not ph.pronoun and " " not in name and (full := full_name(text, name, ph.start, data, runs)):
                # `kata Joko` after `Joko Santoso, mengatakan`: the person named in full.
                name, rule = full, rule + "+full_name"
            if ph.pronoun and (ph.anaphor or ph.name in data.resolvable_pronouns
                               or ph.name in data.pronoun_suffixes):
                words = " ".join(p.text for p in f.pieces)
                resolved = resolve_pronoun(text, lo, start, named, data, index, words)
                if resolved is not None:
                    name, rule = resolved, rule + "+pronoun"
                    if " " not in name:  # (`Menurut Sarmuji, ...` after `Muhammad Sarmuji`)
                        name = full_name(text, name, start, data, runs) or name
            f.speaker = Speaker(name, trusted_span(ph.start, ph.end), rule)
            if not ph.pronoun or rule.endswith("+pronoun"):
                named.append((f.pieces[-1].end, name))
        else:
            gap = text[prev.pieces[-1].end : start] if prev is not None else ""
            if (prev is not None and prev.speaker is not None and len(gap) <= CONTINUE_REACH
                    and gap.count("\n\n") + gap.strip("\n").count("\n") <= 2):
                s = prev.speaker
                f.speaker = Speaker(s.name, s.span, "speaker.continued")
            elif (subject := cue_subject(text, max(lo, start - CONTINUE_REACH), start, data, index)) is not None:
                f.speaker = Speaker(subject.name, trusted_span(subject.start, subject.end), "speaker.cue_subject")
        prev = f


def _record(text: str, f: _Found) -> Quote:
    pieces = tuple(QuotePiece(p.text, trusted_span(p.start, p.end)) for p in f.pieces)
    # (one piece: the quote's span is the piece's, an equal frozen value)
    span = pieces[0].span if len(pieces) == 1 else trusted_span(f.pieces[0].start, f.pieces[-1].end)
    cue = None
    if f.att is not None and f.att.cue is not None:
        word, s, e = f.att.cue
        cue = Cue(word, trusted_span(s, e))
    return Quote(
        text=" ".join(p.text for p in f.pieces),
        span=span,
        speaker=f.speaker,
        cue=cue,
        rule=f.rule,
        pieces=pieces,
    )
