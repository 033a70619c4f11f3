"""Helpers for tests on the app database: a pool, users with a known password, raw rows."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from psycopg_pool import AsyncConnectionPool

PASSWORD = "correct horse battery"
# argon2 of PASSWORD, made once: hashing in every test would cost 0.1 s each.
PASSWORD_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$lEhS6QHVuziSMyRBOlkqZQ"
    "$XfVCJ7bjxmIvUZgVMupF5gacvdATobaR5PAbG3NsXAQ"
)


@asynccontextmanager
async def app_pool(url: str) -> AsyncIterator[AsyncConnectionPool]:
    """A small pool over a test database, closed afterwards."""
    pool = AsyncConnectionPool(url, min_size=1, max_size=4, open=False)
    await pool.open(wait=True)
    try:
        yield pool
    finally:
        await pool.close()


INSERT_USER = (
    "INSERT INTO users (email, password_hash, timezone, can_approve) "
    "VALUES (%s, %s, %s, %s) RETURNING id"
)


async def make_user(
    pool: AsyncConnectionPool,
    *,
    email: str | None = None,
    timezone: str = "UTC",
    can_approve: bool = False,
) -> int:
    """Insert a user whose password is PASSWORD; their id."""
    address = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
    row = await fetch_one(
        pool,
        INSERT_USER,
        (address, PASSWORD_HASH, timezone, can_approve),
    )
    return int(row[0])


async def fetch_one(pool: AsyncConnectionPool, query: str, params: Any = None) -> tuple[Any, ...]:
    """Run one statement (committed) and return its first row."""
    async with pool.connection() as conn:
        cursor = await conn.execute(query, params)
        row = await cursor.fetchone()
    assert row is not None, query
    return tuple(row)


async def fetch_all(
    pool: AsyncConnectionPool, query: str, params: Any = None
) -> list[tuple[Any, ...]]:
    """Run one query and return all its rows."""
    async with pool.connection() as conn:
        cursor = await conn.execute(query, params)
        return [tuple(row) for row in await cursor.fetchall()]


async def run(pool: AsyncConnectionPool, statement: str, params: Any = None) -> None:
    """One statement on its own connection, committed."""
    async with pool.connection() as conn:
        await conn.execute(statement, params)


async def add_reminder(pool: AsyncConnectionPool, task_id: int, status: str = "pending") -> int:
    """A reminder an hour from now for a task; its id."""
    row = await fetch_one(
        pool,
        "INSERT INTO reminders (task_id, remind_at, status) "
        "VALUES (%s, now() + interval '1 hour', %s) RETURNING id",
        (task_id, status),
    )
    return int(row[0])
