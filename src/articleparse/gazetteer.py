"""The outlet gazetteer: known news outlets, their aliases, and a fast matcher.

The outlets are data, in ``data/outlets.toml`` (one ``[[outlet]]`` table each; the
format is in ``docs/gazetteer.md``).  The file is read on first use, checked, cached.

>>> [(h.alias, h.entry.name) for h in find_mentions("Menurut KOMPAS.com dan Reuters,")]
[('KOMPAS.com', 'Kompas'), ('Reuters', 'Reuters')]
>>> [h.alias for h in find_mentions("Reutersville, CNN-style, the cnn story")]
['CNN']
>>> lookup("associated press").name
'Associated Press'

How ``find_mentions`` stays fast on every article of a large batch: one small pattern
finds the words that could start an alias (capitalised or numeric words; a dict tells
whether an alias starts with that word, and where in the trie that word leads),
``str.find`` finds the few aliases written in lower case (``detikcom``, ``dpa``), and
only at those places is a radix trie of all aliases walked, a stretch of characters a
step.  A walk reads a bounded window of text, so within one call a context seen before
is not walked again.  Nothing backtracks; a scan costs about one regex step per
character of input, whatever the number of outlets (see ``docs/gazetteer.md``).
"""

from __future__ import annotations

from typing import Any

import attrs

from articleparse.gazetteer_data import (
    _ASCII_WORD,
    _CASELESS_MIN_CHARS,
    DATA_FILE as DATA_FILE,  # re-exported: where the data lives
    KINDS,
    OutletEntry,
    _is_word,
    _normal,
    parse_outlets,
)
from articleparse.gazetteer_index import _HOOKS, _index
from articleparse.gazetteer_scan import (
    _ending_keys,
    _last_scan,
    _lower_case_starts,
    _matcher,
    _walk,
    _word_candidates,
)
from articleparse.model import Span

__all__ = [
    "OutletEntry",
    "GazetteerHit",
    "KINDS",
    "entries",
    "lookup",
    "find_mentions",
    "parse_outlets",
    "ends_a_word",
]


@attrs.frozen
class GazetteerHit:
    """An alias found in a text: ``text[start:end]`` is ``alias``, case and spacing aside."""

    start: int
    end: int
    alias: str
    entry: OutletEntry

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def ambiguous(self) -> bool:
        """Whether this alias is an ordinary word or name too (see ``OutletEntry``)."""
        return self.entry.is_ambiguous(self.alias)


# ------------------------------------------------------------------ the public API


def entries() -> tuple[OutletEntry, ...]:
    """Every outlet of the gazetteer, in file order."""
    return _index().entries


def lookup(name: str) -> OutletEntry | None:
    """The outlet ``name`` names: an alias (or its ALL-CAPS form) or canonical name
    exactly, else, for names of six characters or more, ignoring case.

    >>> lookup("AFP").name, lookup("REUTERS").name, lookup("kompas.com").name
    ('AFP', 'Reuters', 'Kompas')
    >>> lookup("afp") is None, lookup("Reutersville") is None
    (True, True)
    """
    index = _index()
    key = _normal(name)
    found = index.by_surface.get(key) or index.by_name.get(key)
    if found is not None:
        return found[1]
    if len(key) >= _CASELESS_MIN_CHARS:
        return index.by_casefold.get(key.casefold())
    return None


def find_mentions(text: str, *, include_ambiguous: bool = True) -> list[GazetteerHit]:
    """Every alias in ``text``: non-overlapping, leftmost-longest, sorted by start.

    An alias matches as a whole word (``Reutersville`` is not Reuters, ``Reuters'`` and
    ``Reuters’s`` are), case-sensitively as written, or in ALL CAPS when it has four
    letters or more; an acronym of five letters or fewer only as written.  A space in an
    alias matches a short run of blanks (one line break at most), and ``'`` matches
    ``’``.  ``include_ambiguous=False`` drops the hits whose alias is an ordinary word
    too; that filter runs after matching, so ``The Edge`` still hides ``Edge``.

    >>> [(h.start, h.end, h.alias) for h in find_mentions("The Sun and Fox News said")]
    [(0, 7, 'The Sun'), (12, 20, 'Fox News')]
    >>> [h.alias for h in find_mentions("The Sun and Fox News said", include_ambiguous=False)]
    ['Fox News']
    """
    matcher = _matcher()
    candidates = _word_candidates(text, matcher)
    lower = _lower_case_starts(text, matcher.lower_plan)
    if lower:
        candidates.extend((start, start, matcher.trie) for start in lower)
        candidates.sort(key=_first)
    hits: list[GazetteerHit] = []
    walked: dict[tuple[int, str], tuple[int, str, OutletEntry] | None] = {}
    reach = matcher.reach
    done = 0
    for start, resume, node in candidates:
        hooks = node.get(_HOOKS)
        if hooks is not None:  # a capital inside a lower-case alias: "Sun" of "theSun"
            for offset, prefix in hooks:
                if start >= offset and text.startswith(prefix, start - offset):
                    start = resume = start - offset
                    node = matcher.trie
                    break
        if start < done:
            continue  # inside an earlier hit
        if start > 0:
            before = text[start - 1]
            if before in _ASCII_WORD or (before >= "\x80" and _is_word(before)):
                continue  # inside a word
        # A walk reads at most ``reach`` characters, so its outcome depends only on
        # them: repeated contexts (an outlet named ten times, hostile input) walk once.
        key = (id(node), text[resume : resume + reach])
        if key in walked:
            found = walked[key]
        else:
            found = walked[key] = _walk(node, text, resume, resume)
        if found is None:
            continue
        length, alias, entry = found
        done = resume + length
        if include_ambiguous or not entry.is_ambiguous(alias):
            hits.append(GazetteerHit(start, done, alias, entry))
    return hits


def _first(candidate: tuple[int, int, dict[str, Any]]) -> int:
    return candidate[0]


def ends_a_word(text: str, endings: tuple[str, ...]) -> bool | None:
    """Whether a run of word characters (``\\w`` of ``re``) in ``text`` ends with one of
    ``endings`` (``Post`` ends ``Post`` and ``NYPost``), each a run of word characters
    that starts with a capital; None when that is not known: ``text`` is not the text
    ``find_mentions`` scanned last, or the scanner does not see an ending's capital.

    Read from the words the candidate scanner found there, not from the text: the
    scanner matches a run from its first capital to its end, so a run ends with an
    ending (which starts with a capital) exactly when the scanner's word in it does.
    """
    last_text, words = _last_scan
    if last_text is not text:
        return None
    keys = _ending_keys(endings)
    if keys is None:
        return None
    joined = "\n".join(words) + "\n"
    return any(map(joined.__contains__, keys))
