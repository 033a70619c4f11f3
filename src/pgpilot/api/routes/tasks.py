"""Tasks over REST: the same tools the assistant calls, for the token's own user only.

Bodies and query parameters are the task contract's models; the tools' errors are rendered,
with their status, by the app's one error handler (api/errors.py).
"""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict

from pgpilot.api.deps import ServicesDep, services_of
from pgpilot.api.direct import DirectRoute
from pgpilot.api.responses import FastJSONResponse
from pgpilot.api.security import PathUser, RateLimitedUser
from pgpilot.tasks import tools
from pgpilot.tasks.contract import TaskCreate, TaskPublic, TaskQuery, TaskUpdate

router = APIRouter(prefix="/api/{user_id}/tasks", tags=["tasks"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "The path's user is not the token's (FORBIDDEN)."},
    404: {"description": "No such task of yours (TASK_NOT_FOUND)."},
    409: {"description": "NO_CHANGES, NOT_CONFIRMED or ALREADY_RESTORED."},
    422: {"description": "Invalid arguments (VALIDATION_ERROR)."},
    429: {"description": "Over PGPILOT_RATE_LIMIT; see Retry-After (RATE_LIMITED)."},
    500: {"description": "The database failed (DB_ERROR)."},
}


class _Success(BaseModel):
    status: Literal["success"]
    message: str
    timestamp: str


class SuccessEnvelope(_Success):
    """What every task endpoint answers on success; errors are the error envelope."""

    data: dict[str, Any]


class TaskData(TaskPublic):
    """The task, with what the call adds (changes, reminder, tasks_remaining, ...)."""

    model_config = ConfigDict(extra="allow")


class TaskEnvelope(_Success):
    """A success envelope whose data is one task."""

    data: TaskData


async def get_tasks(
    query: Annotated[TaskQuery, Query()], user: PathUser, http: Request
) -> FastJSONResponse:
    """Your tasks, filtered, sorted and paged, with counts."""
    app_db = services_of(http).app_db
    result = await tools.list_tasks(app_db, user_id=user.id, **query.model_dump())
    return FastJSONResponse(result)


# The busiest task route: a DirectRoute (api/direct.py), its user and query read without
# FastAPI's solver, which inspected each of TaskQuery's fields anew on every request.
router.add_api_route(
    "",
    get_tasks,
    methods=["GET"],
    response_model=SuccessEnvelope,
    responses=ERRORS,
    route_class_override=DirectRoute,
)


@router.post("", status_code=201, response_model=TaskEnvelope, responses=ERRORS)
async def create_task(
    body: TaskCreate, user: RateLimitedUser, services: ServicesDep
) -> FastJSONResponse:
    """Add a task."""
    result = await tools.add_task(services.app_db, user_id=user.id, **body.model_dump())
    return FastJSONResponse(result, status_code=201)


@router.patch("/{task_id}", response_model=TaskEnvelope, responses=ERRORS)
async def change_task(
    task_id: int, body: TaskUpdate, user: RateLimitedUser, services: ServicesDep
) -> FastJSONResponse:
    """Change some fields of a task; data.changes has each field's old and new value."""
    result = await tools.update_task(
        services.app_db, user_id=user.id, task_id=task_id, **body.model_dump()
    )
    return FastJSONResponse(result)


@router.post("/{task_id}/complete", response_model=TaskEnvelope, responses=ERRORS)
async def finish_task(
    task_id: int, user: RateLimitedUser, services: ServicesDep, cancel_reminder: bool = True
) -> FastJSONResponse:
    """Mark a task completed (again is fine) and cancel its pending reminders."""
    result = await tools.complete_task(
        services.app_db, user_id=user.id, task_id=task_id, cancel_reminder=cancel_reminder
    )
    return FastJSONResponse(result)


@router.delete("/{task_id}", response_model=SuccessEnvelope, responses=ERRORS)
async def remove_task(
    task_id: int, user: RateLimitedUser, services: ServicesDep, confirmed: bool = False
) -> FastJSONResponse:
    """Delete a task; without ?confirmed=true nothing happens (409 NOT_CONFIRMED)."""
    result = await tools.delete_task(
        services.app_db, user_id=user.id, task_id=task_id, confirmed=confirmed
    )
    return FastJSONResponse(result)


@router.post("/restore/{audit_id}", response_model=TaskEnvelope, responses=ERRORS)
async def restore_task(
    audit_id: int, user: RateLimitedUser, services: ServicesDep
) -> FastJSONResponse:
    """Bring back a deleted task from the audit_id its deletion returned (once)."""
    result = await tools.restore_task(services.app_db, user_id=user.id, audit_id=audit_id)
    return FastJSONResponse(result, status_code=201)
