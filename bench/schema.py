"""Schema intelligence speed: 1,000 tables x 20 columns, cold load and warm (cached) answer.

Run with `make bench`. Uses PGPILOT_BENCH_DATABASE_URL's server when set, else an embedded
PostgreSQL in a temporary directory. Redis is measured too when REDIS_URL is set.
"""

import asyncio
import os
import statistics
import time
import uuid

import psycopg
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database

from pgpilot.auth.actors import Actor
from pgpilot.sql import door
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets

OPERATOR = Actor.console("bench")  # every grant: the door adds no lookup
TABLES = 1000
COLUMNS = 20
WARM_ROUNDS = 2000


def create_tables(url: str) -> None:
    columns = ", ".join(f"c{i} {'text' if i % 2 else 'integer'}" for i in range(COLUMNS - 1))
    with psycopg.connect(url, autocommit=True) as conn:
        for t in range(TABLES):
            parent = f", parent_id integer REFERENCES t{t - 1} (id)" if t else ""
            conn.execute(f"CREATE TABLE t{t} (id integer PRIMARY KEY, {columns}{parent})")
            conn.execute(f"COMMENT ON TABLE t{t} IS 'table number {t}'")


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
    label = "redis + local" if redis else "memory"
    try:
        await targets.pool(targets.resolve(None))
        started = time.perf_counter()
        cold = await door.schema_context(ctx, OPERATOR, target=None)
        cold_s = time.perf_counter() - started
        assert cold["table_count"] == TABLES
        samples = []
        for _ in range(WARM_ROUNDS):
            started = time.perf_counter()
            await door.schema_context(ctx, OPERATOR, target=None, table_names=["t500"])
            samples.append(time.perf_counter() - started)
        warm_s = statistics.median(samples)
    finally:
        await targets.close()
        await cache.close()
    return {
        f"cold load, all tables ({label}) ms": cold_s * 1000,
        f"warm, one table ({label}) ms": warm_s * 1000,
        f"speed-up ({label}) x": cold_s / warm_s,
    }


def main() -> None:
    with bench_database() as url:
        print(f"creating {TABLES} tables x {COLUMNS} columns…", flush=True)
        create_tables(url)
        figures = asyncio.run(measure(url, None))
        if os.environ.get("REDIS_URL"):
            figures |= asyncio.run(measure(url, os.environ["REDIS_URL"]))
    for label, value in figures.items():
        print(f"{label:<42} {value:12.3f}")
    print(f"{'goals':<42} cold ≤ 1000 ms, warm ≤ 1 ms, speed-up ≥ 1000x")


if __name__ == "__main__":
    main()
