"""The task tools: the acting user comes from the caller, every outcome is an envelope."""

import enum
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Final, ParamSpec

import psycopg
from psycopg_pool import AsyncConnectionPool

from pgpilot.audit.events import TaskDeleted, TaskRestored
from pgpilot.audit.writer import write_event
from pgpilot.errors import Conflict, NotFound, PgpilotError, ValidationError
from pgpilot.tasks import recurrence as rules
from pgpilot.tasks import reminders as alarms
from pgpilot.tasks import repository as repo
from pgpilot.tasks import validation as check
from pgpilot.tasks.dates import today_in
from pgpilot.tasks.envelopes import (
    ALREADY_RESTORED,
    DB_ERROR,
    NO_CHANGES,
    NOT_CONFIRMED,
    TASK_NOT_FOUND,
    USER_NOT_FOUND,
    Envelope,
    failure,
    success,
)

log = logging.getLogger(__name__)
P = ParamSpec("P")
Tool = Callable[..., Awaitable[Envelope]]
EDITABLE: Final = (
    "title",
    "description",
    "due_date",
    "priority",
    "tags",
    "add_tags",
    "recurrence",
    "remind_at",
)


class Keep(enum.Enum):
    """An argument that was not given (where None means something)."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP
# The specification's success messages, word for word.
CREATED: Final = "Task created successfully"
RETRIEVED: Final = "Tasks retrieved successfully"
UPDATED: Final = "Task updated successfully"
COMPLETED: Final = "Task marked as complete"
DELETED: Final = "Task deleted permanently"
RESTORED: Final = "Task restored"


def tool(func: Callable[P, Awaitable[Envelope]]) -> Callable[P, Awaitable[Envelope]]:
    """Return every outcome as an envelope; database failures become DB_ERROR."""

    @functools.wraps(func)
    async def run(*args: P.args, **kwargs: P.kwargs) -> Envelope:
        try:
            return await func(*args, **kwargs)
        except PgpilotError as exc:
            return failure(exc.error_code, exc.message)
        except psycopg.Error:
            log.exception("task tool %s failed in the database", func.__name__)
            return failure(DB_ERROR, "The task database could not do this right now; try again.")

    return run


def _task_not_found(task_id: int) -> NotFound:
    return NotFound(f"No task {task_id} in your list.", error_code=TASK_NOT_FOUND)


def _label(row: repo.Row) -> str:
    return f"task {row['id']} '{row['title']}'"


@tool
async def add_task(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    title: str,
    description: str | None = None,
    due_date: str | None = None,
    priority: str = "low",
    tags: Sequence[str] = (),
    recurrence: str | None = None,
    remind_at: str | None = None,
) -> Envelope:
    """Add a task for the user; a repeating one without a date is due on its first day."""
    check.identifier(user_id, name="user_id")
    fields: dict[str, Any] = {
        "title": check.title(title),
        "description": check.description(description),
        "priority": check.priority(priority),
        "tags": check.tags(tags),
        "due_date": None,
        "recurrence": None,
    }
    async with pool.connection() as conn, conn.transaction():
        timezone = await repo.user_timezone(conn, user_id)
        if timezone is None:
            raise NotFound(f"No user {user_id}.", error_code=USER_NOT_FOUND)
        today = today_in(timezone)
        if due_date is not None:
            fields["due_date"] = check.due_date(due_date, today=today)
        if recurrence is not None:
            fields["recurrence"] = rules.check(recurrence, today=today)
            fields["due_date"] = fields["due_date"] or rules.first_day(
                fields["recurrence"], today=today
            )
        moment = None
        if remind_at is not None:
            moment = alarms.remind_time(remind_at, timezone=timezone, now=datetime.now(UTC))
        row = await repo.insert_task(conn, user_id, fields)
        reminder = None
        if moment is not None:
            reminder = await alarms.add_reminder(conn, task_id=row["id"], remind_at=moment)
    return success(CREATED, {**repo.public(row), "reminder": reminder})


@tool
async def list_tasks(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    status: str = "all",
    priority: str | None = None,
    sort_by: str = "due_date",
    limit: int = 50,
    offset: int = 0,
    tag: str | None = None,
    due: str | None = None,
) -> Envelope:
    """One page of the user's tasks, with counts; `tag` and `due` narrow it (the web app's)."""
    check.identifier(user_id, name="user_id")
    query = check.list_query(
        status=status, only_priority=priority, sort_by=sort_by, limit=limit, offset=offset
    )
    async with pool.connection() as conn, conn.transaction():
        if tag is not None or due is not None:
            zone = await repo.user_timezone(conn, user_id)
            query = check.narrowed(query, tag=tag, due=due, today=today_in(zone or "UTC"))
        totals = await repo.counts(conn, user_id, query)
        if totals is None:
            raise NotFound(f"No user {user_id}.", error_code=USER_NOT_FOUND)
        rows = await repo.list_page(conn, user_id, query) if totals["matching_count"] else []
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
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    task_id: int,
    title: str | None = None,
    description: str | None = None,
    due_date: str | None = None,
    priority: str | None = None,
    tags: Sequence[str] | None = None,
    recurrence: str | Keep | None = KEEP,
    add_tags: Sequence[str] | None = None,
    remind_at: str | None = None,
) -> Envelope:
    """Change the given fields of one of the user's tasks, reporting old and new values.

    `add_tags` adds to the task's tags; `recurrence=None` stops it repeating.
    """
    check.identifier(user_id, name="user_id")
    check.identifier(task_id, name="task_id")
    given = {"title": title, "description": description, "priority": priority, "tags": tags}
    wanted: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    if not wanted and due_date is None and recurrence is KEEP and not add_tags and not remind_at:
        raise ValidationError("Give at least one of: " + ", ".join(EDITABLE) + ".")
    cleaners: Mapping[str, Callable[[object], object]] = {
        "title": check.title,
        "description": check.description,
        "priority": check.priority,
        "tags": check.tags,
    }
    new = {name: cleaners[name](value) for name, value in wanted.items()}
    async with pool.connection() as conn, conn.transaction():
        row = await repo.locked_task(conn, user_id=user_id, task_id=task_id)
        if row is None:
            raise _task_not_found(task_id)
        zone = await repo.user_timezone(conn, user_id) or "UTC"
        today = today_in(zone)
        if due_date is not None and due_date != _iso_or_none(row["due_date"]):
            new["due_date"] = check.due_date(due_date, today=today)
        if add_tags:
            have: list[str] = list(new["tags"]) if "tags" in new else row["tags"]  # type: ignore[call-overload]
            new["tags"] = check.tags([*have, *check.tags(add_tags)])
        if not isinstance(recurrence, Keep):
            new["recurrence"] = None if recurrence is None else rules.check(recurrence, today=today)
        changed = {name: value for name, value in new.items() if row[name] != value}
        reminder = None
        if remind_at is not None:  # a new time replaces the pending reminder
            moment = alarms.remind_time(remind_at, timezone=zone, now=datetime.now(UTC))
            await repo.cancel_reminders(conn, task_id)
            reminder = await alarms.add_reminder(conn, task_id=task_id, remind_at=moment)
        if not changed and reminder is None:
            raise Conflict(
                f"No changes: {_label(row)} already has these values.", error_code=NO_CHANGES
            )
        updated = await repo.update_task(conn, task_id, changed) if changed else row
    before, after = repo.public(row), repo.public(updated)
    changes = {name: {"old": before[name], "new": after[name]} for name in changed}
    return success(UPDATED, {**after, "changes": changes, "reminder": reminder})


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
    async with pool.connection() as conn, conn.transaction():
        row = await repo.locked_task(conn, user_id=user_id, task_id=task_id)
        if row is None:
            raise _task_not_found(task_id)
        already = bool(row["completed"])
        following = None
        if not already:
            rule = row["recurrence"]
            row = await repo.mark_completed(conn, task_id)
            if rule is not None:
                following = await _next_occurrence(conn, row, rule)
        cancelled = await repo.cancel_reminders(conn, task_id) if cancel_reminder else 0
        remaining = await repo.pending_count(conn, user_id)
    data = {
        **repo.public(row),
        "reminder_cancelled": cancelled > 0,
        "tasks_remaining": remaining,
        "already_completed": already,
        "reminders_cancelled": cancelled,
        "next_task": repo.public(following) if following is not None else None,
    }
    return success(COMPLETED, data)


async def _next_occurrence(conn: Any, done: repo.Row, rule: str) -> repo.Row | None:
    """The task of a repeating task's next day, which carries the rule on; None once it ended.

    A new row, not the same one moved: the completion stays in the list and the counts, as
    complete_task's spec wants (completed, completed_date), and undoing one day undoes only it.
    """
    today = today_in(await repo.user_timezone(conn, done["user_id"]) or "UTC")
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
    async with pool.connection() as conn, conn.transaction():
        row = await repo.locked_task(conn, user_id=user_id, task_id=task_id)
        if row is None:
            raise _task_not_found(task_id)
        if confirmed is not True:
            raise Conflict(
                f"Deleting {_label(row)} needs the user's confirmation; ask them, "
                "then call again with confirmed=true.",
                error_code=NOT_CONFIRMED,
            )
        cancelled = await repo.cancel_reminders(conn, task_id)
        event = TaskDeleted(
            actor=f"user:{user_id}",
            actor_id=user_id,
            resource_id=str(task_id),
            resource_title=row["title"],
            details={"task": repo.public(row), "reminders_cancelled": cancelled},
        )
        audit_id = await write_event(conn, event)
        deleted_at = await repo.delete_task(conn, task_id)
        remaining = await repo.task_count(conn, user_id)
    data = {
        "deleted_task_id": row["id"],
        "deleted_task_title": row["title"],
        "tasks_remaining": remaining,
        "deleted_at": deleted_at.isoformat(),
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
    async with pool.connection() as conn, conn.transaction():
        if audit_id is None:
            words = check.title(title).split() if title is not None else []
            audit_id = await repo.latest_deletion(conn, user_id=user_id, words=words)
            if audit_id is None:
                raise NotFound(
                    f"No deleted task of yours matching {title!r} to restore.",
                    error_code=TASK_NOT_FOUND,
                )
        entry = await repo.locked_deletion(conn, audit_id)
        saved = entry["details"].get("task") if entry else None
        if not isinstance(saved, dict) or saved.get("user_id") != user_id:
            raise NotFound(
                f"No deleted task of yours with audit id {audit_id}.", error_code=TASK_NOT_FOUND
            )
        gone = Conflict(
            f"Task {saved['id']} '{saved['title']}' was already restored.",
            error_code=ALREADY_RESTORED,
        )
        if await repo.was_restored(conn, audit_id=audit_id, task_id=str(saved["id"])):
            raise gone
        row = await repo.reinsert_task(conn, saved)
        if row is None:
            raise gone
        event = TaskRestored(
            actor=f"user:{user_id}",
            actor_id=user_id,
            resource_id=str(row["id"]),
            resource_title=row["title"],
            details={"restored_from": str(audit_id), "task": repo.public(row)},
        )
        await write_event(conn, event)
        remaining = await repo.pending_count(conn, user_id)
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
