"""A user's conversations and a conversation's messages, page by page, for people to read."""

from typing import Any, Final
from uuid import UUID

from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from pgpilot.errors import NotFound

CONVERSATIONS: Final = (
    "SELECT c.id, c.title, c.created_at, c.updated_at,"
    " (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count"
    " FROM conversations c WHERE c.user_id = %s"
    " ORDER BY c.updated_at DESC, c.created_at DESC, c.id LIMIT %s OFFSET %s"
)
# Newest first up to the cursor (a message of the same conversation), one more than asked
# so the page knows whether older ones remain; the caller turns it oldest first.
MESSAGES: Final = (
    "SELECT m.id, m.role, m.content, m.created_at, COALESCE(json_agg(json_build_object("
    " 'tool', tc.tool_name, 'arguments', tc.arguments, 'result', tc.result)"
    " ORDER BY tc.created_at, tc.id) FILTER (WHERE tc.id IS NOT NULL), '[]') AS tool_calls "
    "FROM (SELECT m.id, m.role, m.content, m.created_at FROM messages m"
    "      JOIN conversations c ON c.id = m.conversation_id"
    "      WHERE m.conversation_id = %(c)s AND c.user_id = %(u)s"
    "        AND (%(before)s::uuid IS NULL OR (m.created_at, m.id) <"
    "             (SELECT b.created_at, b.id FROM messages b"
    "              WHERE b.id = %(before)s AND b.conversation_id = %(c)s))"
    "      ORDER BY m.created_at DESC, m.id DESC LIMIT %(n)s) m "
    "LEFT JOIN message_tool_calls tc ON tc.message_id = m.id "
    "GROUP BY m.id, m.role, m.content, m.created_at ORDER BY m.created_at DESC, m.id DESC"
)
OWNS: Final = "SELECT 1 FROM conversations WHERE id = %s AND user_id = %s"
CREATE: Final = (
    "INSERT INTO conversations (user_id) SELECT id FROM users WHERE id = %s"
    " RETURNING id, title, created_at, updated_at"
)


async def list_conversations(
    pool: AsyncConnectionPool, *, user_id: int, limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """The user's conversations, most recently used first, with their titles."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(CONVERSATIONS, (user_id, limit, offset))
        rows = await cursor.fetchall()
    return [
        {
            "id": str(row["id"]),
            "title": row["title"] or "Untitled conversation",
            "created_at": row["created_at"].isoformat(),
            "updated_at": row["updated_at"].isoformat(),
            "message_count": row["message_count"],
        }
        for row in rows
    ]


async def start_conversation(pool: AsyncConnectionPool, *, user_id: int) -> dict[str, Any]:
    """A new, empty conversation: the one chat goes on with from now on."""
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(CREATE, (user_id,))
        row = await cursor.fetchone()
    if row is None:
        raise NotFound(f"No user {user_id}.", error_code="USER_NOT_FOUND")
    return {
        "id": str(row["id"]),
        "title": "Untitled conversation",
        "created_at": row["created_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
        "message_count": 0,
    }


async def list_messages(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    conversation_id: UUID,
    limit: int = 50,
    before: UUID | None = None,
) -> dict[str, Any]:
    """A page of messages oldest first, each with its tool calls; `has_more` older ones."""
    params = {"c": conversation_id, "u": user_id, "before": before, "n": limit + 1}
    async with pool.connection() as conn:
        cursor = conn.cursor(row_factory=dict_row)
        await cursor.execute(MESSAGES, params)
        rows = await cursor.fetchall()
        if (
            not rows
            and await (await conn.execute(OWNS, (conversation_id, user_id))).fetchone() is None
        ):
            raise NotFound(
                f"No conversation {conversation_id} of yours.",
                error_code="CONVERSATION_NOT_FOUND",
            )
    page = rows[:limit]
    messages = [
        {
            "id": str(row["id"]),
            "role": row["role"],
            "content": row["content"],
            "created_at": row["created_at"].isoformat(),
            "tool_calls": row["tool_calls"],
        }
        for row in reversed(page)
    ]
    return {
        "conversation_id": str(conversation_id),
        "messages": messages,
        "has_more": len(rows) > limit,
    }
