"""Accounts over REST: register, log in, who am I."""

from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import CurrentActor
from pgpilot.auth.passwords import HashCost
from pgpilot.auth.throttle import LoginKeys, throttled_login
from pgpilot.auth.tokens import issue_token
from pgpilot.auth.users import User, authenticate, register_user
from pgpilot.errors import ConfigError

router = APIRouter(prefix="/api/auth", tags=["auth"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Wrong email or password, or a bad token (UNAUTHORIZED)."},
    409: {"description": "The email already has an account (EMAIL_TAKEN)."},
    422: {"description": "Invalid email, password or time zone (VALIDATION_ERROR)."},
}
THROTTLED: dict[int | str, dict[str, Any]] = {
    429: {"description": "Too many failed logins of the account or address (RATE_LIMITED)."},
}


class UserCreate(BaseModel):
    """A new account."""

    email: str = Field(max_length=255, examples=["ada@example.com"])
    password: str = Field(description="8 characters or more.")
    timezone: str = Field("UTC", description="IANA time zone, e.g. Europe/Paris.")


class UserPublic(BaseModel):
    """An account, without secrets."""

    user_id: int
    email: str
    timezone: str
    created_at: datetime


class MePublic(UserPublic):
    """The signed-in account and what it may do."""

    can_approve: bool = Field(description="May approve or reject write tickets.")
    is_admin: bool = Field(description="Sees the whole audit log; may execute or undo any write.")
    grants: dict[str, str] = Field(description="SQL targets by name: `read` or `write`.")


class Login(BaseModel):
    """Credentials."""

    email: str
    password: str


class TokenPublic(BaseModel):
    """A bearer token for the Authorization header."""

    access_token: str
    token_type: str = "bearer"  # noqa: S105 (a scheme name, not a secret)
    user_id: int
    expires_at: datetime


def _public(user: User) -> UserPublic:
    return UserPublic.model_validate(user.to_dict())


@router.post("/register", status_code=201, responses=ERRORS)
async def register(body: UserCreate, services: ServicesDep) -> UserPublic:
    """Create an account."""
    user = await register_user(
        services.app_db,
        email=body.email,
        password=body.password,
        timezone=body.timezone,
        cost=HashCost.of(services.settings),
    )
    return _public(user)


@router.post("/login", responses=ERRORS | THROTTLED)
async def login(body: Login, request: Request, services: ServicesDep) -> TokenPublic:
    """Exchange email and password for a token valid PGPILOT_JWT_EXPIRY_DAYS days."""
    keys = LoginKeys.of(email=body.email, address=request.client and request.client.host)
    user = await throttled_login(
        services.rate_limiter,
        keys,
        lambda: authenticate(
            services.app_db,
            email=body.email,
            password=body.password,
            cost=HashCost.of(services.settings),
        ),
    )
    secret = services.settings.jwt_secret
    if secret is None:
        raise ConfigError("JWT_SECRET is not set; logins cannot be issued")
    token = issue_token(
        user.id,
        secret=secret.get_secret_value(),
        lifetime=timedelta(days=services.settings.jwt_expiry_days),
    )
    return TokenPublic(
        access_token=token.access_token, user_id=user.id, expires_at=token.expires_at
    )


@router.get("/me", responses=ERRORS)
async def me(actor: CurrentActor) -> MePublic:
    """The account the token belongs to, with its rights."""
    assert actor.user is not None
    return MePublic.model_validate(actor.user.to_dict() | {"grants": dict(actor.grants)})
