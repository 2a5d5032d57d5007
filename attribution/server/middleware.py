"""The layers around every request: a request id and one access-log line; the body size limit.

Pure ASGI (no buffering): a body whose Content-Length is over the limit is refused with 413 before
a byte of it is read, and a chunked body is cut off at the limit as it streams in. The log line
has the request id, method, path (never the query string or the body: no article text is logged),
status, size and duration.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from .problems import PROBLEM_TYPE, problem_bytes

ACCESS_LOG = logging.getLogger("attribution.server.access")
REQUEST_ID_HEADER = "x-request-id"
_GOOD_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(path: str) -> str:
    """Return ``path`` with control characters escaped, so that a request cannot write a line of its own."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", path)


class BodyTooLarge(Exception):
    """The request body went over the limit while it was being read."""


def request_id_of(scope) -> str:
    """Return the request id: the client's X-Request-ID when it is a short plain token, else a new one."""
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            given = value.decode("latin-1")
            if _GOOD_REQUEST_ID.fullmatch(given):
                return given
    return uuid.uuid4().hex


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class RequestLog:
    """ASGI middleware, outermost: the request id (``scope["state"]["request_id"]`` and the X-Request-ID
    answer header) and one access-log line per request, whatever answered it (a 500 too)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_of(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        answer = {"status": 500, "bytes": 0}

        async def send_logged(message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id.encode("ascii"))]}
            elif message["type"] == "http.response.body":
                answer["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_logged)
        finally:
            ACCESS_LOG.info('%s %s "%s %s" %s %d %.1fms', request_id, (scope.get("client") or ("-",))[0],
                            scope["method"], printable(scope["path"]), answer["status"], answer["bytes"],
                            (time.perf_counter() - started) * 1000)


class BodyLimit:
    """ASGI middleware, inside CORS (so a browser can read its answer): 413 for bodies over ``max_body_bytes``,
    from the Content-Length before a byte is read, or as a chunked body streams past the limit."""

    def __init__(self, app, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = scope.get("state", {}).get("request_id")
        started = False

        async def send_watched(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        seen = 0

        async def receive_limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise BodyTooLarge()
            return message

        length = _content_length(scope)
        if length is not None and length > self.max_body_bytes:
            await self._too_large(send, request_id, length)
            return
        try:
            await self.app(scope, receive_limited, send_watched)
        except BodyTooLarge:
            if started:
                raise
            await self._too_large(send, request_id, None)

    async def _too_large(self, send, request_id: str | None, length: int | None) -> None:
        size = f"{length:,} bytes" if length is not None else "more bytes"
        body = problem_bytes(413, f"the request body has {size}, over the limit of {self.max_body_bytes:,} bytes "
                             "(max-document-chars, plus 64 KiB for the JSON envelope)", code="E006",
                             request_id=request_id)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", PROBLEM_TYPE.encode()), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
