"""The one place HTTP errors are rendered: the error envelope, never a traceback."""

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from pgpilot.errors import PgpilotError, envelope

log = logging.getLogger(__name__)


def error_response(status: int, error_code: str, message: str) -> JSONResponse:
    """A JSON response holding the error envelope."""
    return JSONResponse(envelope(error_code, message), status_code=status)


async def _pgpilot_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, PgpilotError)
    response = error_response(exc.status, exc.error_code, exc.message)
    response.headers.update(exc.headers())
    return response


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = HTTPStatus(exc.status_code).name
    response = error_response(exc.status_code, code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(part) for part in first["loc"])
    return error_response(422, "VALIDATION_ERROR", f"{where}: {first['msg']}".lstrip(": "))


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "INTERNAL_ERROR", "Something went wrong on our side.")


def install(app: FastAPI) -> None:
    """Register the handlers."""
    app.add_exception_handler(PgpilotError, _pgpilot_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
