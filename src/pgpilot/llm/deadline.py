"""One turn's time for the model: PGPILOT_LLM_TIMEOUT_S across all its requests and retries.

A deadline is a time on the running event loop's clock. Model calls await their answer only
until then; tools are never cut off midway (a write is finished or rolled back by its own
transaction), but once the deadline has passed the next model call fails at once.
"""

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


class ModelTimedOut(TimeoutError):
    """The model did not answer before the turn's deadline."""


def deadline_in(seconds: float | None) -> float | None:
    """The loop time `seconds` from now (None: no deadline)."""
    return None if seconds is None else asyncio.get_running_loop().time() + seconds


async def answer_by(deadline: float | None, call: Awaitable[T]) -> T:
    """Await a model call, giving up with ModelTimedOut when the deadline passes."""
    if deadline is None:
        return await call
    try:
        async with asyncio.timeout_at(deadline):
            return await call
    except TimeoutError as exc:
        raise ModelTimedOut("no answer within PGPILOT_LLM_TIMEOUT_S") from exc
