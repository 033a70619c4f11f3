"""run_sql: the guard in front of everything; unknown functions resolved by the catalog."""

import psycopg
import pytest

from pgpilot.errors import PgpilotError
from pgpilot.sql.context import SqlContext
from pgpilot.sql.execute import ReadResult
from pgpilot.sql.operations import Executed, Pending
from pgpilot.sql.service import SqlResult, analyze_sql, run_sql
from tests.sql.conftest import sql_context


async def run(ctx: SqlContext, sql: str, target: str | None = None) -> SqlResult:
    return await run_sql(ctx, sql=sql, target=target, requester="agent")


async def test_read_of_the_demo(demo_ctx: SqlContext) -> None:
    result = await run(demo_ctx, "SELECT count(*) AS n FROM orders")
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
async def test_refusals(demo_ctx: SqlContext, sql: str, error_code: str) -> None:
    with pytest.raises(PgpilotError) as caught:
        await run(demo_ctx, sql)
    assert caught.value.error_code == error_code
    assert caught.value.message


async def test_stable_function_from_the_catalog_is_a_read(
    app_db_url: str, demo_url: str, reader_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION order_total(o integer) RETURNS numeric STABLE LANGUAGE sql "
            "AS 'SELECT total FROM orders WHERE id = o'"
        )
    async with sql_context(app_db_url, reader_url) as ctx:
        result = await run(ctx, "SELECT order_total(1) AS t")
    assert isinstance(result, ReadResult)
    assert result.columns == ["t"]


async def test_stable_user_function_is_not_a_read_on_a_superuser_target(
    demo_ctx: SqlContext, demo_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION order_total(o integer) RETURNS numeric STABLE LANGUAGE sql "
            "AS 'SELECT total FROM orders WHERE id = o'"
        )
    verdict, _ = await analyze_sql(demo_ctx, sql="SELECT order_total(1) AS t", target=None)
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
    demo_ctx: SqlContext, demo_url: str, definition: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(f"CREATE FUNCTION {definition}")
        conn.execute("CREATE FUNCTION twin(text) RETURNS int STABLE LANGUAGE sql AS 'SELECT 2'")
    verdict, impact = await analyze_sql(demo_ctx, sql="SELECT twin(1)", target=None)
    assert verdict.kind == "write"
    assert impact is not None
    assert impact.method == "estimate", "unknown volatile code is never dry-run"
    result = await run(demo_ctx, "SELECT twin(1)")
    assert isinstance(result, Pending), "it cannot run as a read, nor without a human"


async def test_low_risk_write_runs_at_once(demo_ctx: SqlContext, demo_url: str) -> None:
    result = await run(demo_ctx, "UPDATE products SET stock = stock + 1 WHERE id = 1")
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
async def test_target_errors(demo_ctx: SqlContext, target: str, error_code: str) -> None:
    with pytest.raises(PgpilotError) as caught:
        await run(demo_ctx, "SELECT 1", target)
    assert caught.value.error_code == error_code
