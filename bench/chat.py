"""Task assistant chat turns with the offline planner: latency, and concurrent users over HTTP.

Run with `.venv/bin/python bench/chat.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. Prints p50/p95 of one
chat turn (store the message, read history, plan, run tools, store the answer; goal: p95 <=
30 ms), the same through the HTTP app (JWT, rate limit, JSON), and the wall time of 10
users sending 5 requests each at once (goal: <= 0.5 s; median of 3 rounds of new users).
"""

import asyncio
import os
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from psycopg import sql
from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.assistant import chat_turn
from pgpilot.agent.task_graph import TaskAgent
from pgpilot.api.app import create_app
from pgpilot.auth.tokens import issue_token
from pgpilot.auth.users import User, get_user
from pgpilot.db import migrate
from pgpilot.db.embedded import EmbeddedPostgres
from pgpilot.db.urls import with_database
from pgpilot.llm.offline_tasks import OfflineTaskModel
from pgpilot.logs import configure
from pgpilot.settings import Settings

TURNS = int(os.environ.get("PGPILOT_BENCH_TURNS", "400"))
WARMUP = 40
USERS = 10
REQUESTS = 5
ROUNDS = 3
P95_GOAL_MS = 30.0
CONCURRENT_GOAL_S = 0.5
SECRET = "b" * 40
HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$lEhS6QHVuziSMyRBOlkqZQ"
    "$XfVCJ7bjxmIvUZgVMupF5gacvdATobaR5PAbG3NsXAQ"
)
# A realistic mix: adds with dates, lists, "it", title lookups, a confirmed delete, small talk.
SCRIPT = (
    "add buy milk tomorrow #shop",
    "show my pending tasks",
    "change priority to high",
    "mark it done",
    "add call mom on friday, urgent",
    "move call mom to next monday",
    "delete it",
    "yes",
    "hello",
    "complete buy milk",
)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


async def make_users(url: str, count: int) -> list[int]:
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "INSERT INTO users (email, password_hash) "
            "SELECT 'bench' || g || '-' || %s || '@bench.test', %s FROM generate_series(1, %s) g "
            "RETURNING id",
            (uuid.uuid4().hex[:6], HASH, count),
        ).fetchall()
    return [int(row[0]) for row in rows]


async def bench_service(url: str) -> tuple[float, float]:
    """chat_turn directly: the assistant's own cost."""
    settings = Settings(database_url=url, jwt_secret=SECRET)
    agent = TaskAgent(OfflineTaskModel(), max_tool_rounds=settings.max_tool_rounds)
    [user_id] = await make_users(url, 1)
    pool = AsyncConnectionPool(url, min_size=2, max_size=4, open=False)
    await pool.open(wait=True)
    try:
        user = await get_user(pool, user_id)
        assert isinstance(user, User)
        conversation = None
        samples = []
        for i in range(TURNS + WARMUP):
            started = time.perf_counter()
            reply = await chat_turn(
                pool,
                agent,
                settings,
                user=user,
                message=SCRIPT[i % len(SCRIPT)],
                conversation_id=conversation,
            )
            elapsed = time.perf_counter() - started
            if reply.status != "success":
                raise RuntimeError(f"bench turn failed: {reply}")
            conversation = reply.conversation_id
            if i >= WARMUP:
                samples.append(elapsed)
    finally:
        await pool.close()
    return percentiles(samples)


async def bench_http(url: str) -> dict[str, Any]:
    """The same turns through the app, then USERS users sending REQUESTS each at once."""
    settings = Settings(database_url=url, jwt_secret=SECRET, rate_limit="100000/hour")
    app = create_app(settings)
    users = await make_users(url, USERS * ROUNDS + 1)
    headers = {
        u: {
            "Authorization": "Bearer "
            + issue_token(u, secret=SECRET, lifetime=timedelta(hours=1)).access_token
        }
        for u in users
    }
    transport = httpx.ASGITransport(app=app)
    figures: dict[str, Any] = {}
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench.test") as client,
    ):

        async def say(user_id: int, message: str, conversation: str | None) -> str:
            body = {"message": message} | (
                {"conversation_id": conversation} if conversation else {}
            )
            response = await client.post(
                f"/api/{user_id}/chat", json=body, headers=headers[user_id]
            )
            if response.status_code != 200 or response.json()["status"] != "success":
                raise RuntimeError(f"bench request failed: {response.text}")
            return str(response.json()["conversation_id"])

        solo, conversation, samples = users[0], None, []
        for i in range(TURNS + WARMUP):
            started = time.perf_counter()
            conversation = await say(solo, SCRIPT[i % len(SCRIPT)], conversation)
            if i >= WARMUP:
                samples.append(time.perf_counter() - started)
        figures["http"] = percentiles(samples)

        async def one_user(user_id: int) -> None:
            conversation = None
            for i in range(REQUESTS):
                conversation = await say(user_id, SCRIPT[i], conversation)

        rounds = []
        for r in range(ROUNDS):  # fresh users each round; the median is reported
            started = time.perf_counter()
            await asyncio.gather(*(one_user(u) for u in users[1 + r * USERS : 1 + (r + 1) * USERS]))
            rounds.append(time.perf_counter() - started)
        figures["concurrent"] = statistics.median(rounds)
    return figures


async def run(url: str) -> None:
    # As `pgpilot serve` logs (JSON lines), but only warnings: the table stays readable.
    configure("WARNING")
    migrate.upgrade(url)
    service = await bench_service(url)
    http = await bench_http(url)
    print(f"\n{'chat turn (offline planner)':<44} {'p50 ms':>8} {'p95 ms':>8}   goal")
    for name, (p50, p95) in (
        ("chat_turn (service)", service),
        ("POST /api/{id}/chat", http["http"]),
    ):
        mark = "ok" if p95 <= P95_GOAL_MS else "OVER"
        print(f"{name:<44} {p50:>8.2f} {p95:>8.2f}   p95 <= {P95_GOAL_MS:g} ms {mark}")
    total = http["concurrent"]
    mark = "ok" if total <= CONCURRENT_GOAL_S else "OVER"
    label = f"{USERS} users x {REQUESTS} requests at once (median of {ROUNDS})"
    print(f"{label:<44} {total:>17.3f} s   <= {CONCURRENT_GOAL_S:g} s {mark}")


def main() -> None:
    external = os.environ.get("PGPILOT_BENCH_DATABASE_URL")
    with tempfile.TemporaryDirectory() as home:
        server = None if external else EmbeddedPostgres(Path(home))
        if server is not None:
            server.start()
        admin = external or server.url("postgres")  # type: ignore[union-attr]
        name = f"pgpilot_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            asyncio.run(run(with_database(admin, name)))
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
