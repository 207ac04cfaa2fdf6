"""The outlet gazetteer: its data, every alias by example, look-alikes, properties, speed.

Every sentence here is written for these tests; none comes from a corpus.
"""

from __future__ import annotations

import itertools
import random
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse import gazetteer
from articleparse.errors import LanguageDataError
from articleparse.gazetteer import (
    KINDS,
    GazetteerHit,
    OutletEntry,
    entries,
    find_mentions,
    lookup,
    parse_outlets,
)

ENTRIES = entries()
ALIASES = [(entry, alias) for entry in ENTRIES for alias in entry.aliases]
ALIAS_IDS = [f"{entry.name}|{alias}" for entry, alias in ALIASES]


def _fold(surface: str) -> str:
    """A surface form with case, spacing and apostrophe style set aside."""
    return " ".join(surface.split()).replace("\u2019", "'").casefold()


def _spans(text: str, **kwargs: bool) -> list[tuple[int, int, str, str]]:
    return [(h.start, h.end, h.alias, h.entry.name) for h in find_mentions(text, **kwargs)]


def _caps_form_matches(alias: str) -> bool:
    """The documented rule: an alias of four letters or more also matches in ALL CAPS."""
    return sum(c.isalpha() for c in alias) >= 4


# ------------------------------------------------------------------------ the data


def test_at_least_300_outlets() -> None:
    assert len(ENTRIES) >= 300


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_row_is_well_formed(entry: OutletEntry) -> None:
    assert entry.kind in KINDS
    assert entry.country is None or re.fullmatch(r"[A-Z]{2}|INT", entry.country)
    assert entry.aliases and len(set(entry.aliases)) == len(entry.aliases)
    assert set(entry.ambiguous_aliases) <= set(entry.aliases)


def test_no_alias_names_two_outlets() -> None:
    owners: dict[str, str] = {}
    for entry, alias in ALIASES:
        assert owners.setdefault(alias, entry.name) == entry.name, alias


def test_names_are_unique() -> None:
    names = [entry.name for entry in ENTRIES]
    assert len(names) == len(set(names))


def test_the_outlets_the_brief_names_are_there() -> None:
    for alias in ["Reuters", "KCNA", "Associated Press", "AFP", "dpa", "Bernama", "Antara",
                  "Kompas", "KOMPAS.com", "detikcom", "Tempo", "Malaysiakini", "The Star",
                  "Xinhua", "Yonhap", "BBC", "Al Jazeera", "Channel NewsAsia", "Astro Awani"]:
        assert lookup(alias) is not None, alias


# ------------------------------------------------------------- every alias, by example

EXAMPLES = {
    "en": ("According to ", ", the talks ended."),
    "id": ("Menurut ", ", pembicaraan berakhir."),
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
@pytest.mark.parametrize(("entry", "alias"), ALIASES, ids=ALIAS_IDS)
def test_every_alias_is_found_in_a_sentence(entry: OutletEntry, alias: str, lang: str) -> None:
    before, after = EXAMPLES[lang]
    text = before + alias + after
    start = len(before)
    assert _spans(text) == [(start, start + len(alias), alias, entry.name)]


@pytest.mark.parametrize(
    ("entry", "alias"),
    [(e, a) for e, a in ALIASES if _caps_form_matches(a) and a.upper() != a],
    ids=[i for (e, a), i in zip(ALIASES, ALIAS_IDS) if _caps_form_matches(a) and a.upper() != a],
)
def test_every_long_alias_is_found_in_all_caps(entry: OutletEntry, alias: str) -> None:
    text = f"ACCORDING TO {alias.upper()}, THE TALKS ENDED."
    [hit] = find_mentions(text)
    assert (hit.start, hit.end, hit.entry) == (13, 13 + len(alias.upper()), entry)
    assert hit.alias.upper() == alias.upper()


# ---------------------------------------------------------------- matching rules

FOUND = [
    # (text, [(start, end, alias)]) -- the edges of the rules
    ("Reuters' report", [(0, 7, "Reuters")]),
    ("Reuters’s report", [(0, 7, "Reuters")]),
    ("Reuters's report", [(0, 7, "Reuters")]),
    ("NEW YORK (REUTERS) - Shares", [(10, 17, "Reuters")]),
    ("JAKARTA, KOMPAS.com - Harga", [(9, 19, "KOMPAS.com")]),
    ("dikutip dari Kompas.com.", [(13, 23, "Kompas.com")]),
    ("Kompas.id menulis", [(0, 9, "Kompas.id")]),
    ("Kompasiana menulis", [(0, 10, "Kompasiana")]),
    ("the Associated\nPress said", [(4, 20, "Associated Press")]),
    ("the Associated \u00a0Press said", [(4, 21, "Associated Press")]),
    ("the Associated\r\n  Press said", [(4, 23, "Associated Press")]),
    ("People’s Daily said", [(0, 14, "People's Daily")]),
    ("The New York Times said", [(0, 18, "The New York Times")]),
    ("the New York Times said", [(4, 18, "New York Times")]),
    ("CNN Indonesia and CNN", [(0, 13, "CNN Indonesia"), (18, 21, "CNN")]),
    ("(AP/Reuters)", [(1, 3, "AP"), (4, 11, "Reuters")]),
    ("a pro-CNN crowd", [(6, 9, "CNN")]),
    ("Interfax-Ukraine and Interfax", [(0, 16, "Interfax-Ukraine"), (21, 29, "Interfax")]),
    ("KYODO - Tokyo", [(0, 5, "Kyodo")]),
    ("TIME named her", [(0, 4, "TIME")]),
    ("detikcom, detik.com, detikNews", [(0, 8, "detikcom"), (10, 19, "detik.com"), (21, 30, "detikNews")]),
    ("DETIKCOM melaporkan", [(0, 8, "detikcom")]),
    ("menurut kumparan, dpa dan tirto.id", [(8, 16, "kumparan"), (18, 21, "dpa"), (26, 34, "tirto.id")]),
    ("theSun, tvOne, i24NEWS, elDiario.es", [(0, 6, "theSun"), (8, 13, "tvOne"), (15, 22, "i24NEWS"), (24, 35, "elDiario.es")]),
    ("Mail & Guardian, City A.M. and Kosmo!", [(0, 15, "Mail & Guardian"), (17, 26, "City A.M."), (31, 37, "Kosmo!")]),
    ("Süddeutsche Zeitung und ČTK", [(0, 19, "Süddeutsche Zeitung"), (24, 27, "ČTK")]),
    ("7NEWS and 9News", [(0, 5, "7NEWS"), (10, 15, "9News")]),
    ("Reuters", [(0, 7, "Reuters")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_found(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert [(s, e, a) for s, e, a, _ in _spans(text)] == expected


NOT_FOUND = [
    "Reutersville is a small town.",
    "XReuters and Reutersx and Reuters_",
    "the ap style and the cnn anchor",
    "Cnn and Bbc and Afp",
    "Reuters2 and 2Reuters",
    "NHKWorld and BBCs",
    "xdpa and dpax and dpa2",
    "reuters and kompas.com in lower case",
    "Associated\n\nPress",
    "Associated       Press",
    "theSunday and xtheSun and tvOnes",
    "The company and New rules",
    "Kompasx",
    "",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert find_mentions(text) == []


AMBIGUOUS = [
    ("Detik-detik menjelang pengumuman", "Detik"),
    ("Antara lain karena hujan", "Antara"),
    ("The Sun rose over the hills.", "The Sun"),
    ("Time will tell.", "Time"),
    ("rekaman CCTV di lokasi", "CCTV"),
    ("Ketua RT 05 mengatakan", "RT"),
    ("tersangka berinisial AP ditangkap", "AP"),
]


@pytest.mark.parametrize(("text", "alias"), AMBIGUOUS, ids=[a for _, a in AMBIGUOUS])
def test_ambiguous_hits_are_marked_and_can_be_left_out(text: str, alias: str) -> None:
    [hit] = find_mentions(text)
    assert hit.alias == alias and hit.ambiguous
    assert find_mentions(text, include_ambiguous=False) == []


def test_a_safe_longer_alias_hides_an_ambiguous_shorter_one() -> None:
    text = "The Edge Malaysia reported"
    [hit] = find_mentions(text, include_ambiguous=False)
    assert (hit.alias, hit.ambiguous) == ("The Edge Malaysia", False)


def test_hit_span_and_entry() -> None:
    [hit] = find_mentions("Menurut Bernama,")
    assert isinstance(hit, GazetteerHit)
    assert hit.span.slice("Menurut Bernama,") == "Bernama"
    assert (hit.entry.kind, hit.entry.country) == ("agency", "MY")


# ------------------------------------------------------------------------- lookup

LOOKUPS = [
    ("Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("reuters", "Reuters"),
    ("Associated  Press", "Associated Press"),
    ("People’s Daily", "People's Daily"),
    ("KOMPAS.com", "Kompas"),
    ("kompas.com", "Kompas"),
    ("AP", "Associated Press"),
    ("TODAY", "TODAY"),
    ("Korean Central News Agency", "KCNA"),
]


@pytest.mark.parametrize(("name", "outlet"), LOOKUPS, ids=[n for n, _ in LOOKUPS])
def test_lookup(name: str, outlet: str) -> None:
    found = lookup(name)
    assert found is not None and found.name == outlet


@pytest.mark.parametrize("name", ["ap", "Ap", "afp", "Reutersville", "", "The Daily Planet"])
def test_lookup_finds_nothing(name: str) -> None:
    assert lookup(name) is None


# --------------------------------------------------------------- checking the file

GOOD = '[[outlet]]\nname = "Alpha News"\nkind = "online"\ncountry = "ID"\naliases = ["Alpha News"]\n'


def _row(**fields: str) -> str:
    row = {"name": '"Beta"', "kind": '"agency"', "country": '"MY"', "aliases": '["Beta"]'}
    row.update(fields)
    return "[[outlet]]\n" + "".join(f"{k} = {v}\n" for k, v in row.items() if v)


def test_a_good_file_parses() -> None:
    [alpha, beta] = parse_outlets(GOOD + _row(ambiguous_aliases='["Beta"]'), "t.toml")
    assert alpha == OutletEntry("Alpha News", "online", "ID", ("Alpha News",))
    assert beta.is_ambiguous("Beta") and not beta.ambiguous


BAD = [
    ("not toml", "[[outlet]\nname =", "not valid TOML"),
    ("unknown top key", "version = 2\n" + GOOD, "unknown top-level key"),
    ("no outlets", "", "no [[outlet]] tables"),
    ("unknown key", _row(website='"x"'), "unknown key(s) website"),
    ("missing kind", _row(kind=""), "missing key(s) kind"),
    ("bad kind", _row(kind='"blog"'), "kind 'blog' is not one of"),
    ("lower-case country", _row(country='"my"'), "country 'my'"),
    ("three-letter country", _row(country='"MYS"'), "country 'MYS'"),
    ("no aliases", _row(aliases="[]"), "aliases must be a non-empty list"),
    ("double space", _row(aliases='["Beta  News"]'), "single-spaced"),
    ("outer space", _row(aliases='[" Beta"]'), "single-spaced"),
    ("starts with punctuation", _row(aliases='["(Beta)"]'), "must start with a letter"),
    ("lower-case phrase", _row(aliases='["beta news"]'), "must be one word"),
    ("curly apostrophe", _row(aliases='["Beta’s"]'), "straight apostrophe"),
    ("listed twice", _row(aliases='["Beta", "Beta"]'), "listed twice: Beta"),
    ("ambiguous not bool", _row(ambiguous='"yes"'), "ambiguous must be true or false"),
    ("ambiguous alias not an alias", _row(ambiguous_aliases='["Gamma"]'), "ambiguous_aliases"),
    ("same alias twice", GOOD + _row(aliases='["Alpha News"]'), "already names outlet #1"),
    ("caps form collides", GOOD + _row(aliases='["ALPHA NEWS"]'), "already names outlet #1"),
    ("caps form of another", _row(aliases='["Beta.sg"]') + _row(name='"Gamma"', aliases='["BETA.SG"]'), "already names outlet #1"),
    ("caseless collides", _row(aliases='["Ab-1234"]') + _row(name='"Gamma"', aliases='["AB-1234"]'), "already names outlet #1"),
    ("same name", GOOD + _row(name='"Alpha News"'), "the name is also outlet #1"),
]


@pytest.mark.parametrize(("text", "problem"), [(t, p) for _, t, p in BAD], ids=[i for i, _, _ in BAD])
def test_bad_data_is_refused_with_file_and_row(text: str, problem: str) -> None:
    with pytest.raises(LanguageDataError) as caught:
        parse_outlets(text, "test.toml")
    message = str(caught.value)
    assert message.startswith("test.toml")
    assert problem in message


def test_the_row_is_named() -> None:
    with pytest.raises(LanguageDataError, match=r"test\.toml, outlet #2 \('Beta'\): kind"):
        parse_outlets(GOOD + _row(kind='"blog"'), "test.toml")


# -------------------------------------------------------------------- properties

SOME_ALIASES = sorted({alias for _, alias in ALIASES})
PIECES = st.one_of(
    st.sampled_from(SOME_ALIASES),
    st.sampled_from(SOME_ALIASES).map(str.upper),
    st.sampled_from([" ", ", ", "\n", "\n\n", "'s ", "’s ", "-", ".", "(", ")", "x", "_", "  "]),
    st.text(max_size=12),
)
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=30).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_spans_slice_back_to_their_alias(text: str) -> None:
    hits = find_mentions(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert _fold(text[hit.start : hit.end]) == _fold(hit.alias)
        assert hit.alias in hit.entry.aliases
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_leaving_out_ambiguous_hits_is_a_filter(text: str) -> None:
    everything = find_mentions(text)
    assert find_mentions(text, include_ambiguous=False) == [h for h in everything if not h.ambiguous]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(ALIASES), st.sampled_from(["", " ", "(", "\n", "— "]), st.sampled_from(["", ".", ")", " said", "’s"]))
def test_an_alias_alone_is_found_whole(pair: tuple[OutletEntry, str], before: str, after: str) -> None:
    entry, alias = pair
    assert _spans(before + alias + after) == [(len(before), len(before) + len(alias), alias, entry.name)]


# ------------------------------------------------------------------ hostile input


def _cpu_ms(text: str, runs: int = 5) -> float:
    """The best CPU time of a few scans: other jobs share this machine."""
    find_mentions("warm up")
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        find_mentions(text)
        best = min(best, time.process_time() - start)
    return best * 1000


HOSTILE = {
    "capitalised words": " ".join(["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Zulu"] * 3000),
    "one long capitalised word": "A" * 100_000,
    "one long lower-case word": "d" * 100_000,
    "alias first words": "The New York " * 8000,
    "alias prefixes": "Associated Kompas.co Al-Jaz detik.co Reutersx " * 2200,
    "blank runs": ("The" + " " * 40 + "\n") * 2300,
    "apostrophes": "People’' " * 11000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_scanned_in_linear_time(name: str) -> None:
    # Growth, not a fixed budget: ten times the input may cost at most thirty times the
    # time (a shared machine makes absolute budgets flaky); the ceiling still fails a
    # matcher that backtracks by orders of magnitude.
    text = HOSTILE[name][:100_000]
    assert len(text) >= 90_000
    small, large = _cpu_ms(text[:10_000]), _cpu_ms(text)
    assert large < max(30 * small, 5.0)
    assert large < 500


def test_a_soup_of_alias_words_is_scanned_in_linear_time() -> None:
    # Every word here starts an alias and no context repeats, so each one costs a trie
    # walk: linear, but the slowest input there is; the budget leaves room for a busy
    # machine and still fails a quadratic matcher by orders of magnitude.
    words = ["The", "New", "York", "Times", "Associated", "Press", "Daily", "Al", "Radio", "China"]
    pick = random.Random(7).choice
    text = " ".join(pick(words) for _ in range(40_000))[:100_000]
    assert _cpu_ms(text) < 100


def _runs_ending(text, endings):
    """Brute force: whether a run of ``re`` word characters ends with one of ``endings``."""
    import re

    return any(run.endswith(endings) for run in re.findall(r"\w+", text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Washington Post said so.", True),
    ("The NYPost said so.", True),
    ("theSun and 1News, OutPost", True),
    ("Postal, posted, POST and Postman.", False),
    ("", False),
])
def test_ends_a_word(text, expected):
    endings = ("Post", "News")
    gazetteer.find_mentions(text)
    assert gazetteer.ends_a_word(text, endings) is expected is _runs_ending(text, endings)


def test_ends_a_word_is_unknown_for_another_text():
    text = "The Washington Post said so."
    gazetteer.find_mentions(text)
    assert gazetteer.ends_a_word("".join(list(text)), ("Post",)) is None
    assert gazetteer.ends_a_word(text, ("post",)) is None  # the scanner does not start there


def test_ends_a_word_matches_brute_force_on_random_text():
    import random

    pieces = ["Post", "News", "post", "NY", "TV", "the", "1", "9", "_", "é", "Č", "x", " ", ",",
              "-", "\n", "'", "’"]
    endings = ("Post", "News", "TV", "Times")
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        gazetteer.find_mentions(text)
        assert gazetteer.ends_a_word(text, endings) is _runs_ending(text, endings), text
