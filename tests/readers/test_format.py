"""The one decision of a page's format (slant.readers._format), for files, uploads and responses."""

from __future__ import annotations

from pathlib import Path

import pytest

from slant import InputError
from slant.readers._format import PAGE_SUFFIXES, decide_format, suffix_format

EXAMPLE = Path(__file__).parents[2] / "examples" / "news-page-with-comments.txt"
HTML = "<!DOCTYPE html><html><body><article><p>The bridge reopened.</p></article></body></html>"


@pytest.mark.parametrize(
    ("text", "content_type", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", None, "html"),
        ("  <html lang='en'><p>x</p></html>", None, "html"),
        ('{"title": "x", "text": "y"}', None, "json"),
        ('[{"text": "y"}]', None, "json"),
        ("[Photo] Minister resigns\n\nThe minister resigned.", None, "text"),
        ("Plain page\n\nBody text here.", None, "text"),
        ("Body <p>with</p> <div>a</div> <span>few</span> tags", None, "html"),
        ("{not really}", "text/plain; charset=utf-8", "text"),
        ("whatever", "text/html", "html"),
        ("whatever", "application/xhtml+xml", "html"),
        ("whatever", "application/json", "json"),
        ("whatever", "application/ld+json", "json"),
        ('{"title": "x"}', "image/png", "json"),
    ],
)
def test_a_response_is_judged_by_its_content_type_then_its_content(
    text: str, content_type: str | None, expected: str
) -> None:
    assert decide_format(text, content_type=content_type) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (HTML, "page.html", "html"),
        (HTML, "page.HTM", "html"),
        ("A page with one <p> tag", "page.xhtml", "html"),  # the suffix says HTML, and there is markup
        ("Headline\n\nA text dump saved under an .html name.", "page.html", "text"),
        ('{"text": "a JSON page saved as .html"}', "page.html", "json"),
        ("not JSON at all", "export.json", "json"),  # the JSON reader then says why it is not
        (HTML, "page.txt", "html"),
        ('{"text": "y"}', "page.txt", "json"),
        ("Headline\n\nBody.", "upload", "text"),
        (HTML, "/some/folder/page.html", "html"),
    ],
)
def test_a_file_is_judged_by_its_name_then_its_content(text: str, name: str, expected: str) -> None:
    assert decide_format(text, name=name) == expected


@pytest.mark.issue(13)
def test_a_files_content_type_says_nothing_its_name_does_not() -> None:
    # A browser labels an upload by its name: a text dump saved as page.html comes as text/html.
    dump = "Headline\n\nA text dump saved under an .html name."
    assert decide_format(dump, name="page.html", content_type="text/html") == "text"
    assert decide_format(HTML, name="page.txt", content_type="text/plain") == "html"
    assert decide_format(dump, content_type="text/html") == "html"  # a response: its server says


def test_markup_only_past_the_head_does_not_make_a_dump_html() -> None:
    dump = "Headline\n\n" + "A long paragraph of plain text. " * 400 + "<p>late</p>"
    assert decide_format(dump, name="page.html") == "text"
    assert decide_format("<p>" + dump, name="page.html") == "html"


def test_a_forced_format_wins_and_a_wrong_one_is_refused() -> None:
    assert decide_format(HTML, name="page.html", content_type="text/html", format="text") == "text"
    assert decide_format("plain", name="page.txt", format="json") == "json"
    with pytest.raises(InputError, match="format must be one of auto, text, html, json; got 'xml'"):
        decide_format("plain", format="xml")  # type: ignore[arg-type]


def test_suffixes() -> None:
    assert {".txt", ".html", ".htm", ".xhtml", ".json"} == PAGE_SUFFIXES
    assert [suffix_format(name) for name in ("a.TXT", "a.Html", "a.json", "a.jsonl", "a", "a.html.gz")] == [
        "auto",
        "html",
        "json",
        "auto",
        "auto",
        "auto",
    ]


@pytest.mark.issue(13)
def test_a_files_name_goes_with_its_bytes_and_decides_as_a_path_does() -> None:
    # A corpus task carries the file's name to the worker's reader (nothing is decoded ahead).
    from slant.readers import read_bytes

    assert read_bytes(EXAMPLE.read_bytes(), name="page.html").reader == "text"  # .html without markup
    page = HTML.replace(
        "The bridge reopened.", "The bridge reopened on Monday after two years of repairs. " * 8
    )
    assert read_bytes(page.encode(), name="page.html").reader == "html"
    assert read_bytes(b'{"text": "The bridge reopened on Monday."}', name="page.json").reader == "json"
    assert read_bytes(page.encode(), name="page.txt").reader == "html"  # the content decides
    with pytest.raises(InputError, match="binary"):
        read_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), name="page.html")
