"""A conversation's recent messages with their tool calls, as an assistant replays them."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

RECENT: Final = (
    "SELECT m.id, m.role, m.content, COALESCE(json_agg(json_build_object("
    " 'id', tc.id, 'tool', tc.tool_name, 'arguments', tc.arguments, 'result', tc.result::text)"
    " ORDER BY tc.created_at, tc.id) FILTER (WHERE tc.id IS NOT NULL), '[]') "
    "FROM (SELECT m.id, m.role, m.content, m.created_at FROM messages m"
    "      JOIN conversations c ON c.id = m.conversation_id"
    "      WHERE m.conversation_id = %s AND c.user_id = %s"
    "      ORDER BY m.created_at DESC, m.id DESC LIMIT %s) m "
    "LEFT JOIN message_tool_calls tc ON tc.message_id = m.id "
    "GROUP BY m.id, m.role, m.content, m.created_at ORDER BY m.created_at, m.id"
)


@dataclass(frozen=True, slots=True)
class StoredCall:
    """A tool call made while answering a message."""

    id: str
    tool: str
    arguments: dict[str, Any]
    result: str | None  # as JSON text: the model reads it so, and decoding it would be wasted


@dataclass(frozen=True, slots=True)
class Entry:
    """One message: its id, who said it, what, and the tool calls behind an answer."""

    id: str
    role: str
    content: str
    tool_calls: tuple[StoredCall, ...] = ()


def entries(rows: Sequence[tuple[Any, ...]]) -> list[Entry]:
    """Rows of RECENT as entries."""
    return [
        Entry(
            id=str(message_id),
            role=role,
            content=content,
            tool_calls=tuple(
                StoredCall(str(c["id"]), c["tool"], c["arguments"] or {}, c["result"])
                for c in calls
            ),
        )
        for message_id, role, content, calls in rows
    ]
