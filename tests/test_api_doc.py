"""docs/API.md lists every endpoint of the OpenAPI schema, as `METHOD /path`, with an example."""

import re
from functools import cache
from pathlib import Path

import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "API.md"
HEADING = re.compile(r"^### `(?P<endpoint>[A-Z|]+ /[^`]*)`", re.MULTILINE)


@cache  # building the app and its schema takes a while: once per session, not per heading
def schema_endpoints() -> frozenset[str]:
    app = create_app(Settings(database_url="postgresql://unused/db", jwt_secret="d" * 40))
    return frozenset(
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    )


def sections() -> dict[str, str]:
    """Each endpoint heading of API.md and the text under it."""
    text = DOC.read_text()
    found = list(HEADING.finditer(text))
    ends = [match.start() for match in found[1:]] + [len(text)]
    return {
        match["endpoint"]: text[match.end() : end] for match, end in zip(found, ends, strict=True)
    }


@pytest.mark.parametrize("endpoint", sorted(schema_endpoints()))
def test_every_endpoint_is_documented_with_a_curl_example(endpoint: str) -> None:
    documented = sections()
    assert endpoint in documented, f"docs/API.md has no '### `{endpoint}`' section"
    assert "curl " in documented[endpoint], f"{endpoint}: no curl example in docs/API.md"


def test_the_websocket_is_documented() -> None:
    assert "WS /ws/query" in sections()


def test_documented_endpoints_exist() -> None:
    beyond_schema = {"WS /ws/query", "POST|GET|DELETE /mcp"}
    stale = {
        name
        for name in sections()
        if name not in schema_endpoints() and name not in beyond_schema and "/approval/" not in name
    }
    assert not stale, f"docs/API.md documents endpoints the app does not have: {stale}"
