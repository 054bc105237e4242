"""One word list per fact, and the leftovers of session 10 (issue 14, session 11): each rule that
reads a kind of word (speech verbs, "in reply to" words, badge class words, comment numbers, join
labels) reads the one list in ``_comment_words`` or ``_html_fields``; and the mechanisms behind the
pages session 10 left (a year-first date with dots, a registration date in a profile box, a headline
in a lower heading, "Comment N" numbers). Each on a hand-made page or line; see
docs/bench-readers-html.md, "Session 11: one list per fact, leftovers"."""

from __future__ import annotations

import lxml.html
import pytest
from bridge_page import read, rows

from slant.readers._comment_words import SAID_WORDS
from slant.readers._dates import to_iso
from slant.readers._html import read_html_page
from slant.readers._html_author_signs import is_badge, name_text
from slant.readers._html_fields import joined_dates, tidy_author, tidy_text
from slant.readers._names import normalise_author
from slant.readers._text_lines import LineKind, classify

pytestmark = pytest.mark.issue(14)


# --- speech verbs: one list, read by the name's tail, the header's tail and the text reader -------


@pytest.mark.parametrize(
    "verb", ["says", "wrote", "a dit", "a écrit", "schrieb", "escribió", "пишет", "написала"]
)
def test_a_speech_verb_after_a_name_is_no_part_of_it_in_every_reader(verb: str) -> None:
    assert tidy_author(f"Nathalie Roux {verb} :") == "Nathalie Roux"
    assert normalise_author(f"nathalie {verb}") == "nathalie"
    kind, header = classify(f"Nathalie Roux {verb}:")
    assert kind is LineKind.HEADER and header is not None and header.author == "Nathalie Roux"


def test_the_one_word_verbs_include_their_endings() -> None:
    # "написал[аи]?" in the list: each ending is a word a name's last word is tested against
    assert {"написал", "написала", "написали", "пишет", "dijo", "says"} <= SAID_WORDS


def test_a_verb_that_opens_a_sentence_needs_its_colon_to_be_a_header() -> None:
    # "Dice que…" is Spanish for "he says that…": the commenter's words, not a header's verb
    assert tidy_text("Ana dice que el puente ya está abierto.", author="Ana").text.startswith("Ana dice que")
    assert (
        tidy_text("Ana dice: el puente ya está abierto.", author="Ana").text == "el puente ya está abierto."
    )


# --- "in reply to": one list, for the HTML reply lines and the text reader's --------------------


@pytest.mark.parametrize(
    "marker", ["replied to", "In reply to", "In response to", "Antwort an", "En respuesta a", "в ответ на"]
)
def test_a_reply_line_names_the_comment_answered_in_both_readers(marker: str) -> None:
    assert (
        tidy_text(f"{marker} Rohan Mehta\nAn hour on a good day.", author=None).reply_to_name == "Rohan Mehta"
    )
    kind, header = classify(f"{marker} Rohan Mehta")
    assert kind is LineKind.REPLY_TO and header is not None and header.reply_to == "Rohan Mehta"


def test_a_reply_note_of_another_form_gives_the_parent_on_a_page() -> None:
    # Vuukle's "replied to X" line above the reply (the text reader's words, now the HTML reader's too)
    def comment(number: int, name: str, text: str, note: str = "") -> str:
        return (
            f"<div class='v-comment' data-id='{number}'><div class='v-comment__header'>"
            f"<span class='v-comment__meta'>{name} • {number}h ago</span></div>{note}"
            f"<div class='v-comment__text'>{text}</div></div>"
        )

    doc = read(
        "<div class='v-comments'>"
        + comment(1, "Rohan Mehta", "How long is the commute across it now, does anyone know?")
        + comment(
            2, "Lakshmi V", "An hour on a good day, more when it rains.", "<div>replied to Rohan Mehta</div>"
        )
        + comment(3, "Carl Osei", "The buses are back at least, which is something.")
        + "</div>"
    )
    assert [(author, parent) for author, _, parent in rows(doc)] == [
        ("Rohan Mehta", None),
        ("Lakshmi V", doc.comments[0].id),
        ("Carl Osei", None),
    ]


# --- badge class words: one list, with the two places where a word means something else ----------


def _element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


def test_a_mark_inside_a_name_element_is_no_part_of_the_name() -> None:
    for mark in ("author-badge", "role-label", "user-flair", "ast-highlight-text", "guest"):
        element = _element(f"<span class='name'><b>小雨点</b> <span class='{mark}'>[游客]</span></span>")
        assert is_badge(element[1])
        assert name_text(element) == "小雨点"


def test_a_fediverse_server_inside_the_name_element_is_part_of_the_account() -> None:
    element = _element(
        "<a class='user-name'><span>rowanbyte</span><span class='user-instance'>@lemmy.example</span></a>"
    )
    assert not is_badge(element[1])
    assert tidy_author(name_text(element)) == "rowanbyte@lemmy.example"  # (the markup's space goes)


def test_a_guest_class_on_a_whole_comment_is_no_badge() -> None:
    # JComments' "comment-box usertype-guest": the kind of writer, and the comment is still read
    def comment(name: str, text: str) -> str:
        return (
            "<div class='comment-box usertype-guest'><span class='comment-author'>"
            f"{name}</span><span class='comment-date'>02.06.2025 10:41</span>"
            f"<div class='comment-body'>{text}</div></div>"
        )

    doc = read(
        "<div class='comments-list'>"
        + comment("Marina", "Finally the buses are back, we waited so long for it.")
        + comment("Oleg", "Two years is a long time for one bridge, but good work.")
        + "</div>"
    )
    assert [author for author, _, _ in rows(doc)] == ["Marina", "Oleg"]


# --- comment numbers: "Comment 2" is a printed number as "#2" is --------------------------------


def _bug_comment(number: int, name: str, text: str, *, label: str | None = None) -> str:
    return (
        f"<div class='bz_comment' id='c{number}'><div class='bz_comment_head'>"
        f"<span class='bz_comment_number'><a href='#c{number}'>{label or f'Comment {number}'}</a></span>"
        f"<span class='bz_comment_user'><span class='vcard'><span class='fn'>{name}</span></span></span>"
        f"<span class='bz_comment_time'>2025-03-0{number + 1} 10:21:33 UTC</span></div>"
        f"<pre class='bz_comment_text'>{text}</pre></div>"
    )


def test_a_reply_note_names_the_comment_by_the_number_the_page_prints() -> None:
    # Bugzilla: "Description" is comment 0 (the article), "Comment 1" the first comment; a reply
    # says "(In reply to X from comment #1)"
    page = (
        "<html><head><title>Bug 2231 - Export drops rows</title></head><body><h1>Bug 2231 - Export drops rows</h1>"
        "<div class='bz_comment_table'>"
        + _bug_comment(
            0,
            "Nadia Forsythe",
            "Steps to reproduce: export a list with an empty note. " * 6,
            label="Description",
        )
        + _bug_comment(1, "Owen Pritchard", "Confirmed on the nightly build, the last row goes missing.")
        + _bug_comment(
            2,
            "Nadia Forsythe",
            "(In reply to Owen Pritchard from comment #1)\n&gt; Confirmed\n\nOnly the last one?",
        )
        + _bug_comment(
            3, "Owen Pritchard", "(In reply to Nadia Forsythe from comment #2)\nOnly the last one."
        )
        + "</div></body></html>"
    )
    doc = read_html_page(page, url=None, source="<test>")
    by_id = {comment.id: comment.author for comment in doc.comments}
    assert [(c.author, by_id.get(c.parent or "")) for c in doc.comments] == [
        ("Owen Pritchard", None),
        ("Nadia Forsythe", "Owen Pritchard"),
        ("Owen Pritchard", "Nadia Forsythe"),
    ]


# --- leftovers: dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025.03.03 10:21", "2025-03-03T10:21:00"),
        ("2025.03.03", "2025-03-03"),
        ("2025. 3. 3.", "2025-03-03"),
    ],
)
def test_a_year_first_date_with_dots_is_a_date(text: str, iso: str) -> None:
    assert to_iso(text) == iso


@pytest.mark.parametrize("text", ["v2020.13.01", "2025.03.41"])
def test_a_dotted_number_that_is_no_day_is_no_date(text: str) -> None:
    assert to_iso(text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("UID 300 注册日期2019-04-12 发帖数 312", {"2019-04-12"}),
        ("Joined: Mar 3, 2019 Posts: 12", {"2019-03-03"}),
        ("Mitglied seit 12.03.2019", {"2019-03-12"}),
        ("Posted 12.03.2019", set()),
    ],
)
def test_a_date_labelled_a_registration_is_known_as_one(text: str, days: set[str]) -> None:
    assert joined_dates(text) == days


def _forum_post(number: int, name: str, joined: str, posted: str, text: str) -> str:
    # phpwind: a profile box (with the date the poster joined) beside each post
    return (
        f"<tr class='floor'><td class='floor_left'><div class='user'><a class='name'>{name}</a></div>"
        f"<ul class='cc integral'><li><em>UID</em><span>{300 + number}</span></li>"
        f"<li><em>注册日期</em><span>{joined}</span></li></ul></td>"
        f"<td class='floor_right'><div class='floor_top_tips'><span class='lou'>{number}楼</span>"
        f"<span class='fl'>发布于：{posted}</span></div><div class='editor_content'>{text}</div></td></tr>"
    )


def test_the_date_a_commenter_joined_is_no_date_of_the_comment() -> None:
    doc = read(
        "<table class='replies'>"
        + _forum_post(
            1,
            "老周装修",
            "2019-05-12",
            "2025-03-03 09:30",
            "淋浴区一定要刷到一米八以上，其他墙面三十公分可以。",
        )
        + _forum_post(
            2,
            "水电工老李",
            "2019-06-12",
            "2025-03-03 11:02",
            "墙角和管道根部用柔性的，关键是阴角要加网格布。",
        )
        + _forum_post(
            3, "小雨家", "2019-07-12", "2025-03-03 15:47", "我家去年只刷了三十公分，现在隔壁卧室墙根发霉了。"
        )
        + "</table>"
    )
    assert [comment.published for comment in doc.comments] == [
        "2025-03-03T09:30:00",
        "2025-03-03T11:02:00",
        "2025-03-03T15:47:00",
    ]


# --- leftovers: a headline in a lower heading ----------------------------------------------------

_ENTRY = "<p>February on the allotment is mostly mud and planning, and the bindweed is back again.</p>" * 4


def _journal(heading: str, title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='entry'><div class='header'>"
        f"<h3 class='entry-title'>{heading}</h3><div class='datetime'><span class='date'>Mar. 3rd, 2025 08:10 am"
        f"</span></div></div><div class='entry-content'>{_ENTRY}</div></div></body></html>"
    )


def test_a_page_with_no_h1_has_its_dateline_under_the_heading_its_title_repeats() -> None:
    doc = read_html_page(
        _journal("The allotment in February", "The allotment in February | larkspur_lane"),
        url=None,
        source="<test>",
    )
    assert doc.article.published == "2025-03-03"


def test_a_heading_the_title_does_not_repeat_is_no_headline() -> None:
    doc = read_html_page(
        _journal("Recent entries", "The allotment in February | larkspur_lane"), url=None, source="<test>"
    )
    assert doc.article.published is None


# --- leftovers: "Name said: text" lines among other notes ----------------------------------------


def _note(name: str, what: str) -> str:
    return (
        f"<li class='note'><a class='avatar' href='https://{name}.example/'><img src='a.png' alt=''></a>"
        f"<span class='action'><a href='https://{name}.example/' class='who'>{name}</a> {what}</span></li>"
    )


def test_said_lines_among_other_notes_are_the_comments() -> None:
    # Tumblr's notes: likes and reblogs between the replies, no time, no comment names
    doc = read(
        "<ol class='notes'>"
        + _note("knitwitch", "likes this")
        + _note("woolgatherer", "said: <span>the new railings look great from the river path</span>")
        + _note("heeltoe", "reblogged this from <a href='/'>bridgewatch</a>")
        + _note("patchworkpete", "said: <span>I did not know the old one was that narrow.</span>")
        + _note("bridgewatch", "said: <span>@patchworkpete only two metres, buses had to wait</span>")
        + "</ol>"
    )
    assert rows(doc) == [
        ("woolgatherer", "the new railings look great from the river path", None),
        ("patchworkpete", "I did not know the old one was that narrow.", None),
        ("bridgewatch", "@patchworkpete only two metres, buses had to wait", doc.comments[1].id),
    ]
    assert doc.meta["comment_markup"] == "said"


def test_one_said_line_is_no_discussion() -> None:
    doc = read(
        "<ul>" + _note("knitwitch", "likes this") + _note("woolgatherer", "said: <span>nice</span>") + "</ul>"
    )
    assert not doc.comments


# --- leftovers: a text box in custom elements ----------------------------------------------------


def test_the_first_line_of_a_text_box_in_custom_elements_is_read() -> None:
    # a video page's description: lines split by <br> in a span inside web components
    lines = (
        "Every bridge has one weak joint, and this one had two of them by the end.",
        "The trick most people miss is cleaning out the old mortar before anything else is done.",
        "Tools used: a chisel, a wire brush, a trowel and a bucket of lime mortar for the repair.",
    )
    page = (
        "<html><head><title>Repointing the old bridge | Videos</title></head><body><ytd-app><div id='content'>"
        "<ytd-watch-metadata><div id='title'><h1><yt-formatted-string>Repointing the old bridge"
        "</yt-formatted-string></h1></div><div id='top-row'><div id='owner'><ytd-video-owner-renderer>"
        "<a href='/@masonmia'><yt-formatted-string id='text'>Mason Mia</yt-formatted-string></a>"
        "</ytd-video-owner-renderer><button>Subscribe</button></div></div>"
        "<div id='description'><div id='info-container'><yt-formatted-string id='info'><span>31K views</span> "
        "<span>Feb 11, 2025</span></yt-formatted-string></div><ytd-text-inline-expander id='expander'>"
        "<yt-attributed-string><span class='pre-wrap'>"
        + "<br />\n".join(lines)
        + "</span></yt-attributed-string><tp-yt-paper-button id='collapse'>Show less</tp-yt-paper-button>"
        "</ytd-text-inline-expander></div></ytd-watch-metadata></div></ytd-app></body></html>"
    )
    doc = read_html_page(page, url=None, source="<test>")
    assert doc.article.text.startswith(lines[0])
