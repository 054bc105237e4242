"""A page that is a script's shell, its content in ``<noscript>`` (issue 14).

Single-page forums and sites (Flarum, some Q&A and news apps) serve a shell ("Wird geladen …", "Enable
JavaScript") and put the discussion, rendered by the server, in a ``<noscript>`` element for readers
without scripts. The reader drops ``<noscript>`` (a tracking pixel or "enable JavaScript" on most
pages). When a ``<noscript>`` holds running text several times longer than the article read from the
rest of the page, the page is read again with its ``<noscript>`` tags taken away, their content kept.
"""

from __future__ import annotations

import re
from typing import Any

from slant.readers._html_edges import has_running_text
from slant.readers._html_text import element_text
from slant.readers._words import word_count

__all__ = ["is_shell", "noscript_words", "without_noscript_tags"]

# The <noscript> must hold this many times the words of the article read without it, and at least
# this many words: "Please enable JavaScript to view the comments" is neither.
_SHELL_RATIO = 3
_MIN_CONTENT_WORDS = 60
_NOSCRIPT_TAG = re.compile(r"</?noscript\b[^>]*>", re.IGNORECASE)


def noscript_words(root: Any) -> int:
    """The words of the longest ``<noscript>`` of ``root`` that holds running text (0 when none)."""
    longest = 0
    for element in root.iter("noscript"):
        text = element_text(element)
        if has_running_text(text):
            longest = max(longest, word_count(text))
    return longest


def is_shell(article_words: int, content_words: int) -> bool:
    """Whether a page whose ``<noscript>`` holds ``content_words`` is a shell around it."""
    return content_words >= _MIN_CONTENT_WORDS and content_words > _SHELL_RATIO * article_words


def without_noscript_tags(html: str) -> str:
    """``html`` with its ``<noscript>`` tags taken away and what they held kept."""
    return _NOSCRIPT_TAG.sub("", html)
