"""Another user can neither read nor change a task, nor learn that it exists."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.tasks.envelopes import Envelope
from tests.appdb import add_reminder, fetch_all
from tests.tasks.answering import (
    complete_task,
    delete_task,
    list_tasks,
    restore_task,
    update_task,
)
from tests.tasks.test_add_list import assert_error, assert_success
from tests.tasks.test_change import new_task

Attempt = Callable[[AsyncConnectionPool, int, int], Awaitable[Envelope]]


async def _update(pool: AsyncConnectionPool, user_id: int, task_id: int) -> Envelope:
    return await update_task(pool, user_id=user_id, task_id=task_id, title="mine now")


async def _complete(pool: AsyncConnectionPool, user_id: int, task_id: int) -> Envelope:
    return await complete_task(pool, user_id=user_id, task_id=task_id)


async def _delete(pool: AsyncConnectionPool, user_id: int, task_id: int) -> Envelope:
    return await delete_task(pool, user_id=user_id, task_id=task_id, confirmed=True)


async def _delete_unconfirmed(pool: AsyncConnectionPool, user_id: int, task_id: int) -> Envelope:
    return await delete_task(pool, user_id=user_id, task_id=task_id)


async def _update_bad_date(pool: AsyncConnectionPool, user_id: int, task_id: int) -> Envelope:
    return await update_task(pool, user_id=user_id, task_id=task_id, due_date="2020-01-01")


async def snapshot(pool: AsyncConnectionPool) -> list[tuple[Any, ...]]:
    tasks = await fetch_all(pool, "SELECT * FROM tasks ORDER BY id")
    reminders = await fetch_all(pool, "SELECT * FROM reminders ORDER BY id")
    audit = await fetch_all(pool, "SELECT * FROM audit_log ORDER BY id")
    return [*tasks, *reminders, *audit]


@pytest.mark.parametrize(
    "attempt",
    [
        pytest.param(_update, id="update"),
        pytest.param(_update_bad_date, id="update-past-date"),
        pytest.param(_complete, id="complete"),
        pytest.param(_delete, id="delete"),
        pytest.param(_delete_unconfirmed, id="delete-unconfirmed"),
    ],
)
async def test_other_users_task_is_not_found_and_unchanged(
    pool: AsyncConnectionPool, alice: int, bob: int, attempt: Attempt
) -> None:
    task_id = await new_task(pool, alice)
    await add_reminder(pool, task_id)
    before = await snapshot(pool)
    theirs = await attempt(pool, bob, task_id)
    missing = await attempt(pool, bob, task_id + 1000)
    assert_error(theirs, "TASK_NOT_FOUND")
    assert_error(missing, "TASK_NOT_FOUND")
    assert theirs["message"] == missing["message"].replace(str(task_id + 1000), str(task_id))
    assert await snapshot(pool) == before


async def test_other_user_cannot_restore(pool: AsyncConnectionPool, alice: int, bob: int) -> None:
    task_id = await new_task(pool, alice)
    deleted = assert_success(
        await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True)
    )
    before = await snapshot(pool)
    assert_error(
        await restore_task(pool, user_id=bob, audit_id=deleted["audit_id"]), "TASK_NOT_FOUND"
    )
    assert await snapshot(pool) == before
    assert_success(await restore_task(pool, user_id=alice, audit_id=deleted["audit_id"]))


async def test_other_user_lists_nothing(pool: AsyncConnectionPool, alice: int, bob: int) -> None:
    await new_task(pool, alice)
    for status in ("all", "pending", "completed"):
        data = assert_success(await list_tasks(pool, user_id=bob, status=status))
        assert data["tasks"] == []
        assert data["total_count"] == data["pending_count"] == data["completed_count"] == 0
