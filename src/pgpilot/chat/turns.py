"""A chat turn's storage in two round trips: open it (history, message, pending question), close it.

The same rows as `store_message` writes, in fewer statements: a turn is on the
hot path of every chat request.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final
from uuid import UUID

from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.confirmations import PendingConfirmation
from pgpilot.chat.titles import generate_conversation_title
from pgpilot.chat.transcript import RECENT, Entry, entries
from pgpilot.errors import NotFound
from pgpilot.tasks.recorder import ToolCall

CREATE: Final = (
    "INSERT INTO conversations (user_id) SELECT id FROM users WHERE id = %s RETURNING id"
)
# The spec's chat steps c-d: the user's most recent conversation, created only when none exists.
LATEST: Final = (
    "SELECT id FROM conversations WHERE user_id = %s "
    "ORDER BY updated_at DESC, created_at DESC LIMIT 1"
)
# The user's message goes in, the conversation is touched (and named), and its pending
# question is taken out: whatever this message says, it is the one answer that question gets.
OPEN: Final = (
    "WITH c AS (SELECT id, pending_confirmation FROM conversations"
    "           WHERE id = %(conversation)s AND user_id = %(user)s FOR UPDATE),"
    " m AS (INSERT INTO messages (conversation_id, role, content, created_at)"
    "       SELECT id, 'user', %(content)s, clock_timestamp() FROM c RETURNING id),"
    " u AS (UPDATE conversations v SET pending_confirmation = NULL,"
    "       updated_at = clock_timestamp(), title = COALESCE(v.title, %(title)s)"
    "       FROM c WHERE v.id = c.id RETURNING v.id) "
    "SELECT c.pending_confirmation, (SELECT count(*) FROM m), (SELECT count(*) FROM u) FROM c"
)
CLOSE: Final = (
    "WITH m AS (INSERT INTO messages (conversation_id, role, content, created_at)"
    "           SELECT id, 'assistant', %(content)s, clock_timestamp() FROM conversations"
    "           WHERE id = %(conversation)s AND user_id = %(user)s RETURNING id),"
    " t AS (INSERT INTO message_tool_calls"
    "       (message_id, tool_name, arguments, result, status, duration_ms, created_at)"
    "       SELECT m.id, c.tool_name, c.arguments, c.result, c.status, c.duration_ms,"
    "              clock_timestamp() + c.n * interval '1 microsecond'"
    "       FROM m, ROWS FROM (jsonb_to_recordset(%(calls)s) AS (tool_name text,"
    "            arguments jsonb, result jsonb, status text, duration_ms int))"
    "            WITH ORDINALITY AS c(tool_name, arguments, result, status, duration_ms, n)"
    "       RETURNING 1),"
    " u AS (UPDATE conversations SET updated_at = clock_timestamp()"
    "       WHERE id = %(conversation)s AND EXISTS (SELECT 1 FROM m)"
    "       RETURNING 1) "
    "SELECT id, (SELECT count(*) FROM t), (SELECT count(*) FROM u) FROM m"
)


def _not_yours(conversation_id: UUID) -> NotFound:
    return NotFound(
        f"No conversation {conversation_id} of yours.", error_code="CONVERSATION_NOT_FOUND"
    )


@dataclass(frozen=True, slots=True)
class OpenedTurn:
    """Where the turn happens, what came before, and the question this message answers."""

    conversation_id: UUID
    history: list[Entry]
    pending: PendingConfirmation | None


async def open_turn(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    conversation_id: UUID | None,
    message: str,
    history: int,
    new_conversation: bool = False,
) -> OpenedTurn:
    """Store the user's message, read the rest.

    Without a conversation id the message goes on with the user's most recent conversation;
    a new one is made when there is none or when `new_conversation` asks for it.
    """
    async with pool.connection() as conn, conn.transaction():
        if conversation_id is None and not new_conversation:
            cursor = await conn.execute(LATEST, (user_id,))
            latest = await cursor.fetchone()
            conversation_id = latest[0] if latest is not None else None
        if conversation_id is None:
            cursor = await conn.execute(CREATE, (user_id,))
            created = await cursor.fetchone()
            if created is None:
                raise NotFound(f"No user {user_id}.", error_code="USER_NOT_FOUND")
            conversation_id = created[0]
            before: list[Entry] = []
        else:
            cursor = await conn.execute(RECENT, (conversation_id, user_id, history))
            before = entries(await cursor.fetchall())
        params = {
            "conversation": conversation_id,
            "user": user_id,
            "content": message,
            "title": generate_conversation_title(message),
        }
        cursor = await conn.execute(OPEN, params)
        row = await cursor.fetchone()
    if row is None:
        raise _not_yours(conversation_id)
    pending = PendingConfirmation.from_json(row[0]) if row[0] else None
    return OpenedTurn(conversation_id, before, pending)


async def close_turn(
    pool: AsyncConnectionPool,
    *,
    user_id: int,
    conversation_id: UUID,
    answer: str,
    calls: Sequence[ToolCall],
) -> UUID:
    """Store the assistant's answer with the tool calls behind it; the message's id."""
    rows: list[dict[str, Any]] = [
        {
            "tool_name": c.tool_name,
            "arguments": c.arguments,
            "result": c.result,
            "status": c.status,
            "duration_ms": c.duration_ms,
        }
        for c in calls
    ]
    params = {
        "conversation": conversation_id,
        "user": user_id,
        "content": answer,
        "calls": Jsonb(rows),
    }
    async with pool.connection() as conn:
        cursor = await conn.execute(CLOSE, params)
        row = await cursor.fetchone()
    if row is None:
        raise _not_yours(conversation_id)
    message_id: UUID = row[0]
    return message_id
