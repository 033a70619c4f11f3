"""Your notifications over REST: reminders that arrived, newest first, and marking them read."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import PathUser
from pgpilot.tasks.reminders import list_notifications, mark_read

router = APIRouter(prefix="/api/{user_id}/notifications", tags=["tasks"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "The path's user is not the token's (FORBIDDEN)."},
    404: {"description": "No such notification of yours (NOTIFICATION_NOT_FOUND)."},
}


@router.get("", responses=ERRORS)
async def notifications(
    user: PathUser,
    services: ServicesDep,
    unread: Annotated[bool, Query(description="Only those not read yet.")] = False,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> list[dict[str, Any]]:
    """Your notifications (delivered reminders), newest first."""
    return await list_notifications(services.app_db, user_id=user.id, unread=unread, limit=limit)


@router.post("/{notification_id}/read", responses=ERRORS)
async def read(
    notification_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    user: PathUser,
    services: ServicesDep,
) -> dict[str, Any]:
    """Mark one of your notifications read (again is fine)."""
    return await mark_read(services.app_db, user_id=user.id, notification_id=notification_id)
