"""Speaker phrases: the words naming who speaks, read to the right or left of a cue.

Text near a quote is cut into word and punctuation tokens (``tokens.py``); a speaker
phrase is a short run of them: a pronoun, a name (capitalised words, with titles
before it and name particles inside it), or a common-noun phrase that starts with a
determiner (``the campaign``).  ``name`` drops titles and determiners;
``start``/``end`` keep the whole phrase.  All words come from the language's ``quotes.toml`` (see ``data.py``).
"""

from __future__ import annotations

import attrs

from articleparse.extractors.quotes.data import QuoteData
from articleparse.extractors.quotes.tokens import (
    Tok,
    acronym,
    cap_after_particles,
    cap_before_particles,
    capitalised_inside,
    degrees,
    has_word,
    is_name_tok,
    line_break,
    title_at,
    tokenize,
)

__all__ = ["Phrase", "name_run", "phrase_after", "phrase_before", "phrase_ending_at", "last_name_before",
           "owned_office", "past_tag_bracket"]

#: How many tokens an office phrase may hold (`Plh Kepala Pelaksana Badan ... (BPBA)
#: Abd Aziz`); other speaker phrases stop at nine words.
OFFICE_WORDS = 18


# (``define``, not ``frozen``: never changed once built, and built thousands of times
# per thousand articles, where a frozen class pays a call per field to set it)
@attrs.define
class Phrase:
    """A speaker phrase: ``name`` resolved for display, ``start``/``end`` in the text."""

    name: str
    start: int
    end: int
    pronoun: bool = False
    #: A descriptor closed by a demonstrative (`politikus partai itu ini`): it points
    #: back to a person named before and is resolved like a pronoun.
    anaphor: bool = False


def _strip_titles(run: list[Tok], data: QuoteData) -> list[Tok]:
    """Drop leading titles (``Wakil Presiden``), acronyms (``AS``) and sentence
    starters (``But``) from a run of capitalised words, keeping at least one word."""
    i = 0
    while i < len(run) - 1:
        size = title_at(run[:-1], i, data) if run[i].text in data.title_first else 0
        if size:
            i += size
        else:
            t = run[i].text
            low = t.lower()
            bare = t.replace(".", "")
            # (an initial, `A. Budi`, is part of the name)
            acronym = len(bare) >= 2 and bare.isupper() and run[i + 1].cap
            if (acronym or low in data.stops or low in data.adverbs or t in data.determiners
                    or t in data.according_words):
                i += 1
            else:
                break
    return run[i:]


def _name(toks: list[Tok], text: str, data: QuoteData, office: bool = False) -> str:
    """The display name of a phrase: its last run of capitalised words without titles,
    or, when the phrase ends in a common noun, the phrase without its determiner.  In
    an office phrase the name follows the last acronym of that run (``Deputi Penindakan
    KPK Asep Rahayu``, ``Polda Metro Jaya AKBP Budi``, ``Dapil Jawa Barat III Budi``):
    the body, rank or district before it; so does a listed title inside the run
    (``Kanit Reskrim Polsek Sako Iptu Budi``: the rank)."""
    if toks[-1].text[0] == "@":
        return toks[-1].text  # `akun Instagram @budi_s`: the handle names the account
    if toks[-1].cap:
        end = len(toks)
        j = end - 1
        while j > 0 and (toks[j - 1].cap or (toks[j - 1].text in data.name_particles
                                             and cap_before_particles(toks, j - 1, data))):
            j -= 1
        if j > 1 and toks[j - 1].text.isdigit() and toks[j - 2].cap and acronym(toks[j - 2].text):
            # `Rina SMKN 2 Bogor`: an acronym and a number open a place or a school;
            # the person is the run before it, without the acronym that opens the place.
            end = j - 1
            j = end - 1
            while j > 0 and toks[j - 1].cap:
                j -= 1
            while end - j > 1 and acronym(toks[end - 1].text):
                end -= 1
            if end - j == 1 and acronym(toks[j].text):
                # `Rina siswi SMKN 2 Bogor`: the place is all there is; the person is the
                # run before the lower-case words.
                k = j - 1
                while k >= 0 and not toks[k].cap:
                    k -= 1
                if k >= 0:
                    end = k + 1
                    j = k
                    while j > 0 and toks[j - 1].cap:
                        j -= 1
        run = _strip_titles(toks[j:end], data)
        if office and run[-1].text not in data.institutions:
            # (a run ending in an institution word names a body: `Dinas PU Kota`)
            institutions = data.institutions
            for k in range(len(run) - 2, -1, -1):
                w = run[k].text
                size = 1 if acronym(w) or _numeral(w) else title_at(run, k, data)
                institution = not size and w in institutions
                if institution:
                    size = 1
                if size and k + size < len(run):
                    if not (institution and k + 2 == len(run)
                            and not _speaks_alone(text, run[-1].text, data)):
                        run = run[k + size :]
                    # (else `Kasat Lantas Polresta Barelang`: a place, no person)
                    break
            while len(run) > 1 and _place(text, run[0], data):
                run = run[1:]  # `Wali Kota Mataram Budi`: Mataram is a place
        return text[run[0].start : run[-1].end]
    k = 0
    while k < len(toks) - 1 and (toks[k].text in data.determiners or toks[k].text in data.single_titles):
        k += 1
    return text[toks[k].start : toks[-1].end]


#: Letters of a Roman numeral, which numbers a district, a region or a commission
#: (`Wilayah V`, `Komisi XI`).
_NUMERAL_LETTERS = frozenset("IVXL")


def _numeral(w: str) -> bool:
    """A Roman numeral other than ``I`` (a Balinese name opens with ``I``: ``I Wayan``)."""
    return w != "I" and len(w) <= 5 and all(c in _NUMERAL_LETTERS for c in w)


def _word_before(text: str, at: int) -> str:
    """The word ending (before spaces) just before offset ``at``."""
    end = at
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _word_after(text: str, at: int) -> str:
    """The word starting (after spaces) at offset ``at``."""
    start = at
    while start < len(text) and text[start] == " ":
        start += 1
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


#: How many mentions of a word ``_speaks_alone`` and ``_place`` read.
_MENTIONS = 12


def _speaks_alone(text: str, w: str, data: QuoteData) -> bool:
    """Whether the text names ``w`` alone as a speaker somewhere: right after a cue verb
    or `according to` (``kata Budi``), or right before a cue verb (``Budi mengatakan``);
    a person is so named, a place or a body hardly ever."""
    at = text.find(w)
    seen = 0
    while at >= 0 and seen < _MENTIONS:
        end = at + len(w)
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            before = _word_before(text, at)
            if before in data.cue_words or before in data.according_words:
                return True
            if _word_after(text, end) in data.cue_words:
                return True
        seen += 1
        at = text.find(w, end)
    return False


def _place(text: str, t: Tok, data: QuoteData) -> bool:
    """Whether the word ``t`` names a place: the text has it elsewhere right after a
    preposition of place (``di Mataram``), which hardly ever precedes a person's name."""
    w = t.text
    at = text.find(w)
    seen = 0
    while at >= 0 and seen < _MENTIONS:
        end = at + len(w)
        if (at != t.start and (at == 0 or not text[at - 1].isalpha())
                and (end == len(text) or not text[end].isalpha())
                and _word_before(text, at) in data.place_prepositions):
            return True
        seen += 1
        at = text.find(w, end)
    return False


def _name_follows(toks: list[Tok], j: int, data: QuoteData) -> bool:
    """Whether lower-case words at ``j`` lead to another name within three words
    (``Sanders campaign manager Jeff Weaver``, ``Air Force 1st Lt. Tyler Livingston``),
    none of them reading as a verb (``Lee attacked Clinton``)."""
    for k in range(j, min(j + 4, len(toks))):
        t = toks[k]
        if not t.word or t.text in data.stops or t.text in data.cue_words:
            return False
        if not t.cap and (t.text.endswith(data.bridge_verb_endings)
                          or t.text.startswith(data.bridge_verb_prefixes)):
            return False
        if t.cap:
            return k > j
    return False


def _before_determiner(toks: list[Tok], j: int, data: QuoteData) -> bool:
    """Whether a determiner opening a noun phrase stands at token ``j``: followed by a
    word that is neither a stop word nor an adverb (``held a fake audition``; not the
    numeral of ``the world number one will play``)."""
    return (j + 1 < len(toks) and toks[j].text in data.determiners and toks[j + 1].word
            and toks[j + 1].text not in data.stops and toks[j + 1].text not in data.adverbs)


def phrase_after(toks: list[Tok], i: int, text: str, data: QuoteData,
                 max_words: int = 9) -> tuple[Phrase, int] | None:
    """The speaker phrase starting at token ``i`` and the index after it."""
    if i >= len(toks) or not toks[i].word:
        return None
    first = toks[i]
    if first.text in data.pronouns:
        return Phrase(first.text, first.start, first.end, True), i + 1
    j = i
    det = first.text in data.determiners
    if det:
        j += 1
    got: list[Tok] = []
    seen_cap = False
    titled = False  # an office so far: it may run on (`Menteri X dan Y (ABC) Nama`)
    lower = 0
    n = len(toks)
    # (the word sets read for every token, looked up once)
    stops, cue_words, adverbs = data.stops, data.cue_words, data.adverbs
    title_first, office_words, pronouns = data.title_first, data.office_words, data.pronouns
    while j < n and len(got) < (OFFICE_WORDS if titled else max_words):
        t = toks[j]
        w = t.text
        if got and text.find("\n", got[-1].end, t.start) >= 0:
            break  # a phrase never runs over a line break (`ujar Budi\n\nJakarta -`)
        size = title_at(toks, j, data) if w in title_first else 0
        if size > 1:
            got.extend(toks[j : j + size])  # `Secretary of State`, kept whole
            j += size
            titled = True
            continue
        if titled and seen_cap:
            k = _office_link(toks, j, data)
            if k > j:
                # `Kepala Dinas Sosial (Dinsos) Kota X`, `Menteri Pariwisata dan Olahraga X`
                got.extend(toks[j:k])
                j = k
                continue
        if not t.word or w in stops or w in cue_words or w in adverbs:
            break
        cap = w[0].isupper() or w[0] == "@"  # (``Tok.cap`` of a word)
        if cap and w in office_words:
            titled = True
        if cap and w not in pronouns:
            got.append(t)
            seen_cap = True
        elif w in data.name_particles and seen_cap and cap_after_particles(toks, j, data):
            got.append(t)
        elif w[0].isupper():
            break
        elif seen_cap and not det and not _name_follows(toks, j, data):
            break
        else:
            if det and got and got[-1].cap and (w.startswith(data.bridge_verb_prefixes)
                                                or w.endswith(data.bridge_verb_endings)):
                # `para anggota DPR berdalih`, `the Democratic National Committee
                # released`: a verb by its prefix or ending ends the phrase.
                break
            if det and got and _before_determiner(toks, j + 1, data):
                break  # `the actor held a ...`: a word before a determiner is a verb
            if det and got and not got[-1].cap and (lower >= 3 or w.endswith(data.verb_endings)
                                                    or w in data.phrase_verbs):
                break  # `the ad targets a`, `his office put`: a word that reads as a verb
            got.append(t)
            lower += 1
        j += 1
    if not got:
        return None
    if not det and not seen_cap and len(got) > 3:
        return None
    if not got[-1].cap and not det and seen_cap:
        return None
    # An office phrase: lower-case (`juru bicara ...`), or holding a listed title
    # anywhere before its last word (`Product Manager Acme`, `Head Dokter Klinik X`).
    office = det or not got[0].cap or any(
        t.text in data.office_words for t in got[:-1])
    named = _name_after_comma(toks, j, data) if office else None
    if named is not None:
        # `kata juru bicara Pengadilan Negeri, Sunoto,`: the office, then the name.
        name_toks, j = named
        return Phrase(_name(name_toks, text, data), first.start, name_toks[-1].end), j
    start = first.start
    if (j < len(toks) and toks[j].text in data.demonstratives
            and (not first.cap or j + 1 == len(toks) or not toks[j + 1].cap)):
        # `ujar politikus PDIP ini`, `kata Legislator asal Dapil X ini`: the person
        # named before, not the party or the district.
        return Phrase(text[start : toks[j].end], start, toks[j].end, True, True), j + 1
    name = _name(got, text, data, office=titled)
    return Phrase(name, start, got[-1].end), j


def _office_link(toks: list[Tok], j: int, data: QuoteData) -> int:
    """Where an office phrase runs on after token ``j``: over a joining word between
    capitalised words (``Pariwisata dan Olahraga``, ``titles.office_joiners``) or a
    one-word short form in brackets (``(BPBD)``, ``(Dinkes)``) followed by a capitalised
    word.  ``j`` itself when it does not."""
    n = len(toks)
    t = toks[j]
    if t.text in data.office_joiners and j + 1 < n and is_name_tok(toks[j + 1], data):
        return j + 1
    if (t.text == "(" and j + 3 < n and toks[j + 2].text == ")" and toks[j + 1].cap
            and toks[j + 1].start == t.end and is_name_tok(toks[j + 3], data)):
        return j + 3
    return j


def owned_office(toks: list[Tok], j: int, owner: Phrase, text: str, data: QuoteData) -> tuple[Phrase, int] | None:
    """The speaker owned by a possessive phrase ``owner`` ending before token ``j``
    (``Sanders's``, ``Google's``), and the index after it: the name holding the office
    that follows (``Sanders's campaign manager, Jeff Weaver, said``, ``the party's
    chairman Dana Lee said``), else the office itself (``the mayor's spokeswoman
    said``).  ``None`` when no cue word or name closes the office within eight words."""
    k = j
    n = len(toks)
    while k < n and k - j < 8 and toks[k].word and toks[k].text not in data.cue_words:
        k += 1
    if k == j or k >= n:
        return None
    if toks[k].text == ",":
        named = _name_after_comma(toks, k, data)
        if named is None:
            return None
        run, end = named
        return Phrase(_name(run, text, data), run[0].start, run[-1].end), end
    if toks[k].text not in data.cue_words:
        return None
    m = k
    while m > j and toks[m - 1].cap:
        m -= 1
    if m < k:
        # (the office, then its holder's name: `the party's chairman Dana Lee said`)
        return Phrase(_name(toks[m:k], text, data), toks[m].start, toks[k - 1].end), k
    end = toks[k - 1].end
    return Phrase(text[owner.start : end], owner.start, end), k


def _affiliation_tag(tok: Tok) -> bool:
    """A party letter joined to a place's short form (``R-Ky``, ``D-N``): never a name
    (a name joined by a hyphen has more than one letter before it: ``Jean-Paul``)."""
    text = tok.text
    return len(text) >= 3 and text[1] == "-" and text[0].isupper() and text[2].isupper()


def _name_after_comma(toks: list[Tok], j: int, data: QuoteData) -> tuple[list[Tok], int] | None:
    """A short run of capitalised words set off by a comma after a phrase, ending at
    a comma, a full stop, a stop word or the end (the person holding the office)."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    k = j + 1
    while k < len(toks) and k - j <= 5 and (
        is_name_tok(toks[k], data) or toks[k].text in data.name_particles
    ):
        k += 1
    run = toks[j + 1 : k]
    if not run or not run[-1].cap or k - j > 5 or (run[0].text in data.pronouns) or degrees(run, data):
        return None
    if all(map(_affiliation_tag, run)):
        return None  # `Sen. John Doe, R-Ky., said`: the party and state, not a name
    if k < len(toks) and toks[k].word and toks[k].text not in data.stops:
        return None
    return run, k


def phrase_before(toks: list[Tok], k: int, text: str, data: QuoteData) -> Phrase | None:
    """The speaker phrase that ends just before token ``k`` (a cue verb), skipping
    adverbs (``also``) and an apposition between commas (``X, 83, said``)."""
    j = k - 1
    skipped = 0
    while j >= 0 and toks[j].word and toks[j].text in data.adverbs and skipped < 3:
        j -= 1
        skipped += 1
    if j < 0:
        return None
    if toks[j].text == ")" or (toks[j].text == "," and j > 0 and toks[j - 1].text == ")"):
        # `Rep. Dana Lee (D-Ohio) said`, `Gov. Dana Lee (R-Ohio), said`: the name
        # before a short bracket.
        opening = _bracket_opening(toks, j if toks[j].text == ")" else j - 1)
        if opening > 0 and toks[opening - 1].cap:
            return phrase_ending_at(toks, opening - 1, text, data)
    if toks[j].text in data.relatives and j > 0:
        # `Rikkie Wells who tweeted`, `Lee, who said`: the phrase before the pronoun.
        j -= 1
        if toks[j].text == "," and j > 0:
            j -= 1
        return phrase_ending_at(toks, j, text, data)
    if toks[j].text == ",":
        return _apposition(toks, j, text, data)
    t = toks[j]
    if not t.word:
        return None
    if t.text in data.pronouns:
        return Phrase(t.text, t.start, t.end, True)
    return phrase_ending_at(toks, j, text, data)


#: How many tokens a bracket after a speaker's name may hold (``(D-N.Y.)``: six).
BRACKET_TOKENS = 8


def _tag_inside(toks: list[Tok], opening: int) -> bool:
    """Whether the bracket opening at token ``opening`` holds a party and state tag
    (``(D-Ohio)``) or a number (an age: ``Budi (45)``), which follow a person's name;
    not a short form (``the Trade Union (CITU)``), which follows a body's."""
    first = toks[opening + 1].text
    return first.isdigit() or _affiliation_tag(toks[opening + 1])


def _bracket_opening(toks: list[Tok], close: int) -> int:
    """The index of the ``(`` of a short tag bracket closed at token ``close``, else -1."""
    k = close - 1
    while k >= 0 and close - k <= BRACKET_TOKENS and toks[k].text not in "()":
        k -= 1
    return k if k >= 0 and k < close - 1 and toks[k].text == "(" and _tag_inside(toks, k) else -1


def past_tag_bracket(toks: list[Tok], j: int) -> int:
    """The index after a short tag bracket opening at token ``j`` (``Rep. Dana Lee
    (D-Ohio) said``, ``Budi (45) mengatakan``), else ``j``."""
    if j >= len(toks) or toks[j].text != "(":
        return j
    k = j + 1
    while k < len(toks) and k - j <= BRACKET_TOKENS and toks[k].text not in "()":
        k += 1
    return k + 1 if k < len(toks) and k > j + 1 and toks[k].text == ")" and _tag_inside(toks, j) else j


def phrase_ending_at(toks: list[Tok], j: int, text: str, data: QuoteData) -> Phrase | None:
    t = toks[j]
    if not t.word or t.text in data.stops or t.text in data.cue_words:
        return None
    if t.cap:
        if t.text.lower() in data.openers and (j == 0 or not toks[j - 1].cap):
            return None  # `In responding, ...`: a sentence's capitalised first word
        i = j
        while i > 0 and len(toks) and j - i < 8:
            p = toks[i - 1]
            if line_break(text, p, toks[i]):
                break  # `... Tak Bertuan\n\nKapolres X mengatakan`: not the heading's words
            if is_name_tok(p, data) or (p.text in data.name_particles
                                         and cap_before_particles(toks, i - 1, data)):
                i -= 1
            else:
                break
        start = toks[i - 1].start if i > 0 and toks[i - 1].text in data.determiners else toks[i].start
        run = toks[i : j + 1]
        # `Kapolres Kampar AKBP Budi mengatakan`: an office, the name after its rank
        office = any(r.text in data.office_words for r in run[:-1])
        return Phrase(_name(run, text, data, office=office), start, t.end)
    # A common-noun phrase: read back to its determiner (`the Clinton campaign`) or to
    # a possessive name (`Gowdy's office`).
    i = j
    while i >= 0 and j - i < 7:
        p = toks[i]
        if not p.word or p.text in data.stops or p.text in data.cue_words:
            return None
        if p.text in data.determiners:
            return Phrase(_name(toks[i : j + 1], text, data), p.start, t.end)
        if p.cap and p.text.endswith(("'s", "’s")):
            return Phrase(text[p.start : t.end], p.start, t.end)
        i -= 1
    return None


def _apposition(toks: list[Tok], comma: int, text: str, data: QuoteData) -> Phrase | None:
    """``NAME, apposition, CUE`` or ``descriptor, NAME, CUE``."""
    c = comma - 1
    while c >= 0 and comma - c < 40 and toks[c].text != ",":
        if not toks[c].word and toks[c].text not in "-'’()":
            return None
        c -= 1
    if c < 0 or toks[c].text != ",":
        return None
    seg = toks[c + 1 : comma]
    named = _named_before_descriptor(toks, c, text, data)
    if named is not None:
        return named
    if seg and degrees(seg, data):
        # `Budi Santoso, SH, MPsi, menilai`: degrees after the name, not a name.
        if c < 1 or not toks[c - 1].cap:
            return None
        if degrees(toks[c - 1 : c], data):
            return _apposition(toks, c, text, data)  # (another degree before this one)
        return phrase_ending_at(toks, c - 1, text, data)
    if seg and all(is_name_tok(t, data) or t.text in data.name_particles for t in seg) \
            and seg[-1].cap and len(seg) <= 5:
        return Phrase(_name(seg, text, data), seg[0].start, seg[-1].end)
    if c == 0 or not toks[c - 1].word:
        return None
    return phrase_ending_at(toks, c - 1, text, data)


def _named_before_descriptor(toks: list[Tok], c: int, text: str, data: QuoteData) -> Phrase | None:
    """``NAME, the descriptor, X, CUE``: the name that opens its sentence before a
    descriptor set off by commas, itself followed by the name of what it describes
    (``Dana Lee, the editor of the city paper, the Daily Star, said``): the speaker is
    the first name, not the paper."""
    c2 = c - 1
    while c2 >= 0 and c - c2 < 40 and toks[c2].text != ",":
        if not toks[c2].word and toks[c2].text not in "-'’()":
            return None
        c2 -= 1
    if c2 < 1 or toks[c2].text != "," or toks[c2 + 1].text not in data.determiners:
        return None
    if toks[c2 + 1].text[:1].isupper() or not toks[c2 - 1].cap:
        return None  # (a determiner opening a sentence, or no name before the comma)
    phrase = phrase_ending_at(toks, c2 - 1, text, data)
    if phrase is None or phrase.pronoun or phrase.start != toks[0].start:
        return None  # (`On Monday, the mayor, Dana Lee, said`: not the sentence's subject)
    return phrase


def last_name_before(toks: list[Tok], text: str, data: QuoteData) -> str | None:
    """The last run of two or more capitalised words in ``toks`` (a person named just
    before a pronoun), without its titles."""
    j = len(toks) - 1
    while j > 0:
        if (j > 3 and is_name_tok(toks[j], data) and toks[j - 1].text == ")" and toks[j - 2].cap
                and toks[j - 3].text == "(" and is_name_tok(toks[j - 4], data)):
            # `Menteri Ketenagakerjaan (Menaker) Yassierli`: the name after the short form.
            return toks[j].text
        if is_name_tok(toks[j], data) and is_name_tok(toks[j - 1], data):
            i = j - 1
            if line_break(text, toks[i], toks[j]):
                j -= 1
                continue
            while i > 0 and is_name_tok(toks[i - 1], data) and j - i < 6 and not line_break(text, toks[i - 1], toks[i]):
                i -= 1
            run = _strip_titles(toks[i : j + 1], data)
            if len(run) >= 2 or (toks[i].text in data.according_words and len(run) < j + 1 - i):
                # (`Menurut Mayky, ...`: a one-word name after `according to` names a person)
                return text[run[0].start : run[-1].end]
            j = i - 1
            continue
        j -= 1
    return None



#: How many words a full name may hold (`Muhammad Tito Karnavian`, `Mary Ann van Berg`).
FULL_NAME_TOKENS = 4


def _name_word(t: Tok, data: QuoteData) -> bool:
    """A capitalised word that may be part of a person's full name."""
    return (is_name_tok(t, data) and not acronym(t.text) and t.text not in data.institutions
            and t.text not in data.according_words)


def name_run(text: str, at: int, end: int, part: str, data: QuoteData) -> str | None:
    """The person's name of two words or more that holds the word at ``text[at:end]``
    as its ``part`` (``"last"`` or ``"any"`` word): the name of the
    speaker phrase ending with the capitalised run there (``Kepala BPBD Semarang, Joko
    Santoso``: titles, offices, places and bodies before it left out as for a speaker),
    none of its words an acronym, an office or an institution (``Trump Tower``)."""
    lo = max(0, at - 80, text.rfind("\n", 0, at) + 1)
    hi = text.find("\n", end, end + 80)
    toks = tokenize(text, lo, hi if hi >= 0 else min(len(text), end + 80), data)
    j = next((i for i, t in enumerate(toks) if t.start == at), -1)
    if j < 0 or toks[j].end != end:
        return None  # (`Trump's`: a possessive, not the name)
    k = j
    while (k + 1 < len(toks) and k - j < FULL_NAME_TOKENS - 1
           and (_name_word(toks[k + 1], data) or (toks[k + 1].text in data.name_particles
                                                  and cap_after_particles(toks, k + 1, data)))):
        k += 1
    if part == "last" and k > j:
        return None  # (`Smith County`: the word is not the name's last here)
    phrase = phrase_ending_at(toks, k, text, data)
    if phrase is None or phrase.pronoun or phrase.start > at:
        return None
    words = phrase.name.split()
    first = k + 1 - len(words)  # (the name's words are the last of the phrase's tokens)
    run = toks[max(0, first) : k + 1]
    if len(words) < 2 or first < 0 or first > j or [t.text for t in run] != words:
        return None
    # The name follows the last office, body or acronym (`Sekda Sukamaju Budi`).
    cut = max((i + 1 for i, t in enumerate(run) if t.text in data.office_words
               or t.text in data.institutions or (t.text.isupper() and len(t.text.rstrip(".")) > 1)),
              default=0)
    if cut > j - max(0, first):
        return None  # (`Trump Tower`, `Kata BMKG`: the word is no person's name here)
    run = run[cut:]
    if len(run) > FULL_NAME_TOKENS:
        return None
    while len(run) > 1 and run[0].start != at and (
            _not_a_name(text, run[0], data) or _apart(text, run[0].text, run[1].text, True)):
        # `Namun Prabowo`, `Wali Kota Bandung Muhammad Farhan`, `Ketua DPD Gerindra
        # Budi`: a sentence's first word, a place or a body before the name.
        run = run[1:]
    while len(run) > 1 and run[-1].start != at and (
            _common_word(text, run[-1].text) or _apart(text, run[-1].text, run[-2].text, False)):
        run = run[:-1]  # (`Nia Kembali ...`: the words after the name in a heading)
    words = [t.text for t in run]
    if len(words) < 2:
        return None
    if part == "last":
        # A given name and the surname, with a middle initial (`Donald J. Trump`): the
        # capitalised words before them describe the person (`Senior Sergeant Tim
        # Williams`, `Post Editor Martin Baron`).
        keep = 3 if len(words) > 2 and _initial(words[-2]) else 2
        return " ".join(words[-keep:])
    return " ".join(words)


def _not_a_name(text: str, t: Tok, data: QuoteData) -> bool:
    """Whether the capitalised word ``t`` before a name is no part of it: a word the
    text has in lower case too (``Namun``), a place (``di Bandung``), or the first word
    of its sentence that the text capitalises nowhere inside one (``Sebelumnya``)."""
    k = t.start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    opens = k == 0 or not (text[k - 1].isalnum() or text[k - 1] in ".")
    return (_common_word(text, t.text) or _place(text, t, data)
            or (opens and not capitalised_inside(text, t.text, t.start)))


def _apart(text: str, w: str, neighbour: str, before: bool) -> bool:
    """Whether the text has the word ``w`` somewhere other than right before (``before``)
    or right after ``neighbour``, one space between: a word of its own, a place or a
    body (``Jakarta``, ``Gerindra``), where the words of a person's name keep together."""
    n = len(text)
    at = text.find(w)
    while at >= 0:
        end = at + len(w)
        if (at == 0 or not text[at - 1].isalnum()) and (end == n or not text[end].isalnum()):
            if before:
                together = text.startswith(neighbour, end + 1) and text[end : end + 1] == " "
            else:
                together = at > len(neighbour) and text[at - 1] == " " and \
                    text.endswith(neighbour, 0, at - 1)
            if not together:
                return True
        at = text.find(w, end)
    return False


def _common_word(text: str, w: str) -> bool:
    """Whether the text has the capitalised word ``w`` in lower case as a word of its
    own (``namun`` for ``Namun``): a common word, not a name."""
    low = w.lower()
    return low != w and has_word(text, low)


def _initial(w: str) -> bool:
    """A middle initial: one capital letter and a full stop (``J.``)."""
    return len(w) == 2 and w[0].isupper() and w[1] == "."
