"""Whom a quote belongs to when no cue attributes it: the subject of the sentence it
is woven into, of the sentence before it, of the last cue verb or ``according to``
phrase before it, or of the first verb of a recent sentence.

The caller (``quotes._assign_speakers``) tries them in order; a pronoun speaker
(``ujarnya``, ``she said``) is resolved to the person these rules find, and kept as
the pronoun where none is found.
"""

from __future__ import annotations

from articleparse.extractors.quotes.attribution import CueIndex
from articleparse.extractors.quotes.data import QuoteData
from articleparse.extractors.quotes.phrases import (
    Phrase,
    name_run,
    last_name_before,
    phrase_after,
    phrase_before,
    phrase_ending_at,
)
from articleparse.extractors.quotes.sentences import (
    named_elsewhere,
    named_in,
    opening_subject,
    sentence_start,
)
from articleparse.extractors.quotes.tokens import tokenize

__all__ = [
    "RESOLVE_REACH", "according_subject", "bare_office", "cue_subject", "full_name", "office_holder",
    "previous_subject", "resolve_pronoun", "sentence_subject", "verb_subject",
]

#: How far back (characters) a pronoun or an unattributed quote looks for its speaker.
RESOLVE_REACH = 1500



def sentence_subject(text: str, lo: int, pos: int, data: QuoteData) -> Phrase | None:
    """The subject of the sentence a quote is woven into when no cue attributes it
    (``Lee landed a dig at "my dear friend."``): a name, a pronoun or a determiner
    phrase opening the sentence, with words between it and the quote."""
    start = sentence_start(text, lo, pos, data)
    if len(text[start:pos].split()) < 2:
        return None
    subject = opening_subject(text, start, pos, data)
    if subject is None or subject.end >= pos:
        return None
    if subject.pronoun:
        return subject if subject.name in data.resolvable_pronouns else None
    if text[subject.start].isupper() and named_elsewhere(text, subject, data):
        return subject
    return None


def previous_subject(text: str, lo: int, pos: int, data: QuoteData) -> Phrase | None:
    """The named subject of the sentence just before ``pos`` (``Lee touted her plan.
    "We need ..."``), when no quote lies between (``lo`` is the previous quote's end)."""
    k = pos
    while k > lo and text[k - 1].isspace():
        k -= 1
    if k - 1 > lo and text[k - 1] == "," and text[k - 2] in ".!?:":
        k -= 1  # `pernyataan berikut:,"...`: paragraphs a scraper joined with a comma
    if k <= lo or text.count("\n", k, pos) > 2 or text[k - 1] not in ".!?:":
        return None
    subject = opening_subject(text, sentence_start(text, lo, k - 1, data), k, data)
    if subject is None or subject.pronoun or not text[subject.end - 1].isalpha():
        return None
    # `pengacara Jung Kyung Suk merilis ...:`: a lower-case office before the name.
    lead = text[subject.start : subject.end - len(subject.name)].split()
    named = text[subject.start].isupper() or (
        len(lead) <= 2 and " " in subject.name and subject.name[:1].isupper()
        and text[subject.end - len(subject.name) : subject.end] == subject.name)
    return subject if named and named_elsewhere(text, subject, data) else None


#: How many cue verbs before a pronoun ``cue_subject`` reads back over (newest first):
#: sentences whose subject is a pronoun (`Dia menegaskan ...`) or a common noun lie
#: between a speaker and the quote.
CUE_SUBJECT_CUES = 8


def cue_subject(text: str, lo: int, pos: int, data: QuoteData, index: CueIndex,
                avoid: str = "") -> Phrase | None:
    """The named subject of the last cue verb between ``lo`` and ``pos`` (``Hardy
    menegaskan ...``): a capitalised phrase right before the cue, not a pronoun, and a
    name by ``named_elsewhere``; for a cue joined to an earlier verb (``Melanie
    memberikan ... dan menjawab``), the sentence's subject.  A pronoun points to it
    before an older speaker.  A subject named in ``avoid`` (the quote's own words:
    ``"Kemarin Profesor (Yohanes Surya) bilang ...," ungkapnya``) is passed over."""
    for c in reversed(index.cues_in(lo, pos)[-CUE_SUBJECT_CUES:]):
        cue, pron, cue_end = index.cues[c]
        if pron is not None or cue[0] in data.participles:
            continue
        toks = tokenize(text, max(lo, c - 120), cue_end, data)
        k = len(toks) - 1
        if k < 1 or toks[k].start != c or toks[k - 1].text in data.determiners:
            continue
        j = k - 1
        while j > 0 and toks[j].text in data.adverbs:
            j -= 1
        if toks[j].text in data.coordinators:
            phrase = opening_subject(text, sentence_start(text, lo, toks[j].start, data), toks[j].start, data)
        else:
            phrase = phrase_before(toks, k, text, data)
        if (phrase is None or phrase.pronoun or not text[phrase.start].isupper()
                or not named_elsewhere(text, phrase, data) or named_in(phrase.name, avoid)):
            continue
        # The subject of its sentence: no other cue before it there (`kata Lee, DLH
        # akan menyampaikan ...`: DLH is no speaker of the quotes around).
        if not index.cues_in(sentence_start(text, lo, phrase.start, data), phrase.start):
            return phrase
    return None


def according_subject(text: str, lo: int, pos: int, data: QuoteData, index: CueIndex,
                      avoid: str = "") -> Phrase | None:
    """The person named after the last one-word ``according to`` marker between ``lo``
    and ``pos`` (``Menurut Apriansyah, ...``; not ``dikutip dari``, which cites an
    outlet): a pronoun after it points there before an older speaker."""
    for a in reversed(index.according_in(lo, pos)[-2:]):
        word = text[a : index.according[a]].rstrip().rstrip(",").rstrip()
        if word not in data.according_words:
            continue
        end = index.according[a]
        toks = tokenize(text, end, min(pos, end + 100), data)
        got = phrase_after(toks, 0, text, data)
        if (got is None or got[0].pronoun or not text[got[0].start].isupper()
                or got[1] >= len(toks) or toks[got[1]].text != ","):
            continue  # (`Menurut Budi Indonesia tidak ...`: no comma, no name of its own)
        if named_elsewhere(text, got[0], data) and not named_in(got[0].name, avoid):
            return got[0]
    return None


#: How many sentences before a quote ``verb_subject`` reads back over.
VERB_SUBJECT_SENTENCES = 3


def verb_subject(text: str, lo: int, pos: int, data: QuoteData) -> Phrase | None:
    """The named subject of the newest of the few sentences before ``pos`` whose
    subject is not a pronoun: a capitalised run right before the sentence's first
    verb by prefix (``..., Jakarta Pusat, Hinto dikabarkan akan ...``), maybe after
    adverbs.  Not a run in capitals (page debris, acronyms: ``CONTENT``, ``BK``), not
    a bare title or office (``Gubernur``), and, where it opens its sentence, a name by
    ``named_elsewhere``."""
    hi = pos
    for _ in range(VERB_SUBJECT_SENTENCES):
        start = sentence_start(text, lo, max(lo, hi - 1), data)
        if start >= hi:
            return None
        toks = tokenize(text, start, hi, data)
        for i, t in enumerate(toks):
            if not (t.word and t.text[:1].islower() and len(t.text) > 4
                    and t.text.startswith(data.bridge_verb_prefixes)):
                continue
            # The sentence's first verb: its subject stands right before it.
            j = i - 1
            while j >= 0 and toks[j].text in data.adverbs:
                j -= 1
            if j >= 0 and toks[j].text in data.relatives:
                continue  # `Korban yang dianiaya ..., Hinto dikabarkan`: a relative clause
            if j > 0 and toks[j].text == ",":
                j -= 1  # `Kabid Humas Polda X Kombes Budi, mengatakan`
            if j > 2 and toks[j].text == ")" and toks[j - 2].text == "(":
                j -= 3  # `Presiden Joko Widodo (Jokowi) meminta`
            if j < 0 or not toks[j].cap or toks[j].text.isupper():
                break  # a pronoun, a common noun or capitals: no named subject here
            phrase = phrase_ending_at(toks, j, text, data)
            if phrase is None or phrase.pronoun or phrase.name.isupper() or " " not in phrase.name \
                    and phrase.name in data.office_words:
                break
            k = phrase.start
            while k > start and text[k - 1] == " ":
                k -= 1
            inside = k > start and (text[k - 1].isalnum() or text[k - 1] in ",;)")
            if inside or named_elsewhere(text, phrase, data):
                return phrase
            break
        hi = start
        if hi <= lo:
            return None
    return None


def bare_office(phrase: str, data: QuoteData) -> bool:
    """Whether a speaker phrase is one listed title or office word and nothing else."""
    return phrase in data.office_words


def office_holder(text: str, word: str, pos: int, data: QuoteData) -> str | None:
    """The person named with the office ``word`` at its last mention before ``pos``
    (``Kanit Reskrim Polsek X Iptu Budi mengatakan ... "...," kata Kanit``): the name
    of the speaker phrase read from there, when it names more than the office."""
    floor = max(0, pos - RESOLVE_REACH)
    k = pos
    for _ in range(4):
        at = text.rfind(word, floor, k)
        if at < 0:
            return None
        k = at
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-_"):
            continue
        if _heading_line(text, at):
            continue  # (`Menteri Minta Harga Beras Dijaga Stabil`: a headline names nobody)
        toks = tokenize(text, at, min(pos, at + 200), data)
        got = phrase_after(toks, 0, text, data)
        name = got[0].name if got is not None and not got[0].pronoun else ""
        if name[:1].isupper() and not name.startswith(word) and not bare_office(name, data):
            return name  # (`Kanit Reskrim belum ...` names nobody: the office is all there is)
    return None


#: How many earlier mentions of a short name ``full_name`` reads (newest first).
FULL_NAME_MENTIONS = 12


def full_name(
    text: str, short: str, pos: int, data: QuoteData, runs: dict[int, str | None] | None = None
) -> str | None:
    """The full name that a one-word speaker name ``short`` at ``pos`` stands for: the
    run of capitalised words holding it at its earlier mentions (``Kepala BPBD, Joko
    Santoso, mengatakan ... "...," kata Joko``), with ``short`` as the part of the name
    the language uses alone (``short_name_part``: the surname in English).  Only when
    every such mention names the same person (the shortest run where one holds another:
    ``Republican John Smith`` and ``John Smith``); two people sharing the word
    (``Bill Clinton``, ``Hillary Clinton``) leave it as written, and so do headlines.

    ``runs`` keeps the name read at each mention, by its offset, for the next call on
    the same text: a person quoted five times has the same mentions read five times."""
    part = data.short_name_part
    if (not part or len(short) < 3 or not short[:1].isupper() or short.isupper()
            or not short.isalpha() or short in data.office_words or short in data.institutions):
        return None
    found: str | None = None
    at = pos
    for _ in range(FULL_NAME_MENTIONS):
        at = text.rfind(short, 0, at)
        if at < 0:
            break
        end = at + len(short)
        if (at > 0 and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()) \
                or _heading_line(text, at):
            continue
        if runs is None:
            name = name_run(text, at, end, part, data)
        elif at in runs:
            name = runs[at]
        else:
            name = runs[at] = name_run(text, at, end, part, data)
        if name is None:
            continue
        if found is None or set(name.split()) < set(found.split()):
            found = name
        elif not set(found.split()) <= set(name.split()):
            return None  # (two people: `Bill Clinton`, `Hillary Clinton`)
    return found


#: The characters a paragraph of running text ends with (a heading ends with none).
_PARAGRAPH_ENDS = ".!?…:;,\"”’'»)"
#: How many words a heading line holds at most.
HEADING_WORDS = 24


def _heading_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline or a heading, where a capitalised
    run after a name or an office is the rest of the title, not a name (``Menteri Minta
    Harga Beras Dijaga Stabil``, ``Pesan Prabowo ke Kejaksaan``): a short line ending
    with no full stop, comma or closing mark, or a title-cased one (every word of four
    letters or more capitalised, two such words at least)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    words = line.split()
    if len(words) <= HEADING_WORDS and not line.endswith(tuple(_PARAGRAPH_ENDS)):
        return True
    # Title-cased: read up to the first long word in small letters (prose has one
    # within a few words), not the whole paragraph.
    capitalised = 0
    for word in words:
        if len(word) > 3:
            if not word[0].isupper():
                return False
            capitalised += 1
    return capitalised >= 2


def resolve_pronoun(text: str, lo: int, start: int, named: list[tuple[int, str]], data: QuoteData,
             index: CueIndex, words: str = "") -> str | None:
    """The person a pronoun at a quote starting at ``start`` refers to: the named
    subject of the sentence just before the quote (``Lee spoke. "...," she said``),
    else the newer of the named subject of a cue after the last speaker (``Hardy
    menegaskan ... "...," ujarnya``) and the person after an ``according to`` there
    (``Menurut Budi, ... "...," jelasnya``), neither named in the quote's own ``words``,
    else the last named speaker, else the last person named in the text just before."""
    subject = previous_subject(text, lo, start, data) if data.resolve_to_subject else None
    if subject is not None and (not named or named[-1][0] < subject.start):
        return subject.name
    floor = max(lo, named[-1][0] if named else 0, start - RESOLVE_REACH)
    subject = cue_subject(text, floor, start, data, index, words)
    according = according_subject(text, floor, start, data, index, words)
    if according is not None and (subject is None or according.start > subject.start):
        subject = according
    if subject is not None:
        return subject.name
    if named and start - named[-1][0] <= RESOLVE_REACH:
        return named[-1][1]
    subject = verb_subject(text, max(lo, start - 300), start, data)
    if subject is not None:
        return subject.name
    return last_name_before(tokenize(text, max(0, start - 300), start, data), text, data)
