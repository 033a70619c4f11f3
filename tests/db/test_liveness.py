"""The pools' check: a live idle connection passes without a query, a dead one never passes."""

import psycopg
import pytest

from pgpilot.db.liveness import check_connection


def calls_of(url: str, pid: int) -> int:
    """Statements the backend `pid` has started, as pg_stat_activity counts them."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND query = ''", (pid,)
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize(
    "autocommit", [pytest.param(True, id="autocommit"), pytest.param(False, id="transactional")]
)
async def test_a_live_connection_passes_without_a_query(
    blank_db_url: str, autocommit: bool
) -> None:
    async with await psycopg.AsyncConnection.connect(blank_db_url, autocommit=autocommit) as conn:
        await conn.execute("SELECT 1")
        if not autocommit:
            await conn.commit()
        await check_connection(conn)
        # The empty query psycopg_pool's own check sends would be the backend's last query.
        assert calls_of(blank_db_url, conn.info.backend_pid) == 0
        await check_connection(conn)


async def test_a_terminated_backend_fails_the_check(blank_db_url: str) -> None:
    async with await psycopg.AsyncConnection.connect(blank_db_url, autocommit=True) as conn:
        with psycopg.connect(blank_db_url, autocommit=True) as killer:
            ended = killer.execute(
                "SELECT pg_terminate_backend(%s, 5000)", (conn.info.backend_pid,)
            ).fetchone()
        assert ended == (True,)
        with pytest.raises(psycopg.OperationalError):
            await check_connection(conn)


async def test_a_closed_connection_fails_the_check(blank_db_url: str) -> None:
    conn = await psycopg.AsyncConnection.connect(blank_db_url, autocommit=True)
    await conn.close()
    with pytest.raises(psycopg.OperationalError):
        await check_connection(conn)
