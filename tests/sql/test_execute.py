"""The read executor on a real database: rows, caps, timeouts, and a clean session after."""

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest

from pgpilot.errors import PgpilotError
from pgpilot.sql.execute import Limits, ReadResult, execute_read
from pgpilot.sql.jsonsafe import to_json
from pgpilot.sql.resets import Resets
from pgpilot.sql.targets import Targets


async def read(
    targets: Targets, sql: str, limits: Limits, statement_type: str | None = "SELECT"
) -> ReadResult:
    """Run through the executor alone, with no classifier in front."""
    pool = await targets.pool(targets.resolve(None))
    return await execute_read(pool, sql, statement_type=statement_type, limits=limits)


async def test_read_returns_columns_and_rows(targets: Targets, limits: Limits) -> None:
    result = await read(targets, "SELECT id, name FROM customers ORDER BY id LIMIT 3", limits)
    assert result.columns == ["id", "name"]
    assert result.row_count == 3
    assert [row[0] for row in result.rows] == [1, 2, 3]
    assert not result.truncated
    assert result.duration_ms > 0


async def test_column_names_come_as_written(targets: Targets, limits: Limits) -> None:
    named = await read(targets, 'SELECT 1 AS "Prix €", 2 AS "日付"', limits)
    assert named.columns == ["Prix €", "日付"]
    bare = await read(targets, "SELECT FROM generate_series(1, 3)", limits)
    assert (bare.columns, bare.row_count) == ([], 3)


async def test_row_cap_reports_truncated(targets: Targets, limits: Limits) -> None:
    capped = await read(targets, "SELECT * FROM order_items", limits)
    assert capped.row_count == limits.max_rows
    assert capped.truncated
    exact = await read(targets, f"SELECT * FROM order_items LIMIT {limits.max_rows}", limits)
    assert exact.row_count == limits.max_rows
    assert not exact.truncated


async def test_cap_stops_work_early_on_huge_results(targets: Targets, limits: Limits) -> None:
    # 5000 x 5000 rows would take far longer than the timeout if they were all produced.
    sql = "SELECT a.order_id FROM order_items a, order_items b"
    result = await read(targets, sql, limits)
    assert result.truncated
    assert result.duration_ms < limits.statement_timeout_ms


@pytest.mark.parametrize(
    ("sql", "statement_type"),
    [
        pytest.param("SELECT pg_sleep(3)", "SELECT", id="cursor"),
        pytest.param("EXPLAIN ANALYZE SELECT pg_sleep(3)", "EXPLAIN", id="direct"),
    ],
)
async def test_timeout_cancels(targets: Targets, sql: str, statement_type: str) -> None:
    quick = Limits(max_rows=10, statement_timeout_ms=200)
    with pytest.raises(PgpilotError) as caught:
        await read(targets, sql, quick, statement_type)
    assert caught.value.error_code == "QUERY_TIMEOUT"


async def test_database_errors_are_clean(targets: Targets, limits: Limits) -> None:
    with pytest.raises(PgpilotError) as caught:
        await read(targets, "SELECT nope FROM customers", limits)
    assert caught.value.error_code == "QUERY_ERROR"
    assert "nope" in caught.value.message
    after = await read(targets, "SELECT 1 AS one", limits)
    assert after.rows == [[1]], "the connection must be usable after an error"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(Decimal("41.63"), 41.63, id="decimal-exact-float"),
        pytest.param(Decimal("12345678901234567890.12"), "12345678901234567890.12", id="big"),
        pytest.param(Decimal("10"), 10, id="decimal-integral"),
        pytest.param(Decimal("NaN"), "NaN", id="decimal-nan"),
        pytest.param(dt.date(2026, 3, 5), "2026-03-05", id="date"),
        pytest.param(
            dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.UTC),
            "2026-03-05T08:00:00+00:00",
            id="timestamptz",
        ),
        pytest.param(uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001", id="uuid"),
        pytest.param(b"\x00\xff", "\\x00ff", id="bytea"),
        pytest.param(float("inf"), "inf", id="infinity"),
        pytest.param({"a": [Decimal("1.5")]}, {"a": [1.5]}, id="nested"),
    ],
)
def test_json_safe_values(value: object, expected: object) -> None:
    assert to_json(value) == expected


async def test_real_types_come_out_json_safe(targets: Targets, limits: Limits) -> None:
    sql = (
        "SELECT 1.50::numeric AS n, date '2026-03-05' AS d, interval '1 day' AS i,"
        " '\\x00ff'::bytea AS b, gen_random_uuid() AS u, '{\"k\": 1}'::jsonb AS j,"
        " ARRAY[1, 2] AS a, now() AS t, '192.168.0.1'::inet AS ip"
    )
    result = await read(targets, sql, limits)
    row = dict(zip(result.columns, result.rows[0], strict=True))
    assert row["n"] == 1.5
    assert row["d"] == "2026-03-05"
    assert row["b"] == "\\x00ff"
    assert row["j"] == {"k": 1}
    assert row["a"] == [1, 2]
    assert isinstance(row["u"], str)
    assert isinstance(row["t"], str)
    assert row["ip"] == "192.168.0.1"


async def test_session_state_does_not_survive_a_read(
    targets: Targets, limits: Limits, demo_url: str
) -> None:
    # Called directly, bypassing the classifier: the database layer must clean up alone.
    await read(targets, "SELECT pg_advisory_lock(42)", limits)
    await read(targets, "SELECT set_config('work_mem', '1MB', false)", limits)
    with psycopg.connect(demo_url) as other:
        locks = other.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        assert locks.fetchone() == (0,)
    shown = await read(targets, "SELECT current_setting('work_mem') AS w", limits)
    assert shown.rows != [["1MB"]]


async def test_the_next_read_on_a_connection_finds_it_clean(
    targets: Targets, limits: Limits
) -> None:
    # All connections but one are held, so each second read takes the connection the first
    # one just returned: whatever the first left on its session must be gone by then.
    pool = await targets.pool(targets.resolve(None))
    held = [await pool.getconn() for _ in range(pool.max_size - 1)]
    leave = "SELECT pg_backend_pid(), pg_advisory_lock(7), set_config('work_mem', '1MB', false)"
    look = (
        "SELECT pg_backend_pid(), current_setting('work_mem'),"
        " (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())"
    )
    try:
        for _ in range(10):
            left = await read(targets, leave, limits)
            pid, work_mem, locks = (await read(targets, look, limits)).rows[0]
            assert (pid, locks) == (left.rows[0][0], 0)
            assert work_mem != "1MB"
    finally:
        for conn in held:
            await pool.putconn(conn)


async def test_show_and_explain_run_directly(targets: Targets, limits: Limits) -> None:
    shown = await read(targets, "SHOW transaction_read_only", limits, "SHOW")
    assert shown.rows == [["on"]], "every read runs in a READ ONLY transaction"
    plan = await read(targets, "/* plan */ EXPLAIN SELECT * FROM orders", limits, "EXPLAIN")
    assert "Seq Scan on orders" in str(plan.rows)


async def test_session_timeouts_hold_without_set_local(demo_url: str) -> None:
    quick = Limits(max_rows=10, statement_timeout_ms=200)
    registry = Targets({"default": demo_url}, limits=quick)
    try:
        pool = await registry.pool(registry.resolve(None))
        # A function that switches the timeout off for the session (the guard bypassed):
        await execute_read(
            pool,
            "SELECT set_config('statement_timeout', '0', false)",
            statement_type="SELECT",
            limits=quick,
        )
        with pytest.raises(PgpilotError) as caught:
            await execute_read(pool, "SELECT pg_sleep(3)", statement_type="SELECT", limits=quick)
        assert caught.value.error_code == "QUERY_TIMEOUT", "DISCARD ALL restores startup limits"
    finally:
        await registry.close()


MB = 1_000_000


@pytest.mark.parametrize(
    ("sql", "max_bytes", "rows", "reason"),
    [
        pytest.param(
            "SELECT repeat('x', 10000000) FROM generate_series(1, 30)",
            16 * MB,
            1,
            "PGPILOT_MAX_RESULT_BYTES",
            id="issue-30-rows-of-10-mb",
        ),
        pytest.param(
            "SELECT CASE WHEN g = 1 THEN 'x' ELSE repeat('x', 5000000) END "
            "FROM generate_series(1, 40) g",
            16 * MB,
            4,
            "PGPILOT_MAX_RESULT_BYTES",
            id="small-first-row-then-huge",
        ),
        pytest.param(
            "SELECT repeat('x', 1000) FROM generate_series(1, 30)",
            10_000,
            10,
            "PGPILOT_MAX_RESULT_BYTES",
            id="many-small-rows",
        ),
        pytest.param(
            "SELECT repeat('x', 20000000)", 16 * MB, 0, "PGPILOT_MAX_RESULT_BYTES", id="one-huge"
        ),
        pytest.param(
            "SELECT repeat('x', 100) FROM generate_series(1, 500)",
            16 * MB,
            50,
            "PGPILOT_MAX_ROWS",
            id="rows-cap-first",
        ),
        pytest.param(
            "SELECT repeat('x', 1000) FROM generate_series(1, 10)",
            10_000,
            10,
            None,
            id="exactly-fits",
        ),
        pytest.param("SELECT 1 WHERE false", 16 * MB, 0, None, id="empty"),
    ],
)
async def test_byte_cap_reports_why(
    targets: Targets, sql: str, max_bytes: int, rows: int, reason: str | None
) -> None:
    capped = Limits(max_rows=50, statement_timeout_ms=5000, max_result_bytes=max_bytes)
    result = await read(targets, sql, capped)
    assert result.row_count == rows
    assert result.truncated is (reason is not None)
    assert (result.truncated_reason or "").endswith(f"({reason})" if reason else "")
    assert result.to_dict()["truncated_reason"] == result.truncated_reason


SPILL = "SELECT count(DISTINCT g::text || repeat('x', 200)) FROM generate_series(1, 300000) g"


async def test_temp_files_are_capped(demo_url: str) -> None:
    small = Limits(max_rows=10, statement_timeout_ms=20_000, temp_file_limit_kb=1024)
    registry = Targets({"default": demo_url}, limits=small)
    try:
        pool = await registry.pool(registry.resolve(None))
        shown = await execute_read(
            pool, "SHOW temp_file_limit", statement_type="SHOW", limits=small
        )
        assert shown.rows == [["1MB"]]
        with pytest.raises(PgpilotError) as caught:
            await execute_read(pool, SPILL, statement_type="SELECT", limits=small)
        assert "temp_file_limit" in caught.value.message
    finally:
        await registry.close()


async def test_a_role_that_may_not_limit_temp_files_still_connects(reader_url: str) -> None:
    registry = Targets({"default": reader_url}, limits=Limits(temp_file_limit_kb=1024))
    try:
        target = registry.resolve(None)
        assert not (await registry.role(target)).may_limit_temp_files
        shown = await execute_read(
            await registry.pool(target),
            "SHOW temp_file_limit",
            statement_type="SHOW",
            limits=Limits(),
        )
        assert shown.rows == [["-1"]], "the server's own setting, for `pgpilot db roles` to fix"
    finally:
        await registry.close()


async def test_a_session_handed_back_is_reset_before_it_is_pooled(
    targets: Targets, limits: Limits
) -> None:
    """The rows come first; ROLLBACK and DISCARD ALL still run before the pool sees it again."""
    pool = await targets.pool(targets.resolve(None))
    resets = Resets()
    for _ in range(3):  # a few, so some overlap a reset still running
        await execute_read(
            pool,
            "SELECT pg_advisory_lock(7)::text, count(*) FROM pg_cursors",
            statement_type="SELECT",
            limits=limits,
            resets=resets,
        )
    await resets.wait()
    left = await read(
        targets,
        "SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'),"
        " (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgpilot'"
        "  AND state <> 'idle' AND pid <> pg_backend_pid())",
        limits,
    )
    assert left.rows == [[0, 0]]


@pytest.mark.parametrize(
    ("sql", "rows", "truncated"),
    [
        pytest.param("SELECT id FROM customers ORDER BY id LIMIT 2", 2, False, id="first-batch"),
        pytest.param("SELECT id FROM customers ORDER BY id LIMIT 7", 7, False, id="a-few"),
        pytest.param("SELECT id FROM orders ORDER BY id", 50, True, id="past-the-cap"),
    ],
)
async def test_a_wrong_guess_of_few_rows_still_returns_them_all(
    targets: Targets, limits: Limits, sql: str, rows: int, truncated: bool
) -> None:
    """A read expected to fit the first batch that does not runs again, and loses nothing."""
    pool = await targets.pool(targets.resolve(None))
    guessed = await execute_read(pool, sql, statement_type="SELECT", limits=limits, few_rows=True)
    assert (guessed.row_count, guessed.truncated) == (rows, truncated)
    assert guessed.rows == (await read(targets, sql, limits)).rows
    assert [row[0] for row in guessed.rows[:2]] == [1, 2]


async def test_a_read_that_fits_its_first_batch_comes_back_clean_and_pooled(
    targets: Targets, limits: Limits, demo_url: str
) -> None:
    """ROLLBACK and DISCARD ALL went out with the read: the connection is pooled at once."""
    pool = await targets.pool(targets.resolve(None))
    await pool.wait()
    held = [await pool.getconn() for _ in range(pool.max_size - 1)]
    resets = Resets()
    leave = "SELECT pg_backend_pid(), pg_advisory_lock(7), set_config('work_mem', '1MB', false)"
    try:
        left = await execute_read(
            pool, leave, statement_type="SELECT", limits=limits, resets=resets, few_rows=True
        )
        # No reset is pending and the pool already holds the connection, before any await.
        assert pool.get_stats()["pool_available"] == 1
        pid = left.rows[0][0]
        with psycopg.connect(demo_url) as other:
            state = other.execute(
                "SELECT state, (SELECT count(*) FROM pg_locks WHERE pid = %s AND"
                " locktype = 'advisory') FROM pg_stat_activity WHERE pid = %s",
                (pid, pid),
            ).fetchone()
        assert state == ("idle", 0), "no open transaction, no advisory lock"
        look = "SELECT pg_backend_pid(), current_setting('work_mem')"
        after = await execute_read(pool, look, statement_type="SELECT", limits=limits)
        assert after.rows[0][0] == pid
        assert after.rows[0][1] != "1MB"
    finally:
        for conn in held:
            await pool.putconn(conn)


@pytest.mark.parametrize(
    "sql",
    [
        pytest.param("SELECT pg_advisory_lock(7), 1 / 0", id="error-after-a-lock"),
        pytest.param("SELECT no_such_column FROM customers LIMIT 1", id="refused"),
        pytest.param("SELECT pg_sleep(5)", id="timeout"),
    ],
)
async def test_a_failed_read_expected_to_be_small_leaves_the_pool_usable(
    targets: Targets, limits: Limits, sql: str
) -> None:
    pool = await targets.pool(targets.resolve(None))
    await pool.wait()
    held = [await pool.getconn() for _ in range(pool.max_size - 1)]
    try:
        with pytest.raises(PgpilotError):
            await execute_read(pool, sql, statement_type="SELECT", limits=limits, few_rows=True)
        look = (
            "SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            " AND pid = pg_backend_pid()), current_setting('transaction_read_only')"
        )
        after = await execute_read(pool, look, statement_type="SELECT", limits=limits)
        assert after.rows == [[0, "on"]]
    finally:
        for conn in held:
            await pool.putconn(conn)
