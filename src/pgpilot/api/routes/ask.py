"""POST /api/ask: a question for the SQL agent, answered like `pgpilot ask --json`."""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from pgpilot import links
from pgpilot.agent.sql_answers import PUBLIC
from pgpilot.api.deps import ServicesDep, link_base
from pgpilot.api.security import AskActor

router = APIRouter(prefix="/api", tags=["agent"])


class AskRequest(BaseModel):
    """A question in words (or SQL) for a target, by name; or a paused run to resume."""

    query: str | None = Field(
        None, min_length=1, max_length=10_000, description="The question or request."
    )
    target: str | None = Field(None, description="Target name; the default target when absent.")
    resume: str | None = Field(
        None,
        min_length=1,
        max_length=200,
        description="thread_id of your run that waited for approval (a 202 answer's), to "
        "finish it once its ticket is decided; instead of query.",
    )

    @model_validator(mode="after")
    def _one_of(self) -> "AskRequest":
        if (self.query is None) == (self.resume is None):
            raise ValueError("send either query or resume")
        return self


def public(event: dict[str, Any]) -> dict[str, Any]:
    """The answer's documented fields of an agent event, and its run's thread_id."""
    return {key: event.get(key) for key in PUBLIC} | {"thread_id": event.get("thread_id")}


@router.post("/ask")
async def post_ask(
    request: AskRequest, actor: AskActor, services: ServicesDep, http: Request
) -> JSONResponse:
    """Reads answer with rows; writes with their impact, run by policy or waiting (202)."""
    agent = await services.sql_agent()
    if request.resume is not None:
        event = await agent.resumed(services.sql, actor, thread_id=request.resume)
    else:
        event = await agent.ask(
            services.sql, actor, question=request.query or "", target=request.target
        )
    answer = links.absolute(public(event), link_base(http))
    status = {"pending_approval": 202, "error": 422}.get(answer["status"], 200)
    return JSONResponse(answer, status_code=status)
