"""Issue 12: the analysis budget bounds what the annotators get, and every view says what it left out."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

from slant import ReadLimits
from slant._document import Document, Part
from slant.readers import read_bytes
from slant.readers._budget import COMMENTS_LEFT_UNREAD, within_budget
from slant.readers._html import read_html_page
from slant.reports import render_html, render_summary, to_dict

pytestmark = pytest.mark.issue(12)

SENTENCE = "The council met on Monday and voted to repair the old bridge. "


def _page(article: str, comments: list[str]) -> Document:
    return Document(
        article=Part(article, kind="article", id="article"),
        comments=[
            Part(text, kind="comment", id=f"c{i}", parent=f"c{i - 1}" if i % 2 else None)
            for i, text in enumerate(comments)
        ],
        source="<test>",
    )


def test_a_page_within_the_budget_is_left_as_it_is() -> None:
    doc = _page(SENTENCE * 3, ["fine", "also fine"])
    assert within_budget(doc, ReadLimits()) is doc
    assert "truncated" not in doc.meta


def test_a_long_article_is_cut_at_a_word_boundary() -> None:
    doc = within_budget(_page(SENTENCE * 100, []), ReadLimits(max_part_chars=1000))
    assert len(doc.article.text) <= 1000
    assert (SENTENCE * 100).startswith(doc.article.text)
    assert (SENTENCE * 100)[len(doc.article.text)] == " "  # the cut falls between words
    truncated = doc.meta["truncated"]
    assert truncated["article_chars"] == len(SENTENCE * 100)
    assert truncated["article_chars_analysed"] == len(doc.article.text)


def test_comments_past_the_count_are_left_out_and_replies_keep_their_parents() -> None:
    doc = within_budget(_page(SENTENCE, [f"comment {i}" for i in range(50)]), ReadLimits(max_comments=7))
    assert [c.id for c in doc.comments] == [f"c{i}" for i in range(7)]
    assert doc.comments[5].parent == "c4"
    assert doc.meta["truncated"]["comments"] == 50
    assert doc.meta["truncated"]["comments_analysed"] == 7


def test_the_page_budget_leaves_out_later_comments_and_cuts_long_ones() -> None:
    comments = ["short", "x " * 400, "short again", "y " * 10_000]
    limits = ReadLimits(max_part_chars=500, max_analysed_chars=len(SENTENCE) + 510)
    doc = within_budget(_page(SENTENCE, comments), limits)
    assert [c.id for c in doc.comments] == ["c0", "c1"]
    assert len(doc.comments[1].text) <= 500
    assert doc.meta["truncated"]["comments_shortened"] == 1


def test_every_view_says_what_was_left_out() -> None:
    data = json.dumps({"text": SENTENCE * 20, "comments": [f"comment {i}" for i in range(30)]}).encode()
    doc = read_bytes(data, limits=ReadLimits(max_comments=10))
    assert doc.meta["truncated"]["comments_analysed"] == 10
    assert "the first 10 of 30 comments" in render_summary(doc, width=200)
    assert "the first 10 of 30 comments" in render_html(doc)
    assert to_dict(doc)["meta"]["truncated"]["comments"] == 30


@pytest.mark.parametrize("name", ["max_part_chars", "max_comments", "max_analysed_chars"])
def test_budget_limits_must_be_positive(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        ReadLimits(**{name: 0})


_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    import slant
    shape = sys.argv[1]
    if shape == "words":
        data = ("Headline\\n\\n" + "a " * 1_000_000).encode()  # 2 MB
    else:
        comments = [{"id": f"c{i}", "text": f"ok {i}"} for i in range(50_000)]
        data = json.dumps({"text": "The council met. " * 40, "comments": comments}).encode()
    start = time.process_time()
    slant.analyze(data)

    def peak_mb():
        # VmHWM is this program's own peak; ru_maxrss survives exec, so it can report the peak of the
        # (large) test process this child was forked from
        try:
            with open("/proc/self/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(json.dumps({"cpu_s": time.process_time() - start, "peak_mb": peak_mb()}))
    """
)


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("shape", ["words", "tiny_comments"])
def test_large_ordinary_pages_cost_bounded_time_and_memory(shape: str) -> None:
    # Before: 2 MB of "a " peaked at 3.5 GB; 50,000 tiny comments took 23 s. The budget analyses
    # 100,000 characters of the article and the first 10,000 comments.
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, shape], capture_output=True, text=True, timeout=120, check=True
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["peak_mb"] < 1000
    assert figures["cpu_s"] < 10


def test_the_json_reader_stops_at_the_comment_budget_and_counts_the_rest() -> None:
    data = json.dumps({"text": SENTENCE * 5, "comments": [f"comment {i}" for i in range(12)]}).encode()
    doc = read_bytes(data, limits=ReadLimits(max_comments=5))
    assert len(doc.comments) == 5
    assert doc.meta["truncated"]["comments"] == 12
    assert "comments_left_unread" not in doc.meta


def _wordpress_page(count: int) -> bytes:
    # every third comment a reply to the one before it, nested in its list, as WordPress draws them
    items = []
    for i in range(count):
        reply = "<ol class='children'>" if i % 3 == 1 else ""
        items.append(
            f"{reply}<li class='comment' id='comment-{i}'><article class='comment-body'>"
            f"<div class='comment-author vcard'><b class='fn'>Reader {i}</b></div>"
            f"<div class='comment-content'><p>Comment {i}: the council should have asked us first.</p></div>"
            f"</article></li>{'</ol>' if i % 3 == 2 else ''}"
        )
    return (
        f"<html><body><h1>Bridge</h1><p>{SENTENCE * 5}</p><ol class='comment-list'>{''.join(items)}</ol>"
        "<p>Footer of the site.</p></body></html>"
    ).encode()


def _shaped_page(count: int) -> bytes:
    # markup no family knows by name: the shape finder's
    items = "".join(
        f"<div class='talk-item'><a href='/people/u{i}'>User {i}</a>"
        f"<time datetime='2024-05-02T10:00:00Z'>2 May</time>"
        f"<p>Some words of comment {i} about the bridge here.</p><a href='#'>Reply</a></div>"
        for i in range(count)
    )
    return (
        f"<html><body><h1>Bridge</h1><p>{SENTENCE * 5}</p><section>{items}</section></body></html>".encode()
    )


@pytest.mark.issue(14)
@pytest.mark.parametrize("make", [_wordpress_page, _shaped_page])
def test_the_html_reader_stops_at_the_comment_budget_and_counts_the_rest(
    make: Callable[[int], bytes],
) -> None:
    data = make(12)
    whole = read_bytes(data, format="html")
    cut = read_bytes(data, format="html", limits=ReadLimits(max_comments=5))
    assert len(whole.comments) == 12
    # the comments read are those the budget keeps of the whole reading, field by field
    assert [(c.text, c.author, c.parent, c.published) for c in cut.comments] == [
        (c.text, c.author, c.parent, c.published) for c in whole.comments[:5]
    ]
    assert cut.article.text == whole.article.text
    assert cut.meta["truncated"]["comments"] == 12
    assert "comments_left_unread" not in cut.meta


@pytest.mark.issue(14)
@pytest.mark.parametrize("make", [_wordpress_page, _shaped_page])
def test_the_html_reader_reads_no_further_than_the_cap(make: Callable[[int], bytes]) -> None:
    html = make(12).decode()
    doc = read_html_page(html, url=None, source="<test>", max_comments=5)
    assert len(doc.comments) == 5
    assert doc.meta[COMMENTS_LEFT_UNREAD] == 7
    # a page within the cap is read whole and says nothing of it
    whole = read_html_page(html, url=None, source="<test>", max_comments=12)
    assert len(whole.comments) == 12
    assert COMMENTS_LEFT_UNREAD not in whole.meta
