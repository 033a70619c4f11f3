"""Approval tickets over REST: a logged-in approver's decision, outside the model's channel."""

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import Approver
from pgpilot.approvals import tickets
from pgpilot.audit.writer import list_events
from pgpilot.auth.users import User, mcp_requester, web_requester
from pgpilot.sql.operations import execute_approved, rollback_operation

router = APIRouter(tags=["approvals"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {
        "description": "The user may not approve (NOT_AN_APPROVER), or the four-eyes rule: "
        "the requester cannot approve (FOUR_EYES)."
    },
    404: {"description": "No such ticket or operation."},
    409: {
        "description": "Not runnable now: NOT_APPROVED, REJECTED, EXPIRED, ALREADY_EXECUTED, "
        "DRIFT, CONFLICT, ALREADY_UNDONE, NOT_UNDOABLE."
    },
}


class Decision(BaseModel):
    """Why; who decides is the logged-in approver, never a name in the body."""

    comment: str | None = Field(None, max_length=2000)


class Actor(BaseModel):
    """Who acts."""

    actor: str = Field("api", min_length=1, max_length=255)


@router.get("/status/{ticket_id}", responses=ERRORS)
async def status(ticket_id: str, services: ServicesDep) -> dict[str, Any]:
    """A ticket: its SQL, impact, status and history."""
    return (await tickets.get_ticket(services.app_db, ticket_id)).to_dict()


@router.post("/approve/{ticket_id}", responses=ERRORS)
async def approve(
    ticket_id: str, decision: Decision, approver: Approver, services: ServicesDep
) -> dict[str, Any]:
    """Approve a pending ticket, as the logged-in approver."""
    return await _decide(ticket_id, decision, approver, services, approve=True)


@router.post("/reject/{ticket_id}", responses=ERRORS)
async def reject(
    ticket_id: str, decision: Decision, approver: Approver, services: ServicesDep
) -> dict[str, Any]:
    """Reject a pending ticket, as the logged-in approver; it will never run."""
    return await _decide(ticket_id, decision, approver, services, approve=False)


async def _decide(
    ticket_id: str, decision: Decision, approver: User, services: ServicesDep, *, approve: bool
) -> dict[str, Any]:
    ticket = await tickets.decide(
        services.app_db,
        ticket_id,
        approve=approve,
        approver=approver.email,
        also_known_as=(web_requester(approver.id), mcp_requester(approver.email)),
        comment=decision.comment,
        four_eyes=services.settings.four_eyes,
    )
    return ticket.to_dict()


@router.post("/api/approvals/{ticket_id}/execute", responses=ERRORS)
async def execute(ticket_id: str, body: Actor, services: ServicesDep) -> dict[str, Any]:
    """Run an approved ticket's SQL, once."""
    return (await execute_approved(services.sql, ticket_id, actor=body.actor)).to_dict()


@router.post("/api/operations/{operation_id}/undo", responses=ERRORS)
async def undo(operation_id: str, body: Actor, services: ServicesDep) -> dict[str, Any]:
    """Undo an executed write from its before-images."""
    restored = await rollback_operation(services.sql, operation_id, actor=body.actor)
    return {"status": "success", "operation_id": operation_id, "rows_restored": restored}


@router.get("/api/audit")
async def audit(
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    action: Annotated[str | None, Query(max_length=50)] = None,
) -> list[dict[str, Any]]:
    """The audit log, newest first (row images left out)."""
    return await list_events(services.app_db, limit=limit, action=action)
