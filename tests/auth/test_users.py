"""Registering, logging in and looking up accounts."""

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.users import authenticate, get_user, register_user
from pgpilot.errors import Conflict, Unauthorized, ValidationError
from tests.appdb import PASSWORD, fetch_one


async def test_register_then_log_in(pool: AsyncConnectionPool) -> None:
    user = await register_user(
        pool, email="  Ada@Example.COM ", password="s3cret-pass", timezone="Europe/Paris"
    )
    assert (user.email, user.timezone) == ("ada@example.com", "Europe/Paris")
    stored = await fetch_one(pool, "SELECT password_hash FROM users WHERE id = %s", (user.id,))
    assert stored[0].startswith("$argon2id$")
    assert await authenticate(pool, email="ADA@example.com", password="s3cret-pass") == user
    assert await get_user(pool, user.id) == user
    assert await get_user(pool, user.id + 1) is None


async def test_duplicate_email_ignores_case(pool: AsyncConnectionPool) -> None:
    await register_user(pool, email="ada@example.com", password="s3cret-pass")
    with pytest.raises(Conflict) as caught:
        await register_user(pool, email="ADA@example.com", password="other-pass")
    assert caught.value.error_code == "EMAIL_TAKEN"


@pytest.mark.parametrize(
    ("email", "password", "timezone", "words"),
    [
        pytest.param("not-an-email", "s3cret-pass", "UTC", "email", id="bad-email"),
        pytest.param("a@b.co", "short", "UTC", "8", id="short-password"),
        pytest.param("a@b.co", "s3cret-pass", "Mars/Olympus", "time zone", id="bad-zone"),
        pytest.param("a@b.co", "s3cret-pass", "../../etc/passwd", "time zone", id="path-zone"),
        pytest.param("a@b.co", "s3cret-pass", "", "time zone", id="empty-zone"),
    ],
)
async def test_register_validation(
    pool: AsyncConnectionPool, email: str, password: str, timezone: str, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        await register_user(pool, email=email, password=password, timezone=timezone)
    assert await fetch_one(pool, "SELECT count(*) FROM users") == (0,)


async def test_wrong_password_and_unknown_email_look_the_same(
    pool: AsyncConnectionPool, alice: int
) -> None:
    with pytest.raises(Unauthorized) as wrong:
        await authenticate(pool, email="alice@example.com", password="not-it-at-all")
    with pytest.raises(Unauthorized) as unknown:
        await authenticate(pool, email="nobody@example.com", password=PASSWORD)
    assert wrong.value.message == unknown.value.message
    user = await authenticate(pool, email="alice@example.com", password=PASSWORD)
    assert user.id == alice
