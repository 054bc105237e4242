"""Mechanisms added after the first reading of held-out batches 7 and 8 (issue 14): each on a
hand-made page, none keyed to a site's class names. See docs/bench-readers-html.md, "Fourth reading"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html import read_html_page
from slant.readers._html_fields import is_byline_residue, is_hidden, is_quote, quoted_author, tidy_text
from slant.readers._html_layout import unwrap_layout_tables
from slant.readers._html_lead import without_tail_byline

pytestmark = pytest.mark.issue(14)


def _post(name: str, text: str, *, body_extra: str = "", attrs: str = "") -> str:
    """A forum-like post in markup no family knows: a name linking to a profile, a time, the text."""
    return (
        f"<div class='msg-card' {attrs}><div class='msg-head'><a href='/members/{name.lower()}'>{name}</a>"
        f"<time datetime='2025-04-27T11:40:00+02:00'>27. April 2025</time></div>"
        f"<div class='msg-text'>{body_extra}<p>{text}</p></div>"
        "<div class='msg-foot'><a href='#'>Reply</a></div></div>"
    )


# --- a quoted earlier post is not the reply's text, and names its parent --------------------------


def _element(markup: str) -> object:
    return lxml.html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    ("markup", "author"),
    [
        (
            "<blockquote class='quoteBox'><div class='quoteBoxTitle'>Zitat von Klaus-Dieter</div>"
            "<p>Old text.</p></blockquote>",
            "Klaus-Dieter",
        ),
        (
            "<blockquote class='blockquote-jv'><p>Le 1 décembre 2025 à 20:31:12 MeepleMaster a écrit :</p>"
            "<p>Old text.</p></blockquote>",
            "MeepleMaster",
        ),
        ("<blockquote><p>Am 3. Mai 2025 um 10:02 schrieb Ben:</p><p>Old text.</p></blockquote>", "Ben"),
    ],
)
def test_a_blockquote_naming_its_source_is_a_quote(markup: str, author: str) -> None:
    element = _element(markup)
    assert is_quote(element)
    assert quoted_author(element) == author


def test_a_bare_blockquote_is_the_commenters_own_text() -> None:
    assert not is_quote(_element("<blockquote><p>Roads are for people, not only for cars.</p></blockquote>"))


def test_a_reply_quoting_a_post_loses_the_quote_and_answers_that_post() -> None:
    quote = (
        "<blockquote><p>Le 1 décembre 2025 à 20:31:12 Anna a écrit :</p>"
        "<p>The bridge feels solid this morning.</p></blockquote>"
    )
    doc = read(
        "<div class='forum'>"
        + _post("Anna", "The bridge feels solid this morning.")
        + _post("Cara", "The buses are still late, though, every single day.")
        + _post("Bo", "Attention, it was solid before the repairs too.", body_extra=quote)
        + "</div>"
    )
    assert rows(doc)[2] == ("Bo", "Attention, it was solid before the repairs too.", "c1")


# --- hidden lines, flattened threads -------------------------------------------------------------


def test_hidden_is_told_by_the_element_or_its_ancestors() -> None:
    page = _element("<div><div aria-hidden='true'><span>Shanghai</span></div><p>Text.</p></div>")
    hidden, shown = page[0][0], page[1]
    assert is_hidden(hidden, page)
    assert not is_hidden(shown, page)


def test_an_element_hidden_from_readers_is_never_the_body_and_links_refine_a_flattened_thread() -> None:
    card = (
        "<div class='card-item' id='{id}'><div class='card-head'><span class='nick'>{name}</span>"
        "<span class='when'>2025-09-29</span></div>"
        "<div class='card-meta' aria-hidden='true'><span>Guangdong Shenzhen</span><span>Safari 17.5</span>"
        "<span>macOS 14.5 Sonoma edition build</span></div><div class='card-body'>{lead}<p>{text}</p></div>{inner}</div>"
    )
    replies = card.format(
        id="r1", name="Lin", lead="", text="I learnt it as an adult as well, it took all summer.", inner=""
    ) + card.format(
        id="r2",
        name="Wei",
        lead="<p><a href='#r1'>@Lin</a>: </p>",
        text="Summer is the right season for it, the water is warm enough.",
        inner="",
    )
    doc = read(
        "<div class='thread'>"
        + card.format(
            id="r0",
            name="Mo",
            lead="",
            text="Same here, relaxing was the whole trick.",
            inner=f"<div class='card-quote'>{replies}</div>",
        )
        + card.format(
            id="r3", name="Zhe", lead="", text="Practise breathing at the edge of the pool first.", inner=""
        )
        + "</div>"
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Mo", None),
        ("Lin", "c1"),
        ("Wei", "c2"),
        ("Zhe", None),
    ]
    assert all("Safari" not in c.text for c in doc.comments)


# --- the generic finder: whose-comment classes, widgets, overlays ---------------------------------


def _named_comment(name: str, text: str, *, pad: int = 0) -> str:
    slug = name.lower().replace(" ", "_")
    return (
        f"<div class='blog_comment blog_comment_author_{slug}' style='padding-left: {pad}px'>"
        f"<div class='blog_commentBody'>{text}</div><div class='blog_comment_source'>"
        f"<a class='comment_source_trace' href='#c{len(name)}'>#1</a> "
        f"<span class='comment_source_author'>{name}</span> am <span class='comment_source_date'>"
        "09.03.2025 18:02</span> (<a class='comment_reply' href='#form'>Antwort</a>)</div></div>"
    )


def test_a_comment_whose_class_names_its_author_is_searched_for_the_name() -> None:
    long_text = (
        "Genau meine Erfahrung, ich ziehe inzwischen nur noch Paprika früh vor, die brauchen es wirklich."
    )
    doc = read(
        "<div class='blog_comments'>"
        + _named_comment("Ulrich", long_text)
        + _named_comment("Anke aus Kassel", long_text.replace("Genau", "Ja"))
        + _named_comment("Bernd K.", long_text.replace("Genau", "Nein"))
        + "</div>"
    )
    assert [c.author for c in doc.comments] == ["Ulrich", "Anke aus Kassel", "Bernd K."]
    # read by the names in the markup, not only by shape
    assert doc.meta["comment_markup"] == "generic"


def test_a_widget_quoting_comments_on_other_posts_is_no_comment() -> None:
    widget = "".join(
        f"<div class='plugin_comment_wrap'><span class='plugin_comment_author'>{name}</span> zu "
        f"<a href='/archives/{n}-x.html#c{n}'>Another post</a><div class='plugin_comment_body'>{name} said "
        "something about another post entirely…</div></div>"
        for n, name in ((301, "Hannelore"), (302, "Jörg"))
    )
    doc = read(
        "<div class='blog_comments'>"
        + _named_comment("Ulrich", "Genau meine Erfahrung mit den Tomaten, das ist bei mir auch so.")
        + _named_comment("Gerlinde", "Paprika mache ich auch noch im Februar, mit einer Lampe.")
        + "</div>",
        after=f"<div class='sidebar_box'>{widget}</div>",
    )
    assert [c.author for c in doc.comments] == ["Ulrich", "Gerlinde"]
    assert doc.meta["comment_markup"] == "generic"  # the name-based finder left the widget out


def test_a_profile_card_over_the_name_is_no_author_and_no_time() -> None:
    def node(name: str, text: str, day: int) -> str:
        return (
            "<div class='comment single-node'><div class='comment__header'>"
            f"<a href='/{name.lower()}'><span class='js-comment-username'>{name}</span></a>"
            f"<div class='profile-preview-card'><button>{name}</button><button class='follow-user'>Follow</button>"
            "<div class='author-preview-metadata'>Backend developer, mostly Go.</div>"
            "<div>Joined Jan 12, 2021</div></div>"
            f"<time datetime='2025-05-{day:02d}T09:10:00Z'>May {day}</time></div>"
            f"<div class='comment__body'><p>{text}</p></div></div>"
        )

    doc = read(
        "<div class='comments'>"
        + node("Tobias", "The retries hiding failures part hit home for our whole team.", 14)
        + node("Mira", "Honest post. Most write-ups stop at the day they shipped.", 16)
        + "</div>"
    )
    assert doc.meta["comment_markup"] == "generic"
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Tobias", "2025-05-14T09:10:00+00:00"),
        ("Mira", "2025-05-16T09:10:00+00:00"),
    ]


# --- layout tables and article ends --------------------------------------------------------------


def test_a_layout_table_becomes_blocks_and_a_data_table_stays() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><table id='layout'><tr><td><h3>Sunday</h3><div>We are five engineers running a "
        "payments API.<p>More text.</p></div></td><td id='side'>Links</td></tr></table>"
        "<table id='data'><tr><td>1</td><td>2</td></tr></table></body></html>"
    )
    unwrap_layout_tables(root)
    assert root.get_element_by_id("layout").tag == "div"
    assert root.get_element_by_id("side").tag == "div"
    assert root.get_element_by_id("data").tag == "table"
    assert root.xpath("//p")[0].text.startswith("We are five engineers")


def test_a_closing_byline_is_cut_from_the_article() -> None:
    body = "A county library has lent vegetable seeds for twelve years, and people bring some back. " * 3
    text = body + "\n\nposted by larkspur (44 comments total) [24 favorites]"
    assert without_tail_byline(text) == body.rstrip()
    assert (
        without_tail_byline(body + "\n\nBy the end of the year we had three hundred varieties.")
        != body.rstrip()
    )


# --- bylines after the text, references by number or name ---------------------------------------


@pytest.mark.parametrize("line", ["posted by at [3 favorites] [!]", "von am (Antwort)", "posted by at"])
def test_what_is_left_of_a_byline_is_chrome(line: str) -> None:
    assert is_byline_residue(line)


@pytest.mark.parametrize(
    "line", ["Posted by my neighbour at last.", "by the bridge", "Seen on the bus at six."]
)
def test_sentences_with_byline_words_are_text(line: str) -> None:
    assert not is_byline_residue(line)


def test_a_reply_opening_with_a_link_to_its_parent_and_byline_after_the_text() -> None:
    def comment(anchor: str, name: str, text: str) -> str:
        return (
            f"<a name='{anchor}'></a><div class='comments'>{text}<br><span class='smallcopy'>posted by "
            f"<a href='/user/{name}'>{name}</a> at <a href='/2073/x#{anchor}'>9:02 AM on March 3</a> "
            f"[<a href='/favorited/{anchor}' class='favorite'>3 favorites</a>]</span></div>"
        )

    doc = read(
        comment("880", "pinecone", "A third bringing seeds back is a far better rate than I guessed.")
        + comment("881", "tangerine", "The exercise book is the best part of this story, truly.")
        + comment("882", "oldman", "<a href='#880'>pinecone</a>, seeds are easier to return than books.")
    )
    assert rows(doc) == [
        ("pinecone", "A third bringing seeds back is a far better rate than I guessed.", None),
        ("tangerine", "The exercise book is the best part of this story, truly.", None),
        ("oldman", "pinecone, seeds are easier to return than books.", "c1"),
    ]


def test_an_opening_number_or_reply_name_says_whom_a_comment_answers() -> None:
    numbered = tidy_text("#3 Por eso los turnos son por familias.", author="sierra")
    assert (numbered.text, numbered.reply_to_number) == ("#3 Por eso los turnos son por familias.", 3)
    named = tidy_text("回复 @折腾不止的阿凯 :我的系统没有这个选项。", author="夜猫子小林")
    assert (named.text, named.reply_to_name) == (
        "回复 @折腾不止的阿凯 :我的系统没有这个选项。",
        "折腾不止的阿凯",
    )


# --- nested replies named as a kind of the comment; rank icons ------------------------------------


def test_sub_replies_named_as_a_kind_of_the_comment_are_its_replies() -> None:
    def item(kind: str, name: str, text: str, level: int, inner: str = "") -> str:
        return (
            f"<div class='{kind}'><div class='{kind}-user'><div class='user-name'>{name}</div>"
            f"<i class='level-{level}' title='LV{level}'></i></div><span class='{kind}-content'>{text}</span>"
            f"<div class='{kind}-info'><span class='time'>2025-08-16 21:40</span><span>回复</span></div>{inner}</div>"
        )

    sub = item("sub-reply-item", "阿凯", "是的，长期满电是最伤电池的，有的系统自带这个选项。", 6)
    doc = read(
        "<div class='reply-list'>"
        + item(
            "reply-item",
            "小林",
            "充电上限设百分之六十这个细节太有用了，我之前一台就是这样鼓包的。",
            4,
            f"<div class='sub-reply-list'>{sub}</div>",
        )
        + item("reply-item", "老周", "建议再加一块硬盘做第二份备份，手机存储坏了就全没了。", 4)
        + item("reply-item", "汽水", "坐等下一篇外网访问，千万别直接暴露端口，很危险。", 5)
        + "</div>"
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("小林", None),
        ("阿凯", "c1"),
        ("老周", None),
        ("汽水", None),
    ]


def test_a_name_told_by_its_place_may_carry_the_time() -> None:
    def item(line: str, text: str) -> str:
        return (
            f"<li><div><img src='/a.svg' alt=''><p><strong>{line}</strong></p></div><div><p>{text}</p></div>"
            "<div><button>Me gusta <span>3</span></button> <button>Responder</button></div></li>"
        )

    doc = read(
        "<section><h2>Conversación</h2><ul>"
        + item("Lucía Ferrer · hace 3 horas", "Por fin. Los sábados el centro es un atasco continuo.")
        + item("Rocío Blanco · hace 2 horas", "Lo importante es que publiquen los datos de verdad.")
        + item("Paco el del kiosco · hace 1 hora", "Tengo el kiosco en una de esas calles, ya veremos.")
        + "</ul></section>"
    )
    assert [c.author for c in doc.comments] == ["Lucía Ferrer", "Rocío Blanco", "Paco el del kiosco"]


# --- more signs, read on held-out batches 2 to 6 after this change --------------------------------


def test_a_name_given_only_in_a_bylines_words_and_an_at_name_with_more_words() -> None:
    def comment(number: int, text: str, byline: str) -> str:
        return (
            f"<div class='comment' id='comment-{number}'><div class='comment-content'><p>{text}</p></div>"
            f"<p class='comment-footer'>Posted by: {byline} | "
            f"<a href='/notes/x.html#comment-{number}'>March 02, 2025 at 11:15 AM</a></p></div>"
        )

    doc = read(
        "<div class='comments-content'>"
        + comment(
            1,
            "Wonderful. I have wanted to read the parish history for years.",
            "<a href='https://rk.example/'>Robert Kane</a>",
        )
        + comment(2, "As an archivist I am torn about sending old books by post.", "Miriam")
        + comment(3, "@Miriam The library keeps a digitised copy of each book first.", "Agnes")
        + "</div>"
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Robert Kane", None),
        ("Miriam", None),
        ("Agnes", "c2"),
    ]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Nadia K. @nadia", "Nadia K."), ("Léa Morin @lea@pouet.example", "Léa Morin")],
)
def test_a_handle_after_a_display_name_is_not_the_name(raw: str, name: str) -> None:
    from slant.readers._html_fields import tidy_author

    assert tidy_author(raw) == name


def test_a_reply_tabs_label_names_the_parent() -> None:
    def post(name: str, text: str, label: str = "") -> str:
        tab = (
            f"<a class='tab' aria-label='{label}' tabindex='0'><img src='/a.png' alt=''></a>" if label else ""
        )
        return (
            f"<article class='topic-post'><div class='names'><a href='/u/{name}'>{name}</a></div>{tab}"
            f"<time datetime='2025-08-02T12:48:00Z'>Aug 2</time><div class='cooked'><p>{text}</p></div></article>"
        )

    doc = read(
        "<div class='posts'>"
        + post("ohm_my_god", "USB is fine, Network UPS Tools reads it and shuts the server down.")
        + post("quietfan", "Thanks, I will try that on the old box this weekend.")
        + post(
            "lamp",
            "Which model do you use for the battery, the small one?",
            label="in reply to post 2 by @ohm_my_god",
        )
        + "</div>"
    )
    assert [c.parent for c in doc.comments] == [None, None, "c1"]


@pytest.mark.parametrize(
    ("title", "author"),
    [("Originalmente publicado por Montse_MTB", "Montse_MTB"), ("Originally Posted by Ann", "Ann")],
)
def test_more_quote_titles_name_the_quoted_post(title: str, author: str) -> None:
    quote = _element(
        f"<div class='bbcode_quote'><div class='bbcode_postedby'><strong>{title}</strong></div>"
        "<div class='message'>Old text.</div></div>"
    )
    assert is_quote(quote)
    assert quoted_author(quote) == author


def test_a_list_of_comments_inside_a_comment_holds_its_replies() -> None:
    def floor(name: str, text: str, inner: str = "") -> str:
        return (
            f"<div class='floor'><div class='who'><a href='/home?un={name}'>{name}</a></div>"
            f"<div class='content'>{text}</div><span class='tail'>2025-11-02 19:45</span>{inner}</div>"
        )

    def sub(name: str, text: str) -> str:
        return (
            f"<li class='sub'><a href='/home?un={name}'>{name}</a>: <span class='sub-text'>{text}</span>"
            "<div><span class='when'>2025-11-2 20:02</span><a href='#'>回复</a></div></li>"
        )

    doc = read(
        "<div class='floors'>"
        + floor(
            "老园丁王叔",
            "菠菜和小油菜都可以，耐寒，十度左右照样长。",
            "<ul class='subs'>" + sub("青椒炒肉丝", "谢谢王叔！菠菜要不要先泡种子？") + "</ul>",
        )
        + floor("芽芽不吃香菜", "推荐蒜苗，一个盆插满蒜瓣，浇水就长，半个月就能剪一茬。")
        + "</div>"
    )
    assert rows(doc) == [
        ("老园丁王叔", "菠菜和小油菜都可以，耐寒，十度左右照样长。", None),
        ("青椒炒肉丝", "谢谢王叔！菠菜要不要先泡种子？", "c1"),
        ("芽芽不吃香菜", "推荐蒜苗，一个盆插满蒜瓣，浇水就长，半个月就能剪一茬。", None),
    ]


def test_a_forum_laid_out_in_one_table_per_post_reads_as_a_thread() -> None:
    def post(name: str, text: str, quote: str = "") -> str:
        return (
            "<table class='tablebg' width='100%'><tr class='row1'><td><b class='postauthor'>"
            f"{name}</b></td><td><div class='gensmall'><b>Posted:</b> Sat Jan 11, 2025 8:14 pm</div></td></tr>"
            "<tr class='row1'><td class='profile'><span class='postdetails'>Joined: Mon Mar 01, 2010</span></td>"
            f"<td><table width='100%'><tr><td>{quote}<div class='postbody'>{text}</div></td></tr></table></td></tr></table>"
        )

    quote = (
        "<div class='quotetitle'>Reginald wrote:</div><div class='quotecontent'>Hum that does not follow the "
        "volume control is the power supply.</div>"
    )
    page = (
        "<html><head><title>Hum after recapping</title></head><body><h1>Vintage Radio Forum</h1>"
        "<table width='100%'><tr><td><h2>Hum on a valve radio after recapping</h2>"
        + post(
            "hollow",
            "I recapped a 1950s five-valve mains radio last weekend, and now there is a steady hum at every volume setting that was not there before. What did I do wrong with the new capacitors?",
        )
        + post("Reginald", "Hum that does not follow the volume control is almost always the power supply.")
        + post(
            "hollow",
            "That was it. I had earthed the new can to a tag on the other side of the chassis.",
            quote,
        )
        + "</td></tr></table></body></html>"
    )
    doc = read_html_page(page, url=None, source="<test>")
    assert doc.article.text.startswith("I recapped a 1950s five-valve mains radio")
    assert rows(doc) == [
        ("Reginald", "Hum that does not follow the volume control is almost always the power supply.", None),
        ("hollow", "That was it. I had earthed the new can to a tag on the other side of the chassis.", "c1"),
    ]


@pytest.mark.parametrize("closing", ["责任编辑：李青", "- Página 1 de 1", "Editor: Ann Lee"])
def test_an_editors_credit_or_a_pager_closing_the_article_is_cut(closing: str) -> None:
    body = "Night buses now run until two in the morning in several cities, and riders have noticed. " * 3
    assert without_tail_byline(body + "\n\n" + closing) == body.rstrip()


def test_a_cjk_dateline_opening_the_article_is_cut() -> None:
    from slant.readers._html_lead import without_lead_lines

    body = "从下个月起，市区主要街道的共享单车只能在白线停车区内还车，停在区外的要加收五元调度费。" * 2
    assert without_lead_lines("3月5日 08:30 来自 微博 weibo.com\n\n" + body) == body


def test_links_in_a_footer_do_not_make_a_short_body_a_list_of_links() -> None:
    def leaf(number: int, name: str, text: str) -> str:
        return (
            f"<div class='twig' id='t{number}'><div class='leaf'><p class='who'>"
            f"<a href='https://{name}.example/profile/'><b>{name}</b></a></p><p class='meta'>"
            f"<span>2024-08-05 11:40 (UTC)</span></p><div class='leaf-article'>{text}</div><ul class='leaf-actions'>"
            f"<li><a href='?replyto={number}'>Ответить</a></li><li><a href='?thread={number}#t{number}'>Родительский</a>"
            f"</li><li><a href='?thread={number}#t{number}'>Ветвь дискуссии</a></li></ul></div></div>"
        )

    doc = read(
        "<div class='tree'>"
        + leaf(1, "tanya_m", "Поздравляю! Про утренний полив — золотые слова, у меня так же было.")
        + leaf(2, "olga", "Спасибо! Жаль, что столько лет поливала.")
        + leaf(3, "vasya", "А сорт какой? У меня Бычье сердце болеет всегда, что ни делай.")
        + "</div>"
    )
    assert [c.author for c in doc.comments] == ["tanya_m", "olga", "vasya"]
