"""Errors at the HTTP boundary: every failure becomes ``{"error": {"code", "message"}}`` with its status.

slant's own errors carry one-line messages meant for users, so they are passed on; anything else
is logged here with its traceback and answered with a generic 500, so no stack trace or server path
ever reaches a client.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from slant._errors import (
    DependencyError,
    FetchError,
    ForbiddenURLError,
    InputError,
    InputTooLargeError,
    MissingInputError,
    ModelError,
    PipelineError,
    SlantError,
)

__all__ = ["ApiError", "error_response", "install_error_handlers", "public_message", "status_of"]

logger = logging.getLogger(__name__)

# Most specific first: the first class an error is an instance of decides.
_STATUS: tuple[tuple[type[SlantError], int, str], ...] = (
    (InputTooLargeError, 413, "input_too_large"),
    (ForbiddenURLError, 422, "forbidden_url"),
    (FetchError, 502, "fetch_failed"),
    (MissingInputError, 422, "invalid_input"),
    (InputError, 422, "invalid_input"),
    (PipelineError, 503, "annotator_unavailable"),
    (ModelError, 503, "model_unavailable"),
    (DependencyError, 503, "dependency_missing"),
)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "input_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
    503: "unavailable",
    504: "timeout",
}


class ApiError(Exception):
    """An error the API answers on purpose, with its status, code and one-line message."""

    def __init__(
        self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def __reduce__(self) -> tuple[Any, ...]:
        # Raised in an analysis worker process and carried back to the server by pickle.
        return (_api_error, (self.status, self.code, self.message, self.headers))


def _api_error(status: int, code: str, message: str, headers: dict[str, str]) -> ApiError:
    return ApiError(status, code, message, headers=headers)


def status_of(error: SlantError) -> tuple[int, str]:
    """The HTTP status and error code for one of slant's errors."""
    for kind, status, code in _STATUS:
        if isinstance(error, kind):
            return status, code
    return 500, "internal_error"


# An absolute file path not inside a URL (not preceded by a word character, ':', '/' or '.').
_PATH = re.compile(r"(?<![\w:/.])(?:/[\w.@+-]+){2,}/?")


def public_message(error: Exception) -> str:
    """The first line of ``error``'s message, with any server file path replaced by ``<path>``."""
    lines = str(error).strip().splitlines()
    return _PATH.sub("<path>", lines[0]) if lines else type(error).__name__


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The JSON error body every failure uses."""
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _validation_message(error: RequestValidationError) -> str:
    # One line naming each bad field; pydantic's own text can echo the input back, so build it here.
    parts: list[str] = []
    for item in error.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) + "; see /docs for the expected request"


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of ``app`` a JSON error of the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.code, error.message, error.headers)

    @app.exception_handler(SlantError)
    async def _slant_error(request: Request, error: SlantError) -> JSONResponse:
        status, code = status_of(error)
        if status == 500:
            logger.exception("unexpected slant error on %s", request.url.path)
            return error_response(500, "internal_error", "internal error; the server log has the details")
        if status == 503:
            # A missing model or extra is the operator's business; its message names server paths.
            logger.error("%s on %s: %s", code, request.url.path, error)
            return error_response(
                503,
                code,
                "an annotator or model this request needs is not installed on this server; the server log says which",
            )
        return error_response(status, code, public_message(error))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_input", _validation_message(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(error.status_code, "http_error")
        detail: Any = error.detail
        message = detail if isinstance(detail, str) else code.replace("_", " ")
        return error_response(error.status_code, code, message, dict(error.headers or {}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        logger.exception("internal error on %s", request.url.path)
        return error_response(500, "internal_error", "internal error; the server log has the details")
