"""Text in a "read more" box is the page's text (issue 14).

A question's details on a Q&A site, a video's description, a long post's body sit in a box that
shows their first lines and expands on a click ("QuestionRichText--expandable", "inline-expander").
trafilatura discards any element whose class names "expand" as a control, and with it the text. A
box named so that holds running text is text, not a control: its "expand" is renamed before the
article is extracted. A button or a link named "expand" holds no running text and keeps its name.
"""

from __future__ import annotations

import re
from typing import Any

from slant.readers._html_edges import has_running_text
from slant.readers._html_text import element_text

__all__ = ["open_expanders"]

_EXPANDER = re.compile(r"expand", re.IGNORECASE)


def open_expanders(elements: list[Any]) -> None:
    """Rename "expand" in the class of each element of ``elements`` that holds running text."""
    for element in elements:
        if not isinstance(element.tag, str):
            continue
        names = element.get("class")
        if names and "xpand" in names and has_running_text(element_text(element)):
            element.set("class", _EXPANDER.sub("unfolded", names))
