"""JSON bodies and query models read by the route itself: one pydantic pass each.

FastAPI's own body step parses the content type through `email.message`, decodes the JSON,
then validates the dict; its query-model step inspects every field's annotation on every
request. On a hot route either is a noticeable part of the request. A route that reads its
body here documents it with `openapi_body(model)`; a DirectRoute reads its query model here
(api/direct.py). Both answer the 422 FastAPI would.
"""

from datetime import date, datetime
from types import NoneType, UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import pydantic
from fastapi.exceptions import RequestValidationError
from starlette.requests import Request

Model = TypeVar("Model", bound=pydantic.BaseModel)
SCALARS = frozenset({str, int, float, bool, date, datetime, NoneType})
NOT_JSON = "Send the body as JSON, with Content-Type: application/json."


async def json_body(request: Request, model: type[Model]) -> Model:
    """The body as `model`; a RequestValidationError (422) as FastAPI's body step raises it."""
    media = (request.headers.get("content-type") or "").partition(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise RequestValidationError([{"type": "json_type", "loc": ("body",), "msg": NOT_JSON}])
    try:
        return model.model_validate_json(await request.body())
    except pydantic.ValidationError as exc:
        raise RequestValidationError(located(exc, "body")) from None


def query_model(request: Request, model: type[Model]) -> Model:
    """The query string as `model`, whose fields take one value each (see `single_valued`).

    A repeated name counts once, its last value, as in FastAPI's query models.
    """
    try:
        return model.model_validate(dict(request.query_params))
    except pydantic.ValidationError as exc:
        raise RequestValidationError(located(exc, "query")) from None


def single_valued(model: type[pydantic.BaseModel]) -> bool:
    """Whether each field takes one value by its own name, which is how `query_model` reads."""
    return all(
        field.alias is None and field.validation_alias is None and _scalar(field.annotation)
        for field in model.model_fields.values()
    )


def _scalar(annotation: Any) -> bool:
    """A type whose query value is one string: FastAPI reads every value of anything else."""
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin is Annotated:
        return _scalar(get_args(annotation)[0])
    if origin in (Union, UnionType):
        return all(_scalar(arg) for arg in get_args(annotation))
    return annotation in SCALARS


def located(exc: pydantic.ValidationError, *where: str) -> list[dict[str, Any]]:
    """pydantic's errors as FastAPI reports them, under `where` (body, query, path + name)."""
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    return [{**error, "loc": (*where, *error["loc"])} for error in errors]


def openapi_body(model: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The `openapi_extra` that documents `model` as the route's required JSON body."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        }
    }
