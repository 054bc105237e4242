"""The text reader's mechanisms from text batch 34 (issue 14): a comment plugin's footer row that
prints its actions first and a shortened time last, a badge between a commenter's name and the
text, an association's name ending with an abbreviation, a tag of a four-word name, a header whose
name the name rules refuse but whose shape every other header has, and the sign-in prompts,
expander lines and plug-in credits around a thread. Pages are built by hand with names and sites
that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_lines import LineKind, classify

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
