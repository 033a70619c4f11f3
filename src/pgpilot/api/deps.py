"""Dependencies shared by routes: the Services container of this app."""

from typing import Annotated, cast

from fastapi import Depends, Request

from pgpilot.services import Services


def get_services(request: Request) -> Services:
    """The Services built by the app's lifespan."""
    return cast(Services, request.app.state.services)


ServicesDep = Annotated[Services, Depends(get_services)]
