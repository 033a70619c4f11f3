"""Register, log in, and what a bad token gets: always 401 with the error envelope."""

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from pgpilot.api.app import create_app
from pgpilot.auth.tokens import issue_token
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, bearer
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope
from tests.appdb import app_pool, fetch_one

NEW_USER = {"email": "Ada@Example.com", "password": "s3cret-pass", "timezone": "Europe/Paris"}


async def register(client: httpx.AsyncClient) -> int:
    response = await client.post("/api/auth/register", json=NEW_USER)
    assert response.status_code == 201, response.text
    user_id: int = response.json()["user_id"]
    return user_id


async def test_register_login_me(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/auth/register", json=NEW_USER)
    assert response.status_code == 201
    created = response.json()
    assert set(created) == {"user_id", "email", "timezone", "created_at"}
    assert (created["email"], created["timezone"]) == ("ada@example.com", "Europe/Paris")
    login = await client.post(
        "/api/auth/login", json={"email": "ada@example.com", "password": "s3cret-pass"}
    )
    assert login.status_code == 200
    token = login.json()
    assert set(token) == {"access_token", "token_type", "user_id", "expires_at"}
    assert (token["token_type"], token["user_id"]) == ("bearer", created["user_id"])
    left = datetime.fromisoformat(token["expires_at"]) - datetime.now(UTC)
    assert timedelta(days=6, hours=23) < left <= timedelta(days=7)
    me = await client.get(
        "/api/auth/me", headers={"Authorization": f"Bearer {token['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json() == created


async def test_expiry_follows_the_setting(app_db_url: str) -> None:
    settings = Settings(database_url=app_db_url, jwt_secret=SECRET, jwt_expiry_days=1)
    async with serve(create_app(settings)) as client:
        await register(client)
        login = await client.post("/api/auth/login", json=NEW_USER)
    left = datetime.fromisoformat(login.json()["expires_at"]) - datetime.now(UTC)
    assert timedelta(hours=23) < left <= timedelta(days=1)


async def test_duplicate_email_is_409(client: httpx.AsyncClient) -> None:
    await register(client)
    again = await client.post("/api/auth/register", json=NEW_USER | {"email": "ADA@example.com"})
    assert again.status_code == 409
    assert_envelope(again.json(), "EMAIL_TAKEN")


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"timezone": "Mars/Olympus"}, id="unknown-zone"),
        pytest.param({"password": "short"}, id="short-password"),
        pytest.param({"email": "nope"}, id="bad-email"),
        pytest.param({"email": None}, id="missing-email"),
    ],
)
async def test_register_validation_is_422(
    client: httpx.AsyncClient, changes: dict[str, object]
) -> None:
    response = await client.post("/api/auth/register", json=NEW_USER | changes)
    assert response.status_code == 422
    assert_envelope(response.json(), "VALIDATION_ERROR")


async def test_wrong_password_and_unknown_email_get_the_same_401(
    client: httpx.AsyncClient,
) -> None:
    await register(client)
    wrong = await client.post("/api/auth/login", json=NEW_USER | {"password": "wrong-pass"})
    unknown = await client.post("/api/auth/login", json=NEW_USER | {"email": "eve@example.com"})
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert_envelope(response.json(), "UNAUTHORIZED")
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert wrong.json()["message"] == unknown.json()["message"]


def _expired(user_id: int) -> dict[str, str]:
    old = datetime.now(UTC) - timedelta(days=8)
    token = issue_token(user_id, secret=SECRET, lifetime=timedelta(days=7), now=old)
    return {"Authorization": f"Bearer {token.access_token}"}


@pytest.mark.parametrize(
    ("headers", "words"),
    [
        pytest.param({}, "Log in", id="no-header"),
        pytest.param({"Authorization": "Basic YTpi"}, "Log in", id="basic-scheme"),
        pytest.param({"Authorization": "Bearer nonsense"}, "not valid", id="garbage"),
        pytest.param(bearer(1, secret="x" * 40), "not valid", id="other-secret"),
        pytest.param(_expired(1), "expired", id="expired"),
        pytest.param(bearer(999), "no longer exists", id="deleted-user"),
    ],
)
async def test_bad_tokens_are_401_envelopes(
    client: httpx.AsyncClient, headers: dict[str, str], words: str
) -> None:
    await register(client)  # user 1 exists
    response = await client.get("/api/auth/me", headers=headers)
    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")
    assert words in response.json()["message"]


async def test_password_is_stored_hashed(client: httpx.AsyncClient, app_db_url: str) -> None:
    user_id = await register(client)
    async with app_pool(app_db_url) as pool:
        (stored,) = await fetch_one(
            pool, "SELECT password_hash FROM users WHERE id = %s", (user_id,)
        )
    assert stored.startswith("$argon2id$")
    assert NEW_USER["password"] not in stored
