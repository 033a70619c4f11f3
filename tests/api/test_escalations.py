"""The escalations found by trying pgpilot as an outsider, each a test named for what it proved."""

from collections.abc import AsyncIterator

import httpx
import pytest
from mcp import Client

from pgpilot.api.app import create_app
from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope

RISKY = "UPDATE products SET price = price + 1"


@pytest.fixture
def settings(app_db_url: str, demo_url: str) -> Settings:
    return Settings(
        database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET, four_eyes=True
    )


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with serve(create_app(settings)) as client:
        yield client


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    built = await Services.start(settings)
    yield built
    await built.close()


@pytest.fixture
async def both(app_db_url: str) -> Account:
    """An approver who may also request writes: four-eyes must stop her approving herself."""
    return await make_account(
        app_db_url, "both@example.com", can_approve=True, grants={"default": "write"}
    )


async def test_a_requester_named_in_the_body_is_ignored(
    api: httpx.AsyncClient, both: Account
) -> None:
    sent = await api.post(
        "/api/sql", json={"sql": RISKY, "requester": "someone-else"}, headers=both.headers
    )
    ticket = sent.json()["ticket_id"]
    status = (await api.get(f"/status/{ticket}", headers=both.headers)).json()
    assert (status["requester"], status["requester_id"]) == ("both@example.com", both.id)
    refused = await api.post(f"/approve/{ticket}", json={}, headers=both.headers)
    assert_envelope(refused.json(), "FOUR_EYES")


async def test_four_eyes_holds_for_a_ticket_opened_over_mcp(
    api: httpx.AsyncClient, services: Services, both: Account
) -> None:
    async with Client(build_mcp_server(services, user_id=both.id)) as client:
        result = await client.call_tool("create_approval_request", {"query": RISKY})
    assert not result.is_error, result.content
    assert isinstance(result.structured_content, dict)
    ticket = result.structured_content["ticket_id"]
    refused = await api.post(f"/approve/{ticket}", json={}, headers=both.headers)
    assert refused.status_code == 403
    assert_envelope(refused.json(), "FOUR_EYES")


async def test_four_eyes_holds_for_a_ticket_opened_by_the_sql_agent(
    api: httpx.AsyncClient, both: Account
) -> None:
    asked = await api.post(
        "/api/ask", json={"query": "delete orders where status is cancelled"}, headers=both.headers
    )
    assert asked.status_code == 202, asked.text
    refused = await api.post(f"/approve/{asked.json()['ticket_id']}", json={}, headers=both.headers)
    assert_envelope(refused.json(), "FOUR_EYES")


async def test_a_self_registered_account_cannot_query_a_target(
    api: httpx.AsyncClient, services: Services
) -> None:
    made = await api.post(
        "/api/auth/register", json={"email": "new@example.com", "password": "long enough"}
    )
    assert made.status_code == 201, made.text
    login = await api.post(
        "/api/auth/login", json={"email": "new@example.com", "password": "long enough"}
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    for path, body in (("/api/sql", {"sql": "SELECT 1"}), ("/api/ask", {"query": "customers"})):
        response = await api.post(path, json=body, headers=headers)
        assert response.status_code == 403, (path, response.text)
        assert_envelope(response.json(), "NO_TARGET_ACCESS")
    async with Client(build_mcp_server(services, user_id=login.json()["user_id"])) as client:
        result = await client.call_tool("execute_select_query", {"query": "SELECT 1"})
        schema = await client.call_tool("fetch_schema_context", {})
        tasks = await client.call_tool("list_tasks", {})
    assert result.is_error
    assert "NO_TARGET_ACCESS" in str(result.content)
    assert schema.is_error
    assert not tasks.is_error, "the task assistant is theirs"


async def test_an_operation_is_undone_only_by_its_owner_an_approver_or_an_admin(
    api: httpx.AsyncClient, app_db_url: str, both: Account
) -> None:
    ada = await make_account(app_db_url, "ada@example.com", grants={"default": "write"})
    bob = await make_account(app_db_url, "bob@example.com", grants={"default": "write"})
    small = "UPDATE products SET stock = stock + 1 WHERE id = 4"
    ran = (await api.post("/api/sql", json={"sql": small}, headers=ada.headers)).json()
    assert ran["status"] == "executed"
    path = f"/api/operations/{ran['operation_id']}/undo"
    refused = await api.post(path, headers=bob.headers)
    assert_envelope(refused.json(), "OPERATION_NOT_FOUND")
    by_approver = await api.post(path, headers=both.headers)
    assert by_approver.status_code == 200, by_approver.text
