"""Comment regions and blocks found by mechanism, not by name (issue 14, session 9): blocks of any
repeated tag (custom elements, quote boxes, layout tables), thread wrappers, a block's roles and
thread from its attributes, depth from a level number, and the scored choice between regions. Each
mechanism on a small hand-made page; none keyed to a site's class names. See
docs/bench-readers-html.md, "Regions and blocks by mechanism (session 9)"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

pytestmark = pytest.mark.issue(14)

_TEXTS = (
    "The detour through the old town added twenty minutes to my commute every single day.",
    "Same here, the buses were always late while the bridge was closed for the repairs.",
    "Does anyone know whether the cycle lane on the bridge is open again as well?",
    "Yes, I rode across it this morning and the new surface is very smooth indeed.",
)

# --- custom elements repeat as blocks; a thread wrapper holds the comment, then its replies -------------


def _custom_comment(name: str, text: str, when: str) -> str:
    return (
        f"<xyz-comment-view><div class='head'><a href='/@{name}'><span>{name}</span></a>"
        f"<span class='when'><a href='/watch?lc=1'>{when}</a></span></div>"
        f"<xyz-text><span role='text'>{text}</span></xyz-text>"
        "<xyz-bar><button>Like</button><button>Reply</button></xyz-bar></xyz-comment-view>"
    )


def test_custom_element_thread_wrappers_give_comments_and_their_replies() -> None:
    threads = (
        "<xyz-thread>"
        + _custom_comment("ann", _TEXTS[0], "3 weeks ago")
        + "<div class='replies'></div></xyz-thread>"
        "<xyz-thread>"
        + _custom_comment("bob", _TEXTS[1], "2 weeks ago")
        + "<div class='replies'><xyz-replies><div class='expanded'>"
        + _custom_comment("cleo", _TEXTS[2], "1 week ago")
        + _custom_comment("dan", _TEXTS[3], "2 days ago")
        + "</div></xyz-replies></div></xyz-thread>"
    )
    doc = read(f"<xyz-comments><h2>4 Comments</h2><div class='contents'>{threads}</div></xyz-comments>")
    assert rows(doc) == [
        ("ann", _TEXTS[0], None),
        ("bob", _TEXTS[1], None),
        ("cleo", _TEXTS[2], "c2"),
        ("dan", _TEXTS[3], "c2"),
    ]


def test_custom_elements_that_repeat_as_siblings_are_blocks() -> None:
    items = "".join(
        f"<abc-post><abc-head><b>{name}</b> <time datetime='2025-03-0{day}'>March {day}</time></abc-head>"
        f"<abc-body>{text}</abc-body><a href='#reply'>Reply</a></abc-post>"
        for day, (name, text) in enumerate(zip(("Ann", "Bob", "Cleo"), _TEXTS, strict=False), start=1)
    )
    doc = read(f"<abc-discussion>{items}</abc-discussion>")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Ann", _TEXTS[0]),
        ("Bob", _TEXTS[1]),
        ("Cleo", _TEXTS[2]),
    ]


@pytest.mark.parametrize("tag", ["blockquote", "table"])
def test_quote_boxes_and_layout_tables_that_repeat_with_roles_are_blocks(tag: str) -> None:
    # a table whose cells hold only inline text (a layout table, cells holding paragraphs, is read as
    # divisions before the comments are looked for)
    def post(name: str, day: int, text: str) -> str:
        if tag == "table":
            return (
                f"<table><tr><td><strong>{name}</strong></td><td>2025-03-0{day} 10:1{day}</td></tr>"
                f"<tr><td colspan='2'>{text}</td></tr><tr><td><a href='#q'>Quote</a></td></tr></table>"
            )
        return (
            f"<blockquote><p><strong>{name}</strong> <small>2025-03-0{day} 10:1{day}</small></p>"
            f"<p>{text}</p></blockquote>"
        )

    posts = "".join(
        post(name, day, text)
        for day, (name, text) in enumerate(zip(("Ann", "Bob", "Cleo"), _TEXTS, strict=False), start=1)
    )
    doc = read(f"<div id='board'><h2>Replies</h2>{posts}</div>")
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Ann", _TEXTS[0]),
        ("Bob", _TEXTS[1]),
        ("Cleo", _TEXTS[2]),
    ]


# --- a block's author, time, depth and key from its attributes when its text has none ------------------


def test_author_time_and_parent_key_from_attributes() -> None:
    # the fourth answers the first: only the parent attribute naming another block's key says so
    items = (
        ("k1", None, "Ann", "2025-03-01T10:00:00", _TEXTS[0]),
        ("k2", "k1", "Bob", "2025-03-01T11:00:00", _TEXTS[1]),
        ("k3", None, "Cleo", "1740909600", _TEXTS[2]),
        ("k4", "k1", "Dan", "2025-03-02T12:00:00", _TEXTS[3]),
    )
    markup = "".join(
        f"<xyz-comment commentid='{key}' {f'parentid={parent!r}' if parent else ''}"
        f" author='{name}' created='{when}'><p>{text}</p><button>Reply</button></xyz-comment>"
        for key, parent, name, when, text in items
    )
    doc = read(f"<section class='discussion'>{markup}</section>")
    assert rows(doc) == [
        ("Ann", _TEXTS[0], None),
        ("Bob", _TEXTS[1], "c1"),
        ("Cleo", _TEXTS[2], None),
        ("Dan", _TEXTS[3], "c1"),
    ]
    assert [c.published for c in doc.comments] == [
        "2025-03-01T10:00:00",
        "2025-03-01T11:00:00",
        "2025-03-02T10:00:00",
        "2025-03-02T12:00:00",
    ]


def test_depth_from_a_depth_attribute_alone_threads_a_flat_list() -> None:
    depths = (0, 1, 2, 0)
    markup = "".join(
        f"<xyz-comment data-comment-level='{depth}' author='{name}' created='2025-03-0{n}T10:00:00'>"
        f"<p>{text}</p></xyz-comment>"
        for n, (depth, name, text) in enumerate(
            zip(depths, ("Ann", "Bob", "Cleo", "Dan"), _TEXTS, strict=True), start=1
        )
    )
    doc = read(f"<section class='discussion'>{markup}</section>")
    assert [c.parent for c in doc.comments] == [None, "c1", "c2", None]


@pytest.mark.parametrize("rank", ["user-level-7", "LV7"])
def test_a_level_number_inside_a_comment_or_a_users_level_is_no_depth(rank: str) -> None:
    # a rank inside the comment, and a user's level on the block itself, say nothing of the thread
    markup = "".join(
        f"<xyz-comment author='{name}' data-user-level='{n + 3}' created='2025-03-0{n}T10:00:00'>"
        f"<span data-level='7' class='{rank}'>Level 7</span><p>{text}</p></xyz-comment>"
        for n, (name, text) in enumerate(zip(("Ann", "Bob"), _TEXTS, strict=False), start=1)
    )
    doc = read(f"<section class='discussion'>{markup}</section>")
    assert [(c.author, c.parent) for c in doc.comments] == [("Ann", None), ("Bob", None)]


# --- the name as loose words in the line that holds the time; depth only in a class --------------------


@pytest.mark.parametrize("depth_class", ["level-{}", "depth-{}", "comment-level--{}", "indent-{}"])
def test_a_flat_list_with_names_beside_the_time_and_depth_in_a_class(depth_class: str) -> None:
    people = (
        ("Nathalie", 0, _TEXTS[0]),
        ("Thierry", 1, _TEXTS[1]),
        ("Nathalie", 2, _TEXTS[2]),
        ("Bruno V.", 0, _TEXTS[3]),
    )
    markup = "".join(
        f"<div id='c{n}' class='note {depth_class.format(depth)}'><div><small><a href='#c{n}'>#{n}</a> "
        f"<time datetime='2025-06-1{n}T19:21:00'>Le 1{n}/06/2025 à 19:21</time> {name} a dit :</small>"
        f"<blockquote><p>{text}</p></blockquote></div><a href='#form'>Répondre</a></div>"
        for n, (name, depth, text) in enumerate(people, start=1)
    )
    doc = read(f"<div id='notes'><h3>4 notes</h3>{markup}</div>")
    assert rows(doc) == [
        ("Nathalie", _TEXTS[0], None),
        ("Thierry", _TEXTS[1], "c1"),
        ("Nathalie", _TEXTS[2], "c2"),
        ("Bruno V.", _TEXTS[3], None),
    ]


# --- replies listed inside a comment in a division of blocks of one kind ---------------------------------


def test_replies_in_a_division_of_blocks_inside_a_comment() -> None:
    def note(name: str, when: str, text: str, kind: str) -> str:
        return (
            f"<div class='{kind}'><div class='meta'><a href='/user/{name}'>{name}</a> <span>{when}</span></div>"
            f"<div class='{kind}-text'><p>{text}</p></div></div>"
        )

    first = (
        "<article class='answer'>"
        + note("Ann", "vor 2 Tagen", _TEXTS[0], "answer-main")
        + "<div class='notes'><div class='notes-title'>Kommentare</div>"
        + note("Bob", "vor 1 Tag", _TEXTS[1], "note")
        + note("Cleo", "vor 5 Stunden", _TEXTS[2], "note")
        + "</div><a href='#r'>Antworten</a></article>"
    )
    second = (
        "<article class='answer'>"
        + note("Dan", "vor 3 Stunden", _TEXTS[3], "answer-main")
        + "<a href='#r'>Antworten</a></article>"
    )
    doc = read(f"<section class='answers'>{first}{second}</section>")
    assert rows(doc) == [
        ("Ann", _TEXTS[0], None),
        ("Bob", _TEXTS[1], "c1"),
        ("Cleo", _TEXTS[2], "c1"),
        ("Dan", _TEXTS[3], None),
    ]
