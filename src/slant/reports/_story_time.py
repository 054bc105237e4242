"""What every view says about the page's date and the story's time (issue 19, part 2), worded once."""

from __future__ import annotations

from collections.abc import Mapping

from slant._document import Document

__all__ = ["time_facts"]

_SOURCES = {"metadata": "the page's metadata", "url": "its URL", "chrome": "a line of page chrome"}
_SHOWN = 3


def time_facts(doc: Document) -> list[tuple[str, str]]:
    """``(name, sentence)`` pairs on the page's date and the story's time; empty when the annotator did not run.

    Example: ``("Dates", "page dated 2023-06 (a line of page chrome: “JUNE 2023”); ...")``.
    """
    result = doc.article.attrs.get("story_time")
    if not isinstance(result, Mapping):
        return []
    page = result.get("page_date")
    parts = []
    if isinstance(page, Mapping):
        parts.append(
            f"page dated {page.get('value')} ({_SOURCES.get(str(page.get('source')), 'the page')}: “{page.get('text')}”)"
        )
    else:
        parts.append("the page gives no date")
    window = result.get("window")
    if isinstance(window, Mapping):
        bounds = []
        if window.get("not_before"):
            bounds.append(f"not before {window['not_before']} (the latest date it gives)")
        if window.get("not_after"):
            bounds.append(f"not after {window['not_after']} (its first comment)")
        parts.append("the story: " + ", ".join(bounds))
    if result.get("note"):
        parts.append(str(result["note"]))
    facts = [("Dates", "; ".join(parts))]
    if result.get("flag"):
        facts.append(("Date check", str(result["flag"])))
    offices = [e for e in result.get("evidence", ()) if isinstance(e, Mapping) and e.get("kind") == "office"]
    if offices:
        shown = ", ".join(
            f"{e.get('person')} ({(str(e.get('qualifier')) + ' ') if e.get('qualifier') else ''}{e.get('office')})"
            for e in offices[:_SHOWN]
        )
        more = f" and {len(offices) - _SHOWN} more" if len(offices) > _SHOWN else ""
        facts.append(("In office", f"{shown}{more}: not checked against terms of office"))
    return facts
