"""Delete confirmations: asked in one turn, granted only by a plain "yes" in the next one."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final
from uuid import UUID

if TYPE_CHECKING:
    from psycopg_pool import AsyncConnectionPool

DELETE: Final = "delete_task"
YES: Final = re.compile(
    r"(?:y|yes|yeah|yea|yep|yup|sure|ok|okay|confirm|confirmed|correct|affirmative|absolutely"
    r"|definitely|of\s+course|go\s+ahead|do\s+it|please\s+do|yes\s+please)"
    r"(?:[\s,]+(?:yes|please|do\s+it|delete\s+it|go\s+ahead|sure|i'?m\s+sure|i\s+am\s+sure"
    r"|confirmed))*[\s.!]*",
    re.IGNORECASE,
)
NO: Final = re.compile(
    r"(?:n|no|nope|nah|cancel|stop|abort|don'?t|do\s+not|never\s*mind|keep\s+it|no\s+thanks)"
    r"(?:[\s,]+(?:thanks|thank\s+you|don'?t|keep\s+it|cancel|never\s*mind|do\s+not\s+delete"
    r"(?:\s+it)?|don'?t\s+delete(?:\s+it)?))*[\s.!]*",
    re.IGNORECASE,
)
ASK: Final = (
    "UPDATE conversations c SET pending_confirmation = jsonb_build_object("
    " 'action', %s::text, 'task_id', t.id, 'title', t.title, 'expires_at', %s::text) "
    "FROM tasks t WHERE t.id = %s AND t.user_id = %s AND c.id = %s AND c.user_id = %s "
    "RETURNING c.pending_confirmation"
)


def is_affirmative(message: str) -> bool:
    """Whether a message is a plain yes ("yes", "yes please", "go ahead"), nothing more."""
    return YES.fullmatch(message.strip()) is not None


def is_negative(message: str) -> bool:
    """Whether a message is a plain no."""
    return NO.fullmatch(message.strip()) is not None


@dataclass(frozen=True, slots=True)
class PendingConfirmation:
    """A question the assistant asked: the action, its task, and until when a yes counts."""

    action: str
    task_id: int
    title: str
    expires_at: datetime

    @property
    def question(self) -> str:
        """The exact question the user answers."""
        return f"Delete '{self.title}'? (yes/no)"

    def to_json(self) -> dict[str, Any]:
        """As stored on the conversation."""
        return {
            "action": self.action,
            "task_id": self.task_id,
            "title": self.title,
            "expires_at": self.expires_at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PendingConfirmation":
        """From the conversation's column."""
        return cls(
            action=str(data["action"]),
            task_id=int(data["task_id"]),
            title=str(data["title"]),
            expires_at=datetime.fromisoformat(str(data["expires_at"])),
        )


def granted_task(pending: PendingConfirmation | None, message: str, *, now: datetime) -> int | None:
    """The task this message allows deleting: the pending one, answered yes, in time."""
    if pending is None or pending.action != DELETE or now >= pending.expires_at:
        return None
    return pending.task_id if is_affirmative(message) else None


async def ask(
    pool: "AsyncConnectionPool",
    *,
    user_id: int,
    conversation_id: UUID,
    task_id: int,
    now: datetime,
    ttl_s: int,
) -> PendingConfirmation | None:
    """Record that the user is asked to confirm deleting their task; None if it is not theirs."""
    expires = (now + timedelta(seconds=ttl_s)).isoformat()
    async with pool.connection() as conn, conn.transaction():
        cursor = await conn.execute(
            ASK, (DELETE, expires, task_id, user_id, conversation_id, user_id)
        )
        row = await cursor.fetchone()
    return None if row is None else PendingConfirmation.from_json(row[0])
