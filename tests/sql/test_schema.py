"""Schema intelligence on real schemas: the demo shop, Pagila, and the caches."""

import dataclasses
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from redis.asyncio import Redis

from pgpilot.approvals import tickets
from pgpilot.auth.actors import Actor
from pgpilot.db.embedded import EmbeddedPostgres
from pgpilot.errors import PgpilotError
from pgpilot.sql import door
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext
from pgpilot.sql.operations import Pending, execute_approved
from pgpilot.sql.schema import Described, Table, load_schema
from pgpilot.sql.targets import Targets
from pgpilot.sql.values import Values, index
from tests.sql.conftest import sql_context

PAGILA = Path(__file__).resolve().parents[3] / "shared" / "data" / "pagila" / "pagila-schema.sql"
REDIS_URL = "redis://127.0.0.1:6379/0"
DOWN_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1


async def test_demo_schema_is_described(demo_ctx: SqlContext, agent: Actor) -> None:
    context = await door.schema_context(demo_ctx, agent, target=None, table_names=["orders"])
    assert context["table_count"] == 1
    orders = context["tables"][0]
    assert orders["kind"] == "table"
    assert "checkout" in orders["comment"]
    assert orders["primary_key"] == ["id"]
    assert orders["row_estimate"] == 2500
    (fk,) = orders["foreign_keys"]
    assert fk["references"] == "public.customers"
    assert fk["on_delete"] == "CASCADE"
    total = next(c for c in orders["columns"] if c["name"] == "total")
    assert total["type"] == "numeric(12,2)"
    assert "EUR" in total["comment"]
    assert {index["name"] for index in orders["indexes"]} >= {"orders_pkey", "orders_status_idx"}
    ids = next(c for c in orders["columns"] if c["name"] == "id")
    assert ids["default"] == "GENERATED ALWAYS AS IDENTITY"


async def test_views_and_every_table_are_listed(demo_ctx: SqlContext, agent: Actor) -> None:
    context = await door.schema_context(demo_ctx, agent, target=None)
    kinds = {table["name"]: table["kind"] for table in context["tables"]}
    assert kinds["customer_order_summary"] == "view"
    assert set(kinds) >= {"customers", "products", "orders", "order_items", "payments"}


async def test_samples_are_real_values(demo_ctx: SqlContext, agent: Actor) -> None:
    context = await door.schema_context(
        demo_ctx, agent, target=None, table_names=["PRODUCTS"], include_samples=True
    )
    samples = context["tables"][0]["samples"]
    assert len(samples["category"]) == 3
    assert all(isinstance(value, str) for value in samples["sku"])


async def test_samples_stay_out_of_the_cached_schema(demo_ctx: SqlContext, agent: Actor) -> None:
    await door.schema_context(
        demo_ctx, agent, target=None, table_names=["products"], include_samples=True
    )
    again = await door.schema_context(demo_ctx, agent, target=None, table_names=["products"])
    assert "samples" not in again["tables"][0]


async def test_the_json_form_is_every_field(demo_ctx: SqlContext, agent: Actor) -> None:
    _, tables = await door.schema(demo_ctx, agent, None)
    assert any(t.foreign_keys and t.indexes and t.comment for t in tables.values())
    for table in tables.values():
        assert table.to_dict() == dataclasses.asdict(table)


async def test_unknown_table_says_what_to_do(demo_ctx: SqlContext, agent: Actor) -> None:
    with pytest.raises(PgpilotError) as caught:
        await door.schema_context(demo_ctx, agent, target=None, table_names=["nope"])
    assert caught.value.error_code == "TABLE_NOT_FOUND"
    assert "without table_names" in caught.value.message


@pytest.mark.parametrize(
    "redis_url",
    [
        pytest.param(None, id="memory"),
        pytest.param(REDIS_URL, id="redis"),
        pytest.param(DOWN_REDIS_URL, id="redis-down"),
    ],
)
async def test_ddl_through_pgpilot_clears_the_cache(
    app_db_url: str, demo_url: str, agent: Actor, approver: Actor, redis_url: str | None
) -> None:
    # With Redis down, invalidation used to raise after the DDL committed: the ticket stayed
    # APPROVED and the DDL could run twice.
    redis = None if redis_url is None else Redis.from_url(redis_url, socket_connect_timeout=1)
    prefix = f"pgpilot-test:{uuid.uuid4().hex}:"
    schemas = SchemaCache(ttl_s=60, redis=redis, prefix=prefix)
    async with sql_context(app_db_url, demo_url, schemas=schemas) as ctx:
        before = await door.schema_context(ctx, agent, target=None)
        pending = await door.run(
            ctx, agent, sql="CREATE TABLE fresh (id int PRIMARY KEY)", target=None
        )
        assert isinstance(pending, Pending)
        await tickets.decide(
            ctx.app_db,
            pending.ticket.id,
            approve=True,
            approver=approver,
            comment=None,
            four_eyes=False,
        )
        await execute_approved(ctx, pending.ticket.id, actor=agent)
        assert (await tickets.get_ticket(ctx.app_db, pending.ticket.id)).status == "EXECUTED"
        with pytest.raises(PgpilotError) as again:
            await execute_approved(ctx, pending.ticket.id, actor=agent)
        assert again.value.error_code == "ALREADY_EXECUTED"
        after = await door.schema_context(ctx, agent, target=None)
    assert after["table_count"] == before["table_count"] + 1


@pytest.fixture(scope="module")
def pagila_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Pagila loaded into an embedded PostgreSQL 18 (the schema file needs 18)."""
    with EmbeddedPostgres(tmp_path_factory.mktemp("pagila")) as server:
        url = server.ensure_database("pagila")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(PAGILA.read_text())
        yield url


@pytest.mark.skipif(not PAGILA.exists(), reason="../shared is not beside this checkout")
async def test_pagila_loads(pagila_url: str) -> None:
    registry = Targets({"default": pagila_url})
    try:
        tables = await load_schema(await registry.pool(registry.resolve(None)))
    finally:
        await registry.close()
    assert "public.film" in tables
    assert "public.payment" in tables
    assert tables["public.payment"].kind == "partitioned table"
    assert not any("payment_p20" in name for name in tables), "partitions fold into parents"
    film = tables["public.film"]
    assert film.primary_key == ["film_id"]
    assert any(fk.references == "public.language" for fk in film.foreign_keys)
    assert sum(1 for t in tables.values() if t.kind == "view") >= 7


@pytest.mark.parametrize("shared", [False, True], ids=["memory", "redis"])
async def test_cache_serves_until_invalidated(shared: bool) -> None:
    redis = Redis.from_url(REDIS_URL) if shared else None
    prefix = f"pgpilot-test:{uuid.uuid4().hex}:"
    cache = SchemaCache(ttl_s=60, redis=redis, prefix=prefix)
    other = (
        SchemaCache(ttl_s=60, redis=Redis.from_url(REDIS_URL), prefix=prefix) if shared else None
    )
    loads = 0

    async def load() -> dict[str, Table]:
        nonlocal loads
        loads += 1
        return {f"public.t{loads}": Table("public", f"t{loads}", "table", None, 0)}

    try:
        first = await cache.get("shop", load)
        assert await cache.get("shop", load) is first
        assert loads == 1
        if other is not None:
            assert set(await other.get("shop", load)) == set(first), "another worker shares it"
            assert loads == 1
        await cache.invalidate("shop")
        assert set(await cache.get("shop", load)) == {"public.t2"}
        if other is not None:
            assert set(await other.get("shop", load)) == {"public.t2"}, "invalidation is shared"
    finally:
        await cache.close()
        if other is not None:
            await other.close()


async def test_what_is_derived_is_made_once_per_load() -> None:
    cache = SchemaCache(ttl_s=60)
    made: list[dict[str, Table]] = []

    async def load() -> dict[str, Table]:
        return {"public.t": Table("public", "t", "table", None, 0)}

    def make(tables: dict[str, Table]) -> int:
        made.append(tables)
        return len(made)

    assert await cache.derived("shop", load, "count", make) == 1
    assert await cache.derived("shop", load, "count", make) == 1
    assert await cache.derived("shop", load, "other", make) == 2, "kinds are kept apart"
    await cache.invalidate("shop")
    assert await cache.derived("shop", load, "count", make) == 3
    assert made[2] is not made[0], "made again from the tables loaded anew"


async def test_values_are_shared_through_redis_and_read_again_after_invalidation() -> None:
    prefix = f"pgpilot-test:{uuid.uuid4().hex}:"
    one = SchemaCache(ttl_s=60, redis=Redis.from_url(REDIS_URL), prefix=prefix)
    two = SchemaCache(ttl_s=60, redis=Redis.from_url(REDIS_URL), prefix=prefix)
    reads = 0

    async def load() -> dict[str, Table]:
        return {"public.orders": Table("public", "orders", "table", None, 0)}

    async def read(_tables: dict[str, Table]) -> Values:
        nonlocal reads
        reads += 1
        return index({("public.orders", "status"): ["cancelled", f"read {reads}"]})

    try:
        assert [h.column for h in (await one.values("shop", load, read)).find("Cancelled")] == [
            "status"
        ]
        shared = await two.values("shop", load, read)
        assert reads == 1, "the second worker reads the first one's values from Redis"
        assert shared.find("read 1")
        assert shared.find("cancelled")
        await two.invalidate("shop")
        assert (await one.values("shop", load, read)).find("read 2"), "invalidation is shared"
        assert reads == 2
    finally:
        await one.close()
        await two.close()


async def test_cache_expires() -> None:
    cache = SchemaCache(ttl_s=0.0)
    calls = 0

    async def load() -> dict[str, Table]:
        nonlocal calls
        calls += 1
        return {}

    await cache.get("x", load)
    await cache.get("x", load)
    assert calls == 2


async def test_cache_without_redis_serves_from_memory(caplog: pytest.LogCaptureFixture) -> None:
    cache = SchemaCache(ttl_s=60, redis=Redis.from_url(DOWN_REDIS_URL, socket_connect_timeout=1))
    loads = 0

    async def load() -> dict[str, Table]:
        nonlocal loads
        loads += 1
        return {f"public.t{loads}": Table("public", f"t{loads}", "table", None, 0)}

    try:
        with caplog.at_level(logging.WARNING, logger="pgpilot.sql.cache"):
            first = await cache.get("shop", load)
            assert await cache.get("shop", load) is first, "kept in memory"
            await cache.invalidate("shop")  # after DDL: must not raise
            assert set(await cache.get("shop", load)) == {"public.t2"}
    finally:
        await cache.close()
    assert loads == 2
    outage = [r for r in caplog.records if "Redis unavailable" in r.getMessage()]
    assert len(outage) == 1, "one line per outage, not one per call"
    assert any("other workers keep their copy" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("names", "found"),
    [
        pytest.param(["t"], ["a.t", "b.t"], id="bare-name-in-two-schemas"),
        pytest.param([" B.T "], ["b.t"], id="qualified-any-case"),
        pytest.param(["b.t", "T", "u"], ["a.t", "b.t", "b.u"], id="each-once-in-order"),
        pytest.param(["a.u", "v"], [], id="none"),
        pytest.param(None, ["a.t", "b.t", "b.u"], id="all"),
    ],
)
def test_described_selects_tables_by_name(names: list[str] | None, found: list[str]) -> None:
    tables = [Table(s, n, "table", None, None) for s, n in [("b", "u"), ("b", "t"), ("a", "t")]]
    described = Described.of({t.qualified: t for t in tables})
    assert [t.qualified for t in described.select(names)] == found
