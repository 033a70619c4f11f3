"""Reminders: set in the user's time zone, delivered once as in-app notifications.

Any number of schedulers may run (one per `pgpilot serve` worker): each claims due reminders
with FOR UPDATE SKIP LOCKED, and marks them sent in the same transaction that writes the
notification, so a reminder is delivered exactly once.
"""

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from psycopg import AsyncConnection, AsyncCursor
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from pgpilot.tasks.mail import Mailer

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

# Claim, mark sent and notify in one statement: rows another scheduler holds are skipped.
DELIVER: Final = (
    "WITH due AS (SELECT r.id FROM reminders r WHERE r.status = 'pending' AND r.remind_at <= %s"
    "             ORDER BY r.remind_at, r.id LIMIT %s FOR UPDATE SKIP LOCKED),"
    " sent AS (UPDATE reminders r SET status = 'sent' FROM due WHERE r.id = due.id"
    "          RETURNING r.id, r.task_id, r.remind_at) "
    "INSERT INTO notifications (user_id, task_id, reminder_id, title, body) "
    "SELECT t.user_id, t.id, sent.id, 'Reminder: ' || left(t.title, 200),"
    "       t.title || CASE WHEN t.due_date IS NULL THEN '' ELSE ' (due ' || t.due_date || ')' END"
    " FROM sent JOIN tasks t ON t.id = sent.task_id "
    "RETURNING id, user_id, task_id, reminder_id, title, body"
)
ADD: Final = "INSERT INTO reminders (task_id, remind_at) VALUES (%s, %s) RETURNING id, remind_at"
LIST: Final = (
    "SELECT id, task_id, title, body, created_at, read_at FROM notifications"
    " WHERE user_id = %s AND (NOT %s OR read_at IS NULL) ORDER BY id DESC LIMIT %s"
)
READ: Final = (
    "UPDATE notifications SET read_at = COALESCE(read_at, now())"
    " WHERE id = %s AND user_id = %s RETURNING id, task_id, title, body, created_at, read_at"
)


def remind_time(value: object, *, timezone: str, now: datetime) -> datetime:
    """An ISO date-time, read in the user's zone when it has no offset; it must be ahead."""
    if not isinstance(value, str):
        raise ValidationError("remind_at must be a date and time such as 2026-03-05T17:00")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"remind_at must be a date and time such as 2026-03-05T17:00, got {value!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone))
    if moment <= now:
        raise ValidationError(f"remind_at {value} is in the past")
    return moment


async def add_reminder(
    conn: AsyncConnection[Any], *, task_id: int, remind_at: datetime
) -> dict[str, Any]:
    """A pending reminder for a task."""
    return await added(await send_reminder(conn, task_id=task_id, remind_at=remind_at))


async def send_reminder(
    conn: AsyncConnection[Any], *, task_id: int, remind_at: datetime
) -> AsyncCursor[Any]:
    """Send a pending reminder's insert without waiting (in a pipeline); `added` reads it."""
    return await conn.execute(ADD, (task_id, remind_at))


async def added(cursor: AsyncCursor[Any]) -> dict[str, Any]:
    """The reminder a `send_reminder` inserted, as the tools answer it."""
    row = await cursor.fetchone()
    assert row is not None
    return {"id": row[0], "remind_at": row[1].astimezone(UTC).isoformat(), "status": "pending"}


async def deliver_due(
    pool: AsyncConnectionPool, *, now: datetime, batch: int = 100, mailer: "Mailer | None" = None
) -> int:
    """Deliver the reminders due at `now`; how many this call delivered.

    The notification is committed before any e-mail goes out: in-app delivery is exactly
    once, whatever the mail server does; e-mail is at most once (the mailer retries only
    sends the server surely did not take; see tasks.mail).
    """
    async with pool.connection() as conn, conn.transaction():
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(DELIVER, (now, batch))
        delivered = await cursor.fetchall()
    for note in delivered:
        log.info("reminder %s delivered to user %s", note["reminder_id"], note["user_id"])
    if mailer is not None and delivered:
        await _mail(pool, mailer, delivered)
    return len(delivered)


async def _mail(pool: AsyncConnectionPool, mailer: "Mailer", notes: list[dict[str, Any]]) -> None:
    async with pool.connection() as conn:
        cursor = await conn.execute(
            "SELECT id, email FROM users WHERE id = ANY(%s)", ([n["user_id"] for n in notes],)
        )
        emails: dict[int, str] = {row[0]: row[1] for row in await cursor.fetchall()}
    for note in notes:
        try:
            await mailer.send(
                to=emails[note["user_id"]],
                subject=note["title"],
                body=note["body"],
                key=f"reminder-{note['reminder_id']}",
            )
        except Exception:  # one unreachable mailbox must not stop the others
            log.exception("e-mailing reminder %s failed", note["reminder_id"])


async def run_scheduler(
    pool: AsyncConnectionPool,
    *,
    clock: Clock,
    interval_s: float,
    stop: asyncio.Event,
    mailer: "Mailer | None" = None,
) -> None:
    """Deliver due reminders every `interval_s` until `stop` is set."""
    while not stop.is_set():
        try:
            while await deliver_due(pool, now=clock(), mailer=mailer):
                pass
        except Exception:  # the loop must outlive a database hiccup; the next round retries
            log.exception("delivering reminders failed")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval_s)
        except TimeoutError:
            continue


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "created_at": row["created_at"].isoformat(),
        "read_at": row["read_at"].isoformat() if row["read_at"] else None,
    }


async def list_notifications(
    pool: AsyncConnectionPool, *, user_id: int, unread: bool = False, limit: int = 50
) -> list[dict[str, Any]]:
    """The user's notifications, newest first."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(LIST, (user_id, unread, limit))
        return [_public(row) for row in await cursor.fetchall()]


async def mark_read(
    pool: AsyncConnectionPool, *, user_id: int, notification_id: int
) -> dict[str, Any]:
    """Mark one of the user's notifications read (again is fine)."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(READ, (notification_id, user_id))
        row = await cursor.fetchone()
    if row is None:
        raise NotFound(
            f"No notification {notification_id} of yours.", error_code="NOTIFICATION_NOT_FOUND"
        )
    return _public(row)
