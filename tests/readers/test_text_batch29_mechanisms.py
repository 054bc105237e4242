"""The text reader's mechanisms from text batch 29 (issue 14): mail headers as a thread, numbered
heads ("#1 — Name", "#1.1 — Name"), a reply line between the name and the time, a closing
address ("Thank you, Nadia."), a widget's credit line, moderation and subscription notices, a
standfirst set apart over the byline, and the author box after the text. Pages are built by hand
with names, lists and sites that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

HEAD = "Ferry Timetable Cut For Winter\n\n"
BODY = (
    "The harbour board will run the island ferry four times a day from November instead of seven.\n\n"
    "Islanders say the change leaves no crossing early enough for the first shift at the cannery.\n\n"
)


def _message(number: int, name: str, sent: str, mid: str, body: str, *, answers: str | None = None) -> str:
    reply = f"In-Reply-To: <{answers}>\n" if answers else ""
    subject = (
        "Ferry timetable cut for winter"
        if answers is None
        else "Re: [harbour] Ferry timetable cut for winter"
    )
    return (
        f"Message: {number}\nDate: {sent}\nFrom: {name} <{name.split()[0].lower()}@isle.example>\n"
        f"Subject: {subject}\nMessage-ID: <{mid}>\n{reply}\n{body}\n\n{'-' * 30}\n\n"
    )


@pytest.mark.issue(14)
def test_a_page_of_mail_messages_is_read_from_their_headers() -> None:
    text = (
        "Today's Topics:\n\n   1. Ferry timetable cut for winter (Ann Quayle)\n"
        "   2. Re: Ferry timetable cut for winter (Rob Kermode)\n\n"
        + "-" * 60
        + "\n\n"
        + _message(
            1,
            "Ann Quayle",
            "Mon, 4 Nov 2024 08:00:00 +0000",
            "a1@isle",
            "Ferry timetable cut for winter\n\n" + BODY + "--\nAnn Quayle\nIsland News",
        )
        + _message(
            2,
            "Rob Kermode",
            "Mon, 4 Nov 2024 09:00:00 +0000",
            "b2@isle",
            "> four times a day\n\nThat is not enough for the cannery.",
            answers="a1@isle",
        )
        + _message(
            3,
            "Ann Quayle",
            "Mon, 4 Nov 2024 10:00:00 +0000",
            "c3@isle",
            "The board meets again in March.",
            answers="b2@isle",
        )
    )
    doc = read(text)
    assert doc.title is not None and doc.title.text == "Ferry timetable cut for winter"
    assert doc.article.text.startswith("The harbour board will run")
    assert doc.article.text.endswith("first shift at the cannery.")
    assert doc.article.published == "2024-11-04"
    assert summary(doc) == [
        ("Rob Kermode", "> four times a day\n\nThat is not enough for the cannery.", None),
        ("Ann Quayle", "The board meets again in March.", 0),
    ]


@pytest.mark.issue(14)
def test_a_numbered_head_loses_its_number_and_a_dotted_number_answers_its_stem() -> None:
    thread = (
        "Kommentare (3)\n\n"
        "#1 — Ole_Hansen\nvor 2 Tagen\nThe early crossing is the only one that matters.\nAntworten | Melden\n\n"
        "#1.1 — Berit Holm\nvor 1 Tag\nThe board says the early crossing costs the most fuel.\nAntworten | Melden\n\n"
        "#2 — Kari N.\nvor 1 Tag\nFour a day is what we had in 1990.\nAntworten | Melden\n"
    )
    doc = read(HEAD + BODY + thread)
    assert [(author, parent) for author, _, parent in summary(doc)] == [
        ("Ole_Hansen", None),
        ("Berit Holm", 0),
        ("Kari N.", None),
    ]


@pytest.mark.issue(14)
def test_a_reply_line_and_a_badge_between_the_name_and_the_time_keep_the_author() -> None:
    thread = (
        "Réactions (3)\n\n"
        "Yannick_29\nIl y a 5 heures\nLe bac du matin est le seul utile.\nRépondre\n\n"
        "Soazig L.\nEn réponse à Yannick_29\nIl y a 4 heures\nPareil pour les infirmières.\nRépondre\n\n"
        "Ann Quayle\nRédactrice\nEn réponse à Soazig L.\nIl y a 2 heures\nLe conseil se réunit en mars.\nRépondre\n"
    )
    doc = read(HEAD + BODY + thread)
    assert [(author, parent) for author, _, parent in summary(doc)] == [
        ("Yannick_29", None),
        ("Soazig L.", 0),
        ("Ann Quayle", 1),
    ]


@pytest.mark.issue(14)
def test_a_first_sentence_that_ends_by_naming_a_commenter_answers_them() -> None:
    thread = (
        "Responses (3)\n\n"
        "Morag Cain\nNov 4, 2024\n\nThe early crossing is the only one the cannery needs.\n\n12\nReply\n\n"
        "Peter Teare\nNov 5, 2024\n\nFuel costs are the board's real worry here.\n\n3\nReply\n\n"
        "Ann Quayle\nNov 5, 2024\n\nThank you, Morag. Could you tell me more about the shifts?\n\n2\nReply\n"
    )
    doc = read(HEAD + BODY + thread)
    assert [(author, parent) for author, _, parent in summary(doc)] == [
        ("Morag Cain", None),
        ("Peter Teare", None),
        ("Ann Quayle", 0),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "line",
    [
        "Powered by Talkyard",
        "Comments are moderated.",
        "Les réactions sont modérées a posteriori. Consultez notre charte.",
        "Pour lire tous nos articles, abonnez-vous dès 2 € par mois.",
        "Top highlight",
    ],
)
def test_widget_credits_and_notices_are_chrome(line: str) -> None:
    from slant.readers._text_lines import LineKind, classify

    assert classify(line)[0] is LineKind.CHROME


@pytest.mark.issue(14)
def test_the_author_box_after_the_text_is_no_article_text() -> None:
    text = (
        "Ferry Timetable Cut For Winter\n\nBy Ann Quayle\n4 November 2024\n\n"
        + BODY
        + "Written by Ann Quayle\n310 Followers\nFollow\nAnn covers the harbour and the island's transport.\n\n"
        "Comments (1)\n\nRob Kermode\n4 November 2024, 10:00\nToo few.\nReply\n"
    )
    doc = read(text)
    assert doc.article.text.startswith("The harbour board will run")
    assert doc.article.text.endswith("first shift at the cannery.")
