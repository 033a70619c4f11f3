"""Behind a proxy: X-Forwarded-* believed only from trusted proxies; links use the public URL."""

from typing import Any

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from pgpilot import links
from pgpilot.api.middleware import ProxyHeaders
from pgpilot.settings import Settings

PROXY = "10.0.0.7"
FORWARDED = {
    "x-forwarded-for": "203.0.113.9, 10.0.0.3",
    "x-forwarded-proto": "https",
    "x-forwarded-host": "pgpilot.example.com",
}


async def seen_by_app(peer: str, headers: dict[str, str]) -> dict[str, Any]:
    """What the app behind ProxyHeaders sees of a request from `peer`."""
    seen: dict[str, Any] = {}

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.update(
            client=scope["client"][0],
            scheme=scope["scheme"],
            host=dict(scope["headers"]).get(b"host", b"").decode(),
        )
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    wrapped = ProxyHeaders(app, trusted=["10.0.0.0/24", "::1"])
    transport = httpx.ASGITransport(app=wrapped, client=(peer, 1234))
    async with httpx.AsyncClient(transport=transport, base_url="http://internal:8000") as http:
        await http.get("/", headers=headers)
    return seen


@pytest.mark.parametrize(
    ("peer", "headers", "expected"),
    [
        pytest.param(
            PROXY,
            FORWARDED,
            {"client": "203.0.113.9", "scheme": "https", "host": "pgpilot.example.com"},
            id="trusted-proxy-is-believed",
        ),
        pytest.param(
            "198.51.100.4",
            FORWARDED,
            {"client": "198.51.100.4", "scheme": "http", "host": "internal:8000"},
            id="stranger-is-not",
        ),
        pytest.param(
            PROXY,
            {"x-forwarded-for": "10.0.0.1, 10.0.0.2"},
            {"client": PROXY, "scheme": "http", "host": "internal:8000"},
            id="only-proxies-in-the-chain",
        ),
        pytest.param(
            PROXY,
            {"x-forwarded-proto": "gopher"},
            {"client": PROXY, "scheme": "http", "host": "internal:8000"},
            id="odd-scheme-ignored",
        ),
    ],
)
async def test_forwarded_headers(
    peer: str, headers: dict[str, str], expected: dict[str, str]
) -> None:
    assert await seen_by_app(peer, headers) == expected


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        pytest.param(Settings(), "http://127.0.0.1:8000", id="bind-address"),
        pytest.param(
            Settings(host="0.0.0.0", port=9000),  # noqa: S104
            "http://127.0.0.1:9000",
            id="wildcard",
        ),
        pytest.param(Settings(host="::"), "http://[::1]:8000", id="wildcard-v6"),
        pytest.param(
            Settings(public_url="https://db.example.com/pilot/"),
            "https://db.example.com/pilot",
            id="public-url",
        ),
    ],
)
def test_web_base(settings: Settings, expected: str) -> None:
    assert links.web_base(settings) == expected


def test_request_base_prefers_the_public_url() -> None:
    public = Settings(public_url="https://db.example.com")
    assert links.request_base(public, scheme="http", host="10.1.1.1:8000") == public.public_url
    assert links.request_base(Settings(), scheme="wss", host="h.test") == "https://h.test"


def test_relative_links_become_absolute() -> None:
    answer = {"approve_url": "/approval/7", "ticket_id": "7"}
    assert links.absolute(answer, "https://x.test")["approve_url"] == "https://x.test/approval/7"
    assert links.absolute({"approve_url": None}, "https://x.test") == {"approve_url": None}


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        pytest.param("PGPILOT_PUBLIC_URL", "ftp://x", id="public-url-scheme"),
        pytest.param("PGPILOT_PUBLIC_URL", "https://x/?a=1", id="public-url-query"),
        pytest.param("PGPILOT_TRUSTED_PROXIES", "10.0.0.0/8,proxy.local", id="proxy-name"),
    ],
)
def test_bad_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    from pgpilot.errors import ConfigError
    from pgpilot.settings import load_settings

    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=variable):
        load_settings()


@pytest.mark.parametrize(
    ("public_url", "peer", "expected"),
    [
        pytest.param(
            "https://pilot.example.com", "127.0.0.1", "https://pilot.example.com", id="public-url"
        ),
        pytest.param(None, PROXY, "https://pgpilot.example.com", id="trusted-proxy"),
        pytest.param(None, "198.51.100.4", "http://pgpilot.test", id="direct"),
    ],
)
async def test_approve_url_over_rest(
    app_db_url: str, demo_url: str, public_url: str | None, peer: str, expected: str
) -> None:
    from pgpilot.api.app import create_app
    from tests.api.accounts import SECRET, make_account

    settings = Settings(
        database_url=app_db_url,
        target_database_url=demo_url,
        jwt_secret=SECRET,
        public_url=public_url,
        trusted_proxies=["10.0.0.0/24"],
        allowed_hosts=["*.test", "*.example.com"],
    )
    alice = await make_account(app_db_url, "alice@example.com", grants={"default": "write"})
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app, client=(peer, 4321))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://pgpilot.test") as api,
    ):
        answer = await api.post(
            "/api/sql",
            json={"sql": "UPDATE products SET price = 0"},
            headers=alice.headers | FORWARDED,
        )
    assert answer.status_code == 202, answer.text
    ticket = answer.json()["ticket_id"]
    assert answer.json()["approve_url"] == f"{expected}/approval/{ticket}"
