"""The one writer of audit events, and the readers of the log."""

from typing import Any

from psycopg import AsyncConnection, AsyncCursor
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.audit.events import AuditEvent
from pgpilot.inputs import refuse_nul

INSERT_SQL = """
INSERT INTO audit_log
    (actor, actor_id, action, resource_type, resource_id, resource_title, details)
VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id
"""
LIST_SQL = """
SELECT id, created_at, actor, actor_id, action, resource_type, resource_id, resource_title,
       details - 'images' AS details
FROM audit_log
WHERE (%(action)s::text IS NULL OR action = %(action)s)
  AND (NOT %(own)s OR actor_id = %(actor_id)s)
ORDER BY id DESC LIMIT %(limit)s
"""
GET_SQL = """
SELECT id, created_at, actor, actor_id, action, resource_type, resource_id, resource_title,
       details
FROM audit_log WHERE id = %s
"""


async def write_event(conn: AsyncConnection, event: AuditEvent) -> int:
    """Insert the event on `conn` (inside the caller's transaction); returns its id."""
    cursor = await send_event(conn, event)
    row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def send_event(conn: AsyncConnection, event: AuditEvent) -> AsyncCursor[Any]:
    """Send the event's insert on `conn` without waiting (in a pipeline); the cursor has its id."""
    title = event.resource_title[:255] if event.resource_title else None
    return await conn.execute(
        INSERT_SQL,
        (
            event.actor[:255],
            event.actor_id,
            event.action,
            event.resource_type,
            event.resource_id,
            title,
            Jsonb(event.details),
        ),
    )


async def list_events(
    pool: AsyncConnectionPool,
    *,
    limit: int = 50,
    action: str | None = None,
    only_actor: int | None = None,
) -> list[dict[str, Any]]:
    """Newest events first, without row images (they can be large); `only_actor`: one user's."""
    params = {
        "action": action,
        "limit": limit,
        "own": only_actor is not None,
        "actor_id": only_actor,
    }
    refuse_nul(action=action)
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(LIST_SQL, params)
        rows = await cursor.fetchall()
    for row in rows:
        row["created_at"] = row["created_at"].isoformat()
    return rows


async def get_event(pool: AsyncConnectionPool, event_id: int) -> dict[str, Any] | None:
    """One event with everything it holds, row images included; None when there is none."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(GET_SQL, (event_id,))
        row = await cursor.fetchone()
    if row is not None:
        row["created_at"] = row["created_at"].isoformat()
    return row
