"""Run a write: one REPEATABLE READ transaction, before-images, drift guard, then commit.

The caller records the operation (the audit event) through `record` after the statement ran
and before COMMIT: if recording fails, the write is rolled back, so nothing changes without
its before-images being kept. The event carries the transaction's id on the target, so
whether it committed can be asked of the target later (`sql/settle.py`).
"""

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import PgpilotError
from pgpilot.sql.capture import (
    TableImages,
    capture_after,
    capture_before,
    dml_target,
    keep_changed,
    primary_key,
    resolve_table,
)
from pgpilot.sql.execute import Limits, clean_connection, query_failed
from pgpilot.sql.impact import COUNTERS_SQL, TIMEOUTS_SQL, Impact, TableChange, counter_delta


class Drift(PgpilotError):
    """The write touched more rows than were approved; it was rolled back."""

    code = "DRIFT"
    status = 409


@dataclass(slots=True)
class Outcome:
    """What a committed-to-be write did."""

    tables: dict[str, TableChange]
    images: list[TableImages]
    undoable: bool
    undo_note: str | None
    duration_ms: float = 0.0
    operation_id: int | None = None
    xid: str | None = None  # the target's transaction id, to settle a ticket whose run died
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rows_affected(self) -> int:
        """Rows changed in every table together (cascades and triggers included)."""
        return sum(change.total for change in self.tables.values())


Recorder = Callable[[Outcome], Awaitable[int]]


async def execute_write(
    pool: AsyncConnectionPool,
    sql: str,
    *,
    approved: Impact,
    tolerance: int,
    limits: Limits,
    record: Recorder,
    unrecord: Callable[[int, str], Awaitable[None]] | None = None,
) -> Outcome:
    """Run the exact SQL, refuse drift beyond `approved`, record, commit.

    If COMMIT itself fails (a deferred constraint, a lost connection), `unrecord` marks the
    already written audit event as rolled back, so the log never claims a change that is not there.
    """
    started = time.perf_counter()
    async with pool.connection() as conn:
        try:
            await conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            timeouts = (str(limits.statement_timeout_ms), str(limits.lock_timeout_ms))
            await conn.execute(TIMEOUTS_SQL, timeouts)
            before = await (await conn.execute(COUNTERS_SQL)).fetchone()
            images = await _before_images(conn, sql)
            statement = await conn.execute(sql)
            after = await (await conn.execute(COUNTERS_SQL)).fetchone()
            assert before is not None
            assert after is not None
            tables = counter_delta(before[0], after[0])
            _guard_drift(tables, approved, tolerance)
            written = [_split(name) for name, ch in tables.items() if ch.inserted or ch.updated]
            await capture_after(conn, images, written)
            await keep_changed(conn, images)
            undoable, note = undo_coverage(tables, images)
            if statement.rowcount > sum(change.total for change in tables.values()):
                undoable, note = False, "it changed rows the counters cannot see (a catalog?)"
            outcome = Outcome(tables, images, undoable, note)
            outcome.duration_ms = round((time.perf_counter() - started) * 1000, 3)
            outcome.xid = await _transaction_id(conn)
            outcome.operation_id = await record(outcome)
            try:
                await conn.execute("COMMIT")
            except psycopg.Error as exc:
                if unrecord is not None:
                    await unrecord(outcome.operation_id, str(exc).splitlines()[0])
                raise
        except psycopg.Error as exc:
            await clean_connection(conn)
            raise query_failed(exc) from exc
        except BaseException:
            await clean_connection(conn)
            raise
        await conn.execute("DISCARD ALL")
    return outcome


async def _transaction_id(conn: AsyncConnection) -> str:
    row = await (await conn.execute("SELECT pg_current_xact_id()::text")).fetchone()
    assert row is not None
    return str(row[0])


async def _before_images(conn: AsyncConnection, text: str) -> list[TableImages]:
    target = dml_target(text)
    if target is None:
        return []
    schema, name = await resolve_table(conn, target.schema, target.name)
    return await capture_before(conn, target, schema, name)


def _split(qualified: str) -> tuple[str, str]:
    schema, _, name = qualified.partition(".")
    return schema, name


def _guard_drift(tables: dict[str, TableChange], approved: Impact, tolerance: int) -> None:
    total = sum(change.total for change in tables.values())
    if total > approved.rows + tolerance:
        raise Drift(
            f"the write touched {total} rows but {approved.rows} were approved "
            f"(tolerance {tolerance}); it was rolled back and nothing changed"
        )
    for name, change in tables.items():
        allowed = approved.tables.get(name, TableChange()).total + tolerance
        if change.total > allowed:
            raise Drift(
                f"the write touched {change.total} rows in {name} but "
                f"{allowed - tolerance} were approved; it was rolled back and nothing changed"
            )


async def predict_undoable(
    pool: AsyncConnectionPool, sql: str, tables: dict[str, TableChange]
) -> tuple[bool, str | None]:
    """Before running: can the images this write will capture restore what the impact shows?"""
    target = dml_target(sql)
    if target is None:
        return False, "only INSERT, UPDATE, DELETE and MERGE can be undone"
    async with pool.connection() as conn:
        schema, name = await resolve_table(conn, target.schema, target.name)
        for qualified in sorted(tables):
            if not await primary_key(conn, *_split(qualified)):
                return False, f"{qualified} has no primary key"
    own = f"{schema}.{name}"
    for qualified, change in sorted(tables.items()):
        changed = change.updated + change.deleted
        if changed and qualified != own and target.statement != "DELETE":
            return False, f"rows of {qualified} are changed indirectly (a trigger or rule)"
        if changed and target.statement == "INSERT":
            return False, f"INSERT also updates or deletes rows of {qualified}"
    return True, None


def undo_coverage(
    tables: dict[str, TableChange], images: list[TableImages]
) -> tuple[bool, str | None]:
    """Whether the images can restore every change, and if not, why."""
    by_name = {table.qualified: table for table in images}
    for name, change in sorted(tables.items()):
        table = by_name.get(name)
        if table is None or not table.key:
            return False, f"{name} has no primary key or was changed indirectly (a trigger)"
        if change.updated + change.deleted > len(table.before):
            return False, f"rows of {name} were changed by a trigger or rule pgpilot cannot see"
    return True, None
