"""What the door (sql/door.py) builds on: the verdict with catalog facts, and schemas."""

import dataclasses
from typing import Any, Final

from psycopg import sql as pgsql

from pgpilot.errors import NotFound
from pgpilot.inputs import refuse_nul
from pgpilot.sql.cache import Loader
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import Limits, ReadResult, execute_read
from pgpilot.sql.guard import resolve_verdict
from pgpilot.sql.operations import Executed, Pending
from pgpilot.sql.probe import phrases, probed
from pgpilot.sql.ranking import SchemaIndex
from pgpilot.sql.schema import Described, Table, load_schema
from pgpilot.sql.targets import Target, Targets
from pgpilot.sql.values import Values, load_values
from pgpilot.sql.verdict import Verdict

SqlResult = ReadResult | Executed | Pending


async def verdict_for(targets: Targets, target: Target, sql: str) -> Verdict:
    """The guard's verdict, with unknown functions and hidden code looked up in the catalog."""
    return await resolve_verdict(targets, target, sql)


async def loader(ctx: SqlContext, target: Target) -> Loader:
    """What loads the target's tables when the schema cache has none."""
    pool = await ctx.targets.pool(target)

    async def load() -> dict[str, Table]:
        return await load_schema(pool)

    return load


async def schema_of(ctx: SqlContext, target: Target) -> dict[str, Table]:
    """Every table and view of a target, by schema.name, from the schema cache."""
    return await ctx.schemas.get(target.name, await loader(ctx, target))


async def described_of(ctx: SqlContext, target: Target) -> Described:
    """The JSON form of a target's tables, made once per load of its schema."""
    return await ctx.schemas.derived(
        target.name, await loader(ctx, target), "described", Described.of
    )


async def ranking_of(ctx: SqlContext, target: Target) -> SchemaIndex:
    """The stems of a target's tables for prompt pruning, made once per load of its schema."""
    return await ctx.schemas.derived(
        target.name, await loader(ctx, target), "ranking", lambda t: SchemaIndex(t.values())
    )


CATALOG_ROWS: Final = 1_000_000  # pg_stats has a row per column: thousands of tables, one read


async def values_of(ctx: SqlContext, target: Target) -> Values:
    """Values found in a target's text columns, cached and invalidated with its schema."""
    pool = await ctx.targets.pool(target)
    limits = dataclasses.replace(ctx.limits, max_rows=CATALOG_ROWS)

    async def read(tables: dict[str, Table]) -> Values:
        return await load_values(pool, tables, limits=limits, bounds=ctx.grounding)

    return await ctx.schemas.values(target.name, await loader(ctx, target), read)


async def question_values(
    ctx: SqlContext, target: Target, *, question: str, tables: list[str]
) -> Values:
    """The values a question may name: the cached ones, and names a probe finds in `tables`."""
    values = await values_of(ctx, target)
    if not phrases(question, values):
        return values  # most questions: no look-up, not even of the cached tables
    known = await schema_of(ctx, target)
    chosen = [known[name] for name in tables if name in known]
    pool = await ctx.targets.pool(target)
    limits = dataclasses.replace(ctx.limits, max_rows=CATALOG_ROWS)
    return await probed(pool, question, chosen, values, limits=limits, bounds=ctx.grounding)


MAX_SAMPLED_TABLES = 20
SAMPLE_ROWS = 20
SAMPLES_PER_COLUMN = 3


async def fetch_schema_context(
    ctx: SqlContext,
    *,
    target: Target,
    table_names: list[str] | None = None,
    include_samples: bool = False,
) -> dict[str, Any]:
    """Tables, columns, keys, indexes and comments of a target (cached), optionally samples."""
    refuse_nul(table_names=table_names)
    chosen = target
    known = await described_of(ctx, chosen)
    tables = known.select(table_names)
    if table_names and not tables:
        raise NotFound(
            f"no table named {', '.join(table_names)} in target {chosen.name!r}; "
            "call without table_names to list every table",
            error_code="TABLE_NOT_FOUND",
        )
    # The cached entries are shared by every caller: a copy of those given samples.
    described = [known.json[table.qualified] for table in tables]
    if include_samples:
        for index, table in enumerate(tables[:MAX_SAMPLED_TABLES]):
            described[index] = described[index] | {"samples": await _samples(ctx, chosen, table)}
    return {"target": chosen.name, "table_count": len(described), "tables": described}


async def _samples(ctx: SqlContext, target: Target, table: Table) -> dict[str, list[Any]]:
    """A few distinct non-null values per column, read under the guard's read path."""
    pool = await ctx.targets.pool(target)
    query = pgsql.SQL("SELECT * FROM {} LIMIT {}").format(
        pgsql.Identifier(table.schema, table.name), pgsql.Literal(SAMPLE_ROWS)
    )
    limits = Limits(
        max_rows=SAMPLE_ROWS,
        statement_timeout_ms=ctx.limits.statement_timeout_ms,
        lock_timeout_ms=ctx.limits.lock_timeout_ms,
        idle_timeout_ms=ctx.limits.idle_timeout_ms,
    )
    result = await execute_read(pool, query.as_string(), statement_type="SELECT", limits=limits)
    samples: dict[str, list[Any]] = {}
    for index, column in enumerate(result.columns):
        seen: list[Any] = []
        for row in result.rows:
            value = row[index]
            if value is not None and value not in seen:
                seen.append(value)
            if len(seen) == SAMPLES_PER_COLUMN:
                break
        samples[column] = seen
    return samples
