"""Pydantic models of the HTTP API's requests and answers (the HTTP boundary only; the library uses Document)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "AnalyzeRequest",
    "CommentIn",
    "ErrorBody",
    "ErrorDetail",
    "Health",
    "SpanOut",
    "TechniquesRequest",
    "TechniquesResponse",
    "TextTechniques",
    "ToxicityRequest",
    "ToxicityResponse",
    "ToxicityResult",
]


class _Strict(BaseModel):
    # Unknown fields are an error: a typo such as {"txt": ...} should not silently analyse nothing.
    model_config = ConfigDict(extra="forbid")


class AnalyzeRequest(_Strict):
    """One page to analyse: exactly one of ``text``, ``html``, ``url`` or ``page``."""

    text: str | None = Field(None, description="the page as plain text (a copy-paste or a text dump)")
    html: str | None = Field(None, description="the page's HTML source")
    url: str | None = Field(None, description="a public http(s) URL to fetch; private addresses are refused")
    page: dict[str, Any] | None = Field(
        None, description="an already-structured page, in the JSON input format of `slant analyze`"
    )
    with_tokens: bool = Field(False, description="include the tokens layer in the answer")
    render: bool = Field(
        False,
        description="with url: open the page in a headless browser so that comments loaded by script are "
        "read too; only on servers started with `slant serve --allow-render` (422 otherwise)",
    )

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": "Headline\n\nThe article text...\n\nComments\n\nann: I agree"}]
        },
    )

    @model_validator(mode="after")
    def _exactly_one_source(self) -> AnalyzeRequest:
        given = [name for name in ("text", "html", "url", "page") if getattr(self, name) is not None]
        if len(given) != 1:
            got = ", ".join(given) if given else "none"
            raise ValueError(f"give exactly one of text, html, url or page (got {got})")
        if self.render and self.url is None:
            raise ValueError(
                "render applies to a url only; a page given as text, html or page is read as it is"
            )
        return self


class CommentIn(_Strict):
    """A comment with the id to report it under."""

    id: str = Field(..., max_length=200, description="your id for the comment, echoed back")
    text: str = Field(..., description="the comment's text")


class ToxicityRequest(_Strict):
    """Comments to score, as plain strings or ``{"id", "text"}`` objects."""

    comments: list[str | CommentIn] = Field(..., description="the comments to score, in order")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"comments": ["Thanks for the report.", {"id": "c2", "text": "You idiot."}]}]
        },
    )


class SpanOut(BaseModel):
    """A labelled stretch of a text: character offsets, label, score and the text it covers."""

    start: int
    end: int
    label: str
    score: float
    text: str


class ToxicityResult(BaseModel):
    """One comment's scores (label -> probability) and the words responsible."""

    id: str
    scores: dict[str, float]
    spans: list[SpanOut]


class ToxicityResponse(BaseModel):
    """Scores of every comment, in the order sent."""

    results: list[ToxicityResult]


class TechniquesRequest(_Strict):
    """Texts to tag with propaganda techniques; each is treated as one article."""

    texts: list[str] = Field(..., description="the texts to tag, in order")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"texts": ["The so-called 'experts' will destroy our great nation."]}]
        },
    )


class TextTechniques(BaseModel):
    """The technique spans of one text."""

    index: int
    spans: list[SpanOut]


class TechniquesResponse(BaseModel):
    """Technique spans of every text, in the order sent."""

    results: list[TextTechniques]


class Health(BaseModel):
    """Whether the service is up, and what it can do."""

    status: str
    version: str
    pipeline: list[str]
    annotators: list[str]
    render: bool = False


class ErrorDetail(BaseModel):
    """What went wrong: a stable machine-readable code and a one-line message for people."""

    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer has this shape."""

    error: ErrorDetail
