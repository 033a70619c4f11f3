"""DirectRoute: a hot route that FastAPI documents but does not solve on each request.

FastAPI solves a route's dependency tree on every request (cache keys, exit stacks, an error
context): for a route whose one dependency is the bearer token's actor that costs about as
much CPU as the rest of the HTTP layer. A DirectRoute runs that one dependency itself and hands
the endpoint its actor and the request; OpenAPI still shows the route as declared.

Whatever else a route declared would be documented but never run, so a DirectRoute refuses,
when it is built, any route that declares more than its ActorBearer and a Request.
"""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from pgpilot.api.security import ActorBearer

Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class DirectRoute(APIRoute):
    """An APIRoute whose endpoint is `endpoint(actor, request)`, called without FastAPI's solver."""

    def get_route_handler(self) -> Handler:
        """The request handler: the actor check (401, 429), then the endpoint."""
        actor_of, actor_name, request_name = self._direct_parameters()
        endpoint = self.endpoint

        async def handle(request: Request) -> Response:
            actor = await actor_of(request)
            response: Response = await endpoint(**{actor_name: actor, request_name: request})
            return response

        return handle

    def _direct_parameters(self) -> tuple[ActorBearer, str, str]:
        dependant = self.dependant
        params = (
            dependant.path_params,
            dependant.query_params,
            dependant.header_params,
            dependant.cookie_params,
            dependant.body_params,
        )
        if len(dependant.dependencies) == 1 and dependant.request_param_name and not any(params):
            (actor,) = dependant.dependencies
            if isinstance(actor.call, ActorBearer) and actor.name and not actor.dependencies:
                return actor.call, actor.name, dependant.request_param_name
        raise TypeError(
            f"{self.path}: a DirectRoute's endpoint takes one ActorBearer dependency and the "
            "Request, nothing else (anything more would be documented but never run)"
        )
