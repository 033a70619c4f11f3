"""Impact of a write before it runs: the planner's estimate, and an exact dry run.

The dry run executes the statement inside a transaction and reads this backend's per-table
counters (pg_stat_xact_user_tables) before and after (they count rows changed by FK
cascades and triggers too, and also hold unflushed counts of earlier transactions, hence the
difference), then rolls back. Only the counters of the relations the statement can write are
read (sql/impact_scope.py), so the cost does not grow with the number of tables. Sequences
are not transactional: values a dry run consumes stay consumed, and the impact says so.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import psycopg
from psycopg import AsyncClientCursor
from psycopg.pq.abc import PGresult
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import ValidationError
from pgpilot.sql.execute import Limits, QueryFailed, clean_connection, query_failed
from pgpilot.sql.functions import WRITE_FUNCTIONS
from pgpilot.sql.impact_scope import SCOPED_COUNTERS_SQL
from pgpilot.sql.risk import Risk, assess
from pgpilot.sql.summary import describe
from pgpilot.sql.system import SYSTEM_SCHEMAS
from pgpilot.sql.verdict import Verdict
from pgpilot.sql.wire import exchange

# Every table's counters: what a write reads when it runs (sql/writes.py).
COUNTERS_SQL = """
SELECT
  (SELECT coalesce(json_object_agg(schemaname || '.' || relname,
                                   json_build_array(n_tup_ins, n_tup_upd, n_tup_del)), '{}')
   FROM pg_stat_xact_user_tables),
  (SELECT coalesce(json_object_agg(schemaname || '.' || sequencename, last_value), '{}')
   FROM pg_sequences)
"""
TIMEOUTS_SQL = (
    "SELECT set_config('statement_timeout', %s, true), set_config('lock_timeout', %s, true)"
)
COUNTERS_STATEMENT = "pgpilot_dry_run_counters"
OPERATIONS = {"Insert": "inserted", "Update": "updated", "Delete": "deleted", "Merge": "updated"}


@dataclass(frozen=True, slots=True)
class TableChange:
    """Rows one table gains, changes and loses."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        """All rows touched in this table."""
        return self.inserted + self.updated + self.deleted

    def to_dict(self) -> dict[str, int]:
        """JSON form."""
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted}


@dataclass(frozen=True, slots=True)
class Impact:
    """What a write would do, and how sure we are."""

    risk: Risk
    rows: int
    tables: dict[str, TableChange]
    method: Literal["dry_run", "estimate"]
    reasons: tuple[str, ...] = ()
    estimated_rows: int = 0
    # Relations the write touches that the dry run's counters cannot see (system catalogs,
    # foreign tables …): their changes can be neither counted nor undone.
    uncounted: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    named: tuple[str, ...] = ()  # the tables the statement names; the rest change by cascade

    def to_dict(self) -> dict[str, Any]:
        """The impact as agents, the CLI and REST see it."""
        return {
            "risk": self.risk.name,
            "rows": self.rows,
            "tables": {name: change.to_dict() for name, change in sorted(self.tables.items())},
            "method": self.method,
            "reasons": list(self.reasons),
            "estimated_rows": self.estimated_rows,
            "uncounted": list(self.uncounted),
            "named": list(self.named),
            "summary": self.summary,
        }

    @property
    def summary(self) -> str:
        """One sentence a person reads before approving."""
        return describe(
            {name: change.to_dict() for name, change in self.tables.items()}, self.named
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Impact":
        """Read back an impact stored with a ticket."""
        return cls(
            risk=Risk[data["risk"]],
            rows=int(data["rows"]),
            tables={name: TableChange(**change) for name, change in data["tables"].items()},
            method=data["method"],
            reasons=tuple(data.get("reasons", ())),
            estimated_rows=int(data.get("estimated_rows", 0)),
            uncounted=tuple(data.get("uncounted", ())),
            named=tuple(data.get("named", ())),
        )


def dry_run_refusal(verdict: Verdict) -> str | None:
    """Why a statement must not be dry-run (its effects survive a rollback), or None."""
    if verdict.kind == "ddl":
        return "DDL is never dry-run"
    consumed = sorted(set(verdict.functions) & WRITE_FUNCTIONS)
    if consumed:
        return f"{', '.join(consumed)}() changes state a rollback cannot undo, so no dry run"
    if verdict.unknown_functions:
        names = ", ".join(verdict.unknown_functions)
        return f"{names}() may have effects a rollback cannot undo, so no dry run"
    if verdict.hidden_code:
        return "it runs code without a call (an operator, cast or row function), so no dry run"
    return None


async def analyze_impact(
    pool: AsyncConnectionPool,
    sql: str,
    *,
    verdict: Verdict,
    budget_ms: int,
    critical_tables: list[str],
    limits: Limits,
) -> Impact:
    """Estimate always; dry-run when that leaves no trace and fits in the budget.

    A write the dry run cannot fully count (its plan writes a system relation, or the statement
    reports more rows than the counters saw) falls back to the estimate and is not undoable.
    """
    if verdict.statement_type == "EXPLAIN":
        vetted = not (verdict.hidden_code or verdict.unknown_functions)
        raise ValidationError(
            "EXPLAIN ANALYZE runs the statement it explains, so it cannot be analysed or "
            "approved as a write; send the statement itself, or EXPLAIN without ANALYZE to see "
            "its plan"
            if vetted
            else "EXPLAIN of a statement that may run code pgpilot cannot vet is refused; send "
            "the statement itself to have it analysed and approved",
            error_code="EXPLAIN_ANALYZE_WRITE" if vetted else "EXPLAIN_UNVETTED_CODE",
        )
    estimate = await estimate_changes(pool, sql, verdict=verdict, limits=limits)
    estimated_rows = sum(change.total for change in estimate.values())
    reasons: list[str] = []
    uncounted = sorted(name for name in estimate if name.split(".")[0] in SYSTEM_SCHEMAS)
    refusal = dry_run_refusal(verdict)
    measured = None
    if uncounted:
        reasons.append(f"{', '.join(uncounted)} cannot be counted by a dry run, so no dry run")
    elif refusal is not None:
        reasons.append(refusal)
    else:
        measured, note, reported = await dry_run(
            pool, sql, tables=verdict.tables, budget_ms=budget_ms, limits=limits
        )
        counted = sum(change.total for change in (measured or {}).values())
        if measured is not None and reported > counted:
            uncounted = sorted(estimate) or list(verdict.tables) or ["an uncounted relation"]
            measured = None
            note = (
                f"the statement reported {reported} rows but the dry run counted {counted}: "
                "it writes where the counters cannot see (a system catalog, a foreign table, "
                "a view's trigger), so the estimate is shown"
            )
        if note:
            reasons.append(note)
    tables = measured if measured is not None else estimate
    rows = sum(change.total for change in tables.values())
    risk, why = assess(
        rows,
        verdict=verdict,
        tables=sorted(tables) or list(verdict.tables),
        critical_tables=critical_tables,
        estimate_only=measured is None,
    )
    return Impact(
        risk=risk,
        rows=rows,
        tables=tables,
        method="dry_run" if measured is not None else "estimate",
        reasons=tuple(why + reasons),
        estimated_rows=estimated_rows,
        uncounted=tuple(uncounted),
        named=verdict.tables,
    )


async def estimate_changes(
    pool: AsyncConnectionPool, sql: str, *, verdict: Verdict, limits: Limits
) -> dict[str, TableChange]:
    """The planner's row estimate per target table (no execution)."""
    if verdict.kind == "ddl":
        return await _ddl_estimate(pool, verdict)
    async with pool.connection() as conn:
        timeouts = AsyncClientCursor(conn).mogrify(
            TIMEOUTS_SQL, (str(limits.statement_timeout_ms),) * 2
        )
        try:
            # VERBOSE: without it the plan omits each target table's schema.
            answers = await exchange(
                conn,
                ["BEGIN READ ONLY", timeouts, f"EXPLAIN (FORMAT JSON, VERBOSE) {sql}", "ROLLBACK"],
            )
        except psycopg.Error as exc:
            await clean_connection(conn)
            raise query_failed(exc) from exc
    plan = _json(answers[2])
    changes: dict[str, TableChange] = {}
    _walk_plan(plan[0]["Plan"] if plan else {}, changes)
    return changes


def _walk_plan(node: dict[str, Any], changes: dict[str, TableChange]) -> None:
    if node.get("Node Type") == "ModifyTable":
        name = f"{node.get('Schema', 'public')}.{node.get('Relation Name')}"
        children = node.get("Plans", [])
        rows = int(children[0]["Plan Rows"]) if children else int(node.get("Plan Rows", 0))
        column = OPERATIONS.get(node.get("Operation", ""), "updated")
        before = changes.get(name, TableChange()).to_dict()
        before[column] += rows
        changes[name] = TableChange(**before)
    for child in node.get("Plans", []):
        _walk_plan(child, changes)


async def _ddl_estimate(pool: AsyncConnectionPool, verdict: Verdict) -> dict[str, TableChange]:
    # DDL that drops or empties tables loses their rows: count what the statistics know.
    if verdict.statement_type not in ("TRUNCATE", "DROP TABLE") or not verdict.tables:
        return {}
    async with pool.connection() as conn:
        rows = await (
            await conn.execute(
                "SELECT n.nspname || '.' || c.relname, greatest(c.reltuples, 0)::bigint "
                "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.oid = ANY(SELECT to_regclass(t) FROM unnest(%s::text[]) AS t)",
                (list(verdict.tables),),
            )
        ).fetchall()
    return {str(name): TableChange(deleted=int(count)) for name, count in rows}


async def dry_run(
    pool: AsyncConnectionPool,
    sql: str,
    *,
    tables: Sequence[str],
    budget_ms: int,
    limits: Limits,
) -> tuple[dict[str, TableChange] | None, str | None, int]:
    """Per-table counts from a rolled-back run (None and why when over budget or when the
    catalog changed under it), and the rows the statement itself reported.

    `tables` are the relations the statement names: the counters read are theirs and those
    of the relations they reach (sql/impact_scope.py). Everything goes out in one pipeline."""
    lock_ms = min(limits.lock_timeout_ms, budget_ms)
    async with pool.connection() as conn:
        bind = AsyncClientCursor(conn).mogrify
        # Prepared, the counters' query is planned once for both reads; DISCARD ALL drops it.
        counted = bind(SCOPED_COUNTERS_SQL, {"names": list(tables)})
        try:
            answers = await exchange(
                conn,
                [
                    "BEGIN",
                    bind(TIMEOUTS_SQL, (str(budget_ms), str(lock_ms))),
                    f"PREPARE {COUNTERS_STATEMENT} AS {counted}",
                    f"EXECUTE {COUNTERS_STATEMENT}",
                    sql,
                    f"EXECUTE {COUNTERS_STATEMENT}",
                    "ROLLBACK",
                    "DISCARD ALL",
                ],
            )
        except psycopg.errors.QueryCanceled:
            await clean_connection(conn)
            return None, f"dry run exceeded its {budget_ms} ms budget; the estimate is shown", 0
        except psycopg.errors.LockNotAvailable:
            await clean_connection(conn)
            return None, "dry run could not get its locks in time; the estimate is shown", 0
        except psycopg.Error as exc:
            await clean_connection(conn)
            raise query_failed(exc) from exc
    before, statement, after = answers[3], answers[4], answers[5]
    first, second = _json(before), _json(after)
    if first[:2] != second[:2]:
        return None, "the schema changed during the dry run; the estimate is shown", 0
    changes = counter_delta(first[2], second[2])
    return changes, _sequence_note(first[3], second[3]), max(statement.command_tuples or 0, 0)


def _json(result: PGresult) -> Any:
    """The one JSON value a result holds."""
    value = result.get_value(0, 0)
    if value is None:  # pragma: no cover - the queries always return a value
        raise QueryFailed("the server returned no value")
    return json.loads(value)


def counter_delta(
    before: dict[str, list[int]], after: dict[str, list[int]]
) -> dict[str, TableChange]:
    """Per-table differences of (inserted, updated, deleted) counters; unchanged tables left out."""
    changes = {}
    for table, (ins, upd, dele) in after.items():
        was = before.get(table, [0, 0, 0])
        change = TableChange(ins - was[0], upd - was[1], dele - was[2])
        if change.total:
            changes[table] = change
    return changes


def _sequence_note(before: dict[str, int | None], after: dict[str, int | None]) -> str | None:
    moved = [name for name, value in after.items() if value != before.get(name)]
    if not moved:
        return None
    return (
        f"the dry run consumed values of {', '.join(sorted(moved))}; sequences are not "
        "rolled back, so the next ids skip them (the only trace a dry run leaves)"
    )


def impact_json(impact: Impact) -> str:
    """The impact as JSON text, for storage."""
    return json.dumps(impact.to_dict())
