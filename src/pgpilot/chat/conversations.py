"""Conversations and their messages, always reached through the user who owns them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal
from uuid import UUID

from psycopg import AsyncConnection
from psycopg.rows import class_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.titles import generate_conversation_title
from pgpilot.errors import NotFound, ValidationError
from pgpilot.tasks.recorder import ToolCall, save_tool_calls

ROLES: Final = ("user", "assistant")
MAX_HISTORY: Final = 1000
COLUMNS: Final = "id, user_id, title, created_at, updated_at"
HISTORY: Final = (
    "SELECT role, content FROM ("
    " SELECT m.role, m.content, m.created_at, m.id FROM messages m"
    " JOIN conversations c ON c.id = m.conversation_id"
    " WHERE m.conversation_id = %s AND c.user_id = %s"
    " ORDER BY m.created_at DESC, m.id DESC LIMIT %s"
    ") recent ORDER BY created_at, id"
)

Role = Literal["user", "assistant"]


@dataclass(frozen=True, slots=True)
class Conversation:
    """A user's conversation with the task assistant."""

    id: UUID
    user_id: int
    title: str | None
    created_at: datetime
    updated_at: datetime


def _missing(conversation_id: UUID) -> NotFound:
    return NotFound(
        f"No conversation {conversation_id} of yours.", error_code="CONVERSATION_NOT_FOUND"
    )


async def get_or_create_conversation(pool: AsyncConnectionPool, *, user_id: int) -> Conversation:
    """The user's most recently updated conversation, or a new one."""
    async with pool.connection() as conn, conn.transaction():
        cursor = conn.cursor(row_factory=class_row(Conversation))
        await cursor.execute(
            f"SELECT {COLUMNS} FROM conversations WHERE user_id = %s "
            "ORDER BY updated_at DESC, created_at DESC LIMIT 1",
            (user_id,),
        )
        found = await cursor.fetchone()
        if found is not None:
            return found
        await cursor.execute(
            f"INSERT INTO conversations (user_id) SELECT id FROM users WHERE id = %s "
            f"RETURNING {COLUMNS}",
            (user_id,),
        )
        created = await cursor.fetchone()
    if created is None:
        raise NotFound(f"No user {user_id}.", error_code="USER_NOT_FOUND")
    return created


async def get_conversation_history(
    pool: AsyncConnectionPool, *, user_id: int, conversation_id: UUID, limit: int = 50
) -> list[dict[str, str]]:
    """The conversation's last `limit` messages, oldest first, as role and content."""
    if not 1 <= limit <= MAX_HISTORY:
        raise ValidationError(f"limit must be between 1 and {MAX_HISTORY}")
    async with pool.connection() as conn:
        cursor = await conn.execute(HISTORY, (conversation_id, user_id, limit))
        rows = await cursor.fetchall()
        if not rows and not await _owns(conn, user_id, conversation_id):
            raise _missing(conversation_id)
    return [{"role": role, "content": content} for role, content in rows]


async def _owns(conn: AsyncConnection[Any], user_id: int, conversation_id: UUID) -> bool:
    cursor = await conn.execute(
        "SELECT 1 FROM conversations WHERE id = %s AND user_id = %s", (conversation_id, user_id)
    )
    return await cursor.fetchone() is not None


async def store_message(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    conversation_id: UUID,
    role: Role,
    content: str,
    tool_calls: Sequence[ToolCall] = (),
) -> UUID:
    """Store a message and its tool calls in one transaction; the message's id.

    The conversation's timestamp moves, and its first user message names it.
    """
    if role not in ROLES:
        raise ValidationError(f"role must be user or assistant, got {role!r}")
    if not content.strip():
        raise ValidationError("a message needs content")
    title = generate_conversation_title(content) if role == "user" else None
    async with pool.connection() as conn, conn.transaction():
        cursor = await conn.execute(
            "INSERT INTO messages (conversation_id, role, content, created_at) "
            "SELECT id, %s, %s, clock_timestamp() FROM conversations "
            "WHERE id = %s AND user_id = %s RETURNING id",
            (role, content, conversation_id, user_id),
        )
        row = await cursor.fetchone()
        if row is None:
            raise _missing(conversation_id)
        message_id: UUID = row[0]
        await save_tool_calls(conn, message_id, tool_calls)
        await conn.execute(
            "UPDATE conversations SET updated_at = clock_timestamp(), "
            "title = COALESCE(title, %s) WHERE id = %s",
            (title, conversation_id),
        )
    return message_id


async def update_conversation_timestamp(
    pool: AsyncConnectionPool, *, user_id: int, conversation_id: UUID
) -> None:
    """Mark the conversation as just used."""
    async with pool.connection() as conn, conn.transaction():
        cursor = await conn.execute(
            "UPDATE conversations SET updated_at = clock_timestamp() "
            "WHERE id = %s AND user_id = %s",
            (conversation_id, user_id),
        )
        if cursor.rowcount == 0:
            raise _missing(conversation_id)
