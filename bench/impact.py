"""Impact speed: dry run of a 10-row DELETE in a 1,000,000-row table, and an unbounded DELETE
of that table that must come back within the dry-run budget (falling back to the estimate).

Run with `make bench`. Uses PGPILOT_BENCH_DATABASE_URL's server when set, else an embedded
PostgreSQL in a temporary directory.
"""

import asyncio
import statistics
import time

import psycopg
from support.db import bench_database

from pgpilot.sql.classify import classify
from pgpilot.sql.execute import Limits
from pgpilot.sql.impact import analyze_impact
from pgpilot.sql.targets import Targets

ROWS = 1_000_000
BUDGET_MS = 2000
TIGHT_BUDGET_MS = 100  # shows the fallback: over budget, the estimate is returned
ROUNDS = 30
SETUP = f"""
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload text);
INSERT INTO events SELECT g, 'kind' || (g % 10), repeat('x', 40) FROM generate_series(1, {ROWS}) g;
ANALYZE events;
"""


async def measure(url: str) -> dict[str, float | str]:
    targets = Targets({"default": url})
    pool = await targets.pool(targets.resolve(None))
    limits = Limits()
    small = "DELETE FROM events WHERE id BETWEEN 500001 AND 500010"
    samples = []
    try:
        for _ in range(ROUNDS):
            started = time.perf_counter()
            impact = await analyze_impact(
                pool,
                small,
                verdict=classify(small),
                budget_ms=BUDGET_MS,
                critical_tables=[],
                limits=limits,
            )
            samples.append(time.perf_counter() - started)
            assert impact.method == "dry_run"
            assert impact.rows == 10
        unbounded = "DELETE FROM events"
        started = time.perf_counter()
        big = await analyze_impact(
            pool,
            unbounded,
            verdict=classify(unbounded),
            budget_ms=BUDGET_MS,
            critical_tables=[],
            limits=limits,
        )
        unbounded_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        tight = await analyze_impact(
            pool,
            unbounded,
            verdict=classify(unbounded),
            budget_ms=TIGHT_BUDGET_MS,
            critical_tables=[],
            limits=limits,
        )
        tight_ms = (time.perf_counter() - started) * 1000
    finally:
        await targets.close()
    return {
        "10-row DELETE, impact (median ms)": statistics.median(samples) * 1000,
        "10-row DELETE, impact (p95 ms)": sorted(samples)[int(len(samples) * 0.95) - 1] * 1000,
        "unbounded DELETE, wall ms": unbounded_ms,
        "unbounded DELETE, method": f"{big.method} ({big.rows} rows, {big.risk.name})",
        f"unbounded, {TIGHT_BUDGET_MS} ms budget, wall ms": tight_ms,
        f"unbounded, {TIGHT_BUDGET_MS} ms budget, method": f"{tight.method} ({tight.rows} rows)",
    }


def main() -> None:
    with bench_database() as url:
        print(f"loading {ROWS:,} rows…", flush=True)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(SETUP)
        figures = asyncio.run(measure(url))
    for label, value in figures.items():
        shown = f"{value:10.1f}" if isinstance(value, float) else value
        print(f"{label:<36} {shown}")
    print(f"{'goals':<36} dry run ≤ 20 ms; unbounded DELETE back within its budget")


if __name__ == "__main__":
    main()
