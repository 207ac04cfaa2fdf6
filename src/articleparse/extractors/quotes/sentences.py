"""Sentences around a quote: where one starts, the subject that opens it, and whether
a capitalised word is a name the article uses.

Shared by the attribution rules (``attribution``) and the rules that find whom a
pronoun speaker refers to (``referents``).
"""

from __future__ import annotations

from itertools import repeat

from articleparse.extractors.quotes.data import QuoteData
from articleparse.extractors.quotes.phrases import Phrase, phrase_after
from articleparse.extractors.quotes.tokens import Tok, capitalised_inside, has_word, tokenize

__all__ = [
    "BEFORE_REACH", "CLOSERS", "FULL_STOPS", "OPENERS", "named_elsewhere", "named_in",
    "opening_subject", "sentence_start",
]

#: How far (characters) the rules look before an opening mark.
BEFORE_REACH = 320
#: Characters that end a sentence, may close a quote after its full stop, or open the
#: next sentence (with capitals).
FULL_STOPS = ".!?…"
CLOSERS = "\"”’'"
OPENERS = "\"“‘«„'"


def sentence_start(text: str, lo: int, pos: int, data: QuoteData) -> int:
    """Where the sentence holding ``pos`` starts (not before ``lo``, nor more than
    ``BEFORE_REACH`` back): after the last line break, or after the last full stop
    (maybe with a closing mark) followed by spaces and a capital or an opening mark;
    commas right after the full stop are paragraphs a scraper joined (``.,,Budi``).
    A full stop after an abbreviation (``Mr.``) or an initial (``J.``) ends no sentence.

    Read backwards from ``pos`` with ``str.rfind`` (no pattern, no pass per character).
    """
    start = max(lo, pos - BEFORE_REACH)
    nl = text.rfind("\n", start, pos)
    floor = nl + 1 if nl >= 0 else start
    hi = pos
    n = len(text)
    while hi > floor:
        i = max(map(text.rfind, FULL_STOPS, repeat(floor), repeat(hi)))  # (in C: no generator)
        if i < 0:
            break
        hi = i
        j = i + 1
        if j < n and text[j] in CLOSERS:
            j += 1
        e = j
        # `... (5/9).,,Norhizam mengatakan`: paragraphs a scraper joined with commas.
        glued = 0
        while e < n and e <= pos and glued < 6 and (text[e] == "," or text[e] == " "):
            e += 1
            glued += 1
        while e < n and e <= pos and text[e].isspace():
            e += 1
        if e == j or e > pos or e >= n or not (text[e].isupper() or text[e] in OPENERS):
            continue
        if text[i] == ".":
            w = i
            while w > start and not text[w - 1].isspace():
                w -= 1
            word = text[w : i + 1]
            if word in data.abbreviations or (len(word) == 2 and word[0].isupper()):
                continue
        return e
    return floor


def _opener(toks: list[Tok], data: QuoteData) -> bool:
    """Whether a sentence opens with an adverbial phrase before its subject."""
    first = toks[0].text
    low = first.lower()
    second = toks[1] if len(toks) > 1 else None
    return (
        low in data.stops or first in data.stops or low in data.adverbs
        or (first.endswith(data.opener_endings) and not (second is not None and second.cap))
        or (second is not None and second.text == "," and toks[0].word)
        or (second is not None and second.text in data.adverbs)
    )


def named_in(name: str, words: str) -> bool:
    """Whether the last word of ``name`` stands in ``words`` as a whole word."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if len(last) < 3 or not words:
        return False
    return has_word(words, last)


def named_elsewhere(text: str, phrase: Phrase, data: QuoteData) -> bool:
    """Whether a one-word subject that opens its sentence is a name: capitalised
    somewhere inside a sentence too (``... kata Purbaya``), which page residue and
    sentence openers (``Simak``, ``Tonton``, ``Hal ini``) never are; after a word, a
    comma or a short form in brackets (``Menteri (Mensesneg) Prasetyo``).  A subject of
    several words passes, and so does any subject where the language data says a
    capitalised sentence opener is a name (``pronouns.resolve_to_subject``)."""
    word = text[phrase.start : phrase.end]
    if data.resolve_to_subject or " " in word.strip() or not word[:1].isupper():
        return True
    return capitalised_inside(text, word, phrase.start)


def _past_opening_phrase(toks: list[Tok], i: int, data: QuoteData) -> int:
    """Where the subject starts once an opening phrase was skipped up to its first
    comma (token ``i``), when that phrase goes on past the comma: the state or country
    after a place (``At a rally in Dover, Delaware, Lee said``) and a time or a place
    that follows (``..., on Friday, Lee said``).  A capitalised run followed by a comma
    and a determiner, a relative or a number is a subject with its apposition (``In
    March, Jane Roe, a lawyer, said``)."""
    n = len(toks)
    for _ in range(3):
        k = i
        if i >= n:
            break
        if i >= 2 and toks[i - 2].cap and toks[i].cap:
            # (`Iowa`, `New Hampshire`, `N.H.`: capitalised words and their full stops)
            while k < n and k - i < 4 and (toks[k].cap or toks[k].text == "."):
                k += 1
            after = toks[k + 1] if k + 1 < n else None
            if (k < n and toks[k].text == "," and after is not None and after.word
                    and after.text not in data.determiners and after.text not in data.relatives
                    and (after.cap or after.text in data.stops)):
                i = k + 1
                continue
        t = toks[i].text
        if (t in data.stops and t not in data.relatives and t not in data.determiners
                and t not in data.cue_words):
            # `on Friday,`: a short phrase of words, up to its comma (not `said Lee,`
            # of `Also, said Lee, the firm ...`: the speaker in an inverted aside).
            while k < n and k - i < 5 and toks[k].word:
                k += 1
            if k < n and k > i and toks[k].text == "," and k + 1 < n and toks[k + 1].word:
                i = k + 1
                continue
        break
    return i


#: How many tokens an opening phrase may hold up to its comma (`On the eve of his
#: election to a fourth term as mayor in March, Lee said`).
OPENING_TOKENS = 20


def _word_opener(toks: list[Tok], text: str, data: QuoteData) -> bool:
    """Whether a capitalised word followed by a lower-case stop word opens an adverbial
    phrase (``Early in the race, Lee said``, ``Shortly after the vote, ...``): a word
    capitalised nowhere inside a sentence, so no name (``Lee in his speech said``), and
    no pronoun (``He did, however, admit``)."""
    return (len(toks) > 2 and toks[0].cap and toks[0].word and toks[1].text in data.stops
            and toks[0].text not in data.pronouns
            and not toks[1].cap and not capitalised_inside(text, toks[0].text, toks[0].start))


def opening_subject(text: str, start: int, end: int, data: QuoteData) -> Phrase | None:
    """The phrase that opens the sentence ``text[start:end]``."""
    toks = tokenize(text, start, end, data)
    i = 0
    if toks and (_opener(toks, data) or _word_opener(toks, text, data)):
        # `In his response, Mr. Lee said`, `However, Lee said`: skip the opening phrase.
        while i < len(toks) and i < OPENING_TOKENS and toks[i].text != ",":
            i += 1
        i = i + 1 if i < len(toks) and toks[i].text == "," else 0
        after = toks[i].text if i < len(toks) else ""
        if (after in data.cue_words and after not in data.stops) or after in data.relatives:
            # `But Lee refused ..., responding that`: the comma closes a clause of the
            # subject's, not an opening phrase (`In Ohio, said Lee, ...` is one).
            i = 0
        if i:
            i = _past_opening_phrase(toks, i, data)
    while i < len(toks) and (not toks[i].word or toks[i].text.lower() in data.stops):
        i += 1
    got = phrase_after(toks, i, text, data)
    return got[0] if got is not None else None
