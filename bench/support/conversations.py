"""Long conversations for a benchmark, made in a few statements: copies of a real one.

A short conversation is talked through `chat_turn` once (so its messages and tool calls are
what the assistant really stores); `clone` then copies it into other conversations, any number
of times over, with INSERT … SELECT — 10,000 messages take well under a second.
"""

from typing import Final
from uuid import UUID

import psycopg

# Every copy of every source message gets a fresh id; `k` numbers the copies, `n` the message.
PLAN: Final = (
    "CREATE TEMP TABLE clone_plan ON COMMIT DROP AS"
    " SELECT gen_random_uuid() AS new_id, s.id AS old_id, s.role, s.content,"
    "        k * %(size)s + s.n AS position"
    " FROM (SELECT id, role, content, row_number() OVER (ORDER BY created_at, id) AS n"
    "       FROM messages WHERE conversation_id = %(source)s) s,"
    "      generate_series(0, %(copies)s - 1) k"
)
MESSAGES: Final = (
    "INSERT INTO messages (id, conversation_id, role, content, created_at)"
    " SELECT new_id, %(target)s, role, content,"
    "        now() - interval '1 day' + position * interval '1 millisecond'"
    " FROM clone_plan"
)
CALLS: Final = (
    "INSERT INTO message_tool_calls"
    " (message_id, tool_name, arguments, result, status, duration_ms, created_at)"
    " SELECT p.new_id, t.tool_name, t.arguments, t.result, t.status, t.duration_ms,"
    "        now() - interval '1 day' + p.position * interval '1 millisecond'"
    "        + row_number() OVER (PARTITION BY p.new_id ORDER BY t.created_at, t.id)"
    "          * interval '1 microsecond'"
    " FROM clone_plan p JOIN message_tool_calls t ON t.message_id = p.old_id"
)
SIZE: Final = "SELECT count(*) FROM messages WHERE conversation_id = %s"
NEW: Final = "INSERT INTO conversations (user_id, title) VALUES (%s, 'bench') RETURNING id"


def clone(conn: psycopg.Connection, *, source: UUID, user_id: int, copies: int) -> UUID:
    """A new conversation of `user_id` holding `copies` copies of `source`, oldest first."""
    with conn.transaction():
        size = conn.execute(SIZE, (source,)).fetchone()
        created = conn.execute(NEW, (user_id,)).fetchone()
        assert size is not None
        assert created is not None
        params = {"source": source, "target": created[0], "copies": copies, "size": size[0]}
        conn.execute(PLAN, params)
        conn.execute(MESSAGES, params)
        conn.execute(CALLS, params)
    target: UUID = created[0]
    return target


def counts(conn: psycopg.Connection, conversation: UUID) -> tuple[int, int]:
    """Messages and tool calls in a conversation."""
    row = conn.execute(
        "SELECT count(DISTINCT m.id), count(t.id) FROM messages m"
        " LEFT JOIN message_tool_calls t ON t.message_id = m.id"
        " WHERE m.conversation_id = %s",
        (conversation,),
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])
