"""An MCP read against the SDK's own floor: `execute_select_query` vs a bare echo tool.

Run with `.venv/bin/python bench/mcp_read.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. It spawns two stdio
servers and talks to each over a real client session of the `mcp` SDK:
  - pgpilot: `pgpilot mcp --user U`, calling `execute_select_query` with a point lookup (the
    actor resolved through the process's actor cache and the rate limit counted on every call,
    the read guarded);
  - echo:    a server of one `echo` tool on the same SDK (the anchor).
Calls alternate between the two; each round's p50 is taken, and the median of the rounds'.
Goal: pgpilot's p50 ≤ 1.3x echo's. Exit 1 when missed.
"""

import asyncio
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

import psycopg
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from psycopg import sql
from support.db import bench_database
from support.echo import ECHO_COMMAND
from support.report import Report

from pgpilot.db import migrate
from pgpilot.db.demo import ensure_demo
from pgpilot.db.urls import database_name, with_database

USER = "bench@example.com"
QUERY = "SELECT id, name, country FROM customers WHERE id = {}"
ROUNDS = 7
CALLS = 100  # of each server per round
WARMUP = 50
GOAL = 1.3
# Why the ratio misses: cProfile (CPU time) of the tool call in process, 2026-11-30.
MISS_PROFILE = (
    "Where the extra time goes (2026-11-30, CPU per call read from /proc in both servers, calls "
    "alternated): without the database (a fixed answer after the full check) the tool costs "
    "0.96-1.01x the echo, so the MCP layer, the actor cache (2 us), the rate limiter (9 us), the "
    "guard's check of a new text (37 us) and the dict's conversion (20 us, echo's string 10 us) "
    "are not the gap. The gap is the database: one pipeline of BEGIN READ ONLY, DECLARE, FETCH, "
    "ROLLBACK and DISCARD ALL (sql/execute.py, sql/wire.py), whose wake-ups compete with the "
    "reply for 2 cores. Done: a read known to return fewer rows than its first batch (equality "
    "to constants on a unique key, read from the catalog once per catalog TTL, sql/keys.py; "
    "LIMIT 0/1; aggregates alone: sql/shape.py) sends its reset in its own pipeline, so one "
    "round trip instead of two, no reset task, its connection pooled at once; a wrong guess "
    "runs again the usual way. Measured before/after alternately (2026-11-30): at load 6-10 on "
    "2 cores, embedded PostgreSQL 18 1.16-1.51x before, 0.76-1.37x after, PostgreSQL 15 "
    "1.11-1.67x before, 1.03-2.10x after; at load 0.5-2.7, 1.32x before and 1.38x after on 18, "
    "1.46x and 1.36x on 15: the change is smaller than the noise here. Tried: the same "
    "reset behind a flush request, its answers read off the caller's path: the caller saved "
    "about 15 us of server time (ROLLBACK and DISCARD ALL) and paid a task per read. Earlier: "
    "the actor from the process's cache (auth/actor_cache.py), the pool's empty-query check "
    "replaced by a look at the idle socket (db/liveness.py). Left: the read-only transaction "
    "and the cursor cap are the safety layers the echo lacks."
)
UNLIMITED = "1000000/minute"  # the limiter still counts every call; it must not refuse


def environment(app_url: str, target_url: str) -> dict[str, str]:
    skip = ("PGPILOT_", "DATABASE_", "TARGET_DATABASE_")
    keep = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    return keep | {
        "DATABASE_URL": app_url,
        "TARGET_DATABASE_URL": target_url,
        "LOG_LEVEL": "WARNING",
        "PGPILOT_MCP_RATE_LIMIT": UNLIMITED,
        "PGPILOT_SQL_RATE_LIMIT": UNLIMITED,
    }


def pgpilot(*args: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "pgpilot", *args], env=env, check=True, capture_output=True
    )


async def measure(env: dict[str, str]) -> dict[str, float]:
    ours = StdioServerParameters(
        command=sys.executable, args=["-m", "pgpilot", "mcp", "--user", USER], env=env
    )
    echo = StdioServerParameters(command=ECHO_COMMAND[0], args=ECHO_COMMAND[1:], env=env)
    async with Client(ours) as reader, Client(echo) as echoer:
        count = 0

        async def read() -> None:
            nonlocal count
            count += 1
            query = QUERY.format(1 + count % 800)
            result = await reader.call_tool("execute_select_query", {"query": query})
            assert not result.is_error, result.content

        async def call_echo() -> None:
            result = await echoer.call_tool("echo", {"text": QUERY.format(1 + count % 800)})
            assert not result.is_error, result.content

        calls: dict[str, Callable[[], Awaitable[None]]] = {"pgpilot": read, "echo": call_echo}
        runs: dict[str, list[float]] = {name: [] for name in calls}
        for number in range(ROUNDS + 1):  # round 0 warms up and is not counted
            samples: dict[str, list[float]] = {name: [] for name in calls}
            for i in range(WARMUP if number == 0 else CALLS):
                order = list(calls.items())
                for name, call in order[i % 2 :] + order[: i % 2]:
                    started = time.perf_counter()
                    await call()
                    samples[name].append(time.perf_counter() - started)
            if number > 0:
                for name, values in samples.items():
                    runs[name].append(statistics.median(values))
    return {name: statistics.median(values) * 1000 for name, values in runs.items()}


def main() -> int:
    external = os.environ.get("PGPILOT_BENCH_DATABASE_URL")
    where = "PGPILOT_BENCH_DATABASE_URL's server" if external else "the embedded PostgreSQL"
    report = Report("mcp_read", f"MCP execute_select_query vs the SDK's echo floor, on {where}")
    with bench_database() as app_url:
        report.server(app_url)
        target = f"{database_name(app_url)}_target"
        target_url = with_database(app_url, target)
        name = sql.Identifier(target)
        admin = with_database(app_url, "postgres")
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(name))
        try:
            migrate.upgrade(app_url)
            ensure_demo(target_url)
            env = environment(app_url, target_url)
            pgpilot("users", "create", USER, "--password", "x" * 12, env=env)
            pgpilot("users", "grant", USER, "--target", "default", env=env)
            figures = asyncio.run(measure(env))
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))
    ours, echo = figures["pgpilot"], figures["echo"]
    report.figure(
        "execute_select_query p50 / echo p50",
        ours / echo,
        "x",
        goal=GOAL,
        anchor=f"a bare `echo` tool on the same MCP SDK over stdio, {echo:.2f} ms",
        detail=f"execute_select_query of a point lookup {ours:.2f} ms",
        note="" if ours / echo <= GOAL else MISS_PROFILE,
    )
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
