"""Health: liveness for process managers, readiness for load balancers."""

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

from pgpilot import __version__
from pgpilot.api.deps import ServicesDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """A health answer."""

    status: Literal["ok"] = "ok"
    version: str = __version__


@router.get("/health")
async def health() -> Health:
    """The process is up."""
    return Health()


@router.get("/health/live")
async def live() -> Health:
    """The process answers requests."""
    return Health()


@router.get(
    "/health/ready",
    responses={503: {"description": "The app database is unreachable (error envelope)."}},
)
async def ready(services: ServicesDep) -> Health:
    """The app database answers; 503 with the error envelope when it does not."""
    await services.check_app_database()
    return Health()
