"""Login tokens: JWT HS256 whose subject is the user's id."""

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Final

import jwt

from pgpilot.errors import Unauthorized

ALGORITHM: Final = "HS256"
# Distinct tokens whose signature and claims are remembered: a client sends the same token
# with every request, and checking its signature costs more than the rest of the HTTP layer.
VERIFIED_TOKENS: Final = 1024
EXPIRED: Final = "Your login has expired; log in again."
INVALID: Final = "The login token is not valid; log in again."


@dataclass(frozen=True, slots=True)
class AccessToken:
    """A signed token and when it stops working."""

    access_token: str
    user_id: int
    expires_at: datetime
    token_type: str = "bearer"  # noqa: S105 (a scheme name, not a secret)


def issue_token(
    user_id: int, *, secret: str, lifetime: timedelta, now: datetime | None = None
) -> AccessToken:
    """Sign a token for the user."""
    issued = now or datetime.now(UTC)
    expires = issued + lifetime
    claims = {"sub": str(user_id), "iat": issued, "exp": expires}
    token = jwt.encode(claims, secret, algorithm=ALGORITHM)
    return AccessToken(access_token=token, user_id=user_id, expires_at=expires)


def read_token(token: str, *, secret: str, now: float | None = None) -> int:
    """The user id a valid token names; Unauthorized for any other token."""
    # The signature and claims are checked once per distinct token and secret (remembered);
    # the expiry against the clock (epoch seconds, `now` in tests) on every call.
    user_id, expires = _verified(token, secret)
    if expires <= (time.time() if now is None else now):
        raise Unauthorized(EXPIRED)
    return user_id


@lru_cache(maxsize=VERIFIED_TOKENS)  # only tokens that passed: a refusal raises, uncached
def _verified(token: str, secret: str) -> tuple[int, int]:
    """The subject and expiry (epoch seconds) of a token that is valid now."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp", "iat"]}
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized(EXPIRED) from None
    except jwt.InvalidTokenError:
        raise Unauthorized(INVALID) from None
    subject = str(claims["sub"])
    if not subject.isdigit():
        raise Unauthorized(INVALID)
    return int(subject), int(claims["exp"])  # PyJWT has checked that exp is an integer
