"""DirectRoute: the hot route FastAPI documents but does not solve, and what it refuses."""

from collections.abc import Callable
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, Body, Depends, Header, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from pgpilot.api.direct import DirectRoute
from pgpilot.api.security import (
    ActorBearer,
    CurrentActor,
    OwnUser,
    PathUser,
    RateLimitedUser,
    SqlActor,
    current_actor,
)
from pgpilot.auth.actors import Actor
from pgpilot.auth.users import User
from pgpilot.tasks.contract import TaskQuery


class Listed(BaseModel):
    """A query model with a field FastAPI reads as every value of its name."""

    tag: list[str] = []


class Aliased(BaseModel):
    """A query model whose field is sent under another name."""

    page_size: int = Field(10, alias="pageSize")


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


async def own_list(query: Annotated[TaskQuery, Query()], user: PathUser, http: Request) -> Response:
    return Response()


async def own_write(user: RateLimitedUser, http: Request) -> Response:
    return Response()


async def listed_query(
    query: Annotated[Listed, Query()], user: PathUser, http: Request
) -> Response:
    return Response()


async def aliased_query(
    query: Annotated[Aliased, Query()], user: PathUser, http: Request
) -> Response:
    return Response()


async def two_queries(
    query: Annotated[TaskQuery, Query()],
    other: Annotated[Aliased, Query()],
    user: PathUser,
    http: Request,
) -> Response:
    return Response()


async def own_and_path(
    task_id: int, user: PathUser, http: Request
) -> Response:  # a path parameter of its own
    return Response()


async def own_and_header(
    user: PathUser, http: Request, x_trace: Annotated[str, Header()]
) -> Response:
    return Response()


class Sloppy(OwnUser):
    """An OwnUser whose FastAPI form declares more than its direct form would read."""

    async def __call__(  # type: ignore[override]
        self,
        user_id: int,
        actor: CurrentActor,
        connection: Request,
        verbose: bool = False,
    ) -> User:
        return await self.owner(actor, user_id, connection)


async def sloppy_dependency(user: Annotated[User, Depends(Sloppy())], http: Request) -> Response:
    return Response()


async def limited_actor_under_own_user(
    user: Annotated[User, Depends(OwnUser())],
    http: Request,
    other: Annotated[Actor, Depends(ActorBearer("sql"))],
) -> Response:
    return Response()


def route(endpoint: Callable[..., Any], path: str = "/x", **options: Any) -> None:
    APIRouter(route_class=DirectRoute).post(path, **options)(endpoint)


@pytest.mark.parametrize(
    ("endpoint", "path"),
    [
        pytest.param(direct, "/x", id="actor-and-request"),
        pytest.param(own_list, "/{user_id}/tasks", id="own-user-query-model-and-request"),
        pytest.param(own_write, "/{user_id}/tasks", id="rate-limited-own-user"),
    ],
)
def test_what_a_direct_route_runs_itself_makes_one(endpoint: Callable[..., Any], path: str) -> None:
    route(endpoint, path)


@pytest.mark.parametrize(
    ("endpoint", "path"),
    [
        pytest.param(listed_query, "/{user_id}/x", id="a-list-in-the-query-model"),
        pytest.param(aliased_query, "/{user_id}/x", id="an-alias-in-the-query-model"),
        pytest.param(two_queries, "/{user_id}/x", id="two-query-models"),
        pytest.param(own_and_path, "/{user_id}/x/{task_id}", id="a-path-parameter-more"),
        pytest.param(own_and_header, "/{user_id}/x", id="a-header-parameter"),
        pytest.param(sloppy_dependency, "/{user_id}/x", id="an-own-user-declaring-more"),
        pytest.param(limited_actor_under_own_user, "/{user_id}/x", id="two-dependencies"),
    ],
)
def test_a_direct_route_refuses_what_it_would_not_read(
    endpoint: Callable[..., Any], path: str
) -> None:
    with pytest.raises(TypeError, match="DirectRoute"):
        route(endpoint, path)


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
