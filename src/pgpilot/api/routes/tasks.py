"""Tasks over REST: the same tools the assistant calls, for the token's own user only."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import PathUser, RateLimitedUser
from pgpilot.tasks import envelopes as codes
from pgpilot.tasks import tools
from pgpilot.tasks.envelopes import Envelope

router = APIRouter(prefix="/api/{user_id}/tasks", tags=["tasks"])

# NO_CHANGES is an error envelope, so it gets an error status: 409, like the other
# "not in this state" answers (NOT_CONFIRMED, ALREADY_RESTORED).
HTTP_STATUS = {
    codes.VALIDATION_ERROR: 422,
    codes.USER_NOT_FOUND: 404,
    codes.TASK_NOT_FOUND: 404,
    codes.NO_CHANGES: 409,
    codes.NOT_CONFIRMED: 409,
    codes.ALREADY_RESTORED: 409,
    codes.UNAUTHORIZED: 401,
    codes.DB_ERROR: 500,
}
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "The path's user is not the token's (FORBIDDEN)."},
    404: {"description": "No such task of yours (TASK_NOT_FOUND)."},
    409: {"description": "NO_CHANGES, NOT_CONFIRMED or ALREADY_RESTORED."},
    422: {"description": "Invalid arguments (VALIDATION_ERROR)."},
    429: {"description": "Over PGPILOT_RATE_LIMIT; see Retry-After (RATE_LIMITED)."},
    500: {"description": "The database failed (DB_ERROR)."},
}


class SuccessEnvelope(BaseModel):
    """What every task endpoint answers on success; errors are the error envelope."""

    status: Literal["success"]
    message: str
    data: dict[str, Any]
    timestamp: str


class TaskCreate(BaseModel):
    """A new task."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(description="1 to 200 characters.")
    description: str | None = Field(None, description="At most 1000 characters.")
    due_date: str | None = Field(None, description="YYYY-MM-DD, today or later (your zone).")
    priority: str = Field("low", description="low, medium or high.")
    tags: list[str] = Field(default_factory=list, description="At most 5, of 50 characters.")
    recurrence: str | None = Field(
        None, description="An RRULE (FREQ=WEEKLY;BYDAY=SU); the task repeats."
    )
    remind_at: str | None = Field(
        None, description="When to remind you: 2026-03-05T17:00 (your zone) or with an offset."
    )


class TaskUpdate(BaseModel):
    """The fields to change; absent or null fields stay as they are."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    description: str | None = Field(None, description="An empty string removes it.")
    due_date: str | None = None
    priority: str | None = None
    tags: list[str] | None = Field(None, description="An empty list removes them all.")
    add_tags: list[str] | None = Field(None, description="Tags added to the task's own.")
    remind_at: str | None = Field(
        None, description="A new reminder time; replaces the pending one."
    )
    recurrence: str | None = Field(
        None, description="An RRULE; an explicit null stops the task repeating."
    )


def respond(result: Envelope, *, success_status: int = 200) -> JSONResponse:
    """The tool's envelope as the body, with the HTTP status its outcome deserves."""
    if result["status"] == "success":
        return JSONResponse(result, status_code=success_status)
    return JSONResponse(result, status_code=HTTP_STATUS.get(result["error_code"], 500))


@router.get("", response_model=SuccessEnvelope, responses=ERRORS)
async def get_tasks(
    user: PathUser,
    services: ServicesDep,
    status: Literal["all", "pending", "completed"] = "all",
    priority: Literal["low", "medium", "high"] | None = None,
    sort_by: Literal["due_date", "priority", "created_at"] = "due_date",
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    tag: Annotated[str | None, Query(min_length=1, max_length=50)] = None,
    due: Annotated[
        Literal["today", "tomorrow", "this_week", "next_week", "overdue", "week"] | None,
        Query(
            description="Due today, tomorrow, this_week or next_week (Monday to Sunday), "
            "overdue (pending, before today) or week (today and the next six days); "
            "in your time zone."
        ),
    ] = None,
) -> JSONResponse:
    """Your tasks, filtered, sorted and paged, with counts."""
    result = await tools.list_tasks(
        services.app_db,
        user_id=user.id,
        status=status,
        priority=priority,
        sort_by=sort_by,
        limit=limit,
        offset=offset,
        tag=tag,
        due=due,
    )
    return respond(result)


@router.post("", status_code=201, response_model=SuccessEnvelope, responses=ERRORS)
async def create_task(
    body: TaskCreate, user: RateLimitedUser, services: ServicesDep
) -> JSONResponse:
    """Add a task."""
    result = await tools.add_task(services.app_db, user_id=user.id, **body.model_dump())
    return respond(result, success_status=201)


@router.patch("/{task_id}", response_model=SuccessEnvelope, responses=ERRORS)
async def change_task(
    task_id: int, body: TaskUpdate, user: RateLimitedUser, services: ServicesDep
) -> JSONResponse:
    """Change some fields of a task; data.changes has each field's old and new value."""
    fields: dict[str, Any] = body.model_dump(exclude_none=True)
    if "recurrence" in body.model_fields_set and body.recurrence is None:
        fields["recurrence"] = None  # an explicit null stops repeating
    result = await tools.update_task(services.app_db, user_id=user.id, task_id=task_id, **fields)
    return respond(result)


@router.post("/{task_id}/complete", response_model=SuccessEnvelope, responses=ERRORS)
async def finish_task(
    task_id: int, user: RateLimitedUser, services: ServicesDep, cancel_reminder: bool = True
) -> JSONResponse:
    """Mark a task completed (again is fine) and cancel its pending reminders."""
    result = await tools.complete_task(
        services.app_db, user_id=user.id, task_id=task_id, cancel_reminder=cancel_reminder
    )
    return respond(result)


@router.delete("/{task_id}", response_model=SuccessEnvelope, responses=ERRORS)
async def remove_task(
    task_id: int, user: RateLimitedUser, services: ServicesDep, confirmed: bool = False
) -> JSONResponse:
    """Delete a task; without ?confirmed=true nothing happens (409 NOT_CONFIRMED)."""
    result = await tools.delete_task(
        services.app_db, user_id=user.id, task_id=task_id, confirmed=confirmed
    )
    return respond(result)


@router.post("/restore/{audit_id}", response_model=SuccessEnvelope, responses=ERRORS)
async def restore_task(audit_id: int, user: RateLimitedUser, services: ServicesDep) -> JSONResponse:
    """Bring back a deleted task from the audit_id its deletion returned (once)."""
    result = await tools.restore_task(services.app_db, user_id=user.id, audit_id=audit_id)
    return respond(result, success_status=201)
