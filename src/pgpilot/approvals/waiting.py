"""Wait for a human's decision on a ticket: woken by the process's listener, then read it."""

import asyncio
import time
from contextlib import suppress
from datetime import UTC, datetime
from typing import Final

from psycopg_pool import AsyncConnectionPool

from pgpilot.approvals.listener import ApprovalListener
from pgpilot.approvals.tickets import Ticket, get_ticket

WAITING: Final = frozenset({"PENDING_APPROVAL"})
# A notification can be missed while the listener reconnects, and expiry sends none: look
# again this often.
POLL_S: Final = 5.0


async def wait_for_decision(
    pool: AsyncConnectionPool,
    ticket_id: str,
    *,
    timeout_s: float | None = None,
    listener: ApprovalListener | None = None,
) -> Ticket:
    """The ticket once it is no longer pending (approved, rejected, expired, …) or at timeout.

    `listener`: the process's one listener (Services.approvals); without it, this call
    listens on a connection of its own.
    """
    if listener is None:
        conninfo = pool.conninfo
        if not isinstance(conninfo, str):
            raise TypeError("waiting for approvals needs a pool with a conninfo string")
        own = ApprovalListener(conninfo)
        try:
            return await wait_for_decision(pool, ticket_id, timeout_s=timeout_s, listener=own)
        finally:
            await own.close()
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    ticket = await get_ticket(pool, ticket_id)  # its id as NOTIFY spells it, or NotFound
    async with listener.watch(ticket.id) as changed:
        while True:
            changed.clear()
            ticket = await get_ticket(pool, ticket.id)
            if ticket.status not in WAITING:
                return ticket
            wait = min(POLL_S, _until(ticket.expires_at) + 0.05)
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
                if wait <= 0:
                    return ticket
            with suppress(TimeoutError):  # no news: look again anyway
                await asyncio.wait_for(changed.wait(), timeout=max(wait, 0.01))


def _until(moment: datetime) -> float:
    return max((moment - datetime.now(UTC)).total_seconds(), 0.0)
