"""The actor cache: kept between calls, dropped by NOTIFY, unused while nothing listens."""

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import psycopg
import pytest

from pgpilot.auth.actor_cache import APPLICATION_NAME, ActorCache, AppPool
from pgpilot.auth.actors import Actor, actor_for_email, actor_for_user
from pgpilot.errors import PgpilotError, Unauthorized
from tests.actors import grant

NOTICE_S = 2.0  # a notice is in time if it arrives within this


@pytest.fixture
async def app_pool(app_db_url: str) -> AsyncIterator[AppPool]:
    """The app's pool, as Services builds it, with its actor cache."""
    pool = AppPool(app_db_url, actor_ttl_s=30.0, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    try:
        yield pool
    finally:
        await pool.close()


async def listening(cache: ActorCache) -> None:
    """Until the cache's LISTEN is in effect (it starts with the first lookup)."""
    deadline = time.monotonic() + NOTICE_S
    while not cache.listening:
        assert time.monotonic() < deadline, "the listener never connected"
        await asyncio.sleep(0.01)


async def cached(pool: AppPool, user_id: int) -> Actor:
    """The user's actor, once the cache holds it: a second call makes no lookup."""
    await actor_for_user(pool, user_id)
    await listening(pool.actors)
    actor = await actor_for_user(pool, user_id)  # looked up, now kept
    lookups = pool.actors.lookups
    assert (await actor_for_user(pool, user_id)) is actor
    assert pool.actors.lookups == lookups, "the cache was not used"
    return actor


def change(url: str, statement: str, *params: object, quietly: bool = False) -> None:
    """Commit a change on a connection of its own; `quietly`: with no trigger firing."""
    with psycopg.connect(url, autocommit=True) as conn:
        if quietly:  # replica mode skips ordinary triggers: no NOTIFY is sent
            conn.execute("SET session_replication_role = replica")
        conn.execute(statement, params)


async def soon(check: Callable[[], Awaitable[bool]]) -> bool:
    """Whether `check` holds within NOTICE_S."""
    deadline = time.monotonic() + NOTICE_S
    while time.monotonic() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.02)
    return False


async def refused(pool: AppPool, user_id: int) -> bool:
    try:
        actor = await actor_for_user(pool, user_id)
    except Unauthorized:
        return True
    return actor.access_to("shop") is None


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("UPDATE users SET is_active = false WHERE id = %s", id="disabled"),
        pytest.param("DELETE FROM users WHERE id = %s", id="deleted"),
        pytest.param("DELETE FROM target_grants WHERE user_id = %s", id="grant-revoked"),
        pytest.param("TRUNCATE target_grants", id="grants-truncated"),
    ],
)
async def test_a_change_in_another_connection_reaches_the_next_call(
    app_pool: AppPool, app_db_url: str, alice: int, statement: str
) -> None:
    await grant(app_pool, alice, "shop", "read")
    assert (await cached(app_pool, alice)).access_to("shop") == "read"
    change(app_db_url, statement, *((alice,) if "%s" in statement else ()))
    assert await soon(lambda: refused(app_pool, alice))


async def test_a_grant_given_elsewhere_is_seen(
    app_pool: AppPool, app_db_url: str, alice: int
) -> None:
    assert (await cached(app_pool, alice)).access_to("crm") is None
    change(
        app_db_url,
        "INSERT INTO target_grants (user_id, target, access, granted_by) "
        "VALUES (%s, 'crm', 'write', 'test')",
        alice,
    )

    async def granted() -> bool:
        return (await actor_for_user(app_pool, alice)).access_to("crm") == "write"

    assert await soon(granted)


async def test_an_account_known_by_email_is_dropped_by_its_id(
    app_pool: AppPool, app_db_url: str, alice: int
) -> None:
    await actor_for_email(app_pool, "alice@example.com")
    await listening(app_pool.actors)
    await actor_for_email(app_pool, "alice@example.com")
    lookups = app_pool.actors.lookups
    await actor_for_email(app_pool, " Alice@Example.com ")
    assert app_pool.actors.lookups == lookups
    change(app_db_url, "UPDATE users SET is_active = false WHERE id = %s", alice)

    async def gone() -> bool:
        try:
            await actor_for_email(app_pool, "alice@example.com")
        except PgpilotError:
            return True
        return False

    assert await soon(gone)


async def test_with_the_listener_up_a_change_without_notice_is_not_seen(
    app_pool: AppPool, app_db_url: str, alice: int
) -> None:
    """The control of the next tests: the cache really serves what it kept."""
    await cached(app_pool, alice)
    change(app_db_url, "UPDATE users SET is_active = false WHERE id = %s", alice, quietly=True)
    await asyncio.sleep(0.2)
    assert (await actor_for_user(app_pool, alice)).id == alice


async def test_with_no_listener_nothing_is_cached(app_db_url: str, alice: int) -> None:
    pool = AppPool(app_db_url, actor_ttl_s=30.0, min_size=1, max_size=2, open=False)
    # A listener that cannot connect: the database is reachable, LISTEN never takes effect.
    pool.actors = ActorCache("postgresql://127.0.0.1:1/nowhere", ttl_s=30.0, reconnect_s=0.05)
    await pool.open(wait=True)
    try:
        for expected in (1, 2, 3):
            await actor_for_user(pool, alice)
            assert pool.actors.lookups == expected
        change(app_db_url, "UPDATE users SET is_active = false WHERE id = %s", alice, quietly=True)
        with pytest.raises(Unauthorized):
            await actor_for_user(pool, alice)
        assert not pool.actors.listening
    finally:
        await pool.close()


async def test_a_lost_listener_drops_every_actor(
    app_pool: AppPool, app_db_url: str, alice: int
) -> None:
    await cached(app_pool, alice)
    change(app_db_url, "UPDATE users SET is_active = false WHERE id = %s", alice, quietly=True)
    change(
        app_db_url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = %s AND datname = current_database()",
        APPLICATION_NAME,
    )
    assert await soon(lambda: refused(app_pool, alice))


async def test_an_entry_lives_at_most_its_ttl(app_db_url: str, alice: int) -> None:
    pool = AppPool(app_db_url, actor_ttl_s=0.2, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    try:
        await cached(pool, alice)
        change(app_db_url, "UPDATE users SET is_active = false WHERE id = %s", alice, quietly=True)
        await asyncio.sleep(0.3)
        with pytest.raises(Unauthorized):
            await actor_for_user(pool, alice)
    finally:
        await pool.close()


async def test_a_ttl_of_zero_caches_nothing(app_db_url: str, alice: int) -> None:
    pool = AppPool(app_db_url, actor_ttl_s=0, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    try:
        for expected in (1, 2):
            await actor_for_user(pool, alice)
            assert pool.actors.lookups == expected
    finally:
        await pool.close()


async def test_each_pool_keeps_its_own_actors(
    app_pool: AppPool, app_db_url: str, alice: int
) -> None:
    await cached(app_pool, alice)
    other = AppPool(app_db_url, actor_ttl_s=30.0, min_size=1, max_size=2, open=False)
    await other.open(wait=True)
    try:
        await actor_for_user(other, alice)
        assert other.actors.lookups == 1, "another process's cache is not this one's"
    finally:
        await other.close()
