"""Each tool's envelope, field by field, against the spec's examples (004, tasks 2.2-2.6)."""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from tests.appdb import add_reminder, fetch_one
from tests.tasks.answering import add_task, complete_task, delete_task, list_tasks, update_task
from tests.tasks.test_change import SOON, new_task

Scenario = Callable[[AsyncConnectionPool, int], Awaitable[dict[str, Any]]]


async def _add(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    return await add_task(pool, user_id=user, title="Buy milk", due_date=SOON, tags=["shop"])


async def _list(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    done = await new_task(pool, user, "Done already")
    await complete_task(pool, user_id=user, task_id=done)
    await new_task(pool, user, "Low one")
    await add_task(pool, user_id=user, title="High one", priority="high")
    return await list_tasks(pool, user_id=user, status="pending", priority="high")


async def _update(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    task_id = await new_task(pool, user)
    return await update_task(pool, user_id=user, task_id=task_id, priority="high")


async def _complete(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    task_id = await new_task(pool, user)
    await new_task(pool, user, "Still pending")
    await add_reminder(pool, task_id)
    return await complete_task(pool, user_id=user, task_id=task_id)


async def _delete(pool: AsyncConnectionPool, user: int) -> dict[str, Any]:
    done = await new_task(pool, user, "Done, still counted")
    await complete_task(pool, user_id=user, task_id=done)
    task_id = await new_task(pool, user)
    return await delete_task(pool, user_id=user, task_id=task_id, confirmed=True)


TASK_FIELDS = {"id", "title", "description", "due_date", "priority", "tags", "completed"}
CASES = [
    pytest.param(
        _add,
        "Task created successfully",
        TASK_FIELDS | {"user_id", "created_at", "updated_at"},
        {"title": "Buy milk", "priority": "low", "tags": ["shop"], "completed": False},
        id="add_task",
    ),
    pytest.param(
        _list,
        "Tasks retrieved successfully",
        {"tasks", "total_count", "pending_count", "completed_count", "returned_count"}
        | {"limit", "offset"},
        # total_count counts all the user's tasks; the filtered set has its own count.
        {
            "total_count": 3,
            "pending_count": 2,
            "completed_count": 1,
            "returned_count": 1,
            "matching_count": 1,
            "limit": 50,
            "offset": 0,
        },
        id="list_tasks",
    ),
    pytest.param(
        _update,
        "Task updated successfully",
        TASK_FIELDS | {"updated_at", "changes"},
        {"priority": "high", "changes": {"priority": {"old": "medium", "new": "high"}}},
        id="update_task",
    ),
    pytest.param(
        _complete,
        "Task marked as complete",
        {"id", "title", "completed", "completed_date", "reminder_cancelled", "tasks_remaining"},
        {
            "title": "Water plants",
            "completed": True,
            "reminder_cancelled": True,
            "tasks_remaining": 1,
        },
        id="complete_task",
    ),
    pytest.param(
        _delete,
        "Task deleted permanently",
        {"deleted_task_id", "deleted_task_title", "tasks_remaining", "deleted_at"},
        # tasks_remaining: all the user's remaining tasks, the completed one included.
        {"deleted_task_title": "Water plants", "tasks_remaining": 1},
        id="delete_task",
    ),
]


@pytest.mark.parametrize(("scenario", "message", "fields", "values"), CASES)
async def test_envelope_matches_the_spec(
    pool: AsyncConnectionPool,
    alice: int,
    scenario: Scenario,
    message: str,
    fields: set[str],
    values: dict[str, Any],
) -> None:
    envelope = await scenario(pool, alice)
    assert set(envelope) == {"status", "message", "data", "timestamp"}
    assert envelope["status"] == "success"
    assert envelope["message"] == message
    assert datetime.fromisoformat(envelope["timestamp"]).tzinfo is not None
    data = envelope["data"]
    assert fields <= set(data), f"missing: {fields - set(data)}"
    assert {name: data[name] for name in values} == values


async def test_delete_is_audited_as_delete_task(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True)
    row = await fetch_one(
        pool, "SELECT action, resource_type, resource_id, resource_title FROM audit_log"
    )
    assert row == ("DELETE_TASK", "task", str(task_id), "Water plants")


async def test_complete_without_reminder_says_none_cancelled(
    pool: AsyncConnectionPool, alice: int
) -> None:
    task_id = await new_task(pool, alice)
    envelope = await complete_task(pool, user_id=alice, task_id=task_id)
    assert envelope["data"]["reminder_cancelled"] is False
