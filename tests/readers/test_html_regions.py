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
