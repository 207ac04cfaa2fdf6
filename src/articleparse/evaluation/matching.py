"""The matching rules of the gold corpora, one small pure function each.

These follow ``shared/corpora/README.md`` to the letter; ``docs/evaluation.md`` lists
them with the choices the README leaves open.  Nothing here knows about files, records
or the parser: strings, spans and name lists in, booleans and numbers out.

>>> normalise('  “Ad sales boost  Time Warner profit.” ')
'ad sales boost time warner profit'
>>> headline_matches("Ad sales boost Time Warner profit", "AD SALES BOOST TIME WARNER PROFIT")
True
>>> spans_match((0, 10), (5, 25))      # overlap 5 = half of the shorter (10)
True
>>> match_names(["Smith"], ["John Smith", "Jane Smith"])   # one-to-one
[(0, 0)]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = [
    "END_PUNCTUATION",
    "PRONOUNS",
    "QUOTE_MARKS",
    "fold",
    "headline_matches",
    "is_pronoun",
    "match_names",
    "match_one_to_one",
    "match_spans",
    "month_day_matches",
    "names_match",
    "normalise",
    "place_matches",
    "prf",
    "snippet_in",
    "span_overlap",
    "spans_match",
    "speaker_matches",
    "squeeze",
    "surname",
    "token_f1",
    "tokens",
    "words",
]

#: Quotation marks trimmed from both ends of a headline or place (after NFKC, so the
#: full-width forms have already become these).
QUOTE_MARKS = "\"'`“”„‟‘’‚‛«»‹›「」『』"

#: Punctuation trimmed from the end of a headline or place (NFKC turns ``…`` into ``...``).
END_PUNCTUATION = ".!?,;:。"

#: Gold speakers made only of these words are pronouns and are left out of speaker
#: accuracy: a pronoun names nobody unless it is resolved, and the gold does not
#: resolve it.  The gold with speakers (PolNeAR) is English; the relative ``who`` is
#: a pronoun there too.
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "who",
        "whom",
        "whose",
    ]
)

P = TypeVar("P")
G = TypeVar("G")

_WORD = re.compile(r"\w+")  # a run of letters, digits or underscores (Unicode-aware)


def fold(text: str) -> str:
    """NFKC, then case folding, then NFKC again (case folding can leave a string un-normalised).

    >>> fold("ＡＢＣ Straße")
    'abc strasse'
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def normalise(text: str) -> str:
    """The form in which headlines and places are compared.

    Unicode NFKC, case folding, every run of whitespace made one space, then quotation
    marks trimmed from both ends and punctuation from the end.  Idempotent.

    >>> normalise('"Biogen gets patent…"')
    'biogen gets patent'
    >>> normalise("Who pays?")
    'who pays'
    >>> normalise("‘Cool’ Britannia")      # only the ends are trimmed
    'cool’ britannia'
    """
    folded = " ".join(fold(text).split())
    return folded.lstrip(QUOTE_MARKS + " ").rstrip(QUOTE_MARKS + END_PUNCTUATION + " ")


def words(text: str) -> list[str]:
    """The words of ``text`` in folded form, punctuation dropped.

    >>> words("Mr. Trump's campaign")
    ['mr', 'trump', 's', 'campaign']
    """
    return _WORD.findall(fold(text))


# --- headline, published, dateline --------------------------------------------------


def headline_matches(predicted: str | None, gold: str) -> bool:
    """Equal after :func:`normalise`; no prediction is a miss."""
    return predicted is not None and normalise(predicted) == normalise(gold)


def place_matches(predicted: str | None, gold: str | None) -> bool:
    """A dateline place, compared as a headline; ``None`` matches only ``None``."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return normalise(predicted) == normalise(gold)


def month_day_matches(predicted: str | None, gold: str | None) -> bool:
    """``MM-DD`` strings equal; ``None`` (no date expected / found) matches only ``None``."""
    return predicted == gold


# --- authors ---------------------------------------------------------------------


def surname(name: str) -> str:
    """The last word of a name, folded; ``""`` when it has no word.

    >>> surname("Cal Mankowski"), surname("  MANKOWSKI. ")
    ('mankowski', 'mankowski')
    """
    found = words(name)
    return found[-1] if found else ""


def names_match(predicted: str, gold: str) -> bool:
    """Equal after :func:`normalise`, or sharing the surname.

    >>> names_match("J. Smith", "John Smith"), names_match("John Smith", "John Smithers")
    (True, False)
    """
    if normalise(predicted) == normalise(gold) and normalise(gold):
        return True
    last = surname(gold)
    return bool(last) and surname(predicted) == last


def match_names(predicted: Sequence[str], gold: Sequence[str]) -> list[tuple[int, int]]:
    """Pair predicted with gold names one-to-one, as many pairs as possible.

    Exact matches are paired first, so that a shared surname never takes the place of
    an equal name.  Returns ``(predicted index, gold index)`` pairs.

    >>> match_names(["Jane Smith", "John Smith"], ["John Smith", "Jane Smith"])
    [(0, 1), (1, 0)]
    """
    exact = match_one_to_one(
        predicted, gold, lambda p, g: bool(normalise(g)) and normalise(p) == normalise(g)
    )
    used_p = {p for p, _ in exact}
    used_g = {g for _, g in exact}
    rest_p = [i for i in range(len(predicted)) if i not in used_p]
    rest_g = [j for j in range(len(gold)) if j not in used_g]
    rest = match_one_to_one([predicted[i] for i in rest_p], [gold[j] for j in rest_g], names_match)
    pairs = exact + [(rest_p[p], rest_g[g]) for p, g in rest]
    return sorted(pairs)


# --- quotes -------------------------------------------------------------------------

Region = tuple[int, int]


def span_overlap(a: Region, b: Region) -> int:
    """Characters shared by two half-open ``(start, end)`` ranges.

    >>> span_overlap((0, 10), (5, 25)), span_overlap((0, 5), (5, 9))
    (5, 0)
    """
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(predicted: Region, gold: Region) -> bool:
    """The spans overlap by at least half of the shorter one (and by one character at least).

    >>> spans_match((0, 10), (6, 26))      # overlap 4 < 10 / 2
    False
    >>> spans_match((0, 11), (6, 100))     # overlap 5, shorter 11: 5 < 5.5
    False
    """
    overlap = span_overlap(predicted, gold)
    shorter = min(predicted[1] - predicted[0], gold[1] - gold[0])
    return overlap > 0 and 2 * overlap >= shorter


def match_spans(predicted: Sequence[Region], gold: Sequence[Region]) -> list[tuple[int, int]]:
    """Pair predicted quote spans with gold regions one-to-one, as many as possible.

    Each gold region tries the predicted spans that overlap it most first.

    >>> match_spans([(0, 100)], [(0, 40), (50, 100)])   # one prediction, one match
    [(0, 0)]
    """
    return match_one_to_one(
        predicted, gold, spans_match, preference=lambda p, g: span_overlap(p, g)
    )


def is_pronoun(speaker: str) -> bool:
    """Every word of the speaker is a pronoun (``he``, ``They``, ``who``).

    >>> is_pronoun("He"), is_pronoun("his aide")
    (True, False)
    """
    found = words(speaker)
    return bool(found) and all(w in PRONOUNS for w in found)


def speaker_matches(predicted: str | None, gold: str) -> bool:
    """The predicted speaker's words are all among the gold speaker's, or the reverse.

    A missing (or wordless) predicted speaker is wrong.

    >>> speaker_matches("Trump", "Mr. Trump"), speaker_matches("Donald Trump", "Mr. Trump")
    (True, False)
    """
    if predicted is None:
        return False
    mine, theirs = set(words(predicted)), set(words(gold))
    if not mine or not theirs:
        return False
    return mine <= theirs or theirs <= mine


# --- body ---------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The words a body is compared by: :func:`words` of the text."""
    return words(text)


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts.

    Nothing predicted and nothing expected is perfect; nothing predicted when something
    was expected has precision 0 (and the reverse recall 0).

    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    >>> prf(0, 0, 0)
    (1.0, 1.0, 1.0)
    """
    precision = true_positives / predicted if predicted else float(gold == 0)
    recall = true_positives / gold if gold else float(predicted == 0)
    total = precision + recall
    f1 = 2 * precision * recall / total if total else 0.0
    return precision, recall, f1


def token_f1(predicted: str, gold: str) -> float:
    """F1 of the two bags of :func:`tokens` (each shared token counted as often as both have it).

    >>> token_f1("the cat sat", "The cat sat down")
    0.8571428571428571
    """
    mine, theirs = Counter(tokens(predicted)), Counter(tokens(gold))
    shared = sum((mine & theirs).values())
    return prf(shared, sum(mine.values()), sum(theirs.values()))[2]


def squeeze(text: str) -> str:
    """NFKC and whitespace folding, case kept: the form snippets are looked up in.

    >>> squeeze(" a\\u00a0 b\\n")
    'a b'
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())


def snippet_in(snippet: str, body: str) -> bool:
    """The snippet occurs in the body, after NFKC and whitespace folding on both.

    Case is kept: a snippet is a piece of the page's own text.

    >>> snippet_in("cat  sat", "The cat\\nsat down"), snippet_in("Cat", "the cat")
    (True, False)
    """
    return squeeze(snippet) in squeeze(body)


# --- one-to-one matching ------------------------------------------------------------


def match_one_to_one(
    predicted: Sequence[P],
    gold: Sequence[G],
    same: Callable[[P, G], bool],
    preference: Callable[[P, G], float] | None = None,
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching between ``predicted`` and ``gold`` items.

    ``same`` says whether two items may be paired; ``preference`` (higher first) orders
    the candidates each gold item tries.  Augmenting paths (Kuhn's algorithm): the
    lists are a handful of names or a few dozen quotes, so this is quick.

    >>> match_one_to_one("ab", "ba", lambda p, g: p == g)
    [(0, 1), (1, 0)]
    """
    candidates: list[list[int]] = []
    for g_item in gold:
        found = [i for i, p_item in enumerate(predicted) if same(p_item, g_item)]
        if preference is not None:
            found.sort(key=lambda i: -preference(predicted[i], g_item))
        candidates.append(found)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p in candidates[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return sorted(owner.items())
