"""Who is calling: the bearer token's user, the path's user, and their rate limit."""

from typing import Annotated

from fastapi import Depends, Path
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pgpilot.api.deps import ServicesDep
from pgpilot.auth.ratelimit import TASKS, user_key
from pgpilot.auth.tokens import read_token
from pgpilot.auth.users import User, get_user
from pgpilot.errors import ConfigError, Forbidden, Unauthorized

bearer = HTTPBearer(
    auto_error=False,
    description="The access_token from POST /api/auth/login.",
)


async def get_current_user(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The user named by a valid bearer token; 401 otherwise."""
    if credentials is None:
        raise Unauthorized("Log in first and send 'Authorization: Bearer <access_token>'.")
    secret = services.settings.jwt_secret
    if secret is None:
        raise ConfigError("JWT_SECRET is not set; logins cannot be checked")
    user_id = read_token(credentials.credentials, secret=secret.get_secret_value())
    user = await get_user(services.app_db, user_id)
    if user is None:
        raise Unauthorized("The account of this login no longer exists.")
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_approver(user: CurrentUser) -> User:
    """The current user, who must be allowed to approve writes; 403 otherwise."""
    if not user.can_approve:
        raise Forbidden(
            f"{user.email} may not approve writes; an operator grants it with "
            f"`pgpilot users approver {user.email}`.",
            error_code="NOT_AN_APPROVER",
        )
    return user


Approver = Annotated[User, Depends(get_approver)]


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
