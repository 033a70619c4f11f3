"""Register, log in (failed logins throttled), and what a bad token gets: 401 envelopes."""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI

from pgpilot.api.app import create_app
from pgpilot.auth.tokens import issue_token
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, bearer
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope
from tests.appdb import app_pool, fetch_one
from tests.auth.test_ratelimit import BACKENDS, REDIS_URL, unique_prefix

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
    rights = {"can_approve": False, "is_admin": False, "grants": {}}
    assert me.json() == created | rights, "a new account gets the task assistant, nothing more"


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
    assert "$m=1024,t=1," in stored, "of the cost the settings give (tests/conftest.py)"


@asynccontextmanager
async def running(*apps: FastAPI) -> AsyncIterator[None]:
    """The apps' lifespans, for clients made with `at`."""
    async with AsyncExitStack() as stack:
        for app in apps:
            await stack.enter_async_context(app.router.lifespan_context(app))
        yield


def at(app: FastAPI, address: str) -> httpx.AsyncClient:
    """A client of the app calling from `address`."""
    transport = httpx.ASGITransport(app=app, client=(address, 50123))
    return httpx.AsyncClient(transport=transport, base_url="http://pgpilot.test")


def throttled(app_db_url: str, redis_url: str | None, **limits: str) -> Settings:
    return Settings(
        database_url=app_db_url,
        jwt_secret=SECRET,
        redis_url=redis_url,
        rate_limit_prefix=unique_prefix(),
        **limits,  # type: ignore[arg-type]
    )


async def login_status(client: httpx.AsyncClient, email: str, password: str) -> int:
    response = await client.post("/api/auth/login", json={"email": email, "password": password})
    if response.status_code == 429:
        assert_envelope(response.json(), "RATE_LIMITED")
        assert 1 <= int(response.headers["Retry-After"]) <= 60
    return response.status_code


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_failed_logins_are_throttled_per_account(
    app_db_url: str, redis_url: str | None
) -> None:
    settings = throttled(app_db_url, redis_url, login_rate_limit="3/minute")
    app = create_app(settings)
    async with running(app), at(app, "203.0.113.7") as here, at(app, "198.51.100.9") as there:
        await register(here)
        await here.post("/api/auth/register", json=NEW_USER | {"email": "bob@example.com"})
        guesses = [await login_status(here, "ada@example.com", f"guess-{i}") for i in range(4)]
        right_here = await login_status(here, "ada@example.com", "s3cret-pass")
        right_there = await login_status(there, "ADA@example.com", "s3cret-pass")
        bob = await login_status(here, "bob@example.com", "s3cret-pass")
    assert guesses == [401, 401, 401, 429]
    assert right_here == 429, "while throttled even the right password waits: guessing stops"
    assert right_there == 429, "the account is throttled from every address"
    assert bob == 200, "other accounts log in"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_failed_logins_are_throttled_per_address(
    app_db_url: str, redis_url: str | None
) -> None:
    settings = throttled(app_db_url, redis_url, login_address_rate_limit="3/minute")
    app = create_app(settings)
    async with running(app), at(app, "203.0.113.7") as here, at(app, "198.51.100.9") as there:
        await register(here)
        sprayed = [await login_status(here, f"user{i}@example.com", "password-1") for i in range(4)]
        right_here = await login_status(here, "ada@example.com", "s3cret-pass")
        right_there = await login_status(there, "ada@example.com", "s3cret-pass")
    assert sprayed == [401, 401, 401, 429]
    assert right_here == 429
    assert right_there == 200, "another address is not throttled"


async def test_successful_logins_do_not_count(app_db_url: str) -> None:
    settings = throttled(
        app_db_url, None, login_rate_limit="2/minute", login_address_rate_limit="2/minute"
    )
    app = create_app(settings)
    async with running(app), at(app, "203.0.113.7") as client:
        await register(client)
        statuses = [await login_status(client, "ada@example.com", "s3cret-pass") for _ in range(5)]
    assert statuses == [200] * 5


async def test_workers_share_the_failed_login_count_through_redis(app_db_url: str) -> None:
    settings = throttled(app_db_url, REDIS_URL, login_rate_limit="2/minute")
    first, second = create_app(settings), create_app(settings)
    async with running(first, second), at(first, "::1") as one, at(second, "::1") as two:
        await register(one)
        statuses = [
            await login_status(worker, "ada@example.com", "wrong-pass")
            for worker in (one, two, one)
        ]
    assert statuses == [401, 401, 429]
