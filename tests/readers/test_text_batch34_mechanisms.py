"""The text reader's mechanisms from text batch 34 (issue 14): a comment plugin's footer row that
prints its actions first and a shortened time last, a badge between a commenter's name and the
text, an association's name ending with an abbreviation, a tag of a four-word name, a header whose
name the name rules refuse but whose shape every other header has, and the sign-in prompts,
expander lines and plug-in credits around a thread. Pages are built by hand with names and sites
that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_lines import LineKind, classify, is_author_label

BODY = (
    "Die Gemeinde will den alten Bootssteg am Nordufer bis zum Sommer durch einen neuen ersetzen.\n\n"
    "Der Steg war im Frühjahr bei Hochwasser beschädigt worden und ist seitdem gesperrt.\n\n"
)

PLUGIN = (
    "Neuer Bootssteg am Nordufer\n\n" + BODY + "4 Kommentare   Sortieren nach  Relevanteste\n\n"
    "Einen Kommentar hinzufügen...\n\n"
    "Wiebke Harms\n"
    "Top-Fan\n"
    "Endlich, wir mussten die Kajaks den ganzen Sommer über die Wiese tragen.\n"
    "Gefällt mir · Antworten · 👍 9 · 3 Tg.\n\n"
    "Lutz Behrendt\n"
    "Arbeitet bei Bootswerft Nordufer\n"
    "Der neue Steg bekommt eine Rampe für Rollstühle, das war lange überfällig.\n"
    "Gefällt mir · Antworten · 👍 4 · 2 Tg.\n\n"
    "    Segelclub Nordufer e.V.\n"
    "    Lutz Behrendt die Rampe haben wir beantragt, schön dass sie kommt.\n"
    "    Gefällt mir · Antworten · 1 Tg.\n\n"
    "    Lutz Behrendt\n"
    "    Segelclub Nordufer e.V. gern geschehen, wir haben die Pläne gesehen.\n"
    "    Gefällt mir · Antworten · 5 Std.\n\n"
    "2 weitere Kommentare laden\n\n"
    "Facebook-Kommentare-Plug-in\n"
)


@pytest.mark.issue(14)
def test_a_plugin_thread_with_actions_first_badges_and_an_association_reads_whole() -> None:
    assert summary(read(PLUGIN)) == [
        ("Wiebke Harms", "Endlich, wir mussten die Kajaks den ganzen Sommer über die Wiese tragen.", None),
        ("Lutz Behrendt", "Der neue Steg bekommt eine Rampe für Rollstühle, das war lange überfällig.", None),
        ("Segelclub Nordufer e.V.", "Lutz Behrendt die Rampe haben wir beantragt, schön dass sie kommt.", 1),
        ("Lutz Behrendt", "Segelclub Nordufer e.V. gern geschehen, wir haben die Pläne gesehen.", 2),
    ]


WITHOUT_PROFILE_FACTS = PLUGIN.replace("Arbeitet bei Bootswerft Nordufer\n", "")


@pytest.mark.issue(14)
def test_a_short_first_line_stays_text_where_no_profile_fact_shows_the_slot() -> None:
    page = WITHOUT_PROFILE_FACTS.replace("Top-Fan\n", "Stimmt genau\n")
    first = summary(read(page))[0]
    assert first[1].startswith("Stimmt genau\n")


DISQUS = (
    "Новый пункт приёма вторсырья\n\n"
    "Пункт приёма вторсырья откроют у рынка в субботу, он будет работать с девяти до трёх часов.\n\n"
    "Принимать будут пластик, стекло, бумагу и батарейки, сообщили в администрации района.\n\n"
    "Обсуждение\n3 комментария\n\n"
    "ВОЙТИ С ПОМОЩЬЮ\nИЛИ ЗАРЕГИСТРИРОВАТЬСЯ В DISQUS ?\nИмя\n\n"
    "Ирина К. • 3 дня назад\n"
    "Хорошо бы ещё и по воскресеньям, в субботу многие работают.\n"
    "△ 6 ▽  •  Ответить  •  Поделиться ›\n\n"
    "    Зелёный двор  Ирина К. • 2 дня назад\n"
    "    Мы попросим администрацию, напишите нам в группу, кому удобно в воскресенье.\n"
    "    △ 3 ▽  •  Ответить  •  Поделиться ›\n\n"
    "Пётр Лаптев • 1 день назад\n"
    "А стекло какого цвета принимают, любое или только прозрачное?\n"
    "△ 1 ▽  •  Ответить  •  Поделиться ›\n"
)


@pytest.mark.issue(14)
def test_a_header_shaped_like_the_others_names_an_association_and_the_sign_in_prompt_is_chrome() -> None:
    assert [(author, parent) for author, _, parent in summary(read(DISQUS))] == [
        ("Ирина К.", None),
        ("Зелёный двор", 0),
        ("Пётр Лаптев", None),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ИЛИ ЗАРЕГИСТРИРОВАТЬСЯ В DISQUS ?", LineKind.CHROME),
        ("or sign up with Disqus ?", LineKind.CHROME),
        ("Charger 5 autres commentaires", LineKind.CHROME),
        ("Show 3 other replies", LineKind.CHROME),
        ("Plug-in de commentaires Facebook", LineKind.CHROME),
        ("Facebook-Kommentare-Plug-in", LineKind.CHROME),
        ("Einen Kommentar hinzufügen...", LineKind.COMMENTS_HEADING),
        ("The plug-in was installed on every comment form last week.", LineKind.TEXT),
    ],
)
def test_prompts_expanders_and_plugin_credits(line: str, kind: LineKind) -> None:
    assert classify(line)[0] is kind


FORUM = (
    "Cierra el puente viejo de Almenara por obras\n\n"
    "#1\n03-nov-2024, 18:02\nruedas_de_hierro\nMiembro veterano\nFecha de ingreso: feb 2014\nMensajes: 2.310\n\n"
    "El puente viejo de Almenara cerrará al tráfico durante seis semanas a partir del lunes por obras.\n\n"
    "Los autobuses darán la vuelta por la variante y la parada del mercado se traslada a la plaza.\n\n"
    "Citar\n\n"
    "#2\n03-nov-2024, 18:40\nlamarea_77\nMiembro veterano\nFecha de ingreso: ago 2019\nMensajes: 845\n\n"
    "Seis semanas dicen ahora, luego serán tres meses como la última vez que lo arreglaron.\n"
    "Citar\n\n"
    "#3\n03-nov-2024, 19:05\nbici_y_pan\nFecha de ingreso: may 2021\nMensajes: 97\n\n"
    "Cita de lamarea_77\nSeis semanas dicen ahora, luego serán tres meses.\n"
    "Esta vez la empresa paga una multa por cada día de retraso, viene en el pliego.\n"
    "Citar\n\n"
    "#4\n03-nov-2024, 20:11\nUsuario eliminado\n\n"
    "Por la variante son diez minutos más en hora punta, a ver cómo lo llevan los autobuses.\n"
    "Citar\n\n"
    "#5\n03-nov-2024, 20:45\nlamarea_77\nMiembro veterano\nFecha de ingreso: ago 2019\nMensajes: 846\n\n"
    "Pues ojalá, que el mercado vive de la gente que llega en autobús los sábados.\n"
    "Citar\n\n"
    "La franja horaria es GMT +1. Ahora son las 21:30.\n"
    "Powered by vBulletin® Copyright ©2000 - 2024, Jelsoft Enterprises Ltd.\n"
)


@pytest.mark.issue(14)
def test_a_numbered_forum_thread_with_member_cards_quotes_and_a_deleted_account_reads_whole() -> None:
    found = summary(read(FORUM))
    assert [(author, text.split("\n", 1)[0], parent) for author, text, parent in found] == [
        (
            "lamarea_77",
            "Seis semanas dicen ahora, luego serán tres meses como la última vez que lo arreglaron.",
            None,
        ),
        ("bici_y_pan", "Cita de lamarea_77", 0),
        (
            "Usuario eliminado",
            "Por la variante son diez minutos más en hora punta, a ver cómo lo llevan los autobuses.",
            None,
        ),
        ("lamarea_77", "Pues ojalá, que el mercado vive de la gente que llega en autobús los sábados.", None),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Fecha de ingreso: feb 2014", LineKind.CHROME),
        ("03-nov-2024, 18:02", LineKind.TIMESTAMP),
        ("Cita de lamarea_77", LineKind.QUOTE_BY),
        ("Zitat von Kranfahrer_Jo", LineKind.QUOTE_BY),
        ("La franja horaria es GMT +1. Ahora son las 21:30.", LineKind.CHROME),
        ("All times are GMT -5. The time now is 04:12 PM.", LineKind.CHROME),
        ("Powered by vBulletin® Copyright ©2000 - 2024, Jelsoft Enterprises Ltd.", LineKind.CHROME),
        ("2楼 2024-11-03 18:40", LineKind.BUTTONS),
        ("1楼 2024-11-03 18:02 来自iPhone客户端", LineKind.BUTTONS),
        ("我也说一句", LineKind.REPLY_FORM),
    ],
)
def test_forum_card_dates_quotes_footers_and_floor_lines(line: str, kind: LineKind) -> None:
    assert classify(line)[0] is kind


FLOORS = (
    "老桥封闭施工六周\n\n"
    "据区交通局消息，老桥将从下周一起封闭施工六周，公交车改走环线。\n\n"
    "施工期间，菜场门口的公交站临时移到广场东侧。\n"
    "1楼 2024-11-03 18:02\n\n"
    "回复(2)\n\n"
    "骑车的小王\n"
    "LV7\n"
    "六周？上次说一个月，结果修了三个月。\n"
    "2楼 2024-11-03 18:40\n"
    "回复(2)\n"
    "桥头卖豆浆的: 这次说是延期要罚款的。\n"
    "2024-11-03 19:02 回复\n"
    "住在河西: 回复 骑车的小王 :罚款有什么用，还不是照样拖。\n"
    "2024-11-03 19:15 回复\n"
    "我也说一句\n\n"
    "老城区_吧务\n"
    "吧主\n"
    "公交改线的时刻表已经贴在吧里置顶帖了。\n"
    "3楼 2024-11-03 20:08\n"
    "回复(1)\n"
    "骑车的小王: 谢谢吧主\n"
    "2024-11-03 20:20 回复\n"
    "我也说一句\n\n"
    "老城区_吧务\n"
    "吧主\n"
    "另外，施工期间夜里十点以后也不能步行通过。\n"
    "4楼 2024-11-03 21:30\n"
    "回复\n\n"
    "等车的阿梅\n"
    "LV3\n"
    "环线那边早上堵得厉害，希望多加几班车。\n"
    "5楼 2024-11-03 22:47\n"
    "回复\n"
)


@pytest.mark.issue(14)
def test_floors_with_rank_badges_floor_footers_and_replies_inside_a_floor_read_whole() -> None:
    assert summary(read(FLOORS)) == [
        ("骑车的小王", "六周？上次说一个月，结果修了三个月。", None),
        ("桥头卖豆浆的", "这次说是延期要罚款的。", 0),
        ("住在河西", "回复 骑车的小王 :罚款有什么用，还不是照样拖。", 0),
        ("老城区_吧务", "公交改线的时刻表已经贴在吧里置顶帖了。", None),
        ("骑车的小王", "谢谢吧主", 3),
        ("老城区_吧务", "另外，施工期间夜里十点以后也不能步行通过。", None),
        ("等车的阿梅", "环线那边早上堵得厉害，希望多加几班车。", None),
    ]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("骑车的小王", True),
        ("Sam in Swindon", True),
        ("六周以后的公交时刻表还没有贴出来，大家先别急着去等车", False),
    ],
)
def test_a_cjk_sentence_without_its_full_stop_is_no_author_label(line: str, label: bool) -> None:
    assert is_author_label(line) is label


@pytest.mark.issue(14)
def test_a_name_a_place_and_a_weekday_date_under_the_standfirst_are_the_byline() -> None:
    page = (
        "Neuer Bootssteg am Nordufer\n\n"
        "Die Gemeinde ersetzt den gesperrten Steg bis zum Sommer durch einen neuen.\n\n"
        "Holger Brandt\nSeehausen\nMittwoch, 04.12.2024, 09:15 Uhr\n\n" + BODY
    )
    doc = read(page)
    assert doc.article.published == "2024-12-04"
    assert doc.article.text.startswith("Die Gemeinde ersetzt")
    assert "Holger Brandt" not in doc.article.text
    assert "Seehausen" not in doc.article.text


THREAD_AS_ARTICLE = (
    "城南论坛   登录   注册\n\n"
    "【交通】老桥封闭施工六周\n"
    "只看楼主   收藏   回复\n\n"
    "城南吧_吧务\n"
    "吧主\n"
    "【交通】老桥封闭施工六周\n\n"
    "据区交通局消息，老桥将从下周一起封闭施工六周，公交车改走环线，菜场门口的公交站临时移到广场东侧。\n\n"
    "施工期间夜里十点以后也不能步行通过，请大家提前安排出行。\n"
    "1楼 2024-11-03 18:02 来自Android客户端\n\n"
    "回复(1)\n\n"
    "骑车的小王\n"
    "LV7\n"
    "六周？上次说一个月，结果修了三个月。\n"
    "2楼 2024-11-03 18:40\n"
    "回复\n\n"
    "城南吧_吧务\n"
    "吧主\n"
    "这次合同里写了延期要罚款，大家监督。\n"
    "3楼 2024-11-03 19:10\n"
    "回复\n\n"
    "等车的阿梅\n"
    "LV3\n"
    "环线那边早上堵得厉害，希望多加几班车。\n"
    "4楼 2024-11-03 22:47\n"
    "回复\n"
)


@pytest.mark.issue(14)
def test_a_thread_whose_first_floor_is_the_article_keeps_its_subject_and_signed_date() -> None:
    doc = read(THREAD_AS_ARTICLE)
    assert doc.title is not None and doc.title.text == "【交通】老桥封闭施工六周"
    assert doc.article.text.startswith("据区交通局消息")
    assert doc.article.text.endswith("请大家提前安排出行。")
    assert doc.article.published == "2024-11-03"
    assert [author for author, _, _ in summary(doc)] == ["骑车的小王", "城南吧_吧务", "等车的阿梅"]


FIRST_POST_ARTICLE = FORUM.replace(
    "Cierra el puente viejo de Almenara por obras\n\n#1\n03-nov-2024, 18:02\nruedas_de_hierro\n",
    "Foro Almenara > General\n\nRegistrarse   Normas   Buscar\n\n#1\n03-nov-2024, 18:02\nruedas_de_hierro\n",
).replace(
    "Mensajes: 2.310\n\n",
    "Mensajes: 2.310\n\nCierra el puente viejo de Almenara por obras\n\nNoticia de la radio local:\n\n",
)


@pytest.mark.issue(14)
def test_a_forum_thread_whose_first_post_is_the_article_reads_its_subject_as_the_title() -> None:
    doc = read(FIRST_POST_ARTICLE)
    assert doc.title is not None and doc.title.text == "Cierra el puente viejo de Almenara por obras"
    assert doc.article.text.startswith("Noticia de la radio local:")
    assert doc.article.published == "2024-11-03"
    assert "Fecha de ingreso" not in doc.article.text
