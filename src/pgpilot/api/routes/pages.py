"""Web pages for people: the page where a human signs in, then approves or rejects a write."""

from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(tags=["pages"], include_in_schema=False)


@router.get("/approval/{ticket_id}", response_class=HTMLResponse)
async def approval_page(ticket_id: str) -> HTMLResponse:
    """A page that shows nothing of the ticket until its visitor signs in (see approval.js)."""
    return HTMLResponse((files("pgpilot.web") / "approval.html").read_text())
