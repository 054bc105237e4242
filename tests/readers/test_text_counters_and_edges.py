"""The text reader on the layouts of held-out text batch 30, by mechanism (issue 14): counters that a
thread repeats under each comment, a weekday in brackets inside a date, a word glued to a date,
reply counts under a verb with a hide toggle, or corroborated by each comment's own reply counter,
comment subjects over a by-line with a permalink number, notices after an action row, the head's
one-line menus, furniture between the byline and the first paragraph, and furniture and boxes
around the article's paragraphs. Pages are built by hand, with words none of the reader's lists
holds where the mechanism should not need them."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_head import is_menu_row
from slant.readers._text_lines import LineKind, classify
from slant.readers._text_reply_counts import ReplyCount, corroborated, reply_count

HEAD = "Council Approves Budget After Long Debate\n\n"
BODY = (
    "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
    "Opposition members said the plan cut too deeply into services, and promised to fight it in court.\n\n"
)

THREAD = "Kommentit\n\nAino Kettu\n12 min\nMiksi silta suljetaan koko talveksi?\nVastaa\n"


# -- lines


def test_a_weekday_in_brackets_between_a_date_and_its_time_leaves_a_timestamp() -> None:
    kind, header = classify("2024/12/4(水) 19:21")
    assert kind is LineKind.TIMESTAMP
    assert header is not None and header.published == "2024-12-04T19:21:00"
    assert classify("2024.12.04(수) 10:12")[0] is LineKind.TIMESTAMP
    assert classify("Meeting (Tue) notes")[0] is not LineKind.TIMESTAMP


def test_a_word_glued_to_a_date_labels_it_and_is_no_commenter() -> None:
    for line in ("2024/12/4 18:30配信", "最終更新:2024/12/4 19:05"):
        kind, header = classify(line)
        assert kind is LineKind.TIMESTAMP, line
        assert header is not None and header.author is None
    kind, header = classify("Kestrel Ken 2024/12/4 18:30")  # a name stands apart from its time
    assert kind is LineKind.HEADER and header is not None and header.author == "Kestrel Ken"


def test_a_permalink_number_after_a_by_line_time_is_dropped() -> None:
    kind, header = classify(
        "by marrowfen ( 1234567 ) writes: on Tuesday December 03, 2024 @10:52AM (#65001234)"
    )
    assert kind is LineKind.HEADER
    assert header is not None and header.author == "marrowfen" and header.timestamp


def test_a_menu_on_one_line_is_items_of_a_word_or_two_apart_by_wide_spaces() -> None:
    assert is_menu_row("Kotia   Uutiset   Koulut   Urheilu")
    assert is_menu_row("トップ\u3000速報\u3000ライブ\u3000ランキング")
    assert not is_menu_row("Council Approves Budget After Long Debate")
    assert not is_menu_row("Two  items")


# -- reply counts


def test_a_reply_count_under_a_verb_counts_only_with_a_hide_toggle_under_it() -> None:
    shown = reply_count("Näytä 2 vastausta", next_line="Piilota vastaukset")
    assert shown == ReplyCount(2, (), shown=True)
    assert reply_count("View 2 replies", next_line="Tamsin Ode") is None  # folded away
    replies = [("A", ["Like"]), ("B", ["Like"])]
    assert corroborated(shown, "P", replies, ["Like"])
    assert not corroborated(ReplyCount(2, ()), "P", replies, ["Like"])


def test_a_reply_count_is_corroborated_by_every_comments_own_reply_counter() -> None:
    mark = reply_count("返信2件を表示")
    assert mark == ReplyCount(2, ())
    assert corroborated(mark, "sak", [("tak", ["返信0", "共感 3"]), ("ym", ["返信0"])], ["返信2", "共感 86"])
    assert not corroborated(mark, "sak", [("tak", ["返信0"]), ("ym", ["返信1"])], ["返信2"])
    assert not corroborated(mark, "sak", [("tak", ["返信0"]), ("ym", ["返信0"])], ["返信3"])


@pytest.mark.issue(14)
def test_replies_under_a_verb_count_with_a_hide_toggle_answer_the_comment_over_it() -> None:
    thread = "".join(
        f"{name}\n{when}\n{text}\nVastaa\n{extra}\n"
        for name, when, text, extra in (
            (
                "Aino Kettu",
                "12 min",
                "Miksi silta suljetaan koko talveksi?",
                "Näytä 2 vastausta\nPiilota vastaukset\n",
            ),
            ("Pekka Salo", "10 min", "Koska palkit vaihdetaan kerralla.", ""),
            ("Toimittaja Lumi", "8 min", "Kysyimme asiaa kaupungilta tänään.", ""),
            ("Ville Koski", "5 min", "Hyvä että tehdään ennen kevättä.", ""),
        )
    )
    doc = read(HEAD + BODY + "Kommentit\n\n" + thread)
    assert [(author, parent) for author, _, parent in summary(doc)] == [
        ("Aino Kettu", None),
        ("Pekka Salo", 0),
        ("Toimittaja Lumi", 0),
        ("Ville Koski", None),
    ]


# -- counters and notices in the thread


@pytest.mark.issue(14)
def test_counters_repeated_under_each_comment_are_no_text_and_a_notice_after_the_last_is_no_comment() -> None:
    thread = "".join(
        f"{name}\n3 grudnia 2024 10:{minute}\n{text}\n+{votes}\nOdpowiedz\n\n"
        for name, minute, text, votes in (
            ("kotwica", "02", "Czy bilet zadziała bez zasięgu w tunelu?", 14),
            ("plaskacz", "20", "Kod jest zapisany w telefonie, zasięg nie jest potrzebny.", 3),
            ("wrzos_9", "41", "Dobrze, że wreszcie to wprowadzają na wszystkich stacjach.", 7),
        )
    )
    notice = "Tylko pełnoprawni użytkownicy mogą zostawiać komentarze. Zaloguj się, proszę.\n"
    doc = read(HEAD + BODY + "Komentarze 3\n\n" + thread + notice)
    assert [(author, text) for author, text, _ in summary(doc)] == [
        ("kotwica", "Czy bilet zadziała bez zasięgu w tunelu?"),
        ("plaskacz", "Kod jest zapisany w telefonie, zasięg nie jest potrzebny."),
        ("wrzos_9", "Dobrze, że wreszcie to wprowadzają na wszystkich stacjach."),
    ]


@pytest.mark.issue(14)
def test_a_subject_over_a_by_line_with_its_text_under_it_is_no_footer() -> None:
    def comment(subject: str, name: str, minute: str, text: str) -> str:
        return (
            f"{subject} (Score:4, Insightful)\n"
            f"by {name} ( 1234 ) writes: on Tuesday December 03, 2024 @10:{minute}AM (#6500{minute})\n"
            f"{text}\nReply to This Share\ntwitter facebook\nFlag as Inappropriate\n\n"
        )

    page = (
        HEAD
        + BODY
        + "Comments Filter:\nAll\nFunny\nThe Fine Print: The following comments are owned by whoever posted them.\n\n"
        + comment("Good idea", "marrowfen", "52", "The stop list is the hard part, not the feed itself.")
        + comment("Prediction?", "tallowby", "58", "Thirty seconds is a long time for a bus in traffic.")
        + "Related Links Top of the: day, week, month.\n"
    )
    assert [(author, text) for author, text, _ in summary(read(page))] == [
        ("marrowfen", "The stop list is the hard part, not the feed itself."),
        ("tallowby", "Thirty seconds is a long time for a bus in traffic."),
    ]


# -- the head and the article's edges


@pytest.mark.issue(14)
def test_a_one_line_menu_is_no_title_and_wide_characters_make_no_wrapped_page() -> None:
    page = (
        "ニュース\n"
        "トップ\u3000速報\u3000ライブ\u3000エキスパート\u3000オリジナル\u3000みんなの意見\u3000ランキング\u3000地域\n"
        "高松市、来春から市営バスの全路線でキャッシュレス決済を導入\n"
        "2024/12/4(水) 18:30配信\n\n"
        "\u3000高松市は4日、来年4月から市営バスの全27路線で交通系ICカードとQRコードによる運賃の支払いを導入すると発表した。"
        "現在は現金と市独自の回数券のみで、観光客から改善を求める声が多く寄せられていた。\n\n"
        "\u3000市交通局によると、読み取り機の設置費用は約1億8千万円で、半分を国の補助金で賄う。\n"
    )
    doc = read(page)
    assert (
        doc.title is not None
        and doc.title.text == "高松市、来春から市営バスの全路線でキャッシュレス決済を導入"
    )
    assert doc.article.published == "2024-12-04"
    assert doc.article.text.startswith("高松市は4日")


@pytest.mark.issue(14)
def test_furniture_between_the_bylines_block_and_the_first_paragraph_is_dropped_a_standfirst_kept() -> None:
    page = (
        "Kotia   Uutiset   Koulut   Urheilu\n\n"
        "Council Approves Budget After Long Debate\n\n"
        "Members split on school funding, and a court case looms\n\n"
        "Jane Holloway\n3 March 2024\n\nHelppo\n4.1K\n\nKaupunki*\nUutiset\n\n" + BODY
    )
    doc = read(page)
    assert doc.title is not None and doc.title.text == "Council Approves Budget After Long Debate"
    assert doc.article.text.startswith("Members split on school funding")  # the standfirst stays the lead
    assert "Kaupunki*" not in doc.article.text and "4.1K" not in doc.article.text
    assert doc.article.text.endswith("fight it in court.")


@pytest.mark.issue(14)
def test_a_furniture_tail_and_a_box_in_capitals_are_no_article_text_an_own_list_is() -> None:
    page = (
        HEAD
        + "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
        + "KATSO MYÖS\nUusi pyörätie valmistuu ensi vuonna\n\n"
        + "Opposition members said the plan cut too deeply into services, and promised to fight it in court.\n\n"
        + "Aiheet\nKaupunki\nKoulut\n\nTilaa uutiskirje joka aamu\nSähköpostisi\nLiity\n\n"
        + THREAD
    )
    doc = read(page)
    assert "KATSO MYÖS" not in doc.article.text and "pyörätie" not in doc.article.text
    assert doc.article.text.endswith("fight it in court.")
    listed = (
        HEAD
        + BODY
        + "Three measures are now being discussed:\n\n1. Faster payments\n2. Guard dogs\n3. Fences for all\n\n"
        + "Any measure would need approval from the ministry.\n\n"
        + THREAD
    )
    assert read(listed).article.text.endswith("approval from the ministry.")
    tail = HEAD + BODY + "Aiheet\nKaupunki\nKoulut\nRelated Links\nTop of the: day, week, month.\n\n" + THREAD
    assert read(tail).article.text.endswith("fight it in court.")
