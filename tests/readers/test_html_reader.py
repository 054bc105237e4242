"""The HTML reader: article through trafilatura, comments from each markup family, nothing executable.

Pages here are small and built by hand; the realistic full pages are in tests/pages/html/ and held by
tests/readers/test_pages.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import slant
from slant import NotAPageError, SlantError
from slant.readers._dates import to_iso
from slant.readers._html import read_html_page
from slant.readers._names import normalise_author

ARTICLE = """
<article class="post has-comments">
  <h1>Ferry fares to rise in March</h1>
  <div class="byline"><span class="author">Tom Hale</span></div>
  <div class="entry-content">
    <p>Ferry fares between the mainland and the islands will rise by eight percent in March, the operator said on Friday.</p>
    <p>The operator blamed fuel costs and said islanders would keep their discount cards.</p>
  </div>
</article>
"""


def page(comments: str = "", head: str = "", article: str = ARTICLE) -> str:
    return f"<!DOCTYPE html><html><head><title>Ferry fares to rise in March | Island News</title>{head}</head><body>{article}{comments}</body></html>"


def read(html: str, url: str | None = None) -> object:
    return read_html_page(html, url=url, source="test.html")


def summary(html: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = read_html_page(html, url=None, source="test.html")
    return [(c.id, c.parent, c.author, c.text) for c in doc.comments]


def test_article_title_and_no_comments() -> None:
    doc = read_html_page(page(), url="https://www.islandnews.example/ferry", source="test.html")
    assert doc.title is not None and doc.title.text == "Ferry fares to rise in March"
    assert doc.article.text.startswith("Ferry fares between the mainland")
    assert doc.article.text.endswith("keep their discount cards.")
    assert "\n\n" in doc.article.text  # paragraphs stay apart
    assert doc.comments == ()
    assert doc.outlet == "islandnews.example"
    assert doc.reader == "html"
    assert doc.meta["comment_markup"] is None


def test_outlet_falls_back_to_the_site_name() -> None:
    doc = read_html_page(
        page(head='<meta property="og:site_name" content="Island News">'), url=None, source="test.html"
    )
    assert doc.outlet == "Island News"


WORDPRESS_OLD_THEME = """
<ol class="commentlist">
  <li class="comment even thread-even depth-1" id="li-comment-1">
    <div id="comment-1">
      <div class="comment-author vcard"><cite class="fn">Mary Ann</cite> <span class="says">says:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-1">February 20, 2013 at 11:47 am</a></div>
      <p>First paragraph.</p><p>Second paragraph.</p>
      <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </div>
    <ul class="children">
      <li class="comment odd alt depth-2" id="li-comment-2">
        <div id="comment-2">
          <div class="comment-author vcard"><cite class="fn">Bob .</cite> <span class="says">says:</span></div>
          <div class="comment-meta commentmetadata"><a href="#comment-2">February 21, 2013 at 9:05 pm</a></div>
          <p>A reply.</p>
          <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
        </div>
      </li>
    </ul>
  </li>
  <li class="pingback even thread-odd depth-1" id="li-comment-3">
    <div id="comment-3"><div class="comment-author vcard"><cite class="fn"><a href="https://other.example/">Other blog</a></cite></div><p>[&#8230;] a pingback [&#8230;]</p></div>
  </li>
  <li class="comment odd thread-even depth-1" id="li-comment-4">
    <div id="comment-4">
      <div class="comment-author vcard"><cite class="fn">Anonymous</cite> <span class="says">says:</span></div>
      <div class="comment-meta commentmetadata"><a href="#comment-4">March 1, 2013 at 8:00 am</a></div>
      <p>Third.</p>
    </div>
  </li>
</ol>
"""


def test_wordpress_old_theme_with_replies_and_without_pingbacks() -> None:
    doc = read_html_page(page(WORDPRESS_OLD_THEME), url=None, source="test.html")
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("c1", None, "Mary Ann", "First paragraph.\n\nSecond paragraph."),
        ("c2", "c1", "Bob", "A reply."),
        ("c3", None, "Anonymous", "Third."),
    ]
    assert [c.published for c in doc.comments] == [
        "2013-02-20T11:47:00",
        "2013-02-21T21:05:00",
        "2013-03-01T08:00:00",
    ]
    assert doc.meta["comment_markup"] == "wordpress"
    assert "First paragraph" not in doc.article.text


DISQUS = """
<div id="disqus_thread"><ul id="post-list" class="post-list">
  <li class="post" id="post-1"><div class="post-content"><div class="post-body">
    <header><span class="author"><a href="#">Ann</a></span>
      <a class="time-ago" title="Monday, October 7, 2024 8:14 AM">2 hours ago</a></header>
    <div class="post-message"><p>Top.</p></div></div></div>
    <ul class="children">
      <li class="post" id="post-2"><div class="post-content"><div class="post-body">
        <header><span class="author"><a href="#">Ben</a></span></header>
        <div class="post-message"><p>Reply one.</p></div></div></div>
        <ul class="children"><li class="post" id="post-3"><div class="post-content"><div class="post-body">
          <header><span class="author"><a href="#">Ann</a></span></header>
          <div class="post-message"><p>Reply two.</p></div></div></div></li></ul>
      </li>
    </ul>
  </li>
</ul></div>
"""


def test_disqus_threads_nest() -> None:
    assert summary(page(DISQUS)) == [
        ("c1", None, "Ann", "Top."),
        ("c2", "c1", "Ben", "Reply one."),
        ("c3", "c2", "Ann", "Reply two."),
    ]


MICRODATA = """
<div id="comments">
  <div itemprop="comment" itemscope itemtype="http://schema.org/Comment">
    <span itemprop="author">plain name</span>
    <meta itemprop="dateCreated" content="2023-11-02T09:41:00Z">
    <div itemprop="text">Outer.</div>
    <div itemprop="comment" itemscope itemtype="http://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nested Name</span></span>
      <div itemprop="text">Inner.</div>
    </div>
  </div>
</div>
"""


def test_microdata_comments_with_nested_replies() -> None:
    doc = read_html_page(page(MICRODATA), url=None, source="test.html")
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("c1", None, "plain name", "Outer."),
        ("c2", "c1", "Nested Name", "Inner."),
    ]
    assert doc.comments[0].published == "2023-11-02T09:41:00+00:00"


def jsonld(data: object) -> str:
    # as sites write it: "</" escaped, so a "</script>" inside a string does not end the block
    return '<script type="application/ld+json">' + json.dumps(data).replace("</", "<\\/") + "</script>"


def test_jsonld_comments_in_a_graph_with_parent_items_and_html_text() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "x"},
            {
                "@type": "NewsArticle",
                "headline": "Ferry fares to rise in March",
                "comment": [
                    {
                        "@type": "Comment",
                        "@id": "#a",
                        "author": {"name": "Ann"},
                        "text": "<p>One <b>bold</b></p><script>alert(1)</script>",
                    },
                    {
                        "@type": "Comment",
                        "@id": "#b",
                        "author": "Ben",
                        "text": "Two",
                        "parentItem": {"@id": "#a"},
                    },
                    {
                        "@type": ["Comment"],
                        "author": [{"name": "Cy"}],
                        "text": "Three",
                        "datePublished": "2024-01-02",
                    },
                ],
            },
        ],
    }
    html = page(head=jsonld(graph) + '<script type="application/ld+json">{not json</script>')
    assert summary(html) == [
        ("c1", None, "Ann", "One bold"),
        ("c2", "c1", "Ben", "Two"),
        ("c3", None, "Cy", "Three"),
    ]


def test_markup_wins_over_jsonld_duplicates() -> None:
    duplicate = {"@type": "NewsArticle", "comment": [{"@type": "Comment", "author": "Ann", "text": "Top."}]}
    doc = read_html_page(page(DISQUS, head=jsonld(duplicate)), url=None, source="test.html")
    assert doc.meta["comment_markup"] == "disqus"
    assert len(doc.comments) == 3


GENERIC = """
<div class="comments-wrapper" id="comments">
  <h3 class="comments-count">2 comments</h3>
  <div class="comment" id="c-1">
    <div class="comment-head"><span class="username">Ann</span> <span class="comment-date">05.09.2024 14:22</span></div>
    <div class="comment-body">Top level<br>second line</div>
    <div class="comment-footer"><a>Reply</a> <a>Like</a></div>
    <div class="replies">
      <div class="comment" id="c-2">
        <div class="comment-head"><span class="username">Ben</span></div>
        <div class="comment-body">A reply.</div>
      </div>
    </div>
  </div>
</div>
"""


def test_generic_comment_markup() -> None:
    doc = read_html_page(page(GENERIC), url=None, source="test.html")
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("c1", None, "Ann", "Top level\nsecond line"),
        ("c2", "c1", "Ben", "A reply."),
    ]
    assert doc.comments[0].published == "2024-09-05T14:22:00"
    assert doc.meta["comment_markup"] == "generic"
    # the article wrapper "post has-comments", with its byline, is not a comment
    assert doc.article.text.startswith("Ferry fares between the mainland")


def test_scripts_and_event_handlers_never_become_text() -> None:
    hostile = """
    <script>alert('head')</script>
    <ol class="comment-list"><li class="comment"><article class="comment-body">
      <div class="comment-author"><b class="fn" onmouseover="alert('name')">Eve</b></div>
      <div class="comment-content"><p>Hi<script>alert('comment')</script><img src=x onerror="alert('img')"> there</p>
      <style>p { color: red }</style><noscript>enable js</noscript><iframe srcdoc="<p>framed</p>"></iframe></div>
    </article></li></ol>
    """
    article = ARTICLE.replace(
        "<p>The operator", "<script>alert('article')</script><p onclick=\"alert('p')\">The operator"
    )
    doc = read_html_page(page(hostile, article=article), url=None, source="test.html")
    for part in doc.parts:
        assert "alert" not in part.text, part
        assert "color: red" not in part.text
        assert "enable js" not in part.text
    assert doc.comments[0].text == "Hi there"


def test_a_page_without_article_text_is_not_a_page() -> None:
    html = "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(
        NotAPageError, match=r"test\.html has no article text that slant can find \(only 'Home' outside"
    ):
        read_html_page(html, url=None, source="test.html")


def test_an_xml_declaration_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + page()
    doc = read_html_page(html, url=None, source="test.html")
    assert doc.article.text.startswith("Ferry fares between")


def test_a_headline_in_h2_under_a_site_name_in_h1() -> None:
    html = (
        "<html><head><title>Ferry fares to rise in March &laquo; Island News</title></head><body>"
        "<div id='header'><h1><a href='/'>Island News</a></h1></div><div class='post'><h2>Ferry fares to rise in March</h2>"
        "<div class='entry'><p>Ferry fares between the mainland and the islands will rise by eight percent in March.</p>"
        "<p>The operator blamed fuel costs and said islanders would keep their discount cards.</p></div></div></body></html>"
    )
    doc = read_html_page(html, url=None, source="test.html")
    assert doc.title is not None and doc.title.text == "Ferry fares to rise in March"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14T19:12:44+00:00", "2024-03-14T19:12:44+00:00"),
        ("2024-03-14T19:12:44Z", "2024-03-14T19:12:44+00:00"),
        ("2024-03-14", "2024-03-14"),
        ("March 14, 2024 at 7:12 pm", "2024-03-14T19:12:00"),
        ("Monday, October 7, 2024 8:14 AM", "2024-10-07T08:14:00"),
        ("2 Nov 2023, 09:41", "2023-11-02T09:41:00"),
        ("12 мая 2024, 10:15", "2024-05-12T10:15:00"),
        ("05.09.2024 14:22", "2024-09-05T14:22:00"),
        ("3 hours ago", None),
        ("2024-02-30", None),
        ("", None),
    ],
)
def test_comment_dates(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("northerntruthseeker .", "northerntruthseeker"),
        ("  Jenna   Whitfield  says:", "Jenna Whitfield"),
        ("Shelly K.", "Shelly K."),
        ("@jim", "jim"),
        ("   ", None),
        (None, None),
    ],
)
def test_author_names_are_normalised(name: str | None, expected: str | None) -> None:
    assert normalise_author(name) == expected


def test_reading_modules_import_trafilatura_only_when_a_page_is_read() -> None:
    code = (
        "import sys, slant, slant.readers._html, slant.readers._json, slant.readers._fetch\n"
        "from slant._cli import build_parser\n"
        "build_parser()\n"
        "print('trafilatura' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_an_opinion_piece_called_comment_is_the_article_not_a_comment() -> None:
    html = (
        "<html><body><div class='comment-piece' id='comment-main'><h2>Why the library matters</h2>"
        "<span class='author-name'>Jo Byline</span><div class='comment-text'>"
        + "<p>Libraries are the last public rooms where nobody asks you to buy anything.</p>" * 6
        + "</div></div></body></html>"
    )
    doc = read_html_page(html, url=None, source="test.html")
    assert doc.comments == ()
    assert doc.article.text.startswith("Libraries are the last public rooms")


TAGS = ["p", "div", "li", "ol", "ul", "span", "b", "br", "script", "article", "time", "h1", "h2", "section"]
CLASSES = ["comment", "comment-list", "commentlist", "children", "fn", "comment-author", "comment-content",
           "post", "post-list", "author", "post-message", "replies", "username", "comment-body", ""]  # fmt: skip


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    """Random, often broken, markup built from the pieces the comment extractors look for."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.builds(
                    lambda tag, cls, attr: f'<{tag} class="{cls}" {attr}>',
                    st.sampled_from(TAGS),
                    st.sampled_from(CLASSES),
                    st.sampled_from(
                        [
                            "",
                            'itemprop="comment" itemscope itemtype="https://schema.org/Comment"',
                            'itemprop="author"',
                            'itemprop="text"',
                            'datetime="2024-01-02T03:04:05Z"',
                            'id="disqus_thread"',
                        ]
                    ),
                ),
                st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)),
                st.text(min_size=0, max_size=30),
                st.just(
                    '<script type="application/ld+json">{"@type": "Comment", "text": "x", "comment": [1, {}]}</script>'
                ),
            ),
            max_size=60,
        )
    )
    return "".join(pieces)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup())
def test_any_markup_gives_a_document_or_a_slant_error(markup: str) -> None:
    try:
        doc = read_html_page(markup, url=None, source="fuzz.html")
    except SlantError:
        return
    ids = [c.id for c in doc.comments]
    assert ids == [f"c{n}" for n in range(1, len(ids) + 1)]
    for comment in doc.comments:
        assert comment.parent is None or ids.index(comment.parent) < ids.index(comment.id)


def wordpress_thread(number: int, depth: int) -> str:
    """Comment ``number`` with ``depth`` - 1 replies nested under it, one per level."""
    reply = f'<ol class="children">{wordpress_thread(number + 1, depth - 1)}</ol>' if depth > 1 else ""
    return (
        f'<li id="comment-{number}" class="comment depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {number}</b>'
        f'<span class="says">says:</span></div><div class="comment-metadata"><time datetime="2024-03-14T19:00:00+00:00">'
        f'March 14</time></div></footer><div class="comment-content"><p>Comment {number}.</p></div>'
        f'<div class="reply"><a class="comment-reply-link">Reply</a></div></article>{reply}</li>'
    )


def test_hundreds_of_threaded_comments_keep_order_and_parents() -> None:
    threads = "".join(wordpress_thread(start, 4) for start in range(0, 400, 4))
    doc = read_html_page(page(f'<ol class="comment-list">{threads}</ol>'), url=None, source="test.html")
    assert len(doc.comments) == 400
    for position, comment in enumerate(doc.comments):
        assert comment.text == f"Comment {position}."
        assert comment.author == f"Reader {position}"
        assert comment.parent == (None if position % 4 == 0 else f"c{position}")  # c<n> is 1-based


def test_comment_text_keeps_emoji_and_drops_controls_and_hidden_parts() -> None:
    markup = """
    <ol class="comment-list"><li class="comment"><article class="comment-body">
      <div class="comment-author"><b class="fn">Zoe</b></div>
      <div class="comment-content"><p>Finally <img draggable="false" role="img" class="emoji" alt="😡" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f621.svg"> enough.</p>
      <span class="screen-reader-text" hidden>Comment by Zoe</span><span style="display: none">tracking</span>
      <span aria-hidden="true">•</span><button type="button">Show more</button></div>
    </article></li></ol>
    """
    doc = read_html_page(page(markup), url=None, source="test.html")
    assert doc.comments[0].text == "Finally 😡 enough."


def test_a_short_article_in_a_comment_named_wrapper_beside_a_long_sidebar() -> None:
    sidebar = (
        "<aside><ul>"
        + "".join(
            f"<li><a href='/{n}'>Another story with a long headline number {n}</a></li>" for n in range(60)
        )
        + "</ul></aside>"
    )
    article = (
        "<div class='post comments-open'><h1>Ferry fares to rise in March</h1><div class='entry'>"
        "<p>Ferry fares between the mainland and the islands will rise by eight percent in March, the operator said.</p>"
        "</div></div>"
    )
    doc = read_html_page(f"<html><body>{article}{sidebar}</body></html>", url=None, source="test.html")
    assert doc.article.text.startswith("Ferry fares between the mainland")


def test_a_comment_named_article_wrapper_is_not_cut_when_the_sidebar_has_prose() -> None:
    sidebar = (
        "<div class='sidebar'>"
        + "<p>Our newsletter brings the island's news to your inbox every morning at seven.</p>" * 30
        + "</div>"
    )
    article = (
        "<div class='post comments-open'><h1>Ferry fares to rise in March</h1><div class='entry'>"
        "<p>Ferry fares between the mainland and the islands will rise by eight percent in March, the operator said.</p>"
        "</div></div>"
    )
    doc = read_html_page(f"<html><body>{article}{sidebar}</body></html>", url=None, source="test.html")
    assert doc.article.text.startswith("Ferry fares between the mainland")


def test_a_saved_page_names_its_own_url_and_language() -> None:
    head = '<link rel="canonical" href="https://www.islandnews.example/2024/ferry-fares">'
    html = page(head=head).replace("<html>", '<html lang="en-GB">')
    doc = read_html_page(html, url=None, source="saved.html")
    assert doc.url == "https://www.islandnews.example/2024/ferry-fares"
    assert doc.outlet == "islandnews.example"
    assert doc.meta["lang"] == "en-GB"
    fetched = read_html_page(html, url="https://mirror.example.net/copy", source="x")
    assert fetched.url == "https://mirror.example.net/copy"  # the address it was fetched from wins
    assert fetched.outlet == "mirror.example.net"
    assert fetched.meta["canonical_url"] == "https://www.islandnews.example/2024/ferry-fares"


def test_terminal_control_characters_never_reach_the_text() -> None:
    markup = GENERIC.replace("Top level", "Top\x1b[2J level\x9b31m")
    doc = read_html_page(page(markup), url=None, source="test.html")
    assert doc.comments[0].text == "Top level\nsecond line"


def test_a_text_dump_saved_under_an_html_name_is_read_as_text(tmp_path: Path, example_page: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(example_page.read_bytes())
    doc = slant.read(saved)
    assert doc.reader == "text"
    assert doc.comments  # the text reader found the thread that an HTML reading would have lost


@pytest.mark.parametrize("depth", [900, 100_000])
def test_json_ld_nested_too_deeply_is_ignored(depth: int) -> None:
    head = '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"
    doc = read_html_page(page(head=head), url=None, source="test.html")
    assert doc.comments == ()
    assert doc.article.text.startswith("Ferry fares between")


def test_a_disqus_thread_saved_in_an_iframe_srcdoc() -> None:
    # SingleFile and similar tools keep a frame's document in srcdoc, HTML-escaped
    import html as html_module

    frame_document = "<html><head><script>alert('frame')</script></head><body>" + DISQUS + "</body></html>"
    frame = f'<div id="disqus_thread"><iframe id="dsq-app1" title="Disqus" srcdoc="{html_module.escape(frame_document)}"></iframe></div>'
    doc = read_html_page(page(frame), url=None, source="test.html")
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("c1", None, "Ann", "Top."),
        ("c2", "c1", "Ben", "Reply one."),
        ("c3", "c2", "Ann", "Reply two."),
    ]
    assert all("alert" not in part.text for part in doc.parts)
    assert "Top." not in doc.article.text


@pytest.mark.issue(12)
def test_an_article_under_deep_nesting_is_still_read() -> None:
    # Before: libxml2 dropped everything after 256 nested elements, so this page read as no article.
    article = "<p>" + "The council met on Monday and voted to repair the old bridge. " * 20 + "</p>"
    depth = 1000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "x"
        + "</div>" * depth
        + f"<article><h1>Bridge vote</h1>{article}</article></body></html>"
    )
    doc = read_html_page(html, url=None, source="<test>")
    assert doc.article.text.startswith("The council met on Monday")
