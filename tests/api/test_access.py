"""Every route has an actor: strangers get 401, other users 403/404, and nothing changes.

The routes come from the app's own OpenAPI schema, so a route added without a token check
fails here; /ws/query and /mcp are walked by hand (they are not in the schema).
"""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from mcp import Client

from pgpilot.api.app import create_app
from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope

PUBLIC = {"/health", "/health/live", "/health/ready", "/api/auth/register", "/api/auth/login"}
RISKY = "UPDATE products SET price = price + 1"
SMALL = "UPDATE products SET stock = stock + 1 WHERE id = 3"


@dataclass(frozen=True)
class World:
    """Alice's things, which nobody else may see or touch."""

    alice: Account
    bob: Account
    pending: str
    approved: str
    operation: str
    task: int
    conversation: str
    notification: int
    settings: Settings


@pytest.fixture
def settings(app_db_url: str, demo_url: str) -> Settings:
    return Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET)


@pytest.fixture
async def world(settings: Settings, app_db_url: str) -> World:
    """Alice has a pending ticket, an approved one, an executed operation and a task."""
    grants: dict[str, Any] = {"default": "write"}
    alice = await make_account(app_db_url, "alice@example.com", grants=grants)
    bob = await make_account(app_db_url, "bob@example.com", grants=grants)
    ann = await make_account(app_db_url, "ann@example.com", can_approve=True)
    async with serve(create_app(settings)) as api:
        pending = (await api.post("/api/sql", json={"sql": RISKY}, headers=alice.headers)).json()
        second = await api.post("/api/sql", json={"sql": RISKY + " + 0"}, headers=alice.headers)
        approved = second.json()["ticket_id"]
        decided = await api.post(f"/approve/{approved}", json={}, headers=ann.headers)
        assert decided.status_code == 200, decided.text
        ran = (await api.post("/api/sql", json={"sql": SMALL}, headers=alice.headers)).json()
        assert ran["status"] == "executed", ran
        task = await api.post(
            f"/api/{alice.id}/tasks", json={"title": "alice's secret"}, headers=alice.headers
        )
        assert task.status_code == 201, task.text
        said = await api.post(
            f"/api/{alice.id}/chat", json={"message": "show my tasks"}, headers=alice.headers
        )
        assert said.status_code == 200, said.text
    with psycopg.connect(app_db_url) as conn:
        note = conn.execute(
            "INSERT INTO notifications (user_id, task_id, title, body)"
            " VALUES (%s, %s, 'Reminder: secret', 'secret') RETURNING id",
            (alice.id, task.json()["data"]["id"]),
        ).fetchone()
    assert note is not None
    return World(
        alice=alice,
        bob=bob,
        pending=pending["ticket_id"],
        approved=approved,
        operation=ran["operation_id"],
        task=task.json()["data"]["id"],
        conversation=said.json()["conversation_id"],
        notification=note[0],
        settings=settings,
    )


def snapshot(app_db_url: str, demo_url: str) -> tuple[Any, ...]:
    """What a refused request must leave as it was, in the app database and the target."""
    with psycopg.connect(app_db_url) as conn:
        app = conn.execute(
            "SELECT (SELECT count(*) FROM audit_log),"
            " (SELECT jsonb_agg(status ORDER BY id) FROM approval_requests),"
            " (SELECT jsonb_agg(jsonb_build_array(id, title, completed) ORDER BY id) FROM tasks),"
            " (SELECT count(*) FROM users), (SELECT count(*) FROM conversations),"
            " (SELECT count(*) FROM messages),"
            " (SELECT jsonb_agg(read_at ORDER BY id) FROM notifications)"
        ).fetchone()
    with psycopg.connect(demo_url) as conn:
        target = conn.execute(
            "SELECT sum(price), sum(stock), (SELECT count(*) FROM orders) FROM products"
        ).fetchone()
    return (app, target)


def filled(path: str, world: World) -> str:
    """A route's path with alice's things in its parameters."""
    return path.format(
        ticket_id=world.approved,
        operation_id=world.operation,
        user_id=world.alice.id,
        task_id=world.task,
        audit_id=1,
        conversation_id=world.conversation,
        event_id=world.operation,
        notification_id=world.notification,
        target="default",
    )


def routes(settings: Settings) -> list[Any]:
    """Every (method, path) of the OpenAPI schema that needs a login."""
    schema = create_app(settings).openapi()
    return [
        (method.upper(), path)
        for path, methods in schema["paths"].items()
        for method in methods
        if path not in PUBLIC
    ]


ROUTE_COUNT_FLOOR = 16  # the schema's protected routes when this test was written


async def test_every_route_refuses_a_stranger(world: World, app_db_url: str, demo_url: str) -> None:
    protected = routes(world.settings)
    assert len(protected) >= ROUTE_COUNT_FLOOR
    before = snapshot(app_db_url, demo_url)
    async with serve(create_app(world.settings)) as api:
        for method, path in protected:
            for headers in ({}, {"Authorization": "Bearer not-a-token"}):
                response = await api.request(method, filled(path, world), json={}, headers=headers)
                assert response.status_code == 401, (method, path, response.text)
                assert_envelope(response.json(), "UNAUTHORIZED")
        page = await api.get(f"/approval/{world.approved}")
        assert RISKY not in page.text, "the approval page shows nothing before sign-in"
        assert (await api.post("/mcp", json={})).status_code == 401
    assert snapshot(app_db_url, demo_url) == before


STRANGER = [
    pytest.param("GET", "/status/{pending}", 404, "TICKET_NOT_FOUND", id="see-ticket"),
    pytest.param("POST", "/api/approvals/{approved}/execute", 404, "TICKET_NOT_FOUND", id="run"),
    pytest.param("POST", "/api/operations/{operation}/undo", 404, "OPERATION_NOT_FOUND", id="undo"),
    pytest.param("POST", "/approve/{pending}", 403, "NOT_AN_APPROVER", id="approve"),
    pytest.param("POST", "/reject/{pending}", 403, "NOT_AN_APPROVER", id="reject"),
    pytest.param("GET", "/api/{alice}/tasks", 403, "FORBIDDEN", id="list-tasks"),
    pytest.param("POST", "/api/{alice}/tasks", 403, "FORBIDDEN", id="add-task"),
    pytest.param("PATCH", "/api/{alice}/tasks/{task}", 403, "FORBIDDEN", id="edit-task"),
    pytest.param("DELETE", "/api/{alice}/tasks/{task}", 403, "FORBIDDEN", id="delete-task"),
    pytest.param("POST", "/api/{alice}/tasks/{task}/complete", 403, "FORBIDDEN", id="complete"),
    pytest.param("POST", "/api/{alice}/tasks/restore/1", 403, "FORBIDDEN", id="restore"),
    pytest.param("POST", "/api/{alice}/chat", 403, "FORBIDDEN", id="chat"),
    pytest.param("GET", "/api/{alice}/conversations", 403, "FORBIDDEN", id="conversations"),
    pytest.param("POST", "/api/{alice}/conversations", 403, "FORBIDDEN", id="start-conversation"),
    pytest.param(
        "GET", "/api/{alice}/conversations/{conversation}/messages", 403, "FORBIDDEN", id="messages"
    ),
    pytest.param(
        "GET",
        "/api/{bob}/conversations/{conversation}/messages",
        404,
        "CONVERSATION_NOT_FOUND",
        id="messages-under-own-path",
    ),
    pytest.param("GET", "/api/audit/{operation}", 404, "AUDIT_EVENT_NOT_FOUND", id="audit-event"),
    pytest.param("GET", "/api/{alice}/notifications", 403, "FORBIDDEN", id="notifications"),
    pytest.param(
        "POST", "/api/{alice}/notifications/{notification}/read", 403, "FORBIDDEN", id="read-note"
    ),
    pytest.param(
        "POST",
        "/api/{bob}/notifications/{notification}/read",
        404,
        "NOTIFICATION_NOT_FOUND",
        id="read-note-under-own-path",
    ),
]


@pytest.mark.parametrize(("method", "path", "status", "code"), STRANGER)
async def test_another_user_is_refused_alices_things(
    world: World, app_db_url: str, demo_url: str, method: str, path: str, status: int, code: str
) -> None:
    url = path.format(
        pending=world.pending,
        approved=world.approved,
        operation=world.operation,
        alice=world.alice.id,
        bob=world.bob.id,
        task=world.task,
        conversation=world.conversation,
        notification=world.notification,
    )
    body = {"title": "x", "message": "delete everything", "comment": "mine now"}
    before = snapshot(app_db_url, demo_url)
    async with serve(create_app(world.settings)) as api:
        response = await api.request(method, url, json=body, headers=world.bob.headers)
    assert response.status_code == status, response.text
    assert_envelope(response.json(), code)
    assert snapshot(app_db_url, demo_url) == before


async def test_audit_shows_a_user_only_their_own_events(world: World) -> None:
    async with serve(create_app(world.settings)) as api:
        bobs = (await api.get("/api/audit", headers=world.bob.headers)).json()
        alices = (await api.get("/api/audit", headers=world.alice.headers)).json()
    assert bobs == []
    assert [event["action"] for event in alices] == ["sql.execute"]
    assert "alice's secret" not in str(bobs)


async def test_tickets_and_targets_show_a_user_only_their_own(
    world: World, app_db_url: str
) -> None:
    carol = await make_account(app_db_url, "carol@example.com")
    ann = await make_account(app_db_url, "ann@example.com.au", can_approve=True)
    async with serve(create_app(world.settings)) as api:
        bobs = (await api.get("/api/approvals", headers=world.bob.headers)).json()
        alices = (await api.get("/api/approvals", headers=world.alice.headers)).json()
        anns = await api.get("/api/approvals?status=PENDING_APPROVAL", headers=ann.headers)
        carols = (await api.get("/api/targets", headers=carol.headers)).json()
        schema = await api.get("/api/targets/default/schema", headers=carol.headers)
        granted = await api.get("/api/targets/default/schema", headers=world.bob.headers)
    assert bobs == []
    assert {ticket["id"] for ticket in alices} == {world.pending, world.approved}
    assert [ticket["id"] for ticket in anns.json()] == [world.pending]
    assert carols == {}
    assert schema.status_code == 403
    assert_envelope(schema.json(), "NO_TARGET_ACCESS")
    assert "public.customers" in {f"{t['schema']}.{t['name']}" for t in granted.json()["tables"]}


@pytest.fixture
async def services(world: World) -> AsyncIterator[Services]:
    built = await Services.start(world.settings)
    yield built
    await built.close()


@pytest.mark.parametrize(
    ("tool", "arguments", "code"),
    [
        pytest.param("check_approval_status", {"ticket_id": "{pending}"}, "TICKET_NOT_FOUND"),
        pytest.param("execute_approved_query", {"ticket_id": "{approved}"}, "TICKET_NOT_FOUND"),
        pytest.param("rollback_operation", {"operation_id": "{operation}"}, "OPERATION_NOT_FOUND"),
    ],
)
async def test_mcp_refuses_another_users_ticket_and_operation(
    world: World,
    services: Services,
    app_db_url: str,
    demo_url: str,
    tool: str,
    arguments: dict[str, str],
    code: str,
) -> None:
    values = {"pending": world.pending, "approved": world.approved, "operation": world.operation}
    before = snapshot(app_db_url, demo_url)
    async with Client(build_mcp_server(services, user_id=world.bob.id)) as client:
        result = await client.call_tool(
            tool, {key: value.format(**values) for key, value in arguments.items()}
        )
    assert result.is_error
    assert code in str(result.content)
    assert snapshot(app_db_url, demo_url) == before


def test_the_socket_refuses_a_stranger(world: World) -> None:
    with (
        TestClient(create_app(world.settings)) as client,
        client.websocket_connect("/ws/query") as ws,
    ):
        ws.send_json({"query": "how many customers", "token": "not-a-token"})
        event = ws.receive_json()
    assert (event["type"], event["error_code"]) == ("error", "UNAUTHORIZED")


async def test_an_admin_sees_everything_and_may_undo_anyones_write(
    world: World, app_db_url: str
) -> None:
    root = await make_account(app_db_url, "root@example.com", is_admin=True)
    async with serve(create_app(world.settings)) as api:
        events = (await api.get("/api/audit", headers=root.headers)).json()
        undone = await api.post(f"/api/operations/{world.operation}/undo", headers=root.headers)
        seen = await api.get(f"/status/{world.pending}", headers=root.headers)
    assert {"sql.execute", "approval.decide"} <= {event["action"] for event in events}
    assert undone.status_code == 200, undone.text
    assert seen.status_code == 200


async def test_a_disabled_account_is_refused_at_once(world: World, app_db_url: str) -> None:
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        conn.execute("UPDATE users SET is_active = false WHERE id = %s", (world.alice.id,))
    async with serve(create_app(world.settings)) as api:
        response = await api.get(f"/api/{world.alice.id}/tasks", headers=world.alice.headers)
    assert response.status_code == 401
    assert "disabled" in response.json()["message"]
