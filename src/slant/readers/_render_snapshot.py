"""What the rendered fetch does inside the page: scroll, wait for quiet, press "load more", read the DOM.

Kept apart from :mod:`slant.readers._render` (which starts, guards and stops the browser) so that the
page-side steps read as a list. Every step runs in each frame: comment embeds live in iframes.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from slant.readers._html_text import xml_safe

__all__ = ["network_counter", "press_load_more", "scroll_down", "snapshot", "wait_until_quiet"]

logger = logging.getLogger(__name__)

# Frames inside frames inside frames: comment embeds nest two deep at most; ads nest deeper.
_MAX_FRAME_DEPTH = 3
# Seconds one wait may last, even if the page keeps changing (a live ticker, a long poll).
_MAX_WAIT = 6.0

#: Controls that bring more comments in: "Load more comments", "Show 12 more replies", "View comments",
#: in the languages slant reads. Matched against a button's text (60 characters at most).
LOAD_MORE = re.compile(
    r"^(?:load|show|view|see|read|display|open|expand)\b.{0,30}\b(?:more|all|comments?|replies|responses|"
    r"discussion|conversation)\b"
    r"|^\+?\d*\s*more\s+(?:comments?|replies|responses)\b"
    r"|^(?:\d+\s+)?comments?\s*(?:\(\d+\))?$"
    r"|^(?:mehr|weitere)\s+(?:kommentare|antworten|laden|anzeigen)|^kommentare\s+(?:laden|anzeigen)"
    r"|^(?:afficher|voir|charger)\s+(?:plus|les\s+commentaires|la\s+suite|les\s+réponses)"
    r"|^(?:показать|загрузить)\s+(?:ещ[её]|комментарии|все|ответы)",
    re.IGNORECASE,
)

# Press the first visible control whose text matches; links that go to another page are left alone.
_PRESS_SCRIPT = """
(pattern) => {
  const re = new RegExp(pattern, 'i');
  const candidates = document.querySelectorAll('button, a, [role=button], input[type=button]');
  for (const el of candidates) {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
    if (!text || text.length > 60 || !re.test(text) || el.disabled) continue;
    if (el.tagName === 'A') {
      const href = (el.getAttribute('href') || '').trim();
      if (href && !href.startsWith('#') && !href.toLowerCase().startsWith('javascript:')) continue;
    }
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    el.scrollIntoView({block: 'center'});
    el.click();
    return true;
  }
  return false;
}
"""
_SIZE_SCRIPT = "() => [document.getElementsByTagName('*').length, (document.documentElement || {}).textContent?.length || 0]"
_SCROLL_SCRIPT = (
    "() => window.scrollTo(0, document.documentElement ? document.documentElement.scrollHeight : 0)"
)
_MARK_SCRIPT = "(element, id) => element.setAttribute('data-slant-frame', id)"


def network_counter(page: Any) -> list[int]:
    """A one-item list holding the page's requests in flight, kept up to date by the page's events."""
    inflight = [0]

    def started(_request: Any) -> None:
        inflight[0] += 1

    def ended(_request: Any) -> None:
        inflight[0] = max(0, inflight[0] - 1)

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    return inflight


def scroll_down(page: Any) -> None:
    """Scroll every frame to its end: comment sections load when they come into view."""
    for frame in _frames(page):
        _evaluate(frame, _SCROLL_SCRIPT)


def press_load_more(page: Any) -> bool:
    """Press one "load more comments" control, in the page or a frame; whether there was one."""
    for frame in _frames(page):
        if _evaluate(frame, _PRESS_SCRIPT, LOAD_MORE.pattern) is True:
            logger.debug("render: pressed a load-more control in %s", frame.url)
            return True
    return False


def wait_until_quiet(page: Any, *, inflight: list[int], deadline: float, quiet: float, poll: float) -> None:
    """Wait until no request is in flight and the DOM has not changed for ``quiet`` seconds.

    Gives up at ``deadline`` or after ``_MAX_WAIT`` seconds (a page that never stops changing).
    """
    until = min(deadline, time.monotonic() + _MAX_WAIT)
    last: list[Any] = []
    calm_since = time.monotonic()
    while time.monotonic() < until:
        size = [_evaluate(frame, _SIZE_SCRIPT) for frame in _frames(page)]
        now = time.monotonic()
        if size != last or inflight[0] > 0:
            last, calm_since = size, now
        elif now - calm_since >= quiet:
            return
        page.wait_for_timeout(poll * 1000)


def snapshot(page: Any) -> str:
    """The page's rendered markup, each frame's own markup put in its ``<iframe>``'s ``srcdoc``."""
    return _frame_markup(page.main_frame, depth=0)


def _frame_markup(frame: Any, *, depth: int) -> str:
    from playwright.sync_api import Error as PlaywrightError

    children: list[tuple[str, Any]] = []
    if depth < _MAX_FRAME_DEPTH:
        for number, child in enumerate(frame.child_frames):
            if not _readable(child):
                continue
            try:
                child.frame_element().evaluate(_MARK_SCRIPT, f"{depth}-{number}")
            except PlaywrightError:
                continue  # the frame went away meanwhile
            children.append((f"{depth}-{number}", child))
    markup: str = frame.content()
    if not children:
        return markup
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(xml_safe(markup), parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return markup
    for mark, child in children:
        try:
            inner = _frame_markup(child, depth=depth + 1)
        except PlaywrightError:
            continue
        for element in root.xpath("//iframe[@data-slant-frame=$mark]", mark=mark):
            element.set("srcdoc", xml_safe(inner))
    return str(lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"))


def _frames(page: Any) -> list[Any]:
    """The page's readable frames, main frame first, at most ``_MAX_FRAME_DEPTH`` deep."""
    found: list[Any] = []
    stack = [(page.main_frame, 0)]
    while stack:
        frame, depth = stack.pop(0)
        found.append(frame)
        if depth < _MAX_FRAME_DEPTH:
            stack.extend((child, depth + 1) for child in frame.child_frames if _readable(child))
    return found


def _readable(frame: Any) -> bool:
    """Whether a frame has a document to read. A frame whose navigation was refused (a ``file://`` or
    other blocked address) has none, and Playwright's calls on it wait for one without end."""
    url: str = frame.url
    return url.startswith(("http://", "https://", "about:blank", "about:srcdoc", "data:"))


def _evaluate(frame: Any, script: str, argument: Any = None) -> Any:
    """Run ``script`` in ``frame``; None when the frame is gone or navigating (a page in motion)."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        return frame.evaluate(script, argument)
    except PlaywrightError as error:
        logger.debug(
            "render: a script in %s failed: %s",
            frame.url,
            str(error).splitlines()[0] if str(error) else error,
        )
        return None
