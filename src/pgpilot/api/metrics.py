"""GET /metrics (Prometheus text format) and the pure ASGI middleware that counts requests.

Who may read it: a scraper sending `Authorization: Bearer $PGPILOT_METRICS_TOKEN`, or an
admin's login token. Anyone else gets 401 (403 for a signed-in non-admin).
"""

import asyncio
import contextlib
import secrets
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from fastapi.security import HTTPAuthorizationCredentials
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import bearer
from pgpilot.auth.actors import actor_from_token
from pgpilot.errors import Forbidden, Unauthorized
from pgpilot.metrics import Metrics
from pgpilot.services import Services

router = APIRouter(tags=["operations"])
POOL_SAMPLE_S = 5.0


class RequestMetrics:
    """Count each HTTP request by method, route template and status, and time it."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            # The router records the matched route in the scope; its template keeps labels few.
            route = getattr(scope.get("route"), "path", None)
            self.metrics.request(scope["method"], route, status, time.perf_counter() - started)


async def metrics_reader(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """The scraper's token, or an admin's login token; 401/403 otherwise."""
    token = credentials.credentials if credentials is not None else None
    expected = services.settings.metrics_token
    if token and expected and secrets.compare_digest(token, expected.get_secret_value()):
        return
    if token is None:
        raise Unauthorized("Send 'Authorization: Bearer <PGPILOT_METRICS_TOKEN or admin token>'.")
    secret = services.settings.jwt_secret
    actor = await actor_from_token(
        services.app_db, token, secret=secret.get_secret_value() if secret is not None else None
    )
    if not actor.is_admin:
        raise Forbidden("Only admins (or PGPILOT_METRICS_TOKEN) may read metrics.")


@router.get(
    "/metrics",
    dependencies=[Depends(metrics_reader)],
    response_class=Response,
    responses={
        200: {"content": {"text/plain": {}}, "description": "Prometheus text format."},
        401: {"description": "No token, or a token that is neither the metrics token nor valid."},
        403: {"description": "A valid login token of an account that is not an admin."},
    },
)
async def metrics(services: ServicesDep) -> Response:
    """Request, guard, write, approval, LLM, rate-limit and pool metrics of every worker."""
    assert services.metrics is not None
    services.metrics.pools(services.pools())
    body, content_type = services.metrics.exposition()
    return Response(body, media_type=content_type)


@contextlib.asynccontextmanager
async def sampling_pools(services: Services) -> AsyncIterator[None]:
    """Record pool use every few seconds while the app runs (a scrape reaches one worker)."""
    assert services.metrics is not None
    metrics = services.metrics

    async def sample() -> None:
        while True:
            metrics.pools(services.pools())
            await asyncio.sleep(POOL_SAMPLE_S)

    task = asyncio.create_task(sample(), name="pgpilot-pool-metrics")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        metrics.process_ended()
