from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse.extractors.body import assemble_body, clean_body
from articleparse.extractors.debris import find_debris
from articleparse.extractors.reading_time import extract_reading_time
from articleparse.languages import load
from articleparse.model import Removal, Span


@pytest.mark.parametrize(("text", "lang", "minutes"), [
    ("9/11/20231 min read", "en", 1), ("3 min read", "en", 3), ("2 menit baca", "id", 2),
    ("5 minute read", "en", 5), ("3 minit bacaan", "ms", 3),
])
def test_reading_time(text, lang, minutes):
    assert extract_reading_time(text, load(lang)).minutes == minutes


@pytest.mark.parametrize("text", ["20231 min read", "read 3 min", "in 2023 1 minute later"])
def test_no_reading_time(text):
    assert extract_reading_time(text, load("en")) is None


@pytest.mark.parametrize("lang", ["en", "id", "ms"])
def test_every_debris_line_and_prefix_is_found(lang):
    language = load(lang)
    for line in language.words("debris", "lines"):
        assert find_debris(f"Text.\n{line}\nMore.", language), line
        assert find_debris(f"Text.\n{line.upper()}\nMore.", language), line
    for prefix in language.words("debris", "prefixes"):
        assert find_debris(f"Text.\n{prefix}: Something else\nMore.", language), prefix


@pytest.mark.parametrize(("text", "lang"), [
    ("Baca juga buku itu sampai habis.", "id"),
    ("Read more carefully next time, she said.", "en"),
    ("The advertisement was banned.", "en"),
])
def test_sentences_that_start_like_debris_stay(text, lang):
    assert find_debris(text, load(lang)) == ()


def test_assemble_cuts_and_tidies():
    text = "Title\nBody one. Photo: AFP Body two.\nAdvertisement\n\n\nBody three."
    removals = [Removal(Span(0, 5), "t"), Removal(Span(16, 27), "p")]
    body = assemble_body(text, removals, load("en"))
    assert body.text == "Body one. Body two.\n\nBody three."


@given(st.lists(st.sampled_from(list("ab \n\t.(;)|") + ["Baca juga:", "Advertisement"]), max_size=60).map("".join))
def test_cleaning_is_idempotent(text):
    language = load("id")
    once = clean_body(text, language)
    assert clean_body(once, language) == once


def _clean_line_by_line(text, language):
    """``clean_body`` as it read a body before its lines were tidied in ``map`` passes:
    the reference the faster form must agree with."""
    from articleparse.extractors import body
    from articleparse.extractors.debris import debris_matcher

    matcher = debris_matcher(language) if language is not None else None
    out = []
    for raw in text.split("\n"):
        line = raw
        if "(" in line or "[" in line:
            while True:
                emptied = body._EMPTY_BRACKETS.sub("", line)
                if emptied == line:
                    break
                line = emptied
        if "  " in line or "\t" in line:
            line = body._SPACES.sub(" ", line)
        line = line.strip()
        if matcher is not None and matcher.rule(line):
            continue
        if not (line[:1].isalnum() or body._HAS_CONTENT.search(line) is not None):
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


_PIECES = list("ab \n\n\t.(;)[]|/,“”é1") + ["\u00a0", "\u3000", "Baca juga:", "Advertisement", "( )", "[ ; ]"]


@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join), st.sampled_from([None, "id", "en"]))
def test_cleaning_agrees_with_the_line_by_line_reading(text, lang):
    language = load(lang) if lang else None
    assert clean_body(text, language) == _clean_line_by_line(text, language)


@pytest.mark.parametrize("text", [
    "a" + "\n" * 100_000 + "b",
    "(" * 100_000,
    "( " * 50_000 + ")",
    "\n \n" * 30_000,
    "[\n" * 50_000,
])
def test_cleaning_hostile_bodies_is_fast(text):
    import time

    started = time.process_time()
    clean_body(text, load("id"))
    assert time.process_time() - started < 2.0


# ---- debris marks: a short line around a word such as "newsletter" ---------------------

@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_debris_mark_example_is_debris(lang):
    language = load(lang)
    assert language.words("debris", "marks")
    for example in language.concern("debris")["marks"]["examples"]:
        assert [r.rule for r in find_debris(f"Text.\n{example}\nMore.", language)] == [
            "debris.mark"
        ], example


@pytest.mark.parametrize("line", [
    # a sentence of the article: more than 20 words
    "The council said in its monthly newsletter that the flood wall would be finished "
    "before the autumn storms, and that the river path would open again in spring.",
    # no mark at all
    "Sign up for the walk on Sunday.",
    # look-alikes of the template's prompts in short paragraphs of news
    "The streaming service added 2.4 million subscribers in the quarter.",
    "The European Commission will publish its findings on Friday.",
    "She said the inquiry would hear the full story in the spring.",
    "Fans can subscribe to the channel for free, the club said.",
    "The scam emails landed in thousands of inboxes overnight.",
    # a privacy policy (the page's article) on how to unsubscribe
    "If at any time you wish to unsubscribe from our emails, write to us.",
])
def test_lines_without_a_short_mark_stay(line):
    assert find_debris(f"Text.\n{line}\nMore.", load("en")) == ()


@pytest.mark.parametrize("line", [
    "Warga menonton video itu berulang kali di ponsel mereka.",
    "Simak juga penjelasan lengkap polisi dalam konferensi pers pada Senin (3/2).",
    "Polisi juga menyita video rekaman kamera pengawas dari lokasi.",
])
def test_indonesian_lines_like_a_video_teaser_stay(line):
    assert find_debris(f"Teks.\n{line}\nLagi.", load("id")) == ()


@pytest.mark.xfail(strict=True, reason="a short sentence of the article naming a newsletter is "
                   "taken for a sign-up prompt")
def test_a_short_sentence_about_a_newsletter_stays():
    assert find_debris("Text.\nThe newsletter was sent to 4,000 readers.\nMore.", load("en")) == ()
