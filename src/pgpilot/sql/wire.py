"""A few statements in one libpq pipeline with one Sync, awaited on the socket directly.

psycopg's own pipeline waits on the event loop once per statement and again to drain; a read
and its reset are five statements, and those waits were most of a point read's CPU. Here the
statements go out together and the answers are read as the socket delivers them. Each is still
sent over the extended protocol (PQsendQueryParams), which refuses a second statement in one
text, and the first error is raised once the pipeline is drained, as psycopg's would be.
"""

import asyncio
from collections.abc import Sequence

import psycopg
from psycopg import AsyncConnection
from psycopg.pq import ExecStatus
from psycopg.pq.abc import PGconn, PGresult

COPY = frozenset({ExecStatus.COPY_IN, ExecStatus.COPY_OUT, ExecStatus.COPY_BOTH})


async def exchange(conn: AsyncConnection, statements: Sequence[str]) -> list[PGresult]:
    """One result per statement, in order; raises the first error after the Sync.

    The connection is closed when the exchange is cut short (cancelled, network lost): answers
    would still be due on it, so it must never be used again.
    """
    pgconn = conn.pgconn
    encoding = conn.info.encoding
    pgconn.enter_pipeline_mode()
    try:
        for text in statements:
            pgconn.send_query_params(text.encode(encoding), None)
        pgconn.pipeline_sync()
        while pgconn.flush():
            await _ready(pgconn.socket, write=True)
        results = await _drain(pgconn)
    except BaseException:
        await conn.close()  # the pool drops a closed connection
        raise
    pgconn.exit_pipeline_mode()
    for result in results:
        if result.status == ExecStatus.FATAL_ERROR:
            raise psycopg.errors.error_from_result(result, encoding=encoding)
    return results


async def _drain(pgconn: PGconn) -> list[PGresult]:
    """Every result up to the Sync's (aborted statements included), as they arrive."""
    results: list[PGresult] = []
    while True:
        while pgconn.is_busy():
            await _ready(pgconn.socket, write=False)
            pgconn.consume_input()
        result = pgconn.get_result()
        if result is None:  # the end of one statement's results
            continue
        if result.status == ExecStatus.PIPELINE_SYNC:
            return results
        if result.status in COPY:  # no statement sent here can start one; never wait on it
            raise psycopg.NotSupportedError("COPY cannot run in a read")
        results.append(result)


async def _ready(fd: int, *, write: bool) -> None:
    """Until the socket can be written (or read)."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    if write:
        loop.add_writer(fd, wake)
    else:
        loop.add_reader(fd, wake)
    try:
        await ready
    finally:
        if write:
            loop.remove_writer(fd)
        else:
            loop.remove_reader(fd)
