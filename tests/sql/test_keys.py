"""Unique keys from the target's catalog, and the door sending a point read with its reset."""

import pytest

from pgpilot.sql import door
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import ReadResult
from pgpilot.sql.verdict import Lookup
from tests.actors import OPERATOR

SCHEMA = """
CREATE TABLE plain (id int PRIMARY KEY, code text, region text, n int, UNIQUE (region, n));
CREATE UNIQUE INDEX plain_code ON plain (code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX plain_lower ON plain (lower(region));
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child () INHERITS (parent);
INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1);
CREATE SCHEMA elsewhere;
CREATE TABLE elsewhere.plain (id int PRIMARY KEY, other int UNIQUE);
CREATE TABLE part (id int PRIMARY KEY) PARTITION BY RANGE (id);
CREATE TABLE part_low PARTITION OF part FOR VALUES FROM (0) TO (100);
CREATE TABLE covered (id int, extra int, UNIQUE (id) INCLUDE (extra));
"""


@pytest.mark.parametrize(
    ("table", "columns", "covered"),
    [
        pytest.param("plain", {"id"}, True, id="primary-key"),
        pytest.param("public.plain", {"id", "code"}, True, id="qualified-and-more"),
        pytest.param("plain", {"region", "n"}, True, id="composite"),
        pytest.param("plain", {"region"}, False, id="part-of-a-key"),
        pytest.param("plain", {"code"}, False, id="partial-index"),
        pytest.param("parent", {"id"}, False, id="inheritance-children"),
        pytest.param("elsewhere.plain", {"other"}, True, id="other-schema"),
        pytest.param("plain", {"other"}, False, id="off-the-search-path"),
        pytest.param("part", {"id"}, True, id="partitioned"),
        pytest.param("part_low", {"id"}, True, id="partition"),
        pytest.param("covered", {"id"}, True, id="with-include"),
        pytest.param("covered", {"extra"}, False, id="included-column"),
        pytest.param("no_such_table", {"id"}, False, id="unknown"),
    ],
)
async def test_unique_keys_of_the_catalog(
    ctx: SqlContext, table: str, columns: set[str], covered: bool
) -> None:
    target = ctx.targets.resolve(None)
    keys = await ctx.targets.keys.keys(target.name, await ctx.targets.pool(target))
    assert keys.covers(Lookup(table, frozenset(columns))) is covered


@pytest.mark.parametrize(
    ("sql", "rows", "pooled_at_once"),
    [
        pytest.param("SELECT id, code FROM plain WHERE id = 1", 0, True, id="key"),
        pytest.param("SELECT count(*) FROM plain", 1, True, id="aggregate"),
        pytest.param("SELECT id FROM parent WHERE id = 1", 2, False, id="not-a-key"),
        pytest.param("SELECT id FROM plain WHERE code = 'x'", 0, False, id="partial-key"),
    ],
)
async def test_the_door_sends_a_point_read_with_its_reset(
    ctx: SqlContext, sql: str, rows: int, pooled_at_once: bool
) -> None:
    """A read known to be small returns its connection before the call does; others reset after."""
    pool = await ctx.targets.pool(ctx.targets.resolve(None))
    await pool.wait()
    await door.run(ctx, OPERATOR, sql="SELECT 1", target=None)  # the catalog is loaded
    await ctx.targets.resets.wait()
    held = [await pool.getconn() for _ in range(pool.max_size - 1)]
    try:
        result = await door.run(ctx, OPERATOR, sql=sql, target=None)
        available = pool.get_stats()["pool_available"]
        await ctx.targets.resets.wait()
    finally:
        for conn in held:
            await pool.putconn(conn)
    assert isinstance(result, ReadResult)
    assert result.row_count == rows
    assert available == (1 if pooled_at_once else 0)
