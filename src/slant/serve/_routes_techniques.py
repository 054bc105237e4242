"""``POST /v1/techniques``: tag texts with propaganda-technique spans."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from slant.serve._dependencies import guard, run_task, settings_of
from slant.serve._models import ErrorBody, TechniquesRequest, TechniquesResponse, TextTechniques
from slant.serve._routes_toxicity import check_batch
from slant.serve._tasks import tag_texts

__all__ = ["router"]

router = APIRouter(tags=["techniques"], dependencies=[Depends(guard)])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "missing or wrong API key"},
    413: {"model": ErrorBody, "description": "too many texts, or a text over the length limit"},
    422: {"model": ErrorBody, "description": "bad request fields"},
    429: {"model": ErrorBody, "description": "over the rate limit; see Retry-After"},
    503: {"model": ErrorBody, "description": "the techniques annotator is not available"},
    504: {"model": ErrorBody, "description": "tagging took over the time limit"},
}


@router.post("/v1/techniques", summary="Tag propaganda techniques", responses=_ERRORS)
async def techniques(body: TechniquesRequest, request: Request) -> TechniquesResponse:
    """Tag each text, as one article, with spans of the SemEval-2020 Task 11 propaganda techniques."""
    check_batch("texts", body.texts, settings_of(request))
    results = await run_task(request, tag_texts, list(body.texts), what="tagging")
    return TechniquesResponse(results=[TextTechniques(**r) for r in results])
