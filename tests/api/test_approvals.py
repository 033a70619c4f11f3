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


@pytest.fixture
async def ada(app_db_url: str) -> Account:
    """An analyst who may request writes on the default target."""
    return await make_account(app_db_url, "ada@example.com", grants={"default": "write"})


async def ticket_for(api: httpx.AsyncClient, who: Account, sql: str = RISKY) -> str:
    response = await api.post("/api/sql", json={"sql": sql}, headers=who.headers)
    assert response.status_code == 202, response.text
    return str(response.json()["ticket_id"])


async def test_approve_execute_undo_audit(
    api: httpx.AsyncClient, ann: Account, ada: Account
) -> None:
    ticket = await ticket_for(api, ada)
    status = (await api.get(f"/status/{ticket}", headers=ada.headers)).json()
    assert status["status"] == "PENDING_APPROVAL"
    assert (status["requester"], status["requester_id"]) == ("ada@example.com", ada.id)
    early = await api.post(f"/api/approvals/{ticket}/execute", headers=ada.headers)
    assert early.status_code == 409
    assert_envelope(early.json(), "NOT_APPROVED")
    approved = await api.post(f"/approve/{ticket}", json={"comment": "ok"}, headers=ann.headers)
    assert approved.json()["status"] == "APPROVED"
    assert (approved.json()["approver"], approved.json()["approver_id"]) == (
        "ann@example.com",
        ann.id,
    )
    done = (await api.post(f"/api/approvals/{ticket}/execute", headers=ada.headers)).json()
    assert done["status"] == "executed"
    assert done["rows_affected"] == 150
    undo = await api.post(f"/api/operations/{done['operation_id']}/undo", headers=ada.headers)
    assert undo.json()["rows_restored"] == 150
    again = await api.post(f"/api/operations/{done['operation_id']}/undo", headers=ada.headers)
    assert_envelope(again.json(), "ALREADY_UNDONE")
    mine = (await api.get("/api/audit", params={"limit": 5}, headers=ada.headers)).json()
    assert [event["action"] for event in mine] == ["sql.undo", "sql.execute"]
    assert {event["actor_id"] for event in mine} == {ada.id}
    assert "images" not in mine[1]["details"]
    decisions = (await api.get("/api/audit", headers=ann.headers)).json()
    assert [(e["action"], e["actor"]) for e in decisions] == [
        ("approval.decide", "ann@example.com")
    ]
    assert decisions[0]["details"]["status"] == "APPROVED"
    history = (await api.get(f"/status/{ticket}", headers=ada.headers)).json()["history"]
    assert [entry["status"] for entry in history] == [
        "PENDING_APPROVAL",
        "APPROVED",
        "EXECUTING",
        "EXECUTED",
    ]


async def test_four_eyes_refuses_an_approver_who_requested_the_write(
    api: httpx.AsyncClient, app_db_url: str
) -> None:
    both = await make_account(
        app_db_url, "both@example.com", can_approve=True, grants={"default": "write"}
    )
    ticket = await ticket_for(api, both)
    response = await api.post(f"/approve/{ticket}", json={}, headers=both.headers)
    assert response.status_code == 403
    assert_envelope(response.json(), "FOUR_EYES")


async def test_only_a_signed_in_approver_decides(
    api: httpx.AsyncClient, app_db_url: str, ann: Account, ada: Account
) -> None:
    ticket = await ticket_for(api, ada)
    # The agent knows the URL and claims a name: neither is enough.
    anonymous = await api.post(f"/approve/{ticket}", json={"approver": "ann@example.com"})
    assert anonymous.status_code == 401
    assert_envelope(anonymous.json(), "UNAUTHORIZED")
    user = await make_account(app_db_url, "eve@example.com")
    refused = await api.post(f"/approve/{ticket}", json={}, headers=user.headers)
    assert refused.status_code == 403
    assert_envelope(refused.json(), "NOT_AN_APPROVER")
    status = (await api.get(f"/status/{ticket}", headers=ada.headers)).json()["status"]
    assert status == "PENDING_APPROVAL"
    claimed = await api.post(
        f"/approve/{ticket}", json={"approver": "someone-else"}, headers=ann.headers
    )
    assert claimed.json()["approver"] == "ann@example.com", "the login decides who approved"


async def test_rejected_ticket_cannot_run_or_be_decided_again(
    api: httpx.AsyncClient, ann: Account, ben: Account, ada: Account
) -> None:
    ticket = await ticket_for(api, ada)
    rejected = await api.post(f"/reject/{ticket}", json={"comment": "no"}, headers=ben.headers)
    assert rejected.json()["status"] == "REJECTED"
    run = await api.post(f"/api/approvals/{ticket}/execute", headers=ada.headers)
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
            404,
            "TICKET_NOT_FOUND",
            id="unknown-decision",
        ),
    ],
)
async def test_bad_references_are_envelopes(
    api: httpx.AsyncClient, ann: Account, method: str, path: str, status: int, code: str
) -> None:
    response = await api.request(method, path, json={}, headers=ann.headers)
    assert response.status_code == status
    assert_envelope(response.json(), code)


async def test_approval_page_holds_no_ticket_data(api: httpx.AsyncClient, ada: Account) -> None:
    ticket = await ticket_for(api, ada, "UPDATE products SET name = 'secret-name' WHERE id > 0")
    page = await api.get(f"/approval/{ticket}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "secret-name" not in page.text, "the SQL is fetched only after signing in"
    assert "ada@example.com" not in page.text
    assert "<script>" not in page.text, "no inline script: the page keeps a strict CSP"
    script = await api.get("/static/api.js")  # every page keeps its sign-in there
    assert script.status_code == 200
    assert "sessionStorage" in script.text


def total_price(url: str) -> Decimal:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT sum(price) FROM products").fetchone()
    assert row is not None
    return Decimal(row[0])


@pytest.mark.parametrize("callers", [pytest.param(10, id="pool-size"), pytest.param(25, id="more")])
async def test_concurrent_executes_run_the_ticket_once(
    api: httpx.AsyncClient, ann: Account, ada: Account, demo_url: str, callers: int
) -> None:
    # Each execute used to hold an app connection and the ticket's row lock while recording
    # needed a second one: with the app pool's 10 connections, the server stalled and failed.
    ticket = await ticket_for(api, ada)
    before = total_price(demo_url)
    await api.post(f"/approve/{ticket}", json={}, headers=ann.headers)
    url = f"/api/approvals/{ticket}/execute"
    answers = await asyncio.gather(*(api.post(url, headers=ada.headers) for _ in range(callers)))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200] + [409] * (callers - 1), [a.text for a in answers]
    for answer in answers:
        if answer.status_code == 409:
            assert_envelope(answer.json(), "ALREADY_EXECUTED")
    assert total_price(demo_url) == before + 150, "the price rose once, by 1 on 150 products"
    final = (await api.get(f"/status/{ticket}", headers=ada.headers)).json()
    assert final["status"] == "EXECUTED"
    assert [entry["status"] for entry in final["history"]][-1] == "EXECUTED"
