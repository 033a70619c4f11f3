"""POST /api/sql: the same guarded operation as `pgpilot sql`."""

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.sql.service import run_sql

router = APIRouter(prefix="/api", tags=["sql"])

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The database refused the statement (QUERY_ERROR, QUERY_TIMEOUT)."},
    403: {"description": "The guard refused it (FORBIDDEN_SQL, WRITE_NOT_AVAILABLE)."},
    404: {"description": "No such target (TARGET_NOT_FOUND)."},
    503: {"description": "The target cannot be reached (DB_UNAVAILABLE)."},
}


class SqlRequest(BaseModel):
    """One statement for a target, by name."""

    sql: str = Field(min_length=1, max_length=100_000, description="One SQL statement.")
    target: str | None = Field(None, description="Target name; the default target when absent.")


class SqlResult(BaseModel):
    """Rows of a read (JSON-safe values)."""

    status: str
    kind: str
    columns: list[str]
    rows: list[list[Any]]
    row_count: int
    truncated: bool
    duration_ms: float


@router.post("/sql", responses=ERRORS)
async def post_sql(request: SqlRequest, services: ServicesDep) -> SqlResult:
    """Classify the statement; run it read-only if it is a read; refuse anything else."""
    result = await run_sql(
        services.targets, sql=request.sql, target=request.target, limits=services.limits
    )
    return SqlResult.model_validate(result.to_dict())
