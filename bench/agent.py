"""SQL agent latency, offline: `pgpilot ask` questions through the graph vs the guard directly.

Run with `.venv/bin/python bench/agent.py` (or `make bench`). Uses PGPILOT_BENCH_DATABASE_URL's
server when set, else an embedded PostgreSQL in a temporary directory. In the same run, rounds
interleaved, it times one question answered by the graph (checkpoints in memory, then in
PostgreSQL as in production) and, as the anchor, the same SQL run by the guard directly
(`door.run`). All act as the console's operator (no account lookup, every grant).
Issue 18 sets no goal for the SQL agent: the figures are reported, not judged.
"""

import asyncio
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool
from support.db import bench_database
from support.report import Report

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
ASKS = int(os.environ.get("PGPILOT_BENCH_ASKS", "300"))
ROUNDS = 5
QUESTIONS = (
    "how many customers",
    "show the 5 most expensive products",
    "count orders by status",
    "show customers where country is Spain order by name limit 10",
    "average price of products where category = kitchen",
    "how many orders where status is cancelled",
)


async def timed(call: Callable[[str], Awaitable[object]], count: int) -> list[float]:
    """Milliseconds per question over `count` questions."""
    samples = []
    for i in range(count):
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
    calls: dict[str, Callable[[str], Awaitable[object]]] = {}
    for label, saver in (("memory", InMemorySaver()), ("postgres", durable)):
        agent = SqlAgent(OfflineSqlModel(), retries=2, prompt_tokens=4000, checkpointer=saver)

        async def ask(question: str, agent: SqlAgent = agent) -> object:
            return await agent.ask(ctx, BENCH, question=question, target=None)

        calls[label] = ask

    async def direct(question: str) -> object:
        return await door.run(ctx, BENCH, sql=planned[question], target=None)

    calls["direct"] = direct
    figures: dict[str, list[float]] = {label: [] for label in calls}
    try:
        for call in calls.values():  # a warm-up round
            await timed(call, len(QUESTIONS))
        for _ in range(ROUNDS):
            for label, call in calls.items():
                figures[label] += await timed(call, ASKS // ROUNDS)
    finally:
        await ctx.targets.close()
        await saves.close()
        await app_db.close()
    return figures


def main() -> int:
    report = Report("agent", "SQL agent questions through the LangGraph graph, offline planner")
    with bench_database() as url:
        report.server(url)
        ensure_demo(url)
        figures = asyncio.run(measure(url))
    direct = statistics.median(figures["direct"])
    anchor = f"the same SQL through the guard (door.run), p50 {direct:.2f} ms"
    for label, name in (("memory", "memory checkpoints"), ("postgres", "PostgreSQL checkpoints")):
        samples = figures[label]
        p50 = statistics.median(samples)
        report.figure(
            f"graph p50 / guard, {name}",
            p50 / direct,
            "x",
            anchor=anchor,
            detail=f"p50 {p50:.2f} ms, p95 {statistics.quantiles(samples, n=20)[18]:.2f} ms, "
            f"overhead {p50 - direct:.2f} ms over {len(samples)} questions",
        )
    report.note(f"{ASKS} questions per kind in {ROUNDS} interleaved rounds; no goal is set")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
