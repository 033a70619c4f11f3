"""Dependencies shared by routes: the Services container of this app."""

from typing import Annotated, cast

from fastapi import Depends
from starlette.requests import HTTPConnection

from pgpilot import links
from pgpilot.services import Services


def services_of(connection: HTTPConnection) -> Services:
    """The Services built by the app's lifespan."""
    return cast(Services, connection.app.state.services)


async def get_services(connection: HTTPConnection) -> Services:
    """The app's Services, as a dependency: async, so FastAPI does not hop to a thread for it."""
    return services_of(connection)


ServicesDep = Annotated[Services, Depends(get_services)]


def link_base(connection: HTTPConnection) -> str:
    """The base of links in answers: PGPILOT_PUBLIC_URL, else the address the client used."""
    return links.request_base(
        services_of(connection).settings,
        scheme=connection.scope.get("scheme", "http"),  # what .url reads, unparsed
        host=connection.headers.get("host"),
        root_path=connection.scope.get("root_path", ""),
    )
