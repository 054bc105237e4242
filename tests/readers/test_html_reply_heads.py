"""Reply heads outside a comment's body name its parent (issue 14): "Replying to @handle" beside a
display name, a quote box whose title line follows an empty rule or avatar tag, and a box that is
no named quote but says "Quote:" over "Originally Posted by X". Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

from slant.readers._html_fields import labelled_quote_author, reply_head_name

pytestmark = pytest.mark.issue(14)


def _post(number: int, name: str, handle: str, text: str, *, replying_to: str | None = None) -> str:
    head = (
        f"<div class='x9'>Replying to <a href='/{replying_to}'>@{replying_to}</a></div>"
        if replying_to
        else ""
    )
    return (
        f"<article class='r1 r2' role='article'><div class='x1'><a href='/{handle}'><img src='/a/{number}.jpg'></a>"
        f"<div class='x2'><a href='/{handle}'><span class='x3'>{name}</span></a>"
        f"<a href='/{handle}'><span class='x4'>@{handle}</span></a>"
        f"<a href='/{handle}/status/{number}'><time datetime='2025-03-03T09:{number:02d}:00Z'>2h</time></a></div>"
        f"{head}<div class='x5' lang='en'><span>{text}</span></div>"
        f"<div class='x6' role='group'><span>Reply</span> <span>Repost</span> <span>Like</span></div></div></article>"
    )


def test_replying_to_a_handle_answers_the_comment_shown_with_that_handle() -> None:
    # display names ("Owen Marsh") are the authors; replies name only the handle ("@owenmarsh_")
    discussion = (
        "<div class='timeline' aria-label='Conversation'>"
        + "".join(
            [
                _post(
                    1,
                    "Owen Marsh",
                    "owenmarsh_",
                    "Ours started this last year and the list is three weeks long.",
                ),
                _post(
                    2,
                    "Tamsin Reyes",
                    "tamsinreyes",
                    "Three weeks! We bought a second one for that reason.",
                    replying_to="owenmarsh_",
                ),
                _post(3, "Priti Nand", "pritinand", "How do they handle damage to the borrowed machines?"),
                _post(
                    4,
                    "Harbour Library",
                    "harbourlib",
                    "Normal wear is on us, real damage is rare so far.",
                    replying_to="pritinand",
                ),
            ]
        )
        + "</div>"
    )
    doc = read(discussion)
    by_author = {c.author: c for c in doc.comments}
    ids = {c.author: c.id for c in doc.comments}
    assert set(by_author) == {"Owen Marsh", "Tamsin Reyes", "Priti Nand", "Harbour Library"}
    assert by_author["Tamsin Reyes"].parent == ids["Owen Marsh"]
    assert by_author["Harbour Library"].parent == ids["Priti Nand"]
    assert by_author["Owen Marsh"].parent is None
    assert by_author["Priti Nand"].parent is None
    assert not any("Replying to" in c.text for c in doc.comments)


def _forum_post(number: int, name: str, body: str) -> str:
    return (
        f"<div class='message-view' id='post{number}'><div class='message-author'><a href='/u/{name}'>{name}</a>"
        f"<span class='rank'>Contributor</span></div><div class='message-date'>03-03-2025 10:{number:02d} AM</div>"
        f"<div class='message-body'>{body}</div><div class='message-actions'>Reply · Kudos (1)</div></div>"
    )


def test_a_quote_box_opening_with_a_rule_names_the_quoted_author() -> None:
    quoted = (
        "<blockquote><hr><user-tag uid='7'></user-tag><a href='/u/netwhisperer'>netwhisperer</a> wrote:<br>"
        "<p>Choosing channel 36 brought the backhaul back for me.</p><hr></blockquote>"
    )
    posts = [
        _forum_post(
            1, "harbourlight", "<p>My mesh node keeps dropping off the 5 GHz backhaul every evening.</p>"
        ),
        _forum_post(2, "netwhisperer", "<p>Choosing channel 36 brought the backhaul back for me.</p>"),
        _forum_post(
            3, "quietsignal", "<p>Mine drops too, but only when the microwave runs in the kitchen.</p>"
        ),
        _forum_post(4, "harbourlight", quoted + "<p>That worked, thank you. The node is back on 5 GHz.</p>"),
    ]
    doc = read("<div class='message-list'>" + "".join(posts) + "</div>")
    authors = [c.author for c in doc.comments]
    assert authors == ["harbourlight", "netwhisperer", "quietsignal", "harbourlight"]
    assert doc.comments[3].parent == doc.comments[1].id
    assert doc.comments[2].parent is None


def test_a_box_titled_quote_then_originally_posted_by_names_the_quoted_author() -> None:
    from lxml import html

    box = html.fromstring(
        "<div style='margin:20px'><div class='smallfont'>Cita:</div><table><tr><td class='alt2'>"
        "<div>Originalmente Escrito por <strong>Rodri_Garaje</strong> <a href='showthread.php?p=1#post1'>"
        "<img alt='Ver Mensaje'></a></div><div>Si solo pasa en frío es el óxido.</div></td></tr></table></div>"
    )
    titles = [labelled_quote_author(element) for element in box.iter()]
    assert [name for name in titles if name] == ["Rodri_Garaje"]
    # a box named for a quote in French, titled "X a écrit :"
    citation = html.fromstring(
        "<table class='citation'><tr><td><b>Tornade a écrit :</b><br><p>Nettoie.</p></td></tr></table>"
    )
    assert labelled_quote_author(citation) == "Tornade"
    # a title with nothing quoted under it, and a sentence, are no quote boxes
    alone = html.fromstring("<div><div>Originally Posted by <b>Ann</b></div></div>")
    assert labelled_quote_author(alone[0]) is None
    sentence = html.fromstring("<div><p>Quoting Ann here is pointless.</p><p>More words.</p></div>")
    assert all(labelled_quote_author(element) is None for element in sentence.iter())


@pytest.mark.parametrize(
    ("markup", "name"),
    [
        ("<div>Replying to <a href='/ann_b'>@ann_b</a></div>", "ann_b"),
        ("<div>En réponse à <b>Odile</b></div>", "Odile"),
        ("<div>В ответ на <span>Иван_К</span></div>", "Иван_К"),
        # a head linking to an anchor: the link decides, not the name (Moodle links the opening post)
        ("<div>En respuesta a <a href='#p2200'>Carmen</a></div>", None),
        ("<div>Replying to the council was a mistake, said the mayor yesterday afternoon.</div>", None),
    ],
)
def test_a_reply_head_element_gives_the_name(markup: str, name: str | None) -> None:
    from lxml import html

    assert reply_head_name(html.fromstring(markup)) == name


def _floor(number: int, name: str, text: str) -> str:
    return (
        f"<div class='comment-item'><div class='comment-head'><span class='user'>{name}</span>"
        f"<span class='floor'>{number}楼</span><span class='time'>2025-03-03 10:{number:02d}</span></div>"
        f"<div class='comment-text'>{text}</div><div class='comment-actions'>回复</div></div>"
    )


def test_a_reply_naming_a_floor_number_answers_the_comment_printed_with_it() -> None:
    floors = [
        _floor(1, "南山读书人", "县城开书店真的不容易，房租怎么谈下来的？"),
        _floor(2, "码农老陈", "我们这边也有一家，靠咖啡和文具撑着。"),
        _floor(3, "青椒炒肉丝", "周末带孩子去过一次，环境很好。"),
        _floor(4, "南山读书人", "回复 2楼：\n咖啡确实是个好办法，我们也在考虑。"),
    ]
    doc = read("<div class='comment-list'>" + "".join(floors) + "</div>")
    assert [c.author for c in doc.comments] == ["南山读书人", "码农老陈", "青椒炒肉丝", "南山读书人"]
    assert doc.comments[3].parent == doc.comments[1].id
    assert doc.comments[2].parent is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Antwort auf Kommentar Nr. 3\nJa, genau.", 3),
        ("回复 2楼：\n对的。", 2),
        ("Antwort auf #1 von Sepp G.\nJa.", 1),
    ],
)
def test_a_reply_line_names_the_comment_by_its_number(text: str, number: int) -> None:
    from slant.readers._html_fields import tidy_text

    assert tidy_text(text, author=None).reply_to_number == number
