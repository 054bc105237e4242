"""Article edges and articles beside their comments (issue 14, "Session 10: articles and first posts").

Hand-made pages and texts: the lines around an article that are the page's are cut, a text of
menus and counters is no article, a short note sharing one element with its comments is the article,
and a page of menus and comments alone is still no page. See docs/bench-readers-html.md.
"""

from __future__ import annotations

import numpy
import pytest

from slant import NotAPageError
from slant.readers._html import read_html_page
from slant.readers._html_edges import article_edges, has_running_text
from slant.readers._html_role_lines import BlockLine
from slant.readers._html_roles import _corrected

pytestmark = pytest.mark.issue(14)

BODY = (
    "Die Bahn stellt die Nachtzugverbindung nach Wien zum Fahrplanwechsel im Dezember ein. Als Grund nennt "
    "das Unternehmen fehlende Schlafwagen.\n\nEine Tagesverbindung mit Umstieg in München soll die Lücke "
    "teilweise schließen."
)
TITLE = "Bahn streicht Nachtzug nach Wien ab Dezember"


def test_a_kicker_the_headline_and_a_label_above_and_a_link_below_are_cut() -> None:
    text = f"Bahnverkehr\n\n{TITLE}\n\nStand:\n\n{BODY}\n\nZur Meldung"
    assert article_edges(text, title=TITLE) == (BODY, ["Bahnverkehr", TITLE, "Stand:", "Zur Meldung"])


def test_the_lines_cut_may_date_the_article() -> None:
    text = f"Publicado el 6 de mayo de 2025 por Julián Ortega\n\n{BODY}\n\nposted @ 2025-03-02 21:15 石头记 阅读(1032) 评论(4)"
    kept, cut = article_edges(text, title=None)
    assert kept == BODY
    assert cut == [
        "Publicado el 6 de mayo de 2025 por Julián Ortega",
        "posted @ 2025-03-02 21:15 石头记 阅读(1032) 评论(4)",
    ]


def test_the_headline_repeated_under_the_text_is_cut_though_it_is_a_question() -> None:
    question = "¿Tubeless o cámara para rutas largas de gravel?"
    assert article_edges(f"{BODY}\n\n{question}", title=question)[0] == BODY


@pytest.mark.parametrize(
    "text",
    [
        f"Hello all,\n\n{BODY}",  # a greeting opens the post
        f"{BODY}\n\n- Linsen\n\n- Karotten",  # a list ends the article
        f"Kurz\n\n{BODY.split(chr(10))[0]}",  # too little running text would be left
        "| Status: | RESOLVED |\n\n| Product: | Kettle |\n\n| Component: | Export |",  # no sentence at all
    ],
)
def test_running_text_and_lists_stay(text: str) -> None:
    assert article_edges(text, title=None) == (text, [])


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("GitHub\n\ntallyhouse\n\n/\n\nledgerlite\n\n#212\n\n2 hidden items\n\nLoad more…", False),
        ("楼主：南山读书人 时间：2025-03-03 08:40:12 点击：18236 回复：4", False),
        ("关注者\n\n1,523\n\n被浏览\n\n884,210", False),
        ("| Status: | RESOLVED FIXED |\n\n| Reported: | 2025-03-02 16:44:09 UTC by Nadia Forsythe. |", False),
        ("Помутнение воды после запуска: что я делаю не так?", False),  # the headline again
        ("小葱切段，小火慢慢熬到焦黄，再加生抽、老抽和一点糖，葱油就做好了。", True),
        ("Police closed the A3 after a crash near Guildford.", True),
        ("书店开在县城中学旁边，三年下来勉强收支平衡。周末办的读书会人越来越多", True),  # no space after "。"
    ],
)
def test_running_text_is_a_sentence_of_some_words(text: str, running: bool) -> None:
    assert has_running_text(text, title="Помутнение воды после запуска: что я делаю не так?") is running


COMMENTS = """
<div class="comments-el"><div class="total">3 comments</div><ol class="commentlist">
  <li class="comment" id="li-comment-1"><div id="comment-1">
    <div class="comment-author vcard"><cite class="fn">Mary Ann</cite></div>
    <p>How long do the onions take until they are golden?</p></div></li>
  <li class="comment" id="li-comment-2"><div id="comment-2">
    <div class="comment-author vcard"><cite class="fn">Bob</cite></div>
    <p>About ten minutes on a low flame, no more.</p></div></li>
  <li class="comment" id="li-comment-3"><div id="comment-3">
    <div class="comment-author vcard"><cite class="fn">Cleo</cite></div>
    <p>Made it tonight, thank you for sharing.</p></div></li>
</ol></div>
"""
NOTE = (
    "<div class='note'><div class='title'>Ten-minute scallion noodles</div><div class='desc'>"
    "Fry the scallions slowly until golden, then add soy sauce and a little sugar.<br>"
    "Toss the cooked noodles in the oil and dinner is ready.</div><div class='date'>2025-03-03</div></div>"
)


def _page(body: str) -> str:
    return f"<html><head><title>Ten-minute scallion noodles</title></head><body>{body}</body></html>"


def test_a_short_note_beside_its_comments_is_the_article() -> None:
    doc = read_html_page(_page(f"<div id='app'>{NOTE}{COMMENTS}</div>"), url=None, source="note.html")
    assert doc.article.text == (
        "Fry the scallions slowly until golden, then add soy sauce and a little sugar.\n\n"
        "Toss the cooked noodles in the oil and dinner is ready."
    )
    assert doc.article.published == "2025-03-03"  # the note's date line under it
    assert [c.author for c in doc.comments] == ["Mary Ann", "Bob", "Cleo"]


def test_menus_and_comments_alone_are_still_no_page() -> None:
    # comments too short to open a thread, and beside them only a count: no article anywhere
    short = COMMENTS
    for said in (
        "How long do the onions take until they are golden?",
        "About ten minutes on a low flame, no more.",
        "Made it tonight, thank you for sharing.",
    ):
        short = short.replace(said, " ".join(said.split()[:4]))
    nav = "<nav><a href='/'>Home</a> <a href='/explore'>Explore</a></nav>"
    with pytest.raises(NotAPageError, match=r"^note\.html has no article text that slant can find") as caught:
        read_html_page(_page(f"{nav}<div id='app'>{short}</div>"), url=None, source="note.html")
    assert "\n" not in str(caught.value)


def test_a_first_post_under_a_head_of_counters_is_the_article() -> None:
    head = (
        "<div class='repo'><a href='/'>GitHub</a> <a href='/o'>tallyhouse</a> / <a href='/o/r'>ledgerlite</a></div>"
        "<h1>Should the CSV export keep empty columns?</h1><span>#212</span><div>2 hidden items</div>"
        "<button>Load more…</button>"
    )
    first = (
        "<li class='comment' id='li-comment-0'><div id='comment-0'><div class='comment-author vcard'>"
        "<cite class='fn'>meiling</cite></div><p>When I export a ledger with unused categories, the CSV drops"
        " their columns, so my formulas break every month. Would a flag that keeps them be welcome?</p></div></li>"
    )
    comments = COMMENTS.replace('<ol class="commentlist">', f'<ol class="commentlist">{first}')
    doc = read_html_page(_page(head + comments), url=None, source="thread.html")
    assert doc.article.text.startswith("When I export a ledger")
    assert doc.article.author == "meiling"
    assert [c.author for c in doc.comments] == ["Mary Ann", "Bob", "Cleo"]


def test_a_question_in_a_read_more_box_is_the_article() -> None:
    # trafilatura discards a class naming "expand" (and took the related questions for the text);
    # a box of running text named so is text, a button named so stays a control
    body = (
        "<div class='QuestionHeader'><h1>Commute an hour or pay more rent?</h1><div>"
        "<div class='QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed'><div><span>"
        "<p>I found two flats: one near the office for more money, one an hour away by train.</p>"
        "<p>Which choice did you regret less after a year of living there?</p></span></div></div></div>"
        "<div class='side'><div>Followers</div><strong>1,523</strong><div>Views</div><strong>884,210</strong>"
        "</div><button class='expand-button'>Show all</button></div>"
        "<div class='more'><div>Related questions</div><div>First job: salary or growth? 40 answers</div>"
        "<div>Which metro lines are the most crowded at eight? 57 answers</div></div>"
    )
    doc = read_html_page(_page(body), url=None, source="question.html")
    assert doc.article.text.startswith("I found two flats")
    assert doc.article.text.endswith("after a year of living there?")


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("<span class='date'>2025年06月18日 07:45</span>", "2025-06-18"),
        ("<div class='meta'><a href='/u/1'>Ольга</a> <span>3 марта 2025</span></div>", "2025-03-03"),
        ("<div><span>310K views</span> <span>Feb 11, 2025</span></div>", "2025-02-11"),
    ],
)
def test_the_dateline_under_the_headline_dates_the_article(dateline: str, published: str) -> None:
    body = f"<div class='head'><h1>{TITLE}</h1></div>{dateline}<div class='text'><p>{BODY}</p></div>"
    doc = read_html_page(_page(body), url=None, source="news.html")
    assert doc.article.published == published


def test_a_date_inside_the_running_text_is_not_a_dateline() -> None:
    text = "<p>Die Strecke fuhr zuletzt am 3. März 2019 und wurde danach lange Zeit nicht mehr bedient, sagt die Bahn.</p>"
    doc = read_html_page(_page(f"<h1>{TITLE}</h1>{text}<p>{BODY}</p>"), url=None, source="news.html")
    assert doc.article.published is None


def _line(text: str, *, paragraph: bool = False) -> BlockLine:
    return BlockLine(text, "div", 1, frozenset(), 0, quoted=False, timed=False, paragraph=paragraph)


def test_a_greeting_opening_a_post_is_never_trimmed_as_its_header() -> None:
    # the role model may give "Salut à tous," a low body probability, as it gives a subject line
    lines = [
        _line("Subject line"),
        _line("Salut à tous,"),
        _line("Mon portable chauffe beaucoup depuis un mois."),
    ]
    body = numpy.array([0.05, 0.1, 0.95])
    text = "Subject line\nSalut à tous,\nMon portable chauffe beaucoup depuis un mois."
    assert _corrected(lines, text, body, trim=0.2, rescue=0.9) == (
        "Salut à tous,\nMon portable chauffe beaucoup depuis un mois."
    )


@pytest.mark.parametrize(
    ("head_title", "heading", "headline"),
    [
        # a column's heading beside the post, no word in common with <title>
        (
            'Tamsin Reyes on X: "Our city library now lends tools" | X',
            "Conversation",
            'Tamsin Reyes on X: "Our city library now lends tools"',
        ),
        # the headline with a label glued on
        (
            "Зимняя резина: шипы или липучка? | Уральский автоклуб",
            "Тема: Зимняя резина: шипы или липучка?",
            None,
        ),
        # <title> is the site's name alone, or the heading is the headline: the heading stays
        ("Weser-Rundschau", TITLE, TITLE),
        (f"{TITLE} | Weser-Rundschau", TITLE, TITLE),
        ("Nachrichten aus Bremen und umzu | Weser-Rundschau", TITLE, TITLE),
    ],
)
def test_the_headline_is_the_title_without_the_site_when_the_heading_is_not_it(
    head_title: str, heading: str, headline: str | None
) -> None:
    markup = (
        f"<html><head><title>{head_title}</title></head><body><h1>{heading}</h1>"
        f"<div class='text'><p>{BODY}</p></div></body></html>"
    )
    doc = read_html_page(markup, url=None, source="news.html")
    assert doc.title is not None
    assert doc.title.text == (headline or head_title.split(" | ")[0])


def test_a_script_shell_is_read_from_its_noscript_content() -> None:
    post = " ".join(["<p>" + BODY.replace("\n\n", " ") + "</p>"] * 3)
    markup = (
        "<html><head><title>Forum</title></head><body><main><div id='app'>Wird geladen …</div>"
        "<noscript>Dieses Forum ist für moderne Browser mit aktiviertem JavaScript optimiert.</noscript>"
        f"<noscript id='content'><h2>Nachtzug nach Wien</h2><div class='body'>{post}</div></noscript>"
        "<div class='err'>Beim Laden der JavaScript-Version dieses Forums ist ein Fehler aufgetreten.</div>"
        "</main></body></html>"
    )
    doc = read_html_page(markup, url=None, source="shell.html")
    assert doc.article.text.startswith("Die Bahn stellt die Nachtzugverbindung")
    assert "Wird geladen" not in doc.article.text


def test_a_short_noscript_notice_is_not_read() -> None:
    markup = _page(
        f"<h1>{TITLE}</h1><div class='text'><p>{BODY}</p></div>"
        "<noscript><p>Bitte aktivieren Sie JavaScript, um die Kommentare dieser Seite zu sehen.</p></noscript>"
    )
    doc = read_html_page(markup, url=None, source="news.html")
    assert "JavaScript" not in doc.article.text
    assert doc.article.text.startswith("Die Bahn stellt")
