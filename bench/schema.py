"""Schema intelligence speed on 1,000 tables x 20 columns: cold load, warm answers, pruning.

Run with `.venv/bin/python bench/schema.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory; Redis is measured too
when REDIS_URL is set. In one run, rounds interleaved (medians of ROUNDS medians):
  - warm schema context of every table, through the door, against its anchor: serializing the
    same 1,000 tables anew (dataclasses.asdict), which every call paid before it was cached;
  - prompt pruning of a question with the index kept with the schema, against ranking.fit on
    the bare tables, which builds that index for the one question;
  - warm context of one table, against the cold load of all of them.
Goals: warm context of all tables ≤ 10 ms, pruning ≤ 5 ms a question, cold load ≤ 1,000 ms,
warm one table ≤ 1 ms and ≥ 1,000x faster than cold. Exit 1 when a goal is missed.
"""

import asyncio
import dataclasses
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

from psycopg_pool import AsyncConnectionPool
from support.db import bench_database
from support.report import Report
from support.tables import COLUMNS, TABLES
from support.tables import create_tables as create_tables  # bench/planner.py imports it here

from pgpilot.auth.actors import Actor
from pgpilot.llm.sql_prompt import render
from pgpilot.sql import door, service
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.ranking import fit
from pgpilot.sql.targets import Targets

OPERATOR = Actor.console("bench")  # every grant: the door adds no lookup
ROUNDS = 5
CALLS = {"all": 50, "asdict": 5, "prune": 50, "rebuild": 3, "one": 200}
PROMPT_TOKENS = 4000  # the default schema_prompt_tokens
QUESTIONS = (
    "how many rows does table number 500 have",
    "show c3 and c7 of t42 where parent id is 41",
    "list the payloads of t999",
    "which t17 rows have no c5",
)
GOALS = {"all": 10.0, "prune": 5.0, "cold": 1000.0, "one": 1.0, "speed-up": 1000.0}


async def median_of(call: Callable[[], Any], count: int) -> float:
    """Median milliseconds of `count` calls (awaited when they return an awaitable)."""
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        result = call()
        if asyncio.iscoroutine(result):
            await result
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


async def measure(url: str, redis_url: str | None) -> dict[str, float]:
    redis = None
    if redis_url:
        from redis.asyncio import Redis

        redis = Redis.from_url(redis_url)
    cache = SchemaCache(ttl_s=3600, redis=redis, prefix=f"pgpilot-bench:{uuid.uuid4().hex}:")
    targets = Targets({"default": url})
    ctx = SqlContext(
        targets=targets,
        app_db=AsyncConnectionPool(url, open=False),  # not used by schema reads
        limits=Limits(),
        policy=WritePolicy(),
        schemas=cache,
    )
    target = targets.resolve(None)
    try:
        await targets.pool(target)
        started = time.perf_counter()
        cold = await door.schema_context(ctx, OPERATOR, target=None)
        cold_ms = (time.perf_counter() - started) * 1000
        assert cold["table_count"] == TABLES
        tables = await service.schema_of(ctx, target)
        asked = iter(QUESTIONS * 10_000)

        async def prune() -> None:
            index = await service.ranking_of(ctx, target)
            index.fit(next(asked), budget_tokens=PROMPT_TOKENS, render=render)

        calls: dict[str, Callable[[], Any]] = {
            "all": lambda: door.schema_context(ctx, OPERATOR, target=None),
            "asdict": lambda: [dataclasses.asdict(t) for t in tables.values()],
            "prune": prune,
            "rebuild": lambda: fit(
                tables.values(), next(asked), budget_tokens=PROMPT_TOKENS, render=render
            ),
            "one": lambda: door.schema_context(ctx, OPERATOR, target=None, table_names=["t500"]),
        }
        for call in calls.values():  # warm up: caches made, code paths hot
            await median_of(call, 2)
        runs: dict[str, list[float]] = {name: [] for name in calls}
        for _ in range(ROUNDS):
            for name, call in calls.items():
                runs[name].append(await median_of(call, CALLS[name]))
    finally:
        await targets.close()
        await cache.close()
    return {name: statistics.median(values) for name, values in runs.items()} | {"cold": cold_ms}


def judge(report: Report, figures: dict[str, float], label: str) -> None:
    report.figure(
        f"warm schema context, all {TABLES:,} tables ({label})",
        figures["all"],
        "ms",
        goal=GOALS["all"],
        anchor=f"serializing the same tables anew with dataclasses.asdict, "
        f"{figures['asdict']:.1f} ms (what every call paid before)",
        detail=f"{figures['asdict'] / figures['all']:.0f}x less than the anchor",
    )
    report.figure(
        f"prompt pruning, one question ({label})",
        figures["prune"],
        "ms",
        goal=GOALS["prune"],
        anchor=f"ranking.fit over the tables, its index built for the one question, "
        f"{figures['rebuild']:.1f} ms",
        detail=f"{PROMPT_TOKENS} prompt tokens; {len(QUESTIONS)} questions in turn",
    )
    report.figure(f"cold load, all tables ({label})", figures["cold"], "ms", goal=GOALS["cold"])
    report.figure(
        f"warm schema context, one table ({label})",
        figures["one"],
        "ms",
        goal=GOALS["one"],
    )
    report.figure(
        f"warm one table vs cold load ({label})",
        figures["cold"] / figures["one"],
        "x",
        goal=GOALS["speed-up"],
        better="higher",
        anchor=f"the cold load, {figures['cold']:.0f} ms",
    )


def main() -> int:
    report = Report("schema", f"schema intelligence on {TABLES:,} tables x {COLUMNS} columns")
    with bench_database() as url:
        report.server(url)
        print(f"creating {TABLES} tables x {COLUMNS} columns…", flush=True)
        create_tables(url)
        judge(report, asyncio.run(measure(url, None)), "memory")
        if os.environ.get("REDIS_URL"):
            judge(report, asyncio.run(measure(url, os.environ["REDIS_URL"])), "redis + local")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
