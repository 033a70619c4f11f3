"""FastJSONResponse: orjson's rendering, the same JSON as Starlette's JSONResponse."""

from typing import Any

import pytest
from starlette.responses import JSONResponse

from pgpilot.api.responses import FastJSONResponse


@pytest.mark.parametrize(
    "content",
    [
        pytest.param({"rows": [{"id": 42, "name": "Zoë", "ok": True, "x": None}]}, id="rows"),
        pytest.param({"text": 'tab\tquote" slash/ line\n nul-free ünïcode ✓'}, id="escapes"),
        pytest.param([1, 2.5, -3, "a"], id="list"),
        pytest.param({"big": 2**70}, id="int-over-64-bits"),
        pytest.param({1: "int key"}, id="int-key"),
    ],
)
def test_same_body_as_starlette(content: Any) -> None:
    assert FastJSONResponse(content).body == JSONResponse(content).body


def test_headers_and_status() -> None:
    response = FastJSONResponse({"a": 1}, status_code=202)
    assert response.status_code == 202
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-length"] == str(len(b'{"a":1}'))
