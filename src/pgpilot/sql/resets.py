"""The session reset after a read, and handing it off the caller's path.

A read's rows are known before its transaction ends: its caller need not wait for ROLLBACK and
DISCARD ALL, but its pool must. `Resets` runs them in a task and returns the connection to its
pool only once they are done (or closes it when they fail), so no later read ever gets a
session that a function could have changed (advisory locks, prepared statements, LISTEN, temp
tables) or an open transaction.
"""

import asyncio
import logging

import psycopg
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from pgpilot.sql.wire import exchange

log = logging.getLogger(__name__)
WAIT_S = 5.0  # at close: a reset stuck on a dead network must not hold the process
RESET = ("ROLLBACK", "DISCARD ALL")


async def reset_session(conn: AsyncConnection) -> None:
    """Roll back and clear the session in one round trip; close the connection if that fails."""
    try:
        await exchange(conn, RESET)
    except BaseException:
        await conn.close()  # a session we could not reset is never pooled again
        raise


class Resets:
    """Connections being reset after a read, each pooled again once clean."""

    def __init__(self) -> None:
        self._pending: set[asyncio.Task[None]] = set()

    def hand_back(self, pool: AsyncConnectionPool, conn: AsyncConnection) -> None:
        """Reset `conn` and return it to `pool`, without making the caller wait."""
        task = asyncio.create_task(self._reset_then_return(pool, conn))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def wait(self, timeout_s: float = WAIT_S) -> None:
        """Until every reset started so far is done (before the pools close), or `timeout_s`."""
        if self._pending:
            await asyncio.wait(set(self._pending), timeout=timeout_s)

    @staticmethod
    async def _reset_then_return(pool: AsyncConnectionPool, conn: AsyncConnection) -> None:
        try:
            await reset_session(conn)
        except psycopg.Error as exc:  # the connection is closed: its pool replaces it
            log.warning("could not reset a read's session, connection dropped: %s", exc)
        finally:
            await pool.putconn(conn)
