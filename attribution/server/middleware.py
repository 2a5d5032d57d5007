"""The outermost layer of every request: a request id, the body size limit, and one access-log line.

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


class Guard:
    """ASGI middleware: request id (``scope["state"]["request_id"]`` and the X-Request-ID answer header),
    413 for bodies over ``max_body_bytes``, and the access log."""

    def __init__(self, app, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_of(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        answer = {"status": 500, "bytes": 0, "started": False}

        async def send_logged(message) -> None:
            if message["type"] == "http.response.start":
                answer["status"], answer["started"] = message["status"], True
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"x-request-id"]
                message = {**message, "headers": [*headers, (b"x-request-id", request_id.encode("ascii"))]}
            elif message["type"] == "http.response.body":
                answer["bytes"] += len(message.get("body", b""))
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

        try:
            length = _content_length(scope)
            if length is not None and length > self.max_body_bytes:
                await self._too_large(send_logged, request_id, length)
            else:
                await self.app(scope, receive_limited, send_logged)
        except BodyTooLarge:
            if answer["started"]:
                raise
            await self._too_large(send_logged, request_id, None)
        finally:
            ACCESS_LOG.info('%s %s "%s %s" %s %d %.1fms', request_id, (scope.get("client") or ("-",))[0],
                            scope["method"], scope["path"], answer["status"], answer["bytes"],
                            (time.perf_counter() - started) * 1000)

    async def _too_large(self, send, request_id: str, length: int | None) -> None:
        size = f"{length:,} bytes" if length is not None else "more bytes"
        body = problem_bytes(413, f"the request body has {size}, over the limit of {self.max_body_bytes:,} bytes "
                             "(max-document-chars, plus 64 KiB for the JSON envelope)", code="E006",
                             request_id=request_id)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", PROBLEM_TYPE.encode()), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
