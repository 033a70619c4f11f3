"""Streamable HTTP at /mcp inside `create_app`, served by uvicorn: bearer tokens, the full flow."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import httpx2
import pytest
import uvicorn
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import bearer, make_account
from tests.cli.test_cli import free_port
from tests.mcp.conftest import SECRET, count, data_of, new_caller, refusal_of

MODES = [pytest.param("auto", id="2026"), pytest.param("legacy", id="2025")]


@pytest.fixture
def base_url(app_db_url: str, demo_url: str) -> str:
    return f"http://127.0.0.1:{free_port()}"


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[None]:
    """`pgpilot serve`'s app on a real port for the block."""
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        ws="none",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        async with asyncio.timeout(30):
            while not server.started:
                if task.done():
                    task.result()
                    raise RuntimeError("uvicorn stopped before it started")
                await asyncio.sleep(0.05)
        yield
    finally:
        server.should_exit = True
        await task


@pytest.fixture
def settings(app_db_url: str, demo_url: str, base_url: str) -> Settings:
    port = int(base_url.rsplit(":", 1)[1])
    return Settings(
        database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET, port=port
    )


def mcp_client(
    base_url: str, headers: dict[str, str], mode: str
) -> tuple[Client, httpx2.AsyncClient]:
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60))
    return Client(streamable_http_client(f"{base_url}/mcp", http_client=http), mode=mode), http


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="no-token"),
        pytest.param({"Authorization": "Bearer nonsense"}, id="bad-token"),
        pytest.param({"Authorization": "Basic YTpi"}, id="basic"),
        pytest.param(bearer(1, secret="x" * 40), id="other-secret"),
        pytest.param(bearer(424242, secret=SECRET), id="no-such-user"),
    ],
)
async def test_401_without_a_valid_token(
    settings: Settings, base_url: str, headers: dict[str, str]
) -> None:
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}
    accept = {"Accept": "application/json, text/event-stream"}
    async with running(settings), httpx.AsyncClient(base_url=base_url) as http:
        response = await http.post("/mcp", json=initialize, headers=headers | accept)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    body = response.json()
    assert (body["status"], body["error_code"]) == ("error", "UNAUTHORIZED")
    assert set(body) == {"status", "error_code", "message", "timestamp"}


@pytest.mark.parametrize("mode", MODES)
async def test_read_refuse_ticket_approve_execute_undo(
    settings: Settings, base_url: str, app_db_url: str, demo_url: str, mode: str
) -> None:
    ada = await new_caller(app_db_url, "ada@example.com")
    approver = await make_account(app_db_url, "alice@example.com", can_approve=True)
    before = count(demo_url, "payments")
    delete = "DELETE FROM payments WHERE id IN (1, 2)"
    async with running(settings), httpx.AsyncClient(base_url=base_url) as rest:
        client, http = mcp_client(base_url, bearer(ada.user_id, secret=SECRET), mode)
        async with http, client:
            schema = data_of(await client.call_tool("fetch_schema_context", {}))
            assert "payments" in {table["name"] for table in schema["tables"]}
            read = {"query": "SELECT count(*) FROM payments"}
            assert data_of(await client.call_tool("execute_select_query", read))["rows"] == [
                [before]
            ]
            stacked = {"query": "SELECT 1; COMMIT; DROP TABLE payments"}
            refusal_of(await client.call_tool("execute_select_query", stacked), "FORBIDDEN_SQL")
            ticket = data_of(await client.call_tool("create_approval_request", {"query": delete}))
            run = {"ticket_id": ticket["ticket_id"]}
            refusal_of(await client.call_tool("execute_approved_query", run), "NOT_APPROVED")
            decided = await rest.post(
                f"/approve/{ticket['ticket_id']}", json={}, headers=approver.headers
            )
            assert decided.json()["status"] == "APPROVED"
            done = data_of(await client.call_tool("execute_approved_query", run))
            assert count(demo_url, "payments") == before - 2
            undo = {"operation_id": done["operation_id"]}
            assert data_of(await client.call_tool("rollback_operation", undo))["rows_restored"] == 2
        # A ticket's status is for its requester (and approvers, admins): never a stranger.
        anonymous = await rest.get(f"/status/{ticket['ticket_id']}")
        assert anonymous.status_code == 401
        asked = await rest.get(
            f"/status/{ticket['ticket_id']}", headers=bearer(ada.user_id, secret=SECRET)
        )
        status = asked.json()
    assert count(demo_url, "payments") == before
    assert status["requester"] == "ada@example.com"
    assert [(entry["status"], entry["by"]) for entry in status["history"]] == [
        ("PENDING_APPROVAL", "ada@example.com"),
        ("APPROVED", "alice@example.com"),
        ("EXECUTING", "ada@example.com"),
        ("EXECUTED", "ada@example.com"),
    ]


@pytest.mark.parametrize("mode", MODES)
async def test_the_token_names_the_user(
    settings: Settings, base_url: str, app_db_url: str, mode: str
) -> None:
    ada = await new_caller(app_db_url, "ada@example.com")
    bob = await new_caller(app_db_url, "bob@example.com")
    async with running(settings):
        client, http = mcp_client(base_url, bearer(ada.user_id, secret=SECRET), mode)
        async with http, client:
            added = await client.call_tool("add_task", {"title": "Ada's task"})
            task_id = data_of(added)["data"]["id"]
        client, http = mcp_client(base_url, bearer(bob.user_id, secret=SECRET), mode)
        async with http, client:
            listed = data_of(await client.call_tool("list_tasks", {}))
            assert listed["data"]["tasks"] == []
            update = {"task_id": task_id, "title": "Bob's now"}
            refusal_of(await client.call_tool("update_task", update), "TASK_NOT_FOUND")


async def test_a_session_belongs_to_its_token(
    settings: Settings, base_url: str, app_db_url: str
) -> None:
    ada = await new_caller(app_db_url, "ada@example.com")
    bob = await new_caller(app_db_url, "bob@example.com")
    async with running(settings):
        client, http = mcp_client(base_url, bearer(ada.user_id, secret=SECRET), "legacy")
        async with http, client:
            session = client.session
            assert data_of(await client.call_tool("list_tasks", {}))["status"] == "success"
            http.headers.update(bearer(bob.user_id, secret=SECRET))
            with pytest.raises(Exception, match="Session not found"):
                await session.call_tool("list_tasks", {})
            http.headers.update(bearer(ada.user_id, secret=SECRET))
