"""POST /api/sql: the same guarded operation as `pgpilot sql`, reads and writes."""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.sql.operations import Pending
from pgpilot.sql.service import run_sql

router = APIRouter(prefix="/api", tags=["sql"])

ERRORS: dict[int | str, dict[str, Any]] = {
    202: {"description": "A write waits for approval: `pending_approval` with its ticket."},
    400: {"description": "The database refused the statement (QUERY_ERROR, QUERY_TIMEOUT)."},
    403: {"description": "The guard refused it (FORBIDDEN_SQL)."},
    404: {"description": "No such target (TARGET_NOT_FOUND)."},
    409: {"description": "The write drifted from its impact (DRIFT) and was rolled back."},
    503: {"description": "The target cannot be reached (DB_UNAVAILABLE)."},
}


class SqlRequest(BaseModel):
    """One statement for a target, by name."""

    sql: str = Field(min_length=1, max_length=100_000, description="One SQL statement.")
    target: str | None = Field(None, description="Target name; the default target when absent.")
    requester: str = Field(
        "api", min_length=1, max_length=255, description="Who asks (recorded on tickets)."
    )


@router.post("/sql", responses=ERRORS)
async def post_sql(request: SqlRequest, services: ServicesDep) -> JSONResponse:
    """Reads return rows; low-risk writes run and return an operation id; others wait (202)."""
    result = await run_sql(
        services.sql, sql=request.sql, target=request.target, requester=request.requester
    )
    status = 202 if isinstance(result, Pending) else 200
    return JSONResponse(result.to_dict(), status_code=status)
