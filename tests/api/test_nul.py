"""One rule for every request: text holding a NUL byte is refused with 422, never a 500."""

from collections.abc import AsyncIterator

import httpx
import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope

NUL = "a\x00b"


@pytest.fixture
async def api(app_db_url: str, demo_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET)
    async with serve(create_app(settings)) as client:
        yield client


@pytest.fixture
async def ada(app_db_url: str) -> Account:
    return await make_account(app_db_url, "ada@example.com")


PLACES = [
    pytest.param(
        "post",
        "/api/auth/register",
        {"json": {"email": f"{NUL}@x.io", "password": "long enough"}},
        id="register-email",
    ),
    pytest.param(
        "post",
        "/api/auth/register",
        {"json": {"email": "z@x.io", "password": "long enough", "timezone": NUL}},
        id="register-timezone",
    ),
    pytest.param(
        "post",
        "/api/auth/login",
        {"json": {"email": f"{NUL}@x.io", "password": "long enough"}},
        id="login-email",
    ),
    pytest.param("post", "/api/{id}/tasks", {"json": {"title": NUL}}, id="task-title"),
    pytest.param(
        "post",
        "/api/{id}/tasks",
        {"json": {"title": "t", "description": NUL}},
        id="task-description",
    ),
    pytest.param(
        "post", "/api/{id}/tasks", {"json": {"title": "t", "tags": [NUL]}}, id="task-tags"
    ),
    pytest.param("patch", "/api/{id}/tasks/1", {"json": {"title": NUL}}, id="update-title"),
    pytest.param(
        "patch", "/api/{id}/tasks/1", {"json": {"description": NUL}}, id="update-description"
    ),
    pytest.param("patch", "/api/{id}/tasks/1", {"json": {"tags": ["ok", NUL]}}, id="update-tags"),
    pytest.param("post", "/api/{id}/chat", {"json": {"message": NUL}}, id="chat-message"),
    pytest.param("post", "/api/ask", {"json": {"query": NUL}}, id="ask-query"),
    pytest.param("get", "/api/audit", {"params": {"action": NUL}}, id="audit-action"),
    pytest.param(
        "post", "/api/sql", {"json": {"sql": "SELECT 1", "requester": NUL}}, id="sql-requester"
    ),
    pytest.param("post", "/api/sql", {"json": {"sql": "SELECT 1", "target": NUL}}, id="sql-target"),
    pytest.param("get", "/api/{id}/tasks", {"params": {"status": NUL}}, id="list-status"),
]


@pytest.mark.parametrize(("method", "path", "request_args"), PLACES)
async def test_a_nul_byte_is_refused_with_422(
    api: httpx.AsyncClient, ada: Account, method: str, path: str, request_args: dict[str, object]
) -> None:
    await api.post(f"/api/{ada.id}/tasks", json={"title": "first"}, headers=ada.headers)
    response = await api.request(
        method,
        path.format(id=ada.id),
        headers=ada.headers,
        **request_args,  # type: ignore[arg-type]
    )
    assert response.status_code == 422, response.text
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert "NUL" in response.json()["message"]
