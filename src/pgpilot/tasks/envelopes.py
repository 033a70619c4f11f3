"""The seed's tool envelopes: success carries data, error carries a code; never an exception."""

from datetime import UTC, datetime
from typing import Any, Final

from pgpilot.errors import envelope

Envelope = dict[str, Any]

VALIDATION_ERROR: Final = "VALIDATION_ERROR"
USER_NOT_FOUND: Final = "USER_NOT_FOUND"
TASK_NOT_FOUND: Final = "TASK_NOT_FOUND"
NO_CHANGES: Final = "NO_CHANGES"
NOT_CONFIRMED: Final = "NOT_CONFIRMED"
ALREADY_RESTORED: Final = "ALREADY_RESTORED"
UNAUTHORIZED: Final = "UNAUTHORIZED"
DB_ERROR: Final = "DB_ERROR"


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
