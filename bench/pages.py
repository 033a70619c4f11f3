"""Server time of the tasks page for a user with 1,000 tasks (and 50 deletions, 20 chats).

Run with `.venv/bin/python bench/pages.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. In-process ASGI, so
what is timed is the server's work: the page's HTML shell, then each API call its script
makes on load (me, the first 100 pending tasks by due date, conversations, recent deletions
and restores), and `load`, all of them one after another (a browser runs the calls in
parallel, so a real load takes less). Goal: p95 of `load` at most 100 ms; exit 1 if not.
"""

import asyncio
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
from support.db import bench_database
from support.report import Report

from pgpilot.api.app import create_app
from pgpilot.auth.tokens import issue_token
from pgpilot.db import migrate
from pgpilot.logs import configure
from pgpilot.settings import Settings

SECRET = "bench-secret-" + uuid.uuid4().hex
TASKS = 1000
LOADS = 200
WARMUP = 20
GOAL_MS = 100.0


def seed(url: str) -> int:
    """A user with TASKS tasks (a third done), 50 deleted ones and 20 conversations."""
    today = datetime.now(UTC).date()
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('bench@bench.test', 'x') RETURNING id"
        ).fetchone()
        assert row is not None
        user_id = int(row[0])
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO tasks (user_id, title, priority, due_date, tags, completed)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (
                        user_id,
                        f"task {n}",
                        ("low", "medium", "high")[n % 3],
                        today + timedelta(days=n % 60),
                        ["home"] if n % 2 else ["work"],
                        n % 3 == 0,
                    )
                    for n in range(TASKS)
                ],
            )
            cursor.executemany(
                "INSERT INTO audit_log (actor, actor_id, action, resource_type, resource_id,"
                " resource_title, details) VALUES (%s, %s, 'DELETE_TASK', 'task', %s, %s, '{}')",
                [(f"user:{user_id}", user_id, str(n), f"gone {n}") for n in range(50)],
            )
            cursor.executemany(
                "INSERT INTO conversations (user_id, title) VALUES (%s, %s)",
                [(user_id, f"chat {n}") for n in range(20)],
            )
    return user_id


async def measure(url: str) -> dict[str, list[float]]:
    user_id = seed(url)
    token = issue_token(user_id, secret=SECRET, lifetime=timedelta(hours=1)).access_token
    headers = {"Authorization": f"Bearer {token}"}
    calls = {
        "shell": "/tasks",
        "me": "/api/auth/me",
        "tasks": f"/api/{user_id}/tasks?status=pending&sort_by=due_date&limit=100",
        "conversations": f"/api/{user_id}/conversations?limit=30",
        "deleted": "/api/audit?action=DELETE_TASK&limit=10",
        "restored": "/api/audit?action=RESTORE_TASK&limit=100",
    }
    settings = Settings(database_url=url, jwt_secret=SECRET)
    app = create_app(settings)
    samples: dict[str, list[float]] = {name: [] for name in [*calls, "load"]}
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client,
    ):
        for round_number in range(WARMUP + LOADS):
            load = 0.0
            for name, path in calls.items():
                started = time.perf_counter()
                response = await client.get(path, headers=headers)
                took = time.perf_counter() - started
                assert response.status_code == 200, (path, response.text)
                load += took
                if round_number >= WARMUP:
                    samples[name].append(took * 1000)
            if round_number >= WARMUP:
                samples["load"].append(load * 1000)
    return samples


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    configure(level="WARNING")
    report = Report("pages", f"server time of the tasks page for a user with {TASKS} tasks")
    with bench_database() as url:
        report.server(url)
        migrate.upgrade(url)
        samples = asyncio.run(measure(url))
    parts = ", ".join(
        f"{name} {statistics.median(values):.2f}/{p95(values):.2f}"
        for name, values in samples.items()
        if name != "load"
    )
    report.figure(
        "tasks page load p95",
        p95(samples["load"]),
        "ms",
        goal=GOAL_MS,
        detail=f"{LOADS} loads, the shell and five API calls one after another; "
        f"p50 {statistics.median(samples['load']):.1f} ms",
        note=f"each part p50/p95 ms: {parts}",
    )
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
