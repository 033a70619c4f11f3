"""The SQL behind the task tools: plain psycopg, one user's rows at a time."""

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final

from psycopg import AsyncConnection, AsyncCursor, sql
from psycopg.rows import dict_row

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
OVERDUE: Final = sql.SQL("due_date < {} AND NOT completed")
# The user's today from their time zone, for a due view asked without `today`: one InitPlan,
# so the window's bounds are index conditions, and no round trip to read the zone first.
LOCAL_NOW: Final = sql.SQL("(now() AT TIME ZONE timezone)")
USER_TODAY: Final = sql.SQL("(SELECT {}::date FROM users WHERE id = %s)").format(LOCAL_NOW)
# dates.due_window in SQL: (first day of the base, last day) from today or from its Monday.
WINDOWS: Final = {
    "today": (False, 0, 0),
    "tomorrow": (False, 1, 1),
    "this_week": (True, 0, 6),
    "next_week": (True, 7, 13),
    "week": (False, 0, 6),
}
# A window's bounds from the user's zone are InitPlan parameters, so the planner guesses its
# rows (0.5% of the user's): for 10,000 tasks it then may read the whole window by a Bitmap
# Heap Scan and sort it, where idx_tasks_user_due reads it in order and stops at the page's
# end. Sent before the page, in the list's transaction only (SET LOCAL).
IN_INDEX_ORDER: Final = sql.SQL("SET LOCAL enable_bitmapscan = off")
# The fixed statements, named so bench/tasks.py can EXPLAIN exactly what the tools run.
LOCK_TASK: Final = sql.SQL("SELECT {} FROM tasks WHERE id = %s AND user_id = %s FOR UPDATE").format(
    COLUMNS
)
# The counters migration 0013's triggers keep; a user without a row has no tasks.
PENDING_COUNT: Final = sql.SQL(
    "SELECT coalesce((SELECT pending FROM task_counts WHERE user_id = %s), 0)"
)
TASK_COUNT: Final = sql.SQL(
    "SELECT coalesce((SELECT total FROM task_counts WHERE user_id = %s), 0)"
)
USER_TIMEZONE: Final = sql.SQL("SELECT timezone FROM users WHERE id = %s")
DELETE_TASK: Final = sql.SQL("DELETE FROM tasks WHERE id = %s RETURNING now() AS deleted_at")
INSERT_TASK: Final = sql.SQL(
    "INSERT INTO tasks (user_id, title, description, priority, due_date, tags, recurrence) "
    "VALUES (%(user_id)s, %(title)s, %(description)s, %(priority)s, %(due_date)s, %(tags)s, "
    "%(recurrence)s) RETURNING {}"
).format(COLUMNS)
# Completing takes the rule away: it moves on to the next occurrence's task.
MARK_COMPLETED: Final = sql.SQL(
    "UPDATE tasks SET completed = true, completed_date = now(), updated_at = now(), "
    "recurrence = NULL WHERE id = %s RETURNING {}"
).format(COLUMNS)
CANCEL_REMINDERS: Final = sql.SQL(
    "UPDATE reminders SET status = 'cancelled' WHERE task_id = %s AND status = 'pending'"
)

# A status's count from a counters row (c: task_counts, g: task_tag_counts; none is 0),
# composed once rather than on every list.
COUNTED: Final = {
    (alias, status): sql.SQL(f"coalesce({expression.format(alias)}, 0)")
    for alias in ("c", "g")
    for status, expression in (
        ("all", "{0}.total"),
        ("pending", "{0}.pending"),
        ("completed", "{0}.total - {0}.pending"),
    )
}


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


async def send(
    conn: AsyncConnection[Any],
    query: sql.SQL | sql.Composed,
    params: Any,
    *,
    prepare: bool | None = None,
) -> AsyncCursor[Row]:
    """Execute (in a pipeline: queue) a statement; its rows are read from the cursor later."""
    cursor = conn.cursor(row_factory=dict_row)
    await cursor.execute(query, params, prepare=prepare)
    return cursor


async def first(cursor: AsyncCursor[Row]) -> Row | None:
    """The cursor's first row (in a pipeline, waits for it if not yet synced)."""
    return await cursor.fetchone()


async def number(cursor: AsyncCursor[Any]) -> int:
    """The first value of a one-row result (a dict row or a tuple)."""
    row = await cursor.fetchone()
    assert row is not None
    return int(next(iter(row.values() if isinstance(row, dict) else row)))


async def user_timezone(conn: AsyncConnection[Any], user_id: int) -> str | None:
    """The user's IANA time zone, or None when there is no such user."""
    row = await first(await send(conn, USER_TIMEZONE, (user_id,)))
    return None if row is None else str(row["timezone"])


async def insert_task(
    conn: AsyncConnection[Any], user_id: int, fields: Mapping[str, Any]
) -> AsyncCursor[Row]:
    """Send a task's insert; its row is read from the cursor."""
    return await send(conn, INSERT_TASK, {"user_id": user_id, **fields})


async def inserted(cursor: AsyncCursor[Row]) -> Row:
    """The row an insert_task returned; read as often as needed."""
    await cursor.scroll(0, mode="absolute")
    row = await cursor.fetchone()
    assert row is not None
    return row


async def locked_task(conn: AsyncConnection[Any], *, user_id: int, task_id: int) -> Row | None:
    """The user's task, locked for this transaction; None if missing or someone else's."""
    return await _one(conn, LOCK_TASK, (task_id, user_id))


def _filters(
    user_id: int, query: ListQuery, *, status: bool = True
) -> tuple[list[sql.Composable], list[object]]:
    """The clauses that narrow the user's tasks to the query's, with their parameters."""
    clauses: list[sql.Composable] = []
    params: list[object] = []
    if status and query.status != "all":
        clauses.append(sql.SQL("completed = %s"))
        params.append(query.status == "completed")
    if query.priority is not None:
        clauses.append(sql.SQL("priority = %s"))
        params.append(query.priority)
    if query.tag is not None:
        clauses.append(sql.SQL("tags @> ARRAY[%s]::text[]"))
        params.append(query.tag)
    if query.due is not None:
        clause, values = _due(user_id, query.due, query.today)
        clauses.append(clause)
        params.extend(values)
    return clauses, params


def _due(user_id: int, due: str, today: date | None) -> tuple[sql.Composable, list[object]]:
    """A due view's clause: from `today` when given, else from the user's zone in SQL."""
    if due == "overdue":
        day: sql.Composable = USER_TODAY if today is None else sql.SQL("%s::date")
        return OVERDUE.format(day), [user_id if today is None else today]
    if today is not None:
        return WITHIN, list(due_window(due, today))
    from_monday, first_day, last_day = WINDOWS[due]
    # One users lookup per bound; a week starts on the Monday of the user's local date.
    base = sql.SQL("date_trunc('week', {})::date" if from_monday else "{}::date").format(LOCAL_NOW)
    bound = sql.SQL("(SELECT {} + %s FROM users WHERE id = %s)").format(base)
    clause = sql.SQL("due_date BETWEEN {} AND {}").format(bound, bound)
    return clause, [first_day, user_id, last_day, user_id]


def page_query(user_id: int, query: ListQuery) -> Statement:
    """The statement of one page of list_tasks (also EXPLAINed by bench/tasks.py)."""
    clauses, params = _filters(user_id, query)
    statement = sql.SQL("SELECT {} FROM tasks WHERE {} ORDER BY {} LIMIT %s OFFSET %s").format(
        COLUMNS, sql.SQL(" AND ").join([BY_USER, *clauses]), ORDERS[query.sort_by]
    )
    return statement, [user_id, *params, query.limit, query.offset]


def counts_query(user_id: int, query: ListQuery) -> Statement:
    """The statement of list_tasks' counts; no row when the user does not exist.

    All, pending and completed come from the user's task_counts row, and the matching count
    for one tag alone from their task_tag_counts row (migrations 0013, 0015). Only other
    filters (priority, due views) count the user's tasks: an index-only scan of
    idx_tasks_user_status_due, which holds every column the filters read.
    """
    clauses, params = _filters(user_id, query, status=False)
    scan: sql.Composable = sql.SQL("")
    if query.tag is not None and len(clauses) == 1:
        matching = COUNTED["g", query.status]
        scan = sql.SQL(" LEFT JOIN task_tag_counts g ON g.user_id = u.id AND g.tag = %s")
    elif clauses:
        if query.status != "all":
            clauses.insert(
                0, sql.SQL("NOT completed" if query.status == "pending" else "completed")
            )
        matching = sql.SQL("m.matching")
        scan = sql.SQL(
            " CROSS JOIN LATERAL (SELECT count(*) AS matching FROM tasks "
            "WHERE user_id = u.id AND {}) m"
        ).format(sql.SQL(" AND ").join(clauses))
    else:
        matching = COUNTED["c", query.status]
    statement = sql.SQL(
        "SELECT {} AS total_count, {} AS matching_count, "
        "{} AS pending_count, {} AS completed_count "
        "FROM users u LEFT JOIN task_counts c ON c.user_id = u.id{} WHERE u.id = %s"
    ).format(
        COUNTED["c", "all"],
        matching,
        COUNTED["c", "pending"],
        COUNTED["c", "completed"],
        scan,
    )
    return statement, [*params, user_id]


async def list_page(conn: AsyncConnection[Any], user_id: int, query: ListQuery) -> list[Row]:
    """One page of the user's tasks, filtered and sorted."""
    return await (await send_page(conn, user_id, query)).fetchall()


async def send_page(conn: AsyncConnection[Any], user_id: int, query: ListQuery) -> AsyncCursor[Row]:
    """Send the page's statement; its rows are read later."""
    if query.due in WINDOWS and query.today is None:
        await conn.execute(IN_INDEX_ORDER)
    # Never prepared: a generic plan fits a user with 100 tasks, and for one with 10,000 it
    # sorts them all (a tag newest first: 3,000 heap pages instead of 100); planning is cheap.
    return await send(conn, *page_query(user_id, query), prepare=False)


async def counts(conn: AsyncConnection[Any], user_id: int, query: ListQuery) -> Row | None:
    """All, matching, pending and completed counts; None when the user does not exist."""
    return await _one(conn, *counts_query(user_id, query))


async def update_task(
    conn: AsyncConnection[Any], task_id: int, fields: Mapping[str, Any]
) -> AsyncCursor[Row]:
    """Send the setting of the given columns (and updated_at) of a locked task."""
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = %s").format(sql.Identifier(name)) for name in fields
    )
    statement = sql.SQL("UPDATE tasks SET {}, updated_at = now() WHERE id = %s RETURNING {}")
    return await send(conn, statement.format(assignments, COLUMNS), [*fields.values(), task_id])


async def mark_completed(conn: AsyncConnection[Any], task_id: int) -> AsyncCursor[Row]:
    """Send the completion of a locked task; its rule moves on to the next occurrence's task."""
    return await send(conn, MARK_COMPLETED, (task_id,))


async def cancel_reminders(conn: AsyncConnection[Any], task_id: int) -> AsyncCursor[Row]:
    """Send the cancelling of the task's pending reminders; how many is the rowcount."""
    return await send(conn, CANCEL_REMINDERS, (task_id,))


async def pending_count(conn: AsyncConnection[Any], user_id: int) -> AsyncCursor[Row]:
    """Send the read of how many of the user's tasks are not completed (after this tx's changes)."""
    return await send(conn, PENDING_COUNT, (user_id,))


async def task_count(conn: AsyncConnection[Any], user_id: int) -> AsyncCursor[Row]:
    """Send the read of how many tasks the user has, done or not."""
    return await send(conn, TASK_COUNT, (user_id,))


async def delete_task(conn: AsyncConnection[Any], task_id: int) -> AsyncCursor[Row]:
    """Send a locked task's delete (its reminders go with it); `deleted_at` says when."""
    return await send(conn, DELETE_TASK, (task_id,))
