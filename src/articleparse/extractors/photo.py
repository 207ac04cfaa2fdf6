"""Photo credits: ``Sumber Foto: Kabarku``, ``Foto: ANTARA/Rina Wati``, ``(Photo by X/Getty Images)``.

A ``comma_labelled`` marker that opens its line takes a comma for the colon
(``Image source, Getty Images``, as the BBC prints it); a photo agency alone on the
line over a caption credits the photo with no marker (``photo.agency_line``).
The credit's value ends where the credit ends, even when the scraper glued it into
the next sentence (``... Sumber Foto: Kabarku Menteri Perdagangan ...`` gives
``Kabarku``).  When the marker's line goes on like a sentence, the value is the
shortest reading that is still a whole credit: a known outlet (with the
photographer after a slash, if any), a run of all-capital words or slash-joined
parts, or else the first word.  When the credit has its line to itself, the value
is the whole rest of the line.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping, Sequence

import regex

from articleparse.languages import Language
# Every span here runs from a match or word to a later offset of the same text, so
# it is built unchecked (``trusted_span``).
from articleparse.model import PhotoCredit, Removal, trusted_span
from articleparse.patterns import (
    SafePattern,
    alternation,
    pretest_alternation,
    compile_pattern,
    finditer_in,
    keyword_windows,
    may_match_near,
)

__all__ = ["extract_photo_credits", "photo_markers", "may_hold_photo_credits"]

#: A credit that has its line to itself is at most this many words long; past
#: that, the line is a sentence the credit was glued into.
STANDALONE_WORDS = 8
#: Markers are looked for only around their words: this much text before a word and after.
WINDOW_BEFORE = 40
WINDOW_AFTER = 8
#: Words after a slash that can still be the photographer's name.
MAX_PHOTOGRAPHER_WORDS = 3
#: A slash-joined part of a credit after an outlet's name is at most this long.
OUTLET_CREDIT_PART = 40
#: An outlet's name before a slash with no photo word is at least this long.
OUTLET_CREDIT_NAME = 3
#: What ends a caption before an outlet's credit on its line (``Warga melintas. TEMPO/...``).
CAPTION_ENDS = (".", "!", "?", ")")
#: A caption under an agency's line has this many words, at least and at most.
CAPTION_WORDS = (4, 40)
#: An agency's line is at most this long (``Jane Doe/AFP via Getty Images``).
AGENCY_LINE_CHARS = 80
#: How far before an agency's line a caption's line is looked for (a heading printed
#: again), and how far the caption's and the byline's lines are read.
REPEAT_REACH = 1000
#: How far after its marker a glued credit's value is read (a photographer and an
#: agency or two take a few dozen characters).
VALUE_REACH = 300
#: A word in small letters this long after the slash belongs to a sentence (``poll``
#: is shorter, but follows a capital word; ``via`` and ``dpa/lno``'s codes are shorter).
SENTENCE_WORD_LETTERS = 4

_WORD = compile_pattern(
    "photo.word",
    r"""
      [\p{L}\p{N}] [\p{L}\p{M}\p{N}'’.&\-]{0,60}+ (?: / [\p{L}\p{N}] [\p{L}\p{M}\p{N}'’.&\-]{0,60}+ ){0,4}+
    | /
    | [^\s\p{L}\p{N}]
    """,
)


@functools.cache
def photo_markers(language: Language) -> SafePattern:
    photo = language.concern("credits").get("photo", {})
    return compile_pattern(
        f"photo.markers.{language.code}",
        rf"""
          (?<!\w) (?P<labelled>{alternation(photo.get("labelled", ()))}) [\x20\t]*+ [:：] [\x20\t]*+
        | (?<!\w) (?P<by>{alternation(photo.get("by", ()))}) [\x20\t]++
        | (?<![^\n]) [\x20\t]*+ (?P<line_labelled>{alternation(photo.get("comma_labelled", ()))}) [\x20\t]*+ , [\x20\t]*+
        """,
        flags=regex.IGNORECASE,
    )


@functools.cache
def _photo_markers_needed(language: Language) -> SafePattern:
    """A ``re`` pre-test that finds something in every match of ``photo_markers``:
    a keyword window without it is not scanned."""
    photo = language.concern("credits").get("photo", {})
    return _needed(language.code, photo.get("labelled", ()), photo.get("by", ()))


def _needed(name: str, labelled_words: Iterable[str], by_words: Iterable[str]) -> SafePattern:
    """The pre-test of the markers ``labelled_words`` and ``by_words``.  A word
    character before a marker is only looked for among ASCII ones, every one of which
    ``regex`` counts too.  It cannot backtrack: literal words, then possessive runs of
    a class that no word starts with.
    """
    labelled = pretest_alternation(labelled_words)  # (comma_labelled ones are among them)
    by = pretest_alternation(by_words)
    return compile_pattern(
        f"photo.markers_needed.{name}",
        rf"(?<!(?-i:[A-Za-z0-9_])) (?: {labelled} [\x20\t]*+ [:：,] | {by} [\x20\t] )",
        flags=re.IGNORECASE,
        scan=True,
    )


@functools.cache
def _photo_words(language: Language) -> frozenset[str]:
    """Every word of every photo-credit marker, lower-cased."""
    photo = language.concern("credits").get("photo", {})
    markers = [*photo.get("labelled", ()), *photo.get("by", ())]
    return frozenset(w.lower() for m in markers for w in m.split())


@functools.cache
def _any_markers(languages: tuple[Language, ...]) -> tuple[frozenset[str], SafePattern | None]:
    """The words and the pre-test of the photo-credit markers of all ``languages``."""
    photos = [lang.concern("credits").get("photo", {}) for lang in languages]
    needed = _needed(
        "+".join(lang.code for lang in languages),
        [w for photo in photos for w in photo.get("labelled", ())],
        [w for photo in photos for w in photo.get("by", ())],
    )
    return frozenset().union(*(_photo_words(lang) for lang in languages)), needed


def may_hold_photo_credits(text: str, languages: Sequence[Language]) -> bool:
    """False when no photo-credit marker of any of ``languages`` can stand in ``text``.

    One search for a text whose language is unknown, instead of one per language:
    the windows around all the markers' words hold each language's windows, and the
    pre-test of all the markers finds whatever one language's finds.
    """
    words, needed = _any_markers(tuple(languages))
    return may_match_near(text, words, needed, WINDOW_BEFORE, WINDOW_AFTER)


@functools.cache
def _after_outlet(language: Language) -> SafePattern:
    """What follows a news outlet's name in a photo credit with no marker: maybe a
    photo word, a slash, the photographer and maybe more slash-joined parts
    (``ANTARA FOTO/Hafidz Mubarak A/nym``, ``REUTERS/Jane Doe/File Photo``,
    ``AP Photo/Jane Doe``), up to a closing bracket or the line's end.  Possessive
    runs: it cannot backtrack."""
    photo = language.concern("credits").get("photo", {})
    return compile_pattern(
        f"photo.after_outlet.{language.code}",
        rf"""
        (?: [\x20\t]++ (?:{alternation(photo.get("labelled", ()))}) )?+
        / (?=(?-i:\p{{Lu}})) [^\n/()]{{1,{OUTLET_CREDIT_PART}}}+ (?: / [^\n/()]{{1,{OUTLET_CREDIT_PART}}}+ ){{0,3}}+
        (?P<close>\))?+
        """,
        flags=regex.IGNORECASE,
    )


def _outlet_credits(
    text: str, language: Language, outlet_ends: Mapping[int, int], taken: Sequence[PhotoCredit]
) -> list[tuple[PhotoCredit, Removal]]:
    """Photo credits with no marker: a news outlet, a slash and the photographer, in
    brackets or ending the caption's line (``(ANTARA FOTO/Hafidz Mubarak A)``, ``Warga
    melintas. TEMPO/Imam Sukamto``, ``(REUTERS/Jane Doe)``)."""
    found: list[tuple[PhotoCredit, Removal]] = []
    pattern = _after_outlet(language)
    # (the marker credits in order, to find the one before an outlet by bisection)
    spans = sorted((credit.span.start, credit.span.end) for credit in taken)
    starts = [span_start for span_start, _ in spans]
    for start, outlet_end in sorted(outlet_ends.items()):
        if not text.startswith(("/", " ", "\t"), outlet_end):
            continue  # (the cheap test first: most outlets are named in sentences)
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start < spans[k][1]:
            continue  # "Foto: ANTARA/Hafidz Mubarak": the marker's credit
        before = text[start - 1] if start > 0 else "\n"
        if not (before.isspace() or before == "("):
            continue
        match = pattern.match(text, outlet_end)
        if match is None:
            continue
        bracketed = before == "(" and match.group("close") is not None
        end = match.end()
        marked = match.end() > outlet_end and text[outlet_end] != "/"  # "ANTARA FOTO/"
        if not marked and outlet_end - start < OUTLET_CREDIT_NAME:
            continue  # "RT/RW": two letters are too many things besides an outlet
        if not bracketed:
            if match.group("close") is not None:
                continue  # "ANTARA FOTO/Budi)": a bracket it did not open
            line_end = text.find("\n", end)
            if text[end : len(text) if line_end < 0 else line_end].strip(" \t."):
                continue  # the line goes on: a sentence, not a caption's credit
            if not marked and not _after_caption(text, start):
                continue  # "Metro/State", "a Times/CBS poll": a heading or a sentence's end
        rest = text[outlet_end:end].split()
        if any(word[0].islower() and len(word) >= SENTENCE_WORD_LETTERS for word in rest[1:] if word.isalpha()):
            continue  # "(Times/CBS survey released on Thursday)": words of a sentence
        value = text[start : end - (1 if bracketed else 0)].rstrip(" \t.,;:|-")
        credit = PhotoCredit(value, trusted_span(start, start + len(value)), "photo.outlet")
        # (the full stop after a caption's credit goes with it: "... A/nym.")
        span = trusted_span(start - 1, end) if bracketed else trusted_span(start, _after_dots(text, end))
        found.append((credit, Removal(span, "photo.outlet")))
    return found


@functools.cache
def _agencies(language: Language) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The photo agencies (``Getty Images``), and the words that open a byline, casefolded."""
    return (language.words("credits", "photo.agencies"),
            tuple(w.casefold() for w in language.words("credits", "author.line_start")))


def _agency_lines(
    text: str, language: Language, taken: Sequence[PhotoCredit]
) -> list[tuple[PhotoCredit, Removal]]:
    """Photo credits with no marker: a photo agency alone on the line over a caption
    (``Getty Images`` / ``Police said the car was stopped``), maybe after the
    photographer (``Jane Doe/Getty Images``, ``AFP via Getty Images``).  An agency's
    line under a byline (``By Jane Doe`` / ``Reuters``) is the wire's, no photo's."""
    agencies, byline_words = _agencies(language)
    found: list[tuple[PhotoCredit, Removal]] = []
    # (the marker credits' starts: "Photo: Jane Doe/Getty Images" is credited)
    starts = sorted(credit.span.start for credit in taken)
    seen: set[int] = set()  # the agency lines credited
    for agency in agencies:
        at = text.find(agency)
        while at >= 0:
            end = at + len(agency)
            begin, at = at, text.find(agency, end)
            # (bounded looks around the agency: a page of one long line stays linear)
            after = text[end : end + AGENCY_LINE_CHARS].lstrip(" \t\r")
            if after and after[0] != "\n":
                continue  # the line goes on after the agency
            line_end = len(text) if not after else text.index("\n", end)
            line_start = text.rfind("\n", max(0, begin - AGENCY_LINE_CHARS), begin) + 1
            if line_start == 0 and begin > AGENCY_LINE_CHARS:
                continue  # a long line: a sentence's end
            value = text[line_start:line_end].strip()
            start = line_start + text[line_start:line_end].find(value)
            k = bisect.bisect_left(starts, line_start)
            if k < len(starts) and starts[k] < line_end:
                continue  # a marker's credit on the line
            if line_start in seen or len(value.split()) > MAX_PHOTOGRAPHER_WORDS + len(agency.split()) + 1:
                continue
            lead = value[: len(value) - len(agency)]
            if lead and not (lead.endswith("/") or lead.endswith(" via ")) or lead[:1].islower():
                continue  # "said Reuters": the end of a sentence
            if not _caption_after(text, line_start, line_end, agency) or _byline_before(text, line_start, byline_words):
                continue
            seen.add(line_start)
            credit = PhotoCredit(value, trusted_span(start, start + len(value)), "photo.agency_line")
            found.append((credit, Removal(trusted_span(start, start + len(value)), "photo.agency_line")))
    return found


def _caption_after(text: str, line_start: int, offset: int, agency: str) -> bool:
    """The next line with words after ``offset`` reads as a caption: it opens with a
    capital, has ``CAPTION_WORDS`` words and no figure among its first words (a date
    line), does not name the agency again (``LONDON (Reuters) -``: the wire's story
    under its name) and does not repeat a line before the agency's (``AP`` / the
    heading again: a wire's byline over its story, or a list of videos).  A caption's
    label (``Image caption,``) may stand before it."""
    for line in text[offset : offset + REPEAT_REACH].lstrip().split("\n", 2)[:2]:
        words = line.split()
        if not words:
            return False
        if line.rstrip().endswith(",") and len(words) <= 2:
            continue  # "Image caption,": its label
        if any(char.isdigit() for word in words[:CAPTION_WORDS[0]] for char in word) or agency in line:
            return False
        if text.find(line.strip(), max(0, line_start - REPEAT_REACH), line_start) >= 0:
            return False
        return words[0][0].isupper() and CAPTION_WORDS[0] <= len(words) <= CAPTION_WORDS[1]
    return False


def _byline_before(text: str, offset: int, byline_words: Sequence[str]) -> bool:
    """The line with words before ``offset`` opens with a byline's word (``By``)."""
    words = text[max(0, offset - REPEAT_REACH) : offset].rstrip().rsplit("\n", 1)[-1].split(None, 1)
    return bool(words) and words[0].casefold() in byline_words


def _after_caption(text: str, offset: int) -> bool:
    """A caption's end (``.``, ``)``) stands before ``offset`` on its line, past spaces."""
    at = offset - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at >= 0 and text[at] in CAPTION_ENDS


def _after_dots(text: str, offset: int) -> int:
    """``offset`` past the spaces and full stops after it."""
    while offset < len(text) and text[offset] in " \t.":
        offset += 1
    return offset


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1


def _value_end(text: str, start: int, limit: int, outlet_ends: Mapping[int, int]) -> int:
    """Where a glued credit's value ends."""
    # Its words are read from a stretch of the line no longer than any credit's: the
    # pattern lists every word it is given, and a line of a thousand credits would be
    # read to its end for each.
    limit = min(limit, start + VALUE_REACH)
    end = start
    slash_words = -1  # words taken after a slash; -1 = no slash yet
    for token in _WORD.finditer(text, start, limit):
        word = token.group()
        if word.isspace():
            continue
        known = outlet_ends.get(token.start())
        if end == start and known is not None:
            end = known
            if text.startswith("/", end):
                slash_words = 0
            continue
        if word == "/" and end > start:
            end = token.end()
            slash_words = 0
            continue
        if "/" in word and word[0].isupper():
            end = token.end()
            slash_words = 1
            continue
        if slash_words >= 0 and word[0].isupper() and slash_words < MAX_PHOTOGRAPHER_WORDS:
            end = token.end()
            slash_words += 1
            continue
        if slash_words < 0 and _is_caps(word):
            end = token.end()
            continue
        if end == start and word[0].isupper():
            end = token.end()
        break
    return end


#: A run of non-space characters: one word, as ``str.split`` cuts them (a class and a
#: possessive run: it cannot backtrack, so it runs on ``re``).
_NON_SPACE = compile_pattern("photo.non_space", r"\S++", scan=True)


def _at_most_words(text: str, start: int, end: int, most: int) -> bool:
    """Whether ``text[start:end]`` holds at most ``most`` words, read no further than
    the word after them: slicing the rest of a long line at each of a line's thousand
    credits made it cost quadratic time."""
    for count, _ in enumerate(_NON_SPACE.finditer(text, start, end), 1):
        if count > most:
            return False
    return True


def extract_photo_credits(
    text: str, language: Language | None, outlet_ends: Mapping[int, int]
) -> tuple[tuple[PhotoCredit, ...], tuple[Removal, ...]]:
    """Photo credits and the stretches of text they take.

    >>> from articleparse.languages import load
    >>> credits, _ = extract_photo_credits("Harga Beras Naik Sumber Foto: Kabarku Menteri Perdagangan "
    ...     "mengatakan harga beras naik sejak pekan lalu di pasar induk", load("id"), {})
    >>> [c.source for c in credits]
    ['Kabarku']
    """
    if language is None:
        return (), ()
    credits: list[PhotoCredit] = []
    removals: list[Removal] = []
    words = _photo_words(language)
    windows = keyword_windows(text, words, WINDOW_BEFORE, WINDOW_AFTER)
    needed = _photo_markers_needed(language)
    for match in finditer_in(photo_markers(language), text, windows, needed):
        start = match.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        # (one character looked at: slicing the text up to each marker made a page
        # of thousands of credits cost quadratic time)
        opened = match.start() > 0 and text[match.start() - 1] == "("
        close = text.find(")", start, line_end) if opened else -1
        kind = match.lastgroup or "labelled"
        if close >= 0:
            end = close
        elif _at_most_words(text, start, line_end, STANDALONE_WORDS):
            end = line_end
        elif kind == "line_labelled":
            continue  # "Picture, if you will, ...": a sentence, no credit with its line
        else:
            end = _value_end(text, start, line_end, outlet_ends)
        value = text[start:end].rstrip(" \t.,;:|-")
        if not value or not value[0].isalnum():
            continue
        if kind == "line_labelled" and not value[0].isupper():
            continue  # "Credit, debit and prepaid cards": a list, no credit
        end = start + len(value)
        credits.append(PhotoCredit(value, trusted_span(start, end), f"photo.{kind}"))
        removal_start = match.start() - 1 if close >= 0 else match.start()
        removal_end = close + 1 if close >= 0 else end
        removals.append(Removal(trusted_span(removal_start, removal_end), f"photo.{kind}"))
    for credit, removal in _agency_lines(text, language, credits):
        credits.append(credit)
        removals.append(removal)
    for credit, removal in _outlet_credits(text, language, outlet_ends, credits):
        credits.append(credit)
        removals.append(removal)
    credits.sort(key=lambda credit: credit.span.start)
    return tuple(credits), tuple(removals)
