"""Approvals, execution, undo and audit over REST, with the error envelope on every refusal."""

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import psycopg
import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope

RISKY = "UPDATE products SET price = price + 1"


@pytest.fixture
async def api(app_db_url: str, demo_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(
        database_url=app_db_url, target_database_url=demo_url, four_eyes=True, jwt_secret=SECRET
    )
    async with serve(create_app(settings)) as client:
        yield client


@pytest.fixture
async def ann(app_db_url: str) -> Account:
    """An approver."""
    return await make_account(app_db_url, "ann@example.com", can_approve=True)


@pytest.fixture
async def ben(app_db_url: str) -> Account:
    """Another approver."""
    return await make_account(app_db_url, "ben@example.com", can_approve=True)


async def ticket_for(
    api: httpx.AsyncClient, sql: str = RISKY, *, requester: str = "agent-7"
) -> str:
    response = await api.post("/api/sql", json={"sql": sql, "requester": requester})
    assert response.status_code == 202
    return str(response.json()["ticket_id"])


async def test_approve_execute_undo_audit(api: httpx.AsyncClient, ann: Account) -> None:
    ticket = await ticket_for(api)
    status = (await api.get(f"/status/{ticket}")).json()
    assert status["status"] == "PENDING_APPROVAL"
    assert status["requester"] == "agent-7"
    early = await api.post(f"/api/approvals/{ticket}/execute", json={})
    assert early.status_code == 409
    assert_envelope(early.json(), "NOT_APPROVED")
    approved = await api.post(f"/approve/{ticket}", json={"comment": "ok"}, headers=ann.headers)
    assert approved.json()["status"] == "APPROVED"
    assert approved.json()["approver"] == "ann@example.com"
    done = (await api.post(f"/api/approvals/{ticket}/execute", json={})).json()
    assert done["status"] == "executed"
    assert done["rows_affected"] == 150
    undo = await api.post(f"/api/operations/{done['operation_id']}/undo", json={})
    assert undo.json()["rows_restored"] == 150
    again = await api.post(f"/api/operations/{done['operation_id']}/undo", json={})
    assert_envelope(again.json(), "ALREADY_UNDONE")
    events = (await api.get("/api/audit", params={"limit": 5})).json()
    actions = [event["action"] for event in events[:3]]
    assert actions == ["sql.undo", "sql.execute", "approval.decide"]
    assert events[2]["actor"] == "ann@example.com"
    assert events[2]["details"]["status"] == "APPROVED"
    assert "images" not in events[1]["details"]
    history = [entry["status"] for entry in (await api.get(f"/status/{ticket}")).json()["history"]]
    assert history == ["PENDING_APPROVAL", "APPROVED", "EXECUTING", "EXECUTED"]


@pytest.mark.parametrize(
    "requester",
    ["ann@example.com", "mcp:ann@example.com", "user:{id}"],
    ids=["email", "mcp-session", "rest-session"],
)
async def test_four_eyes_refuses_the_requester(
    api: httpx.AsyncClient, ann: Account, requester: str
) -> None:
    ticket = await ticket_for(api, requester=requester.format(id=ann.id))
    response = await api.post(f"/approve/{ticket}", json={}, headers=ann.headers)
    assert response.status_code == 403
    assert_envelope(response.json(), "FOUR_EYES")


async def test_only_a_signed_in_approver_decides(
    api: httpx.AsyncClient, app_db_url: str, ann: Account
) -> None:
    ticket = await ticket_for(api)
    # The agent knows the URL and claims a name: neither is enough.
    anonymous = await api.post(f"/approve/{ticket}", json={"approver": "ann@example.com"})
    assert anonymous.status_code == 401
    assert_envelope(anonymous.json(), "UNAUTHORIZED")
    user = await make_account(app_db_url, "eve@example.com")
    refused = await api.post(f"/approve/{ticket}", json={}, headers=user.headers)
    assert refused.status_code == 403
    assert_envelope(refused.json(), "NOT_AN_APPROVER")
    assert (await api.get(f"/status/{ticket}")).json()["status"] == "PENDING_APPROVAL"
    claimed = await api.post(
        f"/approve/{ticket}", json={"approver": "someone-else"}, headers=ann.headers
    )
    assert claimed.json()["approver"] == "ann@example.com", "the login decides who approved"


async def test_rejected_ticket_cannot_run_or_be_decided_again(
    api: httpx.AsyncClient, ann: Account, ben: Account
) -> None:
    ticket = await ticket_for(api)
    rejected = await api.post(f"/reject/{ticket}", json={"comment": "no"}, headers=ben.headers)
    assert rejected.json()["status"] == "REJECTED"
    run = await api.post(f"/api/approvals/{ticket}/execute", json={})
    assert_envelope(run.json(), "REJECTED")
    again = await api.post(f"/approve/{ticket}", json={}, headers=ann.headers)
    assert again.status_code == 409


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        pytest.param("get", "/status/not-a-uuid", 404, "TICKET_NOT_FOUND", id="bad-id"),
        pytest.param(
            "get",
            "/status/00000000-0000-0000-0000-000000000000",
            404,
            "TICKET_NOT_FOUND",
            id="unknown",
        ),
        pytest.param(
            "post", "/api/operations/abc/undo", 404, "OPERATION_NOT_FOUND", id="bad-operation"
        ),
        pytest.param(
            "post",
            "/approve/00000000-0000-0000-0000-000000000000",
            401,
            "UNAUTHORIZED",
            id="no-login",
        ),
    ],
)
async def test_bad_references_are_envelopes(
    api: httpx.AsyncClient, method: str, path: str, status: int, code: str
) -> None:
    response = await api.request(method, path, json={})
    assert response.status_code == status
    assert_envelope(response.json(), code)


async def test_approval_page_shows_the_ticket_and_escapes_it(
    api: httpx.AsyncClient, ben: Account
) -> None:
    ticket = await ticket_for(api, "UPDATE products SET name = '<b>{risk}</b>' WHERE id > 0")
    page = await api.get(f"/approval/{ticket}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "&lt;b&gt;{risk}&lt;/b&gt;" in page.text, "ticket text is escaped, never re-expanded"
    assert "HIGH" in page.text
    assert '<form id="decide" >' in page.text, "buttons while it is pending"
    await api.post(f"/reject/{ticket}", json={}, headers=ben.headers)
    decided = await api.get(f"/approval/{ticket}")
    assert 'id="decide" hidden' in decided.text, "no buttons once decided"


def total_price(url: str) -> Decimal:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT sum(price) FROM products").fetchone()
    assert row is not None
    return Decimal(row[0])


@pytest.mark.parametrize("callers", [pytest.param(10, id="pool-size"), pytest.param(25, id="more")])
async def test_concurrent_executes_run_the_ticket_once(
    api: httpx.AsyncClient, ann: Account, demo_url: str, callers: int
) -> None:
    # Each execute used to hold an app connection and the ticket's row lock while recording
    # needed a second one: with the app pool's 10 connections, the server stalled and failed.
    ticket = await ticket_for(api)
    before = total_price(demo_url)
    await api.post(f"/approve/{ticket}", json={}, headers=ann.headers)
    url = f"/api/approvals/{ticket}/execute"
    answers = await asyncio.gather(*(api.post(url, json={}) for _ in range(callers)))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200] + [409] * (callers - 1), [a.text for a in answers]
    for answer in answers:
        if answer.status_code == 409:
            assert_envelope(answer.json(), "ALREADY_EXECUTED")
    assert total_price(demo_url) == before + 150, "the price rose once, by 1 on 150 products"
    final = (await api.get(f"/status/{ticket}")).json()
    assert final["status"] == "EXECUTED"
    assert [entry["status"] for entry in final["history"]][-1] == "EXECUTED"
