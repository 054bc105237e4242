"""The plain-text page reader, on small pages built inline (whole pages: tests/readers/test_pages.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import slant

BODY = (
    "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
    "Opposition members said the plan cut too deeply into services, and promised to fight it in court."
)


def read(text: str) -> slant.Document:
    return slant.read(text, format="text")


def page(*comment_lines: str, head: str = "Council Approves Budget After Long Debate\n\n") -> str:
    return head + BODY + "\n\n" + "\n".join(comment_lines) + "\n"


# --- the head: chrome, title, date, byline -------------------------------------------------------


def test_chrome_is_kept_out_of_title_and_article() -> None:
    text = (
        "Home | News | City\n\nJUNE 2023\n\nCouncil Approves Budget After Long Debate\n\n"
        "Click to see the full-size map\n\nWe use cookies to improve your experience. Accept all\n\n"
        "Loading...\n\n" + BODY.replace("\n\n", "\n\nAdvertisement\n\nShare\n\n") + "\n\nRead more\n"
    )
    doc = read(text)
    assert doc.title is not None and doc.title.text == "Council Approves Budget After Long Debate"
    assert doc.article.text == BODY
    assert doc.reader == "text"
    for chrome in (
        "JUNE 2023",
        "Click to see the full-size map",
        "Advertisement",
        "Share",
        "Read more",
        "Loading...",
    ):
        assert chrome in doc.meta["chrome"]


def test_month_year_widget_is_never_the_publication_date() -> None:
    assert read("MARCH 2021\n\nCouncil Approves Budget After Long Debate\n\n" + BODY).published is None


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Published: 28 Nov 2016", "2016-11-28"),
        ("November 28, 2016", "2016-11-28"),
        ("2016-11-28", "2016-11-28"),
        ("Monday, Nov. 28th, 2016 at 10:15 am", "2016-11-28"),
        ("28.11.2016", "2016-11-28"),
        ("28 ноября 2016 г.", "2016-11-28"),
        ("By Jane Doe | November 28, 2016", "2016-11-28"),
        ("Posted on November 28, 2016 by Jane Doe", "2016-11-28"),
    ],
)
def test_date_line_near_the_title_is_the_publication_date(date_line: str, iso: str) -> None:
    doc = read(f"Council Approves Budget After Long Debate\n\n{date_line}\n\n{BODY}")
    assert doc.published == iso
    assert date_line not in doc.article.text


def test_a_date_inside_the_article_is_not_the_publication_date() -> None:
    doc = read(
        "Council Approves Budget After Long Debate\n\n" + BODY + "\n\nThe vote on 2016-11-28 was close."
    )
    assert doc.published is None


def test_byline_gives_the_article_author() -> None:
    doc = read("Council Approves Budget After Long Debate\n\nBy Jane Doe, City Reporter\n\n" + BODY)
    assert doc.author == "Jane Doe"
    assert doc.article.text == BODY


def test_page_without_a_headline_has_no_title() -> None:
    doc = read(BODY)
    assert doc.title is None
    assert doc.article.text == BODY


def test_subheading_inside_an_article_without_comments_stays_in_the_article() -> None:
    text = BODY + "\n\nMilitary Situation\n\n" + BODY
    doc = read(text)
    assert doc.comments == ()
    assert "Military Situation" in doc.article.text


# --- comments: authors, boundaries, empty and multi-paragraph comments -----------------------------


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("northerntruthseeker .", "northerntruthseeker"),
        ("Jane Doe says:", "Jane Doe"),
        ("@jdoe", "jdoe"),
        ("1. Jane Doe", "Jane Doe"),
        ("#2 Jane Doe", "Jane Doe"),
        ("Jane Doe · 3 hours ago", "Jane Doe"),
        ("Jane Doe | March 3, 2021 at 5:12 pm", "Jane Doe"),
        ("Jane Doe wrote:", "Jane Doe"),
    ],
)
def test_author_lines_are_normalised(header: str, author: str) -> None:
    doc = read(page("Comments", "", header, "", "I disagree with every word of this."))
    assert [(c.author, c.text) for c in doc.comments] == [(author, "I disagree with every word of this.")]


def test_author_with_no_text_is_an_empty_comment() -> None:
    doc = read(page("Jane Doe", "", "", "Bob Stone", "", "Totally agree with the council here."))
    assert [(c.id, c.author, c.text) for c in doc.comments] == [
        ("c1", "Jane Doe", ""),
        ("c2", "Bob Stone", "Totally agree with the council here."),
    ]


def test_paragraphs_of_one_comment_stay_together_and_a_wider_gap_starts_a_new_comment() -> None:
    doc = read(
        page(
            "Jane Doe",
            "",
            "First paragraph of Jane.",
            "",
            "Second paragraph of Jane.",
            "",
            "",
            "Someone without an author line.",
        )
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Jane Doe", "First paragraph of Jane.\n\nSecond paragraph of Jane."),
        (None, "Someone without an author line."),
    ]


def test_the_paragraph_gap_is_learned_from_the_page() -> None:
    # A double-spaced page: two blank lines between paragraphs, three between comments.
    spaced = BODY.replace("\n\n", "\n\n\n")
    text = (
        "Council Approves Budget After Long Debate\n\n\n"
        + spaced
        + "\n\n\nJane Doe\n\n\nOne.\n\n\nTwo.\n\n\n\nThree."
    )
    doc = read(text)
    assert [(c.author, c.text) for c in doc.comments] == [("Jane Doe", "One.\n\nTwo."), (None, "Three.")]


def test_action_rows_end_a_comment_and_never_enter_its_text() -> None:
    doc = read(page("Comments", "Great piece.", "Like · Reply · 3h", "Another anonymous view here.", "Reply"))
    assert [c.text for c in doc.comments] == ["Great piece.", "Another anonymous view here."]


def test_timestamps_go_to_published_never_into_the_text() -> None:
    doc = read(
        page(
            "Jane Doe",
            "March 3, 2021 at 5:12 pm",
            "",
            "An absolute date.",
            "",
            "Bob Stone",
            "3 hours ago",
            "",
            "A relative one.",
        )
    )
    assert [(c.author, c.published, c.text) for c in doc.comments] == [
        ("Jane Doe", "2021-03-03T17:12:00", "An absolute date."),
        ("Bob Stone", None, "A relative one."),
    ]


# --- replies ---------------------------------------------------------------------------------------


def _parents(doc: slant.Document) -> list[str | None]:
    return [c.parent for c in doc.comments]


def test_at_mention_replies_to_the_latest_comment_by_that_author() -> None:
    doc = read(
        page(
            "Comments",
            "",
            "Jane Doe",
            "",
            "One.",
            "",
            "Bob Stone",
            "",
            "Two.",
            "",
            "Jane Doe",
            "",
            "Three.",
            "",
            "Ann Lee",
            "",
            "@Jane Doe no.",
        )
    )
    assert _parents(doc) == [None, None, None, "c3"]


def test_reply_to_line_names_the_parent_and_a_reply_button_under_ones_own_comment_does_not() -> None:
    doc = read(
        page(
            "Jane Doe", "", "One.", "Reply to Jane Doe", "", "Bob Stone", "In reply to Jane Doe.", "", "Two."
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Jane Doe", "One.", None),
        ("Bob Stone", "Two.", "c1"),
    ]


def test_numbered_replies() -> None:
    doc = read(
        page(
            "Comments",
            "1. Jane Doe",
            "One.",
            "",
            "2. Bob Stone",
            "Two.",
            "",
            "2.1. Jane Doe",
            "Three.",
            "",
            "#3 Ann Lee",
            "Four.",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Jane Doe", None),
        ("Bob Stone", None),
        ("Jane Doe", "c2"),
        ("Ann Lee", None),
    ]


def test_indented_replies() -> None:
    doc = read(
        page(
            "Comments",
            "Jane Doe",
            "One.",
            "",
            "    Bob Stone",
            "    Two.",
            "",
            "        Ann Lee",
            "        Three.",
            "",
            "Lee Park",
            "Four.",
        )
    )
    assert _parents(doc) == [None, "c1", "c2", None]
    assert doc.comments[2].text == "Three."


def test_quoted_text_replies_to_the_comment_it_quotes() -> None:
    doc = read(
        page(
            "Comments",
            "Jane Doe",
            "The budget cuts libraries by a third.",
            "",
            "Bob Stone",
            "> cuts libraries by a third",
            "Source?",
            "",
            "Ann Lee",
            "“The budget cuts libraries by a third.” Not true, it is a fifth.",
            "",
            "Lee Park",
            "“after a long debate about school funding” says the article. Long indeed.",
        )
    )
    assert _parents(doc) == [None, "c1", "c1", None]  # the last one quotes the article, not a comment


def test_no_cue_no_parent() -> None:
    doc = read(
        page("Comments", "", "Jane Doe", "", "What does this mean?", "", "Bob Stone", "", "It is a typo.")
    )
    assert _parents(doc) == [None, None]


def test_comment_ids_follow_page_order() -> None:
    doc = read(page("Jane Doe", "", "One.", "", "Bob Stone", "", "Two.", "", "", "Three."))
    assert [c.id for c in doc.comments] == ["c1", "c2", "c3"]
    assert all(c.kind == "comment" for c in doc.comments)


# --- not a page ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello world",
        "Just a few words here.\n\nAnd a few more.",
        "12\n34\n56\n78\n90\n1234\n5678\n",
        "id,name,score\n1,alice,0.5\n2,bob,0.7\n3,carol,0.9\n4,dave,0.1\n",
        "2024-01-01 12:00:01 INFO server started\n2024-01-01 12:00:02 WARNING disk at 91%\n"
        "2024-01-01 12:00:03 ERROR request failed\n2024-01-01 12:00:04 INFO retrying\n",
    ],
    ids=["two-words", "few-words", "numbers", "csv", "log"],
)
def test_text_without_an_article_is_not_a_page(text: str) -> None:
    with pytest.raises(slant.NotAPageError) as caught:
        read(text)
    message = str(caught.value)
    assert "\n" not in message
    assert "not a news page" in message


def test_forum_levels_give_the_nesting() -> None:
    doc = read(
        page(
            "level 1", "jane_d", "· 8 hr. ago", "", "One.", "", "level 2", "bob_s", "· 7 hr. ago", "", "Two."
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("jane_d", "One.", None),
        ("bob_s", "Two.", "c1"),
    ]


def test_signature_line_names_the_author_and_ends_the_comment() -> None:
    doc = read(
        page("Readers' comments", "", "Lovely story.", "-- Margaret, Leeds", "", "Well done.", "-- Phil")
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Margaret", "Lovely story."),
        ("Phil", "Well done."),
    ]


def test_related_story_headlines_are_chrome_not_comment_authors() -> None:
    doc = read(
        page(
            "Related stories",
            "Harbour Expansion Plan Approved",
            "New Processing Plant Opens",
            "",
            "2 Comments",
        )
    )
    assert doc.comments == ()
    assert "Harbour Expansion Plan Approved" in doc.meta["chrome"]


def test_russian_chrome_and_headings() -> None:
    doc = read(
        page(
            "Поделиться",
            "",
            "Комментарии (2)",
            "",
            "Иван Петров",
            "",
            "Обещают уже десять лет.",
            "",
            "Ответить",
            "",
            "Марина",
            "",
            "Иван Петров, деньги уже выделены.",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("Иван Петров", None), ("Марина", "c1")]
    assert "Поделиться" not in doc.article.text


def test_hard_wrapped_paragraphs_and_email_style_headers() -> None:
    text = (
        "School Board Votes to Delay Start Times\n\n"
        "The school board voted on Thursday to move the start of the high\n"
        "school day from 7:30 to 8:30 a.m. from next September, after two\n"
        "years of pressure from parents.\n\n"
        "Bus routes will have to be redrawn at a cost of 400,000 dollars.\n\n"
        "On Feb 9, 2024, at 6:12 PM, Dan Hollis wrote:\n\n"
        "Good decision. My son has been falling asleep in chemistry for\ntwo years.\n\n"
        "On Feb 10, 2024, at 8:40 AM, Rachel Ng wrote:\n\n"
        "> My son has been falling asleep in chemistry\nMine too.\n"
    )
    doc = read(text)
    assert doc.title is not None and doc.title.text == "School Board Votes to Delay Start Times"
    assert doc.article.text.startswith(
        "The school board voted on Thursday to move the start of the high\nschool"
    )
    assert [(c.author, c.published, c.parent) for c in doc.comments] == [
        ("Dan Hollis", "2024-02-09T18:12:00", None),
        ("Rachel Ng", "2024-02-10T08:40:00", "c1"),
    ]
    assert (
        doc.comments[0].text == "Good decision. My son has been falling asleep in chemistry for\ntwo years."
    )


def test_wordpress_header_with_the_date_inside() -> None:
    doc = read(
        page(
            "2 Comments",
            "",
            "Leif Andersen on November 28, 2016 at 8:15 am said:",
            "",
            "My father fished here.",
        )
    )
    assert [(c.author, c.published, c.text) for c in doc.comments] == [
        ("Leif Andersen", "2016-11-28T08:15:00", "My father fished here.")
    ]


def test_title_case_subheading_above_a_comments_heading_stays_in_the_article() -> None:
    text = page(
        "Comments", "", "PeterJ", "3 Apr 2023 09:40", "", "So much for that.", head="Oil Prices Jump\n\n"
    )
    text = text.replace(BODY, BODY.replace("\n\n", "\n\nMarket Reaction\n\n"))
    doc = read(text)
    assert "Market Reaction" in doc.article.text
    assert [(c.author, c.published) for c in doc.comments] == [("PeterJ", "2023-04-03T09:40:00")]


def test_display_name_over_a_handle_is_one_author_and_media_placeholders_are_empty_text() -> None:
    doc = read(
        page(
            "Replies",
            "",
            "Dana Whitford",
            "@dana_w · 2h",
            "Still no power.",
            "",
            "Grid Watch",
            "@gridwatch · 1h",
            "Replying to @dana_w",
            "Crews are on their way.",
            "",
            "Sam K",
            "@samk · 1h",
            "[image]",
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Dana Whitford", "Still no power.", None),
        ("Grid Watch", "Crews are on their way.", "c1"),
        ("Sam K", "", None),
    ]


def test_russian_date_and_author_labels_and_relative_times() -> None:
    text = (
        "Главная › Общество\n\nВ городе открылся пункт приёма вторсырья\n\nОпубликовано: 15.06.2021\n\n"
        "Автор: Ольга Смирнова\n\n" + BODY + "\n\nКомментарии\n\nvasya_pupkin\nвчера в 14:05\n\nДавно пора!\n"
    )
    doc = read(text)
    assert (doc.published, doc.author) == ("2021-06-15", "Ольга Смирнова")
    assert doc.article.text == BODY
    assert [(c.author, c.published, c.text) for c in doc.comments] == [("vasya_pupkin", None, "Давно пора!")]


def test_blogger_headers_footers_and_a_byline_under_the_article() -> None:
    text = page(
        "3 comments:",
        "",
        "Anonymous said...",
        "",
        "Wonderful news.",
        "",
        "November 28, 2016 at 10:15 PM",
        "",
        "Delete",
        "",
        "Tom Barker said...",
        "",
        "Will there be parking?",
        "",
        "Post a Comment",
        "",
        "Newer Post Older Post Home",
    ).replace(BODY, BODY + "\n\nPosted by Margaret Hale at 9:14 AM")
    doc = read(text)
    assert doc.article.text == BODY
    assert [(c.author, c.text, c.published) for c in doc.comments] == [
        ("Anonymous", "Wonderful news.", "2016-11-28T22:15:00"),
        ("Tom Barker", "Will there be parking?", None),
    ]


def test_name_and_place_signatures_under_the_text() -> None:
    doc = read(
        page(
            "Your views",
            "",
            "Where does the money go?",
            "Pete, Hull",
            "",
            "Care has to be paid for.",
            "Julie, Beverley",
        )
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Pete", "Where does the money go?"),
        ("Julie", "Care has to be paid for."),
    ]


def test_view_counts_with_a_date_give_the_date_and_like_counts_end_a_comment() -> None:
    text = page(
        "1,204 Comments",
        "",
        "@lindiwe.m",
        "2 years ago (edited)",
        "Thank you to every rescuer.",
        "1.2K",
        "Reply",
    )
    doc = read(text.replace("\n\n" + BODY, "\n\n2,481,093 views  Jan 14, 2022\n\n" + BODY, 1))
    assert doc.published == "2022-01-14"
    assert [(c.author, c.text) for c in doc.comments] == [("lindiwe.m", "Thank you to every rescuer.")]


def test_subheadings_and_ranked_lists_in_an_article_are_not_a_thread() -> None:
    text = (
        "Who Runs Europe\n\n" + BODY + "\n\nMarket Reaction\n\n" + BODY + "\n\nThe Ranking\n\n"
        "1. Angela Merkel\n2. Christine Lagarde\n3. Ursula von der Leyen\n\nHumanitarian Corridors\n\n" + BODY
    )
    doc = read(text)
    assert doc.comments == ()
    assert doc.article.text.endswith("Humanitarian Corridors\n\n" + BODY)
    assert "2. Christine Lagarde" in doc.article.text


def test_plain_author_lines_need_thread_evidence() -> None:
    # Two author lines in a row (an image-only comment) and a comment-wide gap tell a thread.
    doc = read(page("Jane Doe", "", "", "Bob Stone", "", "One.", "", "", "Two."))
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Jane Doe", ""),
        ("Bob Stone", "One."),
        (None, "Two."),
    ]


def test_shuffled_lines_of_real_pages_read_or_fail_cleanly(pages_dir: Path, example_page: Path) -> None:
    """Any mix of the test pages' lines is read, or refused as not a page; nothing else is raised."""
    pool: list[str] = []
    for path in [example_page, *sorted((pages_dir / "text").glob("*.txt"))]:
        pool += path.read_bytes().decode("utf-8", "replace").replace("\r", "").split("\n")
    rng = random.Random(2)
    read_count = 0
    for _ in range(300):
        lines = [rng.choice(pool) if rng.random() > 0.3 else "" for _ in range(rng.randint(1, 60))]
        indent = " " * rng.choice((0, 0, 0, 2, 4))
        text = "\n".join(indent + line for line in lines)
        if not text.strip():
            continue
        try:
            doc = read(text)
        except slant.NotAPageError:
            continue
        read_count += 1
        assert all(c.parent is None or int(c.parent[1:]) < int(c.id[1:]) for c in doc.comments)
    assert read_count > 100


def test_forum_post_headers_and_subject_lines() -> None:
    text = (
        "Board index ‹ News\n\nNew Metro Line Opens\n\nPost by admin » Mon Nov 28, 2016 9:00 am\n\n"
        + BODY
        + "\n\nTop\n\n"
        "Re: New Metro Line Opens\n\nPost by kolya_m » Mon Nov 28, 2016 11:42 am\n\nRode it this morning.\n\nTop\n"
    )
    doc = read(text)
    assert (doc.author, doc.published, doc.article.text) == ("admin", "2016-11-28", BODY)
    assert [(c.author, c.published, c.text) for c in doc.comments] == [
        ("kolya_m", "2016-11-28T11:42:00", "Rode it this morning.")
    ]


def test_user_info_blocks_are_chrome_and_originally_posted_by_is_a_quoted_reply() -> None:
    doc = read(
        page(
            "Replies: 2",
            "",
            "Old Salt",
            "Senior Member",
            "Join Date: Mar 2011",
            "Posts: 4,512",
            "",
            "One sailing a day is not enough.",
            "",
            "Guest",
            "",
            "Quote:",
            "Originally Posted by Old Salt",
            "One sailing a day is not enough.",
            "We will have to move.",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("Old Salt", None), ("Guest", "c1")]
    assert doc.comments[1].text.startswith("Quote:\nOriginally Posted by Old Salt\n")


def test_wire_promos_read_times_and_updated_tails() -> None:
    text = (
        "Village Retaken Near Bakhmut\n\n4 minute read\n\nJune 12, 2023 2:41 PM GMT+1 Updated 2 hours ago\n\n"
        + BODY.replace("\n\n", "\n\nAdvertisement · Scroll to continue\n\n")
        + "\n\nGet weekly news and analysis with our newsletter. Sign up here.\n"
    )
    doc = read(text)
    assert (doc.published, doc.article.text) == ("2023-06-12", BODY)


def test_place_after_the_name_and_reply_to_above_the_next_comment() -> None:
    doc = read(
        page(
            "Comments (2)",
            "",
            "John Hartley (Sheffield)",
            "13 October 2022 at 10:02",
            "",
            "My father has waited 14 months.",
            "",
            "Recommend (45) · Report",
            "",
            "Reply to John Hartley",
            "Amelia Stone (Leeds)",
            "13 October 2022 at 11:20",
            "",
            "Same for my aunt.",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("John Hartley", None), ("Amelia Stone", "c1")]


def test_fediverse_handles_under_display_names() -> None:
    doc = read(
        page(
            "Replies",
            "",
            "Mira Hollander",
            "@mira@social.example",
            "I brought a radio from 1974.",
            "2d",
            "",
            "Kees van Dijk",
            "@kees@mastodon.example",
            "@mira was it a Philips?",
            "2d",
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Mira Hollander", "I brought a radio from 1974.", None),
        ("Kees van Dijk", "@mira was it a Philips?", "c1"),
    ]


def test_view_counter_is_chrome() -> None:
    doc = read("Kiev Forces Claim Breakthrough Near Kharkiv\n\nViews: 48,211\n\n" + BODY)
    assert doc.article.text == BODY


# --- widgets the patterns do not list, other languages, reply targets ------------------------------


def test_short_lines_of_widget_words_are_chrome_whatever_their_order() -> None:
    doc = read(
        page(
            "12 comments\n\nLogin\n\nOR SIGN UP WITH DISQUS ?\n\nSort by Oldest\nPer page\n50\n",
            "Avatar\nAnna Berg\nTop fan\n• 2 years ago\n\nA short first comment about the budget.\n\n5\n−\nReply •\nShare ›\n",
            "Avatar\nG\nOscar Lind\n3 hours ago\n\nAnd a second one.\n\n− ⚑\n",
        )
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Anna Berg", "A short first comment about the budget."),
        ("Oscar Lind", "And a second one."),
    ]


def test_a_name_under_the_author_and_over_the_timestamp_is_the_reply_target() -> None:
    doc = read(
        page(
            "Comments\n\nAnna Berg\n2 hours ago\n\nThe budget is fine.\n\nReply\n",
            "Oscar Lind\nStaff\nAnna Berg\n1 hour ago\n\nThanks for reading.\n\nReply\n",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("Anna Berg", None), ("Oscar Lind", "c1")]


def test_a_tagged_full_name_opening_a_comment_makes_it_a_reply() -> None:
    doc = read(
        page(
            "Comments\n\nSandra Yeo\nWho voted for this?\nLike · Reply · 3y\n",
            "Colin Pratt\nSandra Yeo the list is in the minutes.\nLike · Reply · 3y\n",
        )
    )
    assert [c.parent for c in doc.comments] == [None, "c1"]


def test_german_page_byline_date_and_reply() -> None:
    doc = read(
        "Politik\n\nBundestag beschließt neues Gesetz nach langem Streit\n\nVon Anna Becker\n\n"
        "08.09.2023, 14.32 Uhr\n\n" + BODY + "\n\nArtikel teilen\n\nKommentare\n\nNeueste zuerst\n\n"
        "klaus_m\nvor 3 Stunden\n\nEndlich eine Entscheidung.\n\nAntworten\nMelden\nEmpfehlen (14)\n\n"
        "Sabine W.\nvor 2 Stunden\nAntwort auf klaus_m\n\nFür Sie vielleicht.\n\nAntworten\n"
    )
    assert doc.published == "2023-09-08"
    assert doc.article.author == "Anna Becker"
    assert doc.article.text == BODY
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("klaus_m", "Endlich eine Entscheidung.", None),
        ("Sabine W.", "Für Sie vielleicht.", "c1"),
    ]


def test_names_with_places_before_a_timestamp_and_deleted_authors() -> None:
    doc = read(
        page(
            "Comments 23\n\nJules W, Bristol, United Kingdom, 1 year ago\n\nGood for her!\n\nClick to rate\nRate\n",
            "[deleted]\n· 2 hr. ago\n\n[removed]\n",
        )
    )
    assert [(c.author, c.text) for c in doc.comments] == [("Jules W", "Good for her!"), (None, "[removed]")]


def test_a_cookie_notice_in_russian_is_not_the_first_paragraph() -> None:
    doc = read(
        "Новости\n\nВы можете отключить cookies в настройках браузера.\n\n"
        "В Москве открылся новый терминал аэропорта\n\n15 марта 2023, 12:40\n\n" + BODY + "\n"
    )
    assert doc.title is not None and doc.title.text == "В Москве открылся новый терминал аэропорта"
    assert doc.published == "2023-03-15"
    assert doc.article.text == BODY


def test_in_a_thread_of_author_and_time_headers_unknown_lines_do_not_shift_comments() -> None:
    doc = read(
        page(
            "Comments\n\nYou can read this paper on one device at a time\n\nViewing Options\nFlat\nThreaded\n",
            "Anna Berg\n2 hours ago\n\nThe budget is fine.\n\nLike\nReply\n\nFollow us on Mastodon\n",
            "Sam in Swindon\n1 hour ago\n\nIt is not.\n\nLike\nReply\n",
        )
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Anna Berg", "The budget is fine."),
        ("Sam in Swindon", "It is not."),
    ]


def test_a_name_under_author_and_time_is_the_reply_target() -> None:
    doc = read(
        page(
            "Comments\n\nAnna Berg\n3 окт 2023, 14:10\n\nThe budget is fine.\n\nReply\n",
            "oscar_1985\n3 окт 2023, 15:22\nAnna Berg\n\nIt is not.\n\nReply\n",
        )
    )
    assert [(c.author, c.parent, c.published) for c in doc.comments] == [
        ("Anna Berg", None, "2023-10-03T14:10:00"),
        ("oscar_1985", "c1", "2023-10-03T15:22:00"),
    ]


def test_headline_over_standfirst_byline_with_role_and_a_jump_link_to_comments() -> None:
    doc = read(
        "Politics\n\nMinister resigns over expenses row\n\nOpposition calls for inquiry into spending on trips\n\n"
        "Emily Carter\nPolitical Correspondent\n\nFriday 19 May 2023 16:05 BST\n\nComments\n\n" + BODY + "\n"
    )
    assert doc.title is not None and doc.title.text == "Minister resigns over expenses row"
    assert doc.article.author == "Emily Carter"
    assert doc.published == "2023-05-19"
    assert doc.article.text == "Opposition calls for inquiry into spending on trips\n\n" + BODY


def test_a_date_line_under_the_standfirst_and_a_promo_blurb_after_the_article() -> None:
    doc = read(
        "Inflation: Preise steigen langsamer als erwartet\n\n"
        "Die Inflationsrate ist im Oktober auf 3,8 Prozent gesunken. Ökonomen sprechen von einer Trendwende.\n\n"
        "Aktualisiert am 30. Oktober 2023, 15:20 Uhr\n\n" + BODY + "\n\nJoin our commenting forum\n\n"
        "Join thought-provoking conversations, follow other readers and see their replies\n"
    )
    assert doc.published == "2023-10-30"
    assert doc.article.text.endswith("fight it in court.")
    assert "Aktualisiert" not in doc.article.text


def test_french_header_dates_topic_lists_and_a_notice_before_the_first_comment() -> None:
    doc = read(
        "Grève à la SNCF : le trafic fortement perturbé\n\nPar Julien Martin\n"
        "Publié le 15/09/2023 à 18:20, mis à jour le 16/09/2023 à 08:05\n\nÉcouter cet article\n\n"
        + BODY
        + "\n\nSujets\nSNCF\nGrève\n\nCommentaires (214)\n\nCe site utilise l'IA pour résumer les articles.\n\n"
        "Trier par : Les plus récents\n\nPierre Lemoine\nle 16/09/2023 à 09:12\n\nToujours les mêmes.\n\n"
        "Répondre\nJ'aime 34\n\nCecile B\nle 16/09/2023 à 09:40\n\n@Pierre Lemoine pas du tout.\n\nRépondre\n"
    )
    assert doc.published == "2023-09-15"
    assert doc.article.author == "Julien Martin"
    assert doc.article.text == BODY
    assert [(c.author, c.text, c.parent, c.published) for c in doc.comments] == [
        ("Pierre Lemoine", "Toujours les mêmes.", None, "2023-09-16T09:12:00"),
        ("Cecile B", "@Pierre Lemoine pas du tout.", "c1", "2023-09-16T09:40:00"),
    ]


def test_times_under_the_action_row_and_a_name_beside_the_date() -> None:
    doc = read(
        "Firefighters contain wildfire near Pine Ridge\n\nSophie Lambert | August 21, 2023\n\n"
        + BODY
        + "\n\n"
        "Most relevant\n\nLinda Hagen\nThank you firefighters!\nLike\nReply\n2h\n\n"
        "Rob Kessler\nSo who started it?\nLike\nReply\n45m\n"
    )
    assert doc.published == "2023-08-21"
    assert doc.article.author == "Sophie Lambert"
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Linda Hagen", "Thank you firefighters!"),
        ("Rob Kessler", "So who started it?"),
    ]


def test_dates_without_a_year_places_between_name_and_time_and_names_with_places() -> None:
    doc = read(
        page(
            "Comments 342\n\nReader Picks\nNewest\n\nEllen\nPortland, OR\nOct. 3\n\nMy daughter left teaching.\n\n"
            "Reply\nRecommend\n1.2K\n",
            "Игорь, Москва\n12.05.2023 15:02\n\nХорошая программа.\n\nОтветить\n",
            "Lena_K\n28.08.2023 • 11:30 Uhr\n\n@Ellen indeed.\n\nAntworten\n",
        )
    )
    assert [(c.author, c.text, c.parent, c.published) for c in doc.comments] == [
        ("Ellen", "My daughter left teaching.", None, None),
        ("Игорь", "Хорошая программа.", None, "2023-05-12T15:02:00"),
        ("Lena_K", "@Ellen indeed.", "c1", "2023-08-28T11:30:00"),
    ]


def test_polls_agency_credits_role_bylines_and_programme_notes_are_not_article() -> None:
    doc = read(
        "City to ban gas leaf blowers by 2026\n\nPublié le 21/08/23 à 11h42\nJenna Ruiz, staff reporter\n\n"
        "M.C. avec AFP\n\n"
        + BODY.replace("\n\n", "\n\nPOLL\nDo you support the ban?\nYes 58%\nNo 42%\n1,311 votes\n\n")
        + "\n\nDieses Thema im Programm:\nDas Erste tagesschau 28.08.2023 20:00 Uhr\n\nKommentare\n"
    )
    assert doc.published == "2023-08-21"
    assert doc.article.author == "Jenna Ruiz"
    assert doc.article.text == BODY


def test_names_with_a_relative_time_and_a_collapse_toggle_and_indented_replies() -> None:
    doc = read(
        page(
            "add comment\n\njkrauss 4 hours ago [–]\n\nThe real win.\n\nreply\n",
            "   mhollis 3 hours ago [–]\n\n   Until the burden lands.\n\n   reply\n",
            "pgreen 2 hours ago [–]\n\nNine days is slow.\n\nreply\n",
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("jkrauss", "The real win.", None),
        ("mhollis", "Until the burden lands.", "c1"),
        ("pgreen", "Nine days is slow.", None),
    ]


def test_reply_headers_in_french_guest_badges_and_edit_notes() -> None:
    doc = read(
        page(
            "Commentaires\n\nGuest\nEdouard M.\nil y a 3 h\n\nLe 1er mai sera historique.\n\nSignaler\nRépondre\n",
            "Réponse de Sophie_B à Edouard M.\nil y a 2 h\n\nPeut-être.\n\nLast edited 2 hours ago by Sophie_B\n"
            "Signaler\nRépondre\n",
        )
    )
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("Edouard M.", "Le 1er mai sera historique.", None),
        ("Sophie_B", "Peut-être.", "c1"),
    ]


def test_tags_and_promoted_stories_after_the_article_are_chrome() -> None:
    doc = read(
        "Hospital opens new cancer treatment wing\n\n"
        + BODY
        + "\n\nJournalism\nMedia\nLocal News\n\nPromoted Stories\nDoctors Stunned: This Simple Trick Helps You Sleep\n"
        "Sponsored | HealthyLivingTips\n\nby Taboola\n"
    )
    assert doc.article.text == BODY
    assert len(doc.comments) == 0


def test_bare_times_after_names_and_forum_dates_and_a_question_headline() -> None:
    doc = read(
        "Talk\n\nTo think the new school uniform rules are too expensive?\n\n"
        "NewMumOfThree · Sun 05-Mar-23 10:12:00\n\n"
        + BODY
        + "\n\nAdd message | Report | See all MNHQ posts\n\n"
        "Ирина 15:10\n\nХорошая идея, но как будут подтверждать?\n\nОтветить\n\n"
        "Гость 16:45\n\nИрина\n\nХорошая идея, но как будут подтверждать?\n\nНикак.\n\nОтветить\n"
    )
    assert (
        doc.title is not None and doc.title.text == "To think the new school uniform rules are too expensive?"
    )
    assert doc.published == "2023-03-05"
    assert doc.article.author == "NewMumOfThree"
    assert doc.article.text == BODY
    assert [(c.author, c.text.split("\n")[0], c.parent) for c in doc.comments] == [
        ("Ирина", "Хорошая идея, но как будут подтверждать?", None),
        ("Гость", "Ирина", "c1"),
    ]


def test_glued_update_tails_label_date_lines_and_academic_bylines() -> None:
    doc = read(
        "The Conversation\n\nWhy the Gulf Stream is slowing, and what it could mean for Europe's winters\n\n"
        "Published: February 9, 2024 6:58am EST\n\nAuthor\nHelen Marsh\n"
        "Professor of Oceanography, University of Southampton\n\nDisclosure statement\n"
        "Helen Marsh receives funding from the Natural Environment Research Council.\n\n" + BODY + "\n"
    )
    assert doc.published == "2024-02-09"
    assert doc.article.author == "Helen Marsh"
    assert doc.article.text == BODY
    wire = read("Italy approves budget\n\nDecember 29, 20231:15 PM GMTUpdated 2 hours ago\n\n" + BODY + "\n")
    assert wire.published == "2023-12-29"


def test_footer_signatures_deleted_users_issue_lines_and_forum_subjects() -> None:
    doc = read(
        "Коммерсантъ\n\nАвиакомпании попросили отсрочить платежи\n\n"
        "Газета «Коммерсантъ» №82 от 12.05.2023, стр. 7\n\n" + BODY + "\n\nComments\n\n"
        "Great news for working families.\n— Posted by Laura M. on September 12, 2022 at 6:40 pm\n\n"
        "Пользователь удален, 12 мая 2023, 12:30\n\nКомментарий удален модератором.\n\n"
    )
    assert doc.title is not None and doc.title.text == "Авиакомпании попросили отсрочить платежи"
    assert doc.published == "2023-05-12"
    assert doc.article.text == BODY
    assert [(c.author, c.text, c.published) for c in doc.comments] == [
        ("Laura M.", "Great news for working families.", "2022-09-12T18:40:00"),
        (None, "Комментарий удален модератором.", "2023-05-12T12:30:00"),
    ]
    forum = read(
        page(
            "Forum\n\nFunkloch_Franke\n14.06.2023 15:48\n\nÜberraschung! Dieselben Funklöcher.\n\nAntworten\n",
            "Bußgelder bringen nichts\nk.meier\n14.06.2023 17:20\n\nÄndert sich nichts.\n\nAntworten\n",
            "Re: Überraschung!\nNetzwerker_99\n14.06.2023 18:05\n\nKeine Ausrede.\n\nAntworten\n",
        )
    )
    assert [(c.author, c.parent) for c in forum.comments] == [
        ("Funkloch_Franke", None),
        ("k.meier", None),
        ("Netzwerker_99", "c1"),
    ]


def test_a_name_over_a_date_under_the_standfirst_and_short_russian_times() -> None:
    doc = read(
        "NZZ\n\nZürich will Parkplätze halbieren\n\n"
        "Der Stadtrat legt einen Plan vor, der 4000 Parkplätze aufheben soll. Das Gewerbe ist alarmiert.\n\n"
        "Andreas Schürer\n12.04.2024, 05.30 Uhr\n\nHören\nMerken\nDrucken\nTeilen\n\n"
        + BODY
        + "\n\nКомментарии (34)\n\n"
        "user_7781 · 3 ч\n\nНаконец-то.\n\nОтветить · 5\n\nOlga M. · 2 ч\n\nuser_7781, а мне осень нравится.\n\nОтветить\n"
    )
    assert doc.published == "2024-04-12"
    assert doc.article.author == "Andreas Schürer"
    assert doc.article.text.endswith("fight it in court.")
    assert "Hören" not in doc.article.text
    assert [(c.author, c.parent) for c in doc.comments] == [("user_7781", None), ("Olga M.", "c1")]


def test_a_said_line_quoting_an_earlier_comment_is_part_of_the_reply() -> None:
    doc = read(
        page(
            "Comments\n\njdoe\nDec 1, 2023\n\nNot surprised. Banning an app was never going to survive.\n\nUpvote\n",
            "mkrause\nDec 1, 2023\n\njdoe said:\nNot surprised. Banning an app was never going to survive.\n"
            "Click to expand...\n\nThe state will appeal anyway.\n\nUpvote\n",
        )
    )
    assert [(c.author, c.parent) for c in doc.comments] == [("jdoe", None), ("mkrause", "c1")]
    assert doc.comments[1].text.startswith("jdoe said:")
    assert doc.comments[1].text.endswith("The state will appeal anyway.")


def test_slashdot_style_headers_subjects_and_at_targets_under_the_time() -> None:
    doc = read(
        "Major Airline Grounds Flights\n\n"
        "Posted by msmash on Tuesday July 16, 2024 @10:40AM from the ground-stop dept.\n\n" + BODY + "\n\n"
        "Comments\n\nRe:Not a cyberattack (Score:5, Insightful)\n"
        "by gweihir ( 88907 ) on Tuesday July 16, 2024 @10:52AM\n\nWhich is exactly what you would say.\n\n"
        "Two hours is nothing (Score:4, Informative)\nby jopet ( 538074 ) on Tuesday July 16, 2024 @11:20AM\n\n"
        "Two hours is nothing.\n\nBaumfreund\nvor 2 Std.\n@gweihir\n\nUnd die Bäume?\n\nThank · Reply\n"
    )
    assert doc.published == "2024-07-16"
    assert doc.article.author == "msmash"
    assert doc.article.text == BODY
    assert [(c.author, c.text, c.parent) for c in doc.comments] == [
        ("gweihir", "Which is exactly what you would say.", None),
        ("jopet", "Two hours is nothing.", None),
        ("Baumfreund", "Und die Bäume?", "c1"),
    ]
