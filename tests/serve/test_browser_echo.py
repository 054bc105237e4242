"""The web page's "What the comments repeat" and "When is this story from?" sections, in chromium (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_browser import _analyse, _open, base_url, browser  # noqa: F401  (fixtures)
from .test_browser import pytestmark as browser_marks

# (the browser tests' marks: slow, and skipped where Debian's chromium is not installed)
pytestmark = [*browser_marks, pytest.mark.issue(19)]


def test_echoes_and_slogans_are_listed_and_jump_to_the_comment(
    browser: object,  # noqa: F811
    base_url: str,  # noqa: F811
    example_page: Path,
) -> None:
    page, problems = _open(browser, base_url)
    _analyse(page, example_page.read_text(encoding="utf-8"))
    box = page.locator("#echoes")  # type: ignore[attr-defined]
    text = box.inner_text()
    assert "5 of 17 comments (29%) repeat the article's words" in text
    assert "Article phrases echoed" in text and "Slogans" in text
    assert "“finish the job” — 3 comments" in text
    box.locator("button", has_text="finish the job").first.click()
    focused = page.evaluate("document.activeElement.closest('li.comment') !== null")  # type: ignore[attr-defined]
    assert focused  # the button took the reader to the echo in the comment
    dates = page.locator("#dates").inner_text()  # type: ignore[attr-defined]
    assert "Page dated 2023-06 (chrome: “JUNE 2023”)." in dates
    assert "“still president of the United States Barack Obama” — in office 2009-01-20 to 2017-01-20" in dates
    assert "“Russian Foreign Minister Sergey Lavrov” — in office since 2004-03-09" in dates
    assert "Date check: page dated 2023-06; the text places the events before 2017-01-20" in dates
    assert problems == []
