"""task_counts (migration 0013) stays exact: through the tools, bulk statements, a task moved
between users, TRUNCATE, two writers at once, and the migration's backfill."""

import asyncio
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.db import migrate
from tests.appdb import fetch_all, make_user, run
from tests.tasks.answering import (
    add_task,
    complete_task,
    delete_task,
    list_tasks,
    restore_task,
)
from tests.tasks.test_add_list import assert_success

SOON = (datetime.now(UTC).date() + timedelta(days=3)).isoformat()
# What the counters must say: the tasks themselves, counted.
ACTUAL = """
SELECT u.id, count(t.id), count(t.id) FILTER (WHERE NOT t.completed)
FROM users u LEFT JOIN tasks t ON t.user_id = u.id GROUP BY u.id ORDER BY u.id
"""
KEPT = """
SELECT u.id, coalesce(c.total, 0), coalesce(c.pending, 0)
FROM users u LEFT JOIN task_counts c ON c.user_id = u.id ORDER BY u.id
"""


async def assert_exact(pool: AsyncConnectionPool) -> list[tuple[int, int, int]]:
    actual = await fetch_all(pool, ACTUAL)
    assert await fetch_all(pool, KEPT) == actual
    return [(int(u), int(t), int(p)) for u, t, p in actual]


async def test_the_tools_keep_the_counters(pool: AsyncConnectionPool, alice: int, bob: int) -> None:
    ids = [
        assert_success(await add_task(pool, user_id=alice, title=f"Task {n}"))["id"]
        for n in range(4)
    ]
    assert_success(await add_task(pool, user_id=bob, title="Bob's"))
    assert (await assert_exact(pool))[0][1:] == (4, 4)
    done = assert_success(await complete_task(pool, user_id=alice, task_id=ids[0]))
    assert done["tasks_remaining"] == 3
    assert_success(await complete_task(pool, user_id=alice, task_id=ids[0]))  # again: no change
    gone = assert_success(await delete_task(pool, user_id=alice, task_id=ids[1], confirmed=True))
    assert gone["tasks_remaining"] == 3
    assert (await assert_exact(pool))[0][1:] == (3, 2)
    back = assert_success(await restore_task(pool, user_id=alice, audit_id=gone["audit_id"]))
    assert back["tasks_remaining"] == 3
    listed = assert_success(await list_tasks(pool, user_id=alice))
    assert (listed["total_count"], listed["pending_count"], listed["completed_count"]) == (4, 3, 1)
    await assert_exact(pool)


async def test_completing_a_repeating_task_counts_its_next_one(
    pool: AsyncConnectionPool, alice: int
) -> None:
    added = await add_task(pool, user_id=alice, title="Water", recurrence="FREQ=WEEKLY;BYDAY=SU")
    task = assert_success(added)["id"]
    done = assert_success(await complete_task(pool, user_id=alice, task_id=task))
    assert done["next_task"] is not None
    assert done["tasks_remaining"] == 1
    assert (await assert_exact(pool))[0][1:] == (2, 1)


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(
            "INSERT INTO tasks (user_id, title, completed) SELECT %(a)s, 'bulk ' || g, g %% 3 = 0 "
            "FROM generate_series(1, 50) g",
            id="bulk-insert",
        ),
        pytest.param("UPDATE tasks SET completed = NOT completed", id="complete-and-uncomplete"),
        pytest.param("UPDATE tasks SET title = title || '!'", id="update-changing-no-count"),
        pytest.param(
            "UPDATE tasks SET user_id = %(b)s WHERE id IN (SELECT id FROM tasks LIMIT 3)",
            id="moved-to-another-user",
        ),
        pytest.param(
            "UPDATE tasks SET user_id = %(b)s, completed = true WHERE user_id = %(a)s",
            id="moved-and-completed",
        ),
        pytest.param("DELETE FROM tasks WHERE completed", id="bulk-delete"),
        pytest.param("DELETE FROM users WHERE id = %(a)s", id="user-deleted"),
        pytest.param("TRUNCATE tasks CASCADE", id="truncate"),
    ],
)
async def test_bulk_statements_keep_the_counters(
    pool: AsyncConnectionPool, alice: int, bob: int, statement: str
) -> None:
    await run(
        pool,
        "INSERT INTO tasks (user_id, title, completed) "
        "SELECT CASE WHEN g %% 2 = 0 THEN %s ELSE %s END, 'seed ' || g, g %% 5 = 0 "
        "FROM generate_series(1, 20) g",
        (alice, bob),
    )
    await assert_exact(pool)
    await run(pool, statement, {"a": alice, "b": bob})
    await assert_exact(pool)
    await run(pool, "INSERT INTO tasks (user_id, title) VALUES (%s, 'after')", (bob,))
    await assert_exact(pool)


async def test_two_writers_of_one_user_keep_the_counters(
    pool: AsyncConnectionPool, app_db_url: str
) -> None:
    """Each writer commits many small changes at once with the other; none is lost."""
    user = await make_user(pool)
    ids = [
        assert_success(await add_task(pool, user_id=user, title=f"Task {n}", due_date=SOON))["id"]
        for n in range(20)
    ]

    async def writer(mine: list[int]) -> None:
        async with await psycopg.AsyncConnection.connect(app_db_url, autocommit=True) as conn:
            for task in mine:
                await conn.execute("INSERT INTO tasks (user_id, title) VALUES (%s, 'x')", (user,))
                await conn.execute("UPDATE tasks SET completed = true WHERE id = %s", (task,))
                await asyncio.sleep(0)

    async def tools(mine: list[int]) -> None:
        for task in mine:
            assert_success(await complete_task(pool, user_id=user, task_id=task))
            assert_success(await delete_task(pool, user_id=user, task_id=task, confirmed=True))

    await asyncio.gather(writer(ids[:10]), tools(ids[10:]), writer([]), tools([]))
    counted = {u: (t, p) for u, t, p in await assert_exact(pool)}
    assert counted[user] == (20, 10)


async def test_the_migration_backfills_and_goes_back(app_db_url: str) -> None:
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('m@example.com', 'x') RETURNING id"
        ).fetchone()
        assert user is not None
        conn.execute(
            "INSERT INTO tasks (user_id, title, completed) "
            "VALUES (%(u)s, 'a', true), (%(u)s, 'b', false)",
            {"u": user[0]},
        )
    migrate.downgrade(app_db_url, "0012")
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('task_counts')").fetchone() == (None,)
        conn.execute("INSERT INTO tasks (user_id, title) VALUES (%s, 'c')", (user[0],))
    migrate.upgrade(app_db_url)
    with psycopg.connect(app_db_url) as conn:
        row = conn.execute(
            "SELECT total, pending FROM task_counts WHERE user_id = %s", (user[0],)
        ).fetchone()
        assert row == (3, 2)


async def test_a_bulk_delete_locks_the_users_counters_in_order(
    pool: AsyncConnectionPool, app_db_url: str
) -> None:
    """While a bulk delete waits for the last user's counters, it holds every other one.

    Two bulk deletes over the same users deadlock when each locks them in its own order;
    in user_id order, the second waits for the first instead.
    """
    users = sorted([await make_user(pool) for _ in range(12)])
    await run(
        pool,
        "INSERT INTO tasks (user_id, title) SELECT u, 'mine' FROM unnest(%s::int[]) u",
        (users,),
    )
    async with (
        await psycopg.AsyncConnection.connect(app_db_url) as holder,
        await psycopg.AsyncConnection.connect(app_db_url) as deleter,
        await psycopg.AsyncConnection.connect(app_db_url, autocommit=True) as prober,
    ):
        await holder.execute("SELECT FROM task_counts WHERE user_id = %s FOR UPDATE", (users[-1],))
        deleting = asyncio.create_task(
            deleter.execute("DELETE FROM tasks WHERE user_id = ANY(%s)", (users,))
        )
        waiting = None
        while waiting is None:
            await asyncio.sleep(0.05)
            cursor = await prober.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'",
                (deleter.info.backend_pid,),
            )
            waiting = await cursor.fetchone()
        held = []
        for user in users[:-1]:
            try:
                await prober.execute(
                    "SELECT FROM task_counts WHERE user_id = %s FOR UPDATE NOWAIT", (user,)
                )
            except psycopg.errors.LockNotAvailable:
                held.append(user)
        await holder.rollback()  # before asserting: a failure must not leave the delete waiting
        await deleting
        await deleter.commit()
    assert held == users[:-1]
    await assert_exact(pool)
