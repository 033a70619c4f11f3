"""One LISTEN pgpilot_approvals connection per process, waking every waiter of a ticket.

Started by the first waiter and kept until the process closes it; if its connection dies it
reconnects, and every waiter is woken to read its ticket again (a notification may have been
missed meanwhile). Waiters also look again every few seconds, so nothing depends on delivery.
"""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Final

import psycopg
from psycopg import sql as pgsql

from pgpilot.approvals.tickets import CHANNEL

log = logging.getLogger(__name__)

APPLICATION_NAME: Final = "pgpilot-approvals"
RECONNECT_S: Final = 1.0


class ApprovalListener:
    """Fans out NOTIFY pgpilot_approvals (payload: a ticket id) to the waiters of that ticket."""

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._waiters: dict[str, set[asyncio.Event]] = {}
        self._task: asyncio.Task[None] | None = None

    @asynccontextmanager
    async def watch(self, ticket_id: str) -> AsyncIterator[asyncio.Event]:
        """An event set whenever the ticket may have changed, for the block's duration."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._listen(), name="pgpilot-approvals")
        event = asyncio.Event()
        self._waiters.setdefault(ticket_id, set()).add(event)
        try:
            yield event
        finally:
            waiters = self._waiters.get(ticket_id, set())
            waiters.discard(event)
            if not waiters:
                self._waiters.pop(ticket_id, None)

    async def close(self) -> None:
        """Stop listening and release the connection."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task

    async def _listen(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True, application_name=APPLICATION_NAME
                ) as conn:
                    await conn.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(CHANNEL)))
                    self._wake_all()  # whatever changed before LISTEN took effect
                    async for notice in conn.notifies():
                        for event in self._waiters.get(notice.payload, ()):
                            event.set()
            except (psycopg.Error, OSError) as exc:
                log.warning("approval listener lost its connection, reconnecting: %s", exc)
                self._wake_all()
                await asyncio.sleep(RECONNECT_S)

    def _wake_all(self) -> None:
        for waiters in self._waiters.values():
            for event in waiters:
                event.set()
