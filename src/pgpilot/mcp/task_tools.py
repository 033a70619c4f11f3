"""Task tools for the caller's own list; deleting asks the human through elicitation when it can."""

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Elicit, ElicitationResult, Resolve
from mcp.server.mcpserver.resolve import AcceptedElicitation
from mcp_types.version import is_version_at_least
from pydantic import BaseModel, Field

from pgpilot.errors import Conflict, PgpilotError
from pgpilot.mcp.identity import acting, actor_of
from pgpilot.mcp.refusals import refusing
from pgpilot.mcp.state import McpContext, ToolSpec, changing, reading, state_of
from pgpilot.tasks import repository, tools
from pgpilot.tasks.envelopes import NOT_CONFIRMED, Envelope

# The first protocol revision that carries elicitation inside the tool call's result.
INPUT_REQUIRED_VERSION = "2026-07-28"

TaskId = Annotated[int, Field(description="The task's id, as add_task or list_tasks show it.")]
Title = Annotated[str, Field(description="1 to 200 characters.")]
Description = Annotated[str | None, Field(description="At most 1000 characters.")]
DueDate = Annotated[
    str | None, Field(description="YYYY-MM-DD, today or later in the user's time zone.")
]
Priority = Literal["low", "medium", "high"]
Tags = Annotated[tuple[str, ...], Field(description="At most 5 tags of at most 50 characters.")]
RemindAt = Annotated[
    str | None,
    Field(
        description="When to remind you: 2026-03-05T17:00 in your time zone (or with an offset)."
    ),
]
Recurrence = Annotated[
    str | None,
    Field(
        description="An RFC 5545 RRULE: FREQ=WEEKLY;BYDAY=SU, FREQ=MONTHLY;BYMONTHDAY=1, "
        "FREQ=WEEKLY;INTERVAL=2, FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR. Completing the task "
        "creates the next occurrence's task."
    ),
]


def _answer(envelope: Envelope) -> Envelope:
    """A success envelope as the result; an error envelope as the tool's error."""
    if envelope["status"] == "success":
        return envelope
    raise PgpilotError(str(envelope["message"]), error_code=str(envelope["error_code"]))


def _me(ctx: McpContext) -> int:
    """The caller's user id: MCP callers are always signed-in users."""
    user_id = actor_of(ctx).id
    assert user_id is not None
    return user_id


def _scope(ctx: McpContext) -> dict[str, Any]:
    """The arguments the server supplies: the task database and the caller's user id."""
    return {"pool": state_of(ctx).services.app_db, "user_id": _me(ctx)}


async def add_task(
    ctx: McpContext,
    title: Title,
    description: Description = None,
    due_date: DueDate = None,
    priority: Priority = "low",
    tags: Tags = (),
    recurrence: Recurrence = None,
    remind_at: RemindAt = None,
) -> Envelope:
    """Add a task."""
    return _answer(
        await tools.add_task(
            **_scope(ctx),
            title=title,
            description=description,
            due_date=due_date,
            priority=priority,
            tags=tags,
            recurrence=recurrence,
            remind_at=remind_at,
        )
    )


async def list_tasks(
    ctx: McpContext,
    status: Literal["all", "pending", "completed"] = "all",
    priority: Priority | None = None,
    sort_by: Literal["due_date", "priority", "created_at"] = "due_date",
    limit: Annotated[int, Field(ge=1, le=100)] = 50,
    offset: Annotated[int, Field(ge=0)] = 0,
    due: Annotated[
        Literal["today", "tomorrow", "this_week", "next_week", "overdue"] | None,
        Field(description="Only tasks due then (weeks run Monday-Sunday), in your time zone."),
    ] = None,
    tag: Annotated[
        str | None, Field(min_length=1, max_length=50, description="Only tasks with this tag.")
    ] = None,
) -> Envelope:
    """One page of the caller's tasks, with counts."""
    return _answer(
        await tools.list_tasks(
            **_scope(ctx),
            status=status,
            priority=priority,
            sort_by=sort_by,
            limit=limit,
            offset=offset,
            due=due,
            tag=tag,
        )
    )


async def update_task(
    ctx: McpContext,
    task_id: TaskId,
    title: Annotated[str | None, Field(description="New title, 1 to 200 characters.")] = None,
    description: Annotated[str | None, Field(description="An empty string removes it.")] = None,
    due_date: DueDate = None,
    priority: Priority | None = None,
    tags: Annotated[
        list[str] | None, Field(description="Replaces all tags; an empty list removes them.")
    ] = None,
    add_tags: Annotated[
        list[str] | None, Field(description="Tags to add to the task's own.")
    ] = None,
    recurrence: Annotated[
        str | None,
        Field(description='A new RRULE; null stops repeating; "" (the default) keeps it.'),
    ] = "",
    remind_at: RemindAt = None,
) -> Envelope:
    """Change some fields of a task."""
    return _answer(
        await tools.update_task(
            **_scope(ctx),
            task_id=task_id,
            title=title,
            description=description,
            due_date=due_date,
            priority=priority,
            tags=tags,
            add_tags=add_tags,
            recurrence=tools.KEEP if recurrence == "" else recurrence,
            remind_at=remind_at,
        )
    )


async def complete_task(
    ctx: McpContext,
    task_id: TaskId,
    cancel_reminder: Annotated[bool, Field(description="Cancel its pending reminders.")] = True,
) -> Envelope:
    """Mark a task completed."""
    return _answer(
        await tools.complete_task(**_scope(ctx), task_id=task_id, cancel_reminder=cancel_reminder)
    )


class Confirmation(BaseModel):
    """The form the user answers before a task is deleted."""

    delete: bool = Field(title="Delete it?", description="Yes deletes the task.")


class NotAsked(BaseModel):
    """The user was not asked: the client cannot ask, or there is no such task of theirs."""


async def ask_before_deleting(ctx: McpContext, task_id: int) -> Elicit[Confirmation] | NotAsked:
    """Ask the human through MCP elicitation, when the client supports it."""
    if not _can_elicit(ctx):
        return NotAsked()
    pool = state_of(ctx).services.app_db
    async with pool.connection() as conn, conn.transaction():
        row = await repository.locked_task(conn, user_id=_me(ctx), task_id=task_id)
    if row is None:
        return NotAsked()  # delete_task itself reports TASK_NOT_FOUND
    return Elicit(
        f"Delete task {task_id} '{row['title']}' from your list? "
        "(It can be brought back with restore_task.)",
        Confirmation,
    )


def _can_elicit(ctx: McpContext) -> bool:
    capabilities = ctx.client_capabilities
    elicitation = capabilities.elicitation if capabilities is not None else None
    if elicitation is None or (elicitation.form is None and elicitation.url is not None):
        return False
    version = ctx.protocol_version
    modern = version is not None and is_version_at_least(version, INPUT_REQUIRED_VERSION)
    return modern or ctx.request_context.session.can_send_request


async def delete_task(
    ctx: McpContext,
    task_id: TaskId,
    answer: Annotated[
        ElicitationResult[Any], Resolve(refusing(acting(ask_before_deleting, counted=False)))
    ],
    confirmed: Annotated[
        bool,
        Field(
            description="Only for clients that cannot ask their user (no elicitation): true "
            "once the user said yes. Where the client can ask, the user is asked directly."
        ),
    ] = False,
) -> Envelope:
    """Delete a task once the human agreed."""
    if not isinstance(answer, AcceptedElicitation):
        raise Conflict(
            f"The user did not agree; task {task_id} was kept.", error_code=NOT_CONFIRMED
        )
    if isinstance(answer.data, Confirmation):
        if not answer.data.delete:
            raise Conflict(f"The user said no; task {task_id} was kept.", error_code=NOT_CONFIRMED)
        confirmed = True
    return _answer(await tools.delete_task(**_scope(ctx), task_id=task_id, confirmed=confirmed))


async def restore_task(
    ctx: McpContext,
    audit_id: Annotated[int | None, Field(description="The audit_id delete_task returned.")] = None,
    title: Annotated[
        str | None,
        Field(description="Without audit_id: words of the title of the deleted task."),
    ] = None,
) -> Envelope:
    """Bring a deleted task back: by audit_id, else your latest deletion (matching title)."""
    return _answer(await tools.restore_task(**_scope(ctx), audit_id=audit_id, title=title))


MINE = "Only the connected user's own tasks; the user comes from the session, never arguments."
TOOLS = (
    ToolSpec(
        add_task,
        title="Add a task",
        description=f"Add a task to the user's list. Returns the task with its id. {MINE}",
        annotations=changing("Add a task", destructive=False),
    ),
    ToolSpec(
        list_tasks,
        title="List tasks",
        description="The user's tasks, filtered by status and priority, sorted, paged; with "
        f"total, pending and completed counts. {MINE}",
        annotations=reading("List tasks"),
    ),
    ToolSpec(
        update_task,
        title="Change a task",
        description="Change the given fields of a task; data.changes shows each old and new "
        f"value. Giving values it already has is an error (NO_CHANGES). {MINE}",
        annotations=changing("Change a task", destructive=False, idempotent=True),
    ),
    ToolSpec(
        complete_task,
        title="Complete a task",
        description="Mark a task completed (again is fine) and cancel its pending reminders; "
        f"returns how many tasks remain pending. {MINE}",
        annotations=changing("Complete a task", destructive=False, idempotent=True),
    ),
    ToolSpec(
        delete_task,
        title="Delete a task",
        description="Delete a task. Where the client supports elicitation, the user is asked "
        "to confirm directly; otherwise ask the user yourself and call with confirmed=true only "
        "after they said yes. Returns an audit_id that restore_task can bring it back with. "
        f"{MINE}",
        annotations=changing("Delete a task", destructive=True, idempotent=True),
    ),
    ToolSpec(
        restore_task,
        title="Restore a deleted task",
        description="Bring back a deleted task from the audit_id delete_task returned, once. "
        + MINE,
        annotations=changing("Restore a deleted task", destructive=False),
    ),
)
