"""Tasks over REST: statuses per outcome, envelopes always, and only your own tasks."""

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from pgpilot.api.app import create_app
from pgpilot.api.direct import DirectRoute
from pgpilot.api.errors import install
from pgpilot.api.routes import tasks as task_routes
from pgpilot.errors import PgpilotError
from pgpilot.settings import Settings
from pgpilot.tasks import contract, errors
from pgpilot.tasks.contract import TaskCreate, TaskPublic, TaskQuery, TaskUpdate
from pgpilot.tasks.reminders import deliver_due
from tests.api.accounts import Account, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope
from tests.appdb import app_pool, fetch_all
from tests.tasks.test_contract import limits

SOON = (datetime.now(UTC).date() + timedelta(days=4)).isoformat()


@pytest.fixture
async def alice(app_db_url: str) -> Account:
    """The user whose tasks are tested."""
    return await make_account(app_db_url, "alice@example.com")


@pytest.fixture
async def bob(app_db_url: str) -> Account:
    """The other user."""
    return await make_account(app_db_url, "bob@example.com")


async def create(client: httpx.AsyncClient, who: Account, **fields: Any) -> dict[str, Any]:
    body = {"title": "Pay rent", "due_date": SOON, "priority": "high", "tags": ["home"]} | fields
    response = await client.post(f"/api/{who.id}/tasks", json=body, headers=who.headers)
    assert response.status_code == 201, response.text
    task: dict[str, Any] = response.json()["data"]
    return task


async def test_a_task_from_creation_to_restore(client: httpx.AsyncClient, alice: Account) -> None:
    base, headers = f"/api/{alice.id}/tasks", alice.headers
    task = await create(client, alice)
    assert (task["title"], task["user_id"]) == ("Pay rent", alice.id)

    listed = await client.get(base, params={"status": "pending"}, headers=headers)
    assert listed.status_code == 200
    assert listed.json()["status"] == "success"
    assert [t["id"] for t in listed.json()["data"]["tasks"]] == [task["id"]]

    patched = await client.patch(f"{base}/{task['id']}", json={"priority": "low"}, headers=headers)
    assert patched.status_code == 200
    assert patched.json()["data"]["changes"] == {"priority": {"old": "high", "new": "low"}}

    done = await client.post(f"{base}/{task['id']}/complete", headers=headers)
    assert done.status_code == 200
    assert done.json()["data"]["completed"] is True

    unconfirmed = await client.delete(f"{base}/{task['id']}", headers=headers)
    assert unconfirmed.status_code == 409
    assert_envelope(unconfirmed.json(), "NOT_CONFIRMED")

    deleted = await client.delete(
        f"{base}/{task['id']}", params={"confirmed": "true"}, headers=headers
    )
    assert deleted.status_code == 200
    audit_id = deleted.json()["data"]["audit_id"]

    restored = await client.post(f"{base}/restore/{audit_id}", headers=headers)
    assert restored.status_code == 201
    assert restored.json()["data"]["id"] == task["id"]
    again = await client.post(f"{base}/restore/{audit_id}", headers=headers)
    assert again.status_code == 409
    assert_envelope(again.json(), "ALREADY_RESTORED")


async def test_a_repeating_task_over_rest(client: httpx.AsyncClient, alice: Account) -> None:
    base, headers = f"/api/{alice.id}/tasks", alice.headers
    created = await client.post(
        base,
        json={"title": "Gym", "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    task = created.json()["data"]
    assert task["repeats"] == "every weekday"
    unchanged = await client.patch(
        f"{base}/{task['id']}", json={"add_tags": ["fit"]}, headers=headers
    )
    assert unchanged.json()["data"]["recurrence"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    done = await client.post(f"{base}/{task['id']}/complete", headers=headers)
    following = done.json()["data"]["next_task"]
    assert (following["repeats"], following["tags"]) == ("every weekday", ["fit"])
    stopped = await client.patch(
        f"{base}/{following['id']}", json={"recurrence": None}, headers=headers
    )
    assert stopped.status_code == 200, stopped.text
    assert stopped.json()["data"]["changes"]["recurrence"]["new"] is None


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "code"),
    [
        pytest.param("POST", "", {"title": " "}, 422, "VALIDATION_ERROR", id="blank-title"),
        pytest.param(
            "POST", "", {"title": "t", "due_date": "2020-01-01"}, 422, "VALIDATION_ERROR", id="past"
        ),
        pytest.param(
            "POST", "", {"title": "t", "completed": True}, 422, "VALIDATION_ERROR", id="extra-field"
        ),
        pytest.param("POST", "", {"title": 5}, 422, "VALIDATION_ERROR", id="title-not-text"),
        pytest.param("PATCH", "/{task}", {}, 422, "VALIDATION_ERROR", id="no-fields"),
        pytest.param(
            "POST",
            "",
            {"title": "t", "recurrence": "FREQ=HOURLY"},
            422,
            "VALIDATION_ERROR",
            id="hourly",
        ),
        pytest.param(
            "PATCH", "/{task}", {"recurrence": "weekly"}, 422, "VALIDATION_ERROR", id="not-rrule"
        ),
        pytest.param(
            "PATCH", "/{task}", {"user_id": 2}, 422, "VALIDATION_ERROR", id="patch-user-id"
        ),
        pytest.param("PATCH", "/{task}", {"title": "Pay rent"}, 409, "NO_CHANGES", id="same"),
        pytest.param("PATCH", "/999999", {"title": "x"}, 404, "TASK_NOT_FOUND", id="patch-missing"),
        pytest.param("PATCH", "/abc", {"title": "x"}, 422, "VALIDATION_ERROR", id="bad-task-id"),
        pytest.param("POST", "/999999/complete", None, 404, "TASK_NOT_FOUND", id="complete-gone"),
        pytest.param("DELETE", "/999999?confirmed=true", None, 404, "TASK_NOT_FOUND", id="del"),
        pytest.param("POST", "/restore/999999", None, 404, "TASK_NOT_FOUND", id="restore-gone"),
        pytest.param("GET", "?limit=0", None, 422, "VALIDATION_ERROR", id="limit-0"),
        pytest.param("GET", "?limit=101", None, 422, "VALIDATION_ERROR", id="limit-101"),
        pytest.param("GET", "?status=done", None, 422, "VALIDATION_ERROR", id="bad-status"),
        pytest.param("GET", "?sort_by=title", None, 422, "VALIDATION_ERROR", id="bad-sort"),
    ],
)
async def test_errors_get_statuses_and_envelopes(
    client: httpx.AsyncClient,
    alice: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    status: int,
    code: str,
) -> None:
    task = await create(client, alice)
    url = f"/api/{alice.id}/tasks" + path.format(task=task["id"])
    response = await client.request(method, url, json=body, headers=alice.headers)
    assert response.status_code == status, response.text
    assert_envelope(response.json(), code)


LIST_QUERIES = [
    pytest.param("", id="defaults"),
    pytest.param("?status=pending&priority=HIGH&sort_by=priority&limit=5", id="filters"),
    pytest.param("?tag=home&due=week&offset=1", id="tag-and-due"),
    pytest.param("?limit=0", id="limit-0"),
    pytest.param("?limit=5&limit=0", id="repeated-last-invalid"),
    pytest.param("?limit=0&limit=5", id="repeated-last-valid"),
    pytest.param("?colour=red", id="unknown-name"),
    pytest.param("?colour=red&colour=blue", id="unknown-name-twice"),
    pytest.param("?tag=%20%20", id="blank-tag"),
    pytest.param("?status=done&limit=x", id="two-mistakes"),
]


def without_time(response: httpx.Response) -> tuple[int, dict[str, Any]]:
    answer: dict[str, Any] = response.json()
    answer.pop("timestamp", None)
    return response.status_code, answer


@pytest.mark.parametrize("query", LIST_QUERIES)
async def test_the_direct_list_answers_as_fastapis_solver_would(
    app_settings: Settings, alice: Account, bob: Account, query: str
) -> None:
    app = create_app(app_settings)
    # The same endpoint, solved by FastAPI, beside the app's DirectRoute.
    app.router.add_api_route("/solved/{user_id}/tasks", task_routes.get_tasks, methods=["GET"])
    assert isinstance(app.router.routes[2], DirectRoute)  # GET /api/{user_id}/tasks
    async with serve(app) as client:
        await create(client, alice)
        for who, path, headers in [
            (alice, str(alice.id), alice.headers),
            (bob, str(alice.id), bob.headers),  # a stranger: 403 before the query is read
            (alice, "me", alice.headers),  # not an id: 422 for the path
            (alice, str(alice.id), {}),  # no token: 401
        ]:
            direct = await client.get(f"/api/{path}/tasks{query}", headers=headers)
            solved = await client.get(f"/solved/{path}/tasks{query}", headers=headers)
            assert without_time(direct) == without_time(solved), (who.id, path)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        pytest.param(errors.UserNotFound("no user"), 404, id="user"),
        pytest.param(errors.TaskNotFound("no task"), 404, id="task"),
        pytest.param(errors.NoChanges("same"), 409, id="no-changes"),
        pytest.param(errors.NotConfirmed("ask"), 409, id="not-confirmed"),
        pytest.param(errors.AlreadyRestored("again"), 409, id="restored"),
        pytest.param(errors.TaskDatabaseError("down"), 500, id="db"),
    ],
)
async def test_task_errors_render_through_the_apps_handler(
    error: PgpilotError, status: int
) -> None:
    app = FastAPI()
    install(app)

    @app.get("/boom")
    async def boom() -> None:
        raise error

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as raw:
        response = await raw.get("/boom")
    assert response.status_code == status
    assert_envelope(response.json(), error.error_code)
    assert response.json()["message"] == error.message


ENDPOINTS = [
    pytest.param("GET", "", None, id="list"),
    pytest.param("POST", "", {"title": "mine now"}, id="create"),
    pytest.param("PATCH", "/{task}", {"title": "mine now"}, id="update"),
    pytest.param("POST", "/{task}/complete", None, id="complete"),
    pytest.param("DELETE", "/{task}?confirmed=true", None, id="delete"),
    pytest.param("POST", "/restore/{audit}", None, id="restore"),
]


async def state_of(url: str, who: Account) -> list[tuple[Any, ...]]:
    async with app_pool(url) as pool:
        tasks = await fetch_all(
            pool, "SELECT * FROM tasks WHERE user_id = %s ORDER BY id", (who.id,)
        )
        audit = await fetch_all(
            pool,
            "SELECT id, action FROM audit_log WHERE actor = %s ORDER BY id",
            (f"user:{who.id}",),
        )
    return [*tasks, *audit]


async def alices_deleted_and_live_task(client: httpx.AsyncClient, alice: Account) -> dict[str, int]:
    gone = await create(client, alice, title="Deleted one")
    deleted = await client.delete(
        f"/api/{alice.id}/tasks/{gone['id']}?confirmed=true", headers=alice.headers
    )
    live = await create(client, alice)
    return {"task": live["id"], "audit": deleted.json()["data"]["audit_id"]}


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
async def test_without_a_token_every_endpoint_is_401(
    client: httpx.AsyncClient, alice: Account, method: str, path: str, body: dict[str, Any] | None
) -> None:
    ids = await alices_deleted_and_live_task(client, alice)
    url = f"/api/{alice.id}/tasks" + path.format(**ids)
    response = await client.request(method, url, json=body)
    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
async def test_another_users_path_is_403(
    client: httpx.AsyncClient,
    app_db_url: str,
    alice: Account,
    bob: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    ids = await alices_deleted_and_live_task(client, alice)
    before = await state_of(app_db_url, alice)
    url = f"/api/{alice.id}/tasks" + path.format(**ids)
    response = await client.request(method, url, json=body, headers=bob.headers)
    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")
    assert await state_of(app_db_url, alice) == before


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
async def test_another_users_ids_under_your_own_path_reveal_nothing(
    client: httpx.AsyncClient,
    app_db_url: str,
    alice: Account,
    bob: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    ids = await alices_deleted_and_live_task(client, alice)
    before = await state_of(app_db_url, alice)
    url = f"/api/{bob.id}/tasks" + path.format(**ids)
    response = await client.request(method, url, json=body, headers=bob.headers)
    if "{" in path:  # a task or audit id of alice's
        assert response.status_code == 404, response.text
        assert_envelope(response.json(), "TASK_NOT_FOUND")
    elif method == "GET":
        assert response.json()["data"]["tasks"] == []
    assert await state_of(app_db_url, alice) == before


async def test_a_reminder_arrives_as_a_notification(
    client: httpx.AsyncClient, alice: Account, app_db_url: str
) -> None:
    at = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    created = await client.post(
        f"/api/{alice.id}/tasks",
        json={"title": "Call mom", "remind_at": at.isoformat()},
        headers=alice.headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["data"]["reminder"]["status"] == "pending"
    async with app_pool(app_db_url) as pool:
        assert await deliver_due(pool, now=at) == 1
    base = f"/api/{alice.id}/notifications"
    (note,) = (await client.get(base, headers=alice.headers)).json()
    assert (note["title"], note["read_at"]) == ("Reminder: Call mom", None)
    read = await client.post(f"{base}/{note['id']}/read", headers=alice.headers)
    assert read.status_code == 200, read.text
    assert read.json()["read_at"] is not None
    unread = await client.get(base, params={"unread": "true"}, headers=alice.headers)
    assert unread.json() == []
    missing = await client.post(f"{base}/999/read", headers=alice.headers)
    assert missing.status_code == 404
    assert_envelope(missing.json(), "NOTIFICATION_NOT_FOUND")


async def test_openapi_bodies_are_the_contract(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    for model in (TaskCreate, TaskUpdate):
        served = schemas[model.__name__]["properties"]
        for name, schema in contract.properties(model).items():
            assert limits(served[name]) == limits(schema), (model.__name__, name)
    query = {
        p["name"]: p["schema"] for p in spec["paths"]["/api/{user_id}/tasks"]["get"]["parameters"]
    }
    for name, schema in contract.properties(TaskQuery).items():
        assert limits(query[name]) == limits(schema), name
    created = spec["paths"]["/api/{user_id}/tasks"]["post"]["responses"]["201"]
    envelope = created["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    data = schemas[envelope]["properties"]["data"]["$ref"].rsplit("/", 1)[-1]
    assert set(schemas[data]["properties"]) == set(TaskPublic.model_fields)
