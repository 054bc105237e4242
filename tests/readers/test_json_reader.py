"""The JSON reader: structured pages, slant's own analyses read back, and one-line errors for bad JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slant
from slant import InputError, NotAPageError, SlantError
from slant.readers._json import read_json_page

BODY = "The council voted to close the branch library at the end of June, ending sixty years of service."


def read(data: Any) -> slant.Document:
    return read_json_page(json.dumps(data), source="page.json", url=None)


def test_a_page_with_ids_parents_by_id_and_by_index() -> None:
    doc = read(
        {
            "title": "Library to close",
            "text": BODY,
            "url": "https://www.ledger.example/library",
            "published": "2024-03-14T18:05:00Z",
            "author": "Martin Greene",
            "comments": [
                {"id": "a1", "author": "Jenna", "text": "Sad day.", "published": "2024-03-14T19:12:44+00:00"},
                {"author": {"name": "Ellen"}, "text": "Bookmobile stops nearby.", "parent": "a1"},
                {"text": "By index.", "parent": 1},
                "Just a string comment.",
            ],
        }
    )
    assert doc.title is not None and doc.title.text == "Library to close"
    assert doc.article.text == BODY
    assert doc.published == "2024-03-14"
    assert doc.author == "Martin Greene"
    assert doc.outlet == "ledger.example"
    assert doc.reader == "json"
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("a1", None, "Jenna", "Sad day."),
        ("c2", "a1", "Ellen", "Bookmobile stops nearby."),
        ("c3", "c2", None, "By index."),
        ("c4", None, None, "Just a string comment."),
    ]
    assert doc.comments[0].published == "2024-03-14T19:12:44+00:00"


def test_html_instead_of_text_goes_through_the_html_reader() -> None:
    html = (
        "<html><head><title>Library to close | Ledger</title></head><body><article><h1>Library to close</h1>"
        f"<p>{BODY}</p><p>Opponents packed the chamber on Wednesday night.</p></article>"
        "<ol class='comment-list'><li class='comment'><div class='comment-author'><b class='fn'>Jo</b></div>"
        "<div class='comment-content'><p>From the markup.</p></div></li></ol></body></html>"
    )
    doc = read({"html": html})
    assert doc.title is not None and doc.title.text == "Library to close"
    assert doc.article.text.startswith("The council voted")
    assert [(c.author, c.text) for c in doc.comments] == [("Jo", "From the markup.")]
    given = read({"html": html, "comments": [{"text": "From the JSON."}]})
    assert [c.text for c in given.comments] == ["From the JSON."]


def test_an_analysis_is_read_back(tmp_path: Path) -> None:
    analysis = {
        "schema": "slant.analysis/1",
        "url": "https://tass.example/news/1",
        "article": {
            "title": "Headline",
            "text": BODY,
            "published": "2016-11-28",
            "language": "en",
            "spans": {"sentences": [{"start": 0, "end": 10, "label": "sentence", "score": 1.0, "text": "x"}]},
        },
        "comments": [
            {"id": "c1", "author": "a", "parent": None, "text": "one", "spans": {}},
            {"id": "c2", "author": None, "parent": "c1", "text": "two", "spans": {}},
        ],
    }
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(analysis), encoding="utf-8")
    doc = slant.read(path)
    assert doc.title is not None and doc.title.text == "Headline"
    assert doc.article.text == BODY
    assert doc.published == "2016-11-28"
    assert doc.outlet == "tass.example"
    assert [(c.id, c.parent) for c in doc.comments] == [("c1", None), ("c2", "c1")]
    assert doc.meta == {"json_shape": "analysis", "schema": "slant.analysis/1"}
    assert all(len(part.spans) == 0 for part in doc.parts)  # spans are made again, not trusted


def test_crlf_in_strings_is_normalised() -> None:
    doc = read({"text": BODY + "\r\n\r\nSecond paragraph of the story.", "comments": [{"text": "a\r\nb"}]})
    assert "\r" not in doc.article.text
    assert doc.comments[0].text == "a\nb"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": BODY, "comments": [{"text": "x"}, {"text": "y", "parent": "c9"}]},
         'comments[1]: "parent" names "c9", which is not an earlier comment'),
        ({"text": BODY, "comments": [{"text": "x", "parent": 0}]},
         'comments[0]: "parent" is index 0, but no comment comes before it; use null'),
        ({"text": BODY, "comments": [{"text": "x"}, {"text": "y", "parent": 1}]},
         'comments[1]: "parent" is index 1, which is not an earlier comment (0 to 0)'),
        ({"text": BODY, "comments": [{"text": "x", "parent": True}]},
         'comments[0]: "parent" must be an earlier comment\'s id or index, or null'),
        ({"text": BODY, "comments": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]},
         "comments[1]: \"id\" 'a' is already the id of comments[0]"),
        ({"text": BODY, "comments": [{"author": "x"}]}, 'comments[0]: "text" is missing'),
        ({"text": BODY, "comments": [{"text": 5}]}, 'comments[0]: "text" must be a string; got a JSON number'),
        ({"text": BODY, "comments": [{"text": "x", "author": ["a"]}]}, 'comments[0]: "author" must be a string'),
        ({"text": BODY, "comments": [{"text": "x", "published": "yesterday"}]},
         "comments[0]: \"published\" is 'yesterday', not a date slant can read"),
        ({"text": BODY, "comments": [5]}, 'comments[0] must be an object with "text"; got a JSON number'),
        ({"text": BODY, "comments": {"a": 1}}, 'page.json: "comments" must be a list of comments; got a JSON object'),
        ({"text": ["a"]}, 'page.json: "text" must be a string or null; got a JSON list'),
    ],
)  # fmt: skip
def test_bad_fields_are_one_line_errors_naming_the_place(data: Any, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read(data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "data", [{"title": "only a title"}, {"text": "   "}, {"html": "<html><body></body></html>"}]
)
def test_no_article_text_is_not_a_page(data: Any) -> None:
    with pytest.raises(NotAPageError, match="article text"):
        read(data)


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(InputError, match=r"page\.json is not valid JSON: Expecting .* at line 2 column"):
        read_json_page('{"title": "x",\n "text": }', source="page.json", url=None)


def test_a_list_is_not_one_page() -> None:
    with pytest.raises(InputError, match=r"must hold one page as a JSON object; got a JSON list"):
        read_json_page(json.dumps([{"text": BODY}]), source="page.json", url=None)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 5) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
PAGE_KEYS = st.sampled_from(
    ["title", "text", "html", "url", "outlet", "published", "author", "comments", "article", "schema"]
)
COMMENT = st.dictionaries(
    st.sampled_from(["id", "author", "text", "parent", "published"]), JSON_VALUES, max_size=5
)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.dictionaries(PAGE_KEYS, JSON_VALUES, max_size=8),
    st.one_of(st.none(), st.lists(st.one_of(COMMENT, JSON_VALUES), max_size=6)),
)
def test_any_json_gives_a_document_or_a_slant_error(page: dict[str, Any], comments: list[Any] | None) -> None:
    if comments is not None:
        page["comments"] = comments
    page.setdefault("text", BODY)
    try:
        doc = read_json_page(json.dumps(page), source="fuzz.json", url=None)
    except SlantError as error:
        assert "\n" not in str(error)
        return
    assert doc.article.text.strip()


def test_an_analysis_written_by_slant_reads_back_the_same(pages_dir: Path) -> None:
    from slant.reports import to_json

    original = slant.read(pages_dir / "html" / "wordpress-nested-replies.html")
    again = slant.read(to_json(original))
    assert again.reader == "json"
    assert again.meta["json_shape"] == "analysis"
    assert again.meta["comment_markup"] == "wordpress"
    assert again.title is not None and original.title is not None
    assert again.title.text == original.title.text
    assert (again.article.text, again.published, again.author) == (
        original.article.text,
        original.published,
        original.author,
    )
    assert again.outlet == original.outlet

    def comments(doc: slant.Document) -> list[tuple[str, str | None, str | None, str | None, str]]:
        return [(c.id, c.parent, c.author, c.published, c.text) for c in doc.comments]

    assert comments(again) == comments(original)


def test_other_tools_names_for_the_same_fields() -> None:
    doc = read(
        {
            "headline": "Library to close",
            "body": BODY,
            "link": "https://www.ledger.example/library",
            "date": "2024-03-14",
            "byline": "Martin Greene",
            "comments": [
                {
                    "comment_id": 7,
                    "username": "jenna",
                    "message": "Sad day.",
                    "created_at": "2024-03-14T19:12:44Z",
                },
                {"comment_id": 8, "user": {"name": "Ellen"}, "content": "Reply.", "parent_id": 7},
                {"body": "By reply_to.", "reply_to": "8", "name": "Cy", "created_utc": 1710443564},
            ],
        }
    )
    assert doc.title is not None and doc.title.text == "Library to close"
    assert (doc.article.text, doc.url, doc.published, doc.author) == (
        BODY,
        "https://www.ledger.example/library",
        "2024-03-14",
        "Martin Greene",
    )
    assert [(c.id, c.parent, c.author, c.text) for c in doc.comments] == [
        ("7", None, "jenna", "Sad day."),
        ("8", "7", "Ellen", "Reply."),
        ("c3", "8", "Cy", "By reply_to."),
    ]
    assert doc.comments[0].published == "2024-03-14T19:12:44+00:00"
    assert doc.comments[2].published == "2024-03-14T19:12:44+00:00"  # Unix seconds


def test_terminal_control_characters_never_reach_the_text() -> None:
    escape = "\x1b]0;pwned\x07\x1b[2J\x9b31m"
    doc = read(
        {
            "title": f"Title{escape}",
            "text": BODY + escape,
            "comments": [{"text": f"hi{escape}", "author": f"Eve{escape}"}],
        }
    )
    for value in (
        doc.title.text if doc.title else "",
        doc.article.text,
        doc.comments[0].text,
        doc.comments[0].author or "",
    ):
        assert not any(
            (ord(char) < 32 and char not in "\n\t") or 0x7F <= ord(char) <= 0x9F for char in value
        ), repr(value)


def test_json_nested_too_deeply_is_a_one_line_error() -> None:
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(InputError, match="nested too deeply"):
        read_json_page(deep, source="deep.json", url=None)
