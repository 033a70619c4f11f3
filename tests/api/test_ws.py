"""WS /ws/query and POST /api/ask: steps, answers, and approvals decided on another worker."""

import asyncio
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, make_account

RISKY = "delete orders where status is cancelled"


@pytest.fixture
def settings(app_db_url: str, demo_url: str) -> Settings:
    """Two workers share these: one app database, one demo target."""
    return Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET)


@pytest.fixture
def token(app_db_url: str) -> str:
    """A valid access token."""
    account = asyncio.run(make_account(app_db_url, "ada@example.com", grants={"default": "write"}))
    return account.headers["Authorization"].removeprefix("Bearer ")


@pytest.fixture
def boss(app_db_url: str) -> dict[str, str]:
    """The headers of an approver, boss@example.com."""
    return asyncio.run(make_account(app_db_url, "boss@example.com", can_approve=True)).headers


@pytest.fixture
def workers(settings: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    """Two app instances (two workers) over the same app database."""
    with ExitStack() as stack:
        first = stack.enter_context(TestClient(create_app(settings)))
        second = stack.enter_context(TestClient(create_app(settings)))
        yield first, second


def until(ws: WebSocketTestSession, *types: str) -> list[dict[str, Any]]:
    """Events up to and including the first of one of `types`."""
    events = []
    while True:
        event = ws.receive_json()
        events.append(event)
        if event["type"] in types:
            return events


def test_a_read_streams_every_step_then_the_rows(
    workers: tuple[TestClient, TestClient], token: str
) -> None:
    first, _ = workers
    with first.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "query": "how many customers"})
        events = until(ws, "result", "error")
    nodes = [event["node"] for event in events if event["type"] == "step"]
    assert nodes == [
        "extract_intent",
        "fetch_schema_context",
        "build_sql_query",
        "validate_query",
        "execute_select_query",
    ]
    assert events[-1]["type"] == "result"
    assert events[-1]["rows"] == [[800]]


def test_the_token_may_come_as_a_subprotocol(
    workers: tuple[TestClient, TestClient], token: str
) -> None:
    with workers[0].websocket_connect("/ws/query", subprotocols=["bearer", token]) as ws:
        assert ws.accepted_subprotocol == "bearer"
        ws.send_json({"query": "show the 5 most expensive products"})
        result = until(ws, "result", "error")[-1]
    assert result["row_count"] == 5


def test_a_token_in_the_url_is_refused(workers: tuple[TestClient, TestClient], token: str) -> None:
    with workers[0].websocket_connect(f"/ws/query?token={token}") as ws:
        event = ws.receive_json()
    assert (event["type"], event["error_code"]) == ("error", "UNAUTHORIZED")
    assert "first message" in event["message"]


def test_no_token_is_refused(workers: tuple[TestClient, TestClient]) -> None:
    with workers[0].websocket_connect("/ws/query") as ws:
        ws.send_json({"query": "how many customers"})
        event = ws.receive_json()
    assert event["type"] == "error"
    assert event["error_code"] == "UNAUTHORIZED"


@pytest.mark.parametrize(
    ("decide", "outcome", "status"),
    [
        pytest.param("approve", "approved", "executed", id="approved"),
        pytest.param("reject", "rejected", "error", id="rejected"),
    ],
)
def test_a_decision_on_another_worker_reaches_the_waiting_socket(
    workers: tuple[TestClient, TestClient],
    token: str,
    boss: dict[str, str],
    decide: str,
    outcome: str,
    status: str,
) -> None:
    first, second = workers
    with first.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "query": RISKY})
        waiting = until(ws, "approval_required", "result", "error")[-1]
        assert waiting["type"] == "approval_required"
        assert waiting["impact"]["risk"] == "HIGH"
        response = second.post(f"/{decide}/{waiting['ticket_id']}", json={}, headers=boss)
        assert response.status_code == 200, response.text
        events = until(ws, "result", "error")
    assert events[0] == {
        "type": outcome,
        "ticket_id": waiting["ticket_id"],
        "thread_id": waiting["thread_id"],
    }
    assert events[-1]["status"] == status
    if status == "executed":
        assert events[-1]["row_count"] == 938
        assert [e["node"] for e in events if e["type"] == "step"] == [
            "create_approval_request",
            "execute_approved_query",
        ]
    else:
        assert "rejected by boss@example.com" in events[-1]["message"]


def test_a_paused_run_survives_a_restart(
    settings: Settings, token: str, boss: dict[str, str]
) -> None:
    with (
        TestClient(create_app(settings)) as before,
        before.websocket_connect("/ws/query") as ws,
    ):
        ws.send_json({"token": token, "query": RISKY})
        waiting = until(ws, "approval_required")[-1]
    with TestClient(create_app(settings)) as after:
        assert after.post(f"/approve/{waiting['ticket_id']}", json={}, headers=boss).is_success
        with after.websocket_connect("/ws/query") as ws:
            ws.send_json({"token": token, "resume": waiting["thread_id"]})
            events = until(ws, "result", "error")
    assert [event["type"] for event in events[:2]] == ["approval_required", "approved"]
    assert events[-1]["status"] == "executed"


def test_ask_over_rest(workers: tuple[TestClient, TestClient], token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    read = workers[0].post("/api/ask", json={"query": "how many customers"}, headers=headers)
    assert read.status_code == 200
    assert read.json()["rows"] == [[800]]
    write = workers[0].post("/api/ask", json={"query": RISKY}, headers=headers)
    assert write.status_code == 202
    assert write.json()["status"] == "pending_approval"
    assert workers[0].post("/api/ask", json={"query": "x"}).status_code == 401


def test_a_paused_run_resumes_over_rest(
    workers: tuple[TestClient, TestClient], token: str, boss: dict[str, str]
) -> None:
    first, second = workers
    headers = {"Authorization": f"Bearer {token}"}
    waiting = first.post("/api/ask", json={"query": RISKY}, headers=headers).json()
    assert waiting["status"] == "pending_approval"
    assert second.post(f"/approve/{waiting['ticket_id']}", json={}, headers=boss).is_success
    done = second.post("/api/ask", json={"resume": waiting["thread_id"]}, headers=headers)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "executed"
    assert done.json()["row_count"] == 938
    again = first.post("/api/ask", json={"resume": "no-such-run"}, headers=headers)
    assert again.json()["error_code"] == "NO_RUN"
    both = first.post("/api/ask", json={"query": "x", "resume": "y"}, headers=headers)
    assert both.status_code == 422


def test_a_client_that_leaves_can_come_back(
    workers: tuple[TestClient, TestClient], token: str, boss: dict[str, str]
) -> None:
    first, second = workers
    with first.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "query": RISKY})
        waiting = until(ws, "approval_required")[-1]
    assert second.post(f"/approve/{waiting['ticket_id']}", json={}, headers=boss).is_success
    with second.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "resume": waiting["thread_id"]})
        events = until(ws, "result", "error")
    assert events[-1]["status"] == "executed"
    assert events[-1]["row_count"] == 938


def test_resuming_an_unknown_run_is_an_error(
    workers: tuple[TestClient, TestClient], token: str
) -> None:
    with workers[0].websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "resume": "no-such-run"})
        event = ws.receive_json()
    assert event["error_code"] == "NO_RUN"


def test_another_user_cannot_resume_or_follow_a_paused_run(
    workers: tuple[TestClient, TestClient], token: str, app_db_url: str
) -> None:
    first, second = workers
    with first.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "query": RISKY})
        waiting = until(ws, "approval_required")[-1]
    mallory = asyncio.run(make_account(app_db_url, "mal@example.com", grants={"default": "write"}))
    other = mallory.headers["Authorization"].removeprefix("Bearer ")
    with second.websocket_connect("/ws/query") as ws:
        ws.send_json({"token": other, "resume": waiting["thread_id"]})
        event = ws.receive_json()
    assert (event["type"], event["error_code"]) == ("error", "NO_RUN")
    status = second.get(f"/status/{waiting['ticket_id']}", headers=mallory.headers)
    assert status.status_code == 404, "nor see its ticket"


def test_a_deleted_users_token_no_longer_opens_the_socket(
    workers: tuple[TestClient, TestClient], token: str, app_db_url: str
) -> None:
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        conn.execute("DELETE FROM users WHERE email = 'ada@example.com'")
    with workers[0].websocket_connect("/ws/query") as ws:
        ws.send_json({"token": token, "query": "how many customers"})
        event = ws.receive_json()
    assert (event["type"], event["error_code"]) == ("error", "UNAUTHORIZED")


def test_a_user_without_a_grant_is_refused_before_the_agent_runs(
    workers: tuple[TestClient, TestClient], app_db_url: str
) -> None:
    tom = asyncio.run(make_account(app_db_url, "tom@example.com"))
    with workers[0].websocket_connect("/ws/query") as ws:
        ws.send_json({"token": tom.headers["Authorization"][7:], "query": "how many customers"})
        event = ws.receive_json()
    assert (event["type"], event["error_code"]) == ("error", "NO_TARGET_ACCESS")


def test_ask_with_redis_down_answers_from_memory(settings: Settings, token: str) -> None:
    down = settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0", "redis_timeout_s": 1})
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(down)) as client:
        for _ in range(2):  # loaded once, then served from this process's memory
            read = client.post("/api/ask", json={"query": "how many customers"}, headers=headers)
            assert read.status_code == 200, read.text
            assert read.json()["rows"] == [[800]]
