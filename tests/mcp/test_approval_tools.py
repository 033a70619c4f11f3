"""Approval tickets through the SDK client: requested by the agent, decided by a human only."""

import psycopg
import pytest

from pgpilot.approvals import tickets
from pgpilot.services import Services
from tests.mcp.conftest import (
    APPROVER,
    Caller,
    ClientFactory,
    count,
    data_of,
    decide,
    new_caller,
    refusal_of,
)

DELETE_TWO = "DELETE FROM payments WHERE id IN (1, 2)"


async def test_ticket_for_low_risk_delete(
    connect: ClientFactory, services: Services, caller: Caller, demo_url: str
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        answer = data_of(
            await client.call_tool(
                "create_approval_request", {"query": DELETE_TWO, "reason": "duplicates"}
            )
        )
    assert {"ticket_id", "status", "impact", "approve_url", "approve_command"} <= set(answer)
    assert answer["status"] == "pending_approval"
    assert answer["impact"]["risk"] == "LOW"
    assert answer["approve_url"] == f"http://127.0.0.1:8000/approval/{answer['ticket_id']}"
    assert answer["approve_command"] == f"pgpilot approvals approve {answer['ticket_id']}"
    ticket = await tickets.get_ticket(services.app_db, answer["ticket_id"])
    # The requester is the token's (or --user's) account: its email and its id.
    assert (ticket.requester, ticket.requester_id, ticket.reason) == (
        caller.email,
        caller.user_id,
        "duplicates",
    )
    assert ticket.requester == "ada@example.com"
    assert count(demo_url, "payments") == before  # nothing ran


@pytest.mark.parametrize(
    ("query", "code"),
    [
        pytest.param("SELECT count(*) FROM payments", "NOT_A_WRITE", id="read"),
        pytest.param("SELECT 1; COMMIT; DROP TABLE payments", "FORBIDDEN_SQL", id="stacked"),
        pytest.param("DELETE FROM payments WHERE pg_sleep(1) IS NULL", "FORBIDDEN_SQL", id="sleep"),
        pytest.param("GRANT ALL ON payments TO PUBLIC", "FORBIDDEN_SQL", id="grant"),
    ],
)
async def test_ticket_refusals(connect: ClientFactory, query: str, code: str) -> None:
    async with connect() as client:
        refusal_of(await client.call_tool("create_approval_request", {"query": query}), code)


async def test_approved_ticket_runs_once_and_undoes(
    connect: ClientFactory, services: Services, caller: Caller, demo_url: str, app_db_url: str
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        ticket = data_of(await client.call_tool("create_approval_request", {"query": DELETE_TWO}))
        ticket_id = ticket["ticket_id"]
        early = await client.call_tool("execute_approved_query", {"ticket_id": ticket_id})
        text = refusal_of(early, "NOT_APPROVED")
        assert "human" in text
        pending = data_of(await client.call_tool("check_approval_status", {"ticket_id": ticket_id}))
        assert pending["status"] == "PENDING_APPROVAL"
        assert f"pgpilot approvals approve {ticket_id}" in pending["next"]
        await decide(services, ticket_id)
        approved = data_of(
            await client.call_tool("check_approval_status", {"ticket_id": ticket_id})
        )
        assert "execute_approved_query" in approved["next"]
        done = data_of(await client.call_tool("execute_approved_query", {"ticket_id": ticket_id}))
        assert (done["status"], done["rows_affected"], done["undoable"]) == ("executed", 2, True)
        assert count(demo_url, "payments") == before - 2
        again = await client.call_tool("execute_approved_query", {"ticket_id": ticket_id})
        refusal_of(again, "ALREADY_EXECUTED")
        executed = data_of(
            await client.call_tool("check_approval_status", {"ticket_id": ticket_id})
        )
        assert executed["operation_id"] == done["operation_id"]
        undo = {"operation_id": done["operation_id"]}
        undone = data_of(await client.call_tool("rollback_operation", undo))
        assert undone["rows_restored"] == 2
        refusal_of(await client.call_tool("rollback_operation", undo), "ALREADY_UNDONE")
    assert count(demo_url, "payments") == before
    with psycopg.connect(app_db_url) as conn:
        actors = conn.execute(
            "SELECT action, actor, actor_id = %s FROM audit_log ORDER BY id", (caller.user_id,)
        ).fetchall()
    assert actors == [
        ("approval.decide", APPROVER, False),
        ("sql.execute", "ada@example.com", True),
        ("sql.undo", "ada@example.com", True),
    ]


async def test_rejected_and_expired_tickets_never_run(
    connect: ClientFactory, services: Services, demo_url: str, app_db_url: str
) -> None:
    before = count(demo_url, "payments")
    async with connect() as client:
        rejected = data_of(await client.call_tool("create_approval_request", {"query": DELETE_TWO}))
        expired = data_of(await client.call_tool("create_approval_request", {"query": DELETE_TWO}))
        await decide(services, rejected["ticket_id"], yes=False)
        await decide(services, expired["ticket_id"])
        with psycopg.connect(app_db_url) as conn:
            conn.execute(
                "UPDATE approval_requests SET expires_at = now() - interval '1 second'"
                " WHERE id = %s",
                (expired["ticket_id"],),
            )
        for ticket, code, step in (
            (rejected, "REJECTED", "ask the user"),
            (expired, "EXPIRED", "create_approval_request"),
        ):
            call = {"ticket_id": ticket["ticket_id"]}
            text = refusal_of(await client.call_tool("execute_approved_query", call), code)
            assert step in text
            status = data_of(await client.call_tool("check_approval_status", call))
            assert status["status"] == code
    assert count(demo_url, "payments") == before


@pytest.mark.parametrize(
    ("tool", "arguments", "code"),
    [
        pytest.param(
            "check_approval_status", {"ticket_id": "nope"}, "TICKET_NOT_FOUND", id="bad-id"
        ),
        pytest.param(
            "execute_approved_query",
            {"ticket_id": "00000000-0000-0000-0000-000000000000"},
            "TICKET_NOT_FOUND",
            id="unknown-ticket",
        ),
        pytest.param("rollback_operation", {"operation_id": "12"}, "OPERATION_NOT_FOUND", id="op"),
        pytest.param(
            "rollback_operation", {"operation_id": "x"}, "OPERATION_NOT_FOUND", id="bad-op"
        ),
    ],
)
async def test_unknown_ids(
    connect: ClientFactory, tool: str, arguments: dict[str, object], code: str
) -> None:
    async with connect() as client:
        refusal_of(await client.call_tool(tool, arguments), code)


async def test_another_users_ticket_is_not_yours(
    connect: ClientFactory, services: Services, app_db_url: str, demo_url: str
) -> None:
    before = count(demo_url, "payments")
    bob = await new_caller(app_db_url, "bob@example.com")
    async with connect() as ada:
        ticket = data_of(await ada.call_tool("create_approval_request", {"query": DELETE_TWO}))
    await decide(services, ticket["ticket_id"])
    async with connect(bob) as client:
        call = {"ticket_id": ticket["ticket_id"]}
        refusal_of(await client.call_tool("execute_approved_query", call), "TICKET_NOT_FOUND")
        refusal_of(await client.call_tool("check_approval_status", call), "TICKET_NOT_FOUND")
    assert count(demo_url, "payments") == before


async def test_without_a_grant_no_sql_tool_works(
    connect: ClientFactory, app_db_url: str, demo_url: str
) -> None:
    before = count(demo_url, "payments")
    stranger = await new_caller(app_db_url, "stranger@example.com", access=None)
    async with connect(stranger) as client:
        for tool, arguments in (
            ("fetch_schema_context", {}),
            ("execute_select_query", {"query": "SELECT 1"}),
            ("explain_query", {"query": "SELECT 1"}),
            ("analyze_query_impact", {"query": DELETE_TWO}),
            ("create_approval_request", {"query": DELETE_TWO}),
        ):
            text = refusal_of(await client.call_tool(tool, arguments), "NO_TARGET_ACCESS")
            assert "operator grant" in text, tool
        # Tasks are the user's own: no grant needed.
        assert data_of(await client.call_tool("list_tasks", {}))["status"] == "success"
    assert count(demo_url, "payments") == before


async def test_a_read_grant_reads_but_requests_no_write(
    connect: ClientFactory, app_db_url: str, demo_url: str
) -> None:
    reader = await new_caller(app_db_url, "reader@example.com", access="read")
    async with connect(reader) as client:
        read = {"query": "SELECT count(*) FROM payments"}
        assert data_of(await client.call_tool("execute_select_query", read))["rows"]
        for tool in ("analyze_query_impact", "create_approval_request"):
            text = refusal_of(
                await client.call_tool(tool, {"query": DELETE_TWO}), "READ_ONLY_ACCESS"
            )
            assert "execute_select_query" in text, tool
    with psycopg.connect(app_db_url) as conn:
        assert conn.execute("SELECT count(*) FROM approval_requests").fetchone() == (0,)


async def test_a_disabled_account_stops_at_its_next_call(
    connect: ClientFactory, caller: Caller, app_db_url: str
) -> None:
    async with connect() as client:
        assert data_of(await client.call_tool("list_tasks", {}))["status"] == "success"
        with psycopg.connect(app_db_url) as conn:
            conn.execute("UPDATE users SET is_active = false WHERE id = %s", (caller.user_id,))
        refusal_of(await client.call_tool("list_tasks", {}), "UNAUTHORIZED")
        refusal_of(
            await client.call_tool("execute_select_query", {"query": "SELECT 1"}), "UNAUTHORIZED"
        )
