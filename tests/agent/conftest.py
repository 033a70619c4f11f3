"""Agent fixtures: a pool over this test's app database, two users, the offline agent."""

from collections.abc import AsyncIterator

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.task_graph import TaskAgent
from pgpilot.auth.users import User, get_user
from pgpilot.llm.offline_tasks import OfflineTaskModel
from tests.appdb import app_pool, make_user


@pytest.fixture
async def pool(app_db_url: str) -> AsyncIterator[AsyncConnectionPool]:
    """A pool over this test's app database."""
    async with app_pool(app_db_url) as opened:
        yield opened


async def user(pool: AsyncConnectionPool, email: str, timezone: str = "UTC") -> User:
    """A stored user."""
    found = await get_user(pool, await make_user(pool, email=email, timezone=timezone))
    assert found is not None
    return found


@pytest.fixture
async def alice(pool: AsyncConnectionPool) -> User:
    """A user in UTC."""
    return await user(pool, "alice@example.com")


@pytest.fixture
async def bob(pool: AsyncConnectionPool) -> User:
    """Another user, whose tasks alice's assistant must never touch."""
    return await user(pool, "bob@example.com")


@pytest.fixture(scope="session")
def agent() -> TaskAgent:
    """The graph around the offline planner."""
    return TaskAgent(OfflineTaskModel(), max_tool_rounds=5)
