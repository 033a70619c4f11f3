"""The one place pgpilot's errors become MCP tool errors: what happened, and what to do next."""

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from mcp.server.mcpserver.exceptions import ToolError

from pgpilot.errors import PgpilotError

P = ParamSpec("P")
R = TypeVar("R")

NEXT_STEPS = {
    "FORBIDDEN_SQL": "Rewrite it as one plain statement without the forbidden parts.",
    "NEEDS_APPROVAL": "Call analyze_query_impact, then create_approval_request.",
    "NO_TARGET_ACCESS": "Ask the user to have an operator grant this target, or use another.",
    "READ_ONLY_ACCESS": "Only reads are allowed here: use execute_select_query.",
    "NOT_YOURS": "Only the user who requested it (or an admin) can run it.",
    "RATE_LIMITED": "Wait for the time given, then try again.",
    "NOT_APPROVED": "A human must approve it first; check_approval_status tells you when.",
    "REJECTED": "Do not run it; ask the user how to proceed.",
    "EXPIRED": "Call create_approval_request again if the change is still needed.",
    "ALREADY_EXECUTED": "check_approval_status shows its operation_id.",
    "QUERY_ERROR": "Fix the SQL (fetch_schema_context shows tables and columns) and try again.",
    "QUERY_TIMEOUT": "Make the query cheaper: filter with WHERE, add LIMIT, or aggregate.",
    "TABLE_NOT_FOUND": "Call fetch_schema_context without table_names to list the tables.",
    "UNAUTHORIZED": "Reconnect with a valid bearer token (POST /api/auth/login).",
    "DB_UNAVAILABLE": "A database is unreachable; try again later.",
    "NOT_UNDERSTOOD": "Rephrase with the names fetch_schema_context shows, or write the SQL "
    "and call execute_select_query.",
}


def refusing(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Let `fn` raise PgpilotError; the client gets an isError result that reads well."""

    @functools.wraps(fn)
    async def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await fn(*args, **kwargs)
        except PgpilotError as exc:
            raise ToolError(refusal_text(exc)) from exc

    return call


def refusal_text(exc: PgpilotError) -> str:
    """`CODE: message` and, when there is one, the next step."""
    text = f"{exc.error_code}: {exc.message}"
    step = NEXT_STEPS.get(exc.error_code)
    return f"{text.rstrip('.')}. {step}" if step else text
