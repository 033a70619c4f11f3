"""The web app's pages: shells with no user data; their scripts sign in and call the API.

Which links a person sees is decided in the browser from `GET /api/auth/me`; the API
enforces the rules whatever a page shows.
"""

from typing import Annotated, cast

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.templating import Jinja2Templates

router = APIRouter(tags=["pages"], include_in_schema=False)


def get_templates(request: Request) -> Jinja2Templates:
    """The templates built with the app."""
    return cast(Jinja2Templates, request.app.state.templates)


Templates = Annotated[Jinja2Templates, Depends(get_templates)]


def page(templates: Jinja2Templates, request: Request, name: str, title: str) -> HTMLResponse:
    """A page of the app: template `name`.html, script `name`.js."""
    context = {"title": title, "page": name, "script": name}
    return templates.TemplateResponse(request, f"{name}.html", context)


@router.get("/")
async def home() -> RedirectResponse:
    """The tasks page; it sends a visitor who is not signed in to sign in."""
    return RedirectResponse("/tasks", status_code=303)


@router.get("/signin", response_class=HTMLResponse)
async def signin(request: Request, templates: Templates) -> HTMLResponse:
    """Sign in or register."""
    return page(templates, request, "signin", "Sign in")


@router.get("/tasks", response_class=HTMLResponse)
async def tasks(request: Request, templates: Templates) -> HTMLResponse:
    """Your tasks, and the assistant beside them."""
    return page(templates, request, "tasks", "Tasks")


@router.get("/console", response_class=HTMLResponse)
async def console(request: Request, templates: Templates) -> HTMLResponse:
    """Questions and SQL for a granted target, streamed over /ws/query."""
    return page(templates, request, "console", "SQL console")


@router.get("/schema", response_class=HTMLResponse)
async def schema(request: Request, templates: Templates) -> HTMLResponse:
    """A granted target's tables."""
    return page(templates, request, "schema", "Schema")


@router.get("/approvals", response_class=HTMLResponse)
async def approvals(request: Request, templates: Templates) -> HTMLResponse:
    """The approvals inbox."""
    return page(templates, request, "approvals", "Approvals")


@router.get("/approval/{ticket_id}", response_class=HTMLResponse)
async def approval(ticket_id: str, request: Request, templates: Templates) -> HTMLResponse:
    """One ticket; nothing of it shows until its visitor signs in (see approval.js)."""
    return page(templates, request, "approval", "Approve a write")


@router.get("/activity", response_class=HTMLResponse)
async def activity(request: Request, templates: Templates) -> HTMLResponse:
    """The audit log you may see, with Undo."""
    return page(templates, request, "activity", "Activity")


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request, templates: Templates) -> HTMLResponse:
    """Swagger UI from this package's own copy (no CDN), started by a static script."""
    return templates.TemplateResponse(request, "docs.html", {"title": "API"})
