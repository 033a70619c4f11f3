"""create_app(settings): the FastAPI application, built in a function."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi.telemetry import TelemetryConfig

from pgpilot import __version__
from pgpilot.api import errors, middleware
from pgpilot.api import metrics as api_metrics
from pgpilot.api.routes import (
    approvals,
    ask,
    auth,
    chat,
    conversations,
    health,
    notifications,
    pages,
    sql,
    targets,
    tasks,
    ws,
)
from pgpilot.mcp.http import McpHttp
from pgpilot.metrics import Metrics
from pgpilot.services import Services
from pgpilot.settings import Settings, secret_weakness
from pgpilot.tasks.mail import mailer_for
from pgpilot.tasks.reminders import run_scheduler
from pgpilot.web import templates

log = logging.getLogger(__name__)
WILDCARD_BINDS = frozenset({"", "0.0.0.0", "::"})  # noqa: S104 (names, not a bind)


NO_TELEMETRY: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
}
STOP_GRACE_S = 2.0  # how long a reminder round may finish once the app stops


@asynccontextmanager
async def reminder_scheduler(services: Services) -> AsyncIterator[None]:
    """Deliver due reminders while the app runs; several workers may each run one."""
    interval = services.settings.reminder_interval_s
    if not interval:
        yield
        return
    stop = asyncio.Event()
    loop = asyncio.create_task(
        run_scheduler(
            services.app_db,
            clock=lambda: datetime.now(UTC),
            interval_s=interval,
            stop=stop,
            mailer=mailer_for(services.settings),
        )
    )
    try:
        yield
    finally:
        stop.set()
        # A round stuck waiting for an unreachable database must not hold the shutdown for the
        # pool's timeout; cancelling rolls its claim back (e-mail stays at most once).
        _, pending = await asyncio.wait({loop}, timeout=STOP_GRACE_S)
        for task in pending:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def create_app(settings: Settings) -> FastAPI:
    """Build the app for prepared settings (see pgpilot.runtime.databases)."""
    mcp = McpHttp(settings)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        weakness = secret_weakness(settings.jwt_secret)
        if weakness is not None:  # production refuses it in Settings; development warns once
            log.warning("JWT_SECRET %s; production would refuse it", weakness)
        services = await Services.start(settings)
        services.metrics = metrics
        services.rate_limiter.on_refusal = metrics.refused
        app.state.services = services
        try:
            # MCP sessions live inside the app's lifespan
            async with (
                api_metrics.sampling_pools(services),
                mcp.run(services),
                reminder_scheduler(services),
            ):
                yield
        finally:
            await services.close()

    app = FastAPI(
        title="pgpilot",
        version=__version__,
        summary="Let AI agents act on PostgreSQL safely.",
        lifespan=lifespan,
        docs_url=None,  # pages.docs serves Swagger UI from the package, for offline use
        redoc_url=None,
        # Off, FastAPI skips its telemetry checks on every request (a tenth of a point read).
        telemetry=None if settings.opentelemetry else NO_TELEMETRY,
    )
    app.state.templates = templates()
    # Added innermost first: the request id wraps everything, so refusals are logged too.
    app.add_middleware(middleware.RefuseNul)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            allow_credentials=True,
        )
    app.add_middleware(middleware.AllowedHosts, hosts=served_hosts(settings))
    app.add_middleware(middleware.SecurityHeaders)
    app.add_middleware(api_metrics.RequestMetrics, metrics=metrics)
    app.add_middleware(middleware.RequestContext)
    if settings.trusted_proxies:
        app.add_middleware(middleware.ProxyHeaders, trusted=settings.trusted_proxies)
    errors.install(app)
    # The router tries routes in order: the busiest first. The one path another route could
    # also match, /api/audit/tasks, is a 422 either way (neither id is an integer).
    serve_directly(app, sql.router)
    serve_directly(app, tasks.router)
    app.include_router(health.router)
    app.include_router(api_metrics.router)
    app.include_router(approvals.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("pgpilot.web", "static")]), name="static")
    app.include_router(auth.router)
    app.include_router(chat.router)
    app.include_router(conversations.router)
    app.include_router(notifications.router)
    app.include_router(targets.router)
    app.include_router(ask.router)
    app.include_router(ws.router)
    app.router.routes.append(mcp.route())  # /mcp: streamable HTTP, bearer token
    return app


def serve_directly(app: FastAPI, router: APIRouter) -> None:
    """Add a router's routes to the app itself rather than include the router as a branch.

    FastAPI 0.165 matches an included router as a branch: each request is matched twice, once
    to pick the branch and once inside it. The hot routers take no include options (their
    prefix and tags are already in each route), so their routes are served as they are; as
    routes of their own router, `app.dependency_overrides` does not reach them (unused here).
    """
    app.router.routes.extend(router.routes)


def served_hosts(settings: Settings) -> list[str]:
    """PGPILOT_ALLOWED_HOSTS, plus the address `serve` binds to when it names one host."""
    if settings.host in WILDCARD_BINDS or settings.host in settings.allowed_hosts:
        return settings.allowed_hosts
    return [*settings.allowed_hosts, settings.host]
