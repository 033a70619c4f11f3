"""The provider path: PGPILOT_MODEL=openai:… against a fake OpenAI-compatible server over HTTP."""

import json
import time
from datetime import timedelta
from typing import Any

import httpx
import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from pgpilot.tasks.dates import today_in
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve
from tests.appdb import app_pool, fetch_all
from tests.llm.fake_openai import FakeOpenAI, Step, fake_openai

DEADLINE_S = 2.0  # PGPILOT_LLM_TIMEOUT_S of the deadline tests
SLOW_S = 10.0  # a scripted answer's delay, far beyond any timeout the tests set


@pytest.fixture(autouse=True)
def _loopback_without_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def provider(monkeypatch: pytest.MonkeyPatch) -> None:
    """PGPILOT_MODEL names an OpenAI model; OPENAI_BASE_URL is set per test."""
    monkeypatch.setenv("PGPILOT_MODEL", "openai:fake-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("PGPILOT_LLM_MAX_RETRIES", "0")


async def talk(
    app_db_url: str, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, *messages: str
) -> tuple[Account, list[dict[str, Any]]]:
    """Send messages in one conversation through the app; the account and the replies."""
    monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
    alice = await make_account(app_db_url, "alice@example.com")
    settings = Settings(database_url=app_db_url, jwt_secret=SECRET)
    replies: list[dict[str, Any]] = []
    async with serve(create_app(settings)) as client:
        for message in messages:
            body: dict[str, Any] = {"message": message}
            if replies:
                body["conversation_id"] = replies[-1]["conversation_id"]
            response = await client.post(f"/api/{alice.id}/chat", json=body, headers=alice.headers)
            assert response.status_code == 200, response.text
            replies.append(response.json())
    return alice, replies


async def titles(app_db_url: str) -> list[tuple[Any, ...]]:
    async with app_pool(app_db_url) as pool:
        return await fetch_all(pool, "SELECT title, due_date, priority FROM tasks ORDER BY id")


@pytest.mark.usefixtures("provider")
async def test_a_model_calls_tools_over_http(
    app_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = [
        Step(tool_calls=[("add_task", {"title": "Buy milk", "due_date": "tomorrow"})]),
        Step(tool_calls=[("list_tasks", {"status": "pending"})]),
        Step(content="Added Buy milk for tomorrow."),
    ]
    with fake_openai(*script) as fake:
        _, [reply] = await talk(app_db_url, fake, monkeypatch, "add buy milk tomorrow")
    tomorrow = today_in("UTC") + timedelta(days=1)
    assert reply["status"] == "success"
    assert reply["message"] == "Added Buy milk for tomorrow."
    assert [c["tool"] for c in reply["tool_calls"]] == ["add_task", "list_tasks"]
    assert reply["tool_calls"][0]["arguments"]["due_date"] == tomorrow.isoformat()
    assert await titles(app_db_url) == [("Buy milk", tomorrow, "low")]

    first, second, third = fake.requests
    assert first["model"] == "fake-model"
    names = [tool["function"]["name"] for tool in first["tools"]]
    assert names == [
        "add_task",
        "list_tasks",
        "update_task",
        "complete_task",
        "delete_task",
        "restore_task",
    ]
    assert "user_id" not in json.dumps(first["tools"]), "identity is never the model's"
    assert first["messages"][0]["role"] == "system"
    assert f"Today is {today_in('UTC'):%A %Y-%m-%d}" in first["messages"][0]["content"]
    assert first["messages"][-1] == {"role": "user", "content": "add buy milk tomorrow"}
    fed_back = second["messages"][-1]
    assert fed_back["role"] == "tool"
    assert json.loads(fed_back["content"])["data"]["title"] == "Buy milk"
    assert [m["role"] for m in third["messages"]][-2:] == ["assistant", "tool"]


@pytest.mark.usefixtures("provider")
async def test_history_reaches_the_model_with_its_tool_calls(
    app_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = [
        Step(tool_calls=[("add_task", {"title": "Walk"})]),
        Step(content="Added."),
        Step(content="You added Walk."),
    ]
    with fake_openai(*script) as fake:
        await talk(app_db_url, fake, monkeypatch, "add walk", "what did I add?")
    replayed = [m["role"] for m in fake.requests[-1]["messages"]]
    assert replayed == ["system", "user", "assistant", "tool", "assistant", "user"]


@pytest.mark.usefixtures("provider")
async def test_a_model_deletes_only_after_the_users_yes(
    app_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = [
        Step(tool_calls=[("add_task", {"title": "Old plan"})]),
        Step(content="Added."),
        Step(tool_calls=[("delete_task", {"task_id": 1, "confirmed": True})]),
        Step(content="Deleted it."),
        Step(tool_calls=[("delete_task", {"task_id": 1, "confirmed": True})]),
        Step(content="Deleted 'Old plan'."),
    ]
    with fake_openai(*script) as fake:
        _, replies = await talk(app_db_url, fake, monkeypatch, "add old plan", "delete it", "yes")
    asked, confirmed = replies[1], replies[2]
    assert asked["tool_calls"][0]["result"]["error_code"] == "NOT_CONFIRMED"
    assert asked["message"] == "Deleted it.\n\nDelete 'Old plan'? (yes/no)"
    assert confirmed["tool_calls"][0]["result"]["status"] == "success"
    assert await titles(app_db_url) == []


@pytest.mark.parametrize(
    ("step", "settings"),
    [
        pytest.param(Step(status=500), {}, id="server-error"),
        pytest.param(Step(status=429), {}, id="rate-limited"),
        pytest.param(Step(status=401), {}, id="bad-key"),
        pytest.param(Step(garbage=True), {}, id="not-json"),
        pytest.param(Step(delay_s=SLOW_S), {"PGPILOT_LLM_TIMEOUT_S": "0.3"}, id="timeout"),
    ],
)
@pytest.mark.usefixtures("provider")
async def test_provider_failures_give_the_clean_error(
    app_db_url: str, monkeypatch: pytest.MonkeyPatch, step: Step, settings: dict[str, str]
) -> None:
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    started = time.perf_counter()
    with fake_openai(step) as fake:
        _, [reply] = await talk(app_db_url, fake, monkeypatch, "add buy milk")
    assert reply == reply | {
        "status": "error",
        "error_code": "LLM_ERROR",
        "message": "I encountered an error. Please try again.",
        "tool_calls": [],
    }
    assert len(fake.requests) == 1, "PGPILOT_LLM_MAX_RETRIES=0"
    # Waiting for the slow answer would take SLOW_S; half of it leaves room for a loaded host.
    assert time.perf_counter() - started < SLOW_S / 2
    assert await titles(app_db_url) == []


async def test_an_unreachable_server_gives_the_clean_error(
    app_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPILOT_MODEL", "openai:fake-model")
    monkeypatch.setenv("PGPILOT_LLM_MAX_RETRIES", "0")
    with fake_openai(Step(content="never")) as fake:
        closed = fake.url
    monkeypatch.setenv("OPENAI_BASE_URL", closed)
    alice = await make_account(app_db_url, "alice@example.com")
    settings = Settings(database_url=app_db_url, jwt_secret=SECRET)
    async with serve(create_app(settings)) as client:
        response = await client.post(
            f"/api/{alice.id}/chat", json={"message": "hi"}, headers=alice.headers
        )
    assert response.status_code == 200
    assert response.json()["error_code"] == "LLM_ERROR"


def test_fake_server_speaks_http() -> None:
    with fake_openai(Step(content="hi")) as fake:
        response = httpx.post(f"{fake.url}/chat/completions", json={"messages": []})
    assert response.json()["choices"][0]["message"] == {"role": "assistant", "content": "hi"}


@pytest.mark.parametrize(
    ("path", "body", "status", "answer"),
    [
        pytest.param(
            "/api/{id}/chat",
            {"message": "add buy milk"},
            200,
            {"status": "error", "error_code": "LLM_ERROR"},
            id="chat",
        ),
        pytest.param(
            "/api/ask",
            {"query": "how many customers"},
            422,
            {
                "status": "error",
                "message": "the model could not answer: no answer within PGPILOT_LLM_TIMEOUT_S",
            },
            id="ask",
        ),
    ],
)
async def test_a_model_that_never_answers_is_cut_at_the_deadline(
    app_db_url: str,
    demo_url: str,
    path: str,
    body: dict[str, str],
    status: int,
    answer: dict[str, str],
) -> None:
    alice = await make_account(app_db_url, "alice@example.com", grants={"default": "read"})
    with fake_openai(Step(hang=True)) as fake:
        settings = Settings(
            database_url=app_db_url,
            target_database_url=demo_url,
            jwt_secret=SECRET,
            model="openai:fake-model",
            openai_api_key="sk-test",
            openai_base_url=fake.url,
            llm_timeout_s=DEADLINE_S,
            llm_max_retries=2,
        )
        app = create_app(settings)
        async with serve(app) as client:
            await app.state.services.sql_agent()  # built on first use: not the model's time
            app.state.services.task_agent()
            started = time.perf_counter()
            response = await client.post(path.format(id=alice.id), json=body, headers=alice.headers)
            elapsed = time.perf_counter() - started
    # Before: each of the 3 requests (1 + 2 retries) waited the whole timeout, 3 x DEADLINE_S.
    assert len(fake.requests) == 1, "a retry was sent after the turn's deadline"
    assert elapsed < 2 * DEADLINE_S, f"the turn took {elapsed:.1f} s"
    assert response.status_code == status, response.text
    assert response.json() == response.json() | answer
