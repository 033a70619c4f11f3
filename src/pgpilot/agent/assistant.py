"""One chat turn of the task assistant, as every face runs it: store, answer, store."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from pgpilot.auth.users import User
from pgpilot.chat.confirmations import granted_task
from pgpilot.chat.turns import close_turn, open_turn
from pgpilot.errors import ValidationError
from pgpilot.inputs import refuse_nul
from pgpilot.settings import Settings
from pgpilot.tasks.dates import today_in
from pgpilot.tasks.recorder import ToolCall

if TYPE_CHECKING:
    from pgpilot.agent.task_graph import TaskAgent

MAX_MESSAGE = 5000


@dataclass(frozen=True, slots=True)
class ChatReply:
    """The assistant's answer to one message, with the tool calls behind it."""

    status: str
    message: str
    conversation_id: UUID
    tool_calls: tuple[ToolCall, ...]
    timestamp: datetime
    error_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The chat endpoint's body."""
        body: dict[str, Any] = {"status": self.status}
        if self.error_code is not None:
            body["error_code"] = self.error_code
        return body | {
            "message": self.message,
            "conversation_id": str(self.conversation_id),
            "tool_calls": [
                {"tool": c.tool_name, "arguments": c.arguments, "result": c.result}
                for c in self.tool_calls
            ],
            "timestamp": self.timestamp.isoformat(),
        }


async def chat_turn(
    pool: AsyncConnectionPool,
    agent: "TaskAgent",
    settings: Settings,
    *,
    user: User,
    message: str,
    conversation_id: UUID | None = None,
    new_conversation: bool = False,
) -> ChatReply:
    """Answer a user's message in the given, most recent or (when asked) a new conversation."""
    from pgpilot.agent.turn import Turn

    if not message.strip():
        raise ValidationError("message: a message needs some text")
    refuse_nul(message=message)
    if len(message) > MAX_MESSAGE:
        raise ValidationError(f"message: at most {MAX_MESSAGE} characters")
    opened = await open_turn(
        pool,
        user_id=user.id,
        conversation_id=conversation_id,
        message=message,
        history=settings.chat_history,
        new_conversation=new_conversation,
    )
    now = datetime.now(UTC)
    turn = Turn(
        pool=pool,
        user_id=user.id,
        conversation_id=opened.conversation_id,
        timezone=user.timezone,
        now=now,
        today=today_in(user.timezone, now=now),
        confirm_ttl_s=settings.confirm_ttl_s,
        granted_task=granted_task(opened.pending, message, now=now),
    )
    outcome = await agent.run(turn, agent.replay(opened.history), message)
    await close_turn(
        pool,
        user_id=user.id,
        conversation_id=opened.conversation_id,
        answer=outcome.answer,
        calls=turn.recorder.calls,
    )
    return ChatReply(
        status="error" if outcome.error_code else "success",
        message=outcome.answer,
        conversation_id=opened.conversation_id,
        tool_calls=tuple(turn.recorder.calls),
        timestamp=datetime.now(UTC),
        error_code=outcome.error_code,
    )
