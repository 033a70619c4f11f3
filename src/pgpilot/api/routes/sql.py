"""POST /api/sql: the same guarded operation as `pgpilot sql`, reads and writes."""

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from pgpilot import links
from pgpilot.api.bodies import json_body, openapi_body
from pgpilot.api.deps import link_base, services_of
from pgpilot.api.direct import DirectRoute
from pgpilot.api.responses import FastJSONResponse
from pgpilot.api.security import SqlActor
from pgpilot.sql import door
from pgpilot.sql.operations import Pending

# The busiest route: served as a DirectRoute (api/direct.py), without FastAPI's solver.
router = APIRouter(prefix="/api", tags=["sql"], route_class=DirectRoute)

ERRORS: dict[int | str, dict[str, Any]] = {
    202: {"description": "A write waits for approval: `pending_approval` with its ticket."},
    400: {"description": "The database refused the statement (QUERY_ERROR, QUERY_TIMEOUT)."},
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {
        "description": "The guard refused it (FORBIDDEN_SQL), or the account has no grant on "
        "the target (NO_TARGET_ACCESS) or may only read it (READ_ONLY_ACCESS)."
    },
    404: {"description": "No such target (TARGET_NOT_FOUND)."},
    422: {"description": "The body is not one statement as JSON (VALIDATION_ERROR)."},
    409: {"description": "The write drifted from its impact (DRIFT) and was rolled back."},
    503: {"description": "The target cannot be reached (DB_UNAVAILABLE)."},
}


class SqlRequest(BaseModel):
    """One statement for a target, by name; who asks is the bearer token's account."""

    sql: str = Field(min_length=1, max_length=100_000, description="One SQL statement.")
    target: str | None = Field(None, description="Target name; the default target when absent.")


@router.post("/sql", responses=ERRORS, openapi_extra=openapi_body(SqlRequest))
async def post_sql(actor: SqlActor, http: Request) -> FastJSONResponse:
    """Reads return rows; low-risk writes run and return an operation id; others wait (202)."""
    # The body is read here, after the actor's check, rather than by FastAPI (api/bodies.py).
    request = await json_body(http, SqlRequest)
    services = services_of(http)
    result = await door.run(services.sql, actor, sql=request.sql, target=request.target)
    status = 202 if isinstance(result, Pending) else 200
    return FastJSONResponse(links.absolute(result.to_dict(), link_base(http)), status_code=status)
