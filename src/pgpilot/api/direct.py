"""DirectRoute: a hot route that FastAPI documents but does not solve on each request.

FastAPI solves a route's dependency tree on every request (cache keys, exit stacks, an error
context, each field of a query model inspected anew): for a hot route that costs about as
much CPU as the rest of the HTTP layer. A DirectRoute runs its one dependency itself, reads
its query model in one pydantic pass (api/bodies.py), and hands the endpoint the dependency's
value, the query model and the request; OpenAPI still shows the route as declared.

Its one dependency is an ActorBearer (the token's actor) or an OwnUser (the path's user, who
must be the token's), called through its `direct(request)`, which runs the same checks in the
same order. Whatever else a route declared would be documented but never run, so a
DirectRoute refuses, when it is built, any route that declares more than that dependency, at
most one single-valued query model and the Request.
"""

from collections.abc import Callable, Coroutine
from typing import Any, TypeGuard

import pydantic
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from pgpilot.api.bodies import query_model, single_valued
from pgpilot.api.security import ActorBearer, OwnUser

Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class DirectRoute(APIRoute):
    """An APIRoute whose endpoint gets its dependency, query and request without the solver."""

    def get_route_handler(self) -> Handler:
        """The request handler: the dependency's checks (401, 403, 429), the query, the endpoint."""
        dependency, value_name, request_name = self._direct_parameters()
        query = self._query_model()
        endpoint = self.endpoint

        if query is None:

            async def handle(request: Request) -> Response:
                value = await dependency.direct(request)
                response: Response = await endpoint(**{value_name: value, request_name: request})
                return response

            return handle
        query_name, model = query

        async def handle_query(request: Request) -> Response:
            value = await dependency.direct(request)
            asked = query_model(request, model)
            response: Response = await endpoint(
                **{value_name: value, query_name: asked, request_name: request}
            )
            return response

        return handle_query

    def _direct_parameters(self) -> tuple[ActorBearer | OwnUser, str, str]:
        dependant = self.dependant
        params = (
            dependant.path_params,
            dependant.header_params,
            dependant.cookie_params,
            dependant.body_params,
        )
        if len(dependant.dependencies) == 1 and dependant.request_param_name and not any(params):
            (only,) = dependant.dependencies
            if only.name and _runs_as_declared(only):
                assert isinstance(only.call, ActorBearer | OwnUser)
                return only.call, only.name, dependant.request_param_name
        raise self._refused()

    def _query_model(self) -> tuple[str, type[pydantic.BaseModel]] | None:
        fields = self.dependant.query_params
        if not fields:
            return None
        if len(fields) == 1:
            model = fields[0].field_info.annotation
            if _is_model(model) and single_valued(model):
                return fields[0].name, model
        raise self._refused()

    def _refused(self) -> TypeError:
        return TypeError(
            f"{self.path}: a DirectRoute's endpoint takes one ActorBearer or OwnUser dependency, "
            "at most one query model of single values, and the Request, nothing else (anything "
            "more would be documented but never run)"
        )


def _runs_as_declared(dependency: Dependant) -> bool:
    """Whether `direct(request)` runs exactly what FastAPI would solve for this dependency."""
    if isinstance(dependency.call, ActorBearer):
        return not dependency.dependencies
    if isinstance(dependency.call, OwnUser):
        # OwnUser.__call__ declares the path's user_id and the token's actor, nothing else.
        others = (
            dependency.query_params,
            dependency.header_params,
            dependency.cookie_params,
            dependency.body_params,
        )
        if len(dependency.dependencies) != 1 or any(others):
            return False
        (actor,) = dependency.dependencies
        return (
            isinstance(actor.call, ActorBearer)
            and actor.call.limit is None
            and [param.name for param in dependency.path_params] == ["user_id"]
        )
    return False


def _is_model(annotation: Any) -> TypeGuard[type[pydantic.BaseModel]]:
    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)
