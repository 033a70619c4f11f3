"""The task assistant over REST: one message in, the answer and its tool calls out."""

from typing import Any, Literal
from uuid import UUID

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, model_validator

from pgpilot.agent.assistant import MAX_MESSAGE, chat_turn
from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import RateLimitedUser

router = APIRouter(prefix="/api/{user_id}/chat", tags=["chat"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "The path's user is not the token's (FORBIDDEN)."},
    404: {"description": "No such conversation of yours (CONVERSATION_NOT_FOUND)."},
    422: {"description": "No message, or one over 5000 characters (VALIDATION_ERROR)."},
    429: {"description": "Over PGPILOT_RATE_LIMIT; see Retry-After (RATE_LIMITED)."},
}


class ChatRequest(BaseModel):
    """A message to the assistant."""

    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, max_length=MAX_MESSAGE, description="What you say.")
    conversation_id: UUID | None = Field(
        None,
        description="Go on with this conversation; without it, your most recent one "
        "(a new one when you have none).",
    )
    new_conversation: bool = Field(
        False, description="Start a new conversation (conversation_id must then be absent)."
    )

    @model_validator(mode="after")
    def _one_way(self) -> "ChatRequest":
        if self.new_conversation and self.conversation_id is not None:
            raise ValueError("give conversation_id or new_conversation, not both")
        return self


class ToolCallPublic(BaseModel):
    """A tool the assistant called while answering, with its envelope."""

    tool: str
    arguments: dict[str, Any]
    result: dict[str, Any]


class ChatResponse(BaseModel):
    """The answer; status error with error_code LLM_ERROR when the model failed."""

    status: Literal["success", "error"]
    error_code: str | None = Field(None, description="LLM_ERROR when the model failed.")
    message: str
    conversation_id: UUID
    tool_calls: list[ToolCallPublic]
    timestamp: str


@router.post("", responses=ERRORS, response_model=ChatResponse, response_model_exclude_none=True)
async def chat(body: ChatRequest, user: RateLimitedUser, services: ServicesDep) -> dict[str, Any]:
    """Talk to the task assistant: it may add, list, change, complete or delete your tasks."""
    reply = await chat_turn(
        services.app_db,
        services.task_agent(),
        services.settings,
        user=user,
        message=body.message,
        conversation_id=body.conversation_id,
        new_conversation=body.new_conversation,
    )
    return reply.to_dict()
