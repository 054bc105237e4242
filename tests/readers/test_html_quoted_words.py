"""A quote names its parent by its words (issue 14): a reply whose quote box, stacked floors or
quoted lines reproduce an earlier comment's words answers that comment, and those words are not the
reply's text. Every page here is hand-made."""

from __future__ import annotations

import pytest
from bridge_page import read

from slant.readers._html_quotes import QuoteEvidence, quoted_comments

pytestmark = pytest.mark.issue(14)

FIRST = "The night buses stop at the old depot until the bridge opens to traffic again."
SECOND = "Does anyone know whether the cycle lane on the bridge is finished as well?"
REPLY = "Finished last week, and it is wider than the old one, with a kerb between the bikes and the buses."
THIRD = "The depot stop is a long walk from the station, which nobody mentions."


def _post(number: int, name: str, body: str, *, above: str = "") -> str:
    """A comment; ``above`` goes between its head and its text (where chains of floors stand)."""
    return (
        f"<div class='comment' id='c{number}'><span class='comment-author'>{name}</span> "
        f"<span class='comment-date'>3 March 2025, 10:{number:02d}</span>{above}"
        f"<div class='comment-text'>{body}</div><a class='reply' href='#'>Reply</a></div>"
    )


def _forum(*posts: tuple[str, str] | tuple[str, str, str]) -> list[tuple[str | None, str, str | None]]:
    """Each comment's author, text and parent's position, of the comments ``posts`` (author, body
    and what stands above the body) make."""
    markup = "".join(
        _post(number, post[0], post[1], above=post[2] if len(post) > 2 else "")
        for number, post in enumerate(posts, 1)
    )
    doc = read(f"<div class='comments'>{markup}</div>")
    positions = {comment.id: position for position, comment in enumerate(doc.comments)}
    return [(c.author, c.text, None if c.parent is None else str(positions[c.parent])) for c in doc.comments]


def test_an_unnamed_quote_box_answers_the_comment_whose_words_it_holds() -> None:
    # the quoted post's author wrote twice: the words, not the name, tell which post is answered
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        ("wheelwright", f"<p>{SECOND}</p>"),
        ("ferrybell", f"<p>{THIRD}</p>"),
        (
            "kestrel_k",
            f"<div class='post-quote'>{FIRST}</div><p>Only on weekdays, the weekend buses still cross at the ford.</p>",
        ),
    )
    assert [parent for _, _, parent in comments] == [None, None, None, "0"]
    assert comments[3][1] == "Only on weekdays, the weekend buses still cross at the ford."


def test_a_quote_of_part_of_a_comment_cut_short_names_it() -> None:
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        ("wheelwright", f"<p>{SECOND}</p>"),
        (
            "kestrel_k",
            "<div class='bbcode-quote'><div class='quote-title'>Zitat (wheelwright, 10:02)</div>"
            "Does anyone know whether the cycle lane …</div><p>It is, the paint went on last week.</p>",
        ),
    )
    assert comments[2][2] == "1"
    assert comments[2][1] == "It is, the paint went on last week."


def test_a_bare_blockquote_is_a_quote_only_when_its_words_are_an_earlier_comments() -> None:
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        (
            "wheelwright",
            f"<blockquote>{FIRST}</blockquote><p>That explains the crowd at the depot this morning.</p>",
        ),
        (
            "kestrel_k",
            "<blockquote>Measure twice and cut once, my grandfather said.</blockquote>"
            "<p>Good advice for the council.</p>",
        ),
    )
    assert comments[1][2] == "0"
    assert comments[1][1] == "That explains the crowd at the depot this morning."
    # the commenter's own set-apart words: kept, and no parent
    assert comments[2][2] is None
    assert "Measure twice" in comments[2][1]


def test_a_chain_of_earlier_comments_stacked_above_a_reply_names_the_latest() -> None:
    floors = (
        "<div class='stack'><div class='stack'><span class='f-head'>ferrybell 1</span>"
        f"<span class='f-text'>{FIRST}</span></div><span class='f-head'>wheelwright 2</span>"
        f"<span class='f-text'>{SECOND}</span></div>"
    )
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        ("wheelwright", f"<p>{SECOND}</p>"),
        ("kestrel_k", f"<p>{REPLY}</p>", floors),
    )
    assert comments[2][2] == "1"
    assert comments[2][1] == REPLY


def test_a_quote_printed_as_text_above_a_rule_line_names_its_comment() -> None:
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        ("wheelwright", f"<p>{SECOND}</p>"),
        ("kestrel_k", f"{FIRST}<br>------------------------<br>Until Friday, says the council."),
    )
    assert comments[2][2] == "0"
    assert comments[2][1] == "Until Friday, says the council."


def test_a_reply_opening_with_an_earlier_comments_words_without_a_rule_names_no_parent() -> None:
    # the words go as a pasted quote (_html_repeats: the repeated-head cut), but without a box or a
    # rule line they say nothing of whom the reply answers
    comments = _forum(
        ("ferrybell", f"<p>{FIRST}</p>"),
        ("wheelwright", f"<p>{SECOND}</p>"),
        ("kestrel_k", f"<p>{FIRST}</p><p>I wrote the same to the council last week.</p>"),
    )
    assert comments[2][2] is None
    assert comments[2][1] == "I wrote the same to the council last week."


def test_quoted_comments_finds_the_latest_earlier_holder_and_leaves_short_lines_alone() -> None:
    texts = [FIRST, SECOND, FIRST, "Yes.\nAgreed with all of it.", "Thanks!\nReally."]
    evidence = [
        None,
        QuoteEvidence(boxes=["Yes."]),  # too short to name anything
        None,
        QuoteEvidence(boxes=[FIRST]),  # two comments hold it: the later one
        QuoteEvidence(loose=["Thanks!"]),
    ]
    quoted, result = quoted_comments(texts, evidence)
    assert quoted == [None, None, None, 2, None]
    assert result == texts  # nothing quoted stayed in the texts


def test_a_repeated_post_is_not_a_quote_of_the_first() -> None:
    texts = [FIRST, FIRST]
    quoted, _ = quoted_comments(texts, [None, QuoteEvidence(loose=[FIRST])])
    assert quoted == [None, None]
