"""Streamable HTTP at /mcp inside the web app: a bearer token names the user of every request."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.authentication import AuthCredentials
from starlette.datastructures import Headers
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from pgpilot.auth.actors import actor_from_token
from pgpilot.errors import Unauthorized
from pgpilot.mcp.identity import access_token
from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from pgpilot.settings import Settings

PATH = "/mcp"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class McpHttp:
    """The /mcp endpoint (an ASGI app) and the session manager the app's lifespan runs."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._services: Services | None = None
        self._sessions: StreamableHTTPSessionManager | None = None

    @asynccontextmanager
    async def run(self, services: Services) -> AsyncIterator[None]:
        """Serve MCP sessions on `services` while the block runs."""
        server = build_mcp_server(services)
        # Building the SDK's app creates the session manager; its routes are not used.
        server.streamable_http_app(
            streamable_http_path=PATH, transport_security=_transport_security(self._settings)
        )
        sessions = server.session_manager
        ready, stop = asyncio.Event(), asyncio.Event()

        async def keep_sessions() -> None:
            async with sessions.run():
                ready.set()
                await stop.wait()

        # The manager's task group is entered and left by a task of its own: the app's lifespan
        # may start and end in different tasks (test harnesses do), a task group must not.
        keeper = asyncio.create_task(keep_sessions(), name="pgpilot-mcp-sessions")
        waiting = asyncio.create_task(ready.wait())
        await asyncio.wait((keeper, waiting), return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if keeper.done():
            keeper.result()  # it failed to start: raise why
        self._services, self._sessions = services, sessions
        try:
            yield
        finally:
            self._services = self._sessions = None
            stop.set()
            await keeper

    def route(self) -> Route:
        """The /mcp route (GET, POST and DELETE: streamable HTTP), left out of OpenAPI."""
        return Route(PATH, endpoint=self, include_in_schema=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Authenticate, then pass the request on; errors render as error envelopes."""
        if self._services is None or self._sessions is None:
            raise RuntimeError("the MCP endpoint is used outside the app's lifespan")
        user = await self._user(Headers(scope=scope).get("authorization"))
        # Sessions are bound to this user, and tools read it from the SDK's auth context.
        scope = {**scope, "user": user, "auth": AuthCredentials([])}
        await AuthContextMiddleware(self._sessions.handle_request)(scope, receive, send)

    async def _user(self, authorization: str | None) -> AuthenticatedUser:
        assert self._services is not None
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized(
                "Send 'Authorization: Bearer <access_token>' (POST /api/auth/login)."
            )
        secret = self._services.settings.jwt_secret
        actor = await actor_from_token(
            self._services.app_db,
            token.strip(),
            secret=secret.get_secret_value() if secret is not None else None,
        )
        assert actor.user is not None
        return AuthenticatedUser(access_token(actor.user, token.strip()))


def _transport_security(settings: Settings) -> TransportSecuritySettings | None:
    """DNS-rebinding protection when serving on loopback, as the SDK does by default."""
    if settings.host not in LOOPBACK:
        return None
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*"],
        allowed_origins=[
            "http://127.0.0.1:*",
            "http://localhost:*",
            "http://[::1]:*",
            *settings.cors_origins,
        ],
    )
