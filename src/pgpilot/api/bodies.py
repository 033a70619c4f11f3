"""JSON bodies read by the route itself: one pydantic pass over the raw bytes.

FastAPI's own body step parses the content type through `email.message`, decodes the JSON,
then validates the dict; on a hot route that is a noticeable part of the request. A route
that reads its body here documents it with `openapi_body(model)` and answers the same 422.
"""

from typing import Any, TypeVar

import pydantic
from fastapi.exceptions import RequestValidationError
from starlette.requests import Request

Model = TypeVar("Model", bound=pydantic.BaseModel)
NOT_JSON = "Send the body as JSON, with Content-Type: application/json."


async def json_body(request: Request, model: type[Model]) -> Model:
    """The body as `model`; a RequestValidationError (422) as FastAPI's body step raises it."""
    media = (request.headers.get("content-type") or "").partition(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise RequestValidationError([{"type": "json_type", "loc": ("body",), "msg": NOT_JSON}])
    try:
        return model.model_validate_json(await request.body())
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in errors]
        ) from None


def openapi_body(model: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The `openapi_extra` that documents `model` as the route's required JSON body."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        }
    }
