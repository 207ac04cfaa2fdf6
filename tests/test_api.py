from __future__ import annotations

import pytest

import articleparse
from articleparse import Article


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t  \n"])
def test_blank_input_gives_empty_record(blank):
    assert articleparse.parse(blank) == Article()


@pytest.mark.parametrize("wrong", [b"bytes", None, 42, ["text"]])
def test_non_str_raises_typed_error_saying_what_to_pass(wrong):
    with pytest.raises(articleparse.InputTypeError) as info:
        articleparse.parse(wrong)
    assert "str" in str(info.value)
    assert isinstance(info.value, TypeError)


def test_bytes_error_points_to_parse_bytes():
    with pytest.raises(articleparse.InputTypeError, match="parse_bytes"):
        articleparse.parse(b"x")


def test_unknown_language_lists_choices():
    with pytest.raises(articleparse.UnknownLanguageError, match="de, en, es, fr, id, ms"):
        articleparse.parse("Some text.", lang="xx")


def test_lang_overrides_detection():
    text = "Presiden mengatakan bahwa rapat itu tidak akan ditunda karena hujan."
    assert articleparse.parse(text).language == "id"
    assert articleparse.parse(text, lang="ms").language == "ms"


def test_oversize_truncates_and_flags():
    text = "Judul\n" + "kata " * 100
    article = articleparse.parse(text, max_chars=50)
    assert "truncated" in article.flags


def test_oversize_can_raise():
    with pytest.raises(articleparse.InputTooLargeError, match="on_oversize='truncate'"):
        articleparse.parse("x" * 100, max_chars=10, on_oversize="error")


def test_parse_bytes_reports_encoding():
    article = articleparse.parse_bytes("Judul\nIsi berita yang singkat.".encode("utf-8"))
    assert article.headline.text == "Judul"
    assert any(r.startswith("encoding:") for r in article.repairs)


def test_public_names():
    assert set(articleparse.__all__) >= {"parse", "parse_bytes", "Article", "ArticleparseError"}


def test_dateline_found_when_language_is_unknown():
    # A short tabular wire item has too few common words for language detection;
    # its dateline is still read.
    text = "ACME CORP <ACM> 4TH QTR NET\n    TULSA, Okla., March 3 - Shr 12 cts vs 10 cts\n    Net 1,200 vs 1,100\n"
    article = articleparse.parse(text)
    assert article.dateline.place == "TULSA, Okla."
    assert article.dateline.date.iso() == "--03-03"


def test_unsupported_language_warns_once_per_process():
    import warnings

    # Dutch: no language folder (German has one).
    dutch = "De raad van bestuur heeft de cijfers maandag gepresenteerd en de aandeelhouders geïnformeerd. " * 8
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(5):
            article = articleparse.parse(dutch)
    assert article.language is None
    relevant = [w for w in caught if issubclass(w.category, articleparse.UnsupportedLanguageWarning)]
    assert len(relevant) == 1
    assert "pass lang=" in str(relevant[0].message)


DUTCH = "De raad van bestuur heeft de cijfers maandag gepresenteerd en de aandeelhouders geïnformeerd. " * 8


def test_unsupported_language_is_flagged_on_the_record():
    # A batch keeps the record: the flag says why its quotes are empty.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", articleparse.UnsupportedLanguageWarning)
        assert "unsupported_language" in articleparse.parse(DUTCH).flags
        assert "unsupported_language" in articleparse.parse_bytes(DUTCH.encode()).flags
    english = "The council said on Monday that the bridge would stay closed for a year. " * 8
    assert "unsupported_language" not in articleparse.parse(english).flags


def test_unsupported_language_flag_needs_the_language_step():
    # Fields that need no language leave the language step out: nothing to flag.
    assert articleparse.parse(DUTCH, fields=["headline"]).flags == ()


@pytest.mark.parametrize("call", [
    lambda: articleparse.parse(DUTCH),
    lambda: articleparse.parse_bytes(DUTCH.encode()),
])
def test_unsupported_language_warning_names_the_callers_line(call):
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    relevant = [w for w in caught if issubclass(w.category, articleparse.UnsupportedLanguageWarning)]
    assert [w.filename for w in relevant] == [__file__]


def test_short_unknown_text_does_not_warn():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", articleparse.ArticleparseWarning)
        article = articleparse.parse("ACME CORP <ACM> 4TH QTR NET\n    Shr 12 cts vs 10 cts")
    assert "unsupported_language" not in article.flags
