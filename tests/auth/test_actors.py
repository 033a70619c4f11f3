"""Actors: resolved from credentials with their grants; the console's operator may do all."""

from datetime import timedelta

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Actor, actor_for_email, actor_for_user, actor_from_token
from pgpilot.auth.tokens import issue_token
from pgpilot.errors import ConfigError, NotFound, Unauthorized
from tests.actors import grant
from tests.appdb import fetch_one

SECRET = "s" * 40


async def test_a_user_carries_their_grants(pool: AsyncConnectionPool, alice: int) -> None:
    await grant(pool, alice, "shop", "read")
    actor = await grant(pool, alice, "crm", "write")
    assert (actor.id, actor.name, actor.is_operator) == (alice, "alice@example.com", False)
    assert (actor.access_to("shop"), actor.access_to("crm"), actor.access_to("hr")) == (
        "read",
        "write",
        None,
    )
    assert not actor.is_admin
    assert not actor.can_approve


async def test_an_admin_may_use_every_target(pool: AsyncConnectionPool, alice: int) -> None:
    await fetch_one(pool, "UPDATE users SET is_admin = true WHERE id = %s RETURNING id", (alice,))
    actor = await actor_for_user(pool, alice)
    assert actor.access_to("anything") == "write"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param("UPDATE users SET is_active = false WHERE id = %s", "disabled", id="disabled"),
        pytest.param("DELETE FROM users WHERE id = %s", "no longer exists", id="deleted"),
    ],
)
async def test_a_token_of_a_gone_or_disabled_account_is_refused(
    pool: AsyncConnectionPool, alice: int, change: str, message: str
) -> None:
    token = issue_token(alice, secret=SECRET, lifetime=timedelta(hours=1)).access_token
    assert (await actor_from_token(pool, token, secret=SECRET)).id == alice
    async with pool.connection() as conn:
        await conn.execute(change, (alice,))
    with pytest.raises(Unauthorized, match=message):
        await actor_from_token(pool, token, secret=SECRET)


async def test_no_token_no_secret_and_unknown_email(pool: AsyncConnectionPool) -> None:
    with pytest.raises(Unauthorized):
        await actor_from_token(pool, None, secret=SECRET)
    with pytest.raises(ConfigError):
        await actor_from_token(pool, "x", secret=None)
    with pytest.raises(NotFound):
        await actor_for_email(pool, "nobody@example.com")


def test_the_operator_may_do_everything_and_is_known_by_name() -> None:
    operator = Actor.console("cli:root")
    assert (operator.id, operator.name) == (None, "cli:root")
    assert operator.is_admin
    assert operator.can_approve
    assert operator.access_to("any") == "write"
    assert operator.is_(None, "cli:root")
    assert not operator.is_(None, "cli:other")
    assert not operator.is_(7, "cli:root"), "a user's ticket is never the operator's"


async def test_a_user_is_known_by_id_not_by_name(pool: AsyncConnectionPool, alice: int) -> None:
    actor = await actor_for_user(pool, alice)
    assert actor.is_(alice, "someone else's name")
    assert not actor.is_(alice + 1, "alice@example.com")
    assert not actor.is_(None, "alice@example.com")


async def test_the_lookup_leaves_pooled_connections_transactional(
    pool: AsyncConnectionPool, alice: int
) -> None:
    """The lookup runs without BEGIN/COMMIT, but the next borrower gets the pool's usual mode."""
    for _ in range(3):  # whichever connection the pool hands out
        await actor_for_user(pool, alice)
        async with pool.connection() as conn:
            assert not conn.autocommit
