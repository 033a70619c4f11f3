"""A pool's check before it hands out a connection, without a round trip for a live one."""

import select

import psycopg
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool


async def check_connection(conn: AsyncConnection) -> None:
    """Ask the server whether `conn` still works only when its idle socket has news.

    A backend that ends (restart, failover, pg_terminate_backend, idle timeouts) sends its
    FATAL message and closes the socket, which makes the socket readable; a live idle session
    sends nothing. So a round trip is spent only where one can find a dead connection.
    """
    if conn.closed:
        raise psycopg.OperationalError("the connection is closed")
    news, _, _ = select.select([conn.fileno()], [], [], 0)
    if news:
        await AsyncConnectionPool.check_connection(conn)
