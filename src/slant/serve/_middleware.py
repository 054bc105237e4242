"""ASGI middleware: the request-body size limit and the security headers on every response."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["BodyLimitMiddleware", "InternalErrorMiddleware", "SecurityHeadersMiddleware", "page_csp"]

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def page_csp() -> str:
    """The Content-Security-Policy of every response: only this server's own scripts, styles and calls.

    No inline script, no ``eval``, no frames, no form posts elsewhere; downloads are made from
    ``blob:`` URLs, which CSP does not restrict. Swagger UI (at ``/docs``) sets inline styles, so
    ``style-src`` allows them; styles cannot run code.
    """
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


_SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", page_csp().encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class SecurityHeadersMiddleware:
    """Add the Content-Security-Policy and the other hardening headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in _SECURITY_HEADERS if n not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class InternalErrorMiddleware:
    """Answer an unexpected error with the JSON 500, and keep the connection for its next request.

    Starlette's own last-resort handler sends the 500 and then raises the error on to the server,
    which closes the connection: a client's next keep-alive request on it is reset. Here the error
    is logged and answered, and goes no further. An error after the answer has begun cannot be
    answered any more; it is raised on, and the server closes the connection.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            logger.exception("internal error on %s", scope.get("path", "?"))
            if started:
                raise
            await _send_json(send, 500, "internal_error", "internal error; the server log has the details")


async def _send_json(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, by the declared length or while streaming.

    Checking as the body streams in matters: a chunked request declares no length.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self._refuse(send, 400, "bad_request", "the Content-Length header is not a number")
                    return
                if declared > self.max_bytes:
                    await self._refuse(send, 413, "input_too_large", self._message(declared))
                    return
        received = 0
        too_large = False
        started = False

        async def counting_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            # The framework may turn the aborted read into an error response of its own (FastAPI
            # answers 400 "error parsing the body"); answer 413 in its place.
            nonlocal started
            if too_large:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._refuse(send, 413, "input_too_large", self._message(received))
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send, 413, "input_too_large", self._message(received))

    def _message(self, size: int) -> str:
        return (
            f"the request body is over the {self.max_bytes:,}-byte limit (got {size:,}+ bytes); "
            "send a smaller page or ask the operator to raise --max-body-bytes"
        )

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        await _send_json(send, status, code, message)
