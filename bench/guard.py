"""Guard speed: classify time, and a guarded point read against the same raw psycopg query.

Run with `make bench`. Uses PGPILOT_BENCH_DATABASE_URL's server when set, else an embedded
PostgreSQL in a temporary directory. Prints a table of medians.
"""

import asyncio
import statistics
import time

import psycopg
from benchdb import bench_database
from psycopg_pool import AsyncConnectionPool

from pgpilot.db.demo import ensure_demo
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.classify import classify
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.service import run_sql
from pgpilot.sql.targets import Targets

SELECT_200 = (
    "SELECT o.id, o.status, o.total, c.name, c.email FROM orders o "
    "JOIN customers c ON c.id = o.customer_id WHERE o.status = 'paid' "
    "AND o.total > 100 AND c.country = 'France' ORDER BY o.total DESC LIMIT 20"
)
ROUNDS = 2000


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
    guarded_samples, raw_samples = [], []
    try:
        for i in range(ROUNDS + 100):
            sql = f"SELECT * FROM customers WHERE id = {1 + i % 800}"
            started = time.perf_counter()
            await run_sql(ctx, sql=sql, target=None, requester="bench")
            guarded = time.perf_counter() - started
            started = time.perf_counter()
            await (await raw.execute(sql)).fetchall()
            plain = time.perf_counter() - started
            if i >= 100:  # warm-up rounds are not counted
                guarded_samples.append(guarded)
                raw_samples.append(plain)
    finally:
        await raw.close()
        await targets.close()
    return {
        "point read, raw psycopg": median_us(raw_samples),
        "point read, pgpilot guarded": median_us(guarded_samples),
    }


def main() -> None:
    figures = bench_classify()
    with bench_database() as url:
        ensure_demo(url)
        figures |= asyncio.run(bench_reads(url))
    ratio = figures["point read, pgpilot guarded"] / figures["point read, raw psycopg"]
    print(f"{'measure':<36} {'median':>12}")
    for label, value in figures.items():
        print(f"{label:<36} {value:>9.1f} µs")
    print(f"{'guarded / raw':<36} {ratio:>11.2f}x   (goal ≤ 1.5x)")
    print(f"{'classify goal (uncached)':<32} {'≤ 50 µs':>12}")


if __name__ == "__main__":
    main()
