"""Approval tickets over REST: a logged-in approver's decision, outside the model's channel."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from pgpilot.api.deps import ServicesDep
from pgpilot.api.security import CurrentActor
from pgpilot.sql import door

router = APIRouter(tags=["approvals"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid bearer token (UNAUTHORIZED)."},
    403: {
        "description": "The user may not approve (NOT_AN_APPROVER), the four-eyes rule: "
        "the requester cannot approve (FOUR_EYES), or the ticket is someone else's (NOT_YOURS)."
    },
    404: {"description": "No such ticket or operation, or not yours to see."},
    409: {
        "description": "Not runnable now: NOT_APPROVED, REJECTED, EXPIRED, ALREADY_EXECUTED, "
        "DRIFT, CONFLICT, ALREADY_UNDONE, NOT_UNDOABLE."
    },
}


class Decision(BaseModel):
    """Why; who decides is the signed-in approver, never a name in the body."""

    comment: str | None = Field(None, max_length=2000)


@router.get("/api/approvals", responses=ERRORS)
async def tickets(
    actor: CurrentActor,
    services: ServicesDep,
    status: Literal[
        "PENDING_APPROVAL", "APPROVED", "EXECUTING", "REJECTED", "EXPIRED", "EXECUTED", "FAILED"
    ]
    | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[dict[str, Any]]:
    """Tickets newest first: every ticket for approvers and admins, your own otherwise."""
    found = await door.tickets_for(services.sql, actor, status=status, limit=limit)
    return [ticket.to_dict() for ticket in found]


@router.get("/status/{ticket_id}", responses=ERRORS)
async def status(ticket_id: str, actor: CurrentActor, services: ServicesDep) -> dict[str, Any]:
    """A ticket: its SQL, impact, status and history (its requester, approvers, admins)."""
    return (await door.ticket(services.sql, actor, ticket_id)).to_dict()


@router.post("/approve/{ticket_id}", responses=ERRORS)
async def approve(
    ticket_id: str, decision: Decision, actor: CurrentActor, services: ServicesDep
) -> dict[str, Any]:
    """Approve a pending ticket, as the signed-in approver."""
    ticket = await door.decide(
        services.sql, actor, ticket_id, approve=True, comment=decision.comment
    )
    return ticket.to_dict()


@router.post("/reject/{ticket_id}", responses=ERRORS)
async def reject(
    ticket_id: str, decision: Decision, actor: CurrentActor, services: ServicesDep
) -> dict[str, Any]:
    """Reject a pending ticket, as the signed-in approver; it will never run."""
    ticket = await door.decide(
        services.sql, actor, ticket_id, approve=False, comment=decision.comment
    )
    return ticket.to_dict()


@router.post("/api/approvals/{ticket_id}/execute", responses=ERRORS)
async def execute(ticket_id: str, actor: CurrentActor, services: ServicesDep) -> dict[str, Any]:
    """Run an approved ticket's SQL, once: its requester, or an admin."""
    return (await door.execute_ticket(services.sql, actor, ticket_id)).to_dict()


@router.post("/api/operations/{operation_id}/undo", responses=ERRORS)
async def undo(operation_id: str, actor: CurrentActor, services: ServicesDep) -> dict[str, Any]:
    """Undo an executed write from its before-images: whoever ran it, an approver, an admin."""
    restored = await door.undo(services.sql, actor, operation_id)
    return {"status": "success", "operation_id": operation_id, "rows_restored": restored}


@router.get("/api/audit", responses=ERRORS)
async def audit(
    actor: CurrentActor,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    action: Annotated[str | None, Query(max_length=50)] = None,
) -> list[dict[str, Any]]:
    """The audit log, newest first (row images left out): yours, or all of it for an admin."""
    return await door.audit(services.sql, actor, limit=limit, action=action)


@router.get("/api/audit/{event_id}", responses=ERRORS)
async def audit_event(event_id: int, actor: CurrentActor, services: ServicesDep) -> dict[str, Any]:
    """One audit event with its before and after row images: yours, or any for an admin."""
    return await door.audit_event(services.sql, actor, event_id)
