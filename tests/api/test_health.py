"""Health endpoints, the error envelope, request ids and CORS."""

from datetime import datetime

import httpx
import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.conftest import serve

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/nowhere"


def assert_envelope(body: dict[str, object], error_code: str) -> None:
    assert body["status"] == "error"
    assert body["error_code"] == error_code
    assert isinstance(body["message"], str)
    assert body["message"]
    datetime.fromisoformat(str(body["timestamp"]))
    assert "Traceback" not in str(body)


@pytest.mark.parametrize("path", ["/health", "/health/live", "/health/ready"])
async def test_health_ok(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_ready_is_503_with_envelope_when_database_unreachable() -> None:
    app = create_app(Settings(database_url=UNREACHABLE))
    async with serve(app) as client:
        live = await client.get("/health/live")
        ready = await client.get("/health/ready")
    assert live.status_code == 200, "liveness must not depend on the database"
    assert ready.status_code == 503
    assert_envelope(ready.json(), "DB_UNAVAILABLE")
    assert "127.0.0.1:1" in ready.json()["message"]


async def test_unknown_path_is_an_envelope(client: httpx.AsyncClient) -> None:
    response = await client.get("/no/such/thing")
    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


async def test_wrong_method_is_an_envelope(client: httpx.AsyncClient) -> None:
    response = await client.post("/health")
    assert response.status_code == 405
    assert_envelope(response.json(), "METHOD_NOT_ALLOWED")


async def test_unexpected_error_is_500_envelope_without_details(app_settings: Settings) -> None:
    app = create_app(app_settings)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    async with serve(app) as client:
        response = await client.get("/boom")
    assert response.status_code == 500
    assert_envelope(response.json(), "INTERNAL_ERROR")
    assert "secret internals" not in response.text


async def test_request_id_is_echoed_or_made(client: httpx.AsyncClient) -> None:
    given = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    made = await client.get("/health")
    assert given.headers["X-Request-ID"] == "abc-123"
    assert len(made.headers["X-Request-ID"]) >= 16


async def test_openapi_is_served(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert "/health/ready" in spec["paths"]
    assert (await client.get("/docs")).status_code == 200


async def test_cors_allows_configured_origin_only(app_db_url: str) -> None:
    settings = Settings(database_url=app_db_url, cors_origins=["http://ui.test"])
    async with serve(create_app(settings)) as client:
        allowed = await client.get("/health", headers={"Origin": "http://ui.test"})
        other = await client.get("/health", headers={"Origin": "http://evil.test"})
    assert allowed.headers.get("access-control-allow-origin") == "http://ui.test"
    assert "access-control-allow-origin" not in other.headers
