"""Target pools: connections are checked before use, so dead backends cost no request."""

import asyncio

import psycopg
import pytest

from pgpilot.settings import Settings
from pgpilot.sql import door
from pgpilot.sql.execute import Limits, ReadResult, execute_read
from pgpilot.sql.targets import Targets
from tests.actors import OPERATOR
from tests.sql.conftest import sql_context


def terminate_pgpilot_backends(url: str) -> int:
    """End every pgpilot session on the target's database, as a restart or failover would.

    It waits until each backend has exited (the timeout argument): the request that follows
    comes after they died, not while they are dying.
    """
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND application_name = 'pgpilot'"
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("rounds", [pytest.param(1, id="once"), pytest.param(3, id="repeatedly")])
async def test_first_request_after_backends_die_succeeds(
    app_db_url: str, demo_url: str, rounds: int
) -> None:
    async with sql_context(app_db_url, demo_url) as ctx:
        for _ in range(rounds):
            first = await door.run(ctx, OPERATOR, sql="SELECT 1 AS one", target=None)
            assert isinstance(first, ReadResult)
            assert terminate_pgpilot_backends(demo_url) >= 1
            after = await door.run(ctx, OPERATOR, sql="SELECT 2 AS two", target=None)
            assert isinstance(after, ReadResult)
            assert after.rows == [[2]]


@pytest.mark.parametrize("size", [pytest.param(1, id="one"), pytest.param(7, id="seven")])
async def test_reads_share_at_most_the_configured_connections(demo_url: str, size: int) -> None:
    targets = Targets.from_settings(Settings(target_database_url=demo_url, target_pool_size=size))
    pool = await targets.pool(targets.resolve(None))
    try:
        reads = [
            execute_read(pool, "SELECT pg_sleep(0.05)", statement_type="SELECT", limits=Limits())
            for _ in range(size + 2)
        ]
        assert all(isinstance(read, ReadResult) for read in await asyncio.gather(*reads))
        assert pool.max_size == size
        assert pool.get_stats()["connections_num"] <= size
    finally:
        await targets.close()
