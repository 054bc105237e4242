"""Comment fields and threads by mechanism, not by site (issue 14): roles inside a comment, thread signs
beside nesting, forum threads, CJK text, definition-list comments. Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

from slant.readers._html_fields import is_action_line, tidy_author, tidy_text
from slant.readers._words import word_count

pytestmark = pytest.mark.issue(14)

# --- fields -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten", "Ben"),
        ("Martina BergAutor", "Martina Berg"),
        ("Martina Berg Autor 20. Juni 2018 um 09:30 Uhr - Antworten", "Martina Berg"),
        ("Ramón dijo:", "Ramón"),
        ("Profile", None),
        ("gravelgrinder88", "gravelgrinder88"),
        ("Mike in the Burbs", "Mike in the Burbs"),
        ("User 42", "User 42"),
        ("Usuario #7", "Usuario #7"),
        ("User 42 · 3 hours ago · Reply", "User 42"),
        ("User 42 - Antworten", "User 42"),
        # bylines: the name after a word of authorship, with a label or a date before it
        ("Kommentar von Anna Weber | 3. März 2025, 10:21", "Anna Weber"),
        ("Posted by John Smith", "John Smith"),
        ("Submitted by Ann on Tue, 05/07/2013 - 11:02", "Ann"),
        ("Le 3 mars 2025, par Jean Dupont", "Jean Dupont"),
        ("escrito por María", "María"),
        ("Автор: Иван", "Иван"),
        # ...but a name holding such a word, or a first name like a weekday's abbreviation, stays whole
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Anna Maria 3. März 2025", "Anna Maria"),
        ("User profile", "User profile"),
    ],
)
def test_an_author_box_reduces_to_the_name(raw: str, name: str | None) -> None:
    assert tidy_author(raw) == name


@pytest.mark.parametrize(
    "line",
    [
        "Reply",
        "Like · Reply · 2",
        "LikeLiked by 21 people",
        "LikeLike",
        "Like (3)",
        "Ответить | Ответить с цитатой",
        "Supprimer",
    ],
)
def test_button_rows_are_chrome(line: str) -> None:
    assert is_action_line(line)


@pytest.mark.parametrize(
    "line", ["I like it.", "Reply to the council, not to me.", "Ответить нечего, всё верно."]
)
def test_sentences_with_button_words_are_text(line: str) -> None:
    assert not is_action_line(line)


def test_a_body_loses_its_chrome_lines_and_says_whom_it_answers() -> None:
    tidy = tidy_text(
        "+1 #2\nIn reply to Sepp G.\nZum dritten Mal in Folge.\nAntworten · Melden", author="Hias"
    )
    assert tidy.text == "Zum dritten Mal in Folge."
    assert tidy.reply_to_name == "Sepp G."
    only_chrome = tidy_text("Reply", author=None)
    assert only_chrome.text == "Reply"  # nothing but chrome: the finder's reading is kept


def test_cjk_words_are_counted_by_characters() -> None:
    assert word_count("淋浴区刷到一米八是最低要求") >= 8
    assert word_count("three plain words") == 3


# --- threads ------------------------------------------------------------------------------------


def _flat(items: str) -> str:
    return f"<section id='talk'>{items}</section>"


def _item(name: str, text: str, *, attrs: str = "", extra: str = "", classes: str = "talk-item") -> str:
    return (
        f"<div class='{classes}' {attrs}><a class='who' href='/people/{name.split()[0].lower()}'>{name}</a>"
        f"<time datetime='2024-05-02T10:00:00Z'>2 May</time>{extra}<p>{text}</p>"
        "<a href='#' class='act'>Reply</a></div>"
    )


def test_a_parent_attribute_threads_a_flat_list() -> None:
    doc = read(
        _flat(
            _item("Ann Porter", "The bridge feels solid this morning.", attrs="id='c-15000'")
            + _item(
                "Bo Lind",
                "Solid, but two years was far too long.",
                attrs="id='c-15001' data-parent-id='15000'",
            )
        )
    )
    assert [c.parent for c in doc.comments] == [None, "c1"]


def test_a_reply_link_to_an_earlier_comment_threads_it() -> None:
    doc = read(
        _flat(
            _item("Ann Porter", "The bridge feels solid this morning.", attrs="id='k1'")
            + _item("Cara Moss", "The buses are still late, though.", attrs="id='k2'")
            + _item(
                "Bo Lind",
                "Solid, but two years was far too long.",
                attrs="id='k3'",
                extra="<p class='ref'>Antwort auf <a href='#k1'>#1</a></p>",
            )
        )
    )
    assert [c.parent for c in doc.comments] == [None, None, "c1"]
    assert doc.comments[2].text == "Solid, but two years was far too long."


def test_indentation_classes_thread_a_flat_list() -> None:
    doc = read(
        _flat(
            _item("Ann Porter", "The bridge feels solid this morning.", classes="talk-item level-0")
            + _item("Bo Lind", "Solid, but two years was far too long.", classes="talk-item level-1")
            + _item("Cara Moss", "Longer than the war, someone said.", classes="talk-item level-2")
            + _item("Dan Roe", "Is the cycle lane open as well?", classes="talk-item level-0")
        )
    )
    assert [c.parent for c in doc.comments] == [None, "c1", "c2", None]


def test_a_reply_list_placed_after_its_parent_belongs_to_it() -> None:
    # WordPress themes that close the <li> before its ul.children; Drupal's div.indented
    doc = read(
        "<ol class='commentlist'>"
        "<li class='comment' id='comment-1'><div class='comment-author'><cite class='fn'>Ann Porter</cite></div>"
        "<div class='comment-content'><p>The bridge feels solid this morning.</p></div></li>"
        "<ul class='children'><li class='comment' id='comment-2'><div class='comment-author'><cite class='fn'>Bo Lind</cite></div>"
        "<div class='comment-content'><p>Solid, but two years was far too long.</p></div></li></ul>"
        "</ol>"
    )
    assert rows(doc) == [
        ("Ann Porter", "The bridge feels solid this morning.", None),
        ("Bo Lind", "Solid, but two years was far too long.", "c1"),
    ]


def test_an_at_name_answers_that_persons_latest_comment() -> None:
    doc = read(
        _flat(
            _item("Olga Sadova", "The bridge feels solid this morning.")
            + _item("Bo Lind", "Two years was far too long.")
            + _item("Cara Moss", "@Olga Sadova it does, I walked it twice.")
        )
    )
    assert [c.parent for c in doc.comments] == [None, None, "c1"]


def test_a_deeper_comment_answers_the_nearest_shallower_one_before_it() -> None:
    # comments as deep or deeper in between are skipped; a jump back to level 1 answers level 0
    levels = [0, 1, 2, 2, 1, 3, 0, 1]
    doc = read(
        _flat(
            "".join(
                _item(
                    f"Reader {n}",
                    f"Comment number {n} on the new bridge.",
                    classes=f"talk-item level-{level}",
                )
                for n, level in enumerate(levels)
            )
        )
    )
    assert [c.parent for c in doc.comments] == [None, "c1", "c2", "c2", "c1", "c5", None, "c7"]


def test_a_name_answers_the_latest_comment_by_it_or_by_a_longer_name_starting_with_it() -> None:
    doc = read(
        _flat(
            _item("Olga Sadova", "The bridge feels solid this morning.")
            + _item("Olgan Ray", "Two years was far too long.")
            + _item("Bo Lind", "@Olga it does, I walked it twice.")
            + _item("olga", "Only on weekdays, the sign says.")
            + _item("Cara Moss", "@OLGA which sign?")
            + _item("Dan Roe", "@Olga Sadova Ray no such person.")
        )
    )
    # "Olga" is "Olga Sadova" (a first word), never "Olgan Ray"; the latest one wins, in any case;
    # "@Olga Sadova Ray …" names the longest run of words an earlier commenter is called
    assert [c.parent for c in doc.comments] == [None, None, "c1", None, "c4", "c1"]


def test_no_sign_no_thread() -> None:
    doc = read(
        _flat(
            _item("Ann Porter", "The bridge feels solid this morning.")
            + _item("Bo Lind", "Two years was far too long.")
        )
    )
    assert [c.parent for c in doc.comments] == [None, None]


# --- what a comment is --------------------------------------------------------------------------


def test_a_subject_heading_and_trailing_like_counters_are_not_the_body() -> None:
    doc = read(
        "<div id='comments'>"
        + "".join(
            f"<div class='comment'><span class='username'>{name}</span>"
            f"<h3><a href='/comment/{n}'>Subject {n}</a></h3>"
            f"<div class='content'><p>{text}</p><p>LikeLiked by {n + 2} people</p></div></div>"
            for n, (name, text) in enumerate(
                [
                    ("Ann Porter", "The bridge feels solid this morning."),
                    ("Bo Lind", "Two years was far too long."),
                ]
            )
        )
        + "</div>"
    )
    assert [c.text for c in doc.comments] == [
        "The bridge feels solid this morning.",
        "Two years was far too long.",
    ]


def test_screen_reader_labels_and_badges_are_not_names() -> None:
    doc = read(
        _flat(
            "".join(
                f"<div class='talk-item'><a href='/people/{n}'><img src='/a.png'><span class='screen-reader-text'>Profile"
                f"</span></a><a class='who' href='/people/{n}'><span>{name}</span><span class='badge'>Staff</span></a>"
                f"<time datetime='2024-05-02T10:00:00Z'>2 May</time><p>{text}</p></div>"
                for n, (name, text) in enumerate(
                    [
                        ("Dana Okafor", "The modelling says it changes trips."),
                        ("gridlockgus", "Eight dollars is nothing."),
                    ]
                )
            )
        )
    )
    assert [c.author for c in doc.comments] == ["Dana Okafor", "gridlockgus"]


def test_a_comment_form_name_field_is_no_author() -> None:
    doc = read(
        "<div id='comments'><div class='comment'><span class='username'>Ann Porter</span>"
        "<div class='comment-text'><p>The bridge feels solid this morning.</p></div></div></div>"
        "<form><div class='form-item-name'><label>Name (erforderlich)</label><input name='name'></div></form>"
    )
    assert rows(doc) == [("Ann Porter", "The bridge feels solid this morning.", None)]


def test_definition_list_comments_are_one_block_each() -> None:
    doc = read(
        "<dl id='comments-block'>"
        "<dt><a href='/profile/1'>Barry on Kestrel</a> said...</dt><dd><p>We were the boat with the guitar!</p></dd>"
        "<dd><a href='#c1'>14 June 2011 at 09:12</a></dd>"
        "<dt><a href='/profile/2'>Jill P</a> said...</dt><dd><p>This is why I love the canals, truly.</p></dd>"
        "<dd><a href='#c2'>14 June 2011 at 13:45</a></dd></dl>"
    )
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Barry on Kestrel", "We were the boat with the guitar!"),
        ("Jill P", "This is why I love the canals, truly."),
    ]


def test_chrome_after_the_last_comment_does_not_end_the_article() -> None:
    doc = read(
        _flat(
            _item("Ann Porter", "The bridge feels solid this morning.")
            + _item("Bo Lind", "Two years was long.")
        ),
        after="<div class='feeds'><p>Subscribe to: Post Comments (Atom) and all the other feeds we have here</p></div>",
    )
    assert "Subscribe" not in doc.article.text


# --- forum threads and CJK ----------------------------------------------------------------------


def test_a_forum_threads_first_post_is_the_article() -> None:
    posts = [
        (
            "Speichenspanner",
            "Hallo zusammen, mein Trekkingrad brummt unter Last seit dem Winter, und zwar immer lauter.",
        ),
        ("Kettenblatt", "Ein leichtes Brummen unter Last ist bei Nabendynamos normal, Salz ist Gift dafür."),
        ("Speichenspanner", "Danke, dann lasse ich die Nabe im Frühjahr vom Händler prüfen."),
    ]
    doc = read(
        "<div class='topic'>"
        + "".join(
            f"<div class='post' id='p{n}'><div class='postprofile'><a class='username' href='/member/{n}'>{name}</a>"
            f"</div><div class='postbody'><p class='author'>von {name} » 10.04.2024 18:0{n}</p>"
            f"<div class='content'>{text}</div></div></div>"
            for n, (name, text) in enumerate(posts)
        )
        + "</div>",
        before="<h1>Nabendynamo brummt</h1>",
    )
    assert doc.article.text.startswith("Hallo zusammen")
    assert doc.article.author == "Speichenspanner"
    assert [c.author for c in doc.comments] == ["Kettenblatt", "Speichenspanner"]


def test_a_chinese_article_and_comments_are_read() -> None:
    article = (
        "<h1>旧电脑改造家庭NAS</h1><div class='post-content'>"
        + "<p>家里有一台十年前的笔记本，电池已经鼓包，屏幕也有坏点。</p>" * 3
        + "</div>"
    )
    doc = read(
        _flat(
            _item("老张师傅", "淋浴区刷到一米八是最低要求，其余墙面三十公分。")
            + _item("morning_sun", "门口可以做一个挡水条，或者做一个小坡度。")
        ),
        before=article,
    )
    assert doc.article.text.startswith("家里有一台")
    assert [c.author for c in doc.comments] == ["老张师傅", "morning_sun"]


# --- the article's first lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "<p>14. März 2009</p>",
        "<p>By Ruth Adeyemi — October 3, 2012</p>",
        "<p>(example.invalid)</p>",
        "<p>Clodhopper</p><p>Member</p>",
    ],
)
def test_datelines_bylines_and_poster_lines_do_not_open_the_article(lead: str) -> None:
    body = "".join(
        f"<p>The bridge on Mill Road reopened on Monday morning after two years of repairs, part {n}.</p>"
        for n in range(4)
    )
    doc = read("", before=f"<h1>The bridge reopens</h1><article>{lead}{body}</article>")
    assert doc.article.text.startswith("The bridge on Mill Road reopened")


def test_a_short_first_sentence_stays() -> None:
    body = "".join(
        f"<p>The bridge on Mill Road reopened on Monday morning after two years of repairs, part {n}.</p>"
        for n in range(4)
    )
    doc = read("", before=f"<h1>The bridge reopens</h1><article><p>It is open.</p>{body}</article>")
    assert doc.article.text.startswith("It is open.")


@pytest.mark.parametrize(
    ("inside", "depth"),
    [
        ("<table id='c'><tr><td>text</td></tr></table>", 1.875),  # alone in its wrapper: 30px in ems
        ("<!-- a note --><table id='c'><tr><td>text</td></tr></table>", None),  # a markup comment beside it
        ("<table id='c'><tr><td>text</td></tr></table><span>x</span>", None),  # an element after it
        ("<b>x</b><table id='c'><tr><td>text</td></tr></table>", None),  # an element before it
    ],
)
def test_a_wrapper_indents_the_block_only_when_it_holds_it_alone(inside: str, depth: float | None) -> None:
    import lxml.html

    from slant.readers._html_threads import _wrapper_depth

    root = lxml.html.document_fromstring(
        f"<html><body><div style='margin-left:30px'>{inside}</div></body></html>"
    )
    block = root.get_element_by_id("c")
    wrapper = block.getparent()
    # what the neighbours test stands for: the wrapper's children counted (comments too)
    assert (len(wrapper) == 1) is (depth is not None)
    assert _wrapper_depth(block) == depth
