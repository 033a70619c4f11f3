"""Accounts for API tests: users made directly in the database, tokens signed like login's."""

from dataclasses import dataclass
from datetime import timedelta

from pgpilot.auth.actors import Access
from pgpilot.auth.tokens import issue_token
from tests.actors import grant
from tests.appdb import app_pool, fetch_one, make_user

SECRET = "t" * 40  # the jwt_secret of tests.api.conftest.app_settings


@dataclass(frozen=True)
class Account:
    """A user and the headers that authenticate as them."""

    id: int
    headers: dict[str, str]


def bearer(user_id: int, *, secret: str = SECRET) -> dict[str, str]:
    """An Authorization header for the user."""
    token = issue_token(user_id, secret=secret, lifetime=timedelta(hours=1))
    return {"Authorization": f"Bearer {token.access_token}"}


async def make_account(
    url: str,
    email: str,
    *,
    can_approve: bool = False,
    is_admin: bool = False,
    grants: dict[str, Access] | None = None,
) -> Account:
    """A user of the app database at `url` with these rights, and a valid token."""
    async with app_pool(url) as pool:
        user_id = await make_user(pool, email=email, can_approve=can_approve)
        if is_admin:
            await fetch_one(
                pool, "UPDATE users SET is_admin = true WHERE id = %s RETURNING id", (user_id,)
            )
        for target, access in (grants or {}).items():
            await grant(pool, user_id, target, access)
    return Account(user_id, bearer(user_id))
