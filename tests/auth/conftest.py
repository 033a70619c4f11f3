"""Auth fixtures: a pool over this test's app database, and two users."""

from collections.abc import AsyncIterator

import pytest
from psycopg_pool import AsyncConnectionPool

from tests.appdb import app_pool, make_user


@pytest.fixture
async def pool(app_db_url: str) -> AsyncIterator[AsyncConnectionPool]:
    """A pool over this test's app database."""
    async with app_pool(app_db_url) as opened:
        yield opened


@pytest.fixture
async def alice(pool: AsyncConnectionPool) -> int:
    """A user in UTC."""
    return await make_user(pool, email="alice@example.com")


@pytest.fixture
async def bob(pool: AsyncConnectionPool) -> int:
    """Another user, who must never see or change alice's tasks."""
    return await make_user(pool, email="bob@example.com")
