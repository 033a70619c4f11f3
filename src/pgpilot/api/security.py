"""Who is calling: the bearer token's actor, the path's user, and their rate limit.

Each is one or two FastAPI dependencies, not a chain: FastAPI solves every node of a route's
dependency tree on every request (shared nodes too), and a chain of bearer, services, actor
and limit was a third of the CPU of a point read over POST /api/sql.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Path
from fastapi.security import HTTPBearer
from fastapi.security.base import SecurityBase
from starlette.requests import HTTPConnection

from pgpilot.api.deps import services_of
from pgpilot.auth.actors import Actor, actor_from_token
from pgpilot.auth.ratelimit import ASK, SQL, TASKS, user_key
from pgpilot.auth.users import User
from pgpilot.errors import Forbidden

# What OpenAPI shows for every route that takes a token; GET /metrics reads it as it is.
bearer = HTTPBearer(
    auto_error=False,
    description="The access_token from POST /api/auth/login.",
)


def bearer_token(connection: HTTPConnection) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, as `HTTPBearer` reads it."""
    scheme, _, token = (connection.headers.get("authorization") or "").partition(" ")
    token = token.strip()
    return token if token and scheme.lower() == "bearer" else None


class ActorBearer(SecurityBase):
    """A dependency: the bearer token's live actor (401), counted against a rate limit (429)."""

    # A security scheme, so OpenAPI documents it as the same `HTTPBearer` as `bearer`.

    def __init__(self, limit: str | None = None) -> None:
        self.model = bearer.model
        self.scheme_name = bearer.scheme_name
        self.limit = limit

    async def __call__(self, connection: HTTPConnection) -> Actor:
        services = services_of(connection)
        secret = services.settings.jwt_secret
        actor = await actor_from_token(
            services.app_db,
            bearer_token(connection),
            secret=secret.get_secret_value() if secret is not None else None,
        )
        if self.limit is not None:
            await services.rate_limiter.enforce(self.limit, user_key(actor.id))
        return actor


current_actor = ActorBearer()
CurrentActor = Annotated[Actor, Depends(current_actor)]
SqlActor = Annotated[Actor, Depends(ActorBearer(SQL))]
AskActor = Annotated[Actor, Depends(ActorBearer(ASK))]


def path_user(limit: str | None = None) -> Callable[..., Awaitable[User]]:
    """A dependency: the current user, who must be the path's (403), rate limited (429)."""

    async def dependency(
        user_id: Annotated[int, Path(description="Your user id (the token's subject).")],
        actor: CurrentActor,
        connection: HTTPConnection,
    ) -> User:
        user = actor.user
        assert user is not None  # a token always names a user
        if user_id != user.id:
            raise Forbidden("You can only reach your own data.")
        if limit is not None:
            await services_of(connection).rate_limiter.enforce(limit, user_key(user.id))
        return user

    return dependency


PathUser = Annotated[User, Depends(path_user())]
RateLimitedUser = Annotated[User, Depends(path_user(TASKS))]
