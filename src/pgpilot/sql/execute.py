"""The read executor: one statement, read-only, time-limited, capped, always rolled back.

Enforcement does not trust the classifier alone. The statement travels over the extended
protocol (a pipeline), which refuses a second statement; it runs inside BEGIN READ ONLY with
SET LOCAL timeouts; rows come from a cursor in batches that stop at the row cap and near the
byte cap; ROLLBACK always follows; DISCARD ALL then clears whatever a function could have left
on the session (advisory locks, prepared statements, LISTEN, temp tables).

A point read is one round trip: BEGIN, DECLARE and the first FETCH go out together, and once
the rows are known ROLLBACK and DISCARD ALL run off the caller's path (`Resets`), before the
connection is pooled again. A read expected to return fewer rows than the first batch (LIMIT 1,
an aggregate, equality on a unique key) sends ROLLBACK and DISCARD ALL in that same pipeline:
when the batch comes back short, the result is whole and the session already clean; when it
comes back full, the guess was wrong and the read runs again the usual way.
"""

import time
from dataclasses import dataclass

import psycopg
from pglast.parser import scan
from psycopg import AsyncConnection
from psycopg.adapt import Transformer
from psycopg.pq import ExecStatus, TransactionStatus
from psycopg.pq.abc import PGresult
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from pgpilot.errors import DatabaseUnavailable, Forbidden, PgpilotError
from pgpilot.settings import Settings
from pgpilot.sql.jsonsafe import JSONValue, to_json
from pgpilot.sql.resets import RESET, Resets, reset_session
from pgpilot.sql.wire import exchange

CURSOR = "pgpilot_read"
# Statements DECLARE accepts: rows are fetched lazily, so a cap really caps the work.
CURSOR_TYPES = frozenset({"SELECT", "VALUES", "TABLE"})
# Reads DECLARE cannot wrap. They run directly, and only if the text itself begins with
# that keyword: a READ ONLY transaction does not stop COPY … TO a server file, so a direct
# statement must never be anything else, whatever label it came with.
DIRECT_TYPES = frozenset({"SHOW", "EXPLAIN"})


def session_options(limits: "Limits", *, temp_file_limit_kb: int | None = None) -> str:
    """libpq startup options that make `limits`' timeouts the session's defaults.

    They survive DISCARD ALL / RESET (which return to startup values), so a read on a pool
    opened with them needs no SET LOCAL round of its own. temp_file_limit comes last, and only
    where the role may set it (a superuser, or GRANT SET ON PARAMETER); else the connection
    would be refused.
    """
    options = (
        "-c standard_conforming_strings=on"  # the guard parses strings as PostgreSQL does then
        f" -c statement_timeout={limits.statement_timeout_ms}"
        f" -c lock_timeout={limits.lock_timeout_ms}"
        f" -c idle_in_transaction_session_timeout={limits.idle_timeout_ms}"
    )
    if temp_file_limit_kb is not None and temp_file_limit_kb >= 0:
        options += f" -c temp_file_limit={temp_file_limit_kb}kB"
    return options


class QueryFailed(PgpilotError):
    """The database refused or aborted the statement."""

    code = "QUERY_ERROR"
    status = 400


@dataclass(frozen=True, slots=True)
class Limits:
    """What one read may cost."""

    max_rows: int = 1000
    statement_timeout_ms: int = 5000
    lock_timeout_ms: int = 1000
    idle_timeout_ms: int = 10_000
    max_result_bytes: int = 16 * 1024 * 1024
    temp_file_limit_kb: int = 256 * 1024

    @classmethod
    def from_settings(cls, settings: Settings) -> "Limits":
        """The limits configured for this process."""
        return cls(
            max_rows=settings.max_rows,
            statement_timeout_ms=settings.statement_timeout_ms,
            lock_timeout_ms=settings.lock_timeout_ms,
            idle_timeout_ms=settings.idle_in_transaction_timeout_ms,
            max_result_bytes=settings.max_result_bytes,
            temp_file_limit_kb=settings.temp_file_limit_kb,
        )


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Rows of a read, JSON-safe."""

    columns: list[str]
    rows: list[list[JSONValue]]
    truncated: bool
    duration_ms: float
    truncated_reason: str | None = None  # which cap cut the rows, when one did

    @property
    def row_count(self) -> int:
        """Rows returned (at most the cap)."""
        return len(self.rows)

    def to_dict(self) -> dict[str, JSONValue]:
        """The success envelope of `pgpilot sql` and `POST /api/sql`."""
        return {
            "status": "success",
            "kind": "read",
            "columns": list(self.columns),
            "rows": [list(row) for row in self.rows],
            "row_count": self.row_count,
            "truncated": self.truncated,
            "truncated_reason": self.truncated_reason,
            "duration_ms": self.duration_ms,
        }


async def execute_read(
    pool: AsyncConnectionPool,
    sql: str,
    *,
    statement_type: str | None,
    limits: Limits,
    resets: Resets | None = None,
    few_rows: bool = False,
) -> ReadResult:
    """Run one classified read under every database-side guard.

    With `resets`, the session is reset after the rows are returned rather than before. With
    `few_rows` (the caller expects fewer rows than the first batch), the reset goes out with
    the read, and a read that returns more runs a second time.
    """
    cursor = statement_type in CURSOR_TYPES
    if not cursor and not (statement_type in DIRECT_TYPES and _first_keyword(sql) in DIRECT_TYPES):
        raise Forbidden(
            "the read executor runs only SELECT, VALUES, TABLE, SHOW and EXPLAIN, "
            f"not {statement_type or 'this statement'}",
            error_code="FORBIDDEN_SQL",
        )
    started = time.perf_counter()
    try:
        # getconn/putconn rather than pool.connection(): the read manages its own transaction,
        # so the context manager's commit-on-exit would only cost time.
        conn = await pool.getconn(timeout=limits.statement_timeout_ms / 1000 + 5)
    except PoolTimeout as exc:
        raise DatabaseUnavailable(f"target database unreachable: {exc}") from exc
    handed_back = False
    try:
        opened_with = pool.kwargs if isinstance(pool.kwargs, dict) else {}
        options, ours = str(opened_with.get("options", "")), session_options(limits)
        preset = options == ours or options.startswith(ours + " ")
        fetched = await _run(
            conn, sql, cursor=cursor, limits=limits, preset=preset, few_rows=few_rows
        )
        if conn.info.transaction_status != TransactionStatus.IDLE:  # the cursor is still open
            if resets is None:
                await reset_session(conn)
            else:
                resets.hand_back(pool, conn)
                handed_back = True
    except psycopg.Error as exc:
        raise query_failed(exc) from exc
    finally:
        if not handed_back:
            await pool.putconn(conn)
    kept, total = 0, 0
    for size in fetched.sizes[: limits.max_rows]:
        if total + size > limits.max_result_bytes:
            break
        kept, total = kept + 1, total + size
    why = None
    if kept < min(len(fetched.rows), limits.max_rows):
        why = f"more than {limits.max_result_bytes} bytes (PGPILOT_MAX_RESULT_BYTES)"
    elif len(fetched.rows) > limits.max_rows:
        why = f"more than {limits.max_rows} rows (PGPILOT_MAX_ROWS)"
    return ReadResult(
        columns=fetched.names,
        rows=[[to_json(value) for value in row] for row in fetched.rows[:kept]],
        truncated=why is not None,
        duration_ms=round((time.perf_counter() - started) * 1000, 3),
        truncated_reason=why,
    )


Rows = list[tuple[object, ...]]
# The first batch is small, so one huge row cannot bring many with it; later batches grow
# with what the rows so far weigh, at most GROWTH times the rows already read.
FIRST_BATCH = 2
GROWTH = 32


@dataclass(slots=True)
class _Fetched:
    names: list[str]
    rows: Rows
    sizes: list[int]  # bytes of each row as the server sent it


async def _run(
    conn: AsyncConnection,
    sql: str,
    *,
    cursor: bool,
    limits: Limits,
    preset: bool,
    few_rows: bool = False,
) -> _Fetched:
    """At most max_rows + 1 rows, fetched in batches that stop near the byte cap.

    A cursor's transaction is left open (its caller resets the session), unless `few_rows`
    proved right; a direct statement's is rolled back and the session reset in its pipeline.
    """
    begin = ["BEGIN READ ONLY"]
    if not preset:  # the session's own timeouts differ: set this read's locally
        begin.append(limits_sql(limits))
    want, cap = limits.max_rows + 1, limits.max_result_bytes
    try:
        if cursor:
            asked = min(want, FIRST_BATCH)
            fetch = f"FETCH FORWARD {asked} FROM {CURSOR}"
            declare = f"DECLARE {CURSOR} NO SCROLL CURSOR FOR {sql}"
            if few_rows:
                answers = await exchange(conn, [*begin, declare, fetch, *RESET])
                fetched = _batch(conn, answers[len(begin) + 1])
                if len(fetched.rows) < asked or asked == want:
                    return fetched  # the whole result (or all the cap keeps); session clean
                # A full batch: more rows may follow, but the cursor ended with its
                # transaction. Run the read again, the usual way.
            fetched = _batch(conn, (await exchange(conn, [*begin, declare, fetch]))[-1])
        else:
            asked = 0
            answers = await exchange(conn, [*begin, sql, *RESET])
            fetched = _batch(conn, answers[len(begin)])
        more = cursor and len(fetched.rows) == asked < want
        while more and sum(fetched.sizes) <= cap:
            got, size = len(fetched.rows), sum(fetched.sizes)
            # At least one row: one row past the cap tells a cut result from a full one.
            fits = max((cap - size) // max(max(fetched.sizes), 1), 1)
            asked = min(want - got, fits, got * GROWTH)
            (answer,) = await exchange(conn, [f"FETCH FORWARD {asked} FROM {CURSOR}"])
            batch = _batch(conn, answer)
            fetched.rows += batch.rows
            fetched.sizes += batch.sizes
            more = len(batch.rows) == asked < want - got
    except BaseException:
        await clean_connection(conn)
        raise
    return fetched


def limits_sql(limits: Limits) -> str:
    """SET LOCAL of `limits`' timeouts, for a pool whose sessions did not start with them."""
    return (
        f"SELECT set_config('statement_timeout', '{int(limits.statement_timeout_ms)}', true),"
        f" set_config('lock_timeout', '{int(limits.lock_timeout_ms)}', true),"
        " set_config('idle_in_transaction_session_timeout',"
        f" '{int(limits.idle_timeout_ms)}', true)"
    )


def _batch(conn: AsyncConnection, answer: PGresult) -> _Fetched:
    """The rows of one answer, with their names and sizes."""
    if answer.status != ExecStatus.TUPLES_OK:
        return _Fetched([], [], [])
    # Names straight from the result: `description` would build a typed Column per field.
    encoding = conn.info.encoding
    names = [(answer.fname(i) or b"").decode(encoding) for i in range(answer.nfields)]
    fields = range(answer.nfields)
    sizes = [sum(len(answer.get_value(r, f) or b"") for f in fields) for r in range(answer.ntuples)]
    loader = Transformer(conn)
    loader.set_pgresult(answer)
    return _Fetched(names, loader.load_rows(0, answer.ntuples, tuple), sizes)


async def clean_connection(conn: AsyncConnection) -> None:
    """After a failure: roll back and reset, or let the pool drop the connection."""
    if conn.closed:
        return
    try:
        if conn.info.transaction_status != TransactionStatus.IDLE:
            await conn.execute("ROLLBACK")
        await conn.execute("DISCARD ALL")
    except psycopg.Error:
        await conn.close()  # a closed connection is discarded by the pool


def _first_keyword(sql: str) -> str | None:
    """The first token of the text that is not a comment, as the scanner names it."""
    try:
        tokens = scan(sql)
    except Exception:  # the scanner's own error type differs across pglast versions
        return None
    words = (token.name for token in tokens if token.name not in ("C_COMMENT", "SQL_COMMENT"))
    return next(words, None)


def query_failed(exc: psycopg.Error) -> PgpilotError:
    message = (exc.diag.message_primary or str(exc)).strip().splitlines()[0]
    sqlstate = exc.sqlstate or ""
    if sqlstate == "57014":
        return QueryFailed(f"statement cancelled: {message}", error_code="QUERY_TIMEOUT")
    if sqlstate == "55P03":
        return QueryFailed(f"lock not available: {message}", error_code="LOCK_TIMEOUT")
    if sqlstate.startswith("08") or (isinstance(exc, psycopg.OperationalError) and not sqlstate):
        return DatabaseUnavailable(f"target database unreachable: {message}")
    return QueryFailed(f"{message} (SQLSTATE {sqlstate})" if sqlstate else message)
