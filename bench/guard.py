"""Guard speed: classify time, and a guarded point read against the same raw psycopg query.

Run with `make bench`. Uses PGPILOT_BENCH_DATABASE_URL's server when set, else an embedded
PostgreSQL in a temporary directory. Prints a table of medians.
"""

import asyncio
import statistics
import time
from collections.abc import Awaitable

import psycopg
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database

from pgpilot.auth.actors import Actor
from pgpilot.db.demo import ensure_demo
from pgpilot.sql import door
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.targets import Targets

SELECT_200 = (
    "SELECT o.id, o.status, o.total, c.name, c.email FROM orders o "
    "JOIN customers c ON c.id = o.customer_id WHERE o.status = 'paid' "
    "AND o.total > 100 AND c.country = 'France' ORDER BY o.total DESC LIMIT 20"
)
ROUNDS = 2000
OPERATOR = Actor.console("bench")  # every grant, no account lookup: the guard alone


def median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def bench_classify() -> dict[str, float]:
    # Uncached: a different literal each time, so the verdict cache never answers.
    texts = [SELECT_200.replace("100", str(100 + i)) for i in range(ROUNDS * 5)]
    uncached = []
    for text in texts:
        started = time.perf_counter()
        classify(text)
        uncached.append(time.perf_counter() - started)
    cached = []
    for _ in range(ROUNDS * 5):
        started = time.perf_counter()
        classify(SELECT_200)
        cached.append(time.perf_counter() - started)
    return {
        "classify 200-char SELECT, uncached": median_us(uncached),
        "classify 200-char SELECT, cached": median_us(cached),
    }


async def bench_reads(url: str) -> dict[str, float]:
    targets = Targets({"default": url})
    unused_app_db = AsyncConnectionPool(url, open=False)  # reads never touch the app database
    ctx = SqlContext(
        targets=targets,
        app_db=unused_app_db,
        limits=Limits(),
        policy=WritePolicy(),
        schemas=SchemaCache(),
    )
    raw = await psycopg.AsyncConnection.connect(url, autocommit=True)
    bare = await psycopg.AsyncConnection.connect(url, autocommit=True, prepare_threshold=None)
    samples: dict[str, list[float]] = {label: [] for label in READS}
    try:
        for i in range(ROUNDS + 100):
            sql = f"SELECT * FROM customers WHERE id = {1 + i % 800}"
            timed = {
                "point read, pgpilot guarded": time_it(
                    door.run(ctx, OPERATOR, sql=sql, target=None)
                ),
                "point read, raw psycopg": time_it(plain_read(raw, sql)),
                "issue's pipeline on a bare connection": time_it(pipelined_read(bare, sql)),
            }
            # Each read takes each place in the round equally often: a read that follows
            # another connection's work runs on colder caches.
            order = list(timed.items())
            for label, measured in order[i % 3 :] + order[: i % 3]:
                elapsed = await measured
                if i >= 100:  # warm-up rounds are not counted
                    samples[label].append(elapsed)
    finally:
        await raw.close()
        await bare.close()
        await targets.close()
    return {label: median_us(values) for label, values in samples.items()}


READS = (
    "point read, pgpilot guarded",
    "point read, raw psycopg",
    "issue's pipeline on a bare connection",
)


async def time_it(work: Awaitable[object]) -> float:
    started = time.perf_counter()
    await work
    return time.perf_counter() - started


async def plain_read(conn: psycopg.AsyncConnection, sql: str) -> None:
    await (await conn.execute(sql)).fetchall()


async def pipelined_read(conn: psycopg.AsyncConnection, sql: str) -> None:
    """What the issue suggests, with no cursor, reset, pool or JSON: a floor for the ratio."""
    async with conn.pipeline():
        await conn.execute("BEGIN READ ONLY")
        result = await conn.execute(sql)
        await conn.execute("ROLLBACK")
    await result.fetchall()


def main() -> None:
    figures = bench_classify()
    with bench_database() as url:
        ensure_demo(url)
        figures |= asyncio.run(bench_reads(url))
    raw = figures["point read, raw psycopg"]
    ratio = figures["point read, pgpilot guarded"] / raw
    floor = figures["issue's pipeline on a bare connection"] / raw
    print(f"{'measure':<36} {'median':>12}")
    for label, value in figures.items():
        print(f"{label:<36} {value:>9.1f} µs")
    print(f"{'guarded / raw':<36} {ratio:>11.2f}x   (goal ≤ 1.5x)")
    print(f"{'issue pipeline / raw':<36} {floor:>11.2f}x")
    print(f"{'classify goal (uncached)':<32} {'≤ 50 µs':>12}")


if __name__ == "__main__":
    main()
