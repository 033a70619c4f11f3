"""create_app(settings): the FastAPI application, built in a function."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from pgpilot import __version__
from pgpilot.api import errors, middleware
from pgpilot.api.routes import approvals, ask, auth, chat, health, pages, sql, tasks, ws
from pgpilot.mcp.http import McpHttp
from pgpilot.services import Services
from pgpilot.settings import Settings


def create_app(settings: Settings) -> FastAPI:
    """Build the app for prepared settings (see pgpilot.runtime.databases)."""
    mcp = McpHttp(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = await Services.start(settings)
        app.state.services = services
        try:
            async with mcp.run(services):  # MCP sessions live inside the app's lifespan
                yield
        finally:
            await services.close()

    app = FastAPI(
        title="pgpilot",
        version=__version__,
        summary="Let AI agents act on PostgreSQL safely.",
        lifespan=lifespan,
    )
    app.add_middleware(middleware.RefuseNul)
    app.middleware("http")(middleware.request_context)  # outermost: every answer has its id
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            allow_credentials=True,
        )
    errors.install(app)
    app.include_router(health.router)
    app.include_router(sql.router)
    app.include_router(approvals.router)
    app.include_router(pages.router)
    app.include_router(auth.router)
    app.include_router(tasks.router)
    app.include_router(chat.router)
    app.include_router(ask.router)
    app.include_router(ws.router)
    app.router.routes.append(mcp.route())  # /mcp: streamable HTTP, bearer token
    return app
