"""The seed's tool envelopes: success carries data, error carries a code.

The tools raise; `enveloped` is where a task error becomes an error envelope for the faces
that answer with envelopes (the chat model's tool calls). REST and MCP render the same
errors through their own single handler.
"""

import functools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Final, ParamSpec

from pgpilot.errors import PgpilotError, ValidationError, envelope
from pgpilot.tasks import errors

Envelope = dict[str, Any]
P = ParamSpec("P")

VALIDATION_ERROR: Final = ValidationError.code
USER_NOT_FOUND: Final = errors.UserNotFound.code
TASK_NOT_FOUND: Final = errors.TaskNotFound.code
NO_CHANGES: Final = errors.NoChanges.code
NOT_CONFIRMED: Final = errors.NotConfirmed.code
ALREADY_RESTORED: Final = errors.AlreadyRestored.code
UNAUTHORIZED: Final = "UNAUTHORIZED"
DB_ERROR: Final = errors.TaskDatabaseError.code


def success(message: str, data: dict[str, Any]) -> Envelope:
    """A success envelope."""
    return {
        "status": "success",
        "message": message,
        "data": data,
        "timestamp": datetime.now(UTC).isoformat(),
    }


def failure(error_code: str, message: str) -> Envelope:
    """An error envelope, the same shape every face renders."""
    return dict(envelope(error_code, message))


def enveloped(
    tool: Callable[P, Awaitable[Envelope]],
) -> Callable[P, Awaitable[Envelope]]:
    """The tool answering its errors as error envelopes instead of raising them."""

    @functools.wraps(tool)
    async def call(*args: P.args, **kwargs: P.kwargs) -> Envelope:
        try:
            return await tool(*args, **kwargs)
        except PgpilotError as exc:
            return failure(exc.error_code, exc.message)

    return call
