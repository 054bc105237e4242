"""The text reader's mechanisms from text batch 35 (issue 14): a reply head whose time a colon
closes ("Name replied to Name at 9:02 PM:"), a numbered removal notice, a notification mail's
footer under the signature delimiter, level badges under commenters' names, a short comment over
its footer row, and a posting's subject line over its text. Pages are built by hand with names
and sites that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_head import is_count_row
from slant.readers._text_lines import Line, LineKind, classify, is_prose
from slant.readers._text_thread import _tagline

HEAD = "Library Hours Extended Over Winter\n\n"
BODY = (
    "The county library will stay open until nine on weekdays from January, two hours later than now.\n\n"
    "The trustees said the evening hours were the most requested change in the autumn survey.\n\n"
)


@pytest.mark.issue(14)
def test_a_reply_head_closed_by_a_colon_after_its_time_is_a_header() -> None:
    kind, header = classify("Tamsin Hale replied to Owen Brask at 9:02 PM:")
    assert kind is LineKind.HEADER and header is not None
    assert (header.author, header.reply_to, header.timestamp) == ("Tamsin Hale", "Owen Brask", True)


@pytest.mark.issue(14)
def test_a_numbered_removal_notice_is_no_comment() -> None:
    assert classify("5. This comment was removed by a moderator.")[0] is LineKind.CHROME
    assert classify("该评论已被删除")[0] is LineKind.CHROME
    assert classify("5. This comment was read by a moderator.")[0] is LineKind.TEXT


_DIGEST_HEAD = HEAD + BODY + "New comments (3)\n\n"


def _digest(footer: str) -> str:
    return (
        _DIGEST_HEAD
        + "1. Owen Brask wrote at 8:14 PM:\n   Nine is still too early for anyone who works a late shift at the depot.\n"
        + "   Reply: https://county.example/c/11\n\n"
        + "2. Tamsin Hale replied to Owen Brask at 9:02 PM:\n   Owen, the survey asked about that and most people wanted nine.\n"
        + "   Reply: https://county.example/c/12\n\n"
        + "3. Ilse Varga wrote at 9:30 PM:\n   Please keep the Sunday hours as they are.\n"
        + "   Reply: https://county.example/c/13\n\n"
        + footer
    )


@pytest.mark.issue(14)
def test_a_notification_footer_under_the_signature_delimiter_is_no_comment() -> None:
    footer = (
        "--\nYou get this mail because you follow this story.\n"
        "Stop following: https://county.example/unfollow/7  |  Settings: https://county.example/me\n"
    )
    doc = read(_digest(footer))
    assert summary(doc) == [
        ("Owen Brask", "Nine is still too early for anyone who works a late shift at the depot.", None),
        ("Tamsin Hale", "Owen, the survey asked about that and most people wanted nine.", 0),
        ("Ilse Varga", "Please keep the Sunday hours as they are.", None),
    ]
    assert "You get this mail because you follow this story." in doc.meta["chrome"]


@pytest.mark.issue(14)
def test_a_delimiter_with_a_comment_header_after_it_stays_in_the_thread() -> None:
    # (the delimiter over a comment's head is a separator inside the thread, not the mail's footer)
    footer = "--\n4. Owen Brask replied to Tamsin Hale at 9:40 PM:\n   Then the survey missed the depot workers entirely.\n"
    doc = read(_digest(footer))
    assert [comment.author for comment in doc.comments] == [
        "Owen Brask",
        "Tamsin Hale",
        "Ilse Varga",
        "Owen Brask",
    ]


def _badged(first: str, second: str) -> str:
    return (
        HEAD
        + BODY
        + "Comments 12\n\n"
        + f"harbour_cat\n{first}\nAt last the reading room will be open after work, thank you\n"
        + "2024-12-05 18:21  326  Reply\n\n"
        + f"quiet_reader\n{second}\nWill the children's floor stay open too?\n"
        + "2024-12-05 18:40  87  Reply\n"
    )


@pytest.mark.issue(14)
def test_level_badges_under_names_are_no_authors() -> None:
    doc = read(_badged("LV5", "LV3"))
    assert summary(doc) == [
        ("harbour_cat", "At last the reading room will be open after work, thank you", None),
        ("quiet_reader", "Will the children's floor stay open too?", None),
    ]
    assert {"LV5", "LV3"} <= set(doc.meta["chrome"])


@pytest.mark.issue(14)
def test_a_short_comment_right_over_its_footer_row_is_its_text() -> None:
    # No ending mark: the line looks like a place or a job under the name, but the footer row (a time
    # with its actions) under it closes the comment, so it is the comment's text.
    doc = read(_badged("LV5", "LV3").replace("Will the children's floor stay open too?", "Great news for us"))
    assert summary(doc)[1] == ("quiet_reader", "Great news for us", None)


def _posting(first_line: str) -> str:
    return (
        HEAD
        + BODY
        + "Forum\n84 Postings\n\n"
        + "Gartenzwerg_12\n412 Postings\n5. Dezember 2024, 15:02\n"
        + f"{first_line}\nNine is late enough for me, but the buses stop at eight, so it helps nobody here.\n"
        + "Antworten\n\n"
        + "Bergluft\n17 Postings\n5. Dezember 2024, 16:48\n"
        + "The reading room was full every evening last winter, I am glad about this.\n"
        + "Antworten\n"
    )


@pytest.mark.issue(14)
def test_a_subject_line_over_a_posting_is_not_its_text() -> None:
    doc = read(_posting("Too late for the depot shift"))
    assert summary(doc)[0] == (
        "Gartenzwerg_12",
        "Nine is late enough for me, but the buses stop at eight, so it helps nobody here.",
        None,
    )


@pytest.mark.issue(14)
def test_a_first_line_ending_a_clause_is_the_text() -> None:
    doc = read(_posting("Good news, finally."))
    assert summary(doc)[0][1].startswith("Good news, finally.\n")


_THREAD = (
    "3 Comments\n\n"
    "Owen Brask\nDecember 5, 2024 at 8:14 pm\nNine is still too early for anyone on the late shift at the depot.\nReply\n\n"
    "Ilse Varga\nDecember 5, 2024 at 9:30 pm\nPlease keep the Sunday hours as they are.\nReply\n"
)


@pytest.mark.issue(14)
def test_a_paragraph_closed_by_a_bracketed_credit_is_running_text() -> None:
    assert is_prose("The trustees will meet again in March to set the new rota. (lib, 5.12.2024)")
    assert not is_prose("County budget: new rules (lib, 5.12.2024)")


@pytest.mark.issue(14)
def test_the_last_paragraph_with_its_credit_stays_and_a_related_box_under_it_goes() -> None:
    page = (
        HEAD
        + BODY
        + "The trustees will meet again in March to set the new rota. (lib, 5.12.2024)\n\n"
        + "On the subject\nCounty budget: new rules for the branch libraries\n\n"
        + _THREAD
    )
    doc = read(page)
    assert doc.article is not None
    assert doc.article.text.endswith("to set the new rota. (lib, 5.12.2024)")
    assert "On the subject" not in doc.article.text
    assert len(doc.comments) == 2


@pytest.mark.issue(14)
def test_count_rows_between_the_headline_and_the_text_are_no_article() -> None:
    rating = read(HEAD + "+1 284\nBookmark\nShare\n\n" + BODY + _THREAD)
    assert rating.article is not None and rating.article.text.startswith("The county library will stay open")
    plays = read(
        HEAD + "County Library Channel\n23K plays · 86 comments 2024-12-05 18:00:00\n\n" + BODY + _THREAD
    )
    assert plays.article is not None and plays.article.text.startswith("The county library will stay open")
    assert plays.article.published == "2024-12-05"


@pytest.mark.issue(14)
def test_tag_and_count_rows_under_the_text_are_no_article() -> None:
    doc = read(
        HEAD + BODY + "News  Library  Winter hours\n\nLikes 1856  Coins 203  Saves 412  Share\n\n" + _THREAD
    )
    assert doc.article is not None
    assert doc.article.text.endswith("the most requested change in the autumn survey.")
    assert is_count_row("点赞 1856  投币 203  收藏 412  分享")
    assert not is_count_row("Chapter three  Winter hours")


@pytest.mark.issue(14)
def test_a_cjk_sentence_is_no_tagline() -> None:
    # (a tagline between a name and a time ends no sentence; a short Chinese comment does)
    assert not _tagline(Line("终于修好了，之前下雨天进去全是水。", 0, 0, LineKind.TEXT, None))
    assert _tagline(Line("资深摊主", 0, 0, LineKind.TEXT, None))


@pytest.mark.issue(14)
def test_a_name_over_a_known_badge_and_a_text_closed_by_a_footer_row_is_an_author() -> None:
    page = (
        HEAD
        + BODY
        + "Comments 12\n\n"
        + "harbour_cat\nLV5\nGreat news for all of us\n2024-12-05 18:21  326  Reply\n\n"
        + "quiet_reader\nLV3\nAbout time too\n2024-12-05 18:40  87  Reply\n\n"
        + "County Library\nMod\nYes, the children's floor keeps the same hours as the rest.\n2024-12-05 19:02  152  Reply\n"
    )
    assert [comment.author for comment in read(page).comments] == [
        "harbour_cat",
        "quiet_reader",
        "County Library",
    ]


_NOTICE_HEAD = (
    'From: County Library <news@library.example>\nSubject: 2 new comments on "Library Hours Extended Over Winter"\n'
    "Date: Fri, 6 Dec 2024 07:00:12 -0500\n\nCounty Library\nComment digest\n\nYou follow this story:\n\n"
    "Library Hours Extended Over Winter\n\nBy Mara Quist | December 5, 2024\n\n"
)


@pytest.mark.issue(14)
def test_the_headline_a_subject_quotes_is_the_title_and_its_byline_date_the_date() -> None:
    doc = read(_NOTICE_HEAD + BODY + _THREAD)
    assert doc.title is not None and doc.title.text == "Library Hours Extended Over Winter"
    assert doc.article is not None and doc.article.published == "2024-12-05"


@pytest.mark.issue(14)
def test_a_reply_addressing_the_last_word_of_a_display_name_answers_its_comment() -> None:
    page = (
        HEAD
        + BODY
        + "3 Comments\n\n"
        + "Oma Liesl\nDecember 5, 2024 at 8:14 pm\nNine is late enough for me, I am asleep by then anyway.\nReply\n\n"
        + "Ilse Varga\nDecember 5, 2024 at 9:30 pm\nPlease keep the Sunday hours as they are.\nReply\n\n"
        + "Bergluft\nDecember 5, 2024 at 9:45 pm\nLiesl, the buses stop at eight, so nine does not help you.\nReply\n"
    )
    assert [parent for _, _, parent in summary(read(page))] == [None, None, 0]
