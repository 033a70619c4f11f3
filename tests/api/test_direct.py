"""DirectRoute: the hot route FastAPI documents but does not solve, and what it refuses."""

from collections.abc import Callable
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, Body, Depends, Query, Request
from starlette.responses import Response

from pgpilot.api.direct import DirectRoute
from pgpilot.api.security import CurrentActor, SqlActor, current_actor
from pgpilot.auth.actors import Actor


async def direct(actor: SqlActor, http: Request) -> Response:
    return Response(str(actor.id))


async def extra_dependency(
    actor: SqlActor, http: Request, other: Annotated[Actor, Depends(current_actor)]
) -> Response:
    return Response()


async def query_parameter(
    actor: SqlActor, http: Request, limit: Annotated[int, Query()]
) -> Response:
    return Response()


async def body_parameter(actor: SqlActor, http: Request, text: Annotated[str, Body()]) -> Response:
    return Response()


async def no_request(actor: CurrentActor) -> Response:
    return Response()


async def no_actor(http: Request) -> Response:
    return Response()


def route(endpoint: Callable[..., Any], **options: Any) -> None:
    APIRouter(route_class=DirectRoute).post("/x", **options)(endpoint)


def test_an_actor_and_the_request_make_a_direct_route() -> None:
    route(direct)


@pytest.mark.parametrize(
    ("endpoint", "options"),
    [
        pytest.param(extra_dependency, {}, id="a-second-dependency"),
        pytest.param(direct, {"dependencies": [Depends(current_actor)]}, id="route-dependencies"),
        pytest.param(query_parameter, {}, id="a-query-parameter"),
        pytest.param(body_parameter, {}, id="a-body-parameter"),
        pytest.param(no_request, {}, id="no-request"),
        pytest.param(no_actor, {}, id="no-actor"),
    ],
)
def test_what_would_be_documented_but_not_run_is_refused(
    endpoint: Callable[..., Any], options: dict[str, Any]
) -> None:
    with pytest.raises(TypeError, match="DirectRoute"):
        route(endpoint, **options)
