"""Wait for a human's decision on a ticket: LISTEN pgpilot_approvals, then read the ticket."""

import time
from datetime import UTC, datetime
from typing import Final

import psycopg
from psycopg import sql as pgsql
from psycopg_pool import AsyncConnectionPool

from pgpilot.approvals.tickets import CHANNEL, Ticket, get_ticket

WAITING: Final = frozenset({"PENDING_APPROVAL"})
# A notification can be missed between reads, and expiry sends none: look again this often.
POLL_S: Final = 5.0


async def wait_for_decision(
    pool: AsyncConnectionPool, ticket_id: str, *, timeout_s: float | None = None
) -> Ticket:
    """The ticket once it is no longer pending (approved, rejected, expired, …) or at timeout."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    conninfo = pool.conninfo
    if not isinstance(conninfo, str):
        raise TypeError("waiting for approvals needs a pool with a conninfo string")
    async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
        await conn.execute(pgsql.SQL("LISTEN {}").format(pgsql.Identifier(CHANNEL)))
        while True:
            ticket = await get_ticket(pool, ticket_id)
            if ticket.status not in WAITING:
                return ticket
            wait = min(POLL_S, _until(ticket.expires_at) + 0.05)
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
                if wait <= 0:
                    return ticket
            async for notice in conn.notifies(timeout=max(wait, 0.01)):
                if notice.payload == ticket.id:
                    break


def _until(moment: datetime) -> float:
    return max((moment - datetime.now(UTC)).total_seconds(), 0.0)
