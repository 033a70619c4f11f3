"""POST /api/sql: guarded reads over REST, refusals as the error envelope."""

from collections.abc import AsyncIterator

import httpx
import psycopg
import pytest

from pgpilot.api.app import create_app
from pgpilot.auth.actors import Access
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope


@pytest.fixture
async def sql_client(app_db_url: str, demo_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client signed in as an analyst who may request writes on the default target."""
    settings = Settings(
        database_url=app_db_url, target_database_url=demo_url, max_rows=20, jwt_secret=SECRET
    )
    ada = await make_account(app_db_url, "ada@example.com", grants={"default": "write"})
    async with serve(create_app(settings)) as client:
        client.headers.update(ada.headers)
        yield client


async def test_read(sql_client: httpx.AsyncClient) -> None:
    response = await sql_client.post("/api/sql", json={"sql": "SELECT * FROM products"})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "success"
    assert body["row_count"] == 20
    assert body["truncated"] is True
    assert "price" in body["columns"]


@pytest.mark.parametrize(
    ("payload", "status", "error_code"),
    [
        pytest.param(
            {"sql": "SELECT 1; COMMIT; DROP SCHEMA public CASCADE"},
            403,
            "FORBIDDEN_SQL",
            id="stacked",
        ),
        pytest.param(
            {"sql": "SELECT 1", "target": "crm"}, 404, "TARGET_NOT_FOUND", id="unknown-target"
        ),
        pytest.param(
            {"sql": "SELECT 1", "target": "postgresql://postgres@127.0.0.1/x"},
            422,
            "VALIDATION_ERROR",
            id="url-target",
        ),
        pytest.param({"sql": ""}, 422, "VALIDATION_ERROR", id="empty"),
        pytest.param({}, 422, "VALIDATION_ERROR", id="missing-sql"),
        pytest.param({"sql": "SELECT nope FROM products"}, 400, "QUERY_ERROR", id="db-error"),
    ],
)
async def test_errors(
    sql_client: httpx.AsyncClient, payload: dict[str, str], status: int, error_code: str
) -> None:
    response = await sql_client.post("/api/sql", json=payload)
    assert response.status_code == status
    assert_envelope(response.json(), error_code)


async def test_malformed_json_is_an_envelope(sql_client: httpx.AsyncClient) -> None:
    response = await sql_client.post(
        "/api/sql", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert_envelope(response.json(), "VALIDATION_ERROR")


@pytest.mark.parametrize(
    ("content", "content_type", "where"),
    [
        pytest.param(b'{"sql": "SELECT 1"}', "text/plain", "body", id="not-json-type"),
        pytest.param(b'{"sql": "SELECT 1"}', None, "body", id="no-type"),
        pytest.param(b'{"sql": 1}', "application/json", "body.sql", id="wrong-field-type"),
        pytest.param(b"[1]", "application/json", "body", id="not-an-object"),
    ],
)
async def test_body_is_read_as_fastapi_would(
    sql_client: httpx.AsyncClient, content: bytes, content_type: str | None, where: str
) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    response = await sql_client.post("/api/sql", content=content, headers=headers)
    assert response.status_code == 422
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert response.json()["message"].startswith(f"{where}:")


async def test_body_is_read_after_the_token(sql_client: httpx.AsyncClient) -> None:
    response = await sql_client.post(
        "/api/sql", content=b"{not json", headers={"Authorization": "Bearer not-a-token"}
    )
    assert response.status_code == 401


async def test_post_sql_documents_its_bearer_token(sql_client: httpx.AsyncClient) -> None:
    spec = (await sql_client.get("/openapi.json")).json()
    assert spec["paths"]["/api/sql"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


async def test_post_sql_refuses_a_missing_token_before_reading_the_body(
    sql_client: httpx.AsyncClient,
) -> None:
    sql_client.headers.pop("Authorization", None)
    response = await sql_client.post("/api/sql", json={"sql": "SELECT 1"})
    assert response.status_code == 401
    assert response.json()["error_code"] == "UNAUTHORIZED"


async def test_body_is_documented(sql_client: httpx.AsyncClient) -> None:
    spec = (await sql_client.get("/openapi.json")).json()
    body = spec["paths"]["/api/sql"]["post"]["requestBody"]
    assert body["required"] is True
    schema = body["content"]["application/json"]["schema"]
    assert schema["required"] == ["sql"]
    assert set(schema["properties"]) == {"sql", "target"}


async def test_risky_write_waits_for_approval(sql_client: httpx.AsyncClient) -> None:
    response = await sql_client.post("/api/sql", json={"sql": "UPDATE products SET price = 0"})
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "pending_approval"
    assert body["impact"]["rows"] == 150
    assert body["approve_url"].endswith(body["ticket_id"])


async def test_small_write_runs_and_reports(sql_client: httpx.AsyncClient) -> None:
    response = await sql_client.post(
        "/api/sql", json={"sql": "UPDATE products SET stock = 1 WHERE id = 2"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "executed"
    assert body["rows_affected"] == 1
    assert body["impact"]["risk"] == "LOW"


@pytest.mark.parametrize(
    ("grants", "sql", "code"),
    [
        pytest.param({}, "SELECT 1", "NO_TARGET_ACCESS", id="no-grant-read"),
        pytest.param({"crm": "write"}, "SELECT 1", "NO_TARGET_ACCESS", id="other-target"),
        pytest.param(
            {"default": "read"}, "DELETE FROM payments WHERE id = 1", "READ_ONLY_ACCESS", id="ro"
        ),
    ],
)
async def test_grants_decide_what_a_user_may_do(
    sql_client: httpx.AsyncClient,
    app_db_url: str,
    demo_url: str,
    grants: dict[str, Access],
    sql: str,
    code: str,
) -> None:
    eve = await make_account(app_db_url, "eve@example.com", grants=grants)
    response = await sql_client.post("/api/sql", json={"sql": sql}, headers=eve.headers)
    assert response.status_code == 403
    assert_envelope(response.json(), code)
    async with await psycopg.AsyncConnection.connect(demo_url) as conn:
        row = await (await conn.execute("SELECT count(*) FROM payments WHERE id = 1")).fetchone()
    assert row == (1,), "the refusal changed nothing"


async def test_read_grant_reads(sql_client: httpx.AsyncClient, app_db_url: str) -> None:
    reader = await make_account(app_db_url, "rita@example.com", grants={"default": "read"})
    response = await sql_client.post(
        "/api/sql", json={"sql": "SELECT count(*) FROM products"}, headers=reader.headers
    )
    assert response.status_code == 200
    assert response.json()["rows"] == [[150]]
