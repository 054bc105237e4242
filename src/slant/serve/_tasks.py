"""The work the routes hand to an analysis worker: plain functions of plain values.

They run in a worker process (``ServeSettings.analysis_processes``) or a thread of the server, so
their arguments and results are what pickle carries: bytes, strings, lists and dicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slant._document import Document, Part
from slant.readers import InputFormat, ReadLimits, read_bytes
from slant.readers._decode import decode
from slant.serve._errors import ApiError
from slant.serve._pipelines import analysis_pipeline, pipeline_for

__all__ = ["analyze_page", "score_comments", "tag_texts", "text_too_long"]


def text_too_long(what: str, length: int, limit: int) -> ApiError:
    """The 413 for a text over ``--max-text-chars``."""
    return ApiError(
        413,
        "text_too_long",
        f"the {what} is {length:,} characters, over the {limit:,}-character limit; send a shorter page",
    )


def analyze_page(
    names: Sequence[str] | None,
    data: bytes,
    *,
    format: InputFormat,
    source: str,
    url: str | None,
    content_type: str | None,
    name: str | None = None,
    meta: dict[str, Any] | None = None,
    max_bytes: int,
    max_text_chars: int,
    report: str,
    with_tokens: bool,
) -> dict[str, Any] | str:
    """Read ``data`` as a page, run the analysis pipeline, and render the JSON dict or the HTML report.

    ``name`` is an uploaded file's name: the reader decides the format from it as from a file's.
    ``meta`` is added to the document's (how a URL's page was obtained: fetched or rendered).
    The decoded text is held to ``max_text_chars`` as a JSON ``text`` is, whatever the bytes came
    from (an upload, a fetched URL): the pipeline's cost grows with the characters, not the bytes.
    """
    text = decode(data, source=source, content_type=content_type)
    if len(text) > max_text_chars:
        raise text_too_long("page" if source.startswith("<") else "file", len(text), max_text_chars)
    del text
    doc = read_bytes(
        data,
        format=format,
        limits=ReadLimits(max_bytes=max_bytes),
        source=source,
        url=url,
        content_type=content_type,
        name=name,
    )
    doc.meta.update(meta or {})
    doc = analysis_pipeline(names)(doc)
    from slant.reports import render_html, to_dict

    return render_html(doc) if report == "html" else to_dict(doc, include_tokens=with_tokens)


def _spans(part: Part, layer: str) -> list[dict[str, Any]]:
    return [
        {"start": s.start, "end": s.end, "label": s.label, "score": s.score, "text": part.span_text(s)}
        for s in part.spans.get(layer, ())
    ]


def score_comments(items: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
    """Toxicity of each ``(id, text)`` comment: ``{"id", "scores", "spans"}`` dicts, in order."""
    pipeline = pipeline_for("toxicity")
    comments = [Part(text, kind="comment", id=id_) for id_, text in items]
    doc = pipeline(Document(article=Part("", kind="article", id="article"), comments=comments))
    return [
        {"id": part.id, "scores": dict(part.scores.get("toxicity", {})), "spans": _spans(part, "toxicity")}
        for part in doc.comments
    ]


def tag_texts(texts: Sequence[str]) -> list[dict[str, Any]]:
    """Technique spans of each text, as one article: ``{"index", "spans"}`` dicts, in order."""
    pipeline = pipeline_for("techniques")
    docs = [Document(article=Part(text, kind="article", id="article")) for text in texts]
    return [
        {"index": i, "spans": _spans(doc.article, "techniques")} for i, doc in enumerate(pipeline.pipe(docs))
    ]
