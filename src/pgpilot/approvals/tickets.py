"""Approval tickets in the app database and their life.

PENDING_APPROVAL → APPROVED | REJECTED | EXPIRED; APPROVED → EXECUTING → EXECUTED | FAILED.
A ticket is bound to the SQL's hash, its target and its requester; it runs once: the one
caller that moves it from APPROVED to EXECUTING (committed before the write starts) runs it.
Every status change appends to its history and sends NOTIFY pgpilot_approvals with its id.
"""

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.audit.events import TicketDecided
from pgpilot.audit.writer import write_event
from pgpilot.auth.actors import Actor
from pgpilot.errors import Conflict, Forbidden, NotFound
from pgpilot.inputs import refuse_nul

CHANNEL = "pgpilot_approvals"
FINAL = {"REJECTED", "EXPIRED", "EXECUTED", "FAILED"}
REFUSALS = {
    "PENDING_APPROVAL": ("NOT_APPROVED", "is waiting for a human's approval"),
    "REJECTED": ("REJECTED", "was rejected"),
    "EXPIRED": ("EXPIRED", "expired before it ran"),
    "EXECUTING": ("ALREADY_EXECUTED", "is running now; a ticket runs once"),
    "EXECUTED": ("ALREADY_EXECUTED", "already ran; a ticket runs once"),
    "FAILED": ("ALREADY_EXECUTED", "already ran and failed; a ticket runs once"),
}


@dataclass(frozen=True, slots=True)
class Ticket:
    """One approval request as stored."""

    id: str
    target: str
    sql: str
    sql_hash: str
    verdict: dict[str, Any]
    impact: dict[str, Any]
    reason: str | None
    requester: str
    requester_id: int | None  # None: the operator at the console
    status: str
    approver: str | None
    approver_id: int | None
    comment: str | None
    history: list[dict[str, Any]]
    operation_id: int | None
    created_at: datetime
    expires_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """JSON form for every face."""
        data = {name: getattr(self, name) for name in self.__slots__}
        data["created_at"] = self.created_at.isoformat()
        data["expires_at"] = self.expires_at.isoformat()
        return data


def sql_hash(target: str, sql: str) -> str:
    """What binds a ticket to exactly this SQL on exactly this target."""
    return hashlib.sha256(f"{target}\n{sql}".encode()).hexdigest()


def _parse_id(ticket_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(ticket_id))
    except ValueError:
        raise NotFound(f"no ticket {ticket_id!r}", error_code="TICKET_NOT_FOUND") from None


async def create_ticket(
    pool: AsyncConnectionPool,
    *,
    target: str,
    sql: str,
    verdict: dict[str, Any],
    impact: dict[str, Any],
    requester: str,
    requester_id: int | None,
    reason: str | None,
    ttl_seconds: int,
) -> Ticket:
    """Record a pending request and tell listeners."""
    now = datetime.now(UTC)
    history = [{"at": now.isoformat(), "status": "PENDING_APPROVAL", "by": requester}]
    async with pool.connection() as conn, conn.transaction():
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(
            "INSERT INTO approval_requests (target, sql, sql_hash, verdict, impact, reason,"
            " requester, requester_id, history, expires_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " RETURNING *",
            (
                target,
                sql,
                sql_hash(target, sql),
                Jsonb(verdict),
                Jsonb(impact),
                reason,
                requester,
                requester_id,
                Jsonb(history),
                now + timedelta(seconds=ttl_seconds),
            ),
        )
        row = await cursor.fetchone()
        assert row is not None
        await _notify(conn, row["id"])
    return _ticket(row)


async def get_ticket(pool: AsyncConnectionPool, ticket_id: str) -> Ticket:
    """A ticket by id, expired first if its time is up."""
    async with pool.connection() as conn, conn.transaction():
        return await lock_ticket(conn, ticket_id)


async def list_tickets(
    pool: AsyncConnectionPool,
    *,
    status: str | None = None,
    limit: int = 50,
    requester_id: int | None = None,
) -> list[Ticket]:
    """Newest tickets first (one requester's when `requester_id` is given).

    A ticket whose time ran out reads EXPIRED, so it leaves a PENDING_APPROVAL listing.
    """
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(
            "SELECT * FROM approval_requests WHERE (%(s)s::text IS NULL OR status = %(s)s)"
            " AND (%(r)s::bigint IS NULL OR requester_id = %(r)s)"
            " AND NOT (%(s)s::text IN ('PENDING_APPROVAL', 'APPROVED') AND expires_at <= now())"
            " ORDER BY created_at DESC LIMIT %(n)s",
            {"s": status, "n": limit, "r": requester_id},
        )
        rows = await cursor.fetchall()
    now = datetime.now(UTC)
    return [_ticket(row, expired=_is_expired(row, now)) for row in rows]


async def lock_ticket(conn: AsyncConnection, ticket_id: str) -> Ticket:
    """Lock the ticket's row for this transaction, expiring it when its time is up."""
    cursor = conn.cursor(row_factory=dict_row)
    await cursor.execute(
        "SELECT * FROM approval_requests WHERE id = %s FOR UPDATE", (_parse_id(ticket_id),)
    )
    row = await cursor.fetchone()
    if row is None:
        raise NotFound(f"no ticket {ticket_id}", error_code="TICKET_NOT_FOUND")
    if _is_expired(row, datetime.now(UTC)):
        return await set_status(conn, _ticket(row), "EXPIRED", by="pgpilot")
    return _ticket(row)


async def decide(
    pool: AsyncConnectionPool,
    ticket_id: str,
    *,
    approve: bool,
    approver: Actor,
    comment: str | None,
    four_eyes: bool,
) -> Ticket:
    """A human's approval or rejection of a pending ticket; four-eyes compares user ids."""
    approver.require_approver()
    refuse_nul(comment=comment)
    async with pool.connection() as conn, conn.transaction():
        ticket = await lock_ticket(conn, ticket_id)
        if ticket.status != "PENDING_APPROVAL":
            raise Conflict(
                f"ticket {ticket.id} is {ticket.status}; only a pending ticket can be decided",
                error_code=REFUSALS.get(ticket.status, ("CONFLICT", ""))[0],
            )
        if four_eyes and approver.is_(ticket.requester_id, ticket.requester):
            raise Forbidden(
                "four-eyes rule: the requester cannot approve their own write",
                error_code="FOUR_EYES",
            )
        status = "APPROVED" if approve else "REJECTED"
        decided = await set_status(
            conn, ticket, status, by=approver.name, by_id=approver.id, comment=comment
        )
        await write_event(
            conn,
            TicketDecided(
                actor=approver.name,
                actor_id=approver.id,
                resource_id=ticket.id,
                resource_title=ticket.sql[:255],
                details={"status": status, "comment": comment, "requester": ticket.requester},
            ),
        )
        return decided


async def claim(
    pool: AsyncConnectionPool, ticket_id: str, *, by: str, check: Callable[[Ticket], object]
) -> Ticket:
    """Move an APPROVED ticket to EXECUTING for this caller alone, or raise why not.

    `check` may refuse the ticket (e.g. its target is gone) before it is claimed. The row
    lock lasts only this short transaction and nothing else is awaited while holding it, so
    concurrent callers cannot starve the pool: the first claims it, the rest see EXECUTING.
    """
    async with pool.connection() as conn, conn.transaction():
        ticket = await lock_ticket(conn, ticket_id)  # an expiry found here is kept
        runnable = ticket.status == "APPROVED"
        if runnable:
            refuse_unless_runnable(ticket, ticket.target, ticket.sql)
            check(ticket)
            ticket = await set_status(conn, ticket, "EXECUTING", by=by)
    if not runnable:
        refuse_unless_runnable(ticket, ticket.target, ticket.sql)
    return ticket


async def finish(
    pool: AsyncConnectionPool,
    ticket: Ticket,
    status: str,
    *,
    by: str,
    comment: str | None = None,
    operation_id: int | None = None,
) -> Ticket:
    """Record how a claimed (EXECUTING) ticket ended: EXECUTED or FAILED."""
    async with pool.connection() as conn, conn.transaction():
        return await set_status(
            conn, ticket, status, by=by, comment=comment, operation_id=operation_id
        )


def refuse_unless_runnable(ticket: Ticket, target: str, sql: str) -> None:
    """Raise the precise refusal unless this ticket may run this SQL now."""
    if ticket.status != "APPROVED":
        code, why = REFUSALS.get(ticket.status, ("NOT_APPROVED", "is not approved"))
        raise Conflict(f"ticket {ticket.id} {why}", error_code=code)
    if ticket.sql_hash != sql_hash(target, sql):
        raise Conflict(f"ticket {ticket.id} was approved for other SQL", error_code="HASH_MISMATCH")


async def set_status(
    conn: AsyncConnection,
    ticket: Ticket,
    status: str,
    *,
    by: str,
    by_id: int | None = None,
    comment: str | None = None,
    operation_id: int | None = None,
) -> Ticket:
    """Move the ticket on, append to its history, and notify."""
    entry = {"at": datetime.now(UTC).isoformat(), "status": status, "by": by}
    if comment:
        entry["comment"] = comment
    cursor = conn.cursor(row_factory=dict_row)
    deciding = status in ("APPROVED", "REJECTED")
    await cursor.execute(
        "UPDATE approval_requests SET status = %s, history = history || %s, updated_at = now(),"
        " approver = CASE WHEN %s THEN %s ELSE approver END,"
        " approver_id = CASE WHEN %s THEN %s ELSE approver_id END,"
        " comment = CASE WHEN %s THEN %s ELSE comment END,"
        " operation_id = coalesce(%s, operation_id)"
        " WHERE id = %s RETURNING *",
        (
            status,
            Jsonb([entry]),
            deciding,
            by,
            deciding,
            by_id,
            deciding,
            comment,
            operation_id,
            ticket.id,
        ),
    )
    row = await cursor.fetchone()
    assert row is not None
    await _notify(conn, row["id"])
    return _ticket(row)


async def _notify(conn: AsyncConnection, ticket_id: uuid.UUID) -> None:
    await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(ticket_id)))


def _is_expired(row: dict[str, Any], now: datetime) -> bool:
    return row["status"] in ("PENDING_APPROVAL", "APPROVED") and row["expires_at"] <= now


def _ticket(row: dict[str, Any], *, expired: bool = False) -> Ticket:
    return Ticket(
        id=str(row["id"]),
        target=row["target"],
        sql=row["sql"],
        sql_hash=row["sql_hash"],
        verdict=row["verdict"],
        impact=row["impact"],
        reason=row["reason"],
        requester=row["requester"],
        requester_id=row["requester_id"],
        status="EXPIRED" if expired else row["status"],
        approver=row["approver"],
        approver_id=row["approver_id"],
        comment=row["comment"],
        history=row["history"],
        operation_id=row["operation_id"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
    )
