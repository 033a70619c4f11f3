"""add_task and list_tasks: validation, envelopes, filters, sorts, pages and counts."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.tasks.dates import due_window, today_in
from pgpilot.tasks.envelopes import Envelope
from tests.appdb import fetch_one, make_user
from tests.tasks.answering import add_task, list_tasks

TODAY = datetime.now(UTC).date()
TASK_FIELDS = {
    "id",
    "recurrence",
    "repeats",
    "user_id",
    "title",
    "description",
    "priority",
    "due_date",
    "tags",
    "completed",
    "completed_date",
    "created_at",
    "updated_at",
}


def assert_success(result: Envelope) -> dict[str, Any]:
    assert result["status"] == "success", result
    assert set(result) == {"status", "message", "data", "timestamp"}
    assert result["message"]
    datetime.fromisoformat(result["timestamp"])
    data: dict[str, Any] = result["data"]
    return data


def assert_error(result: Envelope, error_code: str) -> str:
    assert result["status"] == "error", result
    assert set(result) == {"status", "error_code", "message", "timestamp"}
    assert result["error_code"] == error_code, result
    datetime.fromisoformat(result["timestamp"])
    message: str = result["message"]
    assert message
    return message


async def test_add_task_with_every_field(pool: AsyncConnectionPool, alice: int) -> None:
    due = (TODAY + timedelta(days=3)).isoformat()
    result = await add_task(
        pool,
        user_id=alice,
        title="  Buy milk  ",
        description="two litres",
        due_date=due,
        priority="High",
        tags=["home", "shop", "home"],
    )
    task = assert_success(result)
    assert set(task) == TASK_FIELDS | {"reminder"}
    assert task["title"] == "Buy milk"
    assert (task["description"], task["due_date"], task["priority"]) == ("two litres", due, "high")
    assert task["tags"] == ["home", "shop"]
    assert task["completed"] is False
    assert task["completed_date"] is None
    assert task["user_id"] == alice
    stored = await fetch_one(pool, "SELECT title, user_id FROM tasks WHERE id = %s", (task["id"],))
    assert stored == ("Buy milk", alice)


async def test_add_task_defaults(pool: AsyncConnectionPool, alice: int) -> None:
    task = assert_success(await add_task(pool, user_id=alice, title="x"))
    assert (task["priority"], task["tags"], task["due_date"], task["description"]) == (
        "low",
        [],
        None,
        None,
    )


async def test_due_date_today_is_allowed(pool: AsyncConnectionPool, alice: int) -> None:
    today = today_in("UTC").isoformat()
    task = assert_success(await add_task(pool, user_id=alice, title="now", due_date=today))
    assert task["due_date"] == today


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        pytest.param({"title": ""}, "empty", id="empty-title"),
        pytest.param({"title": "   "}, "empty", id="blank-title"),
        pytest.param({"title": "x" * 201}, "200", id="title-201-chars"),
        pytest.param({"title": 42}, "text", id="title-not-text"),
        pytest.param({"title": "t", "priority": "urgent"}, "priority", id="bad-priority"),
        pytest.param({"title": "t", "due_date": "03/20/2030"}, "YYYY-MM-DD", id="due-format"),
        pytest.param({"title": "t", "due_date": "20300320"}, "YYYY-MM-DD", id="due-compact"),
        pytest.param({"title": "t", "due_date": "2030-02-30"}, "real date", id="due-no-such"),
        pytest.param({"title": "t", "due_date": "2020-01-01"}, "past", id="due-in-past"),
        pytest.param({"title": "t", "tags": [f"t{i}" for i in range(6)]}, "5", id="six-tags"),
        pytest.param({"title": "t", "tags": ["x" * 51]}, "50", id="tag-51-chars"),
        pytest.param({"title": "t", "tags": [" "]}, "empty", id="blank-tag"),
        pytest.param({"title": "t", "tags": "home"}, "list", id="tags-not-list"),
        pytest.param({"title": "t", "description": "d" * 1001}, "1000", id="long-description"),
    ],
)
async def test_add_task_validation(
    pool: AsyncConnectionPool, alice: int, arguments: dict[str, Any], words: str
) -> None:
    message = assert_error(await add_task(pool, user_id=alice, **arguments), "VALIDATION_ERROR")
    assert words in message
    assert await fetch_one(pool, "SELECT count(*) FROM tasks") == (0,)


async def test_yesterday_is_past(pool: AsyncConnectionPool, alice: int) -> None:
    yesterday = (today_in("UTC") - timedelta(days=1)).isoformat()
    result = await add_task(pool, user_id=alice, title="t", due_date=yesterday)
    assert_error(result, "VALIDATION_ERROR")


async def test_due_date_is_judged_in_the_users_time_zone(pool: AsyncConnectionPool) -> None:
    # Kiritimati (UTC+14) is always one or two calendar days ahead of Pago Pago (UTC-11).
    ahead = await make_user(pool, timezone="Pacific/Kiritimati")
    behind = await make_user(pool, timezone="Pacific/Pago_Pago")
    behind_today = today_in("Pacific/Pago_Pago").isoformat()
    assert_success(await add_task(pool, user_id=behind, title="t", due_date=behind_today))
    result = await add_task(pool, user_id=ahead, title="t", due_date=behind_today)
    assert "in your time zone" in assert_error(result, "VALIDATION_ERROR")


async def test_unknown_user(pool: AsyncConnectionPool) -> None:
    assert_error(await add_task(pool, user_id=999_999, title="t"), "USER_NOT_FOUND")
    assert_error(await list_tasks(pool, user_id=999_999), "USER_NOT_FOUND")


async def test_database_down_is_db_error() -> None:
    pool = AsyncConnectionPool("postgresql://postgres@127.0.0.1:1/x", open=False, timeout=0.5)
    await pool.open(wait=False)
    try:
        result = await add_task(pool, user_id=1, title="t")
    finally:
        await pool.close()
    message = assert_error(result, "DB_ERROR")
    assert "127.0.0.1" not in message


async def seed(pool: AsyncConnectionPool, user_id: int) -> dict[str, int]:
    """Five tasks of mixed priority, due dates and status; ids by title."""
    rows = [
        ("a-low-later", "low", 10, False),
        ("b-high-none", "high", None, False),
        ("c-medium-soon", "medium", 1, False),
        ("d-high-soon-done", "high", 2, True),
        ("e-low-none-done", "low", None, True),
    ]
    ids: dict[str, int] = {}
    for title, priority, days, done in rows:
        due = None if days is None else (TODAY + timedelta(days=days)).isoformat()
        task = assert_success(
            await add_task(pool, user_id=user_id, title=title, priority=priority, due_date=due)
        )
        ids[title] = task["id"]
        if done:
            await fetch_one(
                pool,
                "UPDATE tasks SET completed = true, completed_date = now() WHERE id = %s "
                "RETURNING id",
                (task["id"],),
            )
    return ids


def titles(data: dict[str, Any]) -> list[str]:
    return [task["title"] for task in data["tasks"]]


async def test_empty_list_is_success(pool: AsyncConnectionPool, alice: int) -> None:
    data = assert_success(await list_tasks(pool, user_id=alice))
    assert data == {
        "tasks": [],
        "total_count": 0,
        "matching_count": 0,
        "pending_count": 0,
        "completed_count": 0,
        "returned_count": 0,
        "limit": 50,
        "offset": 0,
    }


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        pytest.param(
            {},
            ["c-medium-soon", "d-high-soon-done", "a-low-later", "b-high-none", "e-low-none-done"],
            id="all-by-due-date-nulls-last",
        ),
        pytest.param(
            {"status": "pending"}, ["c-medium-soon", "a-low-later", "b-high-none"], id="pending"
        ),
        pytest.param(
            {"status": "completed"}, ["d-high-soon-done", "e-low-none-done"], id="completed"
        ),
        pytest.param({"priority": "high"}, ["d-high-soon-done", "b-high-none"], id="high"),
        pytest.param(
            {"priority": "low", "status": "pending"}, ["a-low-later"], id="low-and-pending"
        ),
        pytest.param(
            {"sort_by": "priority"},
            ["d-high-soon-done", "b-high-none", "c-medium-soon", "a-low-later", "e-low-none-done"],
            id="by-priority-high-first",
        ),
        pytest.param(
            {"sort_by": "created_at"},
            ["e-low-none-done", "d-high-soon-done", "c-medium-soon", "b-high-none", "a-low-later"],
            id="by-created-newest-first",
        ),
    ],
)
async def test_filters_and_sorts(
    pool: AsyncConnectionPool, alice: int, arguments: dict[str, Any], expected: list[str]
) -> None:
    await seed(pool, alice)
    data = assert_success(await list_tasks(pool, user_id=alice, **arguments))
    assert titles(data) == expected
    assert data["matching_count"] == data["returned_count"] == len(expected)
    assert data["total_count"] == 5
    assert (data["pending_count"], data["completed_count"]) == (3, 2)


async def test_pages(pool: AsyncConnectionPool, alice: int) -> None:
    await seed(pool, alice)
    first = assert_success(await list_tasks(pool, user_id=alice, limit=2))
    second = assert_success(await list_tasks(pool, user_id=alice, limit=2, offset=2))
    last = assert_success(await list_tasks(pool, user_id=alice, limit=2, offset=4))
    beyond = assert_success(await list_tasks(pool, user_id=alice, limit=2, offset=10))
    assert titles(first) + titles(second) + titles(last) == titles(
        assert_success(await list_tasks(pool, user_id=alice))
    )
    assert [page["returned_count"] for page in (first, second, last, beyond)] == [2, 2, 1, 0]
    assert {page["total_count"] for page in (first, second, last, beyond)} == {5}
    assert (second["limit"], second["offset"]) == (2, 2)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        pytest.param({"limit": 0}, "limit", id="limit-0"),
        pytest.param({"limit": 101}, "limit", id="limit-101"),
        pytest.param({"offset": -1}, "offset", id="negative-offset"),
        pytest.param({"status": "done"}, "status", id="bad-status"),
        pytest.param({"sort_by": "title"}, "sort_by", id="bad-sort"),
        pytest.param({"priority": "urgent"}, "priority", id="bad-priority"),
    ],
)
async def test_list_validation(
    pool: AsyncConnectionPool, alice: int, arguments: dict[str, Any], words: str
) -> None:
    result = await list_tasks(pool, user_id=alice, **arguments)
    assert words in assert_error(result, "VALIDATION_ERROR")


async def test_list_shows_only_the_users_tasks(
    pool: AsyncConnectionPool, alice: int, bob: int
) -> None:
    await seed(pool, alice)
    assert_success(await add_task(pool, user_id=bob, title="bob's"))
    data = assert_success(await list_tasks(pool, user_id=bob))
    assert titles(data) == ["bob's"]
    assert (data["total_count"], data["pending_count"], data["completed_count"]) == (1, 1, 0)


def test_today_in_follows_the_zone() -> None:
    moment = datetime(2026, 3, 11, 23, 30, tzinfo=UTC)
    assert today_in("UTC", now=moment) == date(2026, 3, 11)
    assert today_in("Asia/Tokyo", now=moment) == date(2026, 3, 12)
    assert today_in("America/New_York", now=moment) == date(2026, 3, 11)
    assert today_in("Not/AZone", now=moment) == date(2026, 3, 11)


async def _titles(pool: AsyncConnectionPool, user_id: int, **filters: Any) -> list[str]:
    data = assert_success(await list_tasks(pool, user_id=user_id, **{"status": "all", **filters}))
    return [task["title"] for task in data["tasks"]]


async def test_the_web_apps_tag_and_due_filters(pool: AsyncConnectionPool, alice: int) -> None:
    today = today_in("UTC")
    for title, days, tags in [
        ("today", 0, ["home"]),
        ("in six days", 6, ["work"]),
        ("in a week", 7, ["home", "work"]),
    ]:
        due = (today + timedelta(days=days)).isoformat()
        assert_success(await add_task(pool, user_id=alice, title=title, due_date=due, tags=tags))
    assert_success(await add_task(pool, user_id=alice, title="late"))
    await fetch_one(
        pool,
        "UPDATE tasks SET due_date = %s WHERE title = 'late' RETURNING id",
        (today - timedelta(days=1),),
    )
    assert await _titles(pool, alice, due="today") == ["today"]
    assert await _titles(pool, alice, due="week") == ["today", "in six days"]
    assert await _titles(pool, alice, due="overdue") == ["late"]
    assert await _titles(pool, alice, tag="work") == ["in six days", "in a week"]
    assert await _titles(pool, alice, tag="home", due="week") == ["today"]
    assert_error(await list_tasks(pool, user_id=alice, due="someday"), "VALIDATION_ERROR")


# Wednesday 2026-12-02: its week runs Monday 11-30 to Sunday 12-06.
WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("due", "window"),
    [
        pytest.param("today", (date(2026, 12, 2), date(2026, 12, 2)), id="today"),
        pytest.param("tomorrow", (date(2026, 12, 3), date(2026, 12, 3)), id="tomorrow"),
        pytest.param("this_week", (date(2026, 11, 30), date(2026, 12, 6)), id="this-week"),
        pytest.param("next_week", (date(2026, 12, 7), date(2026, 12, 13)), id="next-week"),
        pytest.param("week", (date(2026, 12, 2), date(2026, 12, 8)), id="rolling-week"),
    ],
)
def test_due_windows(due: str, window: tuple[date, date]) -> None:
    assert due_window(due, WEDNESDAY) == window


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param({"due": "today"}, ["today"], id="today"),
        pytest.param({"due": "tomorrow"}, ["tomorrow"], id="tomorrow"),
        pytest.param({"due": "overdue"}, ["late"], id="overdue-is-pending-only"),
        pytest.param(
            {"due": "today", "priority": "high"}, [], id="today-and-high-priority-is-none"
        ),
        pytest.param({"due": "tomorrow", "priority": "high"}, ["tomorrow"], id="with-priority"),
        pytest.param({"due": "overdue", "status": "completed"}, [], id="with-status"),
    ],
)
async def test_due_views_combine_with_status_and_priority(
    pool: AsyncConnectionPool, alice: int, filters: dict[str, Any], expected: list[str]
) -> None:
    today = today_in("UTC")
    assert_success(await add_task(pool, user_id=alice, title="today", due_date=today.isoformat()))
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert_success(
        await add_task(pool, user_id=alice, title="tomorrow", due_date=tomorrow, priority="high")
    )
    for title, days_ago, done in [("late", 1, False), ("late but done", 2, True)]:
        assert_success(await add_task(pool, user_id=alice, title=title))
        await fetch_one(
            pool,
            "UPDATE tasks SET due_date = %s, completed = %s WHERE title = %s RETURNING id",
            (today - timedelta(days=days_ago), done, title),
        )
    assert await _titles(pool, alice, **filters) == expected


async def test_this_week_is_the_users_calendar_week(pool: AsyncConnectionPool, alice: int) -> None:
    today = today_in("UTC")
    sunday = due_window("this_week", today)[1]
    next_monday = sunday + timedelta(days=1)
    for title, day in [("sunday", sunday), ("next monday", next_monday)]:
        assert_success(await add_task(pool, user_id=alice, title=title, due_date=day.isoformat()))
    assert await _titles(pool, alice, due="this_week") == ["sunday"]
    assert await _titles(pool, alice, due="next_week") == ["next monday"]
