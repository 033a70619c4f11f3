"""list_tasks' statements: counts agree with the page for every filter, in one pass over tasks."""

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from pgpilot.tasks import repository as repo
from pgpilot.tasks.dates import today_in
from pgpilot.tasks.validation import ListQuery
from tests.appdb import make_user

TODAY = datetime.now(UTC).date()
# (priority, tags, days from today or None, completed)
ROWS = [
    ("high", ["work"], -3, False),
    ("high", ["work", "home"], -1, True),
    ("medium", ["home"], 0, False),
    ("low", ["work"], 2, False),
    ("low", [], 9, True),
    ("medium", ["work"], None, False),
    ("low", ["errands"], 30, False),
]


async def seed(pool: AsyncConnectionPool, user_id: int) -> None:
    async with pool.connection() as conn:
        for n, (priority, tags, days, completed) in enumerate(ROWS):
            due = None if days is None else TODAY + timedelta(days=days)
            await conn.execute(
                "INSERT INTO tasks (user_id, title, priority, tags, due_date, completed) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                (user_id, f"task {n}", priority, tags, due, completed),
            )


def query(**narrowing: object) -> ListQuery:
    fields: dict[str, object] = {
        "status": "all",
        "priority": None,
        "sort_by": "due_date",
        "limit": 100,
        "offset": 0,
        "today": TODAY,
    }
    return ListQuery(**(fields | narrowing))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("narrowing", "matching"),
    [
        pytest.param({}, 7, id="all"),
        pytest.param({"status": "pending"}, 5, id="pending"),
        pytest.param({"status": "completed"}, 2, id="completed"),
        pytest.param({"priority": "low", "status": "pending"}, 2, id="low-pending"),
        pytest.param({"tag": "work"}, 4, id="tag"),
        pytest.param({"tag": "home", "sort_by": "created_at"}, 2, id="tag-newest-first"),
        pytest.param({"due": "overdue"}, 1, id="overdue-is-pending-only"),
        pytest.param({"due": "week"}, 2, id="rolling-week"),
        pytest.param({"due": "today", "sort_by": "priority"}, 1, id="today-by-priority"),
    ],
)
async def test_counts_agree_with_the_page(
    pool: AsyncConnectionPool, alice: int, bob: int, narrowing: dict[str, object], matching: int
) -> None:
    await seed(pool, alice)
    await seed(pool, bob)  # another user's rows are never counted
    wanted = query(**narrowing)
    async with pool.connection() as conn:
        counts = await repo.counts(conn, alice, wanted)
        page = await repo.list_page(conn, alice, wanted)
    assert counts == {
        "total_count": 7,
        "matching_count": matching,
        "pending_count": 5,
        "completed_count": 2,
    }
    assert len(page) == matching
    assert {row["user_id"] for row in page} <= {alice}


async def test_counts_of_a_missing_user_are_no_row(pool: AsyncConnectionPool) -> None:
    async with pool.connection() as conn:
        assert await repo.counts(conn, 999_999, query()) is None


@pytest.mark.parametrize(
    ("narrowing", "scans"),
    [
        pytest.param({}, 0, id="all-from-the-counters"),
        pytest.param({"status": "completed"}, 0, id="status-from-the-counters"),
        pytest.param({"tag": "work", "priority": "high"}, 1, id="tag-and-priority"),
        pytest.param({"due": "this_week"}, 1, id="due-view"),
        pytest.param({"due": "overdue", "today": None}, 1, id="due-view-in-the-users-zone"),
    ],
)
async def test_counts_read_the_users_tasks_at_most_once(
    pool: AsyncConnectionPool, alice: int, narrowing: dict[str, object], scans: int
) -> None:
    statement, params = repo.counts_query(alice, query(**narrowing))
    async with pool.connection() as conn:
        cursor = await conn.execute(sql.SQL("EXPLAIN (FORMAT JSON) {}").format(statement), params)
        row = await cursor.fetchone()
    assert row is not None
    plan = row[0] if isinstance(row[0], list) else json.loads(row[0])
    assert json.dumps(plan).count('"Relation Name": "tasks"') == scans


async def test_pages_are_planned_for_the_users_own_rows(
    pool: AsyncConnectionPool, alice: int
) -> None:
    await seed(pool, alice)
    async with pool.connection() as conn:
        for _ in range(10):  # past psycopg's prepare threshold
            await repo.list_page(conn, alice, query(tag="work", sort_by="created_at"))
        cursor = await conn.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [str(row[0]) for row in await cursor.fetchall()]
    assert not [text for text in prepared if "ORDER BY" in text], prepared


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Adak"])
@pytest.mark.parametrize("due", ["today", "tomorrow", "this_week", "next_week", "week", "overdue"])
async def test_due_views_from_the_users_zone_in_sql_match_the_python_windows(
    pool: AsyncConnectionPool, due: str, zone: str
) -> None:
    """Far from UTC (UTC+14, UTC-10), so the user's today is often not the server's."""
    user = await make_user(pool, timezone=zone)
    await seed(pool, user)
    in_python = query(due=due, today=today_in(zone))
    in_sql = query(due=due, today=None)
    async with pool.connection() as conn:
        assert await repo.counts(conn, user, in_sql) == await repo.counts(conn, user, in_python)
        page = [row["id"] for row in await repo.list_page(conn, user, in_sql)]
        assert page == [row["id"] for row in await repo.list_page(conn, user, in_python)]


@pytest.mark.parametrize(
    ("narrowing", "bitmaps"),
    [
        pytest.param({"due": "this_week", "today": None}, "off", id="window-from-the-zone"),
        pytest.param({"due": "this_week", "today": date(2026, 11, 30)}, "on", id="window-given"),
        pytest.param({"due": "overdue", "today": None}, "on", id="overdue"),
        pytest.param({}, "on", id="no-window"),
    ],
)
async def test_a_window_from_the_zone_is_read_in_index_order_in_its_transaction_only(
    pool: AsyncConnectionPool, alice: int, narrowing: dict[str, Any], bitmaps: str
) -> None:
    async with pool.connection() as conn:
        async with conn.transaction():
            await repo.list_page(conn, alice, query(**narrowing))
            assert await (await conn.execute("SHOW enable_bitmapscan")).fetchone() == (bitmaps,)
        assert await (await conn.execute("SHOW enable_bitmapscan")).fetchone() == ("on",)
