"""Who is calling: the bearer token's actor, the path's user, and their rate limit."""

from typing import Annotated

from fastapi import Depends, Path
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pgpilot.api.deps import ServicesDep
from pgpilot.auth.actors import Actor, actor_from_token
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
    decision = await services.rate_limiter.hit(f"user:{user.id}")
    decision.enforce()
    return user


RateLimitedUser = Annotated[User, Depends(limit_path_user)]
