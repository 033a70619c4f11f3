"""POST /api/{user_id}/chat: the seed's task-assistant story over HTTP, offline planner."""

from datetime import timedelta
from typing import Any

import httpx
import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from pgpilot.tasks.dates import today_in
from tests.api.accounts import SECRET, bearer, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope
from tests.appdb import app_pool, fetch_all, fetch_one

ZONE = "Pacific/Auckland"


class Session:
    """A registered, logged-in user talking to the assistant over HTTP."""

    def __init__(self, client: httpx.AsyncClient, user_id: int, token: str) -> None:
        self.client = client
        self.user_id = user_id
        self.headers = {"Authorization": f"Bearer {token}"}
        self.conversation_id: str | None = None

    async def say(self, message: str) -> dict[str, Any]:
        body: dict[str, Any] = {"message": message}
        if self.conversation_id:
            body["conversation_id"] = self.conversation_id
        response = await self.client.post(
            f"/api/{self.user_id}/chat", json=body, headers=self.headers
        )
        assert response.status_code == 200, response.text
        reply: dict[str, Any] = response.json()
        assert set(reply) == {"status", "message", "conversation_id", "tool_calls", "timestamp"}
        self.conversation_id = reply["conversation_id"]
        return reply

    async def tasks(self) -> list[dict[str, Any]]:
        listed = await self.client.get(f"/api/{self.user_id}/tasks", headers=self.headers)
        tasks: list[dict[str, Any]] = listed.json()["data"]["tasks"]
        return tasks


async def sign_up(client: httpx.AsyncClient, email: str = "ada@example.com") -> Session:
    account = {"email": email, "password": "s3cret-pass", "timezone": ZONE}
    created = await client.post("/api/auth/register", json=account)
    assert created.status_code == 201, created.text
    login = await client.post("/api/auth/login", json=account | {"timezone": None})
    assert login.status_code == 200, login.text
    return Session(client, created.json()["user_id"], login.json()["access_token"])


def tools(reply: dict[str, Any]) -> list[str]:
    return [call["tool"] for call in reply["tool_calls"]]


async def test_seed_story(client: httpx.AsyncClient, app_db_url: str) -> None:
    me = await sign_up(client)
    tomorrow = today_in(ZONE) + timedelta(days=1)

    added = await me.say("Add a task to buy milk tomorrow")
    assert added["status"] == "success"
    assert tools(added) == ["add_task"]
    assert added["tool_calls"][0]["arguments"] == {
        "title": "Buy milk",
        "due_date": tomorrow.isoformat(),
    }
    assert added["tool_calls"][0]["result"]["status"] == "success"
    [milk] = await me.tasks()
    assert (milk["title"], milk["due_date"]) == ("Buy milk", tomorrow.isoformat())

    await me.say("add call mom on friday")
    await me.say("add pay rent by the end of the month #home")
    shown = await me.say("Show me my tasks")
    assert tools(shown) == ["list_tasks"]
    for title in ("Buy milk", "Call mom", "Pay rent"):
        assert title in shown["message"]

    which = await me.say("Change priority to high")  # after a list of three: which one?
    assert which["tool_calls"] == []
    assert which["message"].startswith("Which task should I change?")
    raised = await me.say("pay rent")
    assert tools(raised) == ["list_tasks", "update_task"]
    assert raised["tool_calls"][1]["arguments"]["priority"] == "high"
    rent = next(t for t in await me.tasks() if t["title"] == "Pay rent")
    assert rent["priority"] == "high"

    done = await me.say("Mark as done")
    assert tools(done) == ["complete_task"]
    rent = next(t for t in await me.tasks() if t["title"] == "Pay rent")
    assert rent["completed"] is True
    assert rent["completed_date"] is not None

    asked = await me.say("Delete this task")
    assert asked["message"] == "Delete 'Pay rent'? (yes/no)"
    assert len(await me.tasks()) == 3
    gone = await me.say("yes")
    assert gone["tool_calls"][0]["arguments"] == {"task_id": rent["id"], "confirmed": True}
    assert sorted(t["title"] for t in await me.tasks()) == ["Buy milk", "Call mom"]

    async with app_pool(app_db_url) as pool:
        messages = await fetch_all(
            pool,
            "SELECT role FROM messages WHERE conversation_id = %s ORDER BY created_at",
            (me.conversation_id,),
        )
        named = await fetch_one(
            pool, "SELECT title FROM conversations WHERE id = %s", (me.conversation_id,)
        )
    assert [role for (role,) in messages] == ["user", "assistant"] * 9, "history persists"
    assert named == ("Add Task To Buy Milk Tomorrow",)


async def test_gibberish_gets_a_graceful_reply(client: httpx.AsyncClient) -> None:
    me = await sign_up(client)
    reply = await me.say("blorp zzz 42!!")
    assert reply["status"] == "success"
    assert reply["tool_calls"] == []
    assert reply["message"].startswith("Sorry, I didn't understand that.")


async def test_without_a_conversation_id_chat_goes_on_with_the_most_recent(
    client: httpx.AsyncClient,
) -> None:
    me = await sign_up(client)
    first = await me.say("hello")
    me.conversation_id = None
    second = await me.say("hello again")
    assert second["conversation_id"] == first["conversation_id"]


async def test_a_new_conversation_is_explicit(client: httpx.AsyncClient) -> None:
    me = await sign_up(client)
    first = await me.say("hello")
    started = await client.post(
        f"/api/{me.user_id}/chat",
        json={"message": "hello", "new_conversation": True},
        headers=me.headers,
    )
    assert started.status_code == 200, started.text
    assert started.json()["conversation_id"] != first["conversation_id"]
    me.conversation_id = None
    assert (await me.say("and now?"))["conversation_id"] == started.json()["conversation_id"]


async def test_post_conversations_starts_the_one_chat_goes_on_with(
    client: httpx.AsyncClient,
) -> None:
    me = await sign_up(client)
    first = await me.say("hello")
    created = await client.post(f"/api/{me.user_id}/conversations", headers=me.headers)
    assert created.status_code == 201, created.text
    assert created.json()["message_count"] == 0
    assert created.json()["id"] != first["conversation_id"]
    me.conversation_id = None
    assert (await me.say("hi"))["conversation_id"] == created.json()["id"]


async def test_new_conversation_with_an_id_is_422(client: httpx.AsyncClient) -> None:
    me = await sign_up(client)
    first = await me.say("hello")
    body = {"message": "hi", "new_conversation": True, "conversation_id": first["conversation_id"]}
    response = await client.post(f"/api/{me.user_id}/chat", json=body, headers=me.headers)
    assert response.status_code == 422
    assert_envelope(response.json(), "VALIDATION_ERROR")


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        pytest.param({}, 401, "UNAUTHORIZED", id="no-token"),
        pytest.param({"Authorization": "Bearer not.a.jwt"}, 401, "UNAUTHORIZED", id="bad-jwt"),
        pytest.param(
            bearer(1, secret="w" * 40), 401, "UNAUTHORIZED", id="signed-with-another-secret"
        ),
    ],
)
async def test_bad_tokens_are_401(
    client: httpx.AsyncClient, headers: dict[str, str], status: int, code: str
) -> None:
    response = await client.post("/api/1/chat", json={"message": "hi"}, headers=headers)
    assert response.status_code == status
    assert_envelope(response.json(), code)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        pytest.param({"message": ""}, "message", id="empty"),
        pytest.param({"message": "   "}, "message", id="blank"),
        pytest.param({"message": "x" * 5001}, "message", id="too-long"),
        pytest.param({}, "message", id="missing"),
        pytest.param({"message": "hi", "conversation_id": "nope"}, "conversation_id", id="bad-id"),
        pytest.param({"message": "hi", "user_id": 2}, "user_id", id="no-identity-in-body"),
    ],
)
async def test_invalid_bodies_are_422_envelopes(
    client: httpx.AsyncClient, app_db_url: str, body: dict[str, Any], where: str
) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    response = await client.post(f"/api/{alice.id}/chat", json=body, headers=alice.headers)
    assert response.status_code == 422
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert where in response.json()["message"]


async def test_other_users_paths_and_conversations(
    client: httpx.AsyncClient, app_db_url: str
) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    bob = await make_account(app_db_url, "bob@example.com")
    hers = await client.post(f"/api/{alice.id}/chat", json={"message": "hi"}, headers=alice.headers)
    forbidden = await client.post(
        f"/api/{alice.id}/chat", json={"message": "hi"}, headers=bob.headers
    )
    assert forbidden.status_code == 403
    assert_envelope(forbidden.json(), "FORBIDDEN")
    stolen = await client.post(
        f"/api/{bob.id}/chat",
        json={"message": "show my tasks", "conversation_id": hers.json()["conversation_id"]},
        headers=bob.headers,
    )
    assert stolen.status_code == 404
    assert_envelope(stolen.json(), "CONVERSATION_NOT_FOUND")


async def test_a_deleted_account_is_401(client: httpx.AsyncClient, app_db_url: str) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    async with app_pool(app_db_url) as pool:
        await fetch_one(pool, "DELETE FROM users WHERE id = %s RETURNING id", (alice.id,))
    response = await client.post(
        f"/api/{alice.id}/chat", json={"message": "hi"}, headers=alice.headers
    )
    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")


async def test_chat_messages_are_rate_limited(app_db_url: str) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    settings = Settings(database_url=app_db_url, jwt_secret=SECRET, rate_limit="2/minute")
    async with serve(create_app(settings)) as client:
        path = f"/api/{alice.id}/chat"
        statuses = [
            (await client.post(path, json={"message": "hi"}, headers=alice.headers)).status_code
            for _ in range(3)
        ]
        refused = await client.post(path, json={"message": "add x"}, headers=alice.headers)
    assert statuses == [200, 200, 429]
    assert_envelope(refused.json(), "RATE_LIMITED")
    assert int(refused.headers["Retry-After"]) >= 1
    async with app_pool(app_db_url) as pool:
        assert await fetch_all(pool, "SELECT title FROM tasks") == []
