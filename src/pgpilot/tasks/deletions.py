"""The SQL of restoring a deleted task from the audit row its deletion wrote."""

from typing import Any, Final

from psycopg import AsyncConnection, AsyncCursor, sql

from pgpilot.audit.events import TaskDeleted, TaskRestored
from pgpilot.tasks.repository import COLUMNS, Row, first, send

LOCK_DELETION: Final = sql.SQL(
    "SELECT id, resource_id, details FROM audit_log "
    "WHERE id = %s AND action = %s AND resource_type = 'task' FOR UPDATE"
)
# The user's latest deletion not yet restored whose title holds every word (restore by words).
# A restore saves the task it brought back, so the user's restores are found as their
# deletions are: each read once through idx_audit_log_task_deletions, the restored ids hashed.
# Probing each deletion for its restore let the planner, on stale statistics, scan every
# user's restores per deletion (155,970 buffers, 50 ms, for 320 deletions).
LATEST_DELETION: Final = sql.SQL(
    "SELECT a.id FROM audit_log a WHERE a.action = %(deleted)s AND a.resource_type = 'task' "
    "AND a.details->'task'->>'user_id' = %(user)s AND a.resource_title ILIKE ALL(%(words)s) "
    "AND a.id::text NOT IN (SELECT r.details->>'restored_from' FROM audit_log r "
    "WHERE r.action = %(restored)s AND r.resource_type = 'task' "
    "AND r.details->'task'->>'user_id' = %(user)s AND r.details->>'restored_from' IS NOT NULL) "
    "ORDER BY a.id DESC LIMIT 1"
)
# The task as the deletion saved it (tasks.repository.public), back under its id: only the
# owner's, only if no restore of this deletion is in the log (one probe of the partial index
# of migration 0017), and (ON CONFLICT) only if the id is free. updated_at is the restore's
# moment. No row: one of these did not hold.
RESTORE: Final = sql.SQL(
    "INSERT INTO tasks (id, user_id, title, description, priority, due_date, tags, completed, "
    "completed_date, created_at, recurrence) "
    "SELECT t.id, t.user_id, t.title, t.description, t.priority, t.due_date, t.tags, "
    "t.completed, t.completed_date, t.created_at, t.recurrence "
    "FROM audit_log a, jsonb_populate_record(NULL::tasks, a.details->'task') t "
    "WHERE a.id = %(audit_id)s AND a.action = %(deleted)s AND a.resource_type = 'task' "
    "AND jsonb_typeof(a.details->'task') = 'object' AND t.user_id = %(user_id)s "
    "AND NOT EXISTS (SELECT 1 FROM audit_log r WHERE r.resource_type = 'task' "
    "AND r.action = {} AND r.details->>'restored_from' = a.id::text) "
    "ON CONFLICT (id) DO NOTHING RETURNING {}"
).format(sql.Literal(TaskRestored.action), COLUMNS)  # a literal: idx_audit_log_task_restores


async def lock_deletion(conn: AsyncConnection[Any], audit_id: int) -> AsyncCursor[Row]:
    """Send the lock of a task deletion's audit row, so two restores of it take turns."""
    return await send(conn, LOCK_DELETION, (audit_id, TaskDeleted.action))


async def restore(conn: AsyncConnection[Any], *, audit_id: int, user_id: int) -> AsyncCursor[Row]:
    """Send the reinsert of the deletion's task; sent after lock_deletion, in the same pipeline.

    READ COMMITTED takes each statement's snapshot when it starts, and this one starts once
    the lock is held: a restore of the same deletion that held it first has committed and is
    seen. (In the lock's own statement it would not be: its snapshot predates the wait.)
    """
    params = {
        "audit_id": audit_id,
        "deleted": TaskDeleted.action,
        "user_id": user_id,
    }
    return await send(conn, RESTORE, params)


async def latest_deletion(
    conn: AsyncConnection[Any], *, user_id: int, words: list[str]
) -> int | None:
    """The audit id of the user's latest unrestored deletion whose title has all the words."""
    patterns = [
        "%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%" for word in words
    ]
    params = {
        "deleted": TaskDeleted.action,
        "user": str(user_id),
        "words": patterns,
        "restored": TaskRestored.action,
    }
    row = await first(await send(conn, LATEST_DELETION, params))
    return None if row is None else int(row["id"])
