"""Properties of the whole parse, over arbitrary and article-like text."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import articleparse
from articleparse.model import Span

PIECES = [
    "Judul berita\n", "TITLE LINE\n", "By Jane Doe\n", "Penulis: Budi Santoso", " Editor: Rina Wati",
    "Sumber Foto: Kabarku ", "Photo: AFP ", "“", "”", '"', "'", "‘", "’", "«", "»", " ujar Budi.",
    ", katanya.", " said Jane Doe.", " menurut Reuters,", " according to YTN,", "Senin (11/9)",
    "9/11/20231 min read", "11 September 2023", "Sept 11, 2023", "JAKARTA, KOMPAS.com - ",
    "SEOUL, Sept 11 (Reuters) - ", "Baca juga: Lain\n", "My post content\n", "\n", "\n\n", " ",
    "Kim Jong Un", "Presiden", "kantor berita Interfax", ".", ",", "(", ")", "|", "-", "—",
]

article_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def spans_of(value: object):
    if isinstance(value, Span):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from spans_of(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from spans_of(getattr(value, field.name))


settings.register_profile("ci", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("ci")


@given(st.text(max_size=400))
def test_never_raises_and_spans_are_in_bounds(text):
    article = articleparse.parse(text)
    for span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(text)


#: Quote marks and spaces: a quote of several paragraphs drops the mark that re-opens
#: each paragraph from its text (``« ... \n« ... »``), and nothing else.
_MARKS_AND_SPACES = str.maketrans("", "", "\"'“”‘’«»„‚‹›` \n\t\r")


def _squeezed(s: str) -> str:
    return s.translate(_MARKS_AND_SPACES)


@given(article_like)
@example("« said Jane Doe. said Jane Doe.Judul berita\n“Kim Jong Un“ said Jane Doe.")
def test_values_slice_back_from_their_spans(text):
    article = articleparse.parse(text)
    for person in article.authors + article.editors:
        assert person.span.slice(text) == person.name
    for credit in article.photo_credits:
        assert credit.span.slice(text) == credit.source
    if article.headline:
        assert " ".join(article.headline.span.slice(text).split()) == article.headline.text
    for quote in article.quotes:
        if quote.rule == "quote.multi_paragraph":
            assert _squeezed(quote.text) in _squeezed(quote.span.slice(text))
        else:
            assert quote.text in quote.span.slice(text) or len(quote.pieces) > 1


@given(article_like)
def test_json_round_trip(text):
    article = articleparse.parse(text)
    assert articleparse.Article.from_dict(article.to_dict()) == article


@given(article_like)
def test_deterministic(text):
    assert articleparse.parse(text) == articleparse.parse(text)


@given(article_like)
def test_body_cleaning_is_idempotent(text):
    from articleparse.extractors.body import clean_body
    from articleparse.languages import load

    body = articleparse.parse(text, lang="id").body.text
    assert clean_body(body, load("id")) == body
