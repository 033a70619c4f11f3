"""One LISTEN pgpilot_approvals connection per process, waking every waiter of a ticket.

Started by the first waiter and kept until the process closes it; if its connection dies it
reconnects, and every waiter is woken to read its ticket again (a notification may have been
missed meanwhile). Waiters also look again every few seconds, so nothing depends on delivery.
"""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Final

from pgpilot.approvals.tickets import CHANNEL
from pgpilot.db.notices import Listener

APPLICATION_NAME: Final = "pgpilot-approvals"
RECONNECT_S: Final = 1.0


class ApprovalListener:
    """Fans out NOTIFY pgpilot_approvals (payload: a ticket id) to the waiters of that ticket."""

    def __init__(self, conninfo: str) -> None:
        self._waiters: dict[str, set[asyncio.Event]] = {}
        # (Re)connected or lost, a notice may have been missed: every waiter reads again.
        self._listener = Listener(
            conninfo,
            CHANNEL,
            application_name=APPLICATION_NAME,
            on_notice=self._wake,
            on_listening=lambda _: self._wake_all(),
            reconnect_s=RECONNECT_S,
        )

    @asynccontextmanager
    async def watch(self, ticket_id: str) -> AsyncIterator[asyncio.Event]:
        """An event set whenever the ticket may have changed, for the block's duration."""
        self._listener.start()
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
        await self._listener.close()

    def _wake(self, ticket_id: str) -> None:
        for event in self._waiters.get(ticket_id, ()):
            event.set()

    def _wake_all(self) -> None:
        for waiters in self._waiters.values():
            for event in waiters:
                event.set()
