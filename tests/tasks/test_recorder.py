"""The recorder: tools by name for the acting user, every call timed and kept."""

from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.conversations import get_or_create_conversation, store_message
from pgpilot.tasks.recorder import ToolRecorder
from tests.appdb import fetch_all
from tests.tasks.test_add_list import assert_error, assert_success


async def test_calls_are_kept_for_the_message_stored_later(
    pool: AsyncConnectionPool, alice: int
) -> None:
    recorder = ToolRecorder(pool, user_id=alice)
    added = await recorder.run("add_task", {"title": "Call mum", "priority": "high"})
    listed = await recorder.run("list_tasks", {"status": "pending"})
    assert assert_success(added)["user_id"] == alice
    assert assert_success(listed)["total_count"] == 1
    assert [(c.tool_name, c.status) for c in recorder.calls] == [
        ("add_task", "success"),
        ("list_tasks", "success"),
    ]
    assert recorder.calls[0].arguments == {"title": "Call mum", "priority": "high"}
    assert recorder.calls[0].result == added
    assert all(call.duration_ms >= 0 for call in recorder.calls)

    conversation = await get_or_create_conversation(pool, user_id=alice)
    message_id = await store_message(
        pool,
        user_id=alice,
        conversation_id=conversation.id,
        role="assistant",
        content="Added it.",
        tool_calls=recorder.calls,
    )
    rows = await fetch_all(
        pool,
        "SELECT tool_name, arguments, result->>'status', status, duration_ms "
        "FROM message_tool_calls WHERE message_id = %s ORDER BY created_at, tool_name",
        (message_id,),
    )
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("add_task", {"title": "Call mum", "priority": "high"}, "success", "success"),
        ("list_tasks", {"status": "pending"}, "success", "success"),
    ]


async def test_calls_for_an_existing_message_are_written_at_once(
    pool: AsyncConnectionPool, alice: int
) -> None:
    conversation = await get_or_create_conversation(pool, user_id=alice)
    message_id = await store_message(
        pool, user_id=alice, conversation_id=conversation.id, role="user", content="add x"
    )
    recorder = ToolRecorder(pool, user_id=alice, message_id=message_id)
    await recorder.run("add_task", {"title": ""})
    rows = await fetch_all(
        pool, "SELECT tool_name, status, result->>'error_code' FROM message_tool_calls"
    )
    assert rows == [("add_task", "error", "VALIDATION_ERROR")]


@pytest.mark.parametrize(
    ("tool_name", "arguments", "words"),
    [
        pytest.param("drop_tasks", {}, "no tool named", id="unknown-tool"),
        pytest.param("add_task", {"title": "t", "user_id": 2}, "set by the server", id="user-id"),
        pytest.param("list_tasks", {"pool": None}, "set by the server", id="pool"),
        pytest.param("add_task", {}, "title", id="missing-argument"),
        pytest.param("update_task", {"task_id": 1, "completed": True}, "completed", id="extra"),
    ],
)
async def test_bad_calls_are_validation_errors(
    pool: AsyncConnectionPool, alice: int, tool_name: str, arguments: dict[str, Any], words: str
) -> None:
    recorder = ToolRecorder(pool, user_id=alice)
    result = await recorder.run(tool_name, arguments)
    assert words in assert_error(result, "VALIDATION_ERROR")
    assert recorder.calls[0].status == "error"
    assert await fetch_all(pool, "SELECT id FROM tasks") == []


async def test_recorder_acts_only_as_its_user(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    task = assert_success(await ToolRecorder(pool, user_id=alice).run("add_task", {"title": "a"}))
    as_bob = ToolRecorder(pool, user_id=bob)
    result = await as_bob.run("delete_task", {"task_id": task["id"], "confirmed": True})
    assert_error(result, "TASK_NOT_FOUND")
