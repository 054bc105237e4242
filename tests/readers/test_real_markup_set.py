"""The pages modelled on real comment systems (bench/pages/html-real) are a sound labelled set.

This checks the set's integrity only -- every page has its expectations, every expectation file is
valid and names its comments in page order, the batches are disjoint, the README lists every page --
not how well the reader does on it (bench/reader_accuracy.py --pages measures that).
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest

SET = Path(__file__).resolve().parents[2] / "bench" / "pages" / "html-real"
BATCHES = (
    "dev",
    "heldout-1",
    "heldout-2",
    "heldout-3",
    "heldout-4",
    "heldout-5",
    "heldout-6",
    "heldout-7",
    "heldout-8",
    "heldout-9",
    "heldout-10",
    "heldout-11",
    "heldout-12",
    "heldout-13",
    "heldout-14",
    "heldout-15",
    "heldout-16",
    "heldout-17",
    "heldout-18",
    "heldout-19",
    "heldout-20",
    "heldout-21",
    "heldout-22",
    "heldout-23",
    "heldout-24",
    "heldout-25",
    "heldout-26",
    "heldout-27",
    "heldout-28",
    "heldout-29",
    "heldout-30",
    "heldout-31",
    "heldout-32",
    "heldout-33",
    "heldout-34",
    "heldout-35",
    "heldout-36",
)
HELD_OUT = BATCHES[1:]
LANGUAGES = {"en", "de", "ru", "es", "fr", "zh"}
EXPECTATIONS = sorted(SET.glob("*/*.expected.json"))
REQUIRED = {
    "title": (str, type(None)),
    "article_starts_with": str,
    "article_ends_with": str,
    "article_must_not_contain": list,
    "published": (str, type(None)),
    "comments": list,
}
COMMENT_KEYS = {"author", "starts_with", "ends_with", "parent"}


def stem(path: Path) -> str:
    return path.name.removesuffix(".expected.json").removesuffix(".html")


def test_the_set_has_its_batches_of_pages_and_nothing_else() -> None:
    folders = sorted(p.name for p in SET.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    assert folders == sorted(BATCHES)
    for batch in BATCHES:
        files = sorted((SET / batch).iterdir())
        assert files, f"{batch} is empty"
        for file in files:
            assert file.name.endswith((".html", ".expected.json")), f"unexpected file {file}"
    assert len(EXPECTATIONS) >= 25


@pytest.mark.parametrize("batch", BATCHES)
def test_every_page_has_its_expectations_and_every_expectation_its_page(batch: str) -> None:
    pages = {stem(p) for p in (SET / batch).glob("*.html")}
    expected = {stem(p) for p in (SET / batch).glob("*.expected.json")}
    assert pages == expected, (
        f"pages without expectations: {pages - expected}; expectations without pages: {expected - pages}"
    )


def test_batches_are_disjoint_and_the_held_out_ones_hold_the_rest() -> None:
    names = {batch: {stem(p) for p in (SET / batch).glob("*.html")} for batch in BATCHES}
    for i, a in enumerate(BATCHES):
        for b in BATCHES[i + 1 :]:
            assert not names[a] & names[b], f"{a} and {b} share {names[a] & names[b]}"
    total = sum(len(n) for n in names.values())
    assert len(names["dev"]) <= total * 0.6, "dev should be about half of the set"
    assert all(names[batch] for batch in HELD_OUT)


def test_each_held_out_batch_has_systems_the_dev_batch_lacks() -> None:
    systems = {
        batch: {
            json.loads(p.read_text(encoding="utf-8"))["system"] for p in (SET / batch).glob("*.expected.json")
        }
        for batch in BATCHES
    }
    for batch in HELD_OUT:
        assert systems[batch] - systems["dev"], f"{batch} has no system the dev batch lacks"


def test_the_set_covers_the_six_languages_in_dev_and_held_out() -> None:
    def languages(batches: tuple[str, ...]) -> set[str]:
        return {
            json.loads(p.read_text(encoding="utf-8"))["language"]
            for batch in batches
            for p in (SET / batch).glob("*.expected.json")
        }

    assert languages(("dev",)) == LANGUAGES
    assert languages(("heldout-1", "heldout-2")) == LANGUAGES
    assert languages(("heldout-3", "heldout-4")) == LANGUAGES
    # Batches 5 to 26 were each written to hold all six languages.
    for batch in HELD_OUT[4:]:
        assert languages((batch,)) == LANGUAGES, batch


@pytest.mark.parametrize("path", EXPECTATIONS, ids=lambda p: f"{p.parent.name}/{stem(p)}")
def test_expectation_file_is_valid_and_names_comments_in_order(path: Path) -> None:
    expected: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for key, kind in REQUIRED.items():
        assert key in expected, f"{key} missing"
        assert isinstance(expected[key], kind), f"{key} is {type(expected[key]).__name__}"
    assert expected["language"] in LANGUAGES
    assert isinstance(expected["system"], str) and expected["system"]
    assert expected["article_starts_with"] and expected["article_ends_with"]
    if expected["published"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected["published"])
    assert all(isinstance(x, str) and x for x in expected["article_must_not_contain"])
    comments = expected["comments"]
    if "comments_announced" in expected:
        # A page that shows a comment count but loads the comments by script holds none.
        assert comments == [] and expected["comments_announced"] > 0
    else:
        assert 3 <= len(comments) <= 15
    page = path.with_name(stem(path) + ".html").read_text(encoding="utf-8")
    for index, comment in enumerate(comments):
        assert set(comment) >= COMMENT_KEYS, f"comment {index} lacks {COMMENT_KEYS - set(comment)}"
        assert isinstance(comment["author"], str) and comment["author"]
        assert isinstance(comment["starts_with"], str) and comment["starts_with"]
        assert isinstance(comment["ends_with"], str) and comment["ends_with"]
        parent = comment["parent"]
        assert parent is None or (isinstance(parent, int) and 0 <= parent < index), (
            f"comment {index}: parent {parent!r} must be an earlier comment"
        )
        if "published" in comment:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", comment["published"])
    # In order: each comment's opening words appear on the page after the previous comment's.
    shown = visible_text(page)
    position = 0
    for index, comment in enumerate(comments):
        found = shown.find(comment["starts_with"], position)
        assert found >= 0, f"comment {index}'s opening words are not on the page after comment {index - 1}'s"
        position = found + 1
    assert expected["article_starts_with"] in shown
    assert expected["article_ends_with"] in shown


def visible_text(page: str) -> str:
    """The page's text without its tags, entities decoded: a reply's opening words may hold a link
    ("<a href=#c1>pinecone</a>, seeds are ...", "回复 <a>name</a> :...")."""
    return unescape(re.sub(r"<[^>]*>", "", page))


def test_the_readme_lists_every_page_and_the_held_out_rule() -> None:
    readme = (SET / "README.md").read_text(encoding="utf-8")
    for batch in BATCHES:
        for page in (SET / batch).glob("*.html"):
            assert f"`{page.name}`" in readme, f"README.md does not list {batch}/{page.name}"
    assert "scored once" in readme
    assert "MIT" in readme
