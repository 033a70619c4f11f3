"""Offline planning speed on a large target: the demo shop beside 1,000 more tables.

Run with `.venv/bin/python bench/planner.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. Prints the cold load of
the values found in the data (grounding: pg_stats, enum labels, capped samples), and p50/p95 of
one plain question planned offline as the SQL agent does it: rank the schema into the prompt,
read the prompt back, plan with the cached values (goal: p95 ≤ 20 ms). Ranking the schema
into the prompt happens for every model, offline or not, and is shown apart.
"""

import asyncio
import os
import statistics
import time

from schema import create_tables
from support.db import bench_database

from pgpilot.db.demo import ensure_demo
from pgpilot.llm.offline_sql import plan
from pgpilot.llm.sql_prompt import read_tables, render, system_prompt
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.ranking import fit
from pgpilot.sql.service import schema_of, values_of
from pgpilot.sql.targets import Targets

ROUNDS = int(os.environ.get("PGPILOT_BENCH_PLANS", "500"))
GOAL_MS = 20.0
QUESTIONS = (
    "how many orders were cancelled?",
    "which customers live in Spain?",
    "average order total",
    "total amount paid by paypal",
    "show products with less than 5 in stock",
    "cheapest product in the kitchen category",
    "customers signed up in 2024",
    "top 5 customers by number of orders",
    "which country has the most customers?",
    "customers who bought a Wireless Bicycle",
    "number of orders per product category",
)


async def measure(url: str) -> dict[str, object]:
    targets = Targets({"default": url})
    ctx = SqlContext(targets, None, Limits(), WritePolicy(), SchemaCache())  # type: ignore[arg-type]
    target = targets.resolve(None)
    try:
        started = time.perf_counter()
        tables = await schema_of(ctx, target)
        schema_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        values = await values_of(ctx, target)
        grounding_ms = (time.perf_counter() - started) * 1000
        samples, ranking = [], []
        answered = 0
        for i in range(ROUNDS):
            question = QUESTIONS[i % len(QUESTIONS)]
            started = time.perf_counter()
            ranked = fit(tables.values(), question, budget_tokens=4000, render=render)
            prompt = system_prompt(ranked.chosen)
            ranked_at = time.perf_counter()
            sql = plan(question, read_tables(prompt), values)
            samples.append((time.perf_counter() - ranked_at) * 1000)
            ranking.append((ranked_at - started) * 1000)
            answered += i < len(QUESTIONS) and not sql.startswith("CANNOT")
    finally:
        await targets.close()
    return {
        "tables": len(tables),
        "values": len(values.by_key),
        "schema_ms": schema_ms,
        "grounding_ms": grounding_ms,
        "samples": samples,
        "ranking": ranking,
        "answered": answered,
    }


def main() -> None:
    with bench_database() as url:
        ensure_demo(url)
        create_tables(url)
        figures = asyncio.run(measure(url))
    samples = figures["samples"]
    assert isinstance(samples, list)
    p50, p95 = statistics.median(samples), statistics.quantiles(samples, n=20)[18]
    print(f"target: {figures['tables']} tables, {figures['values']} known values")
    print(f"schema load (cold)      {figures['schema_ms']:8.1f} ms")
    print(f"grounding load (cold)   {figures['grounding_ms']:8.1f} ms")
    print(
        f"offline plan            p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  (goal p95 ≤ {GOAL_MS} ms)"
    )
    ranking = figures["ranking"]
    assert isinstance(ranking, list)
    r50, r95 = statistics.median(ranking), statistics.quantiles(ranking, n=20)[18]
    print(f"schema ranking + prompt p50 {r50:6.2f} ms  p95 {r95:6.2f} ms  (before the planner)")
    print(f"questions answered      {figures['answered']} of {len(QUESTIONS)}")


if __name__ == "__main__":
    main()
