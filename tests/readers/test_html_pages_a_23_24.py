"""Mechanisms of the pass after the first reading of held-out batches 23-24 (issue 14, session 11,
pages A): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 23-24 (pages A)"."""

from __future__ import annotations

import pytest
from bridge_page import read, rows

from slant.readers._html_edges import article_edges

pytestmark = pytest.mark.issue(14)


# --- a reply right inside its comment, marked by one more class of the comment's kind -------------


def _marked(name: str, time: str, text: str, *, reply: bool = False, replies: str = "") -> str:
    kind = "note note-child" if reply else "note"
    return (
        f"<div class='{kind}'><div class='pic'><img src='/a.png'></div><div class='info'>"
        f"<b>{name}</b><br><span class='when'>{time}</span><div class='words'>{text}</div>"
        f"<div class='act'><a href='#'>Reply</a></div></div>{replies}</div>"
    )


def test_a_reply_inside_its_comment_carrying_the_comments_class_and_one_more_is_a_reply() -> None:
    # each reply is a child of the comment it answers, beside that comment's own parts: read as a
    # part, the comment took its reply's words (the longer text) and lost the reply
    inner = _marked(
        "Lena Park", "2025-03-03 16:02", "Same here, I have two old phones in a drawer.", reply=True
    )
    discussion = (
        "<div class='talk'><p class='head'><b>Comments:</b></p>"
        + _marked("Old Zhou", "2025-03-03 10:21", "Careful, some phones will not start without a battery.",
                  replies=_marked("Shan Lan", "2025-03-03 11:02",
                                  "It is an old Xiaomi on a dummy battery module fed with five volts.", reply=True))
        + _marked("Lena Park", "2025-03-03 14:36", "How are the sensors wired to the phone, by Bluetooth?",
                  replies=_marked("Shan Lan", "2025-03-03 15:10",
                                  "A small board with Bluetooth reads them, the phone polls it every five minutes.",
                                  reply=True, replies=inner))
        + "</div>"
    )  # fmt: skip
    assert rows(read(discussion)) == [
        ("Old Zhou", "Careful, some phones will not start without a battery.", None),
        ("Shan Lan", "It is an old Xiaomi on a dummy battery module fed with five volts.", "c1"),
        ("Lena Park", "How are the sensors wired to the phone, by Bluetooth?", None),
        ("Shan Lan", "A small board with Bluetooth reads them, the phone polls it every five minutes.", "c3"),
        ("Lena Park", "Same here, I have two old phones in a drawer.", "c4"),
    ]


def test_a_utility_class_beside_the_same_classes_marks_no_reply() -> None:
    # "wrap" and "wrap cl": a clearfix beside the same class is a part of the block, not a reply in it
    def block(name: str, text: str) -> str:
        return (
            f"<div class='wrap'><div class='wrap cl'><b>{name}</b> <span>3 Mar 2025 10:21</span></div>"
            f"<p>{text}</p><a href='#'>Reply</a></div>"
        )

    discussion = (
        "<div class='talk'>"
        + block("Ann Lee", "The new timetable suits me fine, thanks.")
        + block("Bo Chan", "Will the night buses cross the bridge as well now?")
        + "</div>"
    )
    assert [(author, parent) for author, _, parent in rows(read(discussion))] == [
        ("Ann Lee", None),
        ("Bo Chan", None),
    ]


# --- a thread drawn as rows of one table: each post a row, its buttons and a spacer rows of their own


def _post_rows(name: str, time: str, body: str) -> str:
    # the post row: the poster's cell, then a cell holding a table of the header line and the text
    return (
        f"<tr><td class='cell1' width='150'><span class='who'><b>{name}</b></span><br>"
        f"<span class='facts'>Regular<br>Joined: 12 Jan 2019<br>Posts: 340<br>Location: Leeds</span></td>"
        f"<td class='cell1'><table width='100%'><tr><td><span class='facts'>Posted: Mon Mar 03, 2025 {time}"
        f"<span>&nbsp;</span> Subject: Re: Split tomatoes</span></td></tr>"
        f"<tr><td><hr></td></tr><tr><td>{body}</td></tr></table></td></tr>"
        f"<tr><td class='cell1'><a href='#top'>Back to top</a></td>"
        f"<td class='cell1'><a href='/profile?u=3'><img src='p.gif' alt='Profile'></a></td></tr>"
        f"<tr><td class='gap' colspan='2'><img src='spacer.gif' alt=''></td></tr>"
    )


def test_posts_drawn_as_rows_of_one_table_with_button_and_spacer_rows_are_read() -> None:
    quote = (
        "<span class='text'></span><table><tr><td><b>Merche wrote:</b></td></tr>"
        "<tr><td class='quote'>It is almost always the watering.</td></tr></table>"
        "<span class='text'>So a little every day rather than a lot every other day. I will try it.</span>"
    )
    thread = (
        "<table class='posts'><tr><th>Author</th><th>Message</th></tr>"
        + _post_rows("tomato_fan", "9:12 am", "<span class='text'>Half of my tomatoes split before they "
                     "ripened last summer. Was it the watering or the heat of August?</span>")
        + _post_rows("Merche", "10:21 am", "<span class='text'>It is almost always the watering. Water "
                     "less but every day.<br>_________________<br>The garden forgives no late riser.</span>")
        + _post_rows("Paco Ledesma", "11:40 am", "<span class='text'>Put straw mulch around the plants, it "
                     "keeps the soil evenly moist.</span>")
        + _post_rows("tomato_fan", "12:15 pm", quote)
        + "</table>"
    )  # fmt: skip
    doc = read(thread, before="<p>Garden forum</p>")
    assert doc.article.text.startswith("Half of my tomatoes split")
    assert doc.article.author == "tomato_fan"
    assert rows(doc) == [
        ("Merche", "It is almost always the watering. Water less but every day.", None),
        ("Paco Ledesma", "Put straw mulch around the plants, it keeps the soil evenly moist.", None),
        ("tomato_fan", "So a little every day rather than a lot every other day. I will try it.", "c1"),
    ]
    assert [comment.published for comment in doc.comments] == [
        "2025-03-03T10:21:00",
        "2025-03-03T11:40:00",
        "2025-03-03T12:15:00",
    ]


# --- an entry whose only "body" is the part its siblings show beside their note -------------------


def _entry(number: int, name: str, time: str, changes: list[str], note: str | None) -> str:
    listed = "".join(f"<li><strong>{field}</strong> set to <i>{value}</i></li>" for field, value in changes)
    return (
        f"<div class='entry'><div id='n{number}'><h4 class='head'><a href='#n{number}'>#{number}</a> "
        f"Updated by <a href='/users/{number}'>{name}</a> <a title='03.03.2025 {time}' href='#'>3 days ago</a>"
        f"</h4>" + (f"<ul class='changes'>{listed}</ul>" if changes else "")
        + (f"<div class='note'><p>{note}</p></div>" if note else "") + "</div></div>"
    )  # fmt: skip


def test_an_entry_that_only_records_field_changes_is_no_comment() -> None:
    history = (
        "<div class='history'><h3>History</h3>"
        + _entry(1, "Jan Brodersen", "10:21", [("Status", "In progress")],
                 "Confirmed. The script opens the file without naming its encoding.")
        + _entry(2, "Petra Wolters", "11:45", [], "Can this be fixed today? The import has to run by Wednesday.")
        + _entry(3, "Jan Brodersen", "12:02", [("Assignee", "Jan Brodersen"), ("Target version", "2025.03")], None)
        + _entry(4, "Jan Brodersen", "15:30", [("Status", "Resolved")],
                 "Fixed in revision 4411: the file is now read as UTF-8.")
        + "</div>"
    )  # fmt: skip
    assert [(author, text) for author, text, _ in rows(read(history))] == [
        ("Jan Brodersen", "Confirmed. The script opens the file without naming its encoding."),
        ("Petra Wolters", "Can this be fixed today? The import has to run by Wednesday."),
        ("Jan Brodersen", "Fixed in revision 4411: the file is now read as UTF-8."),
    ]


def test_a_body_in_the_cell_that_holds_its_siblings_bodies_stays_a_body() -> None:
    # two unnamed cells side by side are one place: the body's own cell is no part apart from it
    def post(name: str, text: str, *, paragraph: bool = True) -> str:
        body = f"<div class='msg'>{text}</div>" if paragraph else text
        return (
            f"<div class='post'><div><b>{name}</b> <span>3 Mar 2025 10:21</span></div><div>{body}</div></div>"
        )

    posts = (
        post("Ann Lee", "The new timetable suits me fine, thanks for asking.")
        + post("Bo Chan", "Will the night buses cross the bridge as well now?")
        + post("Cy Dunn", "Only on Fridays and Saturdays, the notice at the stop says.", paragraph=False)
        + post("Di Eton", "That is better than nothing for the late shift.")
    )
    assert [author for author, _, _ in rows(read(f"<div class='posts'>{posts}</div>"))] == [
        "Ann Lee",
        "Bo Chan",
        "Cy Dunn",
        "Di Eton",
    ]


# --- a list archive: each message a <pre> written out as mail, headers and all ----------------------


def _message(number: int, name: str, time: str, text: str, quoting: tuple[str, str] | None = None) -> str:
    quoted = (
        f"On Mon, 3 Mar 2025 at {quoting[0]}, {quoting[1]} wrote:\n&gt; an earlier line of the thread\n\n"
        if quoting
        else ""
    )
    return (
        f"<pre><a href='#e{number}' id='m{number}'>*</a> <b>Re: Dropping Python 3.8</b>\n"
        f"From: {name} &lt;{name.split()[0].lower()}@mail.example&gt; @ 2025-03-03 {time} UTC "
        f"(<a href='../{number}/'>permalink</a> / <a href='../{number}/raw'>raw</a>)\n"
        f"  To: devel@lists.example.org\n\n{quoted}{text}\n\n-- \n{name.split()[0]}\n</pre>"
        f"<a href='#m{number}'>^</a> <a href='../{number}/'>permalink</a> <a href='../{number}/#R'>reply</a>"
        f" [<a href='../{number}/T/'>flat</a>|<a href='../{number}/t/'>nested</a>] 4+ messages in thread<hr>"
    )


def test_messages_written_out_as_mail_in_pre_blocks_are_a_thread_with_its_replies() -> None:
    archive = (
        _message(0, "Ilse Marchetti", "10:21",
                 "Python 3.8 reached its end of life, and testing it costs us twenty minutes per run. "
                 "I propose we drop it in the next release.")
        + _message(1, "Tobias Wrenfield", "11:05", "Fine by me. We could drop a backport then.",
                   ("10:21", "Ilse Marchetti"))
        + _message(2, "Nadia Okwuosa", "12:40", "Careful: that backport is still needed on 3.9.",
                   ("11:05", "Tobias Wrenfield"))
        + _message(3, "Rafael Quist", "18:40", "The packagers asked to be told before we bump.",
                   ("10:21", "Ilse Marchetti"))
        + "<pre>end of thread, other threads:[<a href='../'>newest</a>]\n\nThread overview: 4+ messages\n"
        "2025-03-03 10:21 UTC <a href='#m0'>Dropping Python 3.8 Ilse Marchetti</a>\n</pre>"
    )  # fmt: skip
    doc = read(archive, before="<form><pre><a href='../'>latest</a> <input name='q'></pre></form>")
    assert doc.article.text.startswith("Python 3.8 reached its end of life")
    assert (doc.article.author, doc.article.published) == ("Ilse Marchetti", "2025-03-03")
    assert rows(doc) == [
        ("Tobias Wrenfield", "Fine by me. We could drop a backport then.", None),
        ("Nadia Okwuosa", "Careful: that backport is still needed on 3.9.", "c1"),
        ("Rafael Quist", "The packagers asked to be told before we bump.", None),
    ]
    assert doc.comments[0].published == "2025-03-03T11:05:00"


def test_preformatted_text_that_is_no_message_is_no_comment() -> None:
    code = "<pre>def main():\n    return 2025-03-03\n</pre>"
    assert read(f"<div>{code}{code}<p>That snippet fails on Python 3.8 since 2025.</p></div>").comments == ()


# --- a list under a label line of its own at the article's end is a box of the page's -------------

_ISSUE = (
    "The nightly import of meter readings stops as soon as a street name holds an umlaut. The file of "
    "27 February was the last one hit.\n\nPlease check whether the import script fixes the encoding."
)


def test_a_labelled_list_without_a_sentence_after_the_last_paragraph_is_cut() -> None:
    related = (
        "Related tickets\n\n| #2207 Export the reading dates as CSV | New |\n\n| #2190 Password reset | New |"
    )
    assert article_edges(f"{_ISSUE}\n\n{related}", title=None) == (_ISSUE, related.split("\n\n"))


def test_a_list_the_text_leads_into_or_of_sentences_stays() -> None:
    led = f"{_ISSUE}\n\nThe affected files:\n\n- readings-0227.csv\n\n- readings-0228.csv"
    assert article_edges(led, title=None) == (led, [])
    sentences = f"{_ISSUE}\n\nWhat we know\n\n- The import stops.\n\n- No data was lost."
    assert article_edges(sentences, title=None) == (sentences, [])
