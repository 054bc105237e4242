"""The analysis as JSON, in a documented and versioned schema (docs/json-schema.md).

``slant analyze --json``, the web API and corpus runs all build their output with :func:`to_dict`, so
the shape below is a contract: a new field is a minor version, a changed or removed one a major version
of :data:`SCHEMA_VERSION`. The JSON Schema ships with the package (``slant/schema/document.schema.json``).
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

from slant._document import Document, Part, Span
from slant._errors import PipelineError
from slant._labels import display_threshold, display_thresholds, is_shown, toxic_threshold
from slant.reports._notes import page_notes

__all__ = [
    "ARTICLE_KEYS",
    "COMMENT_KEYS",
    "HIDDEN_LAYERS",
    "SCHEMA_VERSION",
    "comment_toxicity",
    "document_schema",
    "page_stats",
    "to_dict",
    "to_json",
    "word_count",
]

logger = logging.getLogger(__name__)

#: The version of the JSON shape; written as the top-level ``"schema"`` field.
SCHEMA_VERSION = "1.3"

#: Fixed keys of the ``article`` object; a score map may not use one of these names.
ARTICLE_KEYS: frozenset[str] = frozenset(
    {"title", "published", "author", "text", "language", "attributes", "spans", "title_spans", "title_scores"}
)
#: Fixed keys of each ``comments`` item; a score map may not use one of these names.
COMMENT_KEYS: frozenset[str] = frozenset(
    {"id", "author", "parent", "published", "text", "language", "attributes", "spans"}
)
#: Layers left out of the JSON unless asked for: one span per word makes the output several times larger.
HIDDEN_LAYERS: frozenset[str] = frozenset({"tokens"})

# An ISO 8601 date, optionally with a time: what the schema promises for the article's date.
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
# Score maps hold probabilities; a float a hair outside [0, 1] from arithmetic is clipped, not refused.
_SCORE_TOLERANCE = 1e-6


def _jsonable(value: Any) -> Any:
    """Turn an annotator's attribute value into plain JSON (lists, dicts, str, numbers, None)."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(item) for item in value), key=str)
    if isinstance(value, Iterable) and not isinstance(value, bytes | bytearray):
        return [_jsonable(item) for item in value]
    if hasattr(value, "item"):  # numpy scalars
        return _jsonable(value.item())
    return str(value)


def _span_dict(part: Part, span: Span, layer: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "score": float(span.score),
        "text": part.span_text(span),
        "source": span.source,
    }
    if span.attrs:
        out["attrs"] = _jsonable(span.attrs)
    if display_threshold(layer, part.kind) is not None:
        # Every span stays in the JSON; "shown" says whether views show it by default (issue 15).
        out["shown"] = is_shown(layer, part.kind, span.score)
    return out


def _layers(part: Part, *, include_tokens: bool) -> dict[str, list[dict[str, Any]]]:
    return {
        layer: [_span_dict(part, span, layer) for span in spans]
        for layer, spans in part.spans.items()
        if include_tokens or layer not in HIDDEN_LAYERS
    }


def _score_map(part: Part, name: str, scores: Mapping[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in scores.items():
        number = float(value)
        if math.isnan(number) or not -_SCORE_TOLERANCE <= number <= 1 + _SCORE_TOLERANCE:
            raise PipelineError(
                f"score maps hold probabilities in [0, 1]; part {part.id!r} has scores[{name!r}][{key!r}] = "
                f"{value!r}; fix the annotator that wrote {name!r}"
            )
        out[str(key)] = min(1.0, max(0.0, number))
    return out


def _score_maps(part: Part, reserved: frozenset[str]) -> dict[str, dict[str, float]]:
    maps: dict[str, dict[str, float]] = {}
    for name, scores in part.scores.items():
        if name in reserved:
            raise PipelineError(
                f"a score map may not be named {name!r}: the JSON of a {part.kind} already has that key "
                f"(reserved: {', '.join(sorted(reserved))}); rename part.scores[{name!r}] in its annotator"
            )
        maps[name] = _score_map(part, name, scores)
    return maps


def _attributes(part: Part) -> dict[str, Any]:
    return {str(key): _jsonable(value) for key, value in part.attrs.items() if key != "language"}


def _language(part: Part) -> str | None:
    language = part.attrs.get("language")
    return language if isinstance(language, str) and language else None


def _article_published(part: Part, attributes: dict[str, Any]) -> str | None:
    published = part.published
    if published is None or _ISO_DATE.match(published):
        return published
    # The schema promises an ISO date or null; what a reader could not parse is kept, not lost.
    logger.warning("article date %r is not ISO 8601; written as attributes.published_text", published)
    attributes.setdefault("published_text", published)
    return None


def word_count(part: Part) -> int:
    """The number of words of a part: the sentences annotator's count, or white-space words."""
    count = part.attrs.get("word_count")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return count
    return len(part.text.split())


def page_stats(doc: Document, *, include_tokens: bool = False) -> dict[str, Any]:
    """The page's statistics, the ``stats`` of the JSON: the one place every view takes its counts from.

    ``layers[layer]["article"]`` and ``["article_labels"]`` count the title and the article;
    ``["total"]`` and ``["labels"]`` the whole page, comments included. A layer with a display
    threshold (:func:`slant._labels.display_threshold`: techniques) also counts the spans views show
    by default: ``["shown"]`` (page), ``["shown_article"]``, ``["shown_comments"]``, ``["shown_labels"]``.
    """
    layers: dict[str, dict[str, Any]] = {}
    for part in doc.parts:
        where = "comments" if part.kind == "comment" else "article"
        for layer, spans in part.spans.items():
            if not include_tokens and layer in HIDDEN_LAYERS:
                continue
            entry = layers.setdefault(
                layer,
                {"total": 0, "article": 0, "comments": 0, "labels": Counter(), "article_labels": Counter()},
            )
            entry["total"] += len(spans)
            entry[where] += len(spans)
            entry["labels"].update(span.label for span in spans)
            if where == "article":
                entry["article_labels"].update(span.label for span in spans)
            if display_threshold(layer, part.kind) is not None:
                shown = [span for span in spans if is_shown(layer, part.kind, span.score)]
                entry["shown"] = entry.get("shown", 0) + len(shown)
                entry[f"shown_{where}"] = entry.get(f"shown_{where}", 0) + len(shown)
                entry.setdefault("shown_labels", Counter()).update(span.label for span in shown)
    for entry in layers.values():
        if "shown" in entry:
            entry.setdefault("shown_article", 0)
            entry.setdefault("shown_comments", 0)
        for key in ("labels", "article_labels", "shown_labels"):
            if key not in entry:
                continue
            entry[key] = dict(sorted(entry[key].items(), key=lambda item: (-item[1], item[0])))
    authors = [comment.author for comment in doc.comments if comment.author]
    article_words = word_count(doc.article)
    comment_words = sum(word_count(comment) for comment in doc.comments)
    misspellings = sum(
        len(part.spans.get("misspellings", ())) for part in (doc.title, doc.article) if part is not None
    )
    title_words = word_count(doc.title) if doc.title is not None else 0
    has_spelling = "misspellings" in doc.article.spans
    return {
        "article_words": article_words,
        "comment_words": comment_words,
        "words": article_words + title_words + comment_words,
        "comments": len(doc.comments),
        "commenters": len(set(authors)),
        "anonymous_comments": len(doc.comments) - len(authors),
        "replies": sum(1 for comment in doc.comments if comment.parent is not None),
        "empty_comments": sum(1 for comment in doc.comments if not comment.text.strip()),
        "misspellings_per_1000_words": (
            round(1000 * misspellings / max(1, article_words + title_words), 2) if has_spelling else None
        ),
        "layers": layers,
        **_toxic_counts(doc),
    }


def _toxic_counts(doc: Document) -> dict[str, Any]:
    """How many comments were scored for toxicity, and how many reach the label table's threshold."""
    threshold = toxic_threshold()
    scored = [comment.scores["toxicity"] for comment in doc.comments if "toxicity" in comment.scores]
    return {
        "scored_comments": len(scored),
        "toxic_comments": sum(1 for scores in scored if comment_toxicity(scores) >= threshold)
        if scored
        else None,
        "toxic_threshold": threshold,
    }


def comment_toxicity(scores: Mapping[str, float]) -> float:
    """A comment's overall toxicity: its "toxicity" score, or its highest score if it has none."""
    return float(scores.get("toxicity", max(scores.values(), default=0.0)))


def to_dict(doc: Document, *, include_tokens: bool = False) -> dict[str, Any]:
    """Return the analysis of ``doc`` as plain JSON-able data, in the shape of :func:`document_schema`.

    Args:
        doc: an analysed (or just read) document.
        include_tokens: keep the ``"tokens"`` span layer, left out by default for size.

    Raises:
        PipelineError: an annotator stored a score map under a name the JSON reserves (``"spans"``,
            ``"text"``...), or a score outside [0, 1].
    """
    from slant._version import __version__

    article = doc.article
    article_attributes = _attributes(article)
    title = doc.title
    article_out: dict[str, Any] = {
        "title": title.text if title is not None else None,
        "published": _article_published(article, article_attributes),
        "author": article.author,
        "text": article.text,
        "language": _language(article),
        "attributes": article_attributes,
        "spans": _layers(article, include_tokens=include_tokens),
        "title_spans": _layers(title, include_tokens=include_tokens) if title is not None else {},
        "title_scores": _score_maps(title, frozenset()) if title is not None else {},
    }
    article_out.update(_score_maps(article, ARTICLE_KEYS))
    comments_out: list[dict[str, Any]] = []
    for comment in doc.comments:
        item: dict[str, Any] = {
            "id": comment.id,
            "author": comment.author,
            "parent": comment.parent,
            "published": comment.published,
            "text": comment.text,
            "language": _language(comment),
            "attributes": _attributes(comment),
            "spans": _layers(comment, include_tokens=include_tokens),
        }
        item.update(_score_maps(comment, COMMENT_KEYS))
        comments_out.append(item)
    return {
        "schema": SCHEMA_VERSION,
        "slant_version": __version__,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "reader": doc.reader,
        "annotators": list(doc.annotated_by),
        "models": {name: dict(info) for name, info in doc.models.items()},
        "meta": _jsonable(doc.meta),
        "article": article_out,
        "comments": comments_out,
        "stats": page_stats(doc, include_tokens=include_tokens),
        # The scores from which views show a layer's spans by default, per part kind (issue 15).
        "display_thresholds": {layer: dict(kinds) for layer, kinds in display_thresholds().items()},
        # The sentences every view shows above the analysis (what the budget left out, comments the
        # page announces but does not hold), so the web page shows the same ones.
        "notes": page_notes(doc),
    }


def to_json(doc: Document, *, include_tokens: bool = False, indent: int | None = 2) -> str:
    """Return :func:`to_dict` of ``doc`` as a JSON string (UTF-8 text kept as it is, not ``\\u`` escaped)."""
    return json.dumps(to_dict(doc, include_tokens=include_tokens), ensure_ascii=False, indent=indent)


@functools.cache
def _schema_text() -> str:
    return resources.files("slant").joinpath("schema", "document.schema.json").read_text(encoding="utf-8")


def document_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :func:`to_dict`'s output, a fresh copy each call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
