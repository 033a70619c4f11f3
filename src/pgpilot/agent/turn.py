"""One turn's tool runner: the server's rules around whatever calls a model makes.

The user is the turn's, never the model's; due-date words become the user's dates; and
delete_task(confirmed=true) runs only for the task whose delete question the user just
answered "yes" to — any other delete becomes a question (NOT_CONFIRMED) recorded for the
next turn.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Final
from uuid import UUID

from psycopg_pool import AsyncConnectionPool

from pgpilot.chat.confirmations import DELETE, PendingConfirmation, ask
from pgpilot.tasks.dates import ISO, parse_date
from pgpilot.tasks.envelopes import NOT_CONFIRMED, Envelope, failure
from pgpilot.tasks.recorder import ToolRecorder

DATED: Final = frozenset({"add_task", "update_task"})


@dataclass(slots=True)
class Turn:
    """What one turn may do, and what it did (tool calls, the question it left open)."""

    pool: AsyncConnectionPool
    user_id: int
    conversation_id: UUID
    timezone: str
    now: datetime
    today: date
    confirm_ttl_s: int
    granted_task: int | None = None  # the task the user's "yes" allows deleting, once
    asked: PendingConfirmation | None = None
    deadline: float | None = None  # loop time by which the model must have answered
    recorder: ToolRecorder = field(init=False)

    def __post_init__(self) -> None:
        self.recorder = ToolRecorder(self.pool, user_id=self.user_id)

    async def call(self, name: str, arguments: Mapping[str, Any]) -> Envelope:
        """Run a model's tool call under the server's rules; always an envelope."""
        given = _whole_ids(dict(arguments))
        if name in DATED:
            given = self._dated(given)
        if name == DELETE:
            return await self._delete(given)
        return await self.recorder.run(name, given)

    def _dated(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """Due-date words ("tomorrow") become the user's YYYY-MM-DD."""
        words = arguments.get("due_date")
        if isinstance(words, str) and not ISO.fullmatch(words.strip()):
            day = parse_date(words, today=self.today)
            if day is not None:
                return {**arguments, "due_date": day.isoformat()}
        return arguments

    async def _delete(self, arguments: dict[str, Any]) -> Envelope:
        task_id = arguments.get("task_id")
        wanted = arguments.get("confirmed") is True
        if wanted and task_id is not None and task_id == self.granted_task:
            self.granted_task = None
            return await self.recorder.run(DELETE, arguments)
        result = await self.recorder.run(DELETE, {**arguments, "confirmed": False})
        if result.get("error_code") != NOT_CONFIRMED or not isinstance(task_id, int):
            return result
        pending = await ask(
            self.pool,
            user_id=self.user_id,
            conversation_id=self.conversation_id,
            task_id=task_id,
            now=self.now,
            ttl_s=self.confirm_ttl_s,
        )
        if pending is None:
            return result
        self.asked = pending
        refused = (
            "confirmed=true was refused: the user has not answered yes to this question. "
            if wanted
            else ""
        )
        result = failure(
            NOT_CONFIRMED,
            f"Not deleted. {refused}Ask the user exactly: {pending.question} "
            "Call delete_task with confirmed=true only after they answer yes.",
        )
        self.recorder.calls[-1] = replace(self.recorder.calls[-1], result=result)
        return result


def _whole_ids(arguments: dict[str, Any]) -> dict[str, Any]:
    """task_id "3" (as some models send it) is task 3."""
    task_id = arguments.get("task_id")
    if isinstance(task_id, str) and task_id.strip().lstrip("#").isdigit():
        return {**arguments, "task_id": int(task_id.strip().lstrip("#"))}
    return arguments
