"""What every view says about the page's date and the story's time (issue 19, part 2), worded once."""

from __future__ import annotations

from collections.abc import Mapping

from slant._document import Document

__all__ = ["office_status", "time_facts"]

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
        # ``*_by`` say what set each bound (schema 1.2 output before the office table lacks them).
        if window.get("not_before"):
            bounds.append(
                f"not before {window['not_before']} ({window.get('not_before_by') or 'the latest date it gives'})"
            )
        if window.get("not_after"):
            bounds.append(
                f"not after {window['not_after']} ({window.get('not_after_by') or 'its first comment'})"
            )
        parts.append("the story: " + ", ".join(bounds))
    if result.get("note"):
        parts.append(str(result["note"]))
    facts = [("Dates", "; ".join(parts))]
    if result.get("flag"):
        facts.append(("Date check", str(result["flag"])))
    offices = [e for e in result.get("evidence", ()) if isinstance(e, Mapping) and e.get("kind") == "office"]
    if offices:
        shown = ", ".join(
            f"{e.get('person')} ({(str(e.get('qualifier')) + ' ') if e.get('qualifier') else ''}{e.get('office')}): "
            + office_status(e)
            for e in offices[:_SHOWN]
        )
        more = f" and {len(offices) - _SHOWN} more" if len(offices) > _SHOWN else ""
        facts.append(("In office", f"{shown}{more}"))
    return facts


def office_status(evidence: Mapping[str, object]) -> str:
    """What the office-holders table says about one person in office: their terms, or why unchecked.

    Example: ``"in office 2009-01-20 to 2017-01-20"``, ``"unchecked: the table does not hold this name"``.
    """
    terms = evidence.get("terms")
    if evidence.get("checked") and isinstance(terms, list) and terms:
        spans = [
            f"{t.get('start')} to {t.get('end')}" if t.get("end") else f"since {t.get('start')}"
            for t in terms
            if isinstance(t, Mapping)
        ]
        return "in office " + ", ".join(spans)
    return f"unchecked: {evidence.get('unchecked_because') or 'not checked against terms of office'}"
