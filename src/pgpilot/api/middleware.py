"""Request ids: taken from X-Request-ID or made, logged with every line, echoed back."""

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from fastapi import Request, Response

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
