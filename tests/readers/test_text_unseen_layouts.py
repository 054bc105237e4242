"""The text reader on layouts it has no words for: the mechanisms that find comment roles by
repetition and position rather than by vocabulary (issue 14). Pages are built inline, in languages
and with widget words that none of the reader's word lists holds (Lithuanian, Latvian, made-up
buttons), so each test fails if the reader only knows the layout by its words."""

from __future__ import annotations

import pytest
from text_page import read

import slant

HEAD = "Council Approves Budget After Long Debate\n\n"
BODY = (
    "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
    "Opposition members said the plan cut too deeply into services, and promised to fight it in court.\n\n"
)


def summary(doc: slant.Document) -> list[tuple[str | None, str, str | None]]:
    ids = {comment.id: index for index, comment in enumerate(doc.comments)}
    return [
        (comment.author, comment.text, None if comment.parent is None else str(ids[comment.parent]))
        for comment in doc.comments
    ]


@pytest.mark.issue(14)
def test_a_short_line_repeated_after_every_comment_is_its_action_row_in_any_language() -> None:
    thread = "".join(
        f"{name}\n3 March 2024, 1{hour}:05\n\n{text}\n\nAtsakyti\n\n"
        for hour, (name, text) in enumerate(
            [
                ("Rasa", "The school money was the whole point of the budget."),
                ("Tomas K", "Courts will not stop a budget that has already passed."),
                ("Ieva", "We will see in the spring when the schools reopen."),
            ]
        )
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Rasa", "The school money was the whole point of the budget."),
        ("Tomas K", "Courts will not stop a budget that has already passed."),
        ("Ieva", "We will see in the spring when the schools reopen."),
    ]
    assert "Atsakyti" in doc.meta["chrome"]


@pytest.mark.issue(14)
def test_a_speech_verb_no_word_list_holds_is_found_by_its_repetition_over_timestamps() -> None:
    thread = (
        "Jonas Petraitis parašė:\n3 March 2024, 10:05\n\nThe school money was the point.\n\n"
        "Rasa parašė:\n3 March 2024, 11:40\n\nCourts will not stop it now, I think.\n\n"
    )
    doc = read(HEAD + BODY + "2 Comments\n\n" + thread)
    assert [(c.author, c.text, c.published) for c in doc.comments] == [
        ("Jonas Petraitis", "The school money was the point.", "2024-03-03T10:05:00"),
        ("Rasa", "Courts will not stop it now, I think.", "2024-03-03T11:40:00"),
    ]


@pytest.mark.issue(14)
def test_a_speech_verb_once_or_without_timestamps_is_no_header() -> None:
    text = HEAD + BODY + "The mayor explained:\n\nWe had no choice this year.\n"
    doc = read(text)
    assert not doc.comments
    assert doc.article.text.endswith("The mayor explained:\n\nWe had no choice this year.")


@pytest.mark.issue(14)
def test_a_header_spread_over_blank_separated_lines_reads_as_one() -> None:
    thread = (
        "Avatar\n\nGrace Lindqvist\n\n•\n\n3 days ago\n\nThe first comment, about the schools.\n\n"
        "Reply\n\nAvatar\n\nNora Feld\n\nGrace Lindqvist\n\n•\n\n2 days ago\n\n"
        "The second comment answers the first.\n\nReply\n"
    )
    assert summary(read(HEAD + BODY + "Comments\n\n" + thread)) == [
        ("Grace Lindqvist", "The first comment, about the schools.", None),
        ("Nora Feld", "The second comment answers the first.", "0"),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize("space", [" ", "  "])
def test_a_reply_target_joined_to_the_author_by_a_space_is_split_off(space: str) -> None:
    thread = (
        "Olga S. • 2 weeks ago\n\nShops are waiting on stock.\n\nReply • Share ›\n\n"
        f"Pete Ramirez{space}Olga S. • 2 weeks ago\n\nThen blame the operator.\n\nReply • Share ›\n"
    )
    assert summary(read(HEAD + BODY + "Comments\n\n" + thread)) == [
        ("Olga S.", "Shops are waiting on stock.", None),
        ("Pete Ramirez", "Then blame the operator.", "0"),
    ]


@pytest.mark.issue(14)
def test_a_name_joined_to_an_author_it_is_not_a_target_of_is_kept_whole() -> None:
    thread = (
        "Berg • 2 weeks ago\n\nShops are waiting on stock.\n\nReply\n\n"
        "Anna Berg • 2 weeks ago\n\nThen blame the operator.\n\nReply\n"
    )
    assert [c.author for c in read(HEAD + BODY + "Comments\n\n" + thread).comments] == ["Berg", "Anna Berg"]


@pytest.mark.issue(14)
def test_an_at_tag_on_its_own_line_over_the_text_opens_the_text_and_names_the_parent() -> None:
    thread = (
        "Olga S.\nsays:\nMarch 3, 2024 at 2:15 pm\n\nShelves are empty.\n\nReply\n\n"
        "Marta K\nsays:\nMarch 3, 2024 at 6:02 pm\n\n@Olga S.\nwe set a two-week limit.\n\nReply\n"
    )
    assert summary(read(HEAD + BODY + "Comments\n\n" + thread))[1] == (
        "Marta K",
        "@Olga S.\nwe set a two-week limit.",
        "0",
    )


@pytest.mark.issue(14)
def test_a_comment_form_in_an_unknown_language_ends_the_last_comment() -> None:
    thread = (
        "Rasa\n3 March 2024, 10:05\n\nThe school money was the point.\n\n"
        "Ieva\n3 March 2024, 11:40\n\nCourts will not stop it now.\n\n"
        "Atstāt atbildi\n\nJūsu e-pasta adrese netiks publicēta. Obligātie lauki ir atzīmēti kā *\n\nVārds *\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [c.text for c in doc.comments] == [
        "The school money was the point.",
        "Courts will not stop it now.",
    ]
    assert "Atstāt atbildi" in doc.meta["chrome"]


@pytest.mark.issue(14)
def test_a_count_with_the_page_title_heads_the_thread_in_any_language() -> None:
    thread = "Rasa\n3 March 2024, 10:05\n\nThe school money was the point.\n"
    doc = read(HEAD + BODY + "2 atsakymai į „Council Approves Budget After Long Debate“\n\n" + thread)
    assert "atsakymai" not in doc.article.text
    assert [c.author for c in doc.comments] == ["Rasa"]


@pytest.mark.issue(14)
def test_a_dated_header_over_an_action_row_signs_the_text_above_it() -> None:
    thread = (
        "The first comment, about the schools.\n\nPosted by Norman Eccles | March 1, 2024 2:14 PM\n\n"
        "Reply ↓\n\nThe second comment, about the courts.\n\nPosted by Angela Pryce | March 1, 2024 4:50 PM\n\n"
        "Reply ↓\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Norman Eccles", "The first comment, about the schools."),
        ("Angela Pryce", "The second comment, about the courts."),
    ]


@pytest.mark.issue(14)
def test_numbered_comments_with_the_author_inline() -> None:
    thread = (
        "1. Kevin Marsh: The early bus is what we asked for.\n\n2. A. Okoye: Please put a shelter there.\n\n"
        "Next meeting: 14 May\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Kevin Marsh", "The early bus is what we asked for."),
        ("A. Okoye", "Please put a shelter there."),
    ]


@pytest.mark.issue(14)
def test_one_numbered_point_with_a_colon_is_text_not_an_author() -> None:
    thread = "Rasa\n3 March 2024, 10:05\n\nTwo things.\n1. Schools: they need the money.\n"
    assert [(c.author, c.text) for c in read(HEAD + BODY + "Comments\n\n" + thread).comments] == [
        ("Rasa", "Two things.\n1. Schools: they need the money.")
    ]


@pytest.mark.issue(14)
def test_a_date_with_an_unknown_month_name_is_a_timestamp_without_an_iso_date() -> None:
    thread = (
        "Rasa\n3 kovo 2024 10:05\n\nThe school money was the point.\n\n"
        "Ieva\n3 kovo 2024 11:40\n\nCourts will not stop it now.\n"
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [(c.author, c.text, c.published) for c in doc.comments] == [
        ("Rasa", "The school money was the point.", None),
        ("Ieva", "Courts will not stop it now.", None),
    ]


@pytest.mark.issue(14)
def test_a_chinese_page_is_read_not_refused() -> None:
    text = (
        "老城区停车收费新规下月实施\n\n2024年3月5日\n\n"
        "市交通局宣布，从下月起老城区内的路边停车将按时段收费，白天每小时六元，夜间免费。\n\n"
        "3 条评论\n\n张伟 说：\n2024年3月5日 14:05\n\n早就该收费了，路边的车一停就是一整天。\n\n回复\n"
    )
    doc = read(text)
    assert doc.published == "2024-03-05"
    assert [(c.author, c.text) for c in doc.comments] == [("张伟", "早就该收费了，路边的车一停就是一整天。")]


@pytest.mark.issue(14)
def test_a_relative_time_no_word_list_holds_is_found_by_its_repetition_after_names() -> None:
    thread = (
        "Budi Santoso • 2 minggu yang lalu\n\nThe school money was the point.\n\nBalas\n\n"
        "Sari  Budi Santoso • 2 minggu yang lalu\n\nCourts will not stop it now.\n\nBalas\n\n"
        "Agus • 5 minggu yang lalu\n\nWe will see in the spring.\n\nBalas\n"
    )
    assert summary(read(HEAD + BODY + "Komentar\n\n" + thread)) == [
        ("Budi Santoso", "The school money was the point.", None),
        ("Sari", "Courts will not stop it now.", "0"),
        ("Agus", "We will see in the spring.", None),
    ]


@pytest.mark.issue(14)
def test_one_name_and_number_line_is_no_header() -> None:
    text = HEAD + BODY + "Results • 3 seats won\n\nThe rest of the story goes on here for a while.\n"
    doc = read(text)
    assert not doc.comments
    assert "Results • 3 seats won" in doc.article.text


@pytest.mark.issue(14)
def test_names_with_counts_of_things_are_no_headers() -> None:
    text = (
        HEAD
        + BODY
        + "Results • 3 seats\n\nThe rest of the story goes on here.\n\nSport • 5 goals\n\nMore of it here.\n"
    )
    doc = read(text)
    assert not doc.comments


@pytest.mark.issue(14)
def test_a_title_line_between_a_name_and_its_time_that_names_no_commenter_is_a_badge() -> None:
    thread = (
        "Marcus Bell\nNeighbourhood Champion\n5h\n\nMy kids' school did this last year.\n\nReply\n\n"
        "Leanne Kowalczyk\nMarcus Bell\n4h\n\nNoisy in a good way is what we want.\n\nReply\n"
    )
    assert summary(read(HEAD + BODY + "Comments\n\n" + thread)) == [
        ("Marcus Bell", "My kids' school did this last year.", None),
        ("Leanne Kowalczyk", "Noisy in a good way is what we want.", "0"),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "glued",
    [
        ("Rasa • 2 weeks ago {}", "Tomas K  Rasa • 1 week ago {}"),
        ("Rasa dijo: {}", "Tomas K dijo: {}"),
    ],
)
def test_a_header_glued_to_its_text_on_one_line_is_split_off(glued: tuple[str, str]) -> None:
    # (Known words here: a glued header is split by the header grammar, so its time or verb must be
    # one the reader reads; the repetition mechanisms above work on lines of their own.)
    first, second = glued
    thread = (
        first.format("The school money was the point.")
        + "\n\nReply\n\n"
        + second.format("Courts will not stop it now.")
        + "\n\nReply\n"
    )
    assert [(c.author, c.text) for c in read(HEAD + BODY + "Comments\n\n" + thread).comments] == [
        ("Rasa", "The school money was the point."),
        ("Tomas K", "Courts will not stop it now."),
    ]


@pytest.mark.issue(14)
def test_quoting_someone_in_two_comments_of_an_ordinary_thread_glues_no_header() -> None:
    thread = "".join(
        f"{name}\n3 March 2024, 1{hour}:05\n\n{text}\n\nMore of my view follows here in a second paragraph.\n\nReply\n\n"
        for hour, (name, text) in enumerate(
            [
                ("Rasa", "Putin said: we will not stop."),
                ("Tomas K", "Putin said: the budget is fine."),
                ("Ieva", "We will see in the spring."),
                ("Jonas", "Nobody believes it anyway."),
            ]
        )
    )
    doc = read(HEAD + BODY + "Comments\n\n" + thread)
    assert [c.author for c in doc.comments] == ["Rasa", "Tomas K", "Ieva", "Jonas"]
    assert doc.comments[0].text.startswith("Putin said: we will not stop.")
