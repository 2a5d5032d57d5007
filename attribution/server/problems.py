"""Problem answers (RFC 9457, ``application/problem+json``): every error the server gives, in one shape.

``{"type": "about:blank", "title": "Payload Too Large", "status": 413, "detail": "...", "code": "E006",
"instance": "urn:request:<id>"}``: ``detail`` is one line naming the problem, ``code`` the stable
error code when the engine gave one (docs/server.md lists them).
"""

from __future__ import annotations

import http
import json

PROBLEM_TYPE = "application/problem+json"

STATUS_OF_CODE: dict[str, int] = {  # engine error code -> HTTP status
    "E006": 413,  # over max-document-chars
    "E099": 500,  # a bug in the engine
}
DEFAULT_INPUT_STATUS = 422  # empty, undecodable, sentence too long, no article in the page, bad option


def status_of(code: str) -> int:
    """Return the HTTP status that answers an engine error ``code`` (422 for input problems)."""
    return STATUS_OF_CODE.get(code, DEFAULT_INPUT_STATUS)


def problem(status: int, detail: str, *, code: str | None = None, request_id: str | None = None,
            **extra) -> dict:
    """Return the RFC 9457 problem object for ``status`` with a one-line ``detail``."""
    body = {"type": "about:blank", "title": http.HTTPStatus(status).phrase, "status": status,
            "detail": " ".join(str(detail).split())}
    if code:
        body["code"] = code
    if request_id:
        body["instance"] = f"urn:request:{request_id}"
    body.update(extra)
    return body


def problem_bytes(status: int, detail: str, **kwargs) -> bytes:
    """Return the problem object for ``status`` as UTF-8 JSON bytes."""
    return json.dumps(problem(status, detail, **kwargs), ensure_ascii=False).encode("utf-8")
