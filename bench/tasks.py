"""Task tool speed on 1,000,000 tasks of 10,000 users, the indexes behind it, history load.

Run with `.venv/bin/python bench/tasks.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. Prints p50/p95 per
tool (goal: p95 <= 5 ms), what EXPLAIN says each statement uses, and the time to load a
1,000-message history (goal: <= 20 ms). Sizes can be lowered for a quick look with
PGPILOT_BENCH_TASKS / PGPILOT_BENCH_USERS.
"""

import asyncio
import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import psycopg
from psycopg import sql
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database

from pgpilot.chat.conversations import HISTORY, get_conversation_history
from pgpilot.db import migrate
from pgpilot.tasks import repository as repo
from pgpilot.tasks import tools
from pgpilot.tasks.validation import ListQuery

USERS = int(os.environ.get("PGPILOT_BENCH_USERS", "10000"))
TASKS = int(os.environ.get("PGPILOT_BENCH_TASKS", "1000000"))
MESSAGES = 1000
CALLS = 400
WARMUP = 40
P95_GOAL_MS = 5.0
HISTORY_GOAL_MS = 20.0
PROPOSED_INDEX = "idx_reminders_task"
# Any argon2 hash will do: nobody logs in during the bench.
HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$lEhS6QHVuziSMyRBOlkqZQ"
    "$XfVCJ7bjxmIvUZgVMupF5gacvdATobaR5PAbG3NsXAQ"
)

LOAD = [
    """INSERT INTO users (email, password_hash, timezone)
       SELECT 'user' || g || '@bench.test', %(hash)s,
              (ARRAY['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'])[1 + g %% 4]
       FROM generate_series(1, %(users)s) g""",
    """INSERT INTO tasks (user_id, title, description, priority, due_date, tags, completed,
                          completed_date, created_at)
       SELECT 1 + g %% %(users)s, 'Task ' || g,
              CASE WHEN g %% 3 = 0 THEN 'details of task ' || g END,
              (ARRAY['low', 'medium', 'high'])[1 + g %% 3],
              CASE WHEN g %% 5 <> 0 THEN current_date + 1 + g %% 90 END,
              CASE WHEN g %% 2 = 0 THEN ARRAY['work'] ELSE ARRAY['home', 'errands'] END,
              g %% 4 = 0, CASE WHEN g %% 4 = 0 THEN now() END,
              now() - (g %% 5000) * interval '1 minute'
       FROM generate_series(1, %(tasks)s) g""",
    """INSERT INTO reminders (task_id, remind_at)
       SELECT id, now() + interval '1 day' FROM tasks WHERE id %% 10 = 0""",
    """INSERT INTO conversations (id, user_id, title) VALUES (%(conversation)s, 1, 'bench')""",
    # Other users' conversations, so history is read out of a realistic messages table.
    """INSERT INTO conversations (user_id, title)
       SELECT g, 'other' FROM generate_series(2, %(users)s) g""",
    """INSERT INTO messages (conversation_id, role, content)
       SELECT c.id, 'user', 'hello ' || g FROM conversations c, generate_series(1, 20) g
       WHERE c.id <> %(conversation)s""",
    """INSERT INTO messages (conversation_id, role, content, created_at)
       SELECT %(conversation)s, CASE WHEN g %% 2 = 0 THEN 'user' ELSE 'assistant' END,
              'message number ' || g || ' ' || repeat('words ', 20),
              now() - (%(messages)s - g) * interval '1 second'
       FROM generate_series(1, %(messages)s) g""",
]


def load(url: str, conversation: uuid.UUID) -> float:
    """Fill the app database; seconds it took."""
    started = time.perf_counter()
    params = {
        "hash": HASH,
        "users": USERS,
        "tasks": TASKS,
        "conversation": conversation,
        "messages": MESSAGES,
    }
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in LOAD:
            conn.execute(statement, params)
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


Call = Callable[[], Awaitable[Any]]


async def timed(calls: list[Call]) -> tuple[float, float]:
    samples = []
    for i, call in enumerate(calls):
        started = time.perf_counter()
        result = await call()
        elapsed = time.perf_counter() - started
        if isinstance(result, dict) and result.get("status") != "success":
            raise RuntimeError(f"bench call failed: {result}")
        if i >= WARMUP:
            samples.append(elapsed)
    return percentiles(samples)


async def sample(pool: AsyncConnectionPool, count: int) -> list[tuple[int, int]]:
    """Distinct random pending tasks (a tenth of them with a reminder), as (user_id, task_id)."""
    async with pool.connection() as conn:
        cursor = await conn.execute(
            "SELECT user_id, id FROM tasks WHERE NOT completed ORDER BY random() LIMIT %s",
            (count,),
        )
        return [(int(u), int(t)) for u, t in await cursor.fetchall()]


async def bench_tools(pool: AsyncConnectionPool, conversation: uuid.UUID) -> dict[str, Any]:
    rng = random.Random(7)
    n = CALLS + WARMUP
    due = (datetime.now(UTC).date() + timedelta(days=10)).isoformat()
    users = [rng.randint(1, USERS) for _ in range(n)]
    picked = await sample(pool, 3 * n)
    updates, completes, deletes = picked[:n], picked[n : 2 * n], picked[2 * n : 3 * n]
    deleted: list[tuple[int, int]] = []

    async def delete(user_id: int, task_id: int) -> Any:
        result = await tools.delete_task(pool, user_id=user_id, task_id=task_id, confirmed=True)
        deleted.append((user_id, result["data"]["audit_id"]))
        return result

    add = partial(tools.add_task, pool, title="Bench task", due_date=due, tags=["bench"])
    figures: dict[str, Any] = {
        "add_task": await timed([partial(add, user_id=u) for u in users]),
        "list_tasks": await timed([partial(tools.list_tasks, pool, user_id=u) for u in users]),
        "list_tasks pending/priority": await timed(
            [
                partial(
                    tools.list_tasks,
                    pool,
                    user_id=u,
                    status="pending",
                    sort_by="priority",
                    limit=20,
                )
                for u in users
            ]
        ),
        "update_task": await timed(
            [
                partial(tools.update_task, pool, user_id=u, task_id=t, title=f"Renamed {i}")
                for i, (u, t) in enumerate(updates)
            ]
        ),
        "complete_task": await timed(
            [partial(tools.complete_task, pool, user_id=u, task_id=t) for u, t in completes]
        ),
        "delete_task": await timed([partial(delete, u, t) for u, t in deletes]),
    }
    figures["restore_task"] = await timed(
        [partial(tools.restore_task, pool, user_id=u, audit_id=a) for u, a in deleted]
    )
    figures.update(await _recurring(pool, users))
    history = partial(
        get_conversation_history, pool, user_id=1, conversation_id=conversation, limit=MESSAGES
    )
    figures[f"history of {MESSAGES} messages"] = await timed([history] * (200 + WARMUP))
    return figures


async def _recurring(pool: AsyncConnectionPool, users: list[int]) -> dict[str, Any]:
    """Repeating tasks in the mix: adding one, completing it (which adds the next), due views."""
    made: list[tuple[int, int]] = []

    async def add(user_id: int) -> Any:
        result = await tools.add_task(
            pool, user_id=user_id, title="Bench routine", recurrence="FREQ=WEEKLY;BYDAY=SU"
        )
        made.append((user_id, result["data"]["id"]))
        return result

    figures = {"add_task recurring": await timed([partial(add, u) for u in users])}
    figures["complete_task recurring"] = await timed(
        [partial(tools.complete_task, pool, user_id=u, task_id=t) for u, t in made]
    )
    figures["list_tasks due this_week"] = await timed(
        [partial(tools.list_tasks, pool, user_id=u, due="this_week") for u in users]
    )
    return figures


async def bench_proposed_index(pool: AsyncConnectionPool) -> dict[str, Any]:
    """complete and delete again once reminders(task_id) is indexed, if it is not yet."""
    if await _reminders_indexed(pool):
        return {}
    # Cancelling reminders, and the delete's FK cascade, scan all reminders without it.
    async with pool.connection() as conn:
        await conn.execute(f"CREATE INDEX {PROPOSED_INDEX} ON reminders (task_id)")
        await conn.execute("ANALYZE reminders")
    n = CALLS + WARMUP
    more = await sample(pool, 2 * n)
    delete = partial(tools.delete_task, pool, confirmed=True)
    label = f" + {PROPOSED_INDEX}"
    return {
        "complete_task" + label: await timed(
            [partial(tools.complete_task, pool, user_id=u, task_id=t) for u, t in more[:n]]
        ),
        "delete_task" + label: await timed(
            [partial(delete, user_id=u, task_id=t) for u, t in more[n:]]
        ),
    }


async def _reminders_indexed(pool: AsyncConnectionPool) -> bool:
    async with pool.connection() as conn:
        cursor = await conn.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'reminders' "
            "AND indexdef LIKE '%%(task_id%%'"
        )
        row = await cursor.fetchone()
    return bool(row and row[0])


def explain(url: str, conversation: uuid.UUID) -> dict[str, str]:
    """What each statement of the tools uses, by EXPLAIN on the loaded data."""
    user = USERS // 2
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT id FROM tasks WHERE user_id = %s LIMIT 1", (user,)).fetchone()
        audit = conn.execute("SELECT max(id) FROM audit_log").fetchone()
    task = row[0] if row else 1
    audit_id = audit[0] if audit and audit[0] else 1
    default = ListQuery("all", None, "due_date", 50, 0)
    by_priority = ListQuery("pending", None, "priority", 20, 0)
    statements: dict[str, tuple[Any, Any]] = {
        "user time zone": (sql.SQL("SELECT timezone FROM users WHERE id = %s"), (user,)),
        "list page (all, due date)": repo.page_query(user, default),
        "list page (pending, priority)": repo.page_query(user, by_priority),
        "list counts": repo.counts_query(user, default),
        "lock task (update/complete/delete)": (repo.LOCK_TASK, (task, user)),
        "pending count": (repo.PENDING_COUNT, (user,)),
        "cancel reminders": (repo.CANCEL_REMINDERS, (task,)),
        "lock deletion (restore)": (repo.LOCK_DELETION, (audit_id, "DELETE_TASK")),
        "already restored? (restore)": (
            repo.WAS_RESTORED,
            (str(task), "RESTORE_TASK", str(audit_id)),
        ),
        "history": (sql.SQL(HISTORY), (conversation, 1, MESSAGES)),
    }
    uses: dict[str, str] = {}
    with psycopg.connect(url) as conn, psycopg.ClientCursor(conn) as cursor:
        for name, (statement, params) in statements.items():
            query = cursor.mogrify(statement, params)
            cursor.execute(sql.SQL("EXPLAIN (FORMAT JSON) {}").format(sql.SQL(query)))
            plan = cursor.fetchone()
            assert plan is not None
            tree = plan[0] if isinstance(plan[0], list) else json.loads(plan[0])
            uses[name] = ", ".join(sorted(set(_scans(tree[0]["Plan"]))))
        conn.rollback()
    return uses


def _scans(node: dict[str, Any]) -> Iterator[str]:
    if "Index Name" in node:
        yield node["Index Name"]
    elif node.get("Node Type") == "Seq Scan":
        yield f"SEQ SCAN {node['Relation Name']}"
    for child in node.get("Plans", []):
        yield from _scans(child)


async def run(url: str) -> None:
    conversation = uuid.uuid4()
    migrate.upgrade(url)
    seconds = load(url, conversation)
    print(f"loaded {USERS:,} users, {TASKS:,} tasks, {TASKS // 10:,} reminders in {seconds:.0f} s")
    pool = AsyncConnectionPool(url, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    try:
        figures = await bench_tools(pool, conversation)
        uses = explain(url, conversation)
        figures |= await bench_proposed_index(pool)
    finally:
        await pool.close()
    print(f"\n{'tool':<40} {'p50 ms':>8} {'p95 ms':>8}   goal")
    for name, (p50, p95) in figures.items():
        goal = HISTORY_GOAL_MS if name.startswith("history") else P95_GOAL_MS
        mark = "ok" if p95 <= goal else "OVER"
        print(f"{name:<40} {p50:>8.2f} {p95:>8.2f}   p95 <= {goal:g} ms {mark}")
    print(f"\n{'statement (schema as migrated)':<40} uses")
    for name, used in uses.items():
        print(f"{name:<40} {used}")


def main() -> None:
    with bench_database() as url:
        asyncio.run(run(url))


if __name__ == "__main__":
    main()
