"""task_tag_counts (migration 0015) stays exact: through the tools, bulk statements, tags added
and removed, a task moved between users, TRUNCATE, writers at once, and the backfill; and
list_tasks' count for a tag is the tasks it lists."""

import asyncio

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
    update_task,
)
from tests.tasks.test_add_list import assert_success

# What the counters must say: the tasks themselves, counted as the list filter matches them.
ACTUAL = """
SELECT t.user_id, g.tag, count(*), count(*) FILTER (WHERE NOT t.completed)
FROM tasks t CROSS JOIN LATERAL (SELECT DISTINCT tag FROM unnest(t.tags) tag) g
WHERE g.tag IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
"""
KEPT = """
SELECT user_id, tag, total, pending FROM task_tag_counts
WHERE total <> 0 OR pending <> 0 ORDER BY 1, 2
"""


async def assert_exact(pool: AsyncConnectionPool) -> dict[tuple[int, str], tuple[int, int]]:
    actual = await fetch_all(pool, ACTUAL)
    assert await fetch_all(pool, KEPT) == actual
    return {(int(u), str(g)): (int(t), int(p)) for u, g, t, p in actual}


async def test_the_tools_keep_the_tag_counters(pool: AsyncConnectionPool, alice: int) -> None:
    ids = [
        assert_success(await add_task(pool, user_id=alice, title=f"T{n}", tags=tags))["id"]
        for n, tags in enumerate([["work"], ["work", "home"], ["home"], []])
    ]
    assert_success(await complete_task(pool, user_id=alice, task_id=ids[0]))
    assert_success(await update_task(pool, user_id=alice, task_id=ids[2], add_tags=["work"]))
    assert_success(await update_task(pool, user_id=alice, task_id=ids[1], tags=["errands"]))
    gone = assert_success(await delete_task(pool, user_id=alice, task_id=ids[2], confirmed=True))
    assert (await assert_exact(pool))[(alice, "work")] == (1, 0)
    assert_success(await restore_task(pool, user_id=alice, audit_id=gone["audit_id"]))
    counted = await assert_exact(pool)
    assert counted[(alice, "work")] == (2, 1)
    assert counted[(alice, "home")] == (1, 1)
    assert counted[(alice, "errands")] == (1, 1)


@pytest.mark.parametrize(
    ("status", "tag"),
    [
        pytest.param("all", "work", id="all"),
        pytest.param("pending", "work", id="pending"),
        pytest.param("completed", "work", id="completed"),
        pytest.param("all", "nowhere", id="a-tag-no-task-has"),
        pytest.param("all", "gone", id="a-tag-no-task-has-any-more"),
    ],
)
async def test_list_counts_a_tag_from_its_counters(
    pool: AsyncConnectionPool, alice: int, bob: int, status: str, tag: str
) -> None:
    await run(
        pool,
        "INSERT INTO tasks (user_id, title, tags, completed) "
        "SELECT %(a)s, 'seed ' || g, CASE WHEN g %% 3 = 0 THEN ARRAY['work', 'home'] "
        "WHEN g %% 3 = 1 THEN ARRAY['work'] ELSE ARRAY['gone'] END, g %% 4 = 0 "
        "FROM generate_series(1, 30) g",
        {"a": alice},
    )
    await run(pool, "INSERT INTO tasks (user_id, title, tags) VALUES (%s, 'b', '{work}')", (bob,))
    await run(pool, "UPDATE tasks SET tags = '{}' WHERE 'gone' = ANY(tags)", None)
    listed = assert_success(
        await list_tasks(pool, user_id=alice, tag=tag, status=status, limit=100)
    )
    assert listed["matching_count"] == listed["returned_count"]
    assert (listed["total_count"], listed["pending_count"]) == (30, 23)


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(
            "INSERT INTO tasks (user_id, title, tags, completed) "
            "SELECT %(a)s, 'bulk ' || g, ARRAY['x', 'y', 'x'], g %% 3 = 0 "
            "FROM generate_series(1, 50) g",
            id="bulk-insert-a-tag-twice-in-a-task",
        ),
        pytest.param("UPDATE tasks SET completed = NOT completed", id="complete-and-uncomplete"),
        pytest.param("UPDATE tasks SET title = title || '!'", id="update-changing-no-tag"),
        pytest.param("UPDATE tasks SET tags = array_append(tags, 'new')", id="tag-added"),
        pytest.param("UPDATE tasks SET tags = array_remove(tags, 'work')", id="tag-removed"),
        pytest.param("UPDATE tasks SET tags = ARRAY['home', 'work']", id="tags-reordered"),
        pytest.param("UPDATE tasks SET tags = ARRAY[NULL, 'n']::text[]", id="a-null-tag"),
        pytest.param(
            "UPDATE tasks SET user_id = %(b)s WHERE id IN (SELECT id FROM tasks LIMIT 3)",
            id="moved-to-another-user",
        ),
        pytest.param(
            "UPDATE tasks SET user_id = %(b)s, completed = true, tags = '{moved}' "
            "WHERE user_id = %(a)s",
            id="moved-completed-retagged",
        ),
        pytest.param("DELETE FROM tasks WHERE completed", id="bulk-delete"),
        pytest.param("DELETE FROM users WHERE id = %(a)s", id="user-deleted"),
        pytest.param("TRUNCATE tasks CASCADE", id="truncate"),
    ],
)
async def test_bulk_statements_keep_the_tag_counters(
    pool: AsyncConnectionPool, alice: int, bob: int, statement: str
) -> None:
    await run(
        pool,
        "INSERT INTO tasks (user_id, title, tags, completed) "
        "SELECT CASE WHEN g %% 2 = 0 THEN %s ELSE %s END, 'seed ' || g, "
        "CASE WHEN g %% 3 = 0 THEN ARRAY['work', 'home'] ELSE ARRAY['work'] END, g %% 5 = 0 "
        "FROM generate_series(1, 20) g",
        (alice, bob),
    )
    await assert_exact(pool)
    await run(pool, statement, {"a": alice, "b": bob})
    await assert_exact(pool)
    await run(pool, "INSERT INTO tasks (user_id, title, tags) VALUES (%s, 'after', '{w}')", (bob,))
    await assert_exact(pool)


async def test_writers_of_the_same_tags_at_once_keep_them_exact(
    pool: AsyncConnectionPool, app_db_url: str
) -> None:
    """Writers tag and untag one user's tasks in opposite orders: none waits forever, none
    is lost (a deadlock would fail a writer's statement)."""
    user = await make_user(pool)
    tags = [f"t{n}" for n in range(6)]
    await run(
        pool,
        "INSERT INTO tasks (user_id, title, tags) SELECT %s, 'seed ' || g, %s "
        "FROM generate_series(1, 40) g",
        (user, tags),
    )

    async def writer(name: str, order: list[str], rounds: int) -> None:
        # Each writer changes only its own tasks: what they share is the counter rows.
        async with await psycopg.AsyncConnection.connect(app_db_url) as conn:
            for n in range(rounds):
                await conn.execute(
                    "INSERT INTO tasks (user_id, title, tags) "
                    "SELECT %s, %s, %s FROM generate_series(1, 3)",
                    (user, name, order),
                )
                await conn.execute(
                    "UPDATE tasks SET completed = NOT completed, tags = %s "
                    "WHERE user_id = %s AND title = %s",
                    (order[: 1 + n % len(order)], user, name),
                )
                await conn.execute(
                    "DELETE FROM tasks WHERE id = "
                    "(SELECT min(id) FROM tasks WHERE user_id = %s AND title = %s)",
                    (user, name),
                )
                await conn.commit()
                await asyncio.sleep(0)

    await asyncio.gather(
        writer("a", tags, 15), writer("b", tags[::-1], 15), writer("c", tags[2:] + tags[:2], 15)
    )
    counted = await assert_exact(pool)
    assert sum(total for total, _ in counted.values()) > 0


async def test_the_migration_backfills_and_goes_back(app_db_url: str) -> None:
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        user = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('m@example.com', 'x') RETURNING id"
        ).fetchone()
        assert user is not None
        conn.execute(
            "INSERT INTO tasks (user_id, title, completed, tags) "
            "VALUES (%(u)s, 'a', true, '{work}'), (%(u)s, 'b', false, '{work,work,home}')",
            {"u": user[0]},
        )
    migrate.downgrade(app_db_url, "0014")
    with psycopg.connect(app_db_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('task_tag_counts')").fetchone() == (None,)
        conn.execute("INSERT INTO tasks (user_id, title, tags) VALUES (%s, 'c', '{home}')", user)
    migrate.upgrade(app_db_url)
    with psycopg.connect(app_db_url) as conn:
        rows = conn.execute(
            "SELECT tag, total, pending FROM task_tag_counts WHERE user_id = %s ORDER BY tag", user
        ).fetchall()
        assert rows == [("home", 2, 2), ("work", 2, 1)]
