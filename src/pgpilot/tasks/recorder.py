"""Run task tools for one user on a model's behalf, timing and keeping a record of each call."""

import inspect
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from uuid import UUID

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from pgpilot.tasks.envelopes import VALIDATION_ERROR, Envelope, enveloped, failure
from pgpilot.tasks.tools import TOOLS, Tool

SERVER_ARGUMENTS: Final = frozenset({"pool", "user_id"})


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One tool call as message_tool_calls stores it."""

    tool_name: str
    arguments: dict[str, Any]
    result: Envelope
    status: str
    duration_ms: int


@dataclass(slots=True)
class ToolRecorder:
    """The tools of one conversation turn, bound to the acting user.

    Calls are kept in `calls`, to be stored with the assistant's message
    (`store_message(..., tool_calls=recorder.calls)`); with `message_id`, each call is
    also written at once for that existing message.
    """

    pool: AsyncConnectionPool
    user_id: int
    message_id: UUID | None = None
    calls: list[ToolCall] = field(default_factory=list)

    async def run(self, tool_name: str, arguments: Mapping[str, Any]) -> Envelope:
        """Call a tool by name with a model's arguments; its errors become error envelopes here."""
        started = time.perf_counter()
        found = TOOLS.get(tool_name)
        problem = _problem(tool_name, found, arguments)
        if found is None or problem is not None:
            result = failure(VALIDATION_ERROR, problem or f"no tool named {tool_name!r}")
        else:
            result = await enveloped(found)(self.pool, user_id=self.user_id, **arguments)
        call = ToolCall(
            tool_name=tool_name,
            arguments=dict(arguments),
            result=result,
            status=str(result["status"]),
            duration_ms=round((time.perf_counter() - started) * 1000),
        )
        self.calls.append(call)
        if self.message_id is not None:
            async with self.pool.connection() as conn, conn.transaction():
                await save_tool_calls(conn, self.message_id, [call])
        return result


def _problem(name: str, found: Tool | None, arguments: Mapping[str, Any]) -> str | None:
    """Why these arguments cannot be passed to the tool, or None."""
    if found is None:
        return f"no tool named {name!r}; tools: {', '.join(TOOLS)}"
    taken = SERVER_ARGUMENTS & set(arguments)
    if taken:
        return f"{', '.join(sorted(taken))} is set by the server, not by the caller"
    try:
        inspect.signature(found).bind(None, user_id=0, **arguments)
    except TypeError as exc:
        return f"{name}: {exc}"
    return None


async def save_tool_calls(
    conn: AsyncConnection[Any], message_id: UUID, calls: Iterable[ToolCall]
) -> None:
    """Write tool calls of a message, inside the caller's transaction."""
    rows = [
        (message_id, c.tool_name, Jsonb(c.arguments), Jsonb(c.result), c.status, c.duration_ms)
        for c in calls
    ]
    if not rows:
        return
    async with conn.cursor() as cursor:
        await cursor.executemany(
            # clock_timestamp(): calls of one transaction keep their order in created_at.
            "INSERT INTO message_tool_calls "
            "(message_id, tool_name, arguments, result, status, duration_ms, created_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, clock_timestamp())",
            rows,
        )
