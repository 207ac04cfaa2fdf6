"""Tokens: text near a quote cut into words and punctuation, and the tests the phrase
rules ask of one token or a short run of them.

A word is a run of letters, digits and combining marks, joined by at most six of
``' ’ - . & /`` (``O’Neil``, ``U.S``, ``AT&T``); a handle (``@budi_s.id``) is one word;
a word keeps its full stop if it is an abbreviation (``Sen.``) or an initial (``J.``).
Every other character is a token of its own.  The word lists come from ``data.py``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import NamedTuple, cast

from articleparse.extractors.quotes.data import QuoteData

__all__ = [
    "Tok", "tokenize", "acronym", "capitalised_inside", "cap_after_particles", "cap_before_particles", "degrees",
    "has_word", "is_name_tok", "line_break", "title_at",
]

#: Characters that join two runs of letters into one word (``O'Neil``, ``U.S``, ``AT&T``).
_JOINERS = frozenset("'’-.&/")
#: Punctuation that may stand around a word in one whitespace-separated chunk.
_EDGE = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~'’‘“”„‟«»‹›「」『』‚—–-…"
#: A no-break space written as UTF-8 and read back as Mac Roman (common in CLICK-ID).
_MAC_NBSP = "\u00ac\u2020"
#: How many joiners one word may hold.
_MAX_JOINS = 6


def _letter(c: str) -> bool:
    """A letter, digit or combining mark (the characters of a word)."""
    return c.isalnum() or (c > "\u02ff" and unicodedata.category(c)[0] == "M")


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    word: bool

    @property
    def cap(self) -> bool:
        """A capitalised word, or a social-media handle (``@budi_s``): a name."""
        return self.word and (self.text[0].isupper() or self.text[0] == "@")


#: Builds a ``Tok`` from its four fields in C (``Tok(...)`` goes through a Python-level
#: ``__new__``; the tokenizer builds tens of thousands of them per thousand articles).
_tok = cast(Callable[[tuple[str, int, int, bool]], Tok], functools.partial(tuple.__new__, Tok))


def tokenize(text: str, start: int, end: int, data: QuoteData) -> list[Tok]:
    """The tokens of ``text[start:end]``: words (letters, digits and marks, joined by
    at most six of ``' ’ - . & /``), handles (``@budi_s.id``) and single other
    characters; a word keeps its full stop if it is an abbreviation (``Sen.``) or an
    initial (``J.``).

    Written as a scan, not a pattern: whitespace-separated chunks come from a C-speed
    ``split``, and only chunks holding punctuation are walked character by character.

    >>> from articleparse.extractors.quotes.data import quote_data
    >>> from articleparse.languages import load
    >>> [t.text for t in tokenize('said Sen. O’Neil, (AT&T)', 0, 24, quote_data(load("en")))]
    ['said', 'Sen.', 'O’Neil', ',', '(', 'AT&T', ')']
    """
    toks: list[Tok] = []
    add = toks.append
    tok = _tok
    seg = text[start:end]
    if _MAC_NBSP in seg:
        # `Depok,¬†Novarita,¬†pada`: a no-break space read back as Mac Roman is a space.
        seg = seg.replace(_MAC_NBSP, "  ")
    find = seg.find
    chunks = seg.split()
    # One space between chunks (the common case): each chunk's offset follows from the
    # last one's end, with no ``find``.
    spaced = " ".join(chunks) == seg.strip()
    at = len(seg) - len(seg.lstrip()) if spaced else 0
    for chunk in chunks:
        if not spaced:
            at = find(chunk, at)
        base = start + at
        n = len(chunk)
        at += n + 1 if spaced else n
        if chunk.isalnum():
            add(tok((chunk, base, base + n, True)))
            continue
        i = 0
        core = chunk.strip(_EDGE)
        if core.isalnum() and chunk[0] != "@":
            # The common case: one word with marks or punctuation around it (`“We`, `said,”`).
            i = n - len(chunk.lstrip(_EDGE))
            for k in range(i):
                add(tok((chunk[k], base + k, base + k + 1, False)))
            size = len(core)
            i += size
            if i < n and chunk[i] == ".":
                _word_and_stop(toks, chunk[i - size : i + 1], base + i - size, data)
                i += 1
            else:
                add(tok((core, base + i - size, base + i, True)))
            for k in range(i, n):
                add(tok((chunk[k], base + k, base + k + 1, False)))
            continue
        while i < n:
            if chunk[i] == "@" and i == 0 and n > 1 and (_letter(chunk[1]) or chunk[1] == "_"):
                # `akun @budi_s.id`: a handle is one word, dots and underscores included.
                j = 1
                while j < n and (_letter(chunk[j]) or chunk[j] in "._"):
                    j += 1
                while chunk[j - 1] == ".":
                    j -= 1
                add(tok((chunk[:j], base, base + j, True)))
                i = j
                continue
            if not _letter(chunk[i]):
                add(tok((chunk[i], base + i, base + i + 1, False)))
                i += 1
                continue
            j = i + 1
            while j < n and _letter(chunk[j]):
                j += 1
            joins = 0
            while joins < _MAX_JOINS and j + 1 < n and chunk[j] in _JOINERS and _letter(chunk[j + 1]):
                j += 2
                while j < n and _letter(chunk[j]):
                    j += 1
                joins += 1
            if j < n and chunk[j] == ".":
                _word_and_stop(toks, chunk[i : j + 1], base + i, data)
                i = j + 1
                continue
            add(tok((chunk[i:j], base + i, base + j, True)))
            i = j
    return toks


def _word_and_stop(toks: list[Tok], w: str, at: int, data: QuoteData) -> None:
    """A word followed by a full stop: one token if an abbreviation or an initial."""
    if (w in data.abbreviations or (len(w) == 2 and w[0].isupper() and w[0] not in data.pronouns)
            or ("." in w[:-1] and w.replace(".", "") in data.degrees)):  # `S.H.`
        toks.append(_tok((w, at, at + len(w), True)))
    else:
        toks.append(_tok((w[:-1], at, at + len(w) - 1, True)))
        toks.append(_tok((".", at + len(w) - 1, at + len(w), False)))


def line_break(text: str, a: Tok, b: Tok) -> bool:
    """Whether a line break stands between the tokens ``a`` and ``b``."""
    return text.find("\n", a.end, b.start) >= 0


def acronym(w: str) -> bool:
    """A word of two or more capital letters (``KPK``, ``AS``)."""
    return len(w) >= 2 and w.isupper() and w.isalpha()


def is_name_tok(t: Tok, data: QuoteData) -> bool:
    """A capitalised word that is neither a stop word nor a cue verb: part of a name."""
    return t.cap and t.text not in data.stops and t.text not in data.cue_words


def cap_after_particles(toks: list[Tok], j: int, data: QuoteData) -> bool:
    """Whether the name particles from ``j`` (``von der``) lead to a capitalised word."""
    while j < len(toks) and toks[j].text in data.name_particles:
        j += 1
    return j < len(toks) and toks[j].cap


def cap_before_particles(toks: list[Tok], j: int, data: QuoteData) -> bool:
    """Whether the name particles ending at ``j`` follow a capitalised word."""
    while j >= 0 and toks[j].text in data.name_particles:
        j -= 1
    return j >= 0 and toks[j].cap


def title_at(toks: list[Tok], j: int, data: QuoteData) -> int:
    """How many tokens from ``j`` form a listed title (0 if none)."""
    if toks[j].text not in data.title_first:
        return 0  # (most tokens: no tuples built)
    for size in range(min(data.title_max_words, len(toks) - j), 0, -1):
        if tuple(t.text for t in toks[j : j + size]) in data.titles:
            return size
    return 0


def degrees(run: list[Tok], data: QuoteData) -> bool:
    """Whether a run of words is only academic degrees (``M.Si``, ``SH``)."""
    return all(t.text.replace(".", "") in data.degrees for t in run)


def capitalised_inside(text: str, word: str, skip: int) -> bool:
    """Whether ``word`` stands somewhere other than at ``skip`` right after a word, a
    comma or a closing bracket: inside a sentence, where only names are capitalised."""
    n = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at != skip and (end == n or not text[end].isalnum()):
            k = at - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and k < at - 1 and (text[k].isalnum() or text[k] in ",;)"):
                return True
        at = text.find(word, end)
    return False


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (no letter or figure glued to
    either side)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False
