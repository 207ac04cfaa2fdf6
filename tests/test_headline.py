"""Headline rules: a table of layouts written in the style of real pages."""

from __future__ import annotations

import pytest

from articleparse.extractors.headline import extract_headline

#: The menus at the top of a crawled web page.
MENU = "".join(f"{item}\n" for item in
               ["Home", "News", "Sport", "Business", "Culture", "Travel", "Shop", "Jobs", "Login", "Search", "Archive"])

CASES = [
    # (text, expected headline, expected rule)
    ("Harga beras naik lagi\n\nHarga beras di pasar naik.", "Harga beras naik lagi", "headline.first_line"),
    ("Banjir di Jakarta | Kompas.com\nHujan deras.", "Banjir di Jakarta", "headline.site_suffix"),
    ("Why the parser broke – Jane's blog\nIt broke. Jane's blog has more.", "Why the parser broke", "headline.site_suffix"),
    ("Rates: what next | Business | Daily Planet\nText.", "Rates: what next", "headline.site_suffix"),
    ("OIL PRICES FALL AS OPEC TALKS\nSTALL IN VIENNA\n    VIENNA, March 3 - Oil fell.", "OIL PRICES FALL AS OPEC TALKS STALL IN VIENNA", "headline.wrapped_caps"),
    ("Senator urges calm;\nPanel member says more hearings needed\n\nWASHINGTON (AP) — Text.",
     "Senator urges calm; Panel member says more hearings needed", "headline.subtitle"),
    ("Bank cuts rates again, sources say | News site\n" + MENU + "Bank cuts rates again, sources said\nText of the story.",
     "Bank cuts rates again, sources said", "headline.page_heading"),
    # Web pages: the article's heading is a part of the title line.
    ("Muffin basics : Muffin Recipes\n" + MENU + "Muffin basics\nMix the flour.", "Muffin basics", "headline.page_heading"),
    # Both ends short: the end the page prints again on a line of its own is the site.
    ("Slow cooking - Anna Berg\n" + MENU + "Text about stews and soups.\nAnna Berg\n",
     "Slow cooking", "headline.site_suffix"),
    # A one-word heading that is a whole part of the title line.
    ("Zeitgeist – Anna Berg\n" + MENU + "Zeitgeist\nText.\nAnna Berg\n", "Zeitgeist", "headline.site_part"),
    # A web page without its heading further down: the short end part is the site.
    ("Tips for pruning roses - Garden Corner\n" + MENU + "Text about roses.", "Tips for pruning roses", "headline.site_part"),
    ("   \n\nTitle after blank lines\nBody.", "Title after blank lines", "headline.first_line"),
]


@pytest.mark.parametrize(("text", "headline", "rule"), CASES)
def test_headline_table(text, headline, rule):
    result = extract_headline(text)
    assert result.headline is not None
    assert result.headline.text == headline
    assert result.headline.rule == rule


LOOK_ALIKES = [
    # News headlines name their speaker after a dash; the speaker is no site name,
    # even when the body names them again.
    ("Choose hope over fear - Kennedy\n\nThe leader told the party that hope would win. Kennedy said so.",
     "Choose hope over fear - Kennedy"),
    # An article (no menus) whose body repeats part of the title keeps its title.
    ("The Rise of a New Party\n\nA New Party.\nIt rose quickly.", "The Rise of a New Party"),
    # A dash inside a real title with a long right-hand side is not a site suffix.
    ("Trump - the interview that changed the race for the White House\nBody.",
     "Trump - the interview that changed the race for the White House"),
    # A short right-hand side that appears nowhere else is kept.
    ("Rates rise - again\nThe bank raised rates.", "Rates rise - again"),
]


@pytest.mark.parametrize(("text", "headline"), LOOK_ALIKES)
def test_headline_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_no_headline_when_first_line_is_body():
    body = " ".join(["Kalimat panjang tentang berita hari ini yang tidak punya judul sama sekali."] * 8)
    assert extract_headline(body).headline is None


def test_empty_text_has_no_headline():
    assert extract_headline("").headline is None


def test_repeated_headline_is_marked_for_removal():
    text = "Kim visits Russia\nKim visits Russia Photo: AFP Kim arrived on Monday."
    result = extract_headline(text)
    repeated = [r for r in result.removals if r.rule == "headline.repeated"]
    assert len(repeated) == 1
    assert text[repeated[0].span.start : repeated[0].span.end] == "Kim visits Russia"


def test_span_slices_back_to_text():
    text = "Judul berita\nIsi."
    headline = extract_headline(text).headline
    assert text[headline.span.start : headline.span.end] == headline.text


DATE_PART_CASES = [
    # A date printed as a part of the title is neither the heading nor a part of it.
    ("12.03.2024 - Council backs tram line\nThe council voted.", "Council backs tram line", "headline.date_part"),
    ("Council backs tram line | News | 2024-03-12\nThe council voted.", "Council backs tram line",
     "headline.site_suffix"),
    # A page heading printed with its date part: the heading without it.
    ("12.03.2024 | Council backs tram line: City Herald\n" + MENU
     + "12.03.2024 | Council backs tram line\nThe council voted.", "Council backs tram line",
     "headline.page_heading"),
    # Two parts as long in words: the longer one is the title's main part, and the
    # line repeating it is the heading (the shorter part is a kicker).
    ("Recipe of the week | Leek and lentil soup - COOK.DE\n" + MENU
     + "Leek and lentil soup\nRecipes\nRecipe of the week\nText about soup.", "Leek and lentil soup",
     "headline.page_heading"),
]


@pytest.mark.parametrize(("text", "headline", "rule"), DATE_PART_CASES)
def test_date_part_table(text, headline, rule):
    result = extract_headline(text).headline
    assert result is not None
    assert (result.text, result.rule) == (headline, rule)


DATE_PART_LOOK_ALIKES = [
    # A range of dates is the title's own words.
    ("Weekly report 14. - 20. March 2024\nText.", "Weekly report 14. - 20. March 2024"),
    # A part with a date and words is no date part.
    ("Council backs tram line - Vote of 12.03.2024\nText.", "Council backs tram line - Vote of 12.03.2024"),
]


@pytest.mark.parametrize(("text", "headline"), DATE_PART_LOOK_ALIKES)
def test_date_part_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_one_word_heading_shorter_than_site_name():
    text = "Hope! - better living\n" + MENU + "Hope!\nText."
    assert extract_headline(text).headline.text == "Hope!"


@pytest.mark.xfail(strict=True, reason="a site name that opens the title and is printed again as a logo line is taken for the heading")
def test_site_name_first_and_printed_again():
    text = "Anna Berg - Slow cooking\n" + MENU + "Text about stews and soups.\nAnna Berg\n"
    assert extract_headline(text).headline.text == "Slow cooking"


def test_heading_at_the_end_of_the_title_printed_again():
    text = "ACME - Press releases - New map shows radon risk\n" + MENU + "New map shows radon risk\nText."
    assert extract_headline(text).headline.text == "New map shows radon risk"


#: The title's main part printed again with another site's name after a pipe (a box
#: to share the article): not the heading written longer.
OTHER_SITE_CASES = [
    ("Why we stop listening to friends | Mind Notes\n" + MENU
     + "Share on\nWhy we stop listening to friends | Reader Club\nWhy we stop listening to friends\n"
     "Text about listening.", "Why we stop listening to friends"),
    ("Mengapa kita berhenti mendengarkan | Catatan Jiwa\n" + MENU
     + "Bagikan\nMengapa kita berhenti mendengarkan | Klub Pembaca\nTeks tentang mendengarkan.",
     "Mengapa kita berhenti mendengarkan"),
    # Written longer after a dash: the heading in full.
    ("Why we stop listening to friends | Mind Notes\n" + MENU
     + "Why we stop listening to friends - and how to start again\nText about listening.",
     "Why we stop listening to friends - and how to start again"),
]


@pytest.mark.parametrize(("text", "headline"), OTHER_SITE_CASES)
def test_main_part_with_another_site(text, headline):
    assert extract_headline(text).headline.text == headline


#: A site's logo line right under the title line, before its menus.
LOGO_CASES = [
    # The shorter part is the heading when the longer one is the logo printed on top.
    ("Seed swaps - Notes from a small allotment\nNotes from a small allotment\n" + MENU
     + "Seed swaps\nPosted on 3 May by Tom\nText.", "Seed swaps"),
    # The logo in the middle of three parts: the parts before it are the heading.
    ("Harbour walk, Kiel - Northern Trails - Guided tours and maps\nNorthern Trails\n" + MENU
     + "Harbour walk, Kiel\nText.", "Harbour walk, Kiel"),
    # The logo part first.
    ("blog.example.org » Winter pruning\nblog.example.org\n" + MENU + "Winter pruning\nText.",
     "Winter pruning"),
]


@pytest.mark.parametrize(("text", "headline"), LOGO_CASES)
def test_site_logo_on_top(text, headline):
    result = extract_headline(text).headline
    assert result is not None
    assert result.text == headline


LOGO_LOOK_ALIKES = [
    # The heading itself on one of the first lines (a page with few menus): the other
    # part is not printed as a heading, so the title keeps its usual reading.
    ("Council backs new tram line - City Herald\nNews\nCouncil backs new tram line\n" + MENU
     + "Text about the tram.", "Council backs new tram line"),
    # The logo on top, but the other part never stands alone: the usual reading.
    ("Winter pruning | Garden notes\nGarden notes\n" + MENU + "How to prune in winter\nText.",
     "Winter pruning"),
]


@pytest.mark.parametrize(("text", "headline"), LOGO_LOOK_ALIKES)
def test_site_logo_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


#: A long article under the heading, so that the page has an article core.
ARTICLE = "".join(
    f"Paragraph {i} of the story tells the reader what happened in the town hall on that evening, "
    "who spoke, what the council decided and what comes next for the people who live there.\n"
    for i in range(8)
)

DATED_CASES = [
    # The page title says it for search engines; the heading above the byline and the
    # date says it differently: the heading wins.
    ("Town hall vote: council backs tram line | City Herald\n" + MENU
     + "Council says yes to the tram line after a long night in the town hall\nBy Jane Doe\n"
     "12.03.2024, 18:30\n" + ARTICLE,
     "Council says yes to the tram line after a long night in the town hall"),
    # A date in words with the year, and a teaser under the heading.
    ("Tram line approved - City Herald\n" + MENU
     + "Tram line finally approved by the council\nThe vote ends a ten-year fight.\nMarch 12, 2024\n"
     + ARTICLE, "Tram line finally approved by the council"),
    # The title printed as a kicker of a few words over the heading and its date.
    ("Pension savings | Money Guide\n" + MENU
     + "Pension savings\nLet your employer help you save for later\nAnna Berg\n05.02.2020\n" + ARTICLE,
     "Let your employer help you save for later"),
    # A one-word title says nothing of the article: the dated heading needs no shared word.
    ("blog | Open Streets Now\n" + MENU
     + "Dear neighbours of the old town\nPosted on 13 January 2014 by Sam\n" + ARTICLE,
     "Dear neighbours of the old town"),
    # No date, but right above the article and made of the title's words.
    ("What are leadership styles? Definition and meaning - Business Words\n" + MENU
     + "Business WordsBusinessLeadership styles\nLeadership styles in practice\n" + ARTICLE,
     "Leadership styles in practice"),
    # The date printed over the heading, the author under it.
    ("Old mill | River Notes\n" + MENU
     + "Posted on 5 April 2017\nThe old mill on the river turns again\nby the editors\n" + ARTICLE,
     "The old mill on the river turns again"),
    # A heading that reads like a sentence opens the article core; its date is over it.
    ("Tram line: the vote in the town hall | City Herald\n" + MENU
     + "Transport\n11/01/2021\nTram line: what does the vote in the town hall mean for the old market?\n"
     + ARTICLE, "Tram line: what does the vote in the town hall mean for the old market?"),
    # The date opens a line of categories set apart by slashes: the slashes are no
    # words, the line is a short date line.
    ("Desert power: the biggest solar plant of its kind - Sun Portal\n" + MENU
     + "Biggest solar plant in the world now runs in Dubai\n"
     "01.12.2022 / / Heat / World / Panels / Storage / Top News / Markets\nPhoto: the builder\n" + ARTICLE,
     "Biggest solar plant in the world now runs in Dubai"),
    # The published and updated dates printed glued (the year runs into the next day).
    ("Meat, milk and eggs: how much land they take • Green Notes\n" + MENU
     + "How much land meat takes – and why we would need a quarter of the fields\nby Chris Miller\n"
     "Blog, Food, Climate\n21. January 202221. January 2022\n" + ARTICLE,
     "How much land meat takes – and why we would need a quarter of the fields"),
]


@pytest.mark.parametrize(("text", "headline"), DATED_CASES)
def test_dated_heading(text, headline):
    result = extract_headline(text).headline
    assert result is not None
    assert (result.text, result.rule) == (headline, "headline.dated_heading")


def test_section_in_menu_is_no_heading():
    # A short title part (a section's name) printed among the menus, and opening a
    # sentence of the article, is not the article's heading: the heading sharing most
    # of the title's words is (found as the page heading, the menu item set aside).
    text = ("CITY HALL - Council backs tram line vote after a long night | City Herald\n" + MENU
            + "CITY HALL\n" + MENU + "Council backs tram line vote after long night\nBy Jane Doe\n"
            "12.03.2024 18:30\n"
            "City hall was full on Monday as the council voted for the tram line through the market.\n"
            + ARTICLE)
    result = extract_headline(text).headline
    assert result.text == "Council backs tram line vote after long night"


DATED_LOOK_ALIKES = [
    # The title is printed as the heading: it stays, the teaser under it is no heading.
    ("Council backs tram line | City Herald\n" + MENU
     + "Council backs tram line\nA long night in the town hall ends with a tram line vote\n"
     "12.03.2024\n" + ARTICLE, "Council backs tram line"),
    # A related-links list above the article: a dated item sharing one word is no heading.
    ("How to grow a lemon tree from seed | Step-by-step guide\n" + MENU
     + "Recent posts\nMarch 2, 2024\nFig plant care: a complete guide\nRead more\nMarch 1, 2024\n"
     + ARTICLE, "How to grow a lemon tree from seed"),
    # The title printed as the heading, a teaser and the date under it: the title stays.
    ("Council backs the new tram line | City Herald\n" + MENU
     + "Council backs the new tram line\nThe vote ends a ten-year fight over the route\n"
     "12.03.2024\n" + ARTICLE, "Council backs the new tram line"),
    # No date under the line: no heading of this kind (the title is printed in a list
    # of links further down, so the page does show it).
    ("Town hall vote: council backs tram line | City Herald\n" + MENU
     + "Council says yes to the tram line after a long night in the town hall\nBy Jane Doe\n"
     + ARTICLE + "Most read\nTown hall vote: council backs tram line\nNew bridge opens\n",
     "Town hall vote: council backs tram line"),
    # Right above the article, but sharing few of the title's words: a caption.
    ("Town hall vote: council backs tram line | City Herald\n" + MENU
     + "The town hall of the city seen from the market square at night\n" + ARTICLE
     + "Most read\nTown hall vote: council backs tram line\nNew bridge opens\n",
     "Town hall vote: council backs tram line"),
    # A date under the heading beats a date over a caption closer to the article.
    ("Council backs tram line | City Herald\n" + MENU
     + "Council says yes to the tram line\n12.03.2024\nPhoto: the tram line at night near the market square\n"
     + ARTICLE, "Council says yes to the tram line"),
    # A trail of links with the date under it is no heading.
    ("Lemon cake from the tray | Baking Corner\n" + MENU
     + "Home » Recipes » Cakes » Lemon cake from the tray\n12.03.2024\n" + ARTICLE,
     "Lemon cake from the tray"),
    # No menus (an agency's article): the first line stays.
    ("Council backs tram line\nCouncil says yes to the tram line\n12.03.2024\n" + ARTICLE,
     "Council backs tram line"),
    # The title printed nowhere, but the line above the article is a trail of links.
    ("Lemon cake: an easy recipe | Baking Corner\n" + MENU
     + "Home » Recipes » Cakes\n" + ARTICLE, "Lemon cake: an easy recipe"),
    # The title printed nowhere, but the line above the article is a date.
    ("Lemon cake: an easy recipe | Baking Corner\n" + MENU
     + "12 March 2024\n" + ARTICLE, "Lemon cake: an easy recipe"),
    # Figures after a number and a word are no date unless the year runs into a date
    # or a time: an address is no date line.
    ("Meat, milk and eggs: how much land they take • Green Notes\n" + MENU
     + "How much land meat takes – and why we would need a quarter of the fields\n"
     "Green Notes, Suite 12 10001 New York\nPhoto: cows on a field\n" + ARTICLE
     + "Most read\nMeat, milk and eggs: how much land they take\nNew bridge opens\n",
     "Meat, milk and eggs: how much land they take"),
    # A line of many words holding a date is a teaser, not the heading's date line.
    ("Desert power: the biggest solar plant of its kind - Sun Portal\n" + MENU
     + "Biggest solar plant in the world now runs in Dubai\n"
     "On 01.12.2022 the builders said the plant in the desert runs day and night for every town\n"
     "Photo: the builder\n" + ARTICLE, "Desert power: the biggest solar plant of its kind"),
    # The title printed nowhere, but the line above the article is the site's name.
    ("Lemon cake: an easy recipe | Baking Corner\n" + MENU
     + "Baking Corner\n" + ARTICLE, "Lemon cake: an easy recipe"),
]

#: A page title printed nowhere on the page was written for search engines: the
#: heading-shaped line right above the article is the heading the page shows.
UNPRINTED_CASES = [
    # No shared word, no date: the line above the article.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Paying for your next car\n" + ARTICLE, "Paying for your next car"),
    # A question as the heading, the title written for search engines.
    ("Loan interest: how to work out your costs | Money Guide\n" + MENU
     + "How high is the interest on a personal loan?\n" + ARTICLE,
     "How high is the interest on a personal loan?"),
    # A category and the date between the heading and the article.
    ("Teenage daughters - How to talk with them, explained | Family Guide\n" + MENU
     + "Talking with my girl about growing up?\nFamily\n17/02/2022\n" + ARTICLE,
     "Talking with my girl about growing up?"),
    # A subtitle under the heading: the upper line shares more of the title's words.
    ("Many ideas and tips for the children's party\n" + MENU
     + "Ideas for a birthday party at home\nFor a day nobody forgets\n" + ARTICLE,
     "Ideas for a birthday party at home"),
]


@pytest.mark.parametrize(("text", "headline"), UNPRINTED_CASES)
def test_unprinted_title_heading(text, headline):
    result = extract_headline(text).headline
    assert result is not None
    assert (result.text, result.rule) == (headline, "headline.dated_heading")


UNPRINTED_LOOK_ALIKES = [
    # The title printed, even far from the article (a list of links): it stays.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Paying for your next car\n" + ARTICLE + "Related\nCar loans: compare offers and save\n",
     "Car loans: compare offers and save"),
    # The title printed at the end of a longer line (a kicker glued to it): it is printed.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Press release of the consumer office :Car loans: compare offers and save\n"
     "Paying for your next car\n" + ARTICLE, "Car loans: compare offers and save"),
    # The line over the heading shares no more of the title's words: the lower line.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Contact us today\nPaying for your next car\n" + ARTICLE, "Paying for your next car"),
    # Two words over a date are a category, no heading.
    ("Teenage daughters - How to talk with them, explained | Family Guide\n" + MENU
     + "Magazine, News\n7 January 2022\n" + ARTICLE,
     "Teenage daughters - How to talk with them, explained"),
    # Prose over the line: the article began earlier, the line is a subheading in it.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Most people pay for a new vehicle with credit from a bank these days\n"
     "Paying for your next car\n" + ARTICLE, "Car loans: compare offers and save"),
    # The article's first line goes on with the line's sentence: no heading.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "If you arrive at the airport you are given a permit of\n"
     "30 days, but only 14 days when you come by land. " + ARTICLE, "Car loans: compare offers and save"),
    # Two sentences on the line over a photo credit: a teaser, no heading.
    ("Car loans: compare offers and save | Money Guide\n" + MENU
     + "Share\nPrint\nCar loans are popular again. With these tips you save on every loan\n"
     "Photo/Anna Berg\n" + ARTICLE, "Car loans: compare offers and save"),
]


@pytest.mark.parametrize(("text", "headline"), UNPRINTED_LOOK_ALIKES)
def test_unprinted_title_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


@pytest.mark.parametrize(("text", "headline"), DATED_LOOK_ALIKES)
def test_dated_heading_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


#: A section's name as the page title, printed over the article's own heading right
#: above the article: the heading, when it has a word of the title line.
SECTION_KICKER_CASES = [
    ("Our history - Valley Inn\n" + MENU
     + "Our history\nThe history of the farm by the river\n" + ARTICLE,
     "The history of the farm by the river"),
    # The shared word may be the site's: the title line counts whole.
    ("Energy check | Green Homes\n" + MENU
     + "Energy check\nFree advice for green homes on a budget\n" + ARTICLE,
     "Free advice for green homes on a budget"),
    ("Sejarah | Rumah Makan Lembah\n" + MENU
     + "Sejarah\nSejarah rumah makan di tepi sungai\n" + ARTICLE,
     "Sejarah rumah makan di tepi sungai"),
]


@pytest.mark.parametrize(("text", "headline"), SECTION_KICKER_CASES)
def test_section_kicker_over_heading(text, headline):
    result = extract_headline(text).headline
    assert result is not None
    assert (result.text, result.rule) == (headline, "headline.dated_heading")


SECTION_KICKER_LOOK_ALIKES = [
    # A teaser under a short heading, sharing none of the title's words: the title.
    ("Rates rise again | City Herald\n" + MENU
     + "Rates rise again\nSavers cheer while borrowers worry\n" + ARTICLE, "Rates rise again"),
    # A teaser that ends as a sentence is no heading.
    ("Rates rise again | City Herald\n" + MENU
     + "Rates rise again\nRates rise for the third time this year.\n" + ARTICLE, "Rates rise again"),
    # A line between the heading and the article, and no date: no heading of this kind.
    ("Our history - Valley Inn\n" + MENU
     + "Our history\nThe history of the farm by the river\nShare this page\n" + ARTICLE,
     "Our history"),
    # A longer line under the title is its teaser, even right above the article.
    ("Our history - Valley Inn\n" + MENU
     + "Our history\nThe long history of the old farm by the river and of the family who ran it\n"
     + ARTICLE, "Our history"),
]


@pytest.mark.parametrize(("text", "headline"), SECTION_KICKER_LOOK_ALIKES)
def test_section_kicker_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


@pytest.mark.xfail(strict=True, reason="a short teaser under a short title, sharing its words, reads as the heading under a kicker")
def test_short_title_over_short_teaser_sharing_words():
    text = ("Rates rise again | City Herald\n" + MENU
            + "Rates rise again\nSavers cheer as rates climb\n" + ARTICLE)
    assert extract_headline(text).headline.text == "Rates rise again"


#: A playlist of a video player between the heading block and the article, and the
#: page title printed nowhere: the dated heading further up, with the title's words.
PLAYLIST = "".join(f"{item}\n" for item in (
    "Minister defends the new rail plan", "Why the north wants more trains",
    "Mayor answers questions from readers", "Ten photos of the old harbour",
    "What the new tax means for renters", "Inside the busiest station in the country",
))
FAR_CASES = [
    ("Five things we learned from the budget - City Herald\n" + MENU
     + "Tax, trains and towns: five things we learned from the minister's budget speech\n"
     "By Jane Doe, City Herald\nUpdated 2010 GMT March 14, 2021\nWatch\n" + PLAYLIST
     + "Mayor says the budget forgets the north\n" + ARTICLE,
     "Tax, trains and towns: five things we learned from the minister's budget speech"),
    ("Lima hal penting dari pidato anggaran - Kabar Kota\n" + MENU
     + "Pajak dan kereta: lima hal penting dari pidato menteri soal anggaran\n"
     "Oleh Siti Rahma\nSelasa, 14/03/2023 10:15 WIB\nVideo\n" + PLAYLIST
     + "Wali kota menilai anggaran melupakan daerah\n" + ARTICLE,
     "Pajak dan kereta: lima hal penting dari pidato menteri soal anggaran"),
]


@pytest.mark.parametrize(("text", "headline"), FAR_CASES)
def test_far_dated_heading(text, headline):
    found = extract_headline(text)
    result = found.headline
    assert result is not None
    assert (result.text, result.rule) == (headline, "headline.dated_heading")
    # The byline block and the playlist under the heading are no body: it starts at
    # the article.
    assert text.splitlines()[found.first_body_line].startswith("Paragraph 0 ")
    removed = [r.span for r in found.removals if r.rule == "headline.dated_heading"]
    for line in ("Watch", "Video", "Mayor says", "Wali kota"):
        at = text.find("\n" + line) + 1
        assert at == 0 or any(span.start <= at < span.end for span in removed)
    assert not any(span.start <= text.index("Paragraph 0 ") < span.end for span in removed)


FAR_LOOK_ALIKES = [
    # A dated item sharing one word of the title is no heading: the line above the article.
    ("Five things we learned from the budget - City Herald\n" + MENU
     + "Budget talks begin in the capital\nMarch 10, 2021\nWatch\n" + PLAYLIST
     + "Mayor says the budget forgets the north\n" + ARTICLE,
     "Mayor says the budget forgets the north"),
    # No date under the heading: the line above the article.
    ("Five things we learned from the budget - City Herald\n" + MENU
     + "Tax, trains and towns: five things we learned from the minister's budget speech\n"
     "By Jane Doe, City Herald\nWatch\n" + PLAYLIST
     + "Mayor says the budget forgets the north\n" + ARTICLE,
     "Mayor says the budget forgets the north"),
    # The title printed on the page: it stays.
    ("Five things we learned from the budget - City Herald\n" + MENU
     + "Tax, trains and towns: five things we learned from the minister's budget speech\n"
     "By Jane Doe, City Herald\nMarch 14, 2021\nWatch\n" + PLAYLIST
     + "Mayor says the budget forgets the north\n" + ARTICLE
     + "Most read\nFive things we learned from the budget\nNew bridge opens\n",
     "Five things we learned from the budget"),
]


@pytest.mark.parametrize(("text", "headline"), FAR_LOOK_ALIKES)
def test_far_dated_heading_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


@pytest.mark.xfail(strict=True, reason="a short title printed as the heading over a short teaser and the date reads as a kicker over the heading")
def test_short_title_over_short_teaser():
    text = ("Rates rise again | City Herald\n" + MENU
            + "Rates rise again\nSavers cheer while borrowers worry\n12.03.2024\n" + ARTICLE)
    assert extract_headline(text).headline.text == "Rates rise again"


#: ``Name: Heading`` titles: the page prints the heading without the name before the colon.
AFTER_COLON_CASES = [
    # A blog's name before the colon, the post's heading printed alone under it.
    ("GARDEN NOTES The Allotment Diary: Growing Leeks From Seed\nGarden Notes\n"
     "Growing Leeks From Seed\nLeeks need a long season. Sow them early.\n",
     "Growing Leeks From Seed"),
    # A section's words repeated in the heading: the end part is printed, the whole is not.
    ("privacy notes: Leek Club privacy notes\n\nLeek Club privacy notes\nWe keep no data.\n",
     "Leek Club privacy notes"),
]


@pytest.mark.parametrize(("text", "headline"), AFTER_COLON_CASES)
def test_after_colon_heading(text, headline):
    result = extract_headline(text).headline
    assert result is not None
    assert (result.text, result.rule) == (headline, "headline.page_heading")


AFTER_COLON_LOOK_ALIKES = [
    # The whole title printed on a line of its own: the place before the colon stays.
    ("Springfield: council backs tram line\n\nSpringfield: council backs tram line\n"
     "Council backs tram line\nThe vote was close.\n", "Springfield: council backs tram line"),
    # Only one word after the colon printed alone (a menu item): no heading.
    ("Recipes: Soups\nSoups\nHot soups for cold days.\n", "Recipes: Soups"),
    # The end part printed only inside a longer line: no heading.
    ("Leek Diary: Growing Leeks From Seed\n\nOn growing leeks from seed we say this.\n",
     "Leek Diary: Growing Leeks From Seed"),
]


@pytest.mark.parametrize(("text", "headline"), AFTER_COLON_LOOK_ALIKES)
def test_after_colon_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_site_first_as_long_in_words_but_shorter():
    # ``Site | Heading`` with both parts three words long: the shorter in characters
    # is the site, and the heading printed alone under the title is the headline.
    text = ("Acme Dev Blog | Managing Python Environments\n" + MENU
            + "Managing Python Environments\nUse one environment per project.\n")
    result = extract_headline(text).headline
    assert (result.text, result.rule) == ("Managing Python Environments", "headline.page_heading")


def test_heading_first_as_long_in_words_but_shorter():
    # ``Heading | Site`` with the heading the shorter part: the pipe still marks the
    # site at the end, and the heading printed alone stays the headline.
    text = ("Leeks From Seed | The Allotment Diary\n" + MENU
            + "Leeks From Seed\nSow them early in trays.\n")
    assert extract_headline(text).headline.text == "Leeks From Seed"


#: The title printed as it is, and under it the article's heading saying it in full.
WRITTEN_LONGER_CASES = [
    # A kicker between the title and its fuller form.
    ("Winter walks: 5 tips | Outdoor Weekly\n" + MENU
     + "Winter walks: 5 tips\nHiking in the cold\nWinter walks: 5 tips for short, bright days\n"
     + ARTICLE, "Winter walks: 5 tips for short, bright days"),
    # A series title with the part's subject after a dash, the date between.
    ("The fire engines of the fifties - Part 12 - Rescue Vehicles Worldwide\n" + MENU
     + "The fire engines of the fifties - Part 12\nTuesday, 2 November 2021\n"
     "The fire engines of the fifties - Part 12 – the small pumps (1950 – 1955)\n" + ARTICLE,
     "The fire engines of the fifties - Part 12 – the small pumps (1950 – 1955)"),
]


@pytest.mark.parametrize(("text", "headline"), WRITTEN_LONGER_CASES)
def test_title_written_longer(text, headline):
    result = extract_headline(text).headline
    assert (result.text, result.rule) == (headline, "headline.page_heading")


WRITTEN_LONGER_LOOK_ALIKES = [
    # A comma after the title makes a sentence of it: the title stays.
    ("Dear people of Europe | Open Letters\n" + MENU
     + "Dear people of Europe\nDear people of Europe, wherever you live, we write to you today!\n"
     + ARTICLE, "Dear people of Europe"),
    # One word over a longer line is a section's name: the kicker rule decides.
    ("Compost | Garden Weekly\n" + MENU
     + "Compost\nCompost bins made at home\nby the editors\n22.02.2021\n" + ARTICLE,
     "Compost bins made at home"),
    # The fuller line far below (a list of related links): the title stays.
    ("Winter walks: 5 tips | Outdoor Weekly\n" + MENU
     + "Winter walks: 5 tips\nShare\nPrint\nMail\nWinter walks: 5 tips for the Alps\n" + ARTICLE,
     "Winter walks: 5 tips"),
]


@pytest.mark.parametrize(("text", "headline"), WRITTEN_LONGER_LOOK_ALIKES)
def test_title_written_longer_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_title_line_printed_again_whole_is_no_heading():
    # A page that prints its title line again as it is (site name and all) under the
    # title: that copy is not the article's heading, the site is still dropped.
    text = ("Everything new in May… | Library Notes and more\n" + MENU
            + "Everything new in May… | Library Notes and more\nPosts\nEverything new in May…\n"
            "The library opens on Sundays now.\n")
    result = extract_headline(text).headline
    assert result.text == "Everything new in May…"


def test_blog_trail_title_printed_again_whole():
    # ``Blog » Archive » Heading`` printed again as it is at the top, the heading
    # alone further down: the heading.
    text = ("Talk Time » Blog Archive » More digital cinemas in the Alps\n" + MENU
            + "Talk Time » Blog Archive » More digital cinemas in the Alps\nArchive\n"
            "More digital cinemas in the Alps\nThe last projector went digital.\n")
    result = extract_headline(text).headline
    assert (result.text, result.rule) == ("More digital cinemas in the Alps", "headline.page_heading")


#: Titles in scripts written without spaces set the separator without spaces.
UNSPACED_CASES = [
    ("武汉的声音：城市的故事！-新华网\n武汉的声音：城市的故事！\n正文。\n", "武汉的声音：城市的故事！"),
    ("NEWS WEB EASY|子どもの法律ができる\n子どもの法律ができる\n本文です。\n", "子どもの法律ができる"),
]


@pytest.mark.parametrize(("text", "headline"), UNSPACED_CASES)
def test_unspaced_site(text, headline):
    assert extract_headline(text).headline.text == headline


UNSPACED_LOOK_ALIKES = [
    # A hyphen inside a Latin word is no separator.
    ("Well-known rules for long-term care\nBody.\n", "Well-known rules for long-term care"),
    # Two unspaced separators: no telling which side is the site.
    ("中美-关系-新华网\n正文。\n", "中美-关系-新华网"),
]


@pytest.mark.parametrize(("text", "headline"), UNSPACED_LOOK_ALIKES)
def test_unspaced_site_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


SITE_ADDRESS_FIRST = [
    # The site's address opens the title: the title is what follows it.
    ("garden-notes.de // » Anna Berg\nHome\nAnna Berg\nShe grows leeks.\n", "Anna Berg"),
    ("www.leek-club.org | Sowing times\nSowing times\nSow in March.\n", "Sowing times"),
]


@pytest.mark.parametrize(("text", "headline"), SITE_ADDRESS_FIRST)
def test_site_address_first(text, headline):
    assert extract_headline(text).headline.text == headline


def test_site_address_last_is_still_dropped():
    assert extract_headline("Sowing times | leek-club.org\nSow in March.\n").headline.text == "Sowing times"


#: A short menu item that is one end of the title is not the heading when a line
#: standing apart says the title in full (or most of its words).
MENU_ITEM_CASES = [
    # The title's start is a menu item among items as short; the heading, further
    # down, is the title without its site.
    ("[my garden] - growing basil and mint on a sill | Leafy\n" + MENU
     + "Blog\n[my kitchen]\n[my garden]\n[my city]\nDownloads\n"
     + "[my garden] – growing basil and mint on a sill\nBasil wants a sunny window sill.\n",
     "[my garden] – growing basil and mint on a sill"),
    # The title's start is a tag in a list of tags; the heading says the rest in
    # other words.
    ("Anna Weber: trial over alleged vote buying resumes on 18 May | Daily Planet\n" + MENU
     + "Anna Weber: trial over alleged vote buying resumes on 18 May\n"
     + "The prosecutors asked for twelve years in prison for the former member of parliament.\n"
     + "TAGS\nAnna Weber\nHigh Court\nMore news\n",
     "Anna Weber: trial over alleged vote buying resumes on 18 May"),
]


@pytest.mark.parametrize(("text", "headline"), MENU_ITEM_CASES)
def test_menu_item_matching_a_title_end(text, headline):
    assert extract_headline(text).headline.text == headline


MENU_ITEM_LOOK_ALIKES = [
    # A short heading with its date under it is the heading, short lines over it.
    ("Garden ideas with plenty of green • Cosy\n" + MENU
     + "Shop\nGarden ideas with plenty of green\n23.09.22\nBerlin\nThe garden text.\n",
     "Garden ideas with plenty of green"),
    # Figures under it (a rating): still the heading.
    ("Apple muffins Recipe | Bake Shop\n" + MENU
     + "Back to recipes\nApple muffins\n(0)\n0\nMix the flour.\n",
     "Apple muffins"),
    # Only menu items match: the menu item it is.
    ("Climate summit in Paris: Green group\n" + MENU
     + "Topics\nClimate\nClimate summit in Paris\nUN summit\nEnergy\nThe summit opened.\n",
     "Climate summit in Paris"),
]


@pytest.mark.parametrize(("text", "headline"), MENU_ITEM_LOOK_ALIKES)
def test_menu_item_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_dated_heading_on_a_short_page():
    # A page too short for an article core: the heading with its date under it stands
    # over the page's first line of prose.
    text = ("Code Club | Lessons for primary schools\n" + MENU + "Team\nJoin us!\n"
            "Loops and why they repeat\n11.12.2019 - Jo Brand\n"
            "What was it again with loops that go round and round until they are told to stop?\n"
            "Here is a part of our lesson material!\nContact\nImprint\n")
    result = extract_headline(text)
    assert result.core is None
    assert (result.headline.text, result.headline.rule) == ("Loops and why they repeat", "headline.dated_heading")


def test_short_page_title_printed_is_kept():
    # The title printed over its byline on a short page stays the heading.
    text = ("Tech Notes | Managing Python Versions\nManaging Python Versions\nBy Jo Brand -\n"
            "January 10, 2020\n" + MENU
            + "Python is a flexible language and this extends to the ways its versions are installed.\n")
    assert extract_headline(text).headline.text == "Managing Python Versions"


#: A part of the title printed alone just above the article (within the 8 lines over
#: its core) is the article's heading, never the site's name.
OVER_CORE_CASES = [
    # A short first part and a long last part (the site's slogan): the short part is
    # printed over the article, so it is the heading, not the site.
    ("Harbour walk - Sail Loft - sail makers, kite shop and repairs in the north\n" + MENU
     + "Articles\nSail Loft\nNews\n20.06.2019 11:43\nHarbour walk\n" + ARTICLE, "Harbour walk"),
    # Both parts short, the first printed in the menus and again over the article: the
    # first part stays, the last one is the site.
    ("Private lessons - the trainer's website!\n" + MENU + "Private lessons\nGroup lessons\n" + MENU
     + "Contact\nPrivate lessons\nTraining\n" + ARTICLE, "Private lessons"),
]


@pytest.mark.parametrize(("text", "headline"), OVER_CORE_CASES)
def test_title_part_over_the_core_is_no_site(text, headline):
    assert extract_headline(text).headline.text == headline


OVER_CORE_LOOK_ALIKES = [
    # The site's name first, printed in the header and the footer but not over the
    # article: still the site.
    ("River Notes | How the old mill on the river turns again after forty years of silence\n" + MENU
     + "Posted on 5 April 2017\n" + ARTICLE + "River Notes\nImprint\n",
     "How the old mill on the river turns again after forty years of silence"),
    # The short first part printed only among the menus, far above the article: the site.
    ("Harbour walk - Sail Loft - sail makers, kite shop and repairs in the north\n" + MENU
     + "Harbour walk\n" + MENU + "Archive\nEvents\nShop\nCrew\nBoats\nContact\nPress\n" + ARTICLE,
     "Sail Loft - sail makers, kite shop and repairs in the north"),
]


@pytest.mark.parametrize(("text", "headline"), OVER_CORE_LOOK_ALIKES)
def test_title_part_over_the_core_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


#: A title of a few words printed near the article only as an item of a menu names
#: the page's section: the heading is the line of more words under it with a date
#: under it, or the line right above the article when the menu goes on under the title.
SECTION_CASES = [
    # The menu goes on under the title; the line right above the article is the heading.
    ("About us | Harbour Club\n" + MENU + "Home\nAbout us\nTeam\nBoats\nContact\n"
     "A club for sailors of all ages\n" + ARTICLE, "A club for sailors of all ages"),
    # A line with its date under it, under the section's name and a back link.
    ("Updates | River Institute\n" + MENU + "Events\nUpdates\nBack\nWhy the first electron counts\n"
     "12 January 2022,\nTopics:\nWater\n" + ARTICLE + "River Institute\nImprint\n",
     "Why the first electron counts"),
]


@pytest.mark.parametrize(("text", "headline"), SECTION_CASES)
def test_section_name_over_the_heading(text, headline):
    result = extract_headline(text).headline
    assert (result.text, result.rule) == (headline, "headline.dated_heading")


SECTION_LOOK_ALIKES = [
    # One short line under the title, then a line right above the article with no
    # date: the title over its teaser, not a section's name in a menu.
    ("Lemon trees - Garden Corner\n" + MENU + "Home\nGuides\nLemon trees\nCare tips\n"
     "A lemon tree in a pot on the balcony in winter\n" + ARTICLE, "Lemon trees"),
    # The title printed as the heading (a long line over it), its subtitle under it.
    ("Fair supply chains - Youth Network\n" + MENU + "Press and news >\n"
     "05.02.2020 - Editor: Sam Berg, press officer of the network\nFair supply chains\n"
     "Plans that move something\n" + ARTICLE, "Fair supply chains"),
    # The line above the article as short as a menu item: no heading.
    ("Private lessons - Talk English\n" + MENU + "Home\nPrivate lessons\nGroups\nContact\n"
     "Only for you\n" + ARTICLE, "Private lessons"),
]


@pytest.mark.parametrize(("text", "headline"), SECTION_LOOK_ALIKES)
def test_section_name_look_alikes(text, headline):
    assert extract_headline(text).headline.text == headline


def test_date_pretest_never_skips_a_digit_regex_knows() -> None:
    """``find_date`` skips a non-ASCII text without a ``str.isdecimal`` character; that
    holds only while every printable character ``regex`` reads as ``\\d`` is one."""
    import sys

    import regex

    digit = regex.compile(r"\d", regex.V1)
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if chr(code).isprintable() and not chr(code).isdecimal() and digit.match(chr(code))
    ]
    assert missed == []


def test_find_date_on_other_scripts() -> None:
    from articleparse.extractors.headline.common import find_date

    assert find_date("Berlin, 12. März 2024") is not None
    assert find_date("Überschrift ohne Datum") is None
    assert find_date("٢٠٢٤-٠٣-١٢ خبر") is not None  # Arabic-Indic digits


# ---- the heading over the article's byline ------------------------------------------

from articleparse.extractors.headline import byline_markers  # noqa: E402
from articleparse.extractors.headline.byline import byline_line  # noqa: E402
from articleparse.languages import available, load  # noqa: E402

EN_MARKERS = byline_markers((load("en"),))
ID_MARKERS = byline_markers((load("id"),))
ALL_MARKERS = byline_markers(tuple(load(code) for code in available()))

BYLINED_CASES = [
    # The page title is written for search engines; the article's heading stands over
    # a teaser and the byline, the name on the line under the marker.
    ("How to care for hydrangeas | Home Digest\n" + MENU
     + "Gardening\nHow to care for hydrangeas so they bloom all summer long\n"
     "Follow these tips for flowers in a vase, in a pot or in the ground.\nBy\nJane Doe\n"
     "Updated May 6, 2019\n" + ARTICLE + "How to care for hydrangeas in vases\nMore text.\n",
     "How to care for hydrangeas so they bloom all summer long", EN_MARKERS),
    # Bullet points between the heading and a byline with the name on its line.
    ("Chef joins the campaign against cheap imported food | Daily Planet\n" + MENU
     + "War on cheap food: chef and farmers urge the minister to block imported food of low standard\n"
     "Open letter signed by cooks, farmers and doctors\nMPs add pressure on the government\n"
     "Vote expected within weeks\nBy Jane Doe And John Roe For The Daily Planet\n" + ARTICLE,
     "War on cheap food: chef and farmers urge the minister to block imported food of low standard",
     EN_MARKERS),
    # An Indonesian byline, a photo's caption under it.
    ("Harga cabai melonjak jelang Lebaran - Kabar Kota\n" + MENU
     + "Jelang Lebaran, harga cabai rawit di pasar tradisional melonjak dua kali lipat\n"
     "Oleh Siti Rahma\nPedagang menata cabai di pasar induk\n" + ARTICLE,
     "Jelang Lebaran, harga cabai rawit di pasar tradisional melonjak dua kali lipat", ID_MARKERS),
    # A labelled byline; with no language detected, every language's markers.
    ("Harga cabai melonjak jelang Lebaran - Kabar Kota\n" + MENU
     + "Jelang Lebaran, harga cabai rawit di pasar tradisional melonjak dua kali lipat\n"
     "Penulis: Siti Rahma | Editor: Budi\nPedagang menata cabai di pasar induk\n" + ARTICLE,
     "Jelang Lebaran, harga cabai rawit di pasar tradisional melonjak dua kali lipat", ALL_MARKERS),
]


@pytest.mark.parametrize(("text", "headline", "markers"), BYLINED_CASES)
def test_bylined_heading(text, headline, markers):
    found = extract_headline(text, markers)
    assert found.headline is not None
    assert (found.headline.text, found.headline.rule) == (headline, "headline.bylined_heading")
    # The body starts under the heading, and a line inside it that starts with the
    # title stays in it.
    assert text.splitlines()[found.first_body_line - 1] == headline
    removed = [r.span for r in found.removals]
    inside = text.find("How to care for hydrangeas in vases")
    assert inside < 0 or not any(span.start <= inside < span.end for span in removed)


BYLINED_LOOK_ALIKES = [
    # The page title printed as a line of its own over the byline is the heading; the
    # kicker over it shares its words too.
    ("Council approves new budget for schools | City Herald\n" + MENU
     + "New budget for schools\nCouncil approves new budget for schools\nBy Jane Doe\n" + ARTICLE,
     "Council approves new budget for schools", EN_MARKERS),
    # A line that opens with the marker's word is a sentence, not a byline.
    ("Council approves new budget for schools | City Herald\n" + MENU
     + "Budget for schools: the council votes on the plan\nBy the end of the year the schools get more\n"
     + ARTICLE, None, EN_MARKERS),
    ("Council approves new budget for schools | City Herald\n" + MENU
     + "Budget for schools: what the council plans\nBy Christmas, will the schools get more?\n"
     + ARTICLE, None, EN_MARKERS),
    # A heading that is a part of the title: the title says it in full.
    ("Budget 2024: Council approves new money for schools | City Herald\n" + MENU
     + "Budget 2024\nCouncil approves new money for schools\nBy Jane Doe\n" + ARTICLE,
     None, EN_MARKERS),
    # The heading shares one word of the title: a heading of another story.
    ("Council approves new budget for schools | City Herald\n" + MENU
     + "Storm closes the harbour for a week\nBy Jane Doe\n" + ARTICLE,
     None, EN_MARKERS),
    # The title printed with another site's name after it (a box of related articles)
    # over a byline is no heading.
    ("Council approves new budget for schools | City Herald\n" + MENU
     + "Council approves new budget for schools | Other Times\nStorm closes the harbour\n"
     "Author: Jane Doe\n" + ARTICLE, None, EN_MARKERS),
    # No language's markers given: the rule does not run.
    ("How to care for hydrangeas | Home Digest\n" + MENU
     + "How to care for hydrangeas so they bloom all summer long\nBy Jane Doe\n" + ARTICLE,
     "How to care for hydrangeas", ()),
    # No menus (not a web page): the title line is the headline.
    ("How to care for hydrangeas\n\nHow to care for hydrangeas so they bloom all summer long\n"
     "By Jane Doe\n" + ARTICLE, "How to care for hydrangeas", EN_MARKERS),
]


@pytest.mark.parametrize(("text", "headline", "markers"), BYLINED_LOOK_ALIKES)
def test_bylined_heading_look_alikes(text, headline, markers):
    # The byline rule leaves the headline the other rules find (``headline``, where
    # those find the title; None where they find a line of their own).
    found = extract_headline(text, markers).headline
    assert found == extract_headline(text).headline
    assert headline is None or found.text == headline


BYLINE_LINES = [
    ("By Jane Doe", EN_MARKERS, True),
    ("By", EN_MARKERS, True),
    ("BY JANE DOE", EN_MARKERS, True),
    ("by Jane Doe, Daily Planet", EN_MARKERS, True),
    ("By: Jane Doe", EN_MARKERS, True),
    ("Written by Jane Doe on March 3, 2024", EN_MARKERS, True),
    ("Author: jane", EN_MARKERS, True),
    ("Oleh Siti Rahma", ID_MARKERS, True),
    ("Penulis: Siti Rahma", ID_MARKERS, True),
    # Look-alikes: the word in a sentence, a question, a long line, a marker inside a word.
    ("By the end of the year", EN_MARKERS, False),
    ("By 2030 the town will have a new station", EN_MARKERS, False),
    ("By Christmas, will rates fall?", EN_MARKERS, False),
    ("By " + "Jane " * 20, EN_MARKERS, False),
    ("Bypass closed for a week", EN_MARKERS, False),
    ("Authority: the council", EN_MARKERS, False),
    ("Olehnya Siti", ID_MARKERS, False),
]


@pytest.mark.parametrize(("text", "markers", "expected"), BYLINE_LINES)
def test_byline_line(text, markers, expected):
    assert byline_line(text, markers) is expected


def test_byline_markers_come_from_the_credits_data():
    # Case-folded, the labelled ones with their colon: no word is written in the code.
    assert "by" in EN_MARKERS and "author:" in EN_MARKERS
    assert "oleh" in ID_MARKERS and "penulis:" in ID_MARKERS
    assert set(EN_MARKERS) | set(ID_MARKERS) <= set(ALL_MARKERS)


def test_bylined_heading_in_the_pipeline_reads_every_languages_markers():
    # The headline step runs before (and without) language detection: an English
    # byline on an Indonesian page counts.
    import articleparse

    text = ("Harga cabai melonjak jelang Lebaran - Kabar Kota\n" + MENU
            + "Jelang Lebaran, harga cabai rawit di pasar tradisional melonjak dua kali lipat\n"
            "By Siti Rahma\nPedagang menata cabai di pasar induk\n" + ARTICLE)
    found = articleparse.parse(text, fields=["headline"]).headline
    assert found is not None and found.rule == "headline.bylined_heading"


ROUNDUP_CASES = [
    # A roundup's title keeps the stories after its pipes; a site's address is dropped.
    ("[POPULER OTOMOTIF] Harga BBM naik | Mobil listrik laris\n\nRangkuman berita.",
     "[POPULER OTOMOTIF] Harga BBM naik | Mobil listrik laris"),
    ("BERITA POPULER - Banjir di Bekasi | Harga cabai naik\n\nRangkuman berita.",
     "BERITA POPULER - Banjir di Bekasi | Harga cabai naik"),
    ("[POPULER NASIONAL] Banjir di Bekasi | Harga cabai naik | Kabarkota.com\n\nTeks.",
     "[POPULER NASIONAL] Banjir di Bekasi | Harga cabai naik"),
    # Look-alikes: the word opening a sentence, or none of the words: the site goes.
    ("Populer di media sosial, warga antre beli cabai | Kabar Kota\n\nTeks.",
     "Populer di media sosial, warga antre beli cabai"),
    ("Why the most read story was wrong | Daily Planet\n\nText.", "Why the most read story was wrong"),
    ("[VIDEO] Banjir di Bekasi | Kabar Kota\n\nTeks.", "[VIDEO] Banjir di Bekasi"),
]


@pytest.mark.parametrize(("text", "headline"), ROUNDUP_CASES)
def test_roundup_title(text, headline):
    import articleparse

    assert articleparse.parse(text, fields=["headline"]).headline.text == headline


WIRE_SLUG_CASES = [
    # A wire's slug glued before its title, a version number perhaps, chained.
    ("UPDATE 2-Oil prices rise as supply worries mount\nLONDON (Reuters) - Oil rose.",
     "Oil prices rise as supply worries mount"),
    ("RPT-UPDATE 1-Stocks slide as rate fears return\nText.", "Stocks slide as rate fears return"),
    ("REFILE-Port strike enters second week\nText.", "Port strike enters second week"),
    ("CORRECTED-Factory output slows in March\nText.", "Factory output slows in March"),
    ("EXCLUSIVE-Carmaker weighs sale of battery unit\nText.", "Carmaker weighs sale of battery unit"),
    ("FACTBOX-What is in the new budget bill\nText.", "What is in the new budget bill"),
    ("WRAPUP 1-Storm batters coast, thousands without power\nText.",
     "Storm batters coast, thousands without power"),
    ("BRIEF-Acme Corp posts first-quarter profit | Reuters\nText.", "Acme Corp posts first-quarter profit"),
]

WIRE_SLUG_LOOK_ALIKES = [
    # Hyphenated words that are no slugs.
    "US-China talks resume in Geneva",
    "COVID-19 cases rise again in the north",
    "UK-EU deal reached on fishing rights",
    # A slug word in small letters is the title's own word.
    "Update-driven sales lift phone maker",
    "Analysis-paralysis grips the council",
    # A dash set with spaces is a separator, not a glued slug.
    "EXCLUSIVE - Inside the mayor's office",
    # A slug before a single word is a label of its own.
    "UPDATE-Live",
]


@pytest.mark.parametrize(("text", "headline"), WIRE_SLUG_CASES)
def test_wire_slug_is_cut(text, headline):
    result = extract_headline(text).headline
    assert result is not None and result.text == headline


@pytest.mark.parametrize("title", WIRE_SLUG_LOOK_ALIKES)
def test_wire_slug_look_alikes_keep_the_title(title):
    result = extract_headline(f"{title}\nText of the story.").headline
    assert result is not None and title.startswith(result.text)
    assert result.rule != "headline.wire_slug"


def test_wire_slug_title_line_leaves_the_body():
    import articleparse

    article = articleparse.parse("UPDATE 3-Gold hits record high\nLONDON (Reuters) - Gold rose on Monday.")
    assert article.headline.text == "Gold hits record high"
    assert "UPDATE" not in article.body.text
