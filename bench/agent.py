"""SQL agent latency, offline: `pgpilot ask` questions through the graph vs the guard directly.

Run with `.venv/bin/python bench/agent.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. Prints p50/p95 of one
question answered by the graph (checkpoints in memory, then in PostgreSQL as in production),
p50/p95 of the same SQL run by the guard directly (`door.run`), and the graph's overhead.
Both act as the console's operator (no account lookup, every grant).
"""

import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database

from pgpilot.agent.sql_agent import SqlAgent
from pgpilot.auth.actors import Actor
from pgpilot.db.demo import ensure_demo
from pgpilot.llm.offline_sql import OfflineSqlModel, plan
from pgpilot.sql import door
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits
from pgpilot.sql.service import schema_of
from pgpilot.sql.targets import Targets

BENCH = Actor.console("bench")
ROUNDS = int(os.environ.get("PGPILOT_BENCH_ASKS", "300"))
QUESTIONS = (
    "how many customers",
    "show the 5 most expensive products",
    "count orders by status",
    "show customers where country is Spain order by name limit 10",
    "average price of products where category = kitchen",
    "how many orders where status is cancelled",
)


async def timed(call: Callable[[str], Awaitable[object]]) -> list[float]:
    """Milliseconds per question over ROUNDS questions (after a warm-up round)."""
    for question in QUESTIONS:
        await call(question)
    samples = []
    for i in range(ROUNDS):
        started = time.perf_counter()
        await call(QUESTIONS[i % len(QUESTIONS)])
        samples.append((time.perf_counter() - started) * 1000)
    return samples


async def measure(url: str) -> dict[str, list[float]]:
    app_db = AsyncConnectionPool(url, open=False, min_size=1, max_size=4)
    await app_db.open(wait=True)
    ctx = SqlContext(Targets({"default": url}), app_db, Limits(), WritePolicy(), SchemaCache())
    tables = list((await schema_of(ctx, ctx.targets.resolve(None))).values())
    planned = {question: plan(question, tables) for question in QUESTIONS}
    kwargs = {"autocommit": True, "prepare_threshold": None, "row_factory": dict_row}
    saves = AsyncConnectionPool(url, open=False, max_size=4, kwargs=kwargs)
    await saves.open(wait=True)
    durable = AsyncPostgresSaver(saves)  # type: ignore[arg-type]
    await durable.setup()
    figures: dict[str, list[float]] = {}
    try:
        for label, saver in (
            ("graph, memory checkpoints", InMemorySaver()),
            ("graph, postgres checkpoints", durable),
        ):
            agent = SqlAgent(OfflineSqlModel(), retries=2, prompt_tokens=4000, checkpointer=saver)

            async def ask(question: str, agent: SqlAgent = agent) -> object:
                return await agent.ask(ctx, BENCH, question=question, target=None)

            figures[label] = await timed(ask)

        async def direct(question: str) -> object:
            return await door.run(ctx, BENCH, sql=planned[question], target=None)

        figures["guard directly (door.run)"] = await timed(direct)
    finally:
        await ctx.targets.close()
        await saves.close()
        await app_db.close()
    return figures


def main() -> None:
    with bench_database() as url:
        ensure_demo(url)
        figures = asyncio.run(measure(url))
    direct = statistics.median(figures["guard directly (door.run)"])
    for label, samples in figures.items():
        p50 = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[18]
        extra = "" if "directly" in label else f"  overhead p50 {p50 - direct:6.2f} ms"
        print(f"{label:<30} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms{extra}")


if __name__ == "__main__":
    main()
