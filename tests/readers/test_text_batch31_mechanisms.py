"""The text reader's mechanisms from text batch 31 (issue 14): a social plugin's action row with a
like button of several words and a spaced time ("Gefällt mir · Antworten · 👍 4 · 3 h"), badge and
profile lines under a name, a name the name rules refuse where every other comment has its name, a
reply at the same depth that names the reply it answers, a chat client's reply preview, the stories
of an "ALSO ON" box with their quoted comments, an author's tagline, a form's consent line, forum
floors ("沙发", "5#"), a time with links after bars, a forum's quote block and "回复 5# Name", a
breadcrumb and bracketed labels around a headline. Pages are built by hand with names, lists and
sites that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_chrome import is_chrome, ui_words_kind
from slant.readers._text_lines import LineKind, classify

BODY = (
    "The council will close the old swimming baths for eleven months from March for a full refit.\n\n"
    "Swimmers from the two clubs will train at the school pool across the river until it reopens.\n\n"
)


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "row",
    [
        "Gefällt mir · Antworten · 👍 4 · 3 h",
        "Curtir · Responder · 2 d",
        "Me gusta · Responder · 👍 15 · 1 d · Editado",
    ],
)
def test_a_plugin_action_row_with_a_like_button_of_two_words_is_buttons(row: str) -> None:
    assert ui_words_kind(row) == "buttons"
    assert classify(row)[0] is LineKind.BUTTONS


@pytest.mark.issue(14)
def test_a_time_spaced_from_its_unit_needs_widget_words_round_it() -> None:
    assert ui_words_kind("Le 3 d est bon") is None


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "line",
    [
        "Ver 2 respuestas más",
        "Cargar 14 comentarios más",
        "Weitere 5 Antworten laden",
        "Voir 3 réponses de plus",
        "Usamos cookies propias para analizar la navegación. Si sigue navegando, acepta su uso.",
        "Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
        "GMT+1, 2025-1-9 08:12 , Processed in 0.044 second(s), 18 queries .",
        "本帖最后由 河畔居民 于 2025-1-9 08:20 编辑",
    ],
)
def test_expanders_notices_and_forum_footers_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "line",
    [
        "Ver 2 respuestas",  # a reply count over shown replies: a thread mark, read by the thread
        "The e-mail was opened in a browser by the clerk.",
        "The claim was processed in 3 seconds by the clerk.",
        "She had 3 more comments to make.",
    ],
)
def test_lines_like_them_stay_text(line: str) -> None:
    assert not is_chrome(line)


FACEBOOK = (
    "Old Baths Close For Refit\n\n" + BODY + "Comentarios\n\n"
    "9 comentarios     Ordenar por  Más relevantes\n\n"
    "Agregar un comentario...\n\n"
    "Lucía Fernández Roca\n"
    "Fan destacado\n"
    "Once months means two summers without a pool for the kids.\n"
    "Me gusta · Responder · 👍 12 · 2 d\n\n"
    "    Tomás Ibarra\n"
    "    Trabaja en Piscinas del Norte\n"
    "    Lucía Fernández Roca the school pool is open on Saturdays too.\n"
    "    Me gusta · Responder · 👍 2 · 2 d\n\n"
    "    Lucía Fernández Roca\n"
    "    Fan destacado\n"
    "    Tomás Ibarra only for the clubs, not for families.\n"
    "    Me gusta · Responder · 1 d\n\n"
    "Ver 1 respuesta más\n\n"
    "Ramón Gil\n"
    "Estudió en Universidad de León\n"
    "Eleven months is optimistic for a roof of that age.\n"
    "Me gusta · Responder · 👍 5 · 1 d · Editado\n\n"
    "    Club de Natación Ribera del Sil\n"
    "    Ramón Gil the club will post the new timetable this week.\n"
    "    Me gusta · Responder · 👍 8 · 20 h\n\n"
    "Cargar 5 comentarios más\n\n"
    "Plugin de comentarios de Facebook\n\n"
    "LO MÁS LEÍDO\n"
    "1. Cortes de agua en el barrio alto el martes\n"
    "2. La feria del libro vuelve a la plaza mayor\n"
)


@pytest.mark.issue(14)
def test_a_facebook_plugin_thread_with_badges_profile_lines_and_an_unnamed_name() -> None:
    assert summary(read(FACEBOOK)) == [
        ("Lucía Fernández Roca", "Once months means two summers without a pool for the kids.", None),
        ("Tomás Ibarra", "Lucía Fernández Roca the school pool is open on Saturdays too.", 0),
        # at the same depth, it names the reply it answers, not the comment the indentation points to
        ("Lucía Fernández Roca", "Tomás Ibarra only for the clubs, not for families.", 1),
        ("Ramón Gil", "Eleven months is optimistic for a roof of that age.", None),
        ("Club de Natación Ribera del Sil", "Ramón Gil the club will post the new timetable this week.", 3),
    ]


@pytest.mark.issue(14)
def test_a_line_opening_with_a_profile_verb_is_text_when_no_name_stands_over_it() -> None:
    text = (
        "Old Baths Close For Refit\n\n" + BODY + "Comments\n\n"
        "Ana Ruiz\n"
        "Works at the pool on weekends and knows the roof is in bad shape.\n"
        "Like · Reply · 2 d\n\n"
        "Ben Cole\n"
        "Lives in hope, as ever.\n"
        "Like · Reply · 1 d\n"
    )
    assert [c.text for c in read(text).comments] == [
        "Works at the pool on weekends and knows the roof is in bad shape.",
        "Lives in hope, as ever.",
    ]


TELEGRAM = (
    "Riverside News\n12 410 subscribers\n\n"
    "Old baths close for refit\n\n" + BODY + "👁 9.1K\n\n"
    "31 comments\n\n"
    "Marta Kowalczyk\n"
    "The school pool has no changing rooms for families, only for the teams.\n"
    "09:12\n\n"
    "Piotr\n"
    "Marta Kowalczyk\n"
    "The school pool has no changing rooms for families…\n"
    "They are building two more over the winter, says the club.\n"
    "09:30\n\n"
    "Riverside News | Official\n"
    "Marta Kowalczyk\n"
    "The school pool has no changing rooms for families, only for the teams.\n"
    "We asked the council and will publish the answer.\n"
    "10:02\n\n"
    "Olek Nowak\n"
    "Eleven months is a long time for a roof.\n"
    "10:40\n"
)


@pytest.mark.issue(14)
def test_a_chat_reply_preview_marks_the_parent_and_is_no_part_of_the_reply() -> None:
    assert summary(read(TELEGRAM)) == [
        ("Marta Kowalczyk", "The school pool has no changing rooms for families, only for the teams.", None),
        ("Piotr", "They are building two more over the winter, says the club.", 0),
        ("Riverside News | Official", "We asked the council and will publish the answer.", 0),
        ("Olek Nowak", "Eleven months is a long time for a roof.", None),
    ]


DISQUS_TAIL = (
    "Old Baths Close For Refit\n\n"
    "By Dana Whitlock\n\n"
    + BODY
    + "Dana Whitlock covers the city council. Write to her at dwhitlock@riverside.example.\n\n"
    "3 Comments\n\n"
    "Gail Rourke • 2 years ago\n"
    "Two summers without a pool is too long.\n"
    "4  Reply  Share ›\n\n"
    "Hal Benning • a year ago\n"
    "The roof has leaked since 2009.\n"
    "2  Reply  Share ›\n\n"
    "ALSO ON RIVERSIDE NEWS\n\n"
    "Library opens on Sundays from May\n"
    "7 comments • 2 years ago\n"
    "Avatar\n"
    "Ivo Marsh — About time. The reading room is full every Saturday.\n\n"
    "Bridge repairs start next week\n"
    "2 comments • a year ago\n"
    "Avatar\n"
    "Rhea Dunn — Which lane closes first?\n"
)


@pytest.mark.issue(14)
def test_an_also_on_box_quotes_other_stories_comments_and_a_tagline_closes_the_article() -> None:
    doc = read(DISQUS_TAIL)
    assert [c.author for c in doc.comments] == ["Gail Rourke", "Hal Benning"]
    assert doc.article.text.endswith("until it reopens.")
    assert "dwhitlock@" in " ".join(doc.meta["chrome"])


DISCUZ = (
    "河畔论坛 › 本地新闻 › 老游泳馆明年三月起闭馆改造十一个月\n\n"
    "查看: 1520|回复: 4\n\n"
    "[民生] 老游泳馆明年三月起闭馆改造十一个月  [复制链接]\n\n"
    "河畔小编\n"
    "发表于 2025-1-9 08:00 | 只看该作者 |倒序浏览\n\n"
    "市体育局昨天宣布，老游泳馆将从明年三月起闭馆改造，预计工期十一个月，期间游泳队到河对岸的学校泳池训练。\n\n"
    "改造内容包括更换屋顶、更新水处理设备和增加家庭更衣室，总投资约一千二百万元。\n\n"
    "沙发\n"
    "河畔居民\n"
    "发表于 2025-1-9 08:35 | 只看该作者\n"
    "十一个月太长了，孩子们两个暑假都没地方游泳，学校泳池周末能不能对外开放？\n"
    "回复 支持 反对 举报\n\n"
    "板凳\n"
    "河畔小编\n"
    "发表于 2025-1-9 09:10 | 只看该作者\n\n"
    "河畔居民 发表于 2025-1-9 08:35\n"
    "十一个月太长了，孩子们两个暑假都没地方游泳 ...\n\n"
    "已向体育局咨询：学校泳池周六下午对外开放，需要提前预约。\n"
    "回复 支持 反对 举报\n\n"
    "4#\n"
    "老张\n"
    "发表于 2025-1-9 10:02 | 只看该作者\n"
    "屋顶漏水好多年了，早该修。\n"
    "回复 支持 反对 举报\n\n"
    "5#\n"
    "河畔居民\n"
    "发表于 2025-1-9 10:30 | 只看该作者\n"
    "回复 4# 老张\n\n"
    "漏水是真的，去年冬天池边都结冰了。\n"
    "回复 支持 反对 举报\n"
)


@pytest.mark.issue(14)
def test_a_discuz_thread_floors_post_heads_quote_blocks_and_title() -> None:
    doc = read(DISCUZ)
    assert doc.title is not None and doc.title.text == "老游泳馆明年三月起闭馆改造十一个月"
    assert doc.article.text.startswith("市体育局昨天宣布")
    assert doc.article.published == "2025-01-09"
    got = summary(doc)
    assert [(author, parent) for author, _, parent in got] == [
        ("河畔居民", None),
        ("河畔小编", 0),  # its quote block cites the first words of 河畔居民's post
        ("老张", None),
        ("河畔居民", 2),  # "回复 4# 老张"
    ]
    assert got[1][1].startswith("河畔居民 发表于 2025-1-9 08:35")
    assert got[3][1].startswith("回复 4# 老张")


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "number"), [("沙发", "2"), ("板凳", "3"), ("地板", "4"), ("12#", "12"), ("7楼", "7")]
)
def test_a_forum_floor_alone_is_the_post_number(line: str, number: str) -> None:
    kind, header = classify(line)
    assert kind is LineKind.NUMBER and header is not None and header.number == number


@pytest.mark.issue(14)
def test_a_time_with_links_after_bars_is_a_timestamp() -> None:
    kind, header = classify("发表于 2025-1-9 08:35 | 只看该作者 |倒序浏览")
    assert kind is LineKind.TIMESTAMP and header is not None and header.published == "2025-01-09T08:35:00"
    assert classify("Milk | Bread | Eggs")[0] is not LineKind.TIMESTAMP
