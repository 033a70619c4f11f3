"""The one door to SQL: faces and agents call these with an actor and a target name.

Each call resolves the target, checks the actor's grant, classifies the SQL once and refuses
with one message per refusal; then it reads, analyses, submits, explains, executes or undoes.
Owners: a ticket is its requester's (approvers and admins see it too), an operation is undone
by whoever ran it, an approver or an admin.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from pgpilot.approvals import tickets
from pgpilot.audit.writer import get_event, list_events
from pgpilot.auth.actors import Actor
from pgpilot.errors import Forbidden, NotFound, PgpilotError, ValidationError
from pgpilot.inputs import refuse_nul
from pgpilot.sql import operations, service
from pgpilot.sql import settle as settling
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import ReadResult, execute_read
from pgpilot.sql.impact import Impact
from pgpilot.sql.operations import Executed, Pending
from pgpilot.sql.schema import Table
from pgpilot.sql.targets import Target
from pgpilot.sql.verdict import Verdict

SqlResult = ReadResult | Executed | Pending
TargetRef = str | Target | None
EXPLAINABLE = frozenset({"read", "write"})


@dataclass(frozen=True, slots=True)
class Checked:
    """SQL the door has let through: its target and the guard's verdict, found once."""

    target: Target
    verdict: Verdict


def target_for(ctx: SqlContext, actor: Actor, target: TargetRef) -> Target:
    """The target, by name (by URL for the operator), if the actor was granted it."""
    refuse_nul(target=target if isinstance(target, str) else None)
    if isinstance(target, Target):
        chosen = target
    else:
        chosen = ctx.targets.resolve(target, allow_url=actor.is_operator)
    if actor.access_to(chosen.name) is None:
        raise Forbidden(
            f"{actor.name} has no access to target {chosen.name!r}; an operator grants it "
            f"with `pgpilot users grant {actor.name} --target {chosen.name}`",
            error_code="NO_TARGET_ACCESS",
        )
    return chosen


def refusal(verdict: Verdict) -> Forbidden:
    """The refusal of forbidden SQL, the same on every face."""
    why = "; ".join(verdict.reasons) or "not allowed"
    return Forbidden(f"pgpilot never runs this: {why}", error_code="FORBIDDEN_SQL")


async def check(ctx: SqlContext, actor: Actor, *, sql: str, target: TargetRef) -> Checked:
    """Resolve, classify once, refuse forbidden SQL and writes the actor may not request."""
    refuse_nul(sql=sql)
    chosen = target_for(ctx, actor, target)
    verdict = await service.verdict_for(ctx.targets, chosen, sql)
    if ctx.metrics is not None:
        ctx.metrics.verdict(verdict.kind)
    if verdict.kind == "forbidden":
        raise refusal(verdict)
    if verdict.kind != "read" and actor.access_to(chosen.name) != "write":
        raise Forbidden(
            f"{actor.name} may only read target {chosen.name!r}; an operator allows writes "
            f"with `pgpilot users grant {actor.name} --target {chosen.name} --write`",
            error_code="READ_ONLY_ACCESS",
        )
    return Checked(chosen, verdict)


async def run(ctx: SqlContext, actor: Actor, *, sql: str, target: TargetRef) -> SqlResult:
    """A read runs read-only; a write or DDL goes through impact, policy and approval."""
    checked = await check(ctx, actor, sql=sql, target=target)
    if checked.verdict.kind == "read":
        return await _read(ctx, checked, sql)
    return await submit(ctx, actor, sql=sql, checked=checked)


async def read(
    ctx: SqlContext,
    actor: Actor,
    *,
    sql: str,
    target: TargetRef = None,
    checked: Checked | None = None,
) -> ReadResult:
    """Run a read; anything else is refused with what to do instead."""
    checked = checked or await check(ctx, actor, sql=sql, target=target)
    if checked.verdict.kind != "read":
        raise not_a_read(checked.verdict)
    return await _read(ctx, checked, sql)


def not_a_read(verdict: Verdict) -> Forbidden:
    """The refusal of a write where only reads run."""
    kind = verdict.statement_type or verdict.kind.upper()
    what = f"this {kind} writes" if kind in ("SELECT", "VALUES", "EXPLAIN") else f"this is a {kind}"
    return Forbidden(
        f"{what}, not a read ({'; '.join(verdict.reasons)}): analyse its impact, then request "
        "approval; it runs only once a human approves the ticket.",
        error_code="NEEDS_APPROVAL",
    )


async def _read(ctx: SqlContext, checked: Checked, sql: str) -> ReadResult:
    pool = await ctx.targets.pool(checked.target)
    verdict = checked.verdict
    few_rows = verdict.single_row
    if not few_rows and verdict.lookup is not None:
        keys = await ctx.targets.keys.keys(checked.target.name, pool)
        few_rows = keys.covers(verdict.lookup)
    return await execute_read(
        pool,
        sql,
        statement_type=verdict.statement_type,
        limits=ctx.limits,
        resets=ctx.targets.resets,
        few_rows=few_rows,
    )


async def analyze(
    ctx: SqlContext,
    actor: Actor,
    *,
    sql: str,
    target: TargetRef = None,
    checked: Checked | None = None,
) -> tuple[Verdict, Impact | None]:
    """The verdict and, for writes and DDL, the impact; nothing is executed or kept."""
    checked = checked or await check(ctx, actor, sql=sql, target=target)
    if checked.verdict.kind == "read":
        return checked.verdict, None
    impact = await operations.impact_of(ctx, checked.target, sql, checked.verdict)
    return checked.verdict, impact


async def submit(
    ctx: SqlContext,
    actor: Actor,
    *,
    sql: str,
    target: TargetRef = None,
    checked: Checked | None = None,
    reason: str | None = None,
    force_approval: bool = False,
    impact: Impact | None = None,
) -> Executed | Pending:
    """A write or DDL: run by policy, or (always, with `force_approval`) an approval ticket."""
    checked = checked or await check(ctx, actor, sql=sql, target=target)
    if checked.verdict.kind == "read":
        raise Forbidden(
            "this is a read; it needs no approval: run it as a read", error_code="NOT_A_WRITE"
        )
    with _counted_write(ctx, impact.risk.name if impact else "UNKNOWN") as count:
        result = await operations.submit_write(
            ctx,
            target=checked.target,
            sql=sql,
            verdict=checked.verdict,
            requester=actor,
            reason=reason,
            force_approval=force_approval,
            impact=impact,
        )
        count(result.impact.risk.name, _outcome(result))
    return result


async def explain(ctx: SqlContext, actor: Actor, *, sql: str, target: TargetRef) -> ReadResult:
    """The planner's plan for one statement (EXPLAIN without ANALYZE); nothing is executed."""
    refuse_nul(sql=sql)
    chosen = target_for(ctx, actor, target)
    verdict = await service.verdict_for(ctx.targets, chosen, sql)
    if verdict.kind == "forbidden":
        raise refusal(verdict)
    if verdict.statement_type == "EXPLAIN":
        raise ValidationError("give the statement itself, without EXPLAIN")
    if verdict.kind not in EXPLAINABLE:
        raise ValidationError(
            f"{verdict.statement_type or 'this statement'} has no query plan; "
            "only SELECT, VALUES, TABLE, INSERT, UPDATE, DELETE and MERGE can be explained"
        )
    statement = f"EXPLAIN {sql}"
    # The wrapped text is classified again: whatever the query's text does to the EXPLAIN
    # around it (options, a second statement), only a plain plan of a read may run.
    wrapped = await service.verdict_for(ctx.targets, chosen, statement)
    if wrapped.kind != "read" or wrapped.statement_type != "EXPLAIN":
        raise refusal(wrapped)
    return await _read(ctx, Checked(chosen, wrapped), statement)


async def ticket(ctx: SqlContext, actor: Actor, ticket_id: str) -> tickets.Ticket:
    """A ticket its requester, an approver or an admin may see; NotFound for anyone else."""
    found = await tickets.get_ticket(ctx.app_db, ticket_id)
    if actor.is_admin or actor.can_approve or actor.is_(found.requester_id, found.requester):
        return found
    raise NotFound(f"no ticket {ticket_id} of yours", error_code="TICKET_NOT_FOUND")


async def tickets_for(
    ctx: SqlContext, actor: Actor, *, status: str | None = None, limit: int = 50
) -> list[tickets.Ticket]:
    """Tickets newest first: all of them for approvers and admins, else the actor's own."""
    mine = None if actor.is_admin or actor.can_approve else actor.id
    return await tickets.list_tickets(ctx.app_db, status=status, limit=limit, requester_id=mine)


async def decide(
    ctx: SqlContext, actor: Actor, ticket_id: str, *, approve: bool, comment: str | None
) -> tickets.Ticket:
    """An approver's decision on a pending ticket (four-eyes when the policy says so)."""
    decided = await tickets.decide(
        ctx.app_db,
        ticket_id,
        approve=approve,
        approver=actor,
        comment=comment,
        four_eyes=ctx.policy.four_eyes,
    )
    if ctx.metrics is not None:
        ctx.metrics.decision(decided.status, decided.created_at)
    return decided


async def execute_ticket(
    ctx: SqlContext, actor: Actor, ticket_id: str, *, url: str | None = None
) -> Executed:
    """Run an approved ticket, once; only its requester (or an admin) may."""
    found = await ticket(ctx, actor, ticket_id)
    if not (actor.is_admin or actor.is_(found.requester_id, found.requester)):
        raise Forbidden(
            f"ticket {found.id} is {found.requester}'s; only they (or an admin) run it",
            error_code="NOT_YOURS",
        )
    with _counted_write(ctx, str(found.impact.get("risk", "UNKNOWN"))) as count:
        done = await operations.execute_approved(ctx, found.id, actor=actor, url=url)
        count(done.impact.risk.name, "executed")
    return done


async def settle(
    ctx: SqlContext, actor: Actor, ticket_id: str, *, url: str | None = None
) -> settling.Settled:
    """Settle a ticket whose run died while EXECUTING: an admin's (or the operator's) act."""
    if not actor.is_admin:
        raise Forbidden("only an admin settles a stuck ticket", error_code="NOT_ADMIN")
    return await settling.settle(ctx, ticket_id, actor=actor, url=url)


async def undo(ctx: SqlContext, actor: Actor, operation_id: str, *, url: str | None = None) -> int:
    """Undo a write, once: whoever ran it, an approver or an admin; the rows restored."""
    owner_id, owner = await operations.operation_owner(ctx, operation_id)
    if not (actor.is_admin or actor.can_approve or actor.is_(owner_id, owner)):
        raise NotFound(f"no operation {operation_id} of yours", error_code="OPERATION_NOT_FOUND")
    return await operations.rollback_operation(ctx, operation_id, actor=actor, url=url)


async def audit(
    ctx: SqlContext, actor: Actor, *, limit: int = 50, action: str | None = None
) -> list[dict[str, Any]]:
    """The audit log, newest first: an admin's all of it, a user's their own events."""
    only = None if actor.is_admin else actor.id
    return await list_events(ctx.app_db, limit=limit, action=action, only_actor=only)


async def audit_event(ctx: SqlContext, actor: Actor, event_id: int) -> dict[str, Any]:
    """One audit event with its row images: the actor's own, or any for an admin."""
    found = await get_event(ctx.app_db, event_id)
    if found is None or not (actor.is_admin or found["actor_id"] == actor.id):
        raise NotFound(f"no audit event {event_id} of yours", error_code="AUDIT_EVENT_NOT_FOUND")
    return found


def targets_of(ctx: SqlContext, actor: Actor) -> dict[str, str]:
    """The targets the actor may use, by name: `read` or `write`."""
    named = {name: actor.access_to(name) for name in ctx.targets.names}
    return {name: access for name, access in named.items() if access is not None}


async def schema(
    ctx: SqlContext, actor: Actor, target: TargetRef
) -> tuple[Target, dict[str, Table]]:
    """A granted target and its tables (cached)."""
    chosen = target_for(ctx, actor, target)
    return chosen, await service.schema_of(ctx, chosen)


async def schema_context(
    ctx: SqlContext,
    actor: Actor,
    *,
    target: TargetRef,
    table_names: list[str] | None = None,
    include_samples: bool = False,
) -> dict[str, Any]:
    """Tables, columns, keys, indexes and comments of a granted target, optionally samples."""
    chosen = target_for(ctx, actor, target)
    return await service.fetch_schema_context(
        ctx, target=chosen, table_names=table_names, include_samples=include_samples
    )


def _outcome(result: Executed | Pending) -> str:
    return "executed" if isinstance(result, Executed) else "pending_approval"


@contextmanager
def _counted_write(ctx: SqlContext, risk: str) -> Iterator[Callable[[str, str], None]]:
    """Count the write's outcome in the metrics; an error leaving the block is `failed`."""
    counted = False

    def count(risk_name: str, outcome: str) -> None:
        nonlocal counted
        counted = True
        if ctx.metrics is not None:
            ctx.metrics.write(risk_name, outcome)

    try:
        yield count
    except PgpilotError:
        if not counted and ctx.metrics is not None:
            ctx.metrics.write(risk, "failed")
        raise
