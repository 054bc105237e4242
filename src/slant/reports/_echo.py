"""What every view says about echoes of the article and repeated comments (issue 19), worded once.

The figures are the echo and repeats annotators' (``article.attrs["echo"]`` and ``["repeats"]``);
the terminal summary, the HTML report and the web page (which reads the same JSON) show these
sentences, so the page's figure reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from slant._document import Document

__all__ = ["echo_facts"]

_SHOWN = 3


def _phrases(items: Any, key: str = "comments", *, text_key: str = "phrase") -> str:
    shown = []
    for item in list(items)[:_SHOWN]:
        count = len(item.get(key, ())) if isinstance(item, Mapping) else 0
        shown.append(f"“{item.get(text_key, '')}” ({count} comment{'s' if count != 1 else ''})")
    return ", ".join(shown)


def _paraphrase_text(echo: Mapping[str, Any]) -> str:
    """The paraphrase echoes' sentence (the paraphrase annotator ran)."""
    sentences = list(echo.get("paraphrased") or [])
    if not sentences:
        return "no comment restates an article sentence in other words"
    commenters = len({cid for item in sentences for cid in item.get("comments", ())})
    count = echo.get("paraphrases", 0)
    text = (
        f"{count:,} comment sentence{'s' if count != 1 else ''} by {commenters:,} "
        f"comment{'s' if commenters != 1 else ''} restate{'s' if count == 1 else ''} the article in other words: "
    )
    return text + _phrases(sentences, text_key="sentence")


def echo_facts(doc: Document) -> list[tuple[str, str]]:
    """``(name, sentence)`` pairs on echoes and repeats; empty when neither annotator ran.

    Example: ``("Echoes", "5 of 17 comments (29%) repeat the article's words: “finish the job” (3 comments)")``.
    """
    facts: list[tuple[str, str]] = []
    echo = doc.article.attrs.get("echo")
    if isinstance(echo, Mapping):
        total = len(doc.comments)
        if not total:
            text = "no comments to echo the article"
        elif not echo.get("comments"):
            text = f"none of {total:,} comment{'s' if total != 1 else ''} repeats the article's words"
        else:
            share = echo.get("share") or 0.0
            # With the paraphrase annotator, the count includes comments that restate it in other words.
            verb = "echo the article" if "paraphrases" in echo else "repeat the article's words"
            text = f"{echo['comments']:,} of {total:,} comments ({share:.0%}) {verb}"
            if echo.get("phrases"):
                text += ": " + _phrases(echo["phrases"])
            if echo.get("quoted"):
                text += f"; {echo['quoted']:,} of {echo.get('echoes', 0):,} echoes quote it to discuss it"
        facts.append(("Echoes", text))
        if "paraphrases" in echo and total:
            facts.append(("Paraphrases", _paraphrase_text(echo)))
    repeats = doc.article.attrs.get("repeats")
    if isinstance(repeats, Mapping):
        parts = []
        groups = repeats.get("groups") or []
        if groups:
            largest = groups[0]
            authors = len(largest.get("authors", ()))
            parts.append(
                f"{repeats.get('repeated_comments', 0):,} comments are copies of another "
                f"(largest: {len(largest.get('comments', ())):,} copies by {authors:,} name{'s' if authors != 1 else ''})"
            )
        slogans = repeats.get("slogans") or []
        if slogans:
            parts.append("slogans: " + _phrases(slogans))
        facts.append(("Repeats", "; ".join(parts) if parts else "no repeated comments or slogans"))
    return facts
