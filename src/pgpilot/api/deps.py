"""Dependencies shared by routes: the Services container of this app."""

from typing import Annotated, cast

from fastapi import Depends, Request
from starlette.requests import HTTPConnection

from pgpilot import links
from pgpilot.services import Services


def get_services(request: Request) -> Services:
    """The Services built by the app's lifespan."""
    return cast(Services, request.app.state.services)


ServicesDep = Annotated[Services, Depends(get_services)]


def link_base(connection: HTTPConnection) -> str:
    """The base of links in answers: PGPILOT_PUBLIC_URL, else the address the client used."""
    services = cast(Services, connection.app.state.services)
    return links.request_base(
        services.settings,
        scheme=connection.url.scheme,
        host=connection.headers.get("host"),
        root_path=connection.scope.get("root_path", ""),
    )
