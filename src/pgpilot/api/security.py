"""Who is calling: the bearer token's actor, the path's user, and their rate limit.

Each is one or two FastAPI dependencies, not a chain: FastAPI solves every node of a route's
dependency tree on every request (shared nodes too), and a chain of bearer, services, actor
and limit was a third of the CPU of a point read over POST /api/sql.
"""

from typing import Annotated

import pydantic
from fastapi import Depends, Path
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPBearer
from fastapi.security.base import SecurityBase
from starlette.requests import HTTPConnection

from pgpilot.api.bodies import located
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
        """The actor, as FastAPI's solver and a DirectRoute (api/direct.py) both call it."""
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

    direct = __call__  # a DirectRoute's name for the same check


current_actor = ActorBearer()
CurrentActor = Annotated[Actor, Depends(current_actor)]
SqlActor = Annotated[Actor, Depends(ActorBearer(SQL))]
AskActor = Annotated[Actor, Depends(ActorBearer(ASK))]


class OwnUser:
    """A dependency: the current user, who must be the path's (403), rate limited (429)."""

    def __init__(self, limit: str | None = None) -> None:
        self.limit = limit

    async def __call__(
        self,
        user_id: Annotated[int, Path(description="Your user id (the token's subject).")],
        actor: CurrentActor,
        connection: HTTPConnection,
    ) -> User:
        return await self.owner(actor, user_id, connection)

    async def direct(self, connection: HTTPConnection) -> User:
        """The same checks in the same order, for a DirectRoute (api/direct.py)."""
        actor = await current_actor(connection)
        try:
            user_id = PATH_ID.validate_python(connection.path_params["user_id"])
        except pydantic.ValidationError as exc:
            raise RequestValidationError(located(exc, "path", "user_id")) from None
        return await self.owner(actor, user_id, connection)

    async def owner(self, actor: Actor, user_id: int, connection: HTTPConnection) -> User:
        """The actor's user when the path names them; 403 otherwise."""
        user = actor.user
        assert user is not None  # a token always names a user
        if user_id != user.id:
            raise Forbidden("You can only reach your own data.")
        if self.limit is not None:
            await services_of(connection).rate_limiter.enforce(self.limit, user_key(user.id))
        return user


# The path's id read as FastAPI reads an `int` path parameter (lax: "42" is 42).
PATH_ID: pydantic.TypeAdapter[int] = pydantic.TypeAdapter(int)
PathUser = Annotated[User, Depends(OwnUser())]
RateLimitedUser = Annotated[User, Depends(OwnUser(TASKS))]
