"""Task tools for the caller's own list; deleting asks the human through elicitation when it can."""

import inspect
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from mcp.server.mcpserver import Elicit, ElicitationResult, Resolve
from mcp.server.mcpserver.resolve import AcceptedElicitation
from mcp_types.version import is_version_at_least
from pydantic import BaseModel, Field, WithJsonSchema

from pgpilot.mcp.identity import acting, actor_of
from pgpilot.mcp.refusals import refusing
from pgpilot.mcp.state import McpContext, ToolSpec, changing, reading, state_of
from pgpilot.tasks import repository, tools
from pgpilot.tasks.contract import TaskCreate, TaskId, TaskQuery, TaskUpdate, properties
from pgpilot.tasks.envelopes import Envelope
from pgpilot.tasks.errors import NotConfirmed

# The first protocol revision that carries elicitation inside the tool call's result.
INPUT_REQUIRED_VERSION = "2026-07-28"
F = TypeVar("F", bound=Callable[..., Any])


def contract(model: type[BaseModel]) -> Callable[[F], F]:
    """Give a tool taking `**arguments` the contract model's fields as its parameters.

    The SDK publishes them as the tool's inputSchema, each with the contract's JSON schema;
    the task tool checks them against the same model, so a mistake is a VALIDATION_ERROR.
    """
    schemas = properties(model)

    def shape(fn: F) -> F:
        own = inspect.signature(fn).parameters.values()
        fields = [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Annotated[Any, WithJsonSchema(schemas[name])],
                default=inspect.Parameter.empty
                if field.is_required()
                else field.get_default(call_default_factory=True),
            )
            for name, field in model.model_fields.items()
        ]
        kept = [param for param in own if param.kind is not inspect.Parameter.VAR_KEYWORD]
        fn.__signature__ = inspect.Signature([*kept, *fields], return_annotation=Envelope)  # type: ignore[attr-defined]
        return fn

    return shape


def _me(ctx: McpContext) -> int:
    """The caller's user id: MCP callers are always signed-in users."""
    user_id = actor_of(ctx).id
    assert user_id is not None
    return user_id


def _scope(ctx: McpContext) -> dict[str, Any]:
    """The arguments the server supplies: the task database and the caller's user id."""
    return {"pool": state_of(ctx).services.app_db, "user_id": _me(ctx)}


@contract(TaskCreate)
async def add_task(ctx: McpContext, **arguments: Any) -> Envelope:
    """Add a task."""
    return await tools.add_task(**_scope(ctx), **arguments)


@contract(TaskQuery)
async def list_tasks(ctx: McpContext, **arguments: Any) -> Envelope:
    """One page of the caller's tasks, with counts."""
    return await tools.list_tasks(**_scope(ctx), **arguments)


@contract(TaskUpdate)
async def update_task(ctx: McpContext, task_id: TaskId, **arguments: Any) -> Envelope:
    """Change some fields of a task."""
    return await tools.update_task(**_scope(ctx), task_id=task_id, **arguments)


async def complete_task(
    ctx: McpContext,
    task_id: TaskId,
    cancel_reminder: Annotated[bool, Field(description="Cancel its pending reminders.")] = True,
) -> Envelope:
    """Mark a task completed."""
    return await tools.complete_task(
        **_scope(ctx), task_id=task_id, cancel_reminder=cancel_reminder
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
        raise NotConfirmed(f"The user did not agree; task {task_id} was kept.")
    if isinstance(answer.data, Confirmation):
        if not answer.data.delete:
            raise NotConfirmed(f"The user said no; task {task_id} was kept.")
        confirmed = True
    return await tools.delete_task(**_scope(ctx), task_id=task_id, confirmed=confirmed)


async def restore_task(
    ctx: McpContext,
    audit_id: Annotated[int | None, Field(description="The audit_id delete_task returned.")] = None,
    title: Annotated[
        str | None,
        Field(description="Without audit_id: words of the title of the deleted task."),
    ] = None,
) -> Envelope:
    """Bring a deleted task back: by audit_id, else your latest deletion (matching title)."""
    return await tools.restore_task(**_scope(ctx), audit_id=audit_id, title=title)


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
