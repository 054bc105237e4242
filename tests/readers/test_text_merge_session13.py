"""The text reader's rules where the mechanisms of text batches 33, 34 and 35 meet (issue 14,
session 13): found when their branches were merged, each on a page built by hand with names and
sites no stored page has. A thread becomes "anchored" (every comment opens with an author closed by a
timed footer row) through one rule and is then read more strictly by another, so the rows, tags and
stats lines the other rules skip must count for both."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_footer_rows import closed_by_footer_row, footer_rows
from slant.readers._text_lines import Line, LineKind
from slant.readers._text_prepare import split_lines

BODY = (
    "Le conseil municipal a voté la réouverture du lavoir de la rue Basse pour le printemps prochain.\n\n"
    "Les travaux de toiture seront financés par une souscription lancée par le comité des fêtes.\n\n"
)

# A comments plugin copy: a badge under some names, then the text and a row of actions whose time is
# a shortened unit; some rows end "1 j" (which only the row's repetition reads as a time) and some
# "20 h" (which the actions vocabulary reads already, as a bare row of actions).
PLUGIN = (
    "Le lavoir de la rue Basse rouvrira au printemps\n\n"
    + BODY
    + "4 commentaires   Trier par  Les plus pertinents\n\n"
    "Ajouter un commentaire...\n\n"
    "Odile Marchand\n"
    "Fan assidu\n"
    "Ma grand-mère y lavait encore ses draps en 1960, quel bonheur de le revoir.\n"
    "J’aime · Répondre · 👍 12 · 2 j\n\n"
    "Bruno Castel\n"
    "Étudie à Université de Poitiers\n"
    "Et l’eau, elle vient d’où ? La source était tarie depuis des années.\n"
    "J’aime · Répondre · 👍 3 · 1 j\n\n"
    "Hélène Vidal\n"
    "Bruno Castel la source coule de nouveau depuis le curage du bief en octobre.\n"
    "J’aime · Répondre · 👍 8 · 20 h\n\n"
    "Bruno Castel\n"
    "Hélène Vidal merci pour la précision !\n"
    "J’aime · Répondre · 18 h\n\n"
    "Charger 3 autres commentaires\n"
)


@pytest.mark.issue(14)
def test_a_row_read_as_actions_already_gets_its_time_from_the_rows_repetition() -> None:
    assert summary(read(PLUGIN)) == [
        (
            "Odile Marchand",
            "Ma grand-mère y lavait encore ses draps en 1960, quel bonheur de le revoir.",
            None,
        ),
        ("Bruno Castel", "Et l’eau, elle vient d’où ? La source était tarie depuis des années.", None),
        (
            "Hélène Vidal",
            "Bruno Castel la source coule de nouveau depuis le curage du bief en octobre.",
            1,
        ),
        ("Bruno Castel", "Hélène Vidal merci pour la précision !", 2),
    ]


@pytest.mark.issue(14)
def test_every_row_of_the_plugin_carries_a_time() -> None:
    rows = [line for line in split_lines(PLUGIN) if line.text.startswith("J’aime")]
    assert len(rows) == 4
    assert all(
        row.kind is LineKind.BUTTONS and row.header is not None and row.header.timestamp for row in rows
    )


def _line(text: str, kind: LineKind, *, gap: int = 0) -> Line:
    return Line(text, 0, gap, kind, None)


@pytest.mark.issue(14)
def test_a_tagged_name_between_the_author_and_the_text_does_not_hide_the_footer_row() -> None:
    # "Kirsty Moore" / "Olga S." / the text / the row: the second name is the commenter answered
    lines = footer_rows(
        split_lines(
            "Heading\n\nA paragraph of the article that runs long enough to be read as running prose here.\n\n"
            "Anna Berg\nShe said the ferry would run all winter, and it did not.\nLike · Reply · 2d\n\n"
            "Tom Wade\nAnna Berg\nIt ran until the storm in January, then it stopped.\nLike · Reply · 1d\n"
        )
    )
    tom = next(index for index, line in enumerate(lines) if line.text == "Tom Wade")
    assert closed_by_footer_row(lines, tom)


# A forum's postings: name, the member's stats line, the time, the text, then vote and action rows.
POSTINGS = (
    "Nachtbus nach Leoben wird eingestellt\n\n"
    "Der letzte Nachtbus zwischen Bruck und Leoben fährt am 31. Dezember, teilte der Verkehrsverbund mit.\n\n"
    "Als Ersatz soll es ein Anrufsammeltaxi geben, das eine Stunde vorher bestellt werden muss.\n\n"
    "54 Postings\n\n"
    "Murtaler_Rad\n412 Postings\n5. Dezember 2024, 15:02\n"
    "Kein Wunder, wenn der letzte Zug erst um elf ankommt und keiner mehr wartet.\n+38\n−4\nAntworten\nMelden\n\n"
    "Oma_Resi\n17 Postings\n5. Dezember 2024, 16:48\n"
    "Das Taxi holt einen wenigstens vor der Haustür ab, das ist für uns Ältere besser.\n+15\n−2\nAntworten\nMelden\n\n"
    "Brucker_Bua\n1.117 Postings\n5. Dezember 2024, 19:12\n"
    "Vierzigtausend Euro im Jahr für drei Gemeinden ist doch kein Geld für so eine Linie.\n+9\n−11\nAntworten\nMelden\n\n"
    "Weitere Postings laden\n"
)


@pytest.mark.issue(14)
def test_the_last_posting_under_a_stats_line_and_a_time_is_no_furniture() -> None:
    rows = summary(read(POSTINGS))
    assert [author for author, _, _ in rows] == ["Murtaler_Rad", "Oma_Resi", "Brucker_Bua"]
    assert (
        rows[-1][1] == "Vierzigtausend Euro im Jahr für drei Gemeinden ist doch kein Geld für so eine Linie."
    )


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "【新闻】石桥镇集市改造：老戏台保留",
            "【新闻】石桥镇集市改造：老戏台保留",
        ),  # the headline's own label
        (
            "[交通] 石桥镇集市改造：老戏台保留  [复制链接]",
            "石桥镇集市改造：老戏台保留",
        ),  # a forum's category and link
    ],
)
def test_a_square_bracketed_label_is_the_forums_and_a_lenticular_one_the_headlines(
    headline: str, title: str
) -> None:
    page = (
        f"{headline}\n\n"
        "石桥镇集市改造工程昨天完工，老戏台和两排百年老屋按原样保留，摊位从一百二十个增加到一百八十个。\n\n"
        "镇里说，集市下周一重新开市，周末会增加临时停车位，方便周边村民开车来赶集。\n"
    )
    doc = read(page)
    assert doc.title is not None and doc.title.text == title


# --- after the first reading of text batch 36 -------------------------------------------------------


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Chrome 131.0.0.0   Windows 10", LineKind.CHROME),  # the widget's browser and system line
        ("Safari 17.6 · iOS 17.6", LineKind.CHROME),
        ("Android 14   Chrome 130.0.0.0", LineKind.CHROME),
        ("I use Chrome on Linux", LineKind.TEXT),
        ("2024-12-05", LineKind.TIMESTAMP),  # a date in figures alone is a time, not counters
        ("05.12.2024", LineKind.TIMESTAMP),
        ("schrieb am 5. Dez. 2024, 09:32", LineKind.TIMESTAMP),  # a forum head's second line
        ("a écrit le 5 déc. 2024 à 09:32", LineKind.TIMESTAMP),
    ],
)
def test_the_lines_between_a_name_and_its_text(line: str, kind: LineKind) -> None:
    from slant.readers._text_lines import classify

    assert classify(line)[0] is kind


WIDGET_THREAD = (
    "南溪公园东门停车场明年起改为非机动车停放区\n\n"
    "街道办12月4日通报，南溪公园东门现有的小型停车场将于明年1月起停止停放机动车，改为非机动车停放区。\n\n"
    "机动车可以停到西门的地下停车场，前两个小时免费。\n\n"
    "3 评论\n\n"
    "住在东门的老王\nChrome 131.0.0.0   Windows 10\n2024-12-05\n早就该改了，周末早上七点就有车在门口排队按喇叭。\n赞 18   回复\n\n"
    "跑步的阿May\nEdge 131.0.0.0   Windows 11\n2024-12-06\n支持！每天早上在东门跑步，单车都停在人行道上。\n赞 9   回复\n\n"
    "蓝莓不酸\nChrome 130.0.0.0   Android 14\n2024-12-07\n@住在东门的老王 我问过物业，之后每小时3元。\n赞 4   回复\n"
)


@pytest.mark.issue(14)
def test_a_thread_with_browser_lines_and_bare_dates_reads_whole() -> None:
    assert summary(read(WIDGET_THREAD)) == [
        ("住在东门的老王", "早就该改了，周末早上七点就有车在门口排队按喇叭。", None),
        ("跑步的阿May", "支持！每天早上在东门跑步，单车都停在人行道上。", None),
        ("蓝莓不酸", "@住在东门的老王 我问过物业，之后每小时3元。", 0),
    ]
