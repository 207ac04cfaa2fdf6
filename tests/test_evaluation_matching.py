"""The matching rules of ``shared/corpora/README.md``, as tables of look-alike cases.

Every snippet here was written for these tests; none comes from the corpora.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse.evaluation import matching
from articleparse.evaluation.scoring import (
    Outcome,
    Scoreboard,
    Tally,
    compare_figures,
    score_record,
)
from articleparse.model import (
    Article,
    Body,
    Dateline,
    Headline,
    PartialDate,
    Person,
    Published,
    Quote,
    Span,
    Speaker,
)

# --- headline (and place) normalisation ----------------------------------------------

HEADLINES = [
    # (predicted, gold, match?)  -- what the case shows
    ("Council votes to close the old pier", "Council votes to close the old pier", True),  # equal
    ("council VOTES to close the old pier", "Council votes to close the old pier", True),  # case
    (
        "Council votes to close the old pier.",
        "Council votes to close the old pier",
        True,
    ),  # end period
    ("Council votes to close the old pier", "Council votes to close the old pier!", True),  # end !
    (
        "“Council votes to close the pier”",
        '"Council votes to close the pier"',
        True,
    ),  # curly vs straight
    ("‘Council votes’", "'Council votes'", True),  # single curly vs straight
    ("Council  votes\nto close", " Council votes to close ", True),  # whitespace folding
    ("Ｃｏｕｎｃｉｌ votes", "Council votes", True),  # full-width letters (NFKC)
    ("Council votes…", "Council votes...", True),  # ellipsis character vs three dots
    ("STRASSE closed", "Straße closed", True),  # case folding, not lower()
    ("Council votes to close the pier", "Council votes to close the old pier", False),  # a word
    ("Council's vote", "Councils vote", False),  # an inner apostrophe is kept
    ("Council votes: pier closes", "Council votes pier closes", False),  # inner punctuation kept
    ("Council votes (again)", "Council votes (again", False),  # brackets are not quotes
    (None, "Council votes", False),  # no prediction is a miss
    ("", "Council votes", False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), HEADLINES)
def test_headline_matches(predicted: str | None, gold: str, expected: bool) -> None:
    assert matching.headline_matches(predicted, gold) is expected


NORMALISED = [
    ("  “Pier closes.”  ", "pier closes"),
    ("«Pier closes»", "pier closes"),
    ('"Why now?"', "why now"),
    ("Pier\tcloses\u00a0today", "pier closes today"),
    ("'''", ""),
    ("?!", ""),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalise(text: str, expected: str) -> None:
    assert matching.normalise(text) == expected


PLACES = [
    ("LOS ANGELES", "Los Angeles", True),
    ("Cambridge, Mass.", "CAMBRIDGE, Mass", True),
    ("Cambridge", "Cambridge, Mass.", False),
    (None, None, True),  # no place expected, none found
    (None, "Bonn", False),
    ("Bonn", None, False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), PLACES)
def test_place_matches(predicted: str | None, gold: str | None, expected: bool) -> None:
    assert matching.place_matches(predicted, gold) is expected


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("02-26", "02-26", True),
        ("02-27", "02-26", False),
        (None, "02-26", False),
        (None, None, True),
    ],
)
def test_month_day_matches(predicted: str | None, gold: str | None, expected: bool) -> None:
    assert matching.month_day_matches(predicted, gold) is expected


# --- authors ---------------------------------------------------------------------------

NAMES = [
    ("Ana Lima", "Ana Lima", True),  # equal
    ("ana lima", "Ana Lima", True),  # case
    ("A. Lima", "Ana Lima", True),  # shares the surname
    ("Lima", "Ana Lima", True),  # surname alone
    ("Ana Lima.", "Ana Lima", True),  # trailing period
    ("Ana Limas", "Ana Lima", False),  # look-alike surname
    ("Ana Souza", "Ana Lima", False),  # same given name only
    ("Lima Ana", "Ana Lima", False),  # surname is the last word
    ("", "Ana Lima", False),
    ("", "", False),  # a wordless gold name matches nothing
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), NAMES)
def test_names_match(predicted: str, gold: str, expected: bool) -> None:
    assert matching.names_match(predicted, gold) is expected


AUTHOR_SETS = [
    # (predicted, gold, number of one-to-one pairs)
    (["Ana Lima"], ["Ana Lima"], 1),
    (["Lima"], ["Ana Lima", "Rui Lima"], 1),  # two gold share a surname: one match only
    (["Lima", "Lima"], ["Ana Lima", "Rui Lima"], 2),
    (["Ana Lima", "Ana Lima"], ["Ana Lima"], 1),  # a name predicted twice counts once
    (["Rui Lima", "Ana Lima"], ["Ana Lima", "Rui Lima"], 2),  # order does not matter
    (["Ana Lima", "Tom Reis"], ["Ana Lima"], 1),
    ([], ["Ana Lima"], 0),
    (["Ana Lima"], [], 0),
    ([], [], 0),
]


@pytest.mark.parametrize(("predicted", "gold", "pairs"), AUTHOR_SETS)
def test_match_names_one_to_one(predicted: list[str], gold: list[str], pairs: int) -> None:
    matched = matching.match_names(predicted, gold)
    assert len(matched) == pairs
    assert len({p for p, _ in matched}) == len({g for _, g in matched}) == pairs


def test_match_names_prefers_the_equal_name() -> None:
    # "Rui Lima" could take either gold Lima; it must take its own, leaving "Ana Lima" hers.
    assert matching.match_names(["Rui Lima", "Ana Lima"], ["Ana Lima", "Rui Lima"]) == [
        (0, 1),
        (1, 0),
    ]


# --- quotes ----------------------------------------------------------------------------------

SPANS = [
    # (predicted, gold, match?)
    ((0, 10), (0, 10), True),  # the same
    ((0, 10), (5, 25), True),  # overlap 5 = exactly half of the shorter (10)
    ((0, 10), (6, 26), False),  # overlap 4, just under half
    ((5, 25), (0, 10), True),  # the rule is symmetric
    ((0, 11), (6, 40), False),  # overlap 5 < 5.5, half of an odd length
    ((0, 11), (5, 40), True),  # overlap 6 >= 5.5
    ((0, 100), (40, 50), True),  # one inside the other
    ((0, 10), (10, 20), False),  # touching is not overlapping
    ((3, 3), (0, 10), False),  # an empty span matches nothing
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), SPANS)
def test_spans_match(predicted: tuple[int, int], gold: tuple[int, int], expected: bool) -> None:
    assert matching.spans_match(predicted, gold) is expected


def test_match_spans_is_one_to_one() -> None:
    # One long prediction overlapping two gold regions matches one of them only.
    assert len(matching.match_spans([(0, 100)], [(0, 40), (50, 100)])) == 1
    # Two predictions, two regions, crossing preferences: both get matched.
    assert matching.match_spans([(0, 60), (55, 100)], [(0, 50), (50, 100)]) == [(0, 0), (1, 1)]


def test_match_spans_prefers_the_larger_overlap() -> None:
    assert matching.match_spans([(0, 12), (8, 20)], [(8, 20)]) == [(1, 0)]


SPEAKERS = [
    ("Ana Lima", "Ana Lima", True),
    ("Lima", "Ms. Lima", True),  # predicted words inside gold
    ("Mayor Ana Lima", "Lima", True),  # gold words inside predicted
    ("Ana Lima", "Ms. Lima", False),  # neither contains the other
    ("lima", "LIMA", True),
    ("Lima's aide", "Lima", True),  # words, not strings: "lima", "s", "aide"
    (None, "Ana Lima", False),  # a missing speaker is wrong
    ("", "Ana Lima", False),
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), SPEAKERS)
def test_speaker_matches(predicted: str | None, gold: str, expected: bool) -> None:
    assert matching.speaker_matches(predicted, gold) is expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("he", True),
        ("She", True),
        ("THEY", True),
        ("who", True),
        ("I", True),
        ("Ana", False),
        ("his aide", False),
        ("", False),
    ],
)
def test_is_pronoun(speaker: str, expected: bool) -> None:
    assert matching.is_pronoun(speaker) is expected


# --- body --------------------------------------------------------------------------------------

BODIES = [
    ("the pier will close", "the pier will close", 1.0),
    ("The pier, will close.", "the pier will close", 1.0),  # case and punctuation ignored
    ("", "", 1.0),
    ("", "the pier", 0.0),
    ("the pier", "", 0.0),
    ("the pier", "the pier will close", 2 * 1.0 * 0.5 / 1.5),
    ("the the the", "the", 2 * (1 / 3) * 1.0 / (1 / 3 + 1.0)),  # a repeated token counts once
]


@pytest.mark.parametrize(("predicted", "gold", "expected"), BODIES)
def test_token_f1(predicted: str, gold: str, expected: float) -> None:
    assert matching.token_f1(predicted, gold) == pytest.approx(expected)


SNIPPETS = [
    ("pier will close", "The pier will close in May.", True),
    ("pier  will\nclose", "The pier will\n\nclose.", True),  # whitespace folding
    ("Pier will close", "The pier will close.", False),  # case is kept
    ("ﬁnal vote", "the final vote", True),  # NFKC ligature
    ("harbour", "The pier will close.", False),
]


@pytest.mark.parametrize(("snippet", "body", "expected"), SNIPPETS)
def test_snippet_in(snippet: str, body: str, expected: bool) -> None:
    assert matching.snippet_in(snippet, body) is expected


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((3, 4, 6), (0.75, 0.5, 0.6)),
        ((0, 0, 0), (1.0, 1.0, 1.0)),
        ((0, 0, 3), (0.0, 0.0, 0.0)),
        ((0, 2, 0), (0.0, 0.0, 0.0)),
        ((0, 2, 2), (0.0, 0.0, 0.0)),
    ],
)
def test_prf(counts: tuple[int, int, int], expected: tuple[float, float, float]) -> None:
    assert matching.prf(*counts) == pytest.approx(expected)


# --- properties -----------------------------------------------------------------------------------


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = matching.normalise(text)
    assert matching.normalise(once) == once


@given(st.text())
def test_a_headline_matches_itself_dressed_up(text: str) -> None:
    if matching.normalise(text):
        assert matching.headline_matches(f" “{text.upper()}.” ", text) is matching.headline_matches(
            text.upper(), text
        )


@given(st.text(), st.text())
def test_token_f1_is_within_0_and_1(predicted: str, gold: str) -> None:
    assert 0.0 <= matching.token_f1(predicted, gold) <= 1.0


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_prf_is_within_0_and_1(matched: int, predicted: int, gold: int) -> None:
    matched = min(matched, predicted, gold)
    assert all(0.0 <= value <= 1.0 for value in matching.prf(matched, predicted, gold))


spans = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8))
def test_match_spans_pairs_each_item_once(
    predicted: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> None:
    pairs = matching.match_spans(predicted, gold)
    assert len({p for p, _ in pairs}) == len(pairs) == len({g for _, g in pairs})
    assert all(matching.spans_match(predicted[p], gold[g]) for p, g in pairs)


# --- scoring one record ---------------------------------------------------------------------------

TEXT = 'PIER TO CLOSE\nBy Ana Lima\nPORTO, May 3 - "It is time," the mayor said.'


def _article() -> Article:
    return Article(
        headline=Headline("Pier to close", Span(0, 13), "test"),
        published=Published(datetime.date(2024, 5, 3), None, Span(0, 1), "test"),
        dateline=Dateline("PORTO", PartialDate(5, 3), None, Span(26, 37), "test"),
        authors=(Person("Ana Lima", Span(17, 25), "test"),),
        quotes=(
            Quote(
                "It is time,",
                Span(40, 53),
                Speaker("the mayor", Span(54, 63), "test"),
                None,
                "test",
            ),
        ),
        body=Body("The pier will close in May."),
    )


def _by_field(outcomes: list[Outcome]) -> dict[str, tuple[float, int, int]]:
    return {o.field: o.counts for o in outcomes}


def test_score_record_scores_only_labelled_fields() -> None:
    assert _by_field(score_record(_article(), {"headline": "Pier to close."})) == {
        "headline": (1.0, 1, 0)
    }


def test_score_record_every_field() -> None:
    gold = {
        "headline": "PIER TO CLOSE",
        "published": "2024-05-03",
        "dateline": {"place": "Porto", "month_day": "05-03"},
        "authors": ["Ana Lima", "Rui Reis"],
        "quotes": [
            {
                "text": '"It is time,"',
                "speaker": "the mayor",
                "start": 40,
                "end": 66,
                "kind": "direct",
            },
            {"text": "elsewhere", "speaker": "he", "start": 100, "end": 120, "kind": "direct"},
        ],
        "body": "The pier will close in May.",
        "body_includes": ["pier will close", "harbour"],
        "body_excludes": ["Subscribe now"],
    }
    assert _by_field(score_record(_article(), gold)) == {
        "headline": (1.0, 1, 0),
        "published": (1.0, 1, 0),
        "dateline.place": (1.0, 1, 0),
        "dateline.month_day": (1.0, 1, 0),
        "authors": (1.0, 1, 2),
        "quotes": (1.0, 1, 2),
        "quotes.speaker": (1.0, 1, 0),
        "body": (1.0, 1, 0),
        "body_includes": (1.0, 2, 0),
        "body_excludes": (1.0, 1, 0),
    }


def test_pronoun_gold_speakers_are_not_scored() -> None:
    gold = {"quotes": [{"text": "x", "speaker": "She", "start": 40, "end": 53, "kind": "direct"}]}
    assert _by_field(score_record(_article(), gold)) == {"quotes": (1.0, 1, 1)}


def test_a_missing_predicted_speaker_is_wrong() -> None:
    article = _article()
    quote = article.quotes[0]
    bare = Article(quotes=(Quote(quote.text, quote.span, None, None, "test"),))
    gold = {
        "quotes": [
            {"text": "x", "speaker": "Mayor Rui Reis", "start": 40, "end": 53, "kind": "direct"}
        ]
    }
    assert _by_field(score_record(bare, gold))["quotes.speaker"] == (0.0, 1, 0)


def test_null_dateline_gold_counts_a_predicted_dateline_as_wrong() -> None:
    assert _by_field(score_record(_article(), {"dateline": None})) == {
        "dateline.place": (0.0, 1, 0),
        "dateline.month_day": (0.0, 1, 0),
    }
    assert _by_field(score_record(Article(), {"dateline": None})) == {
        "dateline.place": (1.0, 1, 0),
        "dateline.month_day": (1.0, 1, 0),
    }


def test_misses_carry_what_to_show_for_the_asked_field_only() -> None:
    outcomes = score_record(
        Article(), {"headline": "Pier", "published": "2024-05-03"}, show="headline"
    )
    shown = {o.field: (o.gold_shown, o.predicted_shown) for o in outcomes}
    assert shown == {"headline": ("Pier", "—"), "published": ("", "")}


def test_scoreboard_pools_counts() -> None:
    board = Scoreboard()
    for counts in [(1.0, 1, 0), (0.0, 1, 0), (1.0, 1, 0), (1.0, 1, 0)]:
        board.add(Outcome("headline", counts, counts[0] == 0))
    board.add(Outcome("authors", (1.0, 2, 1), True))
    board.add(Outcome("authors", (1.0, 1, 2), True))
    assert board.figures() == pytest.approx(
        {
            "headline.accuracy": 0.75,
            "authors.precision": 2 / 3,
            "authors.recall": 2 / 3,
            "authors.f1": 2 / 3,
        }
    )
    assert board.tallies["headline"] == Tally("accuracy", 3.0, 4, 0, 4, 1)


def test_compare_figures_tolerance() -> None:
    comparison = compare_figures(
        {"f": {"a": 0.89, "b": 0.885, "c": 0.95}},
        {"f": {"a": 0.90, "b": 0.90, "c": 0.90, "gone": 0.5}, "other": {"a": 1.0}},
    )
    assert [(r.scope, r.figure) for r in comparison.regressions] == [
        ("f", "b")
    ]  # a fell by exactly 0.01
    assert [(r.scope, r.figure) for r in comparison.improvements] == [("f", "c")]
    assert comparison.not_compared == ("f: gone", "other: a")
    assert comparison.compared == 3


def test_compare_figures_overall_needs_the_same_files() -> None:
    recorded = {"f": {"a": 0.9}, "g": {"a": 0.9}, "overall": {"a": 0.9}}
    partial = compare_figures({"f": {"a": 0.9}, "overall": {"a": 0.5}}, recorded)
    assert partial.ok and partial.not_compared == ("g: a", "overall: a")
    full = compare_figures({"f": {"a": 0.9}, "g": {"a": 0.9}, "overall": {"a": 0.5}}, recorded)
    assert [(r.scope, r.figure) for r in full.regressions] == [("overall", "a")]
