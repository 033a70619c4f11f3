"""Who is calling: the bearer token's actor, the path's user, and their rate limit."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Path
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pgpilot.api.deps import ServicesDep
from pgpilot.auth.actors import Actor, actor_from_token
from pgpilot.auth.ratelimit import ASK, SQL, TASKS, user_key
from pgpilot.auth.users import User
from pgpilot.errors import Forbidden

bearer = HTTPBearer(
    auto_error=False,
    description="The access_token from POST /api/auth/login.",
)


async def get_actor(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    """The actor of a valid bearer token of a live account; 401 otherwise."""
    secret = services.settings.jwt_secret
    return await actor_from_token(
        services.app_db,
        credentials.credentials if credentials is not None else None,
        secret=secret.get_secret_value() if secret is not None else None,
    )


CurrentActor = Annotated[Actor, Depends(get_actor)]


async def get_current_user(actor: CurrentActor) -> User:
    """The signed-in user (a token always names one)."""
    assert actor.user is not None
    return actor.user


CurrentUser = Annotated[User, Depends(get_current_user)]


def rate_limited(limit: str) -> Callable[..., Awaitable[Actor]]:
    """A dependency: the current actor, counted against one of their named rate limits."""

    async def dependency(actor: CurrentActor, services: ServicesDep) -> Actor:
        await services.rate_limiter.enforce(limit, user_key(actor.id))
        return actor

    return dependency


SqlActor = Annotated[Actor, Depends(rate_limited(SQL))]
AskActor = Annotated[Actor, Depends(rate_limited(ASK))]


async def get_path_user(
    user_id: Annotated[int, Path(description="Your user id (the token's subject).")],
    user: CurrentUser,
) -> User:
    """The current user, who must be the one the path names; 403 otherwise."""
    if user_id != user.id:
        raise Forbidden("You can only reach your own data.")
    return user


PathUser = Annotated[User, Depends(get_path_user)]


async def limit_path_user(user: PathUser, services: ServicesDep) -> User:
    """The path's user, counted against their rate limit; 429 when over it."""
    await services.rate_limiter.enforce(TASKS, user_key(user.id))
    return user


RateLimitedUser = Annotated[User, Depends(limit_path_user)]
