"""Task tools through the SDK client: envelopes, isolation between users, elicited deletes."""

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext
from mcp.types import ElicitRequestParams, ElicitResult, ErrorData

from pgpilot.mcp.server import build_mcp_server
from pgpilot.services import Services
from tests.mcp.conftest import ClientFactory, data_of, new_caller, refusal_of, text_of

SOON = (datetime.now(UTC).date() + timedelta(days=3)).isoformat()
MODES = [pytest.param("auto", id="2026"), pytest.param("legacy", id="2025")]


async def add(client: Client, title: str = "Water plants") -> int:
    result = await client.call_tool(
        "add_task", {"title": title, "due_date": SOON, "priority": "high", "tags": ["home"]}
    )
    task_id: int = data_of(result)["data"]["id"]
    return task_id


async def titles(client: Client) -> list[str]:
    listed = data_of(await client.call_tool("list_tasks", {"status": "all"}))
    return [task["title"] for task in listed["data"]["tasks"]]


async def test_task_life(connect: ClientFactory) -> None:
    async with connect() as client:
        task_id = await add(client)
        added = await client.call_tool("add_task", {"title": "Call mum"})
        assert data_of(added)["status"] == "success"
        assert '"status": "success"' in text_of(added)
        listed = data_of(await client.call_tool("list_tasks", {"sort_by": "priority"}))
        assert listed["data"]["total_count"] == 2
        assert listed["data"]["tasks"][0]["id"] == task_id
        changed = await client.call_tool("update_task", {"task_id": task_id, "priority": "low"})
        assert data_of(changed)["data"]["changes"] == {"priority": {"old": "high", "new": "low"}}
        done = data_of(await client.call_tool("complete_task", {"task_id": task_id}))
        assert done["data"]["tasks_remaining"] == 1
        deleted = await client.call_tool("delete_task", {"task_id": task_id, "confirmed": True})
        audit_id = data_of(deleted)["data"]["audit_id"]
        assert await titles(client) == ["Call mum"]
        restored = await client.call_tool("restore_task", {"audit_id": audit_id})
        assert data_of(restored)["data"]["title"] == "Water plants"
        assert sorted(await titles(client)) == ["Call mum", "Water plants"]


@pytest.mark.parametrize(
    ("tool", "arguments", "code"),
    [
        pytest.param("add_task", {"title": " "}, "VALIDATION_ERROR", id="blank-title"),
        pytest.param("add_task", {"title": "a\x00b"}, "VALIDATION_ERROR", id="nul-title"),
        pytest.param(
            "add_task", {"title": "x", "due_date": "2000-01-01"}, "VALIDATION_ERROR", id="past"
        ),
        pytest.param(
            "add_task", {"title": "x", "tags": list("abcdef")}, "VALIDATION_ERROR", id="tags"
        ),
        pytest.param("update_task", {"task_id": 999}, "VALIDATION_ERROR", id="nothing-to-change"),
        pytest.param("update_task", {"task_id": 999, "title": "y"}, "TASK_NOT_FOUND", id="update"),
        pytest.param("complete_task", {"task_id": 999}, "TASK_NOT_FOUND", id="complete"),
        pytest.param(
            "delete_task", {"task_id": 999, "confirmed": True}, "TASK_NOT_FOUND", id="delete"
        ),
        pytest.param("restore_task", {"audit_id": 999}, "TASK_NOT_FOUND", id="restore"),
    ],
)
async def test_error_envelopes_are_tool_errors(
    connect: ClientFactory, tool: str, arguments: dict[str, Any], code: str
) -> None:
    async with connect() as client:
        refusal_of(await client.call_tool(tool, arguments), code)


async def test_no_changes_and_unconfirmed_delete(connect: ClientFactory) -> None:
    async with connect() as client:
        task_id = await add(client)
        same = await client.call_tool("update_task", {"task_id": task_id, "priority": "high"})
        refusal_of(same, "NO_CHANGES")
        unconfirmed = await client.call_tool("delete_task", {"task_id": task_id})
        assert "confirmed=true" in refusal_of(unconfirmed, "NOT_CONFIRMED")
        assert await titles(client) == ["Water plants"]


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        pytest.param("update_task", {"title": "mine now"}, id="update"),
        pytest.param("complete_task", {}, id="complete"),
        pytest.param("delete_task", {"confirmed": True}, id="delete"),
    ],
)
async def test_another_users_task(
    connect: ClientFactory, app_db_url: str, tool: str, arguments: dict[str, Any]
) -> None:
    bob = await new_caller(app_db_url, "bob@example.com")
    async with connect() as ada:
        task_id = await add(ada)
    async with connect(bob) as client:
        call = {"task_id": task_id, **arguments}
        refusal_of(await client.call_tool(tool, call), "TASK_NOT_FOUND")
        assert await titles(client) == []
    async with connect() as ada:
        listed = data_of(await ada.call_tool("list_tasks", {}))
    assert listed["data"]["tasks"][0]["title"] == "Water plants"
    assert listed["data"]["tasks"][0]["completed"] is False


async def test_another_users_deletion_cannot_be_restored(
    connect: ClientFactory, app_db_url: str
) -> None:
    bob = await new_caller(app_db_url, "bob@example.com")
    async with connect() as ada:
        task_id = await add(ada)
        deleted = await ada.call_tool("delete_task", {"task_id": task_id, "confirmed": True})
    async with connect(bob) as client:
        restore = {"audit_id": data_of(deleted)["data"]["audit_id"]}
        refusal_of(await client.call_tool("restore_task", restore), "TASK_NOT_FOUND")


class Human:
    """An MCP client's user answering elicitations; remembers what they were asked."""

    def __init__(self, action: Literal["accept", "decline", "cancel"], delete: bool = True) -> None:
        self.action = action
        self.delete = delete
        self.asked: list[str] = []

    async def __call__(
        self, context: ClientRequestContext, params: ElicitRequestParams
    ) -> ElicitResult | ErrorData:
        self.asked.append(params.message)
        if self.action != "accept":
            return ElicitResult(action=self.action)
        return ElicitResult(action="accept", content={"delete": self.delete})


@pytest.mark.parametrize("mode", MODES)
async def test_delete_asks_the_human(connect: ClientFactory, mode: str) -> None:
    human = Human("accept")
    async with connect(mode=mode, elicitation_callback=human) as client:
        task_id = await add(client)
        # confirmed=false from the model does not matter: the human said yes.
        deleted = data_of(await client.call_tool("delete_task", {"task_id": task_id}))
        assert deleted["data"]["deleted_task_id"] == task_id
        assert await titles(client) == []
    assert human.asked == [
        f"Delete task {task_id} 'Water plants' from your list? "
        "(It can be brought back with restore_task.)"
    ]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "human",
    [
        pytest.param(Human("accept", delete=False), id="says-no"),
        pytest.param(Human("decline"), id="declines"),
        pytest.param(Human("cancel"), id="cancels"),
    ],
)
async def test_delete_kept_when_the_human_refuses(
    connect: ClientFactory, mode: str, human: Human
) -> None:
    async with connect(mode=mode, elicitation_callback=human) as client:
        task_id = await add(client)
        # Even a model claiming confirmation cannot overrule the human.
        call = {"task_id": task_id, "confirmed": True}
        text = refusal_of(await client.call_tool("delete_task", call), "NOT_CONFIRMED")
        assert "kept" in text
        assert await titles(client) == ["Water plants"]


@pytest.mark.parametrize("mode", MODES)
async def test_no_question_about_a_task_that_is_not_yours(
    connect: ClientFactory, app_db_url: str, mode: str
) -> None:
    bob = await new_caller(app_db_url, "bob@example.com")
    async with connect() as ada:
        task_id = await add(ada)
    human = Human("accept")
    async with connect(bob, mode=mode, elicitation_callback=human) as client:
        refusal_of(await client.call_tool("delete_task", {"task_id": task_id}), "TASK_NOT_FOUND")
    assert human.asked == []


async def test_without_a_caller_task_tools_refuse(services: Services) -> None:
    async with Client(build_mcp_server(services)) as client:
        result = await client.call_tool("list_tasks", {})
    assert "Reconnect with a valid bearer token" in refusal_of(result, "UNAUTHORIZED")
