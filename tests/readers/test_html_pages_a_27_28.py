"""Mechanisms of the pass after the first reading of held-out batches 27-28 (issue 14, session 11,
pages A): each on a hand-made page, none keyed to a site's class names. See
docs/bench-readers-html.md, "Session 11: after the first reading of batches 27-28 (pages A)"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._html_edges import article_edges
from slant.readers._html_shapes import name_among

pytestmark = pytest.mark.issue(14)


# --- a change log: "Changed <a>3 days ago</a> by name", field labels in bold, "in reply to" links ---


def _change(number: int, name: str, text: str, *, fields: str = "", head: str = "") -> str:
    # the permalink prints its own anchor, which no element carries as an id
    return (
        f"<div class='entry' id='log-{number}-17373{number}'><h3>{head}"
        f"<span class='num'><a href='#note:{number}'>note:{number}</a></span> Changed "
        f"<a class='when' href='/when?{number}'>{number + 2} days ago</a> by {name}</h3>"
        f"<form><input type='submit' value='Reply'></form>{fields}"
        + (f"<div class='words'><p>{text}</p></div>" if text else "")
        + "</div>"
    )


_FIELDS = (
    "<ul class='fields'><li><strong>Owner</strong> set to <em>ann.k</em></li>"
    "<li><strong>Status</strong> changed from <em>new</em> to <em>assigned</em></li></ul>"
)


def test_the_name_after_the_time_and_a_byline_word_outranks_a_bold_field_label() -> None:
    # "<strong>Owner</strong> set to …" is a name-like short element; the header's "… ago by ann.k" says
    # whose the comment is in words
    discussion = (
        "<div id='log'><h3>History</h3>"
        + _change(1, "ann.k", "Confirmed with a three-line file on the current branch.")
        + _change(2, "bo.chan", "The row is lost in the other exporter as well, same buffer.", fields=_FIELDS)
        + _change(3, "cy.diaz", "Fixed in the next release with a test for the last line.", fields=_FIELDS)
        + "</div>"
    )
    assert [author for author, _, _ in rows(read(discussion))] == ["ann.k", "bo.chan", "cy.diaz"]


def test_a_reply_link_to_the_anchor_a_permalink_prints_names_the_parent() -> None:
    # "in reply to: ↑ 1" links to #note:1, which is no element's id: the first comment's permalink
    # "<a href='#note:1'>note:1</a>" shows that the comment goes by that name
    discussion = (
        "<div id='log'><h3>History</h3>"
        + _change(1, "ann.k", "Confirmed with a three-line file on the current branch.",
                  head="<span class='thr'>follow-up: <a href='#note:2'>↓ 2</a></span>")
        + _change(2, "bo.chan", "Does it also happen with the other exporter? Same buffer class.",
                  head="<span class='thr'>in reply to: <a href='#note:1'>↑ 1</a></span>")
        + _change(3, "cy.diaz", "Fixed in the next release with a test for the last line.")
        + "</div>"
    )  # fmt: skip
    assert [(author, parent) for author, _, parent in rows(read(discussion))] == [
        ("ann.k", None),
        ("bo.chan", "c1"),
        ("cy.diaz", None),
    ]


def test_a_link_elsewhere_whose_text_is_its_address_names_no_comment() -> None:
    # only an in-page anchor ("#…") printed as the link's text is a comment's name
    discussion = (
        "<div id='log'><h3>History</h3>"
        + _change(1, "ann.k", "Confirmed with a three-line file on the current branch.")
        + _change(2, "bo.chan", "Does it also happen with the other exporter? Same buffer class.",
                  head="<span class='thr'>see <a href='#note:9'>↑ 9</a></span>")
        + "</div>"
    )  # fmt: skip
    assert [parent for _, _, parent in rows(read(discussion))] == [None, None]


# --- a Q&A page's answers typed as schema.org Answer, their comments as Comment, no author property ---


def _answer(key: str, name: str, time: str, text: str, comments: str = "") -> str:
    return (
        f"<div class='a-item' id='a{key}' itemscope itemtype='https://schema.org/Answer'>"
        f"<span class='meta'>answered <time itemprop='dateCreated' datetime='{time}'>Mar 3</time> "
        f"<span class='who'><span>by </span><span><a href='/user/{name}'>{name}</a></span><br>"
        "<span class='points'>(<span>4.8k</span> points)</span></span></span>"
        f"<div itemprop='text'>{text}</div><div class='c-list'>{comments}</div></div>"
    )


def _comment(key: str, name: str, time: str, text: str) -> str:
    return (
        f"<div class='c-item' id='c{key}' itemscope itemtype='https://schema.org/Comment'>"
        f"<div itemprop='text'>{text}</div><span class='meta'>commented "
        f"<time itemprop='dateCreated' datetime='{time}'>Mar 3</time> "
        f"<span class='who'>by <a href='/user/{name}'>{name}</a></span></span></div>"
    )


def test_answers_typed_as_schema_answers_are_comments_and_their_comments_replies() -> None:
    discussion = (
        "<div class='answers'><h2>2 Answers</h2>"
        + _answer("1", "hopsandhalf", "2025-03-03T10:21:00", "Very likely it is simply done, take a reading.",
                  _comment("2", "fred", "2025-03-03T11:02:00", "Thanks, is it okay to open the lid for that?"))
        + _answer("3", "bruno", "2025-03-03T14:45:00", "Also check the lid seal, buckets often leak.")
        + "</div>"
    )  # fmt: skip
    assert rows(read(discussion)) == [
        ("hopsandhalf", "Very likely it is simply done, take a reading.", None),
        ("fred", "Thanks, is it okay to open the lid for that?", "c1"),
        ("bruno", "Also check the lid seal, buckets often leak.", None),
    ]


def test_a_typed_answer_without_an_author_property_is_named_by_its_own_elements() -> None:
    # without the name, the typed reading is the poorer one and a shape reading (which takes the
    # question for a comment and misses the last answer on Question2Answer) wins
    answer = lxml.html.fromstring(_answer("9", "Bruno Keller", "2025-03-03T14:45:00", "Check the lid seal."))
    assert name_among(list(answer.iterdescendants())) == "Bruno Keller"


def test_typed_answers_the_shape_finder_reads_more_fully_are_read_by_shape() -> None:
    # answers typed but with no typed text or author (Stack Exchange types its answers, not the
    # comments under them): the typed items alone read empty bodies, the shapes read every part
    def answer(name: str, time: str, text: str) -> str:
        return (
            "<div class='note' itemscope itemtype='https://schema.org/Answer'><div class='info'>"
            f"<b>{name}</b><br><span class='when'>{time}</span><div class='words'>{text}</div>"
            "<div class='act'><a href='#'>Reply</a></div></div></div>"
        )

    discussion = (
        "<div class='talk'>"
        + answer("Old Zhou", "2025-03-03 10:21", "Careful, some phones will not start without a battery.")
        + answer("Lena Park", "2025-03-03 14:36", "How are the sensors wired to the phone, by Bluetooth?")
        + "</div>"
    )
    assert [(author, text) for author, text, _ in rows(read(discussion))] == [
        ("Old Zhou", "Careful, some phones will not start without a battery."),
        ("Lena Park", "How are the sensors wired to the phone, by Bluetooth?"),
    ]


def test_a_schema_question_is_the_article_not_a_comment() -> None:
    question = (
        "<h1>Why does my airlock stop bubbling?</h1>"
        "<div itemscope itemtype='https://schema.org/Question'><span class='meta'>asked "
        "<time itemprop='dateCreated' datetime='2025-03-03T08:00:00'>Mar 3</time> by "
        "<a href='/user/fred'>fred</a></span><div itemprop='text'>"
        + "<p>The airlock bubbled hard for two days and now it has stopped, and I wonder why it did.</p>" * 3
        + "</div></div>"
    )
    discussion = _answer(
        "1", "hopsandhalf", "2025-03-03T10:21:00", "Very likely it is simply done."
    ) + _answer("3", "bruno", "2025-03-03T14:45:00", "Also check the lid seal, buckets often leak.")
    doc = read(discussion, before=question)
    assert [author for author, _, _ in rows(doc)] == ["hopsandhalf", "bruno"]
    assert doc.article.text.startswith("The airlock bubbled hard")


# --- the edges of a tracker's article: a table of fields above, a box of dated attachments below ----

_BODY = (
    "When a table is exported and the file does not end with a newline, the last row is lost.\n\n"
    "I think the writer flushes only on a newline and forgets the final buffer."
)


def test_a_table_of_fields_above_the_text_is_cut_as_one_line() -> None:
    table = "\n\n".join(
        [
            "| Reported by: | oskar | Owned by: | ann |",
            "|---|---|---|---|",
            "| Priority: | normal | Milestone: | 2.8.2 |",
            "| Component: | export | Version: | 2.8.1 |",
            "| Keywords: | patch | Cc: | |",
        ]
    )
    head = (
        "Opened 7 weeks ago\n\nClosed 6 weeks ago\n\n#4127 closed defect (fixed)\n\nExport drops the last row"
    )
    text, cut = article_edges(f"{head}\n\n{table}\n\n{_BODY}", title="Export drops the last row")
    assert text == _BODY
    assert len(cut) == 9


def test_six_lines_of_the_page_that_are_no_table_are_more_than_a_head() -> None:
    head = "\n\n".join(f"Line {word} of the page" for word in ("one", "two", "three", "four", "five", "six"))
    text, _ = article_edges(f"{head}\n\n{_BODY}", title=None)
    assert text.startswith("Line six of the page")


def test_a_labelled_list_of_dated_facts_below_the_text_is_cut() -> None:
    box = "Attachments (1)\n\n- fix.patch (1.8 KB) - added by ann 6 weeks ago."
    assert article_edges(f"{_BODY}\n\n{box}", title=None) == (_BODY, box.split("\n\n"))


def test_a_labelled_list_of_sentences_below_the_text_stays() -> None:
    box = "Next steps\n\n- We will test the fix on the old branch before the release goes out."
    text, _ = article_edges(f"{_BODY}\n\n{box}", title=None)
    assert text.endswith("before the release goes out.")
