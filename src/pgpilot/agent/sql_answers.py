"""The SQL agent's answers: one JSON shape for reads, writes, tickets and errors."""

import re
from typing import TYPE_CHECKING, Any, Final

from pgpilot.approvals.tickets import Ticket
from pgpilot.sql.execute import ReadResult
from pgpilot.sql.operations import Executed, Pending

if TYPE_CHECKING:  # LangChain is slow to import; the CLI reads PUBLIC from here
    from langchain_core.messages import BaseMessage

FIELDS: Final = (
    "status",
    "intent",
    "sql",
    "kind",
    "columns",
    "rows",
    "row_count",
    "truncated",
    "impact",
    "ticket_id",
    "operation_id",
    "message",
)
# What the faces (CLI --json, REST) show of an answer.
PUBLIC: Final = (*FIELDS, "tables_considered")
FENCE: Final = re.compile(r"```(?:sql)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)


def blank(**fields: Any) -> dict[str, Any]:
    """Every field of the answer, unset ones as None."""
    answer: dict[str, Any] = dict.fromkeys(FIELDS)
    answer.update(fields)
    return answer


def failed(message: str, *, code: str | None = None) -> dict[str, Any]:
    """An error answer."""
    return blank(status="error", error_code=code, message=message)


def answer_for(result: ReadResult | Executed | Pending) -> dict[str, Any]:
    """A service's result as the agent's answer."""
    if isinstance(result, ReadResult):
        more = " (truncated: more rows exist)" if result.truncated else ""
        return blank(
            status="success",
            columns=list(result.columns),
            rows=[list(row) for row in result.rows],
            row_count=result.row_count,
            truncated=result.truncated,
            message=f"{result.row_count} row{'' if result.row_count == 1 else 's'}{more}",
        )
    data = result.to_dict()
    if isinstance(result, Executed):
        return blank(
            status="executed",
            impact=data["impact"],
            ticket_id=result.ticket_id,
            operation_id=data["operation_id"],
            row_count=result.rows_affected,
            message=f"executed: {result.rows_affected} rows changed; "
            f"operation {result.operation_id}"
            + (f" (undo with: pgpilot undo {result.operation_id})" if result.undoable else ""),
        )
    return blank(
        status="pending_approval",
        impact=data["impact"],
        ticket_id=result.ticket.id,
        expires_at=data["expires_at"],
        approve_url=data["approve_url"],
        approve_command=data["approve_command"],
        message=f"waiting for approval: {result.reason}; approve with: {data['approve_command']}",
    )


def decided(ticket: Ticket) -> dict[str, Any]:
    """The answer when a ticket ended without running (rejected, expired, executed elsewhere)."""
    by = f" by {ticket.approver}" if ticket.approver else ""
    why = f": {ticket.comment}" if ticket.comment else ""
    return blank(
        status="error",
        error_code=f"TICKET_{ticket.status}",
        ticket_id=ticket.id,
        impact=ticket.impact,
        operation_id=str(ticket.operation_id) if ticket.operation_id else None,
        message=f"ticket {ticket.id} was {ticket.status.lower()}{by}{why}; nothing ran",
    )


def cleaned_sql(message: "BaseMessage") -> str:
    """The statement of a model's reply, without fences, whitespace or a trailing semicolon."""
    content = message.content
    text = content if isinstance(content, str) else " ".join(str(part) for part in content)
    if found := FENCE.search(text):
        text = found.group(1)
    return text.strip().rstrip(";").strip()
