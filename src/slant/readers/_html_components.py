"""Custom elements (web components) as the boxes they are, for the article extractor (issue 14).

Sites built of web components (YouTube's ``<yt-attributed-string>``, ``<ytd-text-inline-expander>``)
wrap their text in elements HTML does not define: a name with a hyphen. trafilatura knows no such
element and loses the first line of a text box held in one (a video's description, up to its first
``<br>``: the text before the first child element of an element it cannot place). A browser draws a
custom element as a box only by the site's styles; to the extractor it is a ``<div>``, which it
reads whole, line by line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["custom_elements_as_divisions"]

# Custom element names hold a hyphen (the HTML standard asks for one); no standard element's does.
_CUSTOM = "//*[contains(local-name(), '-')]"


def custom_elements_as_divisions(root: Any) -> None:
    """Rename every custom element under ``root`` to ``div``, in place (its attributes stay)."""
    for element in root.xpath(_CUSTOM):
        element.tag = "div"
