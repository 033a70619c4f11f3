"""Settling a ticket whose run died while EXECUTING: the target says whether it committed.

Each test leaves a ticket exactly as a dead run would (claimed, maybe with its audit event
and its transaction on the target) and settles it against a real server's transaction fate.
"""

import json
from datetime import UTC, datetime, timedelta

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.approvals import tickets
from pgpilot.audit.events import SqlExecuted
from pgpilot.audit.writer import get_event, write_event
from pgpilot.auth.actors import Actor
from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.operations import Executed, Pending
from tests.actors import OPERATOR
from tests.cli.test_cli import pgpilot
from tests.sql.conftest import refused

SCHEMA = """
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g;
"""
BIG_DELETE = "DELETE FROM items WHERE id > 100"  # 400 rows: waits for approval


async def approved(ctx: SqlContext, agent: Actor, approver: Actor) -> str:
    pending = await door.run(ctx, agent, sql=BIG_DELETE, target=None)
    assert isinstance(pending, Pending)
    await door.decide(ctx, approver, pending.ticket.id, approve=True, comment=None)
    return pending.ticket.id


async def claimed(ctx: SqlContext, ticket_id: str, *, ago: timedelta = timedelta(0)) -> None:
    """Claim the ticket as a run does, then die: EXECUTING, claimed `ago`."""
    await tickets.claim(ctx.app_db, ticket_id, by="agent@example.com", check=lambda _: None)
    if ago:
        await age_claim(ctx, ticket_id, ago)


async def age_claim(ctx: SqlContext, ticket_id: str, ago: timedelta) -> None:
    """Date the last history entry (the claim) `ago` back."""
    async with ctx.app_db.connection() as conn:
        await conn.execute(
            "UPDATE approval_requests SET history = jsonb_set(history,"
            " ARRAY[(jsonb_array_length(history) - 1)::text, 'at'], to_jsonb(%s::text))"
            " WHERE id = %s",
            ((datetime.now(UTC) - ago).isoformat(), ticket_id),
        )


async def recorded(ctx: SqlContext, ticket_id: str, xid: str) -> int:
    """The audit event a run writes just before COMMIT, with its transaction id."""
    event = SqlExecuted(
        actor="agent@example.com",
        resource_id=ticket_id,
        resource_title=BIG_DELETE,
        details={"sql": BIG_DELETE, "rows_affected": 400, "undoable": True, "xid": xid},
    )
    async with ctx.app_db.connection() as conn, conn.transaction():
        return await write_event(conn, event)


async def written_and_recorded(
    ctx: SqlContext, conn: psycopg.Connection[tuple[object, ...]], ticket_id: str
) -> int:
    """The ticket's write, done but not committed on `conn`, and its audit event recorded."""
    conn.execute(BIG_DELETE)
    row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
    assert row is not None
    return await recorded(ctx, ticket_id, str(row[0]))


def items(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT count(*) FROM items").fetchone()
    assert row is not None
    return int(row[0])


async def test_a_committed_write_whose_run_died_is_executed_and_undoable(
    ctx: SqlContext, target_url: str, agent: Actor, approver: Actor
) -> None:
    ticket_id = await approved(ctx, agent, approver)
    done = await door.execute_ticket(ctx, agent, ticket_id)
    assert isinstance(done, Executed)
    # The run died after COMMIT, before it could record the end: what a crash leaves.
    async with ctx.app_db.connection() as conn:
        await conn.execute(
            "UPDATE approval_requests SET status = 'EXECUTING', operation_id = NULL WHERE id = %s",
            (ticket_id,),
        )
    settled = await door.settle(ctx, OPERATOR, ticket_id)
    assert settled.ticket.status == "EXECUTED"
    assert settled.ticket.operation_id == done.operation_id
    assert f"operation {done.operation_id}" in settled.why
    assert settled.ticket.history[-1]["comment"].startswith("settled: the target committed")
    assert items(target_url) == 100
    assert await door.undo(ctx, approver, str(done.operation_id)) == 400
    assert items(target_url) == 500


async def test_a_rolled_back_write_is_failed_and_its_event_says_so(
    ctx: SqlContext, target_url: str, agent: Actor, approver: Actor
) -> None:
    ticket_id = await approved(ctx, agent, approver)
    await claimed(ctx, ticket_id)
    with psycopg.connect(target_url) as conn:  # the write's transaction, which never committed
        operation_id = await written_and_recorded(ctx, conn, ticket_id)
        conn.rollback()
    settled = await door.settle(ctx, OPERATOR, ticket_id)
    assert settled.ticket.status == "FAILED"
    assert settled.why == "the target rolled it back"
    event = await get_event(ctx.app_db, operation_id)
    assert event is not None
    assert event["details"]["committed"] is False
    assert event["details"]["undoable"] is False
    assert items(target_url) == 500
    await refused("ALREADY_EXECUTED", door.execute_ticket(ctx, agent, ticket_id))


async def test_a_write_still_running_is_refused_until_it_ends(
    ctx: SqlContext, target_url: str, agent: Actor, approver: Actor
) -> None:
    ticket_id = await approved(ctx, agent, approver)
    await claimed(ctx, ticket_id, ago=timedelta(hours=1))
    with psycopg.connect(target_url) as conn:
        await written_and_recorded(ctx, conn, ticket_id)
        error = await refused("OUTCOME_UNKNOWN", door.settle(ctx, OPERATOR, ticket_id))
        assert "still running" in error.message
        assert (await tickets.get_ticket(ctx.app_db, ticket_id)).status == "EXECUTING"
        conn.commit()
    settled = await door.settle(ctx, OPERATOR, ticket_id)
    assert settled.ticket.status == "EXECUTED"
    assert items(target_url) == 100


async def test_without_an_event_it_waits_out_the_timeouts_then_fails(
    ctx: SqlContext, target_url: str, agent: Actor, approver: Actor
) -> None:
    ticket_id = await approved(ctx, agent, approver)
    await claimed(ctx, ticket_id)
    error = await refused("MAY_BE_RUNNING", door.settle(ctx, OPERATOR, ticket_id))
    assert "may still be running" in error.message
    await age_claim(ctx, ticket_id, timedelta(hours=1))
    settled = await door.settle(ctx, OPERATOR, ticket_id)
    assert settled.ticket.status == "FAILED"
    assert "no write of it reached COMMIT" in settled.why
    assert items(target_url) == 500


async def test_only_an_admin_settles_and_only_an_executing_ticket(
    ctx: SqlContext, agent: Actor, approver: Actor, pool: AsyncConnectionPool
) -> None:
    ticket_id = await approved(ctx, agent, approver)
    await refused("NOT_EXECUTING", door.settle(ctx, OPERATOR, ticket_id))
    await claimed(ctx, ticket_id, ago=timedelta(hours=1))
    for who in (agent, approver):
        await refused("NOT_ADMIN", door.settle(ctx, who, ticket_id))
    await refused("TICKET_NOT_FOUND", door.settle(ctx, OPERATOR, "not-a-ticket"))
    assert (await tickets.get_ticket(ctx.app_db, ticket_id)).status == "EXECUTING"


def test_the_cli_settles_a_stuck_ticket(app_db_url: str, demo_url: str) -> None:
    env = {"DATABASE_URL": app_db_url, "TARGET_DATABASE_URL": demo_url}
    pending = json.loads(pgpilot("sql", "DELETE FROM order_items", "--json", env=env).stdout)
    ticket_id = pending["ticket_id"]
    assert pgpilot("approvals", "approve", ticket_id, "--by", "alice", env=env).returncode == 0
    claim = {"at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(), "status": "EXECUTING"}
    with psycopg.connect(app_db_url) as conn:  # claimed an hour ago by a run that died
        conn.execute(
            "UPDATE approval_requests SET status = 'EXECUTING', history = history || %s"
            " WHERE id = %s",
            (Jsonb([claim | {"by": "cli:bob"}]), ticket_id),
        )
    result = pgpilot("approvals", "settle", ticket_id, "--json", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "FAILED"
    assert data["why"] == "no write of it reached COMMIT (no audit event)"
    again = pgpilot("approvals", "settle", ticket_id, env=env)
    assert again.returncode == 1
    assert "only an EXECUTING ticket can be settled" in again.stdout + again.stderr
