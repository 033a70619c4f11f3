"""The task tools: the acting user comes from the caller, arguments are checked against the
contract (tasks.contract), success is an envelope and every failure is raised (tasks.errors).
"""

import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, Final, ParamSpec

import psycopg
from psycopg import AsyncConnection, AsyncCursor
from psycopg_pool import AsyncConnectionPool

from pgpilot.audit.events import TaskDeleted, TaskRestored
from pgpilot.audit.writer import send_event
from pgpilot.errors import ValidationError
from pgpilot.tasks import batch, deletions
from pgpilot.tasks import recurrence as rules
from pgpilot.tasks import reminders as alarms
from pgpilot.tasks import repository as repo
from pgpilot.tasks import validation as check
from pgpilot.tasks.contract import Tags, TaskCreate, TaskQuery, TaskUpdate, Title, checked, parsed
from pgpilot.tasks.dates import today_in
from pgpilot.tasks.envelopes import Envelope, success
from pgpilot.tasks.errors import (
    AlreadyRestored,
    NoChanges,
    NotConfirmed,
    TaskDatabaseError,
    TaskNotFound,
    UserNotFound,
)

log = logging.getLogger(__name__)
P = ParamSpec("P")
Tool = Callable[..., Awaitable[Envelope]]
# The specification's success messages, word for word.
CREATED: Final = "Task created successfully"
RETRIEVED: Final = "Tasks retrieved successfully"
UPDATED: Final = "Task updated successfully"
COMPLETED: Final = "Task marked as complete"
DELETED: Final = "Task deleted permanently"
RESTORED: Final = "Task restored"


def tool(func: Callable[P, Awaitable[Envelope]]) -> Callable[P, Awaitable[Envelope]]:
    """A database failure becomes DB_ERROR, which tells the caller nothing of the server."""

    @functools.wraps(func)
    async def run(*args: P.args, **kwargs: P.kwargs) -> Envelope:
        try:
            return await func(*args, **kwargs)
        except psycopg.Error:
            log.exception("task tool %s failed in the database", func.__name__)
            raise TaskDatabaseError(
                "The task database could not do this right now; try again."
            ) from None

    return run


async def _zone(cursor: AsyncCursor[repo.Row], user_id: int) -> str:
    row = await repo.first(cursor)
    if row is None:
        raise UserNotFound(f"No user {user_id}.")
    return str(row["timezone"])


async def _locked(
    conn: AsyncConnection[Any], *, user_id: int, task_id: int
) -> tuple[AsyncCursor[repo.Row], AsyncCursor[repo.Row]]:
    """Send the task's lock and the user's time zone, to be read together."""
    lock = await repo.send(conn, repo.LOCK_TASK, (task_id, user_id))
    return lock, await repo.send(conn, repo.USER_TIMEZONE, (user_id,))


async def _row(cursor: AsyncCursor[repo.Row], task_id: int) -> repo.Row:
    row = await repo.first(cursor)
    if row is None:
        raise TaskNotFound(f"No task {task_id} in your list.")
    return row


def _label(row: repo.Row) -> str:
    return f"task {row['id']} '{row['title']}'"


def _moment(remind_at: str | None, *, zone: str) -> datetime | None:
    if remind_at is None:
        return None
    return alarms.remind_time(remind_at, timezone=zone, now=datetime.now(UTC))


@tool
async def add_task(pool: AsyncConnectionPool, *, user_id: int, **arguments: Any) -> Envelope:
    """Add a task (contract.TaskCreate); a repeating one without a date is due on its first day."""
    check.identifier(user_id, name="user_id")
    task = parsed(TaskCreate, arguments)
    async with batch.transaction(pool) as tx:
        zone = await _zone(await repo.send(tx.conn, repo.USER_TIMEZONE, (user_id,)), user_id)
        today = today_in(zone)
        due = None if task.due_date is None else check.due_date(task.due_date, today=today)
        rule = None if task.recurrence is None else rules.check(task.recurrence, today=today)
        if rule is not None:
            due = due or rules.first_day(rule, today=today)
        moment = _moment(task.remind_at, zone=zone)
        fields = {**task.model_dump(include={"title", "priority", "tags"})}
        fields |= {"description": task.description or None, "due_date": due, "recurrence": rule}
        inserted = await repo.insert_task(tx.conn, user_id, fields)
        sent = None
        if moment is not None:  # needs the task's id: one more wait
            row = await repo.inserted(inserted)
            sent = await alarms.send_reminder(tx.conn, task_id=row["id"], remind_at=moment)
        await tx.commit()
        row = await repo.inserted(inserted)
        reminder = None if sent is None else await alarms.added(sent)
    return success(CREATED, {**repo.public(row), "reminder": reminder})


@tool
async def list_tasks(pool: AsyncConnectionPool, *, user_id: int, **arguments: Any) -> Envelope:
    """One page of the user's tasks (contract.TaskQuery), with counts."""
    check.identifier(user_id, name="user_id")
    asked = parsed(TaskQuery, arguments)
    # Due views take today from the user's zone in SQL (repository.USER_TODAY): one round trip.
    query = check.list_query(asked, today=None)
    async with batch.transaction(pool) as tx:
        counted = await repo.send(tx.conn, *repo.counts_query(user_id, query))
        page = await repo.send_page(tx.conn, user_id, query)
        await tx.commit()
        totals = await repo.first(counted)
        if totals is None:
            raise UserNotFound(f"No user {user_id}.")
        rows = await page.fetchall()
    tasks = [repo.public(row) for row in rows]
    data = {
        "tasks": tasks,
        **totals,
        "returned_count": len(tasks),
        "limit": query.limit,
        "offset": query.offset,
    }
    return success(RETRIEVED, data)


@tool
async def update_task(
    pool: AsyncConnectionPool, *, user_id: int, task_id: int, **arguments: Any
) -> Envelope:
    """Change the given fields (contract.TaskUpdate), reporting each old and new value."""
    check.identifier(user_id, name="user_id")
    check.identifier(task_id, name="task_id")
    given = parsed(TaskUpdate, arguments).changes()
    if not given:
        raise ValidationError("Give at least one of: " + ", ".join(TaskUpdate.model_fields) + ".")
    remind_at, add_tags = given.pop("remind_at", None), given.pop("add_tags", None)
    async with batch.transaction(pool) as tx:
        lock, zoned = await _locked(tx.conn, user_id=user_id, task_id=task_id)
        row = await _row(lock, task_id)
        zone = await _zone(zoned, user_id)
        new = _new_values(row, given, add_tags=add_tags, today=today_in(zone))
        changed = {name: value for name, value in new.items() if row[name] != value}
        moment = _moment(remind_at, zone=zone)
        if not changed and moment is None:
            raise NoChanges(f"No changes: {_label(row)} already has these values.")
        sent = None
        if moment is not None:  # a new time replaces the pending reminder
            await repo.cancel_reminders(tx.conn, task_id)
            sent = await alarms.send_reminder(tx.conn, task_id=task_id, remind_at=moment)
        updating = await repo.update_task(tx.conn, task_id, changed) if changed else None
        await tx.commit()
        reminder = None if sent is None else await alarms.added(sent)
        updated = row if updating is None else await _row(updating, task_id)
    before, after = repo.public(row), repo.public(updated)
    changes = {name: {"old": before[name], "new": after[name]} for name in changed}
    return success(UPDATED, {**after, "changes": changes, "reminder": reminder})


def _new_values(
    row: repo.Row, given: dict[str, Any], *, add_tags: list[str] | None, today: date
) -> dict[str, Any]:
    """The task's new column values from checked fields; dates and rules judged by `today`."""
    new = dict(given)
    if "description" in new:
        new["description"] = new["description"] or None
    due = new.pop("due_date", None)
    if due is not None and due != _iso_or_none(row["due_date"]):
        new["due_date"] = check.due_date(due, today=today)
    if add_tags:
        have: list[str] = list(new["tags"] if "tags" in new else row["tags"])
        new["tags"] = checked(Tags, [*have, *add_tags], name="tags")
    if new.get("recurrence") is not None:
        new["recurrence"] = rules.check(new["recurrence"], today=today)
    return new


def _iso_or_none(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


@tool
async def complete_task(
    pool: AsyncConnectionPool, *, user_id: int, task_id: int, cancel_reminder: bool = True
) -> Envelope:
    """Mark a task completed (again is fine) and cancel its pending reminders."""
    check.identifier(user_id, name="user_id")
    check.identifier(task_id, name="task_id")
    if not isinstance(cancel_reminder, bool):
        raise ValidationError("cancel_reminder must be true or false")
    async with batch.transaction(pool) as tx:
        lock, zoned = await _locked(tx.conn, user_id=user_id, task_id=task_id)
        row = await _row(lock, task_id)
        zone = await _zone(zoned, user_id)
        already = bool(row["completed"])
        marking = following = None
        if not already:
            marking = await repo.mark_completed(tx.conn, task_id)
            if row["recurrence"] is not None:
                following = await _next_occurrence(tx.conn, row, today=today_in(zone))
        cancelling = await repo.cancel_reminders(tx.conn, task_id) if cancel_reminder else None
        counted = await repo.pending_count(tx.conn, user_id)
        await tx.commit()
        row = row if marking is None else await _row(marking, task_id)
        cancelled = 0 if cancelling is None else cancelling.rowcount
        remaining = await repo.number(counted)
        following_row = None if following is None else await repo.first(following)
    data = {
        **repo.public(row),
        "reminder_cancelled": cancelled > 0,
        "tasks_remaining": remaining,
        "already_completed": already,
        "reminders_cancelled": cancelled,
        "next_task": repo.public(following_row) if following_row is not None else None,
    }
    return success(COMPLETED, data)


async def _next_occurrence(
    conn: AsyncConnection[Any], done: repo.Row, *, today: date
) -> AsyncCursor[repo.Row] | None:
    """Send the task of a repeating task's next day, which carries the rule on; None once it
    ended. `done` is the task as locked, before completing it took its rule away.

    A new row, not the same one moved: the completion stays in the list and the counts, as
    complete_task's spec wants (completed, completed_date), and undoing one day undoes only it.
    """
    rule = done["recurrence"]
    day = rules.next_day(rule, due=done["due_date"], today=today)
    if day is None:
        return None
    fields = {name: done[name] for name in ("title", "description", "priority", "tags")}
    return await repo.insert_task(
        conn, done["user_id"], {**fields, "due_date": day, "recurrence": rule}
    )


@tool
async def delete_task(
    pool: AsyncConnectionPool, *, user_id: int, task_id: int, confirmed: bool = False
) -> Envelope:
    """Delete a task once confirmed, keeping a restorable copy in the audit log."""
    check.identifier(user_id, name="user_id")
    check.identifier(task_id, name="task_id")
    async with batch.transaction(pool) as tx:
        # The reminders go with the lock: any failure below rolls their cancelling back.
        lock = await repo.send(tx.conn, repo.LOCK_TASK, (task_id, user_id))
        cancelling = await repo.cancel_reminders(tx.conn, task_id)
        row = await _row(lock, task_id)
        if confirmed is not True:
            raise NotConfirmed(
                f"Deleting {_label(row)} needs the user's confirmation; ask them, "
                "then call again with confirmed=true."
            )
        cancelled = cancelling.rowcount
        event = TaskDeleted(
            actor=f"user:{user_id}",
            actor_id=user_id,
            resource_id=str(task_id),
            resource_title=row["title"],
            details={"task": repo.public(row), "reminders_cancelled": cancelled},
        )
        audited = await send_event(tx.conn, event)
        deleting = await repo.delete_task(tx.conn, task_id)
        counted = await repo.task_count(tx.conn, user_id)
        await tx.commit()
        audit_id = await repo.number(audited)
        deleted = await _row(deleting, task_id)
        remaining = await repo.number(counted)
    data = {
        "deleted_task_id": row["id"],
        "deleted_task_title": row["title"],
        "tasks_remaining": remaining,
        "deleted_at": deleted["deleted_at"].isoformat(),
        "audit_id": audit_id,
        "reminders_cancelled": cancelled,
    }
    return success(DELETED, data)


@tool
async def restore_task(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    audit_id: int | None = None,
    title: str | None = None,
) -> Envelope:
    """Bring a deleted task back from its audit row: only its owner, only once.

    Without `audit_id`, the user's most recent deletion (whose title has `title`'s words).
    """
    check.identifier(user_id, name="user_id")
    if audit_id is not None:
        check.identifier(audit_id, name="audit_id")
    async with batch.transaction(pool) as tx:
        conn = tx.conn
        if audit_id is None:
            words = checked(Title, title, name="title").split() if title is not None else []
            audit_id = await deletions.latest_deletion(conn, user_id=user_id, words=words)
            if audit_id is None:
                raise TaskNotFound(f"No deleted task of yours matching {title!r} to restore.")
        # One wait for both: the reinsert runs once the lock is held, and checks it all again.
        locking = await deletions.lock_deletion(conn, audit_id)
        restoring = await deletions.restore(conn, audit_id=audit_id, user_id=user_id)
        entry = await repo.first(locking)
        saved = entry["details"].get("task") if entry else None
        if not isinstance(saved, dict) or saved.get("user_id") != user_id:
            raise TaskNotFound(f"No deleted task of yours with audit id {audit_id}.")
        row = await repo.first(restoring)
        if row is None:  # restored from this deletion already, or its id is in use again
            raise AlreadyRestored(f"Task {saved['id']} '{saved['title']}' was already restored.")
        event = TaskRestored(
            actor=f"user:{user_id}",
            actor_id=user_id,
            resource_id=str(row["id"]),
            resource_title=row["title"],
            details={"restored_from": str(audit_id), "task": repo.public(row)},
        )
        await send_event(conn, event)
        counted = await repo.pending_count(conn, user_id)
        await tx.commit()
        remaining = await repo.number(counted)
    data = {**repo.public(row), "restored_from": audit_id, "tasks_remaining": remaining}
    return success(RESTORED, data)


TOOLS: Final[Mapping[str, Tool]] = MappingProxyType(
    {
        "add_task": add_task,
        "list_tasks": list_tasks,
        "update_task": update_task,
        "complete_task": complete_task,
        "delete_task": delete_task,
        "restore_task": restore_task,
    }
)
