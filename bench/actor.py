"""The cost of the actor check on a guarded read over REST.

Run with `.venv/bin/python bench/actor.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. In the same run, rounds
interleaved, it times:
  - request: `POST /api/sql` of a point lookup with a bearer token (in-process ASGI);
  - actor:   `actor_from_token`, what every request pays to know who asks (JWT + the process's
             actor cache, kept honest by NOTIFY pgpilot_actors);
  - lookup:  the same without the cache (JWT + one query), what a miss costs;
  - read:    the same read through the door for an already-known actor, no HTTP;
  - floor:   `SELECT 1` through the same app pool, the least any database check can cost.
Goal: the actor check costs at most 2x the floor (median of ROUNDS medians), and so does a
miss (one round trip); the check's share of the request is reported. Exit 1 when the goal is missed.
"""

import asyncio
import statistics
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
import psycopg
from psycopg import sql
from support.db import bench_database
from support.report import Report

from pgpilot.api.app import create_app
from pgpilot.auth.actors import GONE, actor_from_token, lookup
from pgpilot.auth.tokens import issue_token, read_token
from pgpilot.db import migrate
from pgpilot.db.demo import ensure_demo
from pgpilot.db.urls import database_name, with_database
from pgpilot.errors import Unauthorized
from pgpilot.logs import configure
from pgpilot.services import Services
from pgpilot.settings import Settings
from pgpilot.sql import door

SECRET = "bench-secret-" + uuid.uuid4().hex  # a strong secret: the app warns about weak ones
QUERY = "SELECT id, name, country FROM customers WHERE id = 42"
ROUNDS = 5
CALLS = 200
WARMUP = 50
GOAL_RATIO = 2.0  # one round trip and the signature check; a second query would pass 2x


async def timed(call: Callable[[], Awaitable[Any]], count: int) -> float:
    """Median seconds of `count` calls."""
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        await call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


async def measure(app_url: str, target_url: str) -> dict[str, float]:
    with psycopg.connect(app_url, autocommit=True) as conn:
        row = conn.execute(
            "INSERT INTO users (email, password_hash) VALUES ('bench@bench.test', 'x') RETURNING id"
        ).fetchone()
        assert row is not None
        conn.execute(
            "INSERT INTO target_grants (user_id, target, access, granted_by) "
            "VALUES (%s, 'default', 'read', 'bench')",
            (row[0],),
        )
    token = issue_token(int(row[0]), secret=SECRET, lifetime=timedelta(hours=1)).access_token
    settings = Settings(
        database_url=app_url,
        target_database_url=target_url,
        jwt_secret=SECRET,
        sql_rate_limit="1000000/minute",
    )
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench.test") as client,
    ):
        services: Services = app.state.services
        actor = await actor_from_token(services.app_db, token, secret=SECRET)

        async def request() -> None:
            response = await client.post("/api/sql", json={"sql": QUERY}, headers=headers)
            assert response.status_code == 200, response.text

        async def check() -> None:
            await actor_from_token(services.app_db, token, secret=SECRET)

        async def miss() -> None:
            user_id = read_token(token, secret=SECRET)
            await lookup(services.app_db, "id", user_id, missing=Unauthorized(GONE))

        async def read() -> None:
            await door.read(services.sql, actor, sql=QUERY)

        async def floor() -> None:
            async with services.app_db.connection() as conn:
                await (await conn.execute("SELECT 1")).fetchone()

        calls = {"request": request, "actor": check, "lookup": miss, "read": read, "floor": floor}
        for call in calls.values():
            await timed(call, WARMUP)
        runs: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(ROUNDS):
            for name, call in calls.items():
                runs[name].append(await timed(call, CALLS))
    return {name: statistics.median(values) * 1000 for name, values in runs.items()}


def main() -> int:
    configure("WARNING")  # an access line per request would be timed too
    report = Report("actor", "who asks: the actor check on a guarded read over REST")
    with bench_database() as app_url:
        target = f"{database_name(app_url)}_target"
        target_url = with_database(app_url, target)
        name = sql.Identifier(target)
        with psycopg.connect(with_database(app_url, "postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(name))
        try:
            report.server(app_url)
            migrate.upgrade(app_url)
            ensure_demo(target_url)
            figures = asyncio.run(measure(app_url, target_url))
        finally:
            with psycopg.connect(with_database(app_url, "postgres"), autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))
    share = figures["actor"] / figures["request"]
    ratio = figures["actor"] / figures["floor"]
    report.figure(
        "actor check / SELECT 1",
        ratio,
        "x",
        goal=GOAL_RATIO,
        anchor=f"SELECT 1 through the app pool, {figures['floor']:.3f} ms",
        detail=f"actor check {figures['actor']:.3f} ms (JWT + the actor cache)",
    )
    report.figure(
        "actor lookup without the cache / SELECT 1",
        figures["lookup"] / figures["floor"],
        "x",
        goal=GOAL_RATIO,
        anchor=f"SELECT 1 through the app pool, {figures['floor']:.3f} ms",
        detail=f"a cache miss {figures['lookup']:.3f} ms (JWT + one query)",
    )
    report.figure(
        "POST /api/sql p50",
        figures["request"],
        "ms",
        detail=f"actor check is {share:.0%} of it; the read alone through the door "
        f"{figures['read']:.2f} ms",
    )
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
