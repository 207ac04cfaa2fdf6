"""Boilerplate of crawled web pages: layout cases written for these tests.

Every page here is made up: a menu is a run of one- or two-word lines, an article a
few paragraphs of long lines, a footer a run of short lines that repeats the menu.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse.extractors.body import assemble_body
from articleparse.extractors.boilerplate import find_boilerplate
from articleparse.extractors.debris import closing_headings, fold_line
from articleparse.extractors.headline import extract_headline
from articleparse.languages import load
from articleparse.model import Removal

MENU = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Shop", "Contact",
        "Log in", "Search", "Archive", "Podcasts"]  # fmt: skip
FOOTER = ["Share", "Related stories", "Home", "News", "Contact", "Imprint",
          "Privacy", "(c) The Example Times"]  # fmt: skip

PARAGRAPHS = [
    (
        "The river rose by two metres overnight, and by morning the lower streets of the "
        "old town were under water, the council said in a statement on Tuesday."
    ),
    (
        "Residents were moved to the sports hall on the hill, where volunteers handed out "
        "blankets and soup while the fire brigade pumped out the cellars below."
    ),
    (
        "Engineers said the new flood wall had held along most of its length, but a gap "
        "near the bridge let the water in, and repairs would take at least a week."
    ),
    (
        "The mayor promised that the gap would be closed before the autumn storms, and "
        "asked people to keep away from the river banks until the water has gone down."
    ),
    (
        "Shop owners on the market square counted their losses, and several said that they "
        "had not been able to get insurance since the last flood, eleven years ago."
    ),
    (
        "The weather service expects more rain at the weekend, though less than last week, "
        "and the river should fall slowly over the coming days if the forecast holds."
    ),
]
TITLE = "River floods the old town"


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def body_of(text: str) -> str:
    removals = find_boilerplate(text, None, extract_headline(text))
    return assemble_body(text, removals, None).text


def rules(text: str) -> list[str]:
    return [r.rule for r in find_boilerplate(text, None, extract_headline(text))]


# ---- web pages: menus and footers go, the article stays ------------------------------

WEB_PAGE = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, FOOTER)


def test_menus_and_footer_of_a_web_page_go():
    assert rules(WEB_PAGE) == [
        "boilerplate.before_article",
        "boilerplate.after_article",
    ]
    body = body_of(WEB_PAGE)
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for item in (
        "Weather",
        "Podcasts",
        "Imprint",
        "Related stories",
        "(c) The Example Times",
    ):
        assert item not in body


def test_removals_are_whole_lines():
    for removal in find_boilerplate(WEB_PAGE, None, extract_headline(WEB_PAGE)):
        assert removal.span.start == 0 or WEB_PAGE[removal.span.start - 1] == "\n"
        assert removal.span.end == len(WEB_PAGE) or WEB_PAGE[removal.span.end] == "\n"


@pytest.mark.parametrize(("name", "text", "kept", "gone"), [
    ("breadcrumb and byline between heading and text stay",
     page([f"{TITLE} - Example"], MENU, [TITLE, "By Ann Author", "3 June 2024"], PARAGRAPHS,
          FOOTER),
     ["By Ann Author"], ["Weather"]),
    ("no heading: the menus right over the article go, the footer goes",
     page([f"{TITLE} - Example"], MENU, PARAGRAPHS, FOOTER),
     [], ["Weather", "Imprint"]),
    ("comments after the footer run go with it",
     page([f"{TITLE} | Example"], MENU, [TITLE], PARAGRAPHS, FOOTER,
          ["2 comments", "Reader One", "4 June 2024",
           "What a terrible week for everyone who lives down by the water."]),
     [], ["Reader One", "terrible week"]),
    ("a long run of unique short lines ends the article too",
     page([f"{TITLE} | Example"], MENU, [TITLE], PARAGRAPHS,
          [f"Other story {i}" for i in range(25)]),
     [], ["Other story 3"]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_web_page_layouts(name, text, kept, gone):
    body = body_of(text)
    assert PARAGRAPHS[0] in body and PARAGRAPHS[-1] in body, name
    for snippet in kept:
        assert snippet in body, name
    for snippet in gone:
        assert snippet not in body, name


# ---- look-alikes that must stay whole ---------------------------------------------------

PLAIN = page([TITLE, ""], [p + "\n" for p in PARAGRAPHS])
SHORT_PARAGRAPHS = page(
    [TITLE],
    [
        "It rained.",
        "Then it rained more.",
        "The river rose.",
        "People left.",
        "Some came back.",
        "Most did not.",
    ]
    * 3,
)
BULLETS_IN_ARTICLE = page(
    [f"{TITLE} | Example"],
    MENU,
    [TITLE],
    PARAGRAPHS[:2],
    [
        "What to do:",
        "- Keep away from the banks",
        "- Boil tap water",
        "- Call 112",
        "- Check on neighbours",
        "- Stay indoors",
    ],
    PARAGRAPHS[2:],
    FOOTER,
)
LIST_AFTER_ARTICLE = page(
    [f"{TITLE} | Example"],
    MENU,
    [TITLE],
    PARAGRAPHS,
    [
        "Water levels",
        "Monday: 2.1 m",
        "Tuesday: 4.3 m",
        "Wednesday: 3.8 m",
        "Thursday: 2.9 m",
    ],
)
INTERVIEW = page(
    ["Five questions for the mayor", ""],
    [line for p in PARAGRAPHS[:2] for line in (p, "")],
    [
        line
        for q in (
            "Were you surprised?",
            "Will you resign?",
            "Is the wall safe?",
            "When will it be fixed?",
            "Who pays?",
        )
        for line in (q, "No.", "")
    ],
    [line for p in PARAGRAPHS[2:] for line in (p, "")],
)
INTERVIEW_ON_A_PAGE = page(
    [f"{TITLE} | Example"],
    MENU,
    [TITLE],
    PARAGRAPHS[:3],
    [
        "Were you surprised?",
        "No.",
        "Will you resign?",
        "No.",
        "Is the wall safe?",
        "Yes.",
        "Who pays?",
        "We do.",
    ],
    PARAGRAPHS[3:],
)


@pytest.mark.parametrize(("name", "text"), [
    ("plain news article", PLAIN),
    ("short-paragraph article", SHORT_PARAGRAPHS),
    ("Q&A interview with short lines", INTERVIEW),
    ("one line", TITLE),
    ("empty", ""),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_articles_without_page_furniture_are_untouched(name, text):
    assert find_boilerplate(text, None, extract_headline(text)) == (), name


@pytest.mark.parametrize(("name", "text", "kept"), [
    ("bullet list inside the article", BULLETS_IN_ARTICLE,
     ["- Boil tap water", "- Stay indoors", PARAGRAPHS[3]]),
    ("facts list right after the article", LIST_AFTER_ARTICLE, ["Tuesday: 4.3 m"]),
    ("interview answers inside the article", INTERVIEW_ON_A_PAGE,
     ["Will you resign?", "We do.", PARAGRAPHS[3]]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_lists_of_the_article_stay(name, text, kept):
    body = body_of(text)
    for snippet in kept:
        assert snippet in body, name


# ---- menus over an article whose heading is not found ---------------------------------

SHARE_BAR = ["Share", "Facebook", "Twitter", "Copy link", "Print"]
STANDFIRST = ("The council says the new flood wall held along most of its length, "
              "but a gap near the bridge let the water in.")  # fmt: skip
MENU_TEASERS = [
    "Town hall opens its doors for the summer fair on Saturday",
    "Bus lines change their routes for the bridge works next month",
]


@pytest.mark.parametrize(("name", "text", "kept", "gone"), [
    ("a share bar over the article ends the menus",
     page(["Flood waters reach the market | Example"], MENU, ["Water everywhere in Oldtown"],
          SHARE_BAR, PARAGRAPHS),
     [], ["Weather", "Copy link"]),
    ("the standfirst and teaser titles among the menus stay",
     page(["Flood waters reach the market | Example"], MENU[:6], MENU_TEASERS, MENU[6:],
          [STANDFIRST, "By Ann Author"], SHARE_BAR, PARAGRAPHS),
     [STANDFIRST, MENU_TEASERS[0]], ["Weather", "Podcasts"]),
    ("a byline and a date between the menus and the article go with the run",
     page(["Flood waters reach the market | Example"], MENU, ["By Ann Author", "3 June 2024"],
          PARAGRAPHS),
     [], ["Weather", "By Ann Author"]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_untitled_article_loses_the_menus_over_it(name, text, kept, gone):
    body = body_of(text)
    assert all(p in body for p in PARAGRAPHS), name
    for snippet in kept:
        assert snippet in body, name
    for snippet in gone:
        assert snippet not in body, name


INGREDIENTS = ["200 g flour", "2 eggs", "1 cup milk", "Salt", "Butter for the pan", "Jam"]


@pytest.mark.parametrize(("name", "text", "kept"), [
    ("the menus end too far over the article",
     page(["Flood waters reach the market | Example"], MENU,
          ["It rained.", "Then it rained more.", "The river rose.", "People left.",
           "Some came back.", "Most did not.", "Nobody knew why."], PARAGRAPHS),
     ["Weather"]),
    ("a heading that ends with a colon stops the run",
     page(["Flood waters reach the market | Example"], MENU, ["What the court held:"],
          PARAGRAPHS),
     ["What the court held:"]),
    ("a list over a core of a few lines is the article",
     page(["Pancakes | Example"], MENU[:10], [f"Step {i}" for i in range(60)], INGREDIENTS,
          PARAGRAPHS[:3]),
     ["Step 12", "2 eggs"]),
    ("the article's own opening over a late core",
     page(["Pancakes | Example"], MENU, PARAGRAPHS[:2], [f"Item {i}" for i in range(14)],
          INGREDIENTS, PARAGRAPHS[2:]),
     ["Item 3", PARAGRAPHS[0]]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_lines_over_an_untitled_article_that_stay(name, text, kept):
    body = body_of(text)
    for snippet in kept:
        assert snippet in body, name


def test_a_page_without_an_article_core_is_untouched():
    table = page(
        ["Results | Example"], MENU, [f"Runner {i}: {10 + i} s" for i in range(30)]
    )
    assert rules(table) == []


def test_the_seed_shape_is_untouched():
    # a news article with a byline, a dateline and debris lines, but no menus
    text = page(
        [TITLE, "By Ann Author", ""],
        ["OLDTOWN - " + PARAGRAPHS[0]],
        ["Read more: other floods", "Advertisement"],
        PARAGRAPHS[1:],
    )
    assert rules(text) == []


# ---- properties ------------------------------------------------------------------------

LINES = st.one_of(
    st.sampled_from(MENU + FOOTER + PARAGRAPHS + [TITLE, "", " ", "No.", "\t"]),
    st.text(max_size=80),
)


@given(st.lists(LINES, max_size=60))
def test_never_raises_and_stays_in_bounds(lines):
    text = "\n".join(lines)
    removals = find_boilerplate(text, None, extract_headline(text))
    for removal in removals:
        assert isinstance(removal, Removal)
        assert 0 <= removal.span.start < removal.span.end <= len(text)
        assert removal.rule.startswith("boilerplate.")


@given(st.lists(st.sampled_from(PARAGRAPHS + ["", "It rained.", "No."]), max_size=40))
def test_prose_without_menus_is_untouched(lines):
    text = "\n".join([TITLE, *lines])
    assert find_boilerplate(text, None, extract_headline(text)) == ()


@given(st.text(max_size=400))
def test_any_string(text):
    find_boilerplate(text, None, extract_headline(text))


# ---- furniture headings: comments and related stories after the article ------------

COMMENTS = [
    "I walked past the bridge on Sunday and the water was already over the path there.",
    "Thanks for the report, we were wondering why the buses had stopped running today.",
]


def _with_heading(heading: str, lang: str | None = None) -> tuple[str, str]:
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, [heading], COMMENTS)
    removals = find_boilerplate(text, None if lang is None else load(lang), extract_headline(text))
    return text, assemble_body(text, removals, None).text


def test_a_furniture_heading_ends_the_article():
    _, body = _with_heading("Leave a Reply")
    assert PARAGRAPHS[-1] in body
    assert COMMENTS[0] not in body and "Leave a Reply" not in body


def test_a_furniture_heading_early_in_the_article_is_a_box_inside_it():
    # A comment count under the title, a "Most read" box after the first paragraph.
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:1], ["Most Read"],
                PARAGRAPHS[1:])
    body = assemble_body(text, find_boilerplate(text, None, extract_headline(text)), None).text
    assert all(p in body for p in PARAGRAPHS)


def test_a_furniture_heading_in_a_text_that_is_no_web_page_changes_nothing():
    # Prose after it (comments, or the article going on): without a page's layout there
    # is no telling which, and the text is left whole.
    text = page([TITLE], PARAGRAPHS, ["Comments"], COMMENTS)
    assert find_boilerplate(text, None, extract_headline(text)) == ()


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_furniture_heading_ends_the_article(lang):
    for heading in load(lang).words("debris", "furniture"):
        _, body = _with_heading(heading, lang)
        assert PARAGRAPHS[-1] in body and COMMENTS[0] not in body, heading


def test_a_news_brief_of_three_paragraphs_is_an_article():
    # About 90 words of prose: a brief, still worth keeping apart from its page.
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:3], FOOTER)
    body = body_of(text)
    assert all(p in body for p in PARAGRAPHS[:3])
    assert "Imprint" not in body and "Podcasts" not in body


def test_a_page_with_two_sentences_of_prose_is_left_alone():
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:2], FOOTER)
    assert find_boilerplate(text, None, extract_headline(text)) == ()


def test_a_furniture_heading_of_another_language_counts():
    # An Indonesian blog on an English template: "Leave a Reply" still ends the article.
    _, body = _with_heading("Leave a Reply", "id")
    assert PARAGRAPHS[-1] in body and COMMENTS[0] not in body


# ---- the article's heading: where the menus before the article end ------------------

TEASER = (
    "Volunteers spent the weekend filling sandbags along the canal, and the town hall "
    "thanked everyone who came to help with a free lunch on the market square."
)


@pytest.mark.parametrize(("name", "text", "kept", "gone"), [
    ("the title printed again at the top, then the menus, then the heading: the menus go",
     page([f"{TITLE} | The Example Times"], [TITLE], MENU, [TITLE], PARAGRAPHS, FOOTER),
     [], ["Weather", "Podcasts"]),
    ("a heading that reads like a sentence opens the article core: the menus go",
     page(["Floods close the old town as the river rises by two metres. | Example"], MENU,
          ["Floods close the old town as the river rises by two metres."], PARAGRAPHS,
          FOOTER),
     [], ["Weather", "Podcasts"]),
    ("the site's name printed as its logo, then menus with teasers, then the heading",
     page([f"{TITLE} | The Example Times Online"], ["The Example Times Online"], MENU,
          [TEASER], MENU, [TEASER.replace("weekend", "week")], MENU, MENU, [TITLE], PARAGRAPHS,
          FOOTER),
     [], ["Weather", "sandbags"]),
    ("a repeat of the title under a teaser's prose is not the heading: the teaser stays",
     page([f"{TITLE} | The Example Times"], MENU, [TITLE, TEASER], MENU,
          [TEASER.replace("weekend", "week")], MENU, MENU, [TITLE], PARAGRAPHS, FOOTER),
     ["sandbags", "free lunch"], []),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_the_last_repeat_of_the_title_over_the_article_is_its_heading(name, text, kept, gone):
    body = body_of(text)
    assert PARAGRAPHS[0] in body and PARAGRAPHS[-1] in body, name
    for snippet in kept:
        assert snippet in body, name
    for snippet in gone:
        assert snippet not in body, name


# ---- a list of dated items under the article: comments, teasers of other stories -----

def _comments(count: int) -> list[str]:
    lines = [f"{count} comments"]
    for i in range(count):
        lines += [f"reader{i} says:", f"June {4 + i}, 2024 at {i + 1}:{10 + i} pm",
                  COMMENTS[i % 2], "Reply"]
    return lines


def _teasers(count: int) -> list[str]:
    return [line for i in range(count) for line in (
        f"Council votes on the new budget, part {i}",
        "By Staff Reporter",
        f"{i + 1}/06/2024 0{i}:15 PM",
    )]  # fmt: skip


def _relative_comments(count: int, stamp: str, reply_after: int = -1, reply: int = 0) -> list[str]:
    lines = []
    for i in range(count):
        lines += [f"reader{i}", stamp.format(n=i + 2), COMMENTS[i % 2], "Reply"]
        if i == reply_after:
            # A long reply between two dated comments.
            lines += [p.replace("The ", "Our ") for p in (PARAGRAPHS * 2)[:reply]]
    return lines


def _relative_teasers(count: int, stamp: str) -> list[str]:
    return [line for i in range(count) for line in (
        f"Council votes on the new budget, part {i}",
        f"The councillors of ward {i} argued for hours about the plan before a narrow vote.",
        stamp.format(n=i + 2),
    )]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "gone"), [
    ("comments under relative dates", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
        _relative_comments(5, "{n} days ago at 07:52 am")),
     ["reader0", COMMENTS[0]]),
    ("teasers with a summary under abbreviated relative dates", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
        _relative_teasers(5, "{n}H ago")),
     # (the first teaser's title and summary, over its date, stay)
     ["part 1", "ward 1", "part 4"]),
    ("teasers under relative dates in capitals", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
        _relative_teasers(5, "{n} HOURS AGO")),
     ["part 1", "ward 1", "part 4"]),
    ("Indonesian comments under relative dates", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
        _relative_comments(5, "{n} jam yang lalu")),
     ["reader0", COMMENTS[0]]),
    ("comments with a name and a date over each", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, _comments(6)),
     ["6 comments", "reader0 says:", COMMENTS[0], COMMENTS[1]]),
    ("teasers of other stories with a byline and a date", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, _teasers(5),
        ["More stories"], COMMENTS),
     ["Council votes", "By Staff Reporter", COMMENTS[0]]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_a_list_of_dated_items_under_the_article_ends_it(name, text, gone):
    body = body_of(text)
    assert all(p in body for p in PARAGRAPHS), name
    for snippet in gone:
        assert snippet not in body, name


def test_a_thread_goes_on_past_a_reply_shorter_than_the_article():
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
                _relative_comments(6, "{n} hours ago", reply_after=3, reply=5))
    body = body_of(text)
    assert PARAGRAPHS[-1] in body and "reader5" not in body and "Our river rose" not in body


@pytest.mark.xfail(strict=True, reason="a reply longer than the article ends the thread: "
                   "what follows it may be the article's own prose")
def test_a_thread_whose_long_replies_outweigh_the_article_ends_it():
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
                _relative_comments(6, "{n} hours ago", reply_after=3, reply=10))
    assert "reader5" not in body_of(text)


def _live_entries(count: int, stamp: str) -> list[str]:
    return [line for i in range(count) for line in (stamp.format(i=i), PARAGRAPHS[i % 6])]


@pytest.mark.parametrize(("name", "text"), [
    ("a live blog: bare times over its entries", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4],
        _live_entries(8, "1{i}:45"), PARAGRAPHS[4:])),
    ("dated entries before the article's first words of prose", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], _live_entries(4, "{i}/06/2024"),
        PARAGRAPHS)),
    ("a gallery of dated pictures inside the article", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:3],
        [line for i in range(4) for line in ("Photo: Example", f"{i + 1} June 2024")],
        PARAGRAPHS[3:], PARAGRAPHS, PARAGRAPHS)),
    ("a live blog: relative times over entries from the article's start", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE],
        _live_entries(8, "{i}0 min ago"), PARAGRAPHS)),
    ("a number of years ago in short lines of the article", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4],
        [line for i in range(4) for line in (f"The flood of {i + 2} years ago", "Photo: Example")],
        PARAGRAPHS[4:], PARAGRAPHS, PARAGRAPHS)),
    ("a table of years", page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4],
        ["Water level", "2021", "2022", "2023", "2024", "3.1 m", "2.9 m", "4.3 m", "4.0 m"],
        PARAGRAPHS[4:])),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_dated_look_alikes_inside_the_article_stay(name, text):
    body = body_of(text)
    assert all(p in body for p in PARAGRAPHS), name
    assert text.split("\n")[-2] in body, name


@pytest.mark.parametrize(("name", "make"), [
    ("dates on every line under the article", lambda n: page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS,
        [f"{i % 28 + 1}/06/2024 12:{i % 60:02d}" for i in range(n)])),
    ("dated items under the article", lambda n: page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, _comments(n // 4))),
    ("the title repeated over the article", lambda n: page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE] * n, PARAGRAPHS, FOOTER)),
    ("copyright lines under the article", lambda n: page(
        [f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, ["© Example"] * n)),
], ids=lambda v: v if isinstance(v, str) else "")  # fmt: skip
def test_long_pages_are_read_in_linear_time(name, make):
    import time

    def seconds(n: int) -> float:
        text = make(n)
        headline = extract_headline(text)
        started = time.process_time()
        find_boilerplate(text, None, headline)
        return time.process_time() - started

    small, big = max(seconds(2_000), 0.002), seconds(20_000)
    # Ten times the lines: about ten times the time when linear, a hundred if quadratic.
    assert big < 2.0 and big / small < 40, (name, small, big)


# ---- closing headings: the article's end even when comments outweigh it ---------------

LONG_COMMENTS = [f"{c} And I said so to the council at the meeting on Monday evening too."
                 for c in COMMENTS] * 4


def _short_article_with_long_comments(heading: str) -> str:
    return page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4], [heading],
                LONG_COMMENTS)


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_closing_heading_ends_an_article_its_comments_outweigh(lang):
    words = load(lang).words("debris", "closing")
    assert words
    for heading in words:
        body = body_of(_short_article_with_long_comments(heading))
        assert PARAGRAPHS[3] in body and LONG_COMMENTS[0] not in body, heading


@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_closing_examples_are_closing_headings(lang):
    language = load(lang)
    closing = closing_headings(language)
    for example in language.concern("debris")["closing"]["examples"]:
        assert fold_line(example) in closing, example


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "id"])
def test_a_comment_form_heading_with_its_cancel_link_ends_the_article(lang):
    # A blog prints its comment form's heading and the "cancel reply" link on one line.
    language = load(lang)
    for example in language.concern("debris")["cancel_reply"]["examples"]:
        body = body_of(_short_article_with_long_comments(example))
        assert PARAGRAPHS[3] in body and LONG_COMMENTS[0] not in body, example


@pytest.mark.parametrize(("name", "line"), [
    ("the cancel link alone", "Cancel reply"),
    ("a box heading with the cancel link", "Most Read Cancel reply"),
    ("a sentence naming the form", "Leave a reply or cancel the reply, the editor wrote."),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_cancel_link_look_alikes_do_not_end_the_article(name, line):
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4], [line],
                PARAGRAPHS[4:])
    assert all(p in body_of(text) for p in PARAGRAPHS), name


def test_a_box_heading_waits_for_most_of_the_core():
    # "Most Read" may head a box inside an article: with the comments outweighing the
    # article before it, it is passed over (a closing heading is not).
    body = body_of(_short_article_with_long_comments("Most Read"))
    assert LONG_COMMENTS[0] in body


def test_a_closing_heading_over_the_article_is_passed_over():
    # A comment count under the title: too little of the core before it.
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE, "Comments"], PARAGRAPHS, FOOTER)
    assert all(p in body_of(text) for p in PARAGRAPHS)


# ---- the copyright line: the page's footer ----------------------------------------------

@pytest.mark.parametrize("lang", ["en", "id", "ms", "de", "fr", "es"])
def test_every_copyright_example_ends_the_article(lang):
    language = load(lang)
    examples = language.concern("debris")["copyright"]["examples"]
    for line in [*examples, "© 2024 The Example Times"]:
        text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, [line],
                    LONG_COMMENTS[:2])
        removals = find_boilerplate(text, language, extract_headline(text))
        body = assemble_body(text, removals, None).text
        assert PARAGRAPHS[-1] in body and line not in body, line
        assert LONG_COMMENTS[0] not in body, line


@pytest.mark.parametrize(("name", "line"), [
    ("a photo's credit names no year", "© Jane Doe/Example Agency"),
    ("a year in a sentence about copyright", "The copyright ran out in 1998, the court heard."),
    ("a copyright word inside a line", "Read our copyright notice of 2024"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_copyright_look_alikes_do_not_end_the_article(name, line):
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:4], [line],
                PARAGRAPHS[4:])
    assert all(p in body_of(text) for p in PARAGRAPHS), name


def test_a_copyright_line_over_most_of_the_article_is_a_credit():
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:1],
                ["© 2024 Example Agency"], PARAGRAPHS[1:])
    assert all(p in body_of(text) for p in PARAGRAPHS)


# ---- closing headings on a web page without an article core ------------------------------

#: A photo diary: short paragraphs, each under three pictures and their captions.  The
#: runs of short lines between them keep any stretch from scoring as an article core.
DIARY = [
    line
    for n, words in enumerate(["harbour", "lighthouse", "market", "ferry", "castle", "beach",
                               "bakery", "museum", "garden", "station"])
    for line in ("Photo", f"The {words} at noon", "Photo", f"Day {n + 1}, late in the evening",
                 f"We walked to the {words} after breakfast and stayed there all day.")
]  # fmt: skip
DIARY_COMMENTS = COMMENTS


def _diary(*after: list[str]) -> str:
    return page([f"{TITLE} | A Travel Blog"], MENU[:3], DIARY, *after)


@pytest.mark.parametrize(("name", "heading", "kept"), [
    ("a comment form closes the diary", "Leave a Reply", False),
    ("with its cancel link", "Schreibe einen Kommentar Antworten abbrechen", False),
    ("post navigation closes it", "Beitragsnavigation", False),
    ("a box heading needs a core", "Most Read", True),
    ("a line of prose naming comments", "Comments are welcome below, as always.", True),
], ids=lambda v: v if isinstance(v, str) and len(v) < 60 else "")  # fmt: skip
def test_a_closing_heading_ends_a_page_without_a_core(name, heading, kept):
    text = _diary([heading], DIARY_COMMENTS, FOOTER)
    body = body_of(text)
    assert DIARY[-1] in body, name
    assert (DIARY_COMMENTS[0] in body) == kept, name


def test_a_closing_heading_before_most_of_a_page_without_a_core_is_passed_over():
    # Under the second paragraph (too little prose before it): a comment count.
    text = page([f"{TITLE} | A Travel Blog"], MENU[:3], DIARY[:10], ["Comments"], DIARY[10:],
                DIARY_COMMENTS)
    assert all(line in body_of(text) for line in DIARY)


def test_a_closing_heading_in_a_text_without_menus_changes_nothing():
    text = page([TITLE], [line for line in DIARY if line != "Photo"], ["Leave a Reply"],
                DIARY_COMMENTS)
    assert find_boilerplate(text, None, extract_headline(text)) == ()


# ---- the author's note: "Jane Roe is a senior writer for ..." ends the article ---------

TEASERS = [
    "Storm damage closes the coast road for a week while crews clear the fallen trees",
    "Council votes to rebuild the old harbour wall after years of delays and rising costs",
]


@pytest.mark.parametrize("note", [
    "Jane Roe is a senior writer for The Example Times.",
    "Sam Lee (sam@example.com) is the editor of Example Weekly and a contributor to several magazines.",
    "Maria Ortiz is an award-winning health Reporter based in Austin, Texas.",
    "Tom Baker Jr. is a professor of history at the University of Example.",
])
def test_an_authors_note_after_the_article_ends_it(note):
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, [note], TEASERS)
    body = body_of(text)
    assert PARAGRAPHS[-1] in body
    assert note not in body and TEASERS[0] not in body


def test_an_indonesian_writers_note_ends_the_article():
    note = "Penulis adalah dosen ilmu politik di Universitas Contoh."
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, [note], TEASERS)
    assert note not in body_of(text) and PARAGRAPHS[-1] in body_of(text)


@pytest.mark.parametrize("line", [
    # no name at the line's start, or no role after the link
    "The mayor is a former reporter who covered the council for a decade.",
    "Smith said he is a writer and would not comment on the case.",
    "Jane Roe is a mother of three who has lived by the river all her life.",
    # a role too far after the link
    "Jane Roe is a resident of the lower town whose house flooded twice, and her neighbour, a writer, agreed.",
])
def test_lines_like_an_authors_note_do_not_end_the_article(line):
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:3], [line],
                PARAGRAPHS[3:])
    body = body_of(text)
    assert line in body and PARAGRAPHS[-1] in body


def test_an_authors_note_early_in_the_article_is_part_of_it():
    note = "Jane Roe is a senior writer for The Example Times."
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS[:1], [note],
                PARAGRAPHS[1:])
    assert all(p in body_of(text) for p in PARAGRAPHS)


@pytest.mark.xfail(strict=True, reason="a capitalised title before 'is a' reads as a name: a "
                   "sentence on a journalist late in the article ends it")
def test_a_late_sentence_on_a_journalist_stays():
    line = "The Mayor is a former reporter who covered the council for a decade."
    text = page([f"{TITLE} | The Example Times"], MENU, [TITLE], PARAGRAPHS, [line], TEASERS)
    assert line in body_of(text)


def test_the_authors_note_pattern_is_linear_on_hostile_input():
    from articleparse.extractors.boilerplate import _author_bio
    from test_pattern_safety import HOSTILE, too_slow

    pattern, _ = _author_bio((load("en"), load("id")))
    hostile = dict(HOSTILE)
    hostile["names"] = ("Jane Roe Lee Ann " * 7000)[:100_000]
    hostile["names_is_a"] = ("Jane Roe is a " + "x" * 50 + "\n") * 1500
    for kind, big in hostile.items():
        assert not too_slow({"author_bio": pattern}, big), kind


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_authors_note_example_is_one(lang):
    from articleparse.extractors.boilerplate import _bio_line

    language = load(lang)
    for example in language.concern("debris")["author_bio"]["examples"]:
        assert _bio_line([example], (language,)) == 0, example


def test_relative_date_pattern_is_linear_on_hostile_input():
    from test_pattern_safety import HOSTILE, too_slow

    from articleparse.extractors.boilerplate import _every_language, _relative_date

    pattern = _relative_date(_every_language())
    assert pattern is not None
    hostile = dict(HOSTILE)
    hostile["counts and units"] = "3 days " * 15_000
    hostile["glued units"] = "3" + "d" * 100_000
    hostile["markers"] = "3 dd yang yang " * 7_000
    for name, text in hostile.items():
        assert not too_slow({"relative_date": pattern}, text), name


# ---- session 11, round 2: a list closing a text that is no web page ----

_STORY = ("Floods close roads across the county\n"
          "Heavy rain closed dozens of roads across the county on Tuesday, the council said.\n"
          "Crews worked through the night to clear the worst of the water from the bridge.\n")


@pytest.mark.parametrize(("tail", "kept_last"), [
    ("Related Topics\nCarlisle\nFlooding", "bridge."),
    ("Explore more on these topics\nWeather\nFloods", "bridge."),
    ("Share this:\nFacebook\nX\nLike this:\nRelated", "bridge."),
    ("Berita Terkait\nBanjir Rendam Jalan Tol\nHujan Deras Lagi", "bridge."),
    ("Comments\nSam says:\nGreat read!\nJo says:\nAgreed", "bridge."),
])
def test_a_closing_list_ends_a_plain_article(tail, kept_last):
    text = _STORY + tail + "\n"
    assert rules(text) == ["boilerplate.after_article"]
    assert body_of(text).endswith(kept_last)


@pytest.mark.parametrize("tail", [
    # prose after a furniture heading that is no closing one: a box inside the story
    "Most Read\nThe council said it would review its flood plans after the storm next month.\n",
    # comments in prose: no telling them from the article going on without a page's layout
    "Comments\nSam says:\nThanks for the report, we were wondering why the buses had stopped.\n",
    # the heading at the very top: no prose before it
    None,
    # a line that only starts like a heading
    "Related Topics include the council's budget and the new bridge\nMore.\n",
])
def test_lines_like_a_closing_list_stay(tail):
    if tail is None:
        text = "Flood report\nRelated Topics\nCarlisle\n"
    else:
        text = _STORY + tail
    assert rules(text) == []
