"""Writes under guard: impact → policy → execute or ticket; approved execution; undo."""

from dataclasses import dataclass
from typing import Any

from pgpilot.approvals import tickets
from pgpilot.audit.events import SqlExecuted, SqlUndone
from pgpilot.audit.writer import write_event
from pgpilot.auth.actors import Actor
from pgpilot.errors import Conflict, NotFound, PgpilotError
from pgpilot.sql.capture import TableImages
from pgpilot.sql.context import SqlContext
from pgpilot.sql.impact import Impact, analyze_impact
from pgpilot.sql.risk import Allow, NeedsApproval, decide
from pgpilot.sql.targets import Target
from pgpilot.sql.undo import restore
from pgpilot.sql.verdict import Verdict
from pgpilot.sql.writes import Outcome, execute_write, predict_undoable


@dataclass(frozen=True, slots=True)
class Executed:
    """A write that ran and was recorded."""

    operation_id: int
    rows_affected: int
    impact: Impact
    undoable: bool
    undo_note: str | None
    ticket_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The CLI's and REST's `executed` answer."""
        return {
            "status": "executed",
            "operation_id": str(self.operation_id),
            "rows_affected": self.rows_affected,
            "impact": self.impact.to_dict(),
            "undoable": self.undoable,
            "undo_note": self.undo_note,
            "ticket_id": self.ticket_id,
        }


@dataclass(frozen=True, slots=True)
class Pending:
    """A write waiting for a human."""

    ticket: tickets.Ticket
    impact: Impact
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The `pending_approval` answer, with how a human approves it."""
        return {
            "status": "pending_approval",
            "ticket_id": self.ticket.id,
            "impact": self.impact.to_dict(),
            "reason": self.reason,
            "expires_at": self.ticket.expires_at.isoformat(),
            "approve_url": f"/approval/{self.ticket.id}",
            "approve_command": f"pgpilot approvals approve {self.ticket.id}",
        }


async def impact_of(ctx: SqlContext, target: Target, sql: str, verdict: Verdict) -> Impact:
    """Impact analysis for a write or DDL on a target (nothing is kept)."""
    return await analyze_impact(
        await ctx.targets.pool(target),
        sql,
        verdict=verdict,
        budget_ms=ctx.policy.dry_run_budget_ms,
        critical_tables=list(ctx.policy.critical_tables),
        limits=ctx.limits,
    )


async def submit_write(
    ctx: SqlContext,
    *,
    target: Target,
    sql: str,
    verdict: Verdict,
    requester: Actor,
    reason: str | None = None,
    force_approval: bool = False,
    impact: Impact | None = None,
) -> Executed | Pending:
    """Analyse (unless `impact` is given); run at once when policy allows, else open a ticket."""
    if impact is None:
        impact = await impact_of(ctx, target, sql, verdict)
    undoable: bool = False
    note: str | None = "DDL cannot be undone"
    if impact.uncounted:
        note = f"changes to {', '.join(impact.uncounted)} cannot be counted, so not undone"
    elif verdict.kind != "ddl":
        pool = await ctx.targets.pool(target)
        undoable, note = await predict_undoable(pool, sql, impact.tables)
    decision = decide(impact.risk, auto_max=ctx.policy.auto_execute_max_risk, undoable=undoable)
    if isinstance(decision, Allow) and not force_approval:
        return await _execute(ctx, target, sql, verdict, impact, actor=requester, ticket_id=None)
    why = reason or (
        decision.reason if isinstance(decision, NeedsApproval) else "approval was requested"
    )
    if not undoable and note:
        why = f"{why} ({note})"
    ticket = await tickets.create_ticket(
        ctx.app_db,
        target=target.name,
        sql=sql,
        verdict=verdict.to_dict(),
        impact=impact.to_dict(),
        requester=requester.name,
        requester_id=requester.id,
        reason=why,
        ttl_seconds=ctx.policy.approval_ttl,
    )
    return Pending(ticket, impact, why)


async def execute_approved(
    ctx: SqlContext, ticket_id: str, *, actor: Actor, url: str | None = None
) -> Executed:
    """Run an APPROVED ticket's exact SQL once; drift or failure marks it FAILED.

    The ticket is claimed (EXECUTING, committed) before the write starts, so no app
    connection is held while the write runs: the loser of a race gets 409 at once. A failure
    that is not pgpilot's own (a bug, a cancelled request) leaves it EXECUTING until
    `sql/settle.py` asks the target whether it committed; it never runs again. `url`: a
    ticket recorded on a URL target (CLI) needs that URL again, password included.
    """
    ticket = await tickets.claim(
        ctx.app_db,
        ticket_id,
        by=actor.name,
        check=lambda found: ctx.targets.recorded(found.target, url=url),
    )
    try:
        done = await _execute(
            ctx,
            ctx.targets.recorded(ticket.target, url=url),
            ticket.sql,
            Verdict.from_dict(ticket.verdict),
            Impact.from_dict(ticket.impact),
            actor=actor,
            ticket_id=ticket.id,
        )
    except PgpilotError as exc:
        await tickets.finish(ctx.app_db, ticket, "FAILED", by=actor.name, comment=exc.message)
        raise
    await tickets.finish(
        ctx.app_db, ticket, "EXECUTED", by=actor.name, operation_id=done.operation_id
    )
    return done


async def _execute(
    ctx: SqlContext,
    target: Target,
    sql: str,
    verdict: Verdict,
    impact: Impact,
    *,
    actor: Actor,
    ticket_id: str | None,
) -> Executed:
    async def record(outcome: Outcome) -> int:
        if impact.uncounted:
            outcome.undoable = False
            outcome.undo_note = f"changes to {', '.join(impact.uncounted)} cannot be counted"
        event = SqlExecuted(
            actor=actor.name,
            actor_id=actor.id,
            resource_id=ticket_id,
            resource_title=sql[:255],
            details={
                "target": target.name,
                "sql": sql,
                "statement_type": verdict.statement_type,
                "impact": impact.to_dict(),
                "tables": {name: ch.to_dict() for name, ch in outcome.tables.items()},
                "rows_affected": outcome.rows_affected,
                "undoable": outcome.undoable and verdict.kind != "ddl",
                "undo_note": outcome.undo_note,
                "images": [table.to_dict() for table in outcome.images],
                "ticket_id": ticket_id,
                "xid": outcome.xid,
            },
        )
        async with ctx.app_db.connection() as conn, conn.transaction():
            return await write_event(conn, event)

    async def unrecord(operation_id: int, error: str) -> None:
        async with ctx.app_db.connection() as conn:
            await conn.execute(
                "UPDATE audit_log SET details = details || jsonb_build_object("
                "'committed', false, 'undoable', false, 'commit_error', %s::text) WHERE id = %s",
                (error, operation_id),
            )

    outcome = await execute_write(
        await ctx.targets.pool(target),
        sql,
        approved=impact,
        tolerance=ctx.policy.drift_tolerance,
        limits=ctx.limits,
        record=record,
        unrecord=unrecord,
    )
    assert outcome.operation_id is not None
    if verdict.kind == "ddl":
        await ctx.schemas.invalidate(target.name)
        ctx.targets.catalog.invalidate(target.name)
        ctx.targets.keys.invalidate(target.name)
    return Executed(
        operation_id=outcome.operation_id,
        rows_affected=outcome.rows_affected,
        impact=impact,
        undoable=outcome.undoable and verdict.kind != "ddl",
        undo_note=outcome.undo_note if verdict.kind != "ddl" else "DDL cannot be undone",
        ticket_id=ticket_id,
    )


def _operation_id(operation_id: str) -> int:
    try:
        return int(operation_id)
    except ValueError:
        raise NotFound(f"no operation {operation_id!r}", error_code="OPERATION_NOT_FOUND") from None


async def operation_owner(ctx: SqlContext, operation_id: str) -> tuple[int | None, str]:
    """Who ran an operation: their user id (None for the operator) and name."""
    op_id = _operation_id(operation_id)
    async with ctx.app_db.connection() as conn:
        row = await (
            await conn.execute(
                "SELECT actor_id, actor FROM audit_log WHERE id = %s AND action = %s",
                (op_id, SqlExecuted.action),
            )
        ).fetchone()
    if row is None:
        raise NotFound(f"no operation {op_id}", error_code="OPERATION_NOT_FOUND")
    return row[0], row[1]


async def rollback_operation(
    ctx: SqlContext, operation_id: str, *, actor: Actor, url: str | None = None
) -> int:
    """Undo an executed write from its images, once; returns the rows restored."""
    op_id = _operation_id(operation_id)
    async with ctx.app_db.connection() as conn, conn.transaction():
        row = await (
            await conn.execute(
                "SELECT details FROM audit_log WHERE id = %s AND action = %s FOR UPDATE",
                (op_id, SqlExecuted.action),
            )
        ).fetchone()
        if row is None:
            raise NotFound(f"no operation {op_id}", error_code="OPERATION_NOT_FOUND")
        details = row[0]
        if details.get("undone_by"):
            raise Conflict(
                f"operation {op_id} was already undone (audit event {details['undone_by']})",
                error_code="ALREADY_UNDONE",
            )
        if not details.get("undoable"):
            note = details.get("undo_note") or "it cannot be undone"
            raise Conflict(f"operation {op_id} cannot be undone: {note}", error_code="NOT_UNDOABLE")
        images = [TableImages.from_dict(table) for table in details["images"]]
        target = ctx.targets.recorded(details["target"], url=url)

        async def record(restored: int) -> None:
            undo_id = await write_event(
                conn,
                SqlUndone(
                    actor=actor.name,
                    actor_id=actor.id,
                    resource_id=str(op_id),
                    resource_title=str(details.get("sql", ""))[:255],
                    details={"operation_id": op_id, "rows_restored": restored},
                ),
            )
            await conn.execute(
                "UPDATE audit_log SET details = details || jsonb_build_object('undone_by', %s)"
                " WHERE id = %s",
                (undo_id, op_id),
            )

        return await restore(await ctx.targets.pool(target), images, record=record)
