"""Comments found, and not invented, by mechanism (issue 14, session 10): each on a hand-made page or
line, none keyed to a site's class names. See docs/bench-readers-html.md, "Session 10"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_fields import tidy_author, tidy_text
from slant.readers._html_forms import holds_entry, is_writing_form
from slant.readers._html_mail import is_quoted_line, without_signature
from slant.readers._html_text import element_text

pytestmark = pytest.mark.issue(14)

_WORDS = "The patch works for me on the current build and I have tested it twice this morning. " * 3


# --- a form that wraps the discussion is no comment form ------------------------------------------


def _bug_comment(number: int, name: str, text: str) -> str:
    return (
        f"<div id='c{number}' class='bug-note'><div class='note-head'><span class='note-user'>{name}</span>"
        f"<span class='note-time'>2025-03-0{number} 10:21:33 UTC</span></div>"
        f"<pre class='note-text'>{text}</pre></div>"
    )


def test_comments_inside_a_form_that_wraps_the_page_are_found() -> None:
    notes = "".join(
        _bug_comment(n, name, text)
        for n, name, text in [
            (1, "Owen Pritchard", "Confirmed on the current nightly build today."),
            (2, "Nadia Forsythe", "Does it also happen when the middle column is empty?"),
        ]
    )
    doc = read(
        # the form holds the bug's report as well as its comments: a page's text, not a form's
        f"<form action='process.cgi'><div class='report'><p>{_WORDS}</p><p>{_WORDS}</p></div>"
        f"<div class='notes'>{notes}</div>"
        "<label for='c'>Additional comments</label><textarea id='c'></textarea></form>"
    )
    assert [c.author for c in doc.comments] == ["Owen Pritchard", "Nadia Forsythe"]


def test_a_comment_form_is_still_a_form_to_write_in() -> None:
    form = lxml.html.fragment_fromstring(
        "<form><label>Name<input name='name'></label><p>Your email will not be published.</p>"
        "<textarea></textarea><button>Post comment</button></form>"
    )
    assert is_writing_form(form)
    wrapper = lxml.html.fragment_fromstring(
        f"<form><div>{f'<p>{_WORDS}</p>' * 3}</div><textarea></textarea></form>"
    )
    assert not is_writing_form(wrapper)


def test_a_field_row_in_a_wrapping_form_names_nobody() -> None:
    row = lxml.html.fragment_fromstring(
        "<div class='form-item-name'><label>Name</label><input name='n'></div>"
    )
    assert holds_entry(row)
    assert not holds_entry(lxml.html.fragment_fromstring("<span class='username'>Ann Porter</span>"))


# --- a reply or permalink link naming the block in its path is no widget ---------------------------


def test_reply_links_with_the_blocks_number_in_the_path_are_the_blocks_own() -> None:
    def block(number: int, name: str, text: str) -> str:
        return (
            f"<div class='note' id='entry-note-{number}'><header><a class='user-inline' href='/u/{name}'>{name}</a>"
            f"<time datetime='2025-04-11T08:05:00+00:00'>3 hours ago</time></header>"
            f"<div class='content'><p>{text}</p></div>"
            f"<footer><a href='/t/3120/-/note/{number}#note-create'>reply</a></footer></div>"
        )

    doc = read(
        "<section class='notes'>"
        + block(60410, "rowanbyte", "Cover your hands with a tea towel for two weeks.")
        + block(60411, "mapleleaf", "Fifteen minutes a day with a typing game worked for me.")
        + "</section>"
    )
    assert [c.author for c in doc.comments] == ["rowanbyte", "mapleleaf"]


# --- names: a fediverse address, a profile's facts, the link that opens a byline -----------------


def test_a_fediverse_address_split_by_markup_is_one_name() -> None:
    assert tidy_author("rowanbyte @lemmy.example") == "rowanbyte@lemmy.example"
    assert tidy_author("Nadia K. @nadia@pouet.example") == "Nadia K."  # a display name and a handle
    assert tidy_author("Klaus @klaus") == "Klaus"


def test_a_place_in_a_byline_is_no_name_and_the_opening_link_is() -> None:
    def comment(number: int, name: str, place: str, text: str) -> str:
        return (
            f"<div class='comment' id='comment-{number}'><p class='comment-body'>{text}</p>"
            f"<p class='user-info'><a href='/registration/{number}/profile.html'>{name}</a>, "
            f"<span class='user-location'>{place}</span>, <span class='js-time'>2 hours ago</span></p>"
            "<div class='comment-actions'><a class='reply' href='#'>Reply</a></div></div>"
        )

    doc = read(
        "<div class='comments'><div class='comment-thread'>"
        + comment(1, "Sandra", "Leeds, United Kingdom", "Our road went dark last year in a trial.")
        + "<div class='replies'>"
        + comment(2, "Gareth_W", "Cardiff, United Kingdom", "Try walking home from a night shift first.")
        + "</div></div><div class='comment-thread'>"
        + comment(3, "Old Bill from Kent", "Maidstone, United Kingdom", "They spent that on the new logo.")
        + "</div></div>"
    )
    assert rows(doc) == [
        ("Sandra", "Our road went dark last year in a trial.", None),
        ("Gareth_W", "Try walking home from a night shift first.", "c1"),
        ("Old Bill from Kent", "They spent that on the new logo.", None),
    ]


def test_a_level_badge_is_no_name_and_a_handle_with_a_year_is_one() -> None:
    def answer(number: int, name: str, level: str, text: str) -> str:
        return (
            f"<div class='answer' id='answer-{number}'><div class='replyer'>"
            f"<a class='replyer-uname' href='/usercenter?uid={number}'>{name}</a> "
            f"<span class='replyer-level'>{level}</span> <span class='replyer-time'>2025-03-03 12:40</span></div>"
            f"<div class='rich-content'>{text}</div><div class='eva'><span>赞 4</span> <span>评论</span></div></div>"
        )

    doc = read(
        "<div class='answers'>"
        + answer(2, "绿手指2019", "LV4", "也可能是缺肥了，一年多没换土的话可以加点缓释肥。")
        + answer(3, "阿青种花", "LV6", "先摸摸盆土，干透了再浇，基本就不会黄了。")
        + "</div>"
    )
    assert [c.author for c in doc.comments] == ["绿手指2019", "阿青种花"]


# --- plain-text mail in comments ---------------------------------------------------------------


def test_preformatted_text_keeps_its_lines() -> None:
    pre = lxml.html.fragment_fromstring("<div><pre>first line\n&gt; quoted\n\nlast line</pre> after</div>")
    assert element_text(pre) == "first line\n> quoted\n\nlast line\n\nafter"


def test_quoted_lines_and_their_attribution_are_not_the_reply() -> None:
    tidy = tidy_text(
        "On Wed, 02 Apr 2025 at 08:14, Margaret Heald wrote:\n> I propose a weekly rota.\n"
        "I can take the first week of May.\n--\nTom",
        author="Tom Bellamy",
    )
    assert tidy.text == "I can take the first week of May."


def test_a_bracketed_reply_marker_names_the_comment_answered() -> None:
    tidy = tidy_text(
        "(In reply to Owen Pritchard from comment #1)\n> Confirmed on the nightly.\n\nDoes it also happen?",
        author="Nadia Forsythe",
    )
    assert (tidy.text, tidy.reply_to_number) == ("Does it also happen?", 1)


def test_a_signature_is_cut_only_at_the_end() -> None:
    assert without_signature(["Reply text.", "--", "Tom"]) == ["Reply text."]
    assert without_signature(["--", "Tom"]) == ["--", "Tom"]  # nothing before it: no signature
    long_after = ["Text.", "--", "x" * 200]
    assert without_signature(long_after) == long_after
    assert is_quoted_line("> old") and not is_quoted_line("5 > 3 here")


# --- what is not the comment: a removal note, a quote box, a dangling separator -------------------


def test_a_comment_marked_removed_is_no_comment_and_its_replies_stay() -> None:
    def comment(number: int, name: str, text: str, *, state: str = "", replies: str = "") -> str:
        return (
            f"<li class='note{state}' id='note-{number}'><div class='note-meta'><span class='note-name'>{name}</span>"
            f"<time datetime='2025-05-14T09:20:00+02:00'>vor 2 Stunden</time></div>"
            f"<div class='note-body'><p>{text}</p></div><a href='#'>Antworten</a>{replies}</li>"
        )

    doc = read(
        "<ul class='notes'>"
        + comment(1, "Nordlicht_71", "Bei uns gibt es feste Bürotage für das ganze Team.")
        + comment(
            2,
            "Steuerzahler_99",
            "Entfernt. Bitte bleiben Sie sachlich. Danke, die Redaktion",
            state=" note--removed",
            replies="<ul class='children'>"
            + comment(3, "Pendlerin_Ost", "Für mich zählt vor allem der Arbeitsweg.")
            + "</ul>",
        )
        + "</ul>"
    )
    assert rows(doc) == [
        ("Nordlicht_71", "Bei uns gibt es feste Bürotage für das ganze Team.", None),
        ("Pendlerin_Ost", "Für mich zählt vor allem der Arbeitsweg.", None),
    ]


def test_removed_state_is_told_from_a_part_named_after_it() -> None:
    from slant.readers._html_removed import is_removed, without_removed

    def element(classes: str) -> object:
        return lxml.html.fragment_fromstring(f"<div class='{classes}'></div>")

    assert is_removed(element("comment comment--removed")) and is_removed(element("post is-deleted"))
    assert not is_removed(element("b-post__hide-when-deleted")) and not is_removed(
        element("comment__removed-note")
    )
    # 0 <- 1 (removed) <- 2: the reply to the removed comment answers comment 0
    assert without_removed([None, 0, 1], [False, True, False]) == ([0, 2], [None, 0])


def test_a_fieldset_quote_box_is_a_quote() -> None:
    from slant.readers._html_fields import is_quote

    assert is_quote(
        lxml.html.fragment_fromstring("<fieldset class='comment_quote'><legend>引用</legend>x</fieldset>")
    )
    assert not is_quote(
        lxml.html.fragment_fromstring("<fieldset class='options'><legend>Sort</legend></fieldset>")
    )


def test_the_dash_before_a_byline_read_out_is_no_text() -> None:
    assert (
        tidy_text("分块之后按天分组会不会有重复的日期？ —", author="小鹿写代码").text
        == "分块之后按天分组会不会有重复的日期？"
    )
    assert tidy_text("Well - not sure", author=None).text == "Well - not sure"


# --- replies: a block named a reply in a comment, a custom element in its own kind -----------------


def test_a_block_named_a_reply_inside_a_comment_is_a_comment() -> None:
    def author(name: str, kind: str) -> str:
        return f"<div class='xyz-{kind}-author'><a href='https://code.example/{name}'>{name}</a><time>Jun 11, 2025</time></div>"

    doc = read(
        "<div class='xyz-comment'>"
        + author("marta-k", "comment")
        + "<div class='xyz-comment-content'><p>Did you keep the old version as a fallback?</p></div>"
        + "<div class='xyz-replies'><div class='xyz-reply'>"
        + author("jnwright", "reply")
        + "<div class='xyz-reply-content'><p>We ran both side by side for a month.</p></div></div></div></div>"
        + "<div class='xyz-comment'>"
        + author("tinyfox", "comment")
        + "<div class='xyz-comment-content'><p>The point about environment is the real lesson.</p></div></div>"
    )
    assert rows(doc) == [
        ("marta-k", "Did you keep the old version as a fallback?", None),
        ("jnwright", "We ran both side by side for a month.", "c1"),
        ("tinyfox", "The point about environment is the real lesson.", None),
    ]


def test_a_custom_element_right_inside_one_of_its_tag_is_a_reply() -> None:
    def comment(name: str, text: str, inner: str = "") -> str:
        return (
            f"<xyz-comment author='{name}'><a href='/user/{name}/'>{name}</a> <time datetime='2025-03-03T10:00:00Z'>"
            f"5h ago</time><div slot='comment'><p>{text}</p></div><button>Reply</button>{inner}</xyz-comment>"
        )

    doc = read(
        "<xyz-comment-tree>"
        + comment(
            "spannerwife",
            "Fix it, older machines are simpler.",
            comment("lintfilter", "Is the pump easy to change?"),
        )
        + comment("kilowattkid", "Check the energy use first, then decide.")
        + "</xyz-comment-tree>"
    )
    assert rows(doc) == [
        ("spannerwife", "Fix it, older machines are simpler.", None),
        ("lintfilter", "Is the pump easy to change?", "c1"),
        ("kilowattkid", "Check the energy use first, then decide.", None),
    ]


def test_a_reply_right_inside_its_comment_keeps_its_own_header_and_text() -> None:
    def comment(name: str, text: str, inner: str = "") -> str:
        return (
            "<div class='pad indicator'><div><div class='nick'>"
            f"{name}</div><div class='date'>2025-04-21 18:32</div></div><div class='content'><p>{text}</p></div>"
            f"<div><button type='button'>Responder</button></div>{inner}</div>"
        )

    doc = read(
        "<div class='list'>"
        + comment(
            "Andrés M.",
            "La tercera ruta está llena de barro.",
            comment("Lucía Berrocal", "Gracias por avisar."),
        )
        + comment("Rocío", "Un truco que me funcionó con las botas.")
        + "</div>"
    )
    assert rows(doc) == [
        ("Andrés M.", "La tercera ruta está llena de barro.", None),
        ("Lucía Berrocal", "Gracias por avisar.", "c1"),
        ("Rocío", "Un truco que me funcionó con las botas.", None),
    ]


# --- the commenter's words only: signatures, moderators' notes, subjects, repeated quotes ---------


def test_a_signature_element_and_a_moderators_note_are_not_the_comment() -> None:
    from slant.readers._html_mail import is_signature
    from slant.readers._html_removed import is_moderation_note

    def element(classes: str) -> object:
        return lxml.html.fragment_fromstring(f"<div class='{classes}'>x</div>")

    assert is_signature(element("signature")) and is_signature(element("posting_signature x"))
    assert not is_signature(element("design-note"))
    assert is_moderation_note(element("comment__moderation")) and is_moderation_note(element("mod-note"))
    assert not is_moderation_note(element("modal-body"))
    doc = read(
        "<ul class='notes'>"
        + "".join(
            f"<li class='note' id='n{n}'><h2><a href='/nodes/1/notes/{n}'>Subject {n}</a></h2>"
            f"<div class='meta'>Posté par <a href='/users/{name}'>{name}</a> le 03/03/25 à 10:21</div>"
            f"<div class='content'><p>{text}</p><p class='signature'>La liberté ne s'use pas.</p>"
            f"<div class='note__moderation'>Moderation: Bitte sachlich bleiben.</div></div></li>"
            for n, name, text in [
                (1, "gwenn", "Enfin WebDAV, merci."),
                (2, "Zorglub", "La recherche est rapide."),
            ]
        )
        + "</ul>"
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("gwenn", "Enfin WebDAV, merci."),
        ("Zorglub", "La recherche est rapide."),
    ]


def test_a_reply_subject_line_is_no_text() -> None:
    from slant.readers._html_mail import is_reply_subject

    assert is_reply_subject("Re: Lohnt sich ein Balkonkraftwerk?") and is_reply_subject("AW: Frage")
    assert not is_reply_subject("Really: I disagree") and not is_reply_subject("Reply: no")
    tidy = tidy_text(
        "Re: Lohnt sich ein Balkonkraftwerk?\nAcht bis zehn Jahre wären in Ordnung.", author=None
    )
    assert tidy.text == "Acht bis zehn Jahre wären in Ordnung."


def test_a_quote_titled_publicado_originalmente_por_is_a_quote() -> None:
    from slant.readers._html_fields import is_quote

    box = lxml.html.fragment_fromstring(
        "<blockquote class='bb_blockquote'><div class='bb_quoteauthor'>Publicado originalmente por "
        "<b>lunaroja</b>:</div>Yo empecé en difícil.</blockquote>"
    )
    assert is_quote(box)


def test_opening_lines_that_repeat_an_earlier_comment_are_its_words() -> None:
    from slant.readers._html_repeats import without_repeated_heads

    texts = [
        "请问硬盘是用什么格式的？我用NTFS总是写入很慢。",
        "请问硬盘是用什么格式的？我用NTFS总是写入很慢。\n\n我格式化成了ext4，速度正常多了。",
        "县城能坚持三年不容易。房租一年多少？\n-----------\n房租一年两万四。",
        "Thanks, that helped.",
        "Thanks, that helped.\nI will try it tonight.",  # too short to be a quote
        "请问硬盘是用什么格式的？我用NTFS总是写入很慢。",  # nothing of its own left: kept whole
    ]
    assert without_repeated_heads(texts) == [
        texts[0],
        "我格式化成了ext4，速度正常多了。",
        "县城能坚持三年不容易。房租一年多少？\n-----------\n房租一年两万四。",
        texts[3],
        texts[4],
        texts[5],
    ]


# --- replies inside the comment they answer; a comment shown twice -------------------------------


def test_a_reply_block_inside_its_comment_is_a_reply_not_a_second_author() -> None:
    def comment(number: int, name: str, text: str, answer: str = "") -> str:
        return (
            f"<div class='xy-comment' id='comment{number}'><p class='xy-message'>{text}</p>"
            f"<p class='xy-info'>Commentaire posté par <span class='xy-name'>{name}</span> le 02/03/2025</p>"
            f"{answer}<a class='xy-reply' href='#form'>Répondre</a></div>"
        )

    answer = (
        "<div class='xy-comment-answer'><p class='xy-info'>Réponse de <span class='xy-name'>Madeleine</span>"
        " le 02/03/2025</p><p class='xy-message'>Merci Josette, la vanille au prochain automne.</p></div>"
    )
    doc = read(
        "<section class='xy-comments'>"
        + comment(1, "Josette", "Quelle belle couleur cette année !", answer)
        + comment(2, "Bernard", "Combien de temps de cuisson faut-il ?")
        + "</section>"
    )
    assert rows(doc) == [
        ("Josette", "Quelle belle couleur cette année !", None),
        ("Madeleine", "Merci Josette, la vanille au prochain automne.", "c1"),
        ("Bernard", "Combien de temps de cuisson faut-il ?", None),
    ]


def test_a_comment_named_a_reply_nested_in_its_parent_and_a_popular_copy() -> None:
    def comment(key: str, name: str, text: str, *, kind: str = "", inner: str = "") -> str:
        return (
            f"<div id='ho-{key}' class='ho-comment{kind}'><div class='ho-header'><span class='ho-name'>{name}</span>"
            f"<span class='ho-date'><a href='#ho-{key}'>hace 2 días</a></span></div>"
            f"<div class='ho-content'><p>{text}</p></div><div class='ho-footer'><a href='#'>Responder</a></div>"
            f"{inner}</div>"
        )

    popular = "Lo de los veinte litros es clave, la diferencia fue enorme."
    doc = read(
        "<div id='ho'><div id='ho-top'>"
        + comment("c2-pop", "Manu R.", popular, kind=" ho-popular")
        + "</div><div id='ho-list'>"
        + comment(
            "c1",
            "Carmen Villalba",
            "¿Qué variedad recomiendas para el balcón?",
            inner=comment("c1r1", "Julián Ortega", "Los tomates cherry aguantan mejor.", kind=" ho-reply"),
        )
        + comment("c2", "Manu R.", popular)
        + "</div></div>"
    )
    assert rows(doc) == [
        ("Carmen Villalba", "¿Qué variedad recomiendas para el balcón?", None),
        ("Julián Ortega", "Los tomates cherry aguantan mejor.", "c1"),
        ("Manu R.", popular, None),
    ]


def test_only_long_comments_shown_twice_are_copies() -> None:
    from slant.readers._html_repeats import earlier_copies

    long = "The same five or more words twice."
    assert earlier_copies(["Ann", "Bo", "Ann"], [long, "x", long]) == [True, False, False]
    assert earlier_copies(["Ann", "Ann"], ["+1", "+1"]) == [False, False]
    assert earlier_copies(["Ann", "Bo"], [long, long]) == [False, False]  # another author's words


@pytest.mark.parametrize(
    ("markup", "named"),
    [
        ("<a class='comments--comment-author'>Галина</a>", True),
        ("<span class='comments--author-badge'>Автор</span>", False),  # a mark beside the name
        ("<span class='author-tag'>作者</span>", False),
        ("<a class='reply-name' href='/user/9'>前端小鹿</a>", False),  # whom the comment answers
        ("<span class='user-instance'>@lemmy.example</span>", False),  # the account's server
        ("<span class='user-location'>Leeds, United Kingdom</span>", False),
    ],
)
def test_marks_places_and_names_replied_to_are_not_authors(markup: str, named: bool) -> None:
    from slant.readers._html_comments import _is_authorish

    assert _is_authorish(lxml.html.fragment_fromstring(markup)) is named


def test_a_block_named_a_reply_with_a_time_of_its_own_is_a_reply_not_the_comments_text() -> None:
    def comment(number: int, name: str, text: str, reply: str = "") -> str:
        return (
            f"<div class='comment_default' id='c{number}'><p class='info'>Kommentar von {name} | "
            f"<time datetime='2025-03-03T10:21:00'>03.03.2025 10:21</time></p>"
            f"<div class='comment'><p>{text}</p></div>{reply}</div>"
        )

    reply = (
        "<div class='reply'><p class='info'>Antwort von Heimatverein | <time datetime='2025-03-03T18:02:00'>"
        "03.03.2025 18:02</time></p><div class='comment'><p>Liebe Frau Brandt, das freut uns sehr, bringen Sie"
        " gern alte Rezepte mit.</p></div></div>"
    )
    doc = read(
        "<div class='ce_comments'>"
        + comment(57, "Ulrike Brandt", "Endlich! Meine Großmutter hat dort gebacken.", reply)
        + comment(61, "Petra S.", "Gibt es auch einen Termin unter der Woche?")
        + "</div>"
    )
    assert [(c.author, c.parent) for c in doc.comments] == [
        ("Ulrike Brandt", None),
        ("Heimatverein", "c1"),
        ("Petra S.", None),
    ]
    assert doc.comments[0].text == "Endlich! Meine Großmutter hat dort gebacken."
