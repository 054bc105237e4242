"""The text reader's mechanisms from text batch 32 (issue 14): a numbered head with the date (and its
weekday) before "by" and the name, lines the page repeats word for word under every header (a mail
archive's recipient line) or after every post (a forum's "back to top"), the labelled fields of a
forum's profile block, the label word every post header puts before its author, a forum quotation
cited with "Name verb: ↑" over the quoted post's date, and a mail client's dated attribution under a
message's own header. Pages are built by hand with names, lists and sites that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._dates import strip_timestamp
from slant.readers._text_lines import LineKind, classify

BODY = (
    "The council will close the old swimming baths for eleven months from March for a full refit.\n\n"
    "Swimmers from the two clubs will train at the school pool across the river until it reopens.\n\n"
)


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("2. Le jeudi 5 juin 2025, 08:40 par Odile V.", "Odile V.", "2025-06-05T08:40:00"),
        ("7. Am Freitag, 6. Juni 2025 um 09:15 von Henrik Laas", "Henrik Laas", "2025-06-06T09:15:00"),
        ("3. El martes 3 de junio de 2025, 10:05 por Nuria Pons", "Nuria Pons", "2025-06-03T10:05:00"),
    ],
)
def test_a_numbered_head_with_the_date_before_by_and_the_name_is_a_header(
    line: str, author: str, published: str
) -> None:
    kind, header = classify(line)
    assert kind is LineKind.HEADER
    assert header is not None and header.author == author and header.published == published


@pytest.mark.issue(14)
def test_a_weekday_before_a_date_belongs_to_the_timestamp() -> None:
    assert strip_timestamp("Le samedi 7 juin 2025, 19:30") == ("", "2025-06-07T19:30:00", True)


# (lines longer than a hard-wrapped dump's, as a mail archive's web view prints them)
LONG_BODY = (
    "The council will close the old swimming baths for eleven months from March for a full refit of the "
    "roof, the changing rooms and the heating.\n\n" + BODY
)
MAIL_ARCHIVE = (
    "Pool closure\n\n"
    "Vera Lindqvist\nunread,\n03.06.2025, 18:02:10\nto riverside-residents\n" + LONG_BODY + "Otto Brenner\n"
    "unread,\n03.06.2025, 19:40:55\nto riverside-residents\n"
    "Eleven months is far too long for a refit of a pool that small, in my view.\n\n"
    "Maja Holm\nunread,\n04.06.2025, 07:12:03\nto riverside-residents\n"
    "Otto Brenner wrote on Tuesday, June 3, 2025 at 7:40:55 PM UTC+2:\n"
    "> Eleven months is far too long\n\n"
    "The contract covers the roof as well, so it cannot be done any faster than that.\n\n"
    "Jonas Weil\nunread,\n04.06.2025, 08:30:41\nto riverside-residents\n"
    "Does anyone know whether the sauna stays open during the works?\n"
)


@pytest.mark.issue(14)
def test_a_line_repeated_under_every_header_is_chrome_and_a_dated_attribution_marks_the_parent() -> None:
    doc = read(MAIL_ARCHIVE)
    assert summary(doc) == [
        ("Otto Brenner", "Eleven months is far too long for a refit of a pool that small, in my view.", None),
        (
            "Maja Holm",
            "Otto Brenner wrote on Tuesday, June 3, 2025 at 7:40:55 PM UTC+2:\n> Eleven months is far too long\n\n"
            "The contract covers the roof as well, so it cannot be done any faster than that.",
            0,
        ),
        ("Jonas Weil", "Does anyone know whether the sauna stays open during the works?", None),
    ]


def _post(name: str, posts: int, place: str, when: str, text: str) -> str:
    return (
        f"{name}\nPosts: {posts}\nRegistered: 12 Mar 2019, 10:00\nLocation: {place}\n\n"
        f"Re: Pool closure\n\nPostado {name} » {when}\n\n{text}\n\nTop of page\n\n"
    )


FORUM = (
    "Pool closure\n\n"
    + _post("Harbourmaster", 4021, "Quayside", "03 Jun 2025, 09:12", BODY.strip())
    + _post(
        "Lena_K", 88, "Old Town", "03 Jun 2025, 10:31", "Where will the school classes swim until it opens?"
    )
    + _post(
        "Piet Dorn",
        1204,
        "Hillside",
        "03 Jun 2025, 11:05",
        "Lena_K kirjoitti: ↑\n03 Jun 2025, 10:31\nWhere will the school classes swim\n\n"
        "At the school pool across the river, the head teacher said.",
    )
    + _post("Lena_K", 88, "Old Town", "03 Jun 2025, 12:40", "Piet Dorn, thanks, that helps a lot.")
)


@pytest.mark.issue(14)
def test_a_forum_profile_block_back_to_top_label_word_and_cited_quotation() -> None:
    doc = read(FORUM)
    assert summary(doc) == [
        ("Lena_K", "Where will the school classes swim until it opens?", None),
        (
            "Piet Dorn",
            "Lena_K kirjoitti: ↑\n03 Jun 2025, 10:31\nWhere will the school classes swim\n\n"
            "At the school pool across the river, the head teacher said.",
            0,
        ),
        ("Lena_K", "Piet Dorn, thanks, that helps a lot.", 1),
    ]


@pytest.mark.issue(14)
def test_an_iso_date_with_a_worded_time_leaves_the_name_alone() -> None:
    kind, header = classify("4. Lior Ben-Ami on 2025-06-04 at 18:22")
    assert kind is LineKind.HEADER
    assert (
        header is not None and header.author == "Lior Ben-Ami" and header.published == "2025-06-04T18:22:00"
    )


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mots-clés : piscine, travaux, mairie", LineKind.CHROME),
        ("Schlagworte: Hallenbad, Sanierung", LineKind.CHROME),
        ("Nachricht wurde gelöscht", LineKind.CHROME),
        ("This message has been deleted", LineKind.CHROME),
        ("Reply to author", LineKind.BUTTONS),
        ("Antwort an Autor", LineKind.BUTTONS),
        (
            "Последний раз редактировалось Иван Петров 04 июн 2025, 13:52, всего редактировалось 1 раз.",
            LineKind.CHROME,
        ),
    ],
)
def test_tags_deleted_notices_mail_buttons_and_edit_notes(line: str, kind: LineKind) -> None:
    assert classify(line)[0] is kind


SIGNED_THREAD = (
    "Pool closure\n\n" + BODY + "Comments\n\n"
    "Nora Blythe on June 4, 2025 at 6:47 pm\n\nWill the sauna stay open while the pool is shut?\n\nReply\n\n"
    "Aled Price on June 4, 2025 at 7:02 pm\n\nHello Nora, the sauna closes too, the notice says.\n\n"
    "Best wishes\nAled\n\nReply\n\n"
    "Nora Blythe on June 4, 2025 at 7:30 pm\n\nThanks, Aled, that settles it for the winter.\n\nReply\n\n"
    "Leave a Reply\n\n"
    "Proudly built with a free theme by a small studio in the north of England.\n"
)


@pytest.mark.issue(14)
def test_a_salutation_names_the_parent_a_sign_off_stays_and_a_footer_under_the_form_is_no_comment() -> None:
    assert summary(read(SIGNED_THREAD)) == [
        ("Nora Blythe", "Will the sauna stay open while the pool is shut?", None),
        ("Aled Price", "Hello Nora, the sauna closes too, the notice says.\n\nBest wishes\nAled", 0),
        ("Nora Blythe", "Thanks, Aled, that settles it for the winter.", 1),
    ]


BANNER_PAGE = (
    "Skip to content\n\nMillbrook Cycling Club\nRides, routes and club news from the lanes north of town\n\n"
    "    Home\n    About\n    Membership waiting list\n    Rules\n    Contact\n\n"
    "Winter rides to start an hour later\n\nPosted on June 4, 2025 by Gwen Harte\n\n" + BODY
)


@pytest.mark.issue(14)
def test_the_line_right_over_the_byline_is_the_headline_under_a_longer_banner_tagline() -> None:
    doc = read(BANNER_PAGE)
    assert doc.title is not None and doc.title.text == "Winter rides to start an hour later"
    assert doc.article.text.startswith("The council will close")


@pytest.mark.issue(14)
def test_the_articles_own_message_header_is_no_article_text() -> None:
    doc = read(MAIL_ARCHIVE)
    assert doc.article.text.startswith("The council will close")
    assert doc.published == "2025-06-03"


@pytest.mark.issue(14)
def test_the_first_posts_profile_block_gives_no_publication_date() -> None:
    assert read(FORUM).published == "2025-06-03"
