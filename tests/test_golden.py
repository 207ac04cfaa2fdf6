"""The bundled seed article against its expected record, field by field."""

from __future__ import annotations

import pytest

import articleparse


@pytest.fixture(scope="module")
def seed(seed_text):
    return articleparse.parse(seed_text)


def test_headline(seed, seed_gold, seed_text):
    assert seed.headline.text == seed_gold["headline"]
    assert seed.headline.span.slice(seed_text) == seed_gold["headline"]


def test_published(seed, seed_gold):
    assert seed.published.date.isoformat() == seed_gold["published"]


def test_no_dateline(seed, seed_gold):
    assert seed_gold["dateline"] is None
    assert seed.dateline is None


def test_language(seed, seed_gold):
    assert seed.language == seed_gold["language"]


def test_authors_and_editors(seed, seed_gold):
    assert [p.name for p in seed.authors] == seed_gold["authors"]
    assert [p.name for p in seed.editors] == seed_gold["editors"]


def test_photo_credits(seed, seed_gold):
    assert [c.source for c in seed.photo_credits] == seed_gold["photo_credits"]


def test_reading_time(seed, seed_gold):
    assert seed.reading_time_minutes == seed_gold["reading_time_minutes"]


def test_quotes(seed, seed_gold):
    got = [(q.text, q.speaker.name if q.speaker else None) for q in seed.quotes]
    want = [(q["text"], q["speaker"]) for q in seed_gold["quotes"]]
    assert got == want


def test_outlets(seed, seed_gold):
    assert sorted(o.name for o in seed.outlets) == seed_gold["outlets"]


def test_outlet_roles(seed):
    roles = {o.name: {m.role for m in o.mentions} for o in seed.outlets}
    assert roles["Sputnik"] == {"photo"}
    assert "cited" in roles["Reuters"]
    assert "cited" in roles["YTN"]


@pytest.mark.parametrize("snippet", ["Sumber Foto", "Nama Penulis", "Nama Penyunting", "min read",
                                     "My post content", "adnan kasmas abysaama"])
def test_body_excludes(seed, snippet):
    assert snippet not in seed.body.text


def test_body_ends(seed, seed_gold):
    assert seed.body.text.startswith(seed_gold["body_starts_with"])
    assert seed.body.text.endswith(seed_gold["body_ends_with"])


def test_every_span_slices_back(seed, seed_text):
    for person in seed.authors + seed.editors:
        assert person.span.slice(seed_text) == person.name
    for credit in seed.photo_credits:
        assert credit.span.slice(seed_text) == credit.source
    for quote in seed.quotes:
        assert quote.text in quote.span.slice(seed_text)


def test_round_trip(seed):
    assert articleparse.Article.from_dict(seed.to_dict()) == seed
