"""Who a tool acts for: the stdio user chosen at start, or the bearer token's user over HTTP.

The actor is resolved once per tool call (so a disabled account stops at its next call) by
`acting`, which wraps every tool, and read by the tool with `actor_of`.
"""

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar, cast

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken

from pgpilot.auth.actors import Actor, actor_for_user
from pgpilot.auth.ratelimit import MCP, user_key
from pgpilot.auth.users import User
from pgpilot.errors import Unauthorized
from pgpilot.mcp.state import McpContext, state_of

CLIENT_ID = "pgpilot"
P = ParamSpec("P")
R = TypeVar("R")
_current: ContextVar[Actor | None] = ContextVar("pgpilot_mcp_actor", default=None)


def access_token(user: User, token: str) -> AccessToken:
    """The SDK's record of a verified bearer token: sessions and state are bound to its subject."""
    return AccessToken(
        token=token,
        client_id=CLIENT_ID,
        scopes=[],
        subject=str(user.id),
        claims={"email": user.email},
    )


def _user_id(ctx: McpContext) -> int:
    fixed = state_of(ctx).user_id
    if fixed is not None:
        return fixed
    token = get_access_token()
    if token is None or token.subject is None or not token.subject.isdigit():
        raise Unauthorized("this MCP session has no user; connect with a bearer token")
    return int(token.subject)


def acting(fn: Callable[P, Awaitable[R]], *, counted: bool = True) -> Callable[P, Awaitable[R]]:
    """Resolve the caller's actor and count the call against their MCP rate limit.

    `counted=False` for a tool's own helpers that the SDK runs before it (resolvers).
    """

    @functools.wraps(fn)
    async def call(*args: P.args, **kwargs: P.kwargs) -> R:
        # Every tool takes its context first, as `ctx`; the SDK passes it by name.
        ctx = cast(McpContext, kwargs["ctx"] if "ctx" in kwargs else args[0])
        services = state_of(ctx).services
        actor = await actor_for_user(services.app_db, _user_id(ctx))
        if counted:
            await services.rate_limiter.enforce(MCP, user_key(actor.id))
        token = _current.set(actor)
        try:
            return await fn(*args, **kwargs)
        finally:
            _current.reset(token)

    return call


def actor_of(_ctx: Any) -> Actor:
    """The actor of the tool call in progress (set by `acting`)."""
    actor = _current.get()
    if actor is None:
        raise Unauthorized("this MCP call has no user")
    return actor
