"""Properties of ``extract_quotes`` that hold for any input.

* it never raises on any string;
* every quote span starts and ends on a quote mark, every piece lies inside it, and
  the quote's text lies inside the span;
* writing the same article with straight marks instead of curly ones leaves the
  quote texts unchanged;
* hostile inputs (100 KB of marks, of capitalised words, of unbalanced marks) finish
  quickly (a generous bound; speed is measured by the benchmarks, not here).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse.extractors.quotes import extract_quotes
from articleparse.languages import load

LANGS = [load("en"), load("id"), load("ms")]
MARKS = "\"“”„‟«»「」『』‹›'‘’‚`"

# Text made of words, spaces, punctuation and quote marks, so that marks pair often.
_pieces = st.sampled_from(
    list(MARKS) + [" ", "\n", "\n\n", ",", ".", ":", "said", "ujarnya", "Budi Santoso", "the",
                   "Dana Lee", "he", "kata", "don't", "'90s", "—", "according to", "x"]
)
_texts = st.one_of(st.text(max_size=300), st.lists(_pieces, max_size=80).map("".join))


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(LANGS))
def test_never_raises_and_spans_hold(text, lang):
    for q in extract_quotes(text, lang):
        s, e = q.span.start, q.span.end
        assert 0 <= s < e <= len(text)
        assert text[s] in MARKS and text[e - 1] in MARKS
        for p in q.pieces:
            assert s <= p.span.start < p.span.end <= e
            assert text[p.span.start] in MARKS and text[p.span.end - 1] in MARKS
            # the piece's words are in the text between its marks
            inner = text[p.span.start + 1 : p.span.end - 1]
            assert all(word in inner for word in p.text.split())
        if q.speaker is not None:
            assert q.speaker.span.end <= len(text)
        if q.cue is not None:
            assert q.cue.span.slice(text) == q.cue.text


# Articles built from templates: curly and straight versions of the same text.
_names = st.sampled_from(["Dana Lee", "John Doe", "Budi Santoso", "Sri Mulyani"])
_words = st.lists(st.sampled_from(["we", "are", "ready", "the", "plan", "works", "today",
                                   "don’t", "rock ’n’ roll", "in", "the", "’90s"]),
                  min_size=1, max_size=8).map(" ".join)


@st.composite
def _article(draw):
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        name, words = draw(_names), draw(_words)
        shape = draw(st.integers(0, 4))
        if shape == 0:
            paragraphs.append(f"“{words.capitalize()},” said {name}.")
        elif shape == 1:
            paragraphs.append(f"{name} said: “{words.capitalize()}.”")
        elif shape == 2:
            more = draw(_words)
            paragraphs.append(f"“{words.capitalize()},” {name} said, “{more}.”")
        elif shape == 3:
            paragraphs.append(f"{name} called it “{words} {draw(_words)}.”")
        else:
            paragraphs.append(f"{name} arrived. {words.capitalize()}.")
    return "\n\n".join(paragraphs)


def _straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


@settings(max_examples=200, deadline=None)
@given(_article())
def test_straight_marks_give_the_same_quotes(text):
    lang = load("en")
    curly = [_straight(q.text) for q in extract_quotes(text, lang)]
    straight = [q.text for q in extract_quotes(_straight(text), lang)]
    assert curly == straight


SIZE = 100_000
HOSTILE = {
    "straight marks": '"' * SIZE,
    "curly marks": "“”" * (SIZE // 2),
    "unbalanced marks": "“a " * (SIZE // 3),
    "single marks": "'a " * (SIZE // 3),
    "spaced marks": '" ' * (SIZE // 2),
    "capitalised words": "Abc " * (SIZE // 4),
    "quoted names": "“Abc,” said Abc Def. " * (SIZE // 20),
    "cues": "said said " * (SIZE // 10),
    "nya": '"a," ujarnya ' * (SIZE // 13),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_input_finishes(kind):
    text = HOSTILE[kind]
    for lang in LANGS:
        started = time.perf_counter()
        extract_quotes(text, lang)
        assert time.perf_counter() - started < 10.0, f"{kind} ({lang.code}) is slow"


def test_empty_and_blank():
    for lang in LANGS:
        assert extract_quotes("", lang) == ()
        assert extract_quotes("   \n ", lang) == ()


# --- fast paths equal to the patterns they stand in for ----------------------------

# Every character ``regex`` or ``re`` reads as a space, the separators only ``re`` reads
# as one, sentence ends, marks and letters.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_stop_texts = st.text(alphabet=_SPACES + ".!?\"”’'‘x,", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_stop_texts)
def test_sentence_stop_scan_matches_the_regex_pattern(s):
    """The ``re`` scan behind ``_one_sentence`` finds what the ``regex`` pattern it
    replaced finds (``regex``'s ``\\s`` is not ``re``'s)."""
    import regex

    from articleparse.extractors.quotes import _STOP

    reference = regex.compile(r"(?V1)(?-f)[.!?][\"”’']?+\s")
    for end in (len(s), max(0, len(s) - 1)):
        assert [m.span() for m in _STOP.finditer(s, 0, end)] == [
            m.span() for m in reference.finditer(s, 0, end)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="n'’ emstilx\u0301_1\x1c", max_size=12),
       st.sampled_from([frozenset(), frozenset({"n"}), frozenset({"n", "em", "til", "s"}),
                        frozenset({"", "x\u0301"})]))
def test_elision_check_matches_the_pattern(after, elisions):
    """The ``startswith`` test before the elision pattern never changes its answer."""
    from articleparse.extractors.quotes.marks import _CLOSE_POST, _WORD_AFTER, _elision_after

    text = "'" + after
    nxt = text[1:2]
    word = _WORD_AFTER.match(text, 1)
    pattern_says = word is not None and word.group() in elisions
    if nxt and not nxt.isspace() and nxt not in _CLOSE_POST:  # (what the caller passes)
        assert _elision_after(text, 1, nxt, elisions) == pattern_says


# Words glued to symbols that are neither letters nor listed punctuation (`said°`,
# `£5`, `·ujarnya`), beside the same words standing clean, and inner joins (`-`, `’`).
_glued_pieces = st.sampled_from(
    [" ", " ", "\n", ",", ".", "—", "-", "’", "said", "told", "kata", "ujarnya", "ujar",
     "according to", "menurut", "Menurut", "Dana", "°", "£", "·", "©", "\u0301", "5", "x"]
)
_glued_texts = st.lists(_glued_pieces, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_glued_texts, st.sampled_from(["en", "id"]),
       st.lists(st.tuples(st.integers(0, 300), st.integers(0, 120)), min_size=1, max_size=4))
def test_glued_stretches_find_what_the_whole_text_words_find(text, code, asks):
    """A stretch holding a glued word finds the markers the whole text's words find
    (the reading of a language whose markers are not all plain words)."""
    import attrs

    from articleparse.extractors.quotes.attribution import CueIndex
    from articleparse.extractors.quotes.data import quote_data

    data = quote_data(load(code))
    index = CueIndex.build(text, data)
    reference = CueIndex.build(text, attrs.evolve(data, plain_markers=False))
    for start, size in asks:
        assert list(index.cues_in(start, start + size)) == list(reference.cues_in(start, start + size))
        assert list(index.according_in(start, start + size)) == list(
            reference.according_in(start, start + size))
    assert dict(index.cues) == dict(reference.cues)
    assert dict(index.according) == dict(reference.according)
