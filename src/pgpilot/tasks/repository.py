"""The SQL behind the task tools: plain psycopg, one user's rows at a time."""

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final

from psycopg import AsyncConnection, sql
from psycopg.rows import dict_row

from pgpilot.audit.events import TaskDeleted, TaskRestored
from pgpilot.tasks.dates import due_window
from pgpilot.tasks.recurrence import describe
from pgpilot.tasks.validation import ListQuery

Row = dict[str, Any]
Statement = tuple[sql.Composed, list[object]]

COLUMNS: Final = sql.SQL(
    "id, user_id, title, description, priority, due_date, tags, completed, completed_date, "
    "created_at, updated_at, recurrence"
)
ORDERS: Final = {
    "due_date": sql.SQL("due_date ASC NULLS LAST, id"),
    "priority": sql.SQL(
        "CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, "
        "due_date ASC NULLS LAST, id"
    ),
    "created_at": sql.SQL("created_at DESC, id DESC"),
}
BY_USER: Final = sql.SQL("user_id = %s")
WITHIN: Final = sql.SQL("due_date BETWEEN %s AND %s")
OVERDUE: Final = sql.SQL("due_date < %s AND NOT completed")
# The fixed statements, named so bench/tasks.py can EXPLAIN exactly what the tools run.
LOCK_TASK: Final = sql.SQL("SELECT {} FROM tasks WHERE id = %s AND user_id = %s FOR UPDATE").format(
    COLUMNS
)
PENDING_COUNT: Final = sql.SQL("SELECT count(*) FROM tasks WHERE user_id = %s AND NOT completed")
TASK_COUNT: Final = sql.SQL("SELECT count(*) FROM tasks WHERE user_id = %s")
CANCEL_REMINDERS: Final = sql.SQL(
    "UPDATE reminders SET status = 'cancelled' WHERE task_id = %s AND status = 'pending'"
)
LOCK_DELETION: Final = sql.SQL(
    "SELECT id, resource_id, details FROM audit_log "
    "WHERE id = %s AND action = %s AND resource_type = 'task' FOR UPDATE"
)
# The user's latest deletion not yet restored whose title holds every word (restore by words).
# A restore keeps the task's id as its resource_id, so idx_audit_log_resource finds it.
LATEST_DELETION: Final = sql.SQL(
    "SELECT a.id FROM audit_log a WHERE a.action = %s AND a.resource_type = 'task' "
    "AND a.details->'task'->>'user_id' = %s AND a.resource_title ILIKE ALL(%s) "
    "AND NOT EXISTS (SELECT 1 FROM audit_log r WHERE r.resource_type = 'task' "
    "AND r.resource_id = a.resource_id "
    "AND r.action = %s AND r.details->>'restored_from' = a.id::text) "
    "ORDER BY a.id DESC LIMIT 1"
)
WAS_RESTORED: Final = sql.SQL(
    "SELECT EXISTS (SELECT 1 FROM audit_log WHERE resource_type = 'task' "
    "AND resource_id = %s AND action = %s AND details->>'restored_from' = %s)"
)


def public(row: Row) -> Row:
    """A task row as JSON-ready data."""
    return {
        "id": row["id"],
        "user_id": row["user_id"],
        "title": row["title"],
        "description": row["description"],
        "priority": row["priority"],
        "due_date": row["due_date"].isoformat() if row["due_date"] else None,
        "tags": list(row["tags"]),
        "completed": row["completed"],
        "completed_date": _iso(row["completed_date"]),
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
        "recurrence": row["recurrence"],
        "repeats": describe(row["recurrence"]),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def _one(
    conn: AsyncConnection[Any], query: sql.SQL | sql.Composed, params: Any
) -> Row | None:
    cursor = conn.cursor(row_factory=dict_row)
    await cursor.execute(query, params)
    return await cursor.fetchone()


async def user_timezone(conn: AsyncConnection[Any], user_id: int) -> str | None:
    """The user's IANA time zone, or None when there is no such user."""
    cursor = await conn.execute("SELECT timezone FROM users WHERE id = %s", (user_id,))
    row = await cursor.fetchone()
    return None if row is None else str(row[0])


async def insert_task(conn: AsyncConnection[Any], user_id: int, fields: Mapping[str, Any]) -> Row:
    """Insert a task and return its row."""
    query = sql.SQL(
        "INSERT INTO tasks (user_id, title, description, priority, due_date, tags, recurrence) "
        "VALUES (%(user_id)s, %(title)s, %(description)s, %(priority)s, %(due_date)s, %(tags)s, "
        "%(recurrence)s) RETURNING {}"
    ).format(COLUMNS)
    row = await _one(conn, query, {"user_id": user_id, **fields})
    assert row is not None
    return row


async def locked_task(conn: AsyncConnection[Any], *, user_id: int, task_id: int) -> Row | None:
    """The user's task, locked for this transaction; None if missing or someone else's."""
    return await _one(conn, LOCK_TASK, (task_id, user_id))


def _filters(query: ListQuery) -> tuple[list[sql.Composable], list[object]]:
    """The clauses that narrow the user's tasks to the query's, with their parameters."""
    clauses: list[sql.Composable] = []
    params: list[object] = []
    if query.status != "all":
        clauses.append(sql.SQL("completed = %s"))
        params.append(query.status == "completed")
    if query.priority is not None:
        clauses.append(sql.SQL("priority = %s"))
        params.append(query.priority)
    if query.tag is not None:
        clauses.append(sql.SQL("tags @> ARRAY[%s]::text[]"))
        params.append(query.tag)
    if query.due == "overdue" and query.today is not None:
        clauses.append(OVERDUE)
        params.append(query.today)
    elif query.due is not None and query.today is not None:
        clauses.append(WITHIN)
        params.extend(due_window(query.due, query.today))
    return clauses, params


def page_query(user_id: int, query: ListQuery) -> Statement:
    """The statement of one page of list_tasks (also EXPLAINed by bench/tasks.py)."""
    clauses, params = _filters(query)
    statement = sql.SQL("SELECT {} FROM tasks WHERE {} ORDER BY {} LIMIT %s OFFSET %s").format(
        COLUMNS, sql.SQL(" AND ").join([BY_USER, *clauses]), ORDERS[query.sort_by]
    )
    return statement, [user_id, *params, query.limit, query.offset]


def counts_query(user_id: int, query: ListQuery) -> Statement:
    """The statement of list_tasks' counts; no row when the user does not exist.

    One pass over the user's entries of idx_tasks_user_status_due, which holds every column
    the filters read, so it is an index-only scan.
    """
    clauses, params = _filters(query)
    matching = (
        sql.SQL("count(*) FILTER (WHERE {})").format(sql.SQL(" AND ").join(clauses))
        if clauses
        else sql.SQL("count(*)")
    )
    statement = sql.SQL(
        "SELECT c.total_count, c.matching_count, c.pending_count, c.completed_count "
        "FROM users u CROSS JOIN LATERAL (SELECT count(*) AS total_count, "
        "{} AS matching_count, "
        "count(*) FILTER (WHERE NOT completed) AS pending_count, "
        "count(*) FILTER (WHERE completed) AS completed_count "
        "FROM tasks WHERE user_id = u.id) c WHERE u.id = %s"
    ).format(matching)
    return statement, [*params, user_id]


async def list_page(conn: AsyncConnection[Any], user_id: int, query: ListQuery) -> list[Row]:
    """One page of the user's tasks, filtered and sorted."""
    cursor = conn.cursor(row_factory=dict_row)
    # Never prepared: a generic plan fits a user with 100 tasks, and for one with 10,000 it
    # sorts them all (a tag newest first: 3,000 heap pages instead of 100); planning is cheap.
    await cursor.execute(*page_query(user_id, query), prepare=False)
    return await cursor.fetchall()


async def counts(conn: AsyncConnection[Any], user_id: int, query: ListQuery) -> Row | None:
    """All, matching, pending and completed counts; None when the user does not exist."""
    return await _one(conn, *counts_query(user_id, query))


async def update_task(conn: AsyncConnection[Any], task_id: int, fields: Mapping[str, Any]) -> Row:
    """Set the given columns (and updated_at) of a locked task."""
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = %s").format(sql.Identifier(name)) for name in fields
    )
    statement = sql.SQL("UPDATE tasks SET {}, updated_at = now() WHERE id = %s RETURNING {}")
    row = await _one(conn, statement.format(assignments, COLUMNS), [*fields.values(), task_id])
    assert row is not None
    return row


async def mark_completed(conn: AsyncConnection[Any], task_id: int) -> Row:
    """Complete a locked task now; its rule, if any, moves on to the next occurrence's task."""
    statement = sql.SQL(
        "UPDATE tasks SET completed = true, completed_date = now(), updated_at = now(), "
        "recurrence = NULL WHERE id = %s RETURNING {}"
    ).format(COLUMNS)
    row = await _one(conn, statement, (task_id,))
    assert row is not None
    return row


async def cancel_reminders(conn: AsyncConnection[Any], task_id: int) -> int:
    """Cancel the task's pending reminders; how many were."""
    cursor = await conn.execute(CANCEL_REMINDERS, (task_id,))
    return cursor.rowcount


async def pending_count(conn: AsyncConnection[Any], user_id: int) -> int:
    """How many of the user's tasks are not completed."""
    cursor = await conn.execute(PENDING_COUNT, (user_id,))
    row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def task_count(conn: AsyncConnection[Any], user_id: int) -> int:
    """How many tasks the user has, done or not."""
    cursor = await conn.execute(TASK_COUNT, (user_id,))
    row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def delete_task(conn: AsyncConnection[Any], task_id: int) -> datetime:
    """Delete a locked task (its reminders go with it); when it happened."""
    cursor = await conn.execute("DELETE FROM tasks WHERE id = %s RETURNING now()", (task_id,))
    row = await cursor.fetchone()
    assert row is not None
    deleted_at: datetime = row[0]
    return deleted_at


async def locked_deletion(conn: AsyncConnection[Any], audit_id: int) -> Row | None:
    """The audit row of a task deletion, locked so two restores cannot both pass."""
    return await _one(conn, LOCK_DELETION, (audit_id, TaskDeleted.action))


async def latest_deletion(
    conn: AsyncConnection[Any], *, user_id: int, words: list[str]
) -> int | None:
    """The audit id of the user's latest unrestored deletion whose title has all the words."""
    patterns = [
        "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%" for word in words
    ]
    cursor = await conn.execute(
        LATEST_DELETION, (TaskDeleted.action, str(user_id), patterns, TaskRestored.action)
    )
    row = await cursor.fetchone()
    return None if row is None else int(row[0])


async def was_restored(conn: AsyncConnection[Any], *, audit_id: int, task_id: str) -> bool:
    """Whether a deletion's audit row was already used to restore its task."""
    cursor = await conn.execute(WAS_RESTORED, (task_id, TaskRestored.action, str(audit_id)))
    row = await cursor.fetchone()
    return bool(row and row[0])


async def reinsert_task(conn: AsyncConnection[Any], saved: Mapping[str, Any]) -> Row | None:
    """Insert a deleted task again under its old id; None when that id is in use."""
    values = {
        "id": saved["id"],
        "user_id": saved["user_id"],
        "title": saved["title"],
        "description": saved["description"],
        "priority": saved["priority"],
        "due_date": date.fromisoformat(saved["due_date"]) if saved["due_date"] else None,
        "tags": list(saved["tags"]),
        "completed": saved["completed"],
        "completed_date": _parse(saved["completed_date"]),
        "created_at": _parse(saved["created_at"]),
        "recurrence": saved.get("recurrence"),
    }
    statement = sql.SQL(
        "INSERT INTO tasks ({}) VALUES ({}) ON CONFLICT (id) DO NOTHING RETURNING {}"
    ).format(
        sql.SQL(", ").join(map(sql.Identifier, values)),
        sql.SQL(", ").join(sql.Placeholder(name) for name in values),
        COLUMNS,
    )
    return await _one(conn, statement, values)


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
