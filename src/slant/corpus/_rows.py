"""Flatten an annotated :class:`~slant.Document` into table rows, and build it back from them.

The rows keep everything a report needs (texts, every span layer but ``tokens``, attrs, score maps),
so the dashboard can render a per-page report from the tables alone, without the original input.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from slant._document import Document, Part, Span
from slant.corpus._clusters import comment_signature
from slant.corpus._tables import TOXIC_THRESHOLD, TOXICITY_LABELS

__all__ = ["document_from_rows", "outlet_of", "page_rows"]

#: Span layers left out of the ``spans`` table: one row per word would make it ten times larger,
#: and tokens are re-derived from the text in a second.
SKIPPED_LAYERS: frozenset[str] = frozenset({"tokens"})
# Sentence spans cover the whole text; storing their text again would store each page twice.
_NO_TEXT_LAYERS = frozenset({"sentences"})
_MAX_SPAN_TEXT = 500
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def outlet_of(url: str | None) -> str | None:
    """The outlet of a page from its URL: the host name without ``www.``, or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def _words(part: Part | None) -> int:
    if part is None:
        return 0
    count = part.attrs.get("word_count")
    return int(count) if isinstance(count, int) else len(part.text.split())


def _json_or_none(value: Mapping[str, Any]) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) if value else None


def _date(published: str | None) -> dt.date | None:
    if not published or not _DATE.match(published):
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _span_rows(page_id: str, part: Part) -> list[dict[str, Any]]:
    rows = []
    for layer, spans in part.spans.items():
        if layer in SKIPPED_LAYERS:
            continue
        keep_text = layer not in _NO_TEXT_LAYERS
        for span in spans:
            rows.append(
                {
                    "page_id": page_id,
                    "part": part.kind,
                    "part_id": part.id,
                    "start": span.start,
                    "end": span.end,
                    "layer": layer,
                    "label": span.label,
                    "score": float(span.score),
                    "annotator": span.source or None,
                    "text": part.text[span.start : span.end][:_MAX_SPAN_TEXT] if keep_text else None,
                    "attrs": _json_or_none(span.attrs),
                }
            )
    return rows


def _count(parts: Iterable[Part], layer: str, label: str | None = None) -> int:
    total = 0
    for part in parts:
        spans = part.spans.get(layer, ())
        total += len(spans) if label is None else sum(1 for s in spans if s.label == label)
    return total


def page_rows(doc: Document, *, page_id: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of one annotated page: one ``pages`` row, its ``spans`` and its ``comments``.

    Args:
        doc: the annotated document.
        page_id: the page's stable id.

    Returns:
        ``{"pages": [row], "spans": [...], "comments": [...]}``, rows as dicts of the table columns.
    """
    head = [p for p in (doc.title, doc.article) if p is not None]
    words = _words(doc.article)
    technique_counts = Counter(s.label for p in head for s in p.spans.get("techniques", ()))
    technique_total = sum(technique_counts.values())
    # Rates are per 1,000 words of the article body, the words word_count holds and the dashboard sums
    # for its outlet and month rates: counting the title's words too made one page's rate disagree.
    per_1k = 1000.0 / words if words else 0.0
    layer_counts = Counter({layer: len(spans) for p in head for layer, spans in p.spans.items()})

    comment_rows = []
    toxicity = []
    for position, comment in enumerate(doc.comments):
        scores = comment.scores.get("toxicity", {})
        if "toxicity" in scores:
            toxicity.append(float(scores["toxicity"]))
        other_attrs = {k: v for k, v in comment.attrs.items() if k not in {"language", "word_count"}}
        comment_rows.append(
            {
                "page_id": page_id,
                "comment_id": comment.id,
                "position": position,
                "author": comment.author,
                "parent": comment.parent,
                "published": comment.published,
                "language": comment.attrs.get("language"),
                "word_count": _words(comment),
                "technique_spans": len(comment.spans.get("techniques", ())),
                **{label: _score(scores, label) for label in TOXICITY_LABELS},
                "attrs": _json_or_none(other_attrs),
                "scores": _json_or_none(comment.scores),
                "text": comment.text,
                "minhash": comment_signature(comment.text),
            }
        )

    article_attrs = {k: v for k, v in doc.article.attrs.items() if k not in {"language", "word_count"}}
    page = {
        "page_id": page_id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet or outlet_of(doc.url),
        "published": doc.published,
        "published_date": _date(doc.published),
        "title": doc.title.text if doc.title is not None else None,
        "author": doc.author,
        "language": doc.article.attrs.get("language"),
        "reader": doc.reader,
        "word_count": words,
        "comment_count": len(doc.comments),
        "technique_spans": technique_total,
        "techniques_per_1k_words": technique_total * per_1k,
        "technique_counts": sorted(technique_counts.items()),
        "technique_rates": sorted((k, v * per_1k) for k, v in technique_counts.items()),
        "comment_technique_spans": _count(doc.comments, "techniques"),
        "toxicity_mean": sum(toxicity) / len(toxicity) if toxicity else None,
        "toxicity_max": max(toxicity) if toxicity else None,
        "toxic_comments": sum(1 for t in toxicity if t >= TOXIC_THRESHOLD) if toxicity else None,
        "toxic_share": sum(1 for t in toxicity if t >= TOXIC_THRESHOLD) / len(toxicity) if toxicity else None,
        "sources_named": _count(head, "sources", "named"),
        "sources_unnamed": _count(head, "sources", "unnamed"),
        "outlets_cited": _count(head, "sources", "outlet"),
        "quotes": _count(head, "quotes", "quotation"),
        "scare_quotes": _count(head, "quotes", "scare_quote"),
        "misspellings": _count(head, "misspellings"),
        "layer_counts": sorted(layer_counts.items()),
        "attrs": _json_or_none(article_attrs),
        "scores": _json_or_none(doc.article.scores),
        "text": doc.article.text,
    }
    spans = [row for part in doc.parts for row in _span_rows(page_id, part)]
    return {"pages": [page], "spans": spans, "comments": comment_rows}


def _score(scores: Mapping[str, float], label: str) -> float | None:
    value = scores.get(label)
    return float(value) if value is not None else None


def document_from_rows(
    page: Mapping[str, Any],
    comments: Iterable[Mapping[str, Any]],
    spans: Iterable[Mapping[str, Any]],
) -> Document:
    """Rebuild an annotated :class:`Document` from its rows (to render its report).

    The ``tokens`` layer, which the tables do not keep, is absent from the result.
    """
    comment_rows = sorted(comments, key=lambda row: row["position"])
    article_attrs = json.loads(page["attrs"]) if page.get("attrs") else {}
    article = Part(page["text"] or "", kind="article", id="article", author=page.get("author"))
    article = _restore_part(article, page.get("published"), article_attrs, page)
    title = Part(page["title"], kind="title", id="title") if page.get("title") is not None else None
    parts: dict[tuple[str, str], Part] = {("article", "article"): article}
    if title is not None:
        parts[("title", "title")] = title
    made = []
    for row in comment_rows:
        part = Part(
            row["text"] or "",
            kind="comment",
            id=row["comment_id"],
            author=row.get("author"),
            parent=row.get("parent"),
            published=row.get("published"),
        )
        _restore_part(part, None, json.loads(row["attrs"]) if row.get("attrs") else {}, row)
        parts[("comment", part.id)] = part
        made.append(part)
    by_layer: dict[tuple[str, str], dict[str, list[Span]]] = {}
    for row in spans:
        key = (row["part"], "article" if row["part"] == "article" else row["part_id"])
        if row["part"] == "title":
            key = ("title", "title")
        span = Span(
            int(row["start"]),
            int(row["end"]),
            row["label"],
            float(row["score"]),
            row.get("annotator") or "",
            json.loads(row["attrs"]) if row.get("attrs") else {},
        )
        by_layer.setdefault(key, {}).setdefault(row["layer"], []).append(span)
    for key, layers in by_layer.items():
        if key in parts:
            for layer, layer_spans in layers.items():
                parts[key].spans.set(layer, layer_spans, overwrite=True)
    return Document(
        article=article,
        title=title,
        comments=made,
        url=page.get("url"),
        source=page.get("source"),
        outlet=page.get("outlet"),
        reader=page.get("reader"),
    )


def _restore_part(
    part: Part, published: str | None, attrs: Mapping[str, Any], row: Mapping[str, Any]
) -> Part:
    if published is not None:
        part.published = published
    part.attrs.update(attrs)
    if row.get("language") is not None:
        part.attrs["language"] = row["language"]
    if row.get("word_count") is not None:
        part.attrs["word_count"] = int(row["word_count"])
    if row.get("scores"):
        part.scores.update(json.loads(row["scores"]))
    return part
