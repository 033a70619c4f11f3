"""One exception tree for pgpilot; each face renders it in exactly one place.

PgpilotError                 error_code, status, message
├── ConfigError              bad settings or environment, found at start (exit 2)
├── ValidationError          the caller's input is wrong (422)
├── Unauthorized             no or bad credentials (401)
├── Forbidden                not allowed, e.g. SQL the guard refuses (403)
├── NotFound                 no such thing, or not yours (404)
├── Conflict                 state changed underneath (409)
├── RateLimited              one user sent too many requests (429, Retry-After)
└── DatabaseUnavailable      a database cannot be reached (503)
"""

from datetime import UTC, datetime
from typing import ClassVar


def envelope(error_code: str, message: str) -> dict[str, str]:
    """The error body every face uses."""
    return {
        "status": "error",
        "error_code": error_code,
        "message": message,
        "timestamp": datetime.now(UTC).isoformat(),
    }


class PgpilotError(Exception):
    """Base of every error pgpilot reports to a user or an agent."""

    code: ClassVar[str] = "INTERNAL_ERROR"
    status: ClassVar[int] = 500

    def __init__(self, message: str, *, error_code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.error_code = error_code or self.code

    def envelope(self) -> dict[str, str]:
        """This error as the error envelope."""
        return envelope(self.error_code, self.message)

    def headers(self) -> dict[str, str]:
        """HTTP headers that go with this error."""
        return {}


class ConfigError(PgpilotError):
    """Settings or environment that pgpilot cannot start with."""

    code = "CONFIG_ERROR"


class ValidationError(PgpilotError):
    """The caller's input is invalid."""

    code = "VALIDATION_ERROR"
    status = 422


class Unauthorized(PgpilotError):
    """Missing or invalid credentials."""

    code = "UNAUTHORIZED"
    status = 401

    def headers(self) -> dict[str, str]:
        """Tell the client which credentials to send."""
        return {"WWW-Authenticate": "Bearer"}


class Forbidden(PgpilotError):
    """The caller may not do this."""

    code = "FORBIDDEN"
    status = 403


class NotFound(PgpilotError):
    """The thing asked for does not exist (or is not the caller's)."""

    code = "NOT_FOUND"
    status = 404


class Conflict(PgpilotError):
    """The request conflicts with the current state."""

    code = "CONFLICT"
    status = 409


class DatabaseUnavailable(PgpilotError):
    """A database could not be reached."""

    code = "DB_UNAVAILABLE"
    status = 503


class RateLimited(PgpilotError):
    """Too many requests from one user; try again after `retry_after` seconds."""

    code = "RATE_LIMITED"
    status = 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        """When to try again."""
        return {"Retry-After": str(self.retry_after)}
