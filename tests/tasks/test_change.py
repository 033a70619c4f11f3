"""update_task, complete_task, delete_task and restore_task."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from tests.appdb import add_reminder, fetch_all, fetch_one
from tests.tasks.answering import (
    add_task,
    complete_task,
    delete_task,
    list_tasks,
    restore_task,
    update_task,
)
from tests.tasks.test_add_list import assert_error, assert_success

SOON = (datetime.now(UTC).date() + timedelta(days=5)).isoformat()
LATER = (datetime.now(UTC).date() + timedelta(days=9)).isoformat()


async def new_task(pool: AsyncConnectionPool, user_id: int, title: str = "Water plants") -> int:
    result = await add_task(
        pool, user_id=user_id, title=title, due_date=SOON, priority="medium", tags=["home"]
    )
    task_id: int = assert_success(result)["id"]
    return task_id


async def row_of(pool: AsyncConnectionPool, task_id: int) -> tuple[Any, ...] | None:
    rows = await fetch_all(
        pool,
        "SELECT title, description, priority, due_date, tags, completed FROM tasks WHERE id = %s",
        (task_id,),
    )
    return rows[0] if rows else None


async def test_update_one_field(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    data = assert_success(await update_task(pool, user_id=alice, task_id=task_id, priority="high"))
    assert data["changes"] == {"priority": {"old": "medium", "new": "high"}}
    assert data["priority"] == "high"
    assert data["title"] == "Water plants", "fields not given stay as they were"


async def test_update_many_fields_tracks_each_change(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    result = await update_task(
        pool,
        user_id=alice,
        task_id=task_id,
        title="Water the plants",
        description="balcony",
        due_date=LATER,
        priority="medium",  # unchanged: not reported
        tags=["home", "garden"],
    )
    data = assert_success(result)
    assert data["changes"] == {
        "title": {"old": "Water plants", "new": "Water the plants"},
        "description": {"old": None, "new": "balcony"},
        "due_date": {"old": SOON, "new": LATER},
        "tags": {"old": ["home"], "new": ["home", "garden"]},
    }
    stored = await row_of(pool, task_id)
    assert stored is not None
    assert stored[:3] == ("Water the plants", "balcony", "medium")
    assert stored[3].isoformat() == LATER


async def test_update_can_clear_tags_and_description(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    await update_task(pool, user_id=alice, task_id=task_id, description="x")
    data = assert_success(
        await update_task(pool, user_id=alice, task_id=task_id, tags=[], description="")
    )
    assert data["changes"] == {
        "description": {"old": "x", "new": None},
        "tags": {"old": ["home"], "new": []},
    }


async def test_update_updates_updated_at(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    before = await fetch_one(pool, "SELECT updated_at FROM tasks WHERE id = %s", (task_id,))
    await update_task(pool, user_id=alice, task_id=task_id, title="new")
    after = await fetch_one(pool, "SELECT updated_at FROM tasks WHERE id = %s", (task_id,))
    assert after[0] > before[0]


@pytest.mark.parametrize(
    ("arguments", "error_code"),
    [
        pytest.param({}, "VALIDATION_ERROR", id="no-fields"),
        pytest.param({"title": "Water plants"}, "NO_CHANGES", id="same-title"),
        pytest.param(
            {"title": "Water plants", "due_date": SOON, "priority": "MEDIUM", "tags": ["home"]},
            "NO_CHANGES",
            id="same-everything",
        ),
        pytest.param({"title": ""}, "VALIDATION_ERROR", id="empty-title"),
        pytest.param({"priority": "asap"}, "VALIDATION_ERROR", id="bad-priority"),
        pytest.param({"due_date": "2020-01-01"}, "VALIDATION_ERROR", id="past-due-date"),
        pytest.param({"tags": ["a", "b", "c", "d", "e", "f"]}, "VALIDATION_ERROR", id="six-tags"),
    ],
)
async def test_update_refusals_change_nothing(
    pool: AsyncConnectionPool, alice: int, arguments: dict[str, Any], error_code: str
) -> None:
    task_id = await new_task(pool, alice)
    before = await row_of(pool, task_id)
    assert_error(await update_task(pool, user_id=alice, task_id=task_id, **arguments), error_code)
    assert await row_of(pool, task_id) == before


async def test_update_cannot_set_completed_or_user_id(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    task_id = await new_task(pool, alice)
    result = await update_task(pool, user_id=alice, task_id=task_id, completed=True)
    assert "completed: is not an argument" in assert_error(result, "VALIDATION_ERROR")
    with pytest.raises(TypeError):
        await update_task(pool, user_id=alice, task_id=task_id, **{"user_id": bob})


async def test_update_unknown_task(pool: AsyncConnectionPool, alice: int) -> None:
    result = await update_task(pool, user_id=alice, task_id=424242, title="x")
    assert "424242" in assert_error(result, "TASK_NOT_FOUND")


async def test_complete_sets_completed_date_and_cancels_reminders(
    pool: AsyncConnectionPool, alice: int
) -> None:
    task_id = await new_task(pool, alice)
    await new_task(pool, alice, "Other")
    reminder = await add_reminder(pool, task_id)
    sent = await add_reminder(pool, task_id, status="sent")
    data = assert_success(await complete_task(pool, user_id=alice, task_id=task_id))
    assert data["completed"] is True
    assert datetime.fromisoformat(data["completed_date"]) <= datetime.now(UTC)
    assert (data["tasks_remaining"], data["reminders_cancelled"]) == (1, 1)
    assert data["already_completed"] is False
    statuses = await fetch_all(
        pool, "SELECT id, status FROM reminders WHERE id IN (%s, %s) ORDER BY id", (reminder, sent)
    )
    assert statuses == [(reminder, "cancelled"), (sent, "sent")]


async def test_complete_can_keep_reminders(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    reminder = await add_reminder(pool, task_id)
    result = await complete_task(pool, user_id=alice, task_id=task_id, cancel_reminder=False)
    assert assert_success(result)["reminders_cancelled"] == 0
    assert await fetch_one(pool, "SELECT status FROM reminders WHERE id = %s", (reminder,)) == (
        "pending",
    )


async def test_complete_twice_is_idempotent(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    first = assert_success(await complete_task(pool, user_id=alice, task_id=task_id))
    second_envelope = await complete_task(pool, user_id=alice, task_id=task_id)
    second = assert_success(second_envelope)
    assert second["already_completed"] is True
    assert second_envelope["message"] == "Task marked as complete"
    assert second["completed_date"] == first["completed_date"]
    assert second["tasks_remaining"] == 0


async def test_complete_unknown_task(pool: AsyncConnectionPool, alice: int) -> None:
    assert_error(await complete_task(pool, user_id=alice, task_id=9), "TASK_NOT_FOUND")
    result = await complete_task(pool, user_id=alice, task_id=1, cancel_reminder="yes")  # type: ignore[arg-type]
    assert_error(result, "VALIDATION_ERROR")


async def test_delete_needs_confirmation(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    await add_reminder(pool, task_id)
    message = assert_error(await delete_task(pool, user_id=alice, task_id=task_id), "NOT_CONFIRMED")
    assert "Water plants" in message
    assert await row_of(pool, task_id) is not None
    assert await fetch_one(pool, "SELECT count(*) FROM audit_log") == (0,)
    assert await fetch_one(pool, "SELECT status FROM reminders") == ("pending",)


async def test_delete_writes_a_restorable_audit_row(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    await new_task(pool, alice, "Keep me")
    await add_reminder(pool, task_id)
    result = await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True)
    data = assert_success(result)
    assert data["deleted_task_id"] == task_id
    assert data["deleted_task_title"] == "Water plants"
    assert (data["tasks_remaining"], data["reminders_cancelled"]) == (1, 1)
    datetime.fromisoformat(data["deleted_at"])
    assert await row_of(pool, task_id) is None
    audit = await fetch_one(
        pool,
        "SELECT actor, action, resource_type, resource_id, resource_title, details "
        "FROM audit_log WHERE id = %s",
        (data["audit_id"],),
    )
    actor, action, kind, resource_id, title, details = audit
    assert (actor, action, kind, resource_id, title) == (
        f"user:{alice}",
        "DELETE_TASK",
        "task",
        str(task_id),
        "Water plants",
    )
    saved = details["task"]
    assert saved["id"] == task_id
    assert (saved["due_date"], saved["priority"], saved["tags"]) == (SOON, "medium", ["home"])


async def test_delete_unknown_task(pool: AsyncConnectionPool, alice: int) -> None:
    result = await delete_task(pool, user_id=alice, task_id=77, confirmed=True)
    assert_error(result, "TASK_NOT_FOUND")


EVERY_COLUMN_BUT_UPDATED_AT = (
    "SELECT id, user_id, title, description, priority, due_date, tags, completed, "
    "completed_date, created_at, recurrence FROM tasks WHERE id = %s"
)


async def test_restore_brings_the_task_back_once(pool: AsyncConnectionPool, alice: int) -> None:
    task_id = await new_task(pool, alice)
    await complete_task(pool, user_id=alice, task_id=task_id)
    before = await fetch_one(pool, EVERY_COLUMN_BUT_UPDATED_AT, (task_id,))
    deleted = assert_success(
        await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True)
    )
    restored = assert_success(await restore_task(pool, user_id=alice, audit_id=deleted["audit_id"]))
    assert restored["id"] == task_id
    assert restored["restored_from"] == deleted["audit_id"]
    after = await fetch_one(pool, EVERY_COLUMN_BUT_UPDATED_AT, (task_id,))
    assert after == before, "every column but updated_at comes back"
    again = await restore_task(pool, user_id=alice, audit_id=deleted["audit_id"])
    assert_error(again, "ALREADY_RESTORED")
    actions = await fetch_all(pool, "SELECT action FROM audit_log ORDER BY id")
    assert actions == [("DELETE_TASK",), ("RESTORE_TASK",)]


async def test_restore_after_a_second_delete_uses_the_newest_copy(
    pool: AsyncConnectionPool, alice: int
) -> None:
    task_id = await new_task(pool, alice)
    first = assert_success(await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True))
    assert_success(await restore_task(pool, user_id=alice, audit_id=first["audit_id"]))
    await update_task(pool, user_id=alice, task_id=task_id, title="Renamed")
    second = assert_success(await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True))
    assert_error(
        await restore_task(pool, user_id=alice, audit_id=first["audit_id"]), "ALREADY_RESTORED"
    )
    back = assert_success(await restore_task(pool, user_id=alice, audit_id=second["audit_id"]))
    assert back["title"] == "Renamed"


async def test_restore_unknown_audit_row(pool: AsyncConnectionPool, alice: int) -> None:
    assert_error(await restore_task(pool, user_id=alice, audit_id=12345), "TASK_NOT_FOUND")


async def test_counts_follow_changes(pool: AsyncConnectionPool, alice: int) -> None:
    ids = [await new_task(pool, alice, f"t{i}") for i in range(3)]
    await complete_task(pool, user_id=alice, task_id=ids[0])
    await delete_task(pool, user_id=alice, task_id=ids[1], confirmed=True)
    data = assert_success(await list_tasks(pool, user_id=alice))
    assert (data["total_count"], data["pending_count"], data["completed_count"]) == (2, 1, 1)


async def test_restore_by_words_takes_the_latest_matching_deletion(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    for title in ("Buy milk", "Call mom", "Buy oat milk"):
        task_id = await new_task(pool, alice, title)
        assert_success(await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True))
    assert_error(await restore_task(pool, user_id=bob, title="milk"), "TASK_NOT_FOUND")
    assert assert_success(await restore_task(pool, user_id=alice, title="milk"))["title"] == (
        "Buy oat milk"
    )
    assert assert_success(await restore_task(pool, user_id=alice, title="MILK"))["title"] == (
        "Buy milk"
    )
    assert_error(await restore_task(pool, user_id=alice, title="milk"), "TASK_NOT_FOUND")
    assert assert_success(await restore_task(pool, user_id=alice))["title"] == "Call mom"
    assert_error(await restore_task(pool, user_id=alice), "TASK_NOT_FOUND")


async def test_a_task_restored_and_deleted_again_is_restored_by_words_again(
    pool: AsyncConnectionPool, alice: int
) -> None:
    task_id = await new_task(pool, alice, "Pay rent")
    for _ in range(2):
        assert_success(await delete_task(pool, user_id=alice, task_id=task_id, confirmed=True))
        assert assert_success(await restore_task(pool, user_id=alice, title="rent"))["id"] == (
            task_id
        )
    assert_error(await restore_task(pool, user_id=alice, title="rent"), "TASK_NOT_FOUND")
