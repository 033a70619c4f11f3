"""run_sql: the guard in front of the executor, and unknown functions resolved by the catalog."""

import psycopg
import pytest

from pgpilot.errors import PgpilotError
from pgpilot.sql.execute import Limits
from pgpilot.sql.service import run_sql
from pgpilot.sql.targets import Targets


async def test_read_of_the_demo(targets: Targets, limits: Limits) -> None:
    result = await run_sql(
        targets, sql="SELECT count(*) AS n FROM orders", target=None, limits=limits
    )
    assert result.rows == [[2500]]


@pytest.mark.parametrize(
    ("sql", "error_code"),
    [
        pytest.param("SELECT 1; DROP TABLE orders", "FORBIDDEN_SQL", id="stacked"),
        pytest.param("SELECT pg_read_file('/etc/passwd')", "FORBIDDEN_SQL", id="file"),
        pytest.param("DELETE FROM orders WHERE id = 1", "WRITE_NOT_AVAILABLE", id="write"),
        pytest.param("DROP TABLE orders", "WRITE_NOT_AVAILABLE", id="ddl"),
        pytest.param("SELECT no_such_function(1)", "WRITE_NOT_AVAILABLE", id="missing-fn"),
        pytest.param("SELECT volatile_bump()", "WRITE_NOT_AVAILABLE", id="volatile-fn"),
        pytest.param("SELECT * FROM no_such_table", "QUERY_ERROR", id="db-error"),
    ],
)
async def test_refusals(
    targets: Targets, limits: Limits, demo_url: str, sql: str, error_code: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION volatile_bump() RETURNS int VOLATILE LANGUAGE sql AS 'SELECT 1'"
        )
    with pytest.raises(PgpilotError) as caught:
        await run_sql(targets, sql=sql, target=None, limits=limits)
    assert caught.value.error_code == error_code
    assert caught.value.message


async def test_stable_function_from_the_catalog_is_a_read(
    targets: Targets, limits: Limits, demo_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION order_total(o integer) RETURNS numeric STABLE LANGUAGE sql "
            "AS 'SELECT total FROM orders WHERE id = o'"
        )
    result = await run_sql(targets, sql="SELECT order_total(1) AS t", target=None, limits=limits)
    assert result.columns == ["t"]
    assert result.row_count == 1


async def test_overloaded_name_with_a_volatile_variant_is_not_a_read(
    targets: Targets, limits: Limits, demo_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute("CREATE FUNCTION twin(int) RETURNS int STABLE LANGUAGE sql AS 'SELECT 1'")
        conn.execute("CREATE FUNCTION twin(text) RETURNS int VOLATILE LANGUAGE sql AS 'SELECT 2'")
    with pytest.raises(PgpilotError) as caught:
        await run_sql(targets, sql="SELECT twin(1)", target=None, limits=limits)
    assert caught.value.error_code == "WRITE_NOT_AVAILABLE"


async def test_security_definer_function_is_not_a_read(
    targets: Targets, limits: Limits, demo_url: str
) -> None:
    with psycopg.connect(demo_url) as conn:
        conn.execute(
            "CREATE FUNCTION owner_powers() RETURNS int STABLE SECURITY DEFINER "
            "LANGUAGE sql AS 'SELECT 1'"
        )
    with pytest.raises(PgpilotError) as caught:
        await run_sql(targets, sql="SELECT owner_powers()", target=None, limits=limits)
    assert caught.value.error_code == "WRITE_NOT_AVAILABLE"


@pytest.mark.parametrize(
    ("target", "allow_url", "error_code"),
    [
        pytest.param("nope", False, "TARGET_NOT_FOUND", id="unknown-name"),
        pytest.param(
            "postgresql://postgres@127.0.0.1/x", False, "VALIDATION_ERROR", id="url-from-an-agent"
        ),
        pytest.param(
            "postgresql://postgres@127.0.0.1:1/x", True, "DB_UNAVAILABLE", id="unreachable-url"
        ),
    ],
)
async def test_target_errors(
    targets: Targets, target: str, allow_url: bool, error_code: str
) -> None:
    quick = Limits(statement_timeout_ms=100)
    with pytest.raises(PgpilotError) as caught:
        await run_sql(targets, sql="SELECT 1", target=target, limits=quick, allow_url=allow_url)
    assert caught.value.error_code == error_code
