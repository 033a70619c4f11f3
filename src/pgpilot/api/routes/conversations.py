"""The task assistant's conversations over REST: yours, newest first, and their messages."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import PathUser
from pgpilot.chat.history import list_conversations, list_messages, start_conversation

router = APIRouter(prefix="/api/{user_id}/conversations", tags=["chat"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {"description": "The path's user is not the token's (FORBIDDEN)."},
    404: {"description": "No such conversation of yours (CONVERSATION_NOT_FOUND)."},
}


@router.get("", responses=ERRORS)
async def conversations(
    user: PathUser,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    """Your conversations with the assistant, most recently used first, titled."""
    return await list_conversations(services.app_db, user_id=user.id, limit=limit, offset=offset)


@router.post("", responses=ERRORS, status_code=201)
async def new_conversation(user: PathUser, services: ServicesDep) -> dict[str, Any]:
    """Start a new conversation; chat without a conversation_id goes on with it."""
    return await start_conversation(services.app_db, user_id=user.id)


@router.get("/{conversation_id}/messages", responses=ERRORS)
async def messages(
    conversation_id: UUID,
    user: PathUser,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    before: Annotated[UUID | None, Query(description="Older than this message id.")] = None,
) -> dict[str, Any]:
    """A page of the conversation's messages, oldest first, with the tool calls of each."""
    return await list_messages(
        services.app_db,
        user_id=user.id,
        conversation_id=conversation_id,
        limit=limit,
        before=before,
    )
