"""SQL fixtures: targets over a database of the test's own, the context writes need, actors."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Actor
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets
from tests.actors import grant, user_actor
from tests.appdb import make_user


@pytest.fixture
async def targets(demo_url: str) -> AsyncIterator[Targets]:
    """The demo database as the default target."""
    registry = Targets({"default": demo_url})
    yield registry
    await registry.close()


@pytest.fixture
def limits() -> Limits:
    """Small limits, so caps and timeouts show quickly."""
    return Limits(max_rows=50, statement_timeout_ms=2000, lock_timeout_ms=500)


@asynccontextmanager
async def sql_context(
    app_db_url: str,
    target_url: str,
    *,
    limits: Limits | None = None,
    schemas: SchemaCache | None = None,
    **policy: object,
) -> AsyncIterator[SqlContext]:
    """A SqlContext over a test app database and one default target."""
    app_db = AsyncConnectionPool(app_db_url, open=False, min_size=1, max_size=4)
    await app_db.open(wait=True)
    targets = Targets({"default": target_url})
    try:
        yield SqlContext(
            targets=targets,
            app_db=app_db,
            limits=limits or Limits(),
            policy=WritePolicy(**policy),  # type: ignore[arg-type]
            schemas=schemas or SchemaCache(),
        )
    finally:
        if schemas is not None:
            await schemas.close()
        await targets.close()
        await app_db.close()


@pytest.fixture
async def demo_ctx(app_db_url: str, demo_url: str, limits: Limits) -> AsyncIterator[SqlContext]:
    """Context over the demo shop."""
    async with sql_context(app_db_url, demo_url, limits=limits) as ctx:
        yield ctx


@pytest.fixture
async def agent(pool: AsyncConnectionPool) -> Actor:
    """An agent's account: may read the default target and request writes on it."""
    return await grant(pool, await make_user(pool, email="agent@example.com"))


@pytest.fixture
async def approver(pool: AsyncConnectionPool) -> Actor:
    """A human who may approve writes (and undo them), with no target grant of their own."""
    return await user_actor(
        pool, await make_user(pool, email="human@example.com", can_approve=True)
    )
