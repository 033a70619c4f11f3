"""Settle a ticket left EXECUTING by a run that died mid-write (a crash, a killed process).

A ticket is claimed (EXECUTING, committed) before its write starts and finished after it, so
a run that dies in between leaves it EXECUTING forever. Whether the write committed is not a
guess: its audit event, written just before COMMIT, holds the transaction's id on the target,
and the target still knows that transaction's fate (`pg_xact_status`):
  - committed   → EXECUTED, with its operation (which can be undone as usual);
  - aborted     → FAILED, and the audit event is marked as rolled back;
  - no event    → the write never reached COMMIT; once the claim is older than the statement
                  and lock timeouts (plus a margin) it cannot still be running → FAILED.
Anything else (still running, a fate the target has forgotten) is refused with why.
A settled ticket never runs again: FAILED means "submit it anew".
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from psycopg.types.json import Jsonb

from pgpilot.approvals import tickets
from pgpilot.audit.events import SqlExecuted
from pgpilot.auth.actors import Actor
from pgpilot.errors import Conflict
from pgpilot.sql.context import SqlContext

MARGIN = timedelta(seconds=30)  # beyond the timeouts: impact, capture and audit of the run


@dataclass(frozen=True, slots=True)
class Settled:
    ticket: tickets.Ticket
    why: str


async def settle(
    ctx: SqlContext, ticket_id: str, *, actor: Actor, url: str | None = None
) -> Settled:
    """Move a stuck EXECUTING ticket to EXECUTED or FAILED from what the target knows."""
    found = await tickets.get_ticket(ctx.app_db, ticket_id)
    if found.status != "EXECUTING":
        raise Conflict(
            f"ticket {found.id} is {found.status}; only an EXECUTING ticket can be settled",
            error_code="NOT_EXECUTING",
        )
    event = await _audit_event(ctx, found.id)
    operation_id: int | None = None
    if event is None:
        _refuse_while_running(ctx, found)
        status, why = "FAILED", "no write of it reached COMMIT (no audit event)"
    else:
        operation_id, details = event
        fate = await _fate(ctx, found, details, url)
        if fate == "committed":
            status, why = "EXECUTED", f"the target committed it (operation {operation_id})"
        elif fate == "aborted":
            status, why = "FAILED", "the target rolled it back"
            await _mark_rolled_back(ctx, operation_id)
        else:
            raise Conflict(_undecided(found.id, fate), error_code="OUTCOME_UNKNOWN")
    async with ctx.app_db.connection() as conn, conn.transaction():
        locked = await tickets.lock_ticket(conn, found.id)
        if locked.status != "EXECUTING":  # its run finished while we asked
            raise Conflict(f"ticket {found.id} is now {locked.status}", error_code="NOT_EXECUTING")
        settled = await tickets.set_status(
            conn,
            locked,
            status,
            by=actor.name,
            comment=f"settled: {why}",
            operation_id=operation_id if status == "EXECUTED" else None,
        )
    return Settled(settled, why)


def _refuse_while_running(ctx: SqlContext, found: tickets.Ticket) -> None:
    claimed = _claimed_at(found)
    limits = ctx.limits
    longest = timedelta(milliseconds=limits.statement_timeout_ms + limits.lock_timeout_ms)
    ready = claimed + longest + MARGIN
    if datetime.now(UTC) < ready:
        raise Conflict(
            f"ticket {found.id} was claimed at {claimed.isoformat(timespec='seconds')} and may "
            f"still be running; settle it after {ready.isoformat(timespec='seconds')}",
            error_code="MAY_BE_RUNNING",
        )


def _claimed_at(found: tickets.Ticket) -> datetime:
    claims = [entry["at"] for entry in found.history if entry.get("status") == "EXECUTING"]
    return datetime.fromisoformat(claims[-1]) if claims else found.created_at


async def _audit_event(ctx: SqlContext, ticket_id: str) -> tuple[int, dict[str, Any]] | None:
    async with ctx.app_db.connection() as conn:
        row = await (
            await conn.execute(
                "SELECT id, details FROM audit_log WHERE resource_type = %s"
                " AND resource_id = %s AND action = %s ORDER BY id DESC LIMIT 1",
                (SqlExecuted.resource_type, ticket_id, SqlExecuted.action),
            )
        ).fetchone()
    return None if row is None else (int(row[0]), row[1])


async def _fate(
    ctx: SqlContext, found: tickets.Ticket, details: dict[str, Any], url: str | None
) -> str | None:
    """'committed', 'aborted', 'in progress', or None when the target cannot tell."""
    if details.get("committed") is False:
        return "aborted"  # its COMMIT failed and the run lived to say so
    xid = details.get("xid")
    if not xid:
        return None  # recorded before transaction ids were kept
    pool = await ctx.targets.pool(ctx.targets.recorded(found.target, url=url))
    async with pool.connection() as conn:
        row = await (await conn.execute("SELECT pg_xact_status(%s::xid8)", (xid,))).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _undecided(ticket_id: str, fate: str | None) -> str:
    if fate == "in progress":
        return f"ticket {ticket_id}'s write is still running on the target; settle it later"
    return (
        f"the target no longer knows whether ticket {ticket_id}'s write committed; "
        "compare its audit event with the data and reject or resubmit by hand"
    )


async def _mark_rolled_back(ctx: SqlContext, operation_id: int) -> None:
    change = {"committed": False, "undoable": False, "commit_error": "rolled back (settled)"}
    async with ctx.app_db.connection() as conn:
        await conn.execute(
            "UPDATE audit_log SET details = details || %s WHERE id = %s",
            (Jsonb(change), operation_id),
        )
