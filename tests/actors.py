"""Actors for tests: the console's operator, and users with grants on targets."""

from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Access, Actor, actor_for_user

OPERATOR = Actor.console("cli:test-operator")


async def grant(
    pool: AsyncConnectionPool, user_id: int, target: str = "default", access: Access = "write"
) -> Actor:
    """Grant a user a target and return them as an actor."""
    async with pool.connection() as conn:
        await conn.execute(
            "INSERT INTO target_grants (user_id, target, access, granted_by) "
            "VALUES (%s, %s, %s, 'test') ON CONFLICT (user_id, target) "
            "DO UPDATE SET access = EXCLUDED.access",
            (user_id, target, access),
        )
    return await actor_for_user(pool, user_id)


async def user_actor(pool: AsyncConnectionPool, user_id: int) -> Actor:
    """A user as an actor, with whatever grants they have."""
    return await actor_for_user(pool, user_id)
