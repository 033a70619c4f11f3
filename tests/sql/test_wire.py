"""One pipeline, one Sync: answers in order, errors after the drain, cut short means closed."""

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest
from psycopg import AsyncConnection
from psycopg.pq import ExecStatus, TransactionStatus

from pgpilot.sql.wire import exchange


@pytest.fixture
async def conn(demo_url: str) -> AsyncIterator[AsyncConnection]:
    """A connection as the target pools open them: autocommit, nothing prepared."""
    opened = await AsyncConnection.connect(demo_url, autocommit=True, prepare_threshold=None)
    yield opened
    await opened.close()


async def test_each_statement_has_its_answer_in_order(conn: AsyncConnection) -> None:
    answers = await exchange(
        conn, ["BEGIN READ ONLY", "SELECT 1, 'a'", "SELECT 2 UNION ALL SELECT 3", "ROLLBACK"]
    )
    assert [answer.status for answer in answers] == [
        ExecStatus.COMMAND_OK,
        ExecStatus.TUPLES_OK,
        ExecStatus.TUPLES_OK,
        ExecStatus.COMMAND_OK,
    ]
    assert (answers[1].get_value(0, 1), answers[2].ntuples) == (b"a", 2)
    assert conn.info.transaction_status == TransactionStatus.IDLE
    assert (await (await conn.execute("SELECT 4")).fetchone()) == (4,), "out of pipeline mode"


@pytest.mark.parametrize(
    ("statements", "sqlstate"),
    [
        pytest.param(["SELECT 1; SELECT 2"], "42601", id="two-statements-in-one-text"),
        pytest.param(["BEGIN READ ONLY", "CREATE TABLE t (i int)"], "25006", id="read-only"),
        pytest.param(["BEGIN", "SELECT 1/0", "SELECT 1"], "22012", id="first-error-wins"),
    ],
)
async def test_the_first_error_is_raised_once_drained(
    conn: AsyncConnection, statements: list[str], sqlstate: str
) -> None:
    with pytest.raises(psycopg.Error) as caught:
        await exchange(conn, statements)
    assert caught.value.sqlstate == sqlstate
    assert not conn.closed, "a server's refusal leaves a usable connection"
    await conn.rollback()
    assert (await (await conn.execute("SELECT 5")).fetchone()) == (5,)


async def test_an_exchange_cut_short_closes_the_connection(conn: AsyncConnection) -> None:
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(exchange(conn, ["SELECT pg_sleep(5)"]), timeout=0.2)
    assert conn.closed, "answers still due on it: it must never be used again"
