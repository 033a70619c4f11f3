"""A conversation driven turn by turn through chat_turn, as the faces drive it."""

from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from pgpilot.agent.assistant import ChatReply, chat_turn
from pgpilot.agent.task_graph import TaskAgent
from pgpilot.auth.users import User
from pgpilot.settings import Settings
from tests.appdb import fetch_all


@dataclass
class Chat:
    """One user's conversation with an agent."""

    pool: AsyncConnectionPool
    agent: TaskAgent
    user: User
    settings: Settings = field(default_factory=lambda: Settings(database_url="postgresql://x/y"))
    conversation_id: UUID | None = None
    new: bool = False  # the first message starts a new conversation

    async def say(self, message: str) -> ChatReply:
        """Send a message; the reply."""
        reply = await chat_turn(
            self.pool,
            self.agent,
            self.settings,
            user=self.user,
            message=message,
            conversation_id=self.conversation_id,
            new_conversation=self.new and self.conversation_id is None,
        )
        self.conversation_id = reply.conversation_id
        return reply

    async def tasks(self) -> list[tuple[Any, ...]]:
        """The user's tasks: id, title, priority, due_date, completed."""
        return await fetch_all(
            self.pool,
            "SELECT id, title, priority, due_date, completed FROM tasks "
            "WHERE user_id = %s ORDER BY id",
            (self.user.id,),
        )


def tools_of(reply: ChatReply) -> list[str]:
    """The names of the tools a reply called."""
    return [call.tool_name for call in reply.tool_calls]
