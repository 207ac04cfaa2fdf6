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


# ---- body helper (session 11): date furniture, teasers, editor codes, reading time -----


def _body_of(text, removals, lang):
    return assemble_body(text, removals, load(lang) if lang else None).text


def _date_removal(text, date):
    start = text.index(date)
    return Removal(Span(start, start + len(date)), "published.date_line")


@pytest.mark.parametrize(("text", "date", "lang", "kept"), [
    # the label alone once the date is cut
    ("Published 5:12 PM EDT, March 14, 2024\nHOUSTON (AP) — Storm.", "5:12 PM EDT, March 14, 2024", "en",
     "HOUSTON (AP) — Storm."),
    # weekday and time zone around the cut date
    ("Senin, 04 Mar 2024 16:20 WIB\nJakarta - Rupiah melemah.", "04 Mar 2024 16:20", "id",
     "Jakarta - Rupiah melemah."),
    # an offset and a relative update after it
    ("March 18, 2024 10:41 AM GMT+7 Updated 2 hours ago\nLONDON - Oil rose.",
     "March 18, 2024 10:41 AM GMT", "en", "LONDON - Oil rose."),
    # an update line under the published line
    ("Oleh Ani pada 12 Mar 2024, 14:05 WIB\nDiperbarui 12 Mar 2024, 15:10 WIB\nJakarta - Isi.",
     "12 Mar 2024, 14:05 WIB", "id", "Oleh Ani pada\n\nJakarta - Isi."),
    ("Last updated: 19 March 2024\nPublished: 18 March 2024\nThe council met.", "18 March 2024", "en",
     "The council met."),
    # the language unknown: every language's furniture
    ("Kamis, 8 Feb 2024 10:15 WIB\nIsi berita.", "8 Feb 2024 10:15", None, "Isi berita."),
])
def test_date_furniture_goes_with_its_date(text, date, lang, kept):
    assert _body_of(text, [_date_removal(text, date)], lang) == kept


@pytest.mark.parametrize(("text", "date", "lang", "kept"), [
    # words of the article beside the date stay
    ("March 18, 2024 Police said 7 people were hurt.\nMore.", "March 18, 2024", "en",
     "Police said 7 people were hurt.\nMore."),
    ("By Jane Roe | March 18, 2024\nText.", "March 18, 2024", "en", "By Jane Roe |\nText."),
    # an update line that is a sentence stays, and so does one far from the date
    ("Published March 18, 2024\nUpdated figures came on Monday, 19 March.\nText.", "March 18, 2024", "en",
     "Updated figures came on Monday, 19 March.\nText."),
    ("March 18, 2024\nText one.\nUpdated March 19, 2024\nText two.", "March 18, 2024", "en",
     "Text one.\nUpdated March 19, 2024\nText two."),
])
def test_article_words_beside_a_date_stay(text, date, lang, kept):
    assert _body_of(text, [_date_removal(text, date)], lang) == kept


def test_date_furniture_needs_a_removed_date_line():
    text = "Published\nSenin, WIB\nText."
    assert _body_of(text, [Removal(Span(0, 9), "debris.line")], "en") == "Senin, WIB\nText."


@pytest.mark.parametrize(("line", "lang", "rule"), [
    ('Simak Video "Waspada DBD di Musim Hujan"', "id", "debris.opener"),
    ("Lihat juga Video: Warga Antre Beras Murah di Pasar", "id", "debris.opener"),
    ("Tonton juga \"Banjir Rendam Jalan Tol\" di sini:", "id", "debris.opener"),
    ("[Gambas:Video 20detik]", "id", "debris.prefix"),
    ("(kna/up)", "id", "debris.editor_codes"),
    ("(ldy/agt)", "id", "debris.editor_codes"),
    ("(red/rdn/gil)", "en", "debris.editor_codes"),
    ("COPYRIGHT © ANTARA 2024", "id", "debris.copyright"),
    ("Hak Cipta 2024 Contoh Media. Seluruh hak dilindungi.", "id", "debris.copyright"),
    ("© 2024 Example Media Ltd. All rights reserved.", "en", "debris.copyright"),
    ("Watch the video: Storm hits the coast", "en", "debris.opener"),
])
def test_site_debris_lines(line, lang, rule):
    assert [r.rule for r in find_debris(f"Text.\n{line}\nMore text here.", load(lang))] == [rule]


@pytest.mark.parametrize(("line", "lang"), [
    ("Lihat video yang beredar itu, polisi langsung bergerak ke lokasi.", "id"),
    ("Tonton juga dibuka untuk umum mulai pekan depan.", "id"),
    ("(AS/RI)", "id"),  # capitals: abbreviations, not an editor's initials
    ("(dalam/luar negeri)", "id"),
    ("Copyright lawyers say the case could take years to settle in the courts of three countries.", "en"),
    ("© Example Photo Agency", "en"),  # a credit with no year
])
def test_lines_like_site_debris_stay(line, lang):
    assert find_debris(f"Text.\n{line}\nMore text here.", load(lang)) == ()


@pytest.mark.xfail(strict=True, reason="two lower-case words in brackets with a slash read as an "
                   "editor's initials")
def test_a_bracketed_pair_of_short_words_stays():
    assert find_debris("Teks.\n(pro/anti)\nLagi.", load("id")) == ()


@pytest.mark.parametrize(("text", "lang", "kept"), [
    # a bare "Baca Juga" and the teaser's title under it
    ("Menurut Agus, pelaku beraksi malam hari.\nBaca Juga\nHarga Emas Naik Lagi\nPolisi masih memburu "
     "pelaku lain yang kabur ke arah Bekasi.", "id",
     "Menurut Agus, pelaku beraksi malam hari.\n\nPolisi masih memburu pelaku lain yang kabur ke arah Bekasi."),
    ("Text one.\n\nREAD MORE\n\nHow to prepare for storms\n\nText two.", "en", "Text one.\n\nText two."),
    # a paragraph under a bare prefix is no teaser: a sentence stays
    ("Text one.\nRead more\nThe council will meet again in May to set the budget.\nEnd.", "en",
     "Text one.\n\nThe council will meet again in May to set the budget.\nEnd."),
    # a link glued to the end of a paragraph
    ("“We are working as fast as we can,” said Mayor Tom Lee. Read more: How to prepare for storms\nEnd.",
     "en", "“We are working as fast as we can,” said Mayor Tom Lee.\nEnd."),
    ("Harga naik lagi. Baca juga: Harga Cabai Tembus Rp 100 Ribu\nAkhir.", "id",
     "Harga naik lagi.\nAkhir."),
    # not after a sentence's end: the words stay
    ("Fans can read more: the club's statement runs to ten pages\nEnd.", "en",
     "Fans can read more: the club's statement runs to ten pages\nEnd."),
])
def test_teaser_links(text, lang, kept):
    language = load(lang)
    assert assemble_body(text, find_debris(text, language), language).text == kept


@pytest.mark.parametrize(("text", "lang", "minutes"), [
    ("waktu baca 2 menit", "id", 2), ("Lama baca: 3 menit", "id", 3), ("Reading time: 4 minutes", "en", 4),
    ("Read time 3 min", "en", 3), ("4-minute read", "en", 4), ("Estimated reading time: 12 mins", "en", 12),
    ("3 min read · Reading time: 9 minutes", "en", 3), ("Reading time: 9 minutes · 3 min read", "en", 9),
])
def test_reading_time_label_first(text, lang, minutes):
    assert extract_reading_time(text, load(lang)).minutes == minutes


@pytest.mark.parametrize(("text", "lang"), [
    ("Reading time: 0 minutes", "en"), ("Reading time: 400 minutes", "en"),
    ("The reading time was 4 minutes", "en"), ("waktu baca 2 jam", "id"),
    ("Reading time: 4 hours", "en"),
])
def test_no_reading_time_label_first(text, lang):
    assert extract_reading_time(text, load(lang)) is None


def _headline_removal(text):
    end = text.index("\n")
    return Removal(Span(0, end), "headline.title_line")


@pytest.mark.parametrize(("text", "date", "kept"), [
    ("Rupiah Melemah\nCNN Indonesia\nSenin, 04 Mar 2024 16:20 WIB\nJakarta - Isi.", "04 Mar 2024 16:20",
     "Jakarta - Isi."),
    ("Harga Cabai Naik\nkumparanBISNIS\n\n18 Maret 2024 11:40 WIB\nHarga cabai naik.", "18 Maret 2024 11:40 WIB",
     "Harga cabai naik."),
    ("Kasus DBD Naik\nSiti Fatimah - detikHealth\nRabu, 06 Mar 2024 09:30 WIB\nJakarta - Isi.",
     "06 Mar 2024 09:30 WIB", "Jakarta - Isi."),
])
def test_a_short_line_between_heading_and_date_is_furniture(text, date, kept):
    removals = [_headline_removal(text), _date_removal(text, date)]
    assert _body_of(text, removals, "id").strip() == kept


@pytest.mark.parametrize(("text", "date", "kept"), [
    # a deck: a sentence
    ("Oil Rises\nPrices climbed for a third day as supply worries grew.\nMarch 18, 2024\nText.",
     "March 18, 2024", "Prices climbed for a third day as supply worries grew.\n\nText."),
    # two lines between them: no telling which is what
    ("Oil Rises\nMarkets\nEnergy\nMarch 18, 2024\nText.", "March 18, 2024", "Markets\nEnergy\n\nText."),
    # the line above is no heading that was cut
    ("Oil Rises\nMarkets\nMarch 18, 2024\nText.", "March 18, 2024", "Oil Rises\nMarkets\n\nText."),
])
def test_lines_near_heading_and_date_that_stay(text, date, kept):
    removals = [_date_removal(text, date)]
    if not text.startswith("Oil Rises\nMarkets\nMarch"):
        removals.append(_headline_removal(text))
    assert _body_of(text, removals, "en").strip() == kept


@pytest.mark.parametrize(("text", "kept"), [
    ('"Begitu saja," kata Anies. (aik/dkp)\nAkhir.', '"Begitu saja," kata Anies.\nAkhir.'),
    ("Warga diminta waspada. (kna/up)", "Warga diminta waspada."),
    # not after a sentence's end, or capitals: the words stay
    ("Harga beras (medium/premium)\nAkhir.", "Harga beras (medium/premium)\nAkhir."),
    ("Dua partai menolak. (PDIP/PKS)", "Dua partai menolak. (PDIP/PKS)"),
])
def test_editor_codes_glued_to_the_last_paragraph(text, kept):
    language = load("id")
    assert assemble_body(text, find_debris(text, language), language).text == kept


# ---- session 11, round 2: a byline's outlet, job and e-mail address on the lines under it ----

def test_the_email_pattern_is_linear_on_hostile_input():
    from test_pattern_safety import HOSTILE, too_slow

    from articleparse.extractors.body import _EMAIL

    hostile = dict(HOSTILE)
    hostile["dotted"] = "a@" + "b." * 50_000
    hostile["ats"] = "a@" * 50_000
    for name, text in hostile.items():
        assert not too_slow({"email": _EMAIL}, text), name


def _byline_removal(text, byline):
    start = text.index(byline)
    return Removal(Span(start, start + len(byline)), "credits.line_start")


@pytest.mark.parametrize(("text", "byline", "kept"), [
    ("By Tom Walker\nExample News, Yorkshire\nA man was charged.", "By Tom Walker", "A man was charged."),
    ("By Karen Miller\nStaff Writer\nThe council voted.", "By Karen Miller", "The council voted."),
    ("By Ana Ruiz\nThe Example Post\n\nRents rose again.", "By Ana Ruiz", "Rents rose again."),
    # the writer's e-mail address, alone or after the job
    ("By Karen Miller, Staff Writer\nkmiller@example-gazette.com\nThe council voted.",
     "By Karen Miller, Staff Writer", "The council voted."),
    ("By Karen Miller\nStaff Writer\n(k.miller+news@mail.example.co.uk)\nThe council voted.",
     "By Karen Miller", "The council voted."),
])
def test_a_short_line_under_a_byline_is_its_furniture(text, byline, kept):
    assert _body_of(text, [_byline_removal(text, byline)], "en").strip() == kept


@pytest.mark.parametrize(("text", "byline", "kept"), [
    # a dateline alone on its line: capitals, or a dash
    ("By Tom Walker\nWASHINGTON\nThe president spoke.", "By Tom Walker", "WASHINGTON\nThe president spoke."),
    ("By Tom Walker\nWashington CNN —\nThe president spoke.", "By Tom Walker",
     "Washington CNN —\nThe president spoke."),
    # a short paragraph: a sentence, or a word in lower case
    ("By Tom Walker\nIt Was Over.\nThe match ended.", "By Tom Walker", "It Was Over.\nThe match ended."),
    ("By Tom Walker\nHousing correspondent\nRents rose.", "By Tom Walker", "Housing correspondent\nRents rose."),
    # five words or more: a heading of the story
    ("By Tom Walker\nThe Night The Lights Failed\nIt was dark.", "By Tom Walker",
     "The Night The Lights Failed\nIt was dark."),
    # an address in a sentence, a handle, a host without a domain
    ("By Tom Walker\nWrite to tips@example.com\nText.", "By Tom Walker", "Write to tips@example.com\nText."),
    ("By Tom Walker\n@tomwalker\nText.", "By Tom Walker", "@tomwalker\nText."),
    ("By Tom Walker\ntom@localhost\nText.", "By Tom Walker", "tom@localhost\nText."),
    # a third short line: the byline's furniture is two lines at most
    ("By Tom Walker\nExample News\nStaff Writer\nMarkets\nText.", "By Tom Walker", "Markets\nText."),
])
def test_lines_under_a_byline_that_stay(text, byline, kept):
    assert _body_of(text, [_byline_removal(text, byline)], "en").strip() == kept


def test_only_a_byline_taken_out_whole_has_furniture_under_it():
    text = "Told by Tom Walker's mother\nExample News\nText."
    start = text.index("by Tom")
    removal = Removal(Span(start, start + len("by Tom Walker")), "credits.by")
    assert "Example News" in _body_of(text, [removal], "en")
