"""Request ids, logged with every line and echoed back; and no NUL byte in any request."""

import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from fastapi import Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pgpilot.api.errors import error_response
from pgpilot.inputs import NUL, nul_message, nul_path
from pgpilot.logs import request_id

log = logging.getLogger("pgpilot.access")

HEADER = "X-Request-ID"


async def request_context(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Bind a request id for the request's logs and answer with it."""
    rid = request.headers.get(HEADER) or uuid.uuid4().hex
    token = request_id.set(rid[:64])
    started = time.perf_counter()
    try:
        response = await call_next(request)
        response.headers[HEADER] = rid[:64]
        log.info(
            "request",
            extra={
                "method": request.method,
                "path": request.url.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )
        return response
    finally:
        request_id.reset(token)


# A JSON string escape for U+0000 that is not itself an escaped backslash followed by "u0000".
JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
FORM_NUL = b"%00"


class RefuseNul:
    """Refuse, in one place, every request whose query or body text holds a NUL byte (422).

    /mcp is left to the tools, which refuse it as a ToolError the agent can read.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the query string and the whole body, then pass the request on unchanged."""
        if scope["type"] != "http" or scope["path"].startswith("/mcp"):
            await self.app(scope, receive, send)
            return
        messages = await _read_body(receive)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        where = _in_form("query", scope.get("query_string", b"")) or _in_body(content_type, body)
        if where is not None:
            response = error_response(422, "VALIDATION_ERROR", nul_message(where))
            await response(scope, receive, send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _read_body(receive: Receive) -> list[Message]:
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            return messages


def _in_form(part: str, data: bytes) -> str | None:
    if FORM_NUL not in data:
        return None
    for name, value in parse_qsl(data.decode("latin-1"), keep_blank_values=True):
        if NUL in name or NUL in value:
            return f"{part}.{name.replace(NUL, '')}"
    return part


def _in_body(content_type: str, body: bytes) -> str | None:
    if "json" in content_type and JSON_NUL.search(body):
        try:
            return nul_path(json.loads(body), "body") or "body"
        except ValueError:
            return "body"
    if "x-www-form-urlencoded" in content_type:
        return _in_form("body", body)
    return None
