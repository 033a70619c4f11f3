"""The SQL door: the guard in front of everything, grants and owners; unknown functions
resolved by the catalog."""

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.actors import Actor
from pgpilot.errors import PgpilotError
from pgpilot.sql import door
from pgpilot.sql.cache import SchemaCache
from pgpilot.sql.context import SqlContext, WritePolicy
from pgpilot.sql.execute import Limits, ReadResult
from pgpilot.sql.operations import Executed, Pending
from pgpilot.sql.service import SqlResult
from pgpilot.sql.targets import Targets
from tests.actors import OPERATOR, grant, user_actor
from tests.appdb import make_user
from tests.sql.conftest import sql_context


async def run(ctx: SqlContext, agent: Actor, sql: str, target: str | None = None) -> SqlResult:
    return await door.run(ctx, agent, sql=sql, target=target)


async def test_read_of_the_demo(demo_ctx: SqlContext, agent: Actor) -> None:
    result = await run(demo_ctx, agent, "SELECT count(*) AS n FROM orders")
    assert isinstance(result, ReadResult)
    assert result.rows == [[2500]]


@pytest.mark.parametrize(
    ("sql", "error_code"),
    [
        pytest.param("SELECT 1; DROP TABLE orders", "FORBIDDEN_SQL", id="stacked"),
        pytest.param("SELECT pg_read_file('/etc/passwd')", "FORBIDDEN_SQL", id="file"),
        pytest.param("COPY orders TO STDOUT", "FORBIDDEN_SQL", id="copy"),
        pytest.param("SELECT * FROM no_such_table", "QUERY_ERROR", id="db-error"),
        pytest.param("SELECT no_such_function(1)", "QUERY_ERROR", id="missing-fn"),
        pytest.param("DELETE FROM no_such_table", "QUERY_ERROR", id="write-db-error"),
    ],
)
async def test_refusals(demo_ctx: SqlContext, agent: Actor, sql: str, error_code: str) -> None:
    with pytest.raises(PgpilotError) as caught:
        await run(demo_ctx, agent, sql)
    assert caught.value.error_code == error_code
    assert caught.value.message


async def test_stable_function_from_the_catalog_is_a_read(
    app_db_url: str, demo_url: str, reader_url: str, agent: Actor
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION order_total(o integer) RETURNS numeric STABLE LANGUAGE sql "
            "AS 'SELECT total FROM orders WHERE id = o'"
        )
    async with sql_context(app_db_url, reader_url) as ctx:
        result = await run(ctx, agent, "SELECT order_total(1) AS t")
    assert isinstance(result, ReadResult)
    assert result.columns == ["t"]


async def test_stable_user_function_is_not_a_read_on_a_superuser_target(
    demo_ctx: SqlContext, agent: Actor, demo_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION order_total(o integer) RETURNS numeric STABLE LANGUAGE sql "
            "AS 'SELECT total FROM orders WHERE id = o'"
        )
    verdict, _ = await door.analyze(demo_ctx, agent, sql="SELECT order_total(1) AS t")
    assert verdict.kind == "write"
    assert verdict.unknown_functions == ("order_total",)


@pytest.mark.parametrize(
    "definition",
    [
        pytest.param("twin(int) RETURNS int VOLATILE LANGUAGE sql AS 'SELECT 1'", id="volatile"),
        pytest.param(
            "twin(int) RETURNS int STABLE SECURITY DEFINER LANGUAGE sql AS 'SELECT 1'",
            id="security-definer",
        ),
    ],
)
async def test_unsafe_functions_are_not_reads(
    demo_ctx: SqlContext, agent: Actor, demo_url: str, definition: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(f"CREATE FUNCTION {definition}")
        conn.execute("CREATE FUNCTION twin(text) RETURNS int STABLE LANGUAGE sql AS 'SELECT 2'")
    verdict, impact = await door.analyze(demo_ctx, agent, sql="SELECT twin(1)", target=None)
    assert verdict.kind == "write"
    assert impact is not None
    assert impact.method == "estimate", "unknown volatile code is never dry-run"
    result = await run(demo_ctx, agent, "SELECT twin(1)")
    assert isinstance(result, Pending), "it cannot run as a read, nor without a human"


async def test_low_risk_write_runs_at_once(
    demo_ctx: SqlContext, agent: Actor, demo_url: str
) -> None:
    result = await run(demo_ctx, agent, "UPDATE products SET stock = stock + 1 WHERE id = 1")
    assert isinstance(result, Executed)
    assert result.rows_affected == 1
    assert result.undoable


@pytest.mark.parametrize(
    ("target", "error_code"),
    [
        pytest.param("nope", "TARGET_NOT_FOUND", id="unknown-name"),
        pytest.param("postgresql://postgres@127.0.0.1/x", "VALIDATION_ERROR", id="url-from-agent"),
    ],
)
async def test_target_errors(
    demo_ctx: SqlContext, agent: Actor, target: str, error_code: str
) -> None:
    with pytest.raises(PgpilotError) as caught:
        await run(demo_ctx, agent, "SELECT 1", target)
    assert caught.value.error_code == error_code


async def test_no_grant_no_door(demo_ctx: SqlContext, pool: AsyncConnectionPool) -> None:
    stranger = await user_actor(pool, await make_user(pool))
    for call in (
        door.run(demo_ctx, stranger, sql="SELECT 1", target=None),
        door.explain(demo_ctx, stranger, sql="SELECT 1", target=None),
        door.schema(demo_ctx, stranger, None),
        door.schema_context(demo_ctx, stranger, target=None),
    ):
        with pytest.raises(PgpilotError) as caught:
            await call
        assert caught.value.error_code == "NO_TARGET_ACCESS"
        assert f"pgpilot users grant {stranger.name} --target default" in caught.value.message


async def test_a_read_grant_reads_and_never_writes(
    demo_ctx: SqlContext, demo_url: str, pool: AsyncConnectionPool
) -> None:
    reader = await grant(pool, await make_user(pool), access="read")
    result = await door.run(demo_ctx, reader, sql="SELECT count(*) FROM orders", target=None)
    assert isinstance(result, ReadResult)
    for call in (
        door.run(demo_ctx, reader, sql="DELETE FROM orders WHERE id = 1", target=None),
        door.analyze(demo_ctx, reader, sql="DELETE FROM orders WHERE id = 1"),
        door.submit(demo_ctx, reader, sql="DELETE FROM orders WHERE id = 1", force_approval=True),
    ):
        with pytest.raises(PgpilotError) as caught:
            await call
        assert caught.value.error_code == "READ_ONLY_ACCESS"
        assert "--write" in caught.value.message
    with psycopg.connect(demo_url) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (2500,)


async def test_a_grant_is_for_one_target(
    app_db_url: str, demo_url: str, pool: AsyncConnectionPool
) -> None:
    agent = await grant(pool, await make_user(pool), target="other")
    app_db = AsyncConnectionPool(app_db_url, open=False, min_size=1, max_size=2)
    await app_db.open(wait=True)
    targets = Targets({"default": demo_url, "other": demo_url})
    ctx = SqlContext(
        targets=targets, app_db=app_db, limits=Limits(), policy=WritePolicy(), schemas=SchemaCache()
    )
    try:
        result = await door.run(ctx, agent, sql="SELECT 1 AS one", target="other")
        assert isinstance(result, ReadResult)
        with pytest.raises(PgpilotError) as caught:
            await door.run(ctx, agent, sql="SELECT 1 AS one", target=None)
        assert caught.value.error_code == "NO_TARGET_ACCESS"
    finally:
        await targets.close()
        await app_db.close()


async def test_tickets_and_operations_have_owners(
    demo_ctx: SqlContext, agent: Actor, approver: Actor, pool: AsyncConnectionPool
) -> None:
    other = await grant(pool, await make_user(pool))
    admin_id = await make_user(pool)
    async with pool.connection() as conn:
        await conn.execute("UPDATE users SET is_admin = true WHERE id = %s", (admin_id,))
    admin = await user_actor(pool, admin_id)

    pending = await door.submit(
        demo_ctx, agent, sql="UPDATE products SET stock = 0 WHERE id = 2", force_approval=True
    )
    assert isinstance(pending, Pending)
    ticket_id = pending.ticket.id
    assert (pending.ticket.requester, pending.ticket.requester_id) == (agent.name, agent.id)
    for who in (agent, approver, admin, OPERATOR):
        assert (await door.ticket(demo_ctx, who, ticket_id)).id == ticket_id
    with pytest.raises(PgpilotError) as caught:
        await door.ticket(demo_ctx, other, ticket_id)
    assert caught.value.error_code == "TICKET_NOT_FOUND", "another user never sees it"

    decided = await door.decide(demo_ctx, approver, ticket_id, approve=True, comment="ok")
    assert (decided.approver, decided.approver_id) == (approver.name, approver.id)
    with pytest.raises(PgpilotError) as caught:
        await door.execute_ticket(demo_ctx, other, ticket_id)
    assert caught.value.error_code == "TICKET_NOT_FOUND"
    with pytest.raises(PgpilotError) as caught:
        await door.execute_ticket(demo_ctx, approver, ticket_id)
    assert caught.value.error_code == "NOT_YOURS", "approving is not running"
    done = await door.execute_ticket(demo_ctx, agent, ticket_id)
    assert done.rows_affected == 1

    with pytest.raises(PgpilotError) as caught:
        await door.undo(demo_ctx, other, str(done.operation_id))
    assert caught.value.error_code == "OPERATION_NOT_FOUND"
    assert await door.undo(demo_ctx, agent, str(done.operation_id)) == 1

    mine = await door.audit(demo_ctx, agent)
    assert {event["action"] for event in mine} == {"sql.execute", "sql.undo"}
    assert all(event["actor_id"] == agent.id for event in mine)
    assert await door.audit(demo_ctx, other) == []
    everyone = {event["actor_id"] for event in await door.audit(demo_ctx, admin)}
    assert everyone == {agent.id, approver.id}


async def test_the_operator_may_name_a_target_by_url(demo_ctx: SqlContext, demo_url: str) -> None:
    result = await door.run(demo_ctx, OPERATOR, sql="SELECT count(*) FROM orders", target=demo_url)
    assert isinstance(result, ReadResult)
    assert result.rows == [[2500]]
