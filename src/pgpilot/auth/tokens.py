"""Login tokens: JWT HS256 whose subject is the user's id."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

import jwt

from pgpilot.errors import Unauthorized

ALGORITHM: Final = "HS256"


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


def read_token(token: str, *, secret: str) -> int:
    """The user id a valid token names; Unauthorized for any other token."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp", "iat"]}
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized("Your login has expired; log in again.") from None
    except jwt.InvalidTokenError:
        raise Unauthorized("The login token is not valid; log in again.") from None
    subject = str(claims["sub"])
    if not subject.isdigit():
        raise Unauthorized("The login token is not valid; log in again.")
    return int(subject)
