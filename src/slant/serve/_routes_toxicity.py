"""``POST /v1/toxicity``: score a batch of comments with the toxicity annotator."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from slant._document import Part
from slant.readers._limits import DEFAULT_LIMITS
from slant.serve._dependencies import guard, run_task, settings_of
from slant.serve._errors import ApiError
from slant.serve._models import (
    CommentIn,
    ErrorBody,
    SpanOut,
    ToxicityRequest,
    ToxicityResponse,
    ToxicityResult,
)
from slant.serve._settings import ServeSettings
from slant.serve._tasks import score_comments

__all__ = ["check_batch", "router", "spans_of"]

router = APIRouter(tags=["toxicity"], dependencies=[Depends(guard)])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing or wrong API key"},
    413: {"model": ErrorBody, "description": "too many comments, or a comment over the length limit"},
    422: {"model": ErrorBody, "description": "bad request fields"},
    429: {"model": ErrorBody, "description": "over the rate limit; see Retry-After"},
    503: {"model": ErrorBody, "description": "the toxicity annotator is not available"},
    504: {"model": ErrorBody, "description": "scoring took over the time limit"},
}


def check_batch(what: str, texts: list[str], settings: ServeSettings) -> None:
    """Refuse a batch with more items, or a longer item, than the server allows (413)."""
    if len(texts) > settings.max_batch:
        raise ApiError(
            413,
            "batch_too_large",
            f"{len(texts):,} {what} in one request, over the limit of {settings.max_batch:,}; split the batch",
        )
    # A batch item is analysed as one part: it is held to the analysis budget a page's parts get.
    longest = min(settings.max_text_chars, DEFAULT_LIMITS.max_part_chars)
    for index, text in enumerate(texts):
        if len(text) > longest:
            raise ApiError(
                413,
                "text_too_long",
                f"{what} {index} is {len(text):,} characters, over the {longest:,}-character limit",
            )
    total = sum(len(text) for text in texts)
    if total > DEFAULT_LIMITS.max_analysed_chars:
        raise ApiError(
            413,
            "batch_too_large",
            f"{what} of {total:,} characters in one request, over the analysis budget of "
            f"{DEFAULT_LIMITS.max_analysed_chars:,}; split the batch",
        )


def spans_of(part: Part, layer: str) -> list[SpanOut]:
    """The spans of ``layer`` in ``part``, with the text each covers."""
    return [
        SpanOut(start=s.start, end=s.end, label=s.label, score=s.score, text=part.span_text(s))
        for s in part.spans.get(layer, ())
    ]


@router.post("/v1/toxicity", summary="Score comments for toxicity", responses=_ERRORS)
async def toxicity(body: ToxicityRequest, request: Request) -> ToxicityResponse:
    """Score each comment: probabilities per toxicity label, and the words responsible for them.

    Comments are scored on their own, as comments under an empty article; give each an ``id`` to
    get it back, or send plain strings and get their positions ("0", "1", ...).
    """
    items = [
        c if isinstance(c, CommentIn) else CommentIn(id=str(i), text=c) for i, c in enumerate(body.comments)
    ]
    check_batch("comments", [c.text for c in items], settings_of(request))
    ids = [c.id for c in items]
    if len(set(ids)) != len(ids):
        raise ApiError(422, "invalid_input", "comment ids must be unique within a request")
    results = await run_task(request, score_comments, [(c.id, c.text) for c in items], what="scoring")
    return ToxicityResponse(results=[ToxicityResult(**r) for r in results])
