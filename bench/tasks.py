"""Task tool speed with 1,000,000 tasks in the table: a heavy user's 10,000, everyone else's ~100.

Run with `.venv/bin/python bench/tasks.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. In the same run, rounds
interleaved, it times every task tool (add, list with and without filters and due views,
update, complete incl. a repeating task, delete, restore):
  - heavy: the user with 10,000 tasks, at the service (`tasks/tools.py`) and over REST
    (`/api/{user_id}/tasks...`, in-process ASGI through httpx);
  - light: random users with about 100 tasks, at the service;
  - anchor: a bare SELECT by primary key through the same pool.
Goals: p95 <= 5 ms at the service (heavy and light), <= 8 ms over REST (heavy), the median of
ROUNDS rounds' p95; a 1,000-message history loads in <= 20 ms p95. EXPLAIN (ANALYZE, BUFFERS)
of the heavy user's statements shows the indexes they use. Exit 1 when a goal is missed.
Sizes can be lowered for a quick look with PGPILOT_BENCH_TASKS / PGPILOT_BENCH_USERS.
"""

import asyncio
import itertools
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import httpx
import psycopg
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database
from support.report import Report
from support.task_plans import explain

from pgpilot.api.app import create_app
from pgpilot.auth.tokens import issue_token
from pgpilot.chat.conversations import get_conversation_history
from pgpilot.db import migrate
from pgpilot.logs import configure
from pgpilot.settings import Settings
from pgpilot.tasks import tools

USERS = int(os.environ.get("PGPILOT_BENCH_USERS", "10000"))
TASKS = int(os.environ.get("PGPILOT_BENCH_TASKS", "1000000"))
HEAVY_TASKS = TASKS // 100  # user 1's share: 10,000 of 1,000,000
HEAVY = 1
MESSAGES = 1000
ROUNDS = 5
CALLS = 30  # per tool, face and round
WARMUP = 10
SERVICE_GOAL_MS = 5.0
REST_GOAL_MS = 8.0
HISTORY_GOAL_MS = 20.0
SECRET = "bench-secret-" + uuid.uuid4().hex
# Any argon2 hash will do: nobody logs in during the bench.
HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$lEhS6QHVuziSMyRBOlkqZQ"
    "$XfVCJ7bjxmIvUZgVMupF5gacvdATobaR5PAbG3NsXAQ"
)

# Every 100th task is the heavy user's, so theirs are spread over the table as a user's are
# who adds tasks while everyone else does; due dates run from a month ago to three months on.
LOAD = [
    """INSERT INTO users (email, password_hash, timezone)
       SELECT 'user' || g || '@bench.test', %(hash)s,
              (ARRAY['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'])[1 + g %% 4]
       FROM generate_series(1, %(users)s) g""",
    """INSERT INTO tasks (user_id, title, description, priority, due_date, tags, completed,
                          completed_date, created_at)
       SELECT CASE WHEN g %% 100 = 0 THEN 1 ELSE 2 + g %% (%(users)s - 1) END, 'Task ' || g,
              CASE WHEN g %% 3 = 0 THEN 'details of task ' || g END,
              (ARRAY['low', 'medium', 'high'])[1 + g / 100 %% 3],
              CASE WHEN g %% 7 <> 0 THEN current_date - 30 + g / 100 %% 120 END,
              CASE WHEN g / 100 %% 2 = 0 THEN ARRAY['work'] ELSE ARRAY['home', 'errands'] END,
              g / 100 %% 4 = 0, CASE WHEN g / 100 %% 4 = 0 THEN now() END,
              now() - (%(tasks)s - g) * interval '1 second'
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
# The list_tasks views measured, as the tool's arguments (also the REST query string).
VIEWS: dict[str, dict[str, Any]] = {
    "": {},
    " pending by priority": {"status": "pending", "sort_by": "priority", "limit": 20},
    " completed": {"status": "completed"},
    " tag work by created_at": {"tag": "work", "sort_by": "created_at"},
    " due this_week": {"due": "this_week"},
    " overdue": {"due": "overdue"},
}


def load(url: str, conversation: uuid.UUID) -> float:
    """Fill the app database, then vacuum as autovacuum would have; seconds it took."""
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


Envelope = dict[str, Any]


class Service:
    """The task tools called directly, as the assistant and MCP do."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self.pool = pool

    async def add(self, user: int, **fields: Any) -> Envelope:
        return await tools.add_task(self.pool, user_id=user, **fields)

    async def list(self, user: int, **view: Any) -> Envelope:
        return await tools.list_tasks(self.pool, user_id=user, **view)

    async def update(self, user: int, task: int, **fields: Any) -> Envelope:
        return await tools.update_task(self.pool, user_id=user, task_id=task, **fields)

    async def complete(self, user: int, task: int) -> Envelope:
        return await tools.complete_task(self.pool, user_id=user, task_id=task)

    async def delete(self, user: int, task: int) -> Envelope:
        return await tools.delete_task(self.pool, user_id=user, task_id=task, confirmed=True)

    async def restore(self, user: int, audit: int) -> Envelope:
        return await tools.restore_task(self.pool, user_id=user, audit_id=audit)


class Rest:
    """The same tools over REST with the user's bearer token."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.headers: dict[int, dict[str, str]] = {}

    async def _send(self, method: str, path: str, user: int, **kwargs: Any) -> Envelope:
        if user not in self.headers:
            token = issue_token(user, secret=SECRET, lifetime=timedelta(hours=1)).access_token
            self.headers[user] = {"Authorization": f"Bearer {token}"}
        url = f"/api/{user}/tasks{path}"
        response = await self.client.request(method, url, headers=self.headers[user], **kwargs)
        body: Envelope = response.json()
        return body

    async def add(self, user: int, **fields: Any) -> Envelope:
        return await self._send("POST", "", user, json=fields)

    async def list(self, user: int, **view: Any) -> Envelope:
        return await self._send("GET", "", user, params=view)

    async def update(self, user: int, task: int, **fields: Any) -> Envelope:
        return await self._send("PATCH", f"/{task}", user, json=fields)

    async def complete(self, user: int, task: int) -> Envelope:
        return await self._send("POST", f"/{task}/complete", user)

    async def delete(self, user: int, task: int) -> Envelope:
        return await self._send("DELETE", f"/{task}", user, params={"confirmed": "true"})

    async def restore(self, user: int, audit: int) -> Envelope:
        return await self._send("POST", f"/restore/{audit}", user)


Face = Service | Rest


class Stock:
    """Whom the calls act for, and what they act on: pending tasks, deletions, routines."""

    def __init__(self, users: Iterator[int], pending: list[tuple[int, int]]) -> None:
        self.users = users
        self.pending = pending
        self.deleted: list[tuple[int, int]] = []
        self.routines: list[tuple[int, int]] = []
        self.renames = itertools.count()


def data(result: Envelope) -> dict[str, Any]:
    if result.get("status") != "success":
        raise RuntimeError(f"bench call failed: {result}")
    found: dict[str, Any] = result["data"]
    return found


Operation = Callable[[Face, Stock], Awaitable[Envelope]]


def operations(due: str) -> dict[str, Operation]:
    """Each measured call, once for both faces; order matters (delete feeds restore)."""

    async def add(face: Face, stock: Stock) -> Envelope:
        return await face.add(next(stock.users), title="Bench task", due_date=due, tags=["b"])

    async def add_routine(face: Face, stock: Stock) -> Envelope:
        user = next(stock.users)
        result = await face.add(user, title="Bench routine", recurrence="FREQ=WEEKLY;BYDAY=SU")
        stock.routines.append((user, data(result)["id"]))
        return result

    def lister(view: dict[str, Any]) -> Operation:
        async def list_view(face: Face, stock: Stock) -> Envelope:
            return await face.list(next(stock.users), **view)

        return list_view

    async def update(face: Face, stock: Stock) -> Envelope:
        user, task = stock.pending.pop()
        return await face.update(user, task, title=f"Renamed {next(stock.renames)}")

    async def complete(face: Face, stock: Stock) -> Envelope:
        return await face.complete(*stock.pending.pop())

    async def complete_routine(face: Face, stock: Stock) -> Envelope:
        result = await face.complete(*stock.routines.pop())
        assert data(result)["next_task"] is not None, "a weekly task goes on"
        return result

    async def delete(face: Face, stock: Stock) -> Envelope:
        user, task = stock.pending.pop()
        result = await face.delete(user, task)
        stock.deleted.append((user, data(result)["audit_id"]))
        return result

    async def restore(face: Face, stock: Stock) -> Envelope:
        return await face.restore(*stock.deleted.pop())

    lists = {f"list_tasks{name}": lister(view) for name, view in VIEWS.items()}
    return {
        "add_task": add,
        "add_task recurring": add_routine,
        **lists,
        "update_task": update,
        "complete_task": complete,
        "complete_task recurring": complete_routine,
        "delete_task": delete,
        "restore_task": restore,
    }


async def p95(call: Callable[[], Awaitable[Any]], count: int) -> float:
    """The p95 of `count` calls, in ms; every call must succeed."""
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        result = await call()
        samples.append(time.perf_counter() - started)
        if isinstance(result, dict):
            data(result)
    return statistics.quantiles(samples, n=20)[-1] * 1000


async def pending_tasks(pool: AsyncConnectionPool, *, heavy: bool, count: int) -> list[Any]:
    """Distinct random pending tasks of the heavy user or of the others, as (user, task)."""
    where = "user_id = %s" if heavy else "user_id <> %s"
    async with pool.connection() as conn:
        cursor = await conn.execute(
            f"SELECT user_id, id FROM tasks WHERE {where} AND NOT completed "
            "ORDER BY random() LIMIT %s",
            (HEAVY, count),
        )
        return [(int(u), int(t)) for u, t in await cursor.fetchall()]


async def measure(pool: AsyncConnectionPool, client: httpx.AsyncClient) -> dict[str, list[float]]:
    """Each (operation, face)'s p95 per round, and the anchor's, rounds interleaved."""
    rng = random.Random(7)
    due = (datetime.now(UTC).date() + timedelta(days=10)).isoformat()
    ops = operations(due)
    service, rest = Service(pool), Rest(client)
    need = 3 * (WARMUP + ROUNDS * CALLS)  # update, complete and delete each use up tasks
    heavy = Stock(itertools.repeat(HEAVY), await pending_tasks(pool, heavy=True, count=2 * need))
    light_users = iter(lambda: rng.randint(2, USERS), None)
    light = Stock(light_users, await pending_tasks(pool, heavy=False, count=need))
    runs: dict[str, tuple[Face, Stock]] = {
        "service heavy": (service, heavy),
        "REST heavy": (rest, heavy),
        "service light": (service, light),
    }
    ids = [task for _, task in heavy.pending[:200]]

    async def anchor() -> None:
        async with pool.connection() as conn:
            cursor = await conn.execute("SELECT * FROM tasks WHERE id = %s", (rng.choice(ids),))
            await cursor.fetchone()

    async def history() -> Any:
        return await get_conversation_history(
            pool, user_id=HEAVY, conversation_id=CONVERSATION, limit=MESSAGES
        )

    figures: dict[str, list[float]] = {}
    for round_number in range(ROUNDS + 1):
        count = WARMUP if round_number == 0 else CALLS
        results = {"anchor": await p95(anchor, count)}
        for name, op in ops.items():
            for run, (face, stock) in runs.items():
                results[f"{name} ({run})"] = await p95(partial(op, face, stock), count)
        results[f"history of {MESSAGES} messages"] = await p95(history, count)
        if round_number:
            for key, value in results.items():
                figures.setdefault(key, []).append(value)
    return figures


CONVERSATION = uuid.uuid4()


async def run(url: str) -> dict[str, list[float]]:
    settings = Settings(database_url=url, jwt_secret=SECRET, rate_limit="1000000/minute")
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench.test") as client,
    ):
        return await measure(app.state.services.app_db, client)


def judge(report: Report, figures: dict[str, list[float]]) -> None:
    floor = statistics.median(figures.pop("anchor"))
    anchor = f"SELECT by primary key through the same pool, p95 {floor:.2f} ms"
    for name, values in figures.items():
        value = statistics.median(values)
        if name.startswith("history"):
            goal = HISTORY_GOAL_MS
        else:
            goal = REST_GOAL_MS if "(REST" in name else SERVICE_GOAL_MS
        report.figure(
            f"{name} p95",
            value,
            "ms",
            goal=goal,
            anchor=anchor,
            detail=f"{value / floor:.1f}x the anchor; rounds "
            + ", ".join(f"{v:.2f}" for v in values),
        )


# Why figures miss, from cProfile, the plans above and a delaying proxy, 2026-11-30.
MISS_PROFILE = (
    "Misses, profiled: a tool is now 1 round trip (list_tasks, due views included: the user's "
    "today comes from their zone inside the statement) or 2 (add, update, complete, delete: "
    "the lock or the zone must come back before deciding; the rest and COMMIT go in one "
    "pipeline, tasks/batch.py), 2 for restore (the reinsert goes out with the deletion's "
    "lock and runs once it is held), against 4-12 before; counts come from the task_counts "
    "row kept by migration 0013's statement triggers, and a tag's from task_tag_counts "
    "(0015), so only priority and due filters still count the user's index entries (an "
    "index-only scan of idx_tasks_user_status_due, 1-3 ms for 10,000 rows, more with heap "
    "fetches). "
    "What is left is the server's work on those scans and the page, and the host: with 8 "
    "processes on 2 cores the anchor itself (one SELECT by primary key) had p95 15-66 ms. "
    "A due window's bounds are InitPlan parameters, so the planner guesses their rows: it "
    "chose the ordered Index Scan of idx_tasks_user_due in one run and a Bitmap Heap Scan "
    "plus top-N sort of the window (about 500 rows, 7-26 ms under that load) in another. REST "
    "adds the HTTP layer (src/pgpilot/api, FastAPI's solve_dependencies, the actor check, the "
    "rate limit). Left: a priority or due count over 10,000 rows could come from counters "
    'too, or be capped ("more than 1,000"); restoring by title words reads the user\'s '
    "deletions in the audit log."
)


def main() -> int:
    configure("WARNING")  # an access line per request would be timed too
    report = Report("tasks", "task tools with 1,000,000 tasks, for a 10,000-task user and others")
    with bench_database() as url:
        report.server(url)
        migrate.upgrade(url)
        seconds = load(url, CONVERSATION)
        report.note(
            f"loaded {USERS:,} users, {TASKS:,} tasks ({HEAVY_TASKS:,} of user {HEAVY}), "
            f"{TASKS // 10:,} reminders in {seconds:.0f} s, then VACUUM ANALYZE"
        )
        fresh = explain(url, user=HEAVY, when="right after the load's VACUUM")
        judge(report, asyncio.run(run(url)))
        for line in [*fresh, *explain(url, user=HEAVY, when="after the timed rounds")]:
            report.note(line)
    report.note(
        "Heap fetches after the rounds are the heavy user's rows on pages changed since the "
        "load's VACUUM, as between two autovacuums on a live server (migration 0012 has "
        "autovacuum visit tasks after 2% of it changed, not the default 20%)."
    )
    if any(f.met is False for f in report.figures):
        report.note(MISS_PROFILE)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
