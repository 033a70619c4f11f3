"""One task tool's transaction in one psycopg pipeline: statements go out together and the tool
waits only where it needs an answer (a locked row before deciding; everything else at COMMIT).

BEGIN and COMMIT are sent as statements on an autocommit connection: psycopg's transaction()
syncs on its own inside a pipeline (measured: a 2-statement read took 4 round trips with it,
1 without). In pipeline mode a failed statement aborts the rest until the next sync, COMMIT
included, so a failure commits nothing; whatever is left open is rolled back on the way out.
"""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from psycopg import AsyncConnection, AsyncPipeline
from psycopg.pq import TransactionStatus
from psycopg_pool import AsyncConnectionPool


class Batch:
    """A transaction being sent: `sync()` to wait for the answers so far, `commit()` to end."""

    def __init__(self, conn: AsyncConnection[Any], pipeline: AsyncPipeline, mode: AsyncExitStack):
        self.conn = conn
        self.pipeline = pipeline
        self.mode = mode

    async def sync(self) -> None:
        """Send what is queued and wait for its results; a failed statement raises here."""
        await self.pipeline.sync()

    async def commit(self) -> None:
        """Send COMMIT with what is queued and leave pipeline mode: one wait for all of it
        (a sync before leaving would cost a second); the cursors then hold their results."""
        await self.conn.execute("COMMIT")
        await self.mode.aclose()


@asynccontextmanager
async def transaction(pool: AsyncConnectionPool) -> AsyncIterator[Batch]:
    """A pooled connection in a pipelined transaction; not committed means rolled back."""
    async with pool.connection() as conn:
        await conn.set_autocommit(True)
        try:
            async with AsyncExitStack() as mode:
                pipeline = await mode.enter_async_context(conn.pipeline())
                await conn.execute("BEGIN")
                yield Batch(conn, pipeline, mode)
        finally:
            if conn.pgconn.transaction_status in (
                TransactionStatus.INTRANS,
                TransactionStatus.INERROR,
            ):
                await conn.execute("ROLLBACK")
            if not conn.closed:
                await conn.set_autocommit(False)
