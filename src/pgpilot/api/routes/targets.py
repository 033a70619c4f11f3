"""SQL targets over REST: the ones you may use, and a target's schema."""

from typing import Any

from fastapi import APIRouter

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import CurrentActor
from pgpilot.sql import door

router = APIRouter(prefix="/api/targets", tags=["sql"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "No grant on the target (NO_TARGET_ACCESS)."},
    404: {"description": "No such target (TARGET_NOT_FOUND)."},
    503: {"description": "The target cannot be reached (DB_UNAVAILABLE)."},
}


@router.get("", responses=ERRORS)
async def targets(actor: CurrentActor, services: ServicesDep) -> dict[str, str]:
    """The targets you may use, by name: `read`, or `write` (request writes)."""
    return door.targets_of(services.sql, actor)


@router.get("/{target}/schema", responses=ERRORS)
async def schema(target: str, actor: CurrentActor, services: ServicesDep) -> dict[str, Any]:
    """A granted target's tables: row estimates, columns, keys, foreign keys, indexes, comments."""
    return await door.schema_context(services.sql, actor, target=target)
