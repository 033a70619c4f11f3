"""Web pages for people: the page where a human approves or rejects a write."""

import re
from html import escape
from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from pgpilot.api.deps import ServicesDep
from pgpilot.approvals import tickets

PLACEHOLDER = re.compile(r"\{(\w+)\}")
router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/approval/{ticket_id}", response_class=HTMLResponse)
async def approval_page(ticket_id: str, services: ServicesDep) -> HTMLResponse:
    """The ticket's SQL and impact, with Approve and Reject while it is pending."""
    ticket = await tickets.get_ticket(services.app_db, ticket_id)
    impact = ticket.impact
    table_rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{c['inserted']}</td><td>{c['updated']}</td>"
        f"<td>{c['deleted']}</td></tr>"
        for name, c in sorted(impact["tables"].items())
    )
    page = (files("pgpilot.web") / "approval.html").read_text()
    values = {
        "id": escape(ticket.id),
        "status": escape(ticket.status),
        "requester": escape(ticket.requester),
        "target": escape(ticket.target),
        "expires_at": escape(ticket.expires_at.isoformat(timespec="minutes")),
        "reason": escape(ticket.reason or ""),
        "sql": escape(ticket.sql),
        "risk": escape(str(impact["risk"])),
        "rows": str(int(impact["rows"])),
        "method": escape(str(impact["method"]).replace("_", " ")),
        "table_rows": table_rows,
        "reasons": "".join(f"<li>{escape(str(r))}</li>" for r in impact.get("reasons", [])),
        "hidden": "" if ticket.status == "PENDING_APPROVAL" else "hidden",
    }
    # One pass, so text inserted from the ticket is never substituted again.
    return HTMLResponse(PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), page))
