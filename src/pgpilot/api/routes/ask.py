"""POST /api/ask: a question for the SQL agent, answered like `pgpilot ask --json`."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from pgpilot import links
from pgpilot.agent.sql_answers import PUBLIC
from pgpilot.api.deps import ServicesDep, link_base
from pgpilot.api.security import AskActor

router = APIRouter(prefix="/api", tags=["agent"])


class AskRequest(BaseModel):
    """A question in words (or SQL) for a target, by name."""

    query: str = Field(min_length=1, max_length=10_000, description="The question or request.")
    target: str | None = Field(None, description="Target name; the default target when absent.")


def public(event: dict[str, Any]) -> dict[str, Any]:
    """The answer's documented fields of an agent event."""
    return {key: event.get(key) for key in PUBLIC}


@router.post("/ask")
async def post_ask(
    request: AskRequest, actor: AskActor, services: ServicesDep, http: Request
) -> JSONResponse:
    """Reads answer with rows; writes with their impact, run by policy or waiting (202)."""
    agent = await services.sql_agent()
    event = await agent.ask(services.sql, actor, question=request.query, target=request.target)
    answer = links.absolute(public(event), link_base(http))
    status = {"pending_approval": 202, "error": 422}.get(answer["status"], 200)
    return JSONResponse(answer, status_code=status)
