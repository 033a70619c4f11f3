"""Request ids and the access log, security headers, and the hosts the app answers."""

import json
import logging
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocketDisconnect

from pgpilot.api.app import create_app
from pgpilot.api.middleware import CONTENT_SECURITY_POLICY, RequestContext, SecurityHeaders
from pgpilot.logs import JsonFormatter
from pgpilot.settings import Settings
from tests.api.accounts import SECRET
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope

SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


class Lines(logging.Handler):
    """Access log lines, formatted as they are written (the request id is bound then)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.entries: list[dict[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.entries.append(json.loads(self.format(record)))


@pytest.fixture
def access_log() -> Iterator[Lines]:
    lines = Lines()
    logger = logging.getLogger("pgpilot.access")
    logger.addHandler(lines)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(lines)
        logger.setLevel(level)


@pytest.fixture
async def api(app_db_url: str, demo_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(database_url=app_db_url, target_database_url=demo_url, jwt_secret=SECRET)
    async with serve(create_app(settings)) as client:
        yield client


def hosts_app(app_db_url: str, **settings: object) -> FastAPI:
    return create_app(Settings(database_url=app_db_url, jwt_secret=SECRET, **settings))  # type: ignore[arg-type]


async def test_one_access_line_per_request_with_its_id(
    client: httpx.AsyncClient, access_log: Lines
) -> None:
    response = await client.get("/health/live?x=1", headers={"X-Request-ID": "req-7"})
    assert response.headers["X-Request-ID"] == "req-7"
    [entry] = access_log.entries
    assert entry["message"] == "request"
    assert entry["request_id"] == "req-7"
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/health/live", 200)
    assert isinstance(entry["duration_ms"], float)


async def test_a_request_without_an_id_gets_a_new_one_each_time(
    client: httpx.AsyncClient,
) -> None:
    ids = [(await client.get("/health/live")).headers["X-Request-ID"] for _ in range(2)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", rid) for rid in ids)
    assert ids[0] != ids[1]


async def test_a_long_request_id_is_cut(client: httpx.AsyncClient) -> None:
    response = await client.get("/health/live", headers={"X-Request-ID": "r" * 200})
    assert response.headers["X-Request-ID"] == "r" * 64


async def test_a_crash_is_logged_as_500(app_db_url: str, access_log: Lines) -> None:
    app = hosts_app(app_db_url)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    async with serve(app) as client:
        response = await client.get("/boom")
    assert response.status_code == 500
    assert [(e["path"], e["status"]) for e in access_log.entries] == [("/boom", 500)]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        pytest.param("GET", "/health/live", 200, id="json"),
        pytest.param("GET", "/nowhere", 404, id="not-found"),
        pytest.param("POST", "/api/auth/login", 422, id="validation-error"),
        pytest.param("GET", "/api/auth/me", 401, id="unauthorized"),
        pytest.param("GET", "/static/approval.js", 200, id="static"),
        pytest.param("GET", "/openapi.json", 200, id="openapi"),
    ],
)
async def test_every_response_carries_the_security_headers(
    client: httpx.AsyncClient, method: str, path: str, status: int
) -> None:
    response = await client.request(method, path)
    assert response.status_code == status
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS


class Markup(HTMLParser):
    """What in a page the CSP would block: inline scripts, styles and handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.inline: list[str] = []
        self.stylesheets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "script":
            if named.get("src") is None:
                self.inline.append("<script>")
            self.scripts.append(str(named.get("src")))
        if tag == "style":
            self.inline.append("<style>")
        if tag == "link" and named.get("rel") == "stylesheet":
            self.stylesheets.append(str(named["href"]))
        self.inline += [f"{tag} {name}" for name, _ in attrs if name == "style"]
        self.inline += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]


@pytest.mark.parametrize(
    ("path", "script"),
    [
        pytest.param(f"/approval/{uuid.uuid4()}", "approval", id="ticket"),
        *(
            pytest.param(f"/{name}", name, id=name)
            for name in ("signin", "tasks", "console", "schema", "approvals", "activity")
        ),
    ],
)
async def test_every_page_needs_nothing_the_csp_blocks(
    api: httpx.AsyncClient, path: str, script: str
) -> None:
    page = await api.get(path)
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    markup = Markup()
    markup.feed(page.text)
    assert markup.inline == []
    assert markup.scripts == [f"/static/{script}.js"]
    assert markup.stylesheets == ["/static/app.css"]
    for asset, kind in [
        *((s, "javascript") for s in markup.scripts),
        *((s, "css") for s in markup.stylesheets),
        ("/static/api.js", "javascript"),
    ]:
        served = await api.get(asset)
        assert served.status_code == 200
        assert kind in served.headers["content-type"]
    code = (await api.get(f"/static/{script}.js")).text
    assert "innerHTML" not in code, "data goes on the page as text, never as markup"
    assert not re.search(r"\{id\}", code), "no server-side placeholder left in the script"


async def test_the_api_docs_come_from_the_package(api: httpx.AsyncClient) -> None:
    page = await api.get("/docs")
    markup = Markup()
    markup.feed(page.text)
    assert markup.inline == []
    for asset in [*markup.scripts, *markup.stylesheets]:
        assert asset.startswith("/static/"), asset
        assert (await api.get(asset)).status_code == 200
    assert (await api.get("/redoc")).status_code == 404


@pytest.mark.parametrize(
    ("allowed", "host", "served"),
    [
        pytest.param(None, "localhost:8000", True, id="default-localhost"),
        pytest.param(None, "127.0.0.1:8000", True, id="default-ipv4-loopback"),
        pytest.param(None, "[::1]:8000", True, id="default-ipv6-loopback"),
        pytest.param(None, "app.localhost", True, id="default-sub-localhost"),
        pytest.param(None, "pgpilot.test", True, id="default-test-domain"),
        pytest.param(None, "testserver", True, id="default-testclient"),
        pytest.param(None, "LOCALHOST.", True, id="default-case-and-dot"),
        pytest.param(None, "evil.example.com", False, id="default-refuses-others"),
        pytest.param(None, "localhost.evil.example.com", False, id="default-no-prefix-match"),
        pytest.param(None, "192.168.1.10:8000", False, id="default-refuses-lan-address"),
        pytest.param(["pgpilot.example.com"], "pgpilot.example.com", True, id="named"),
        pytest.param(["pgpilot.example.com"], "localhost", False, id="named-only"),
        pytest.param(["*.example.com"], "a.b.example.com", True, id="wildcard-subdomain"),
        pytest.param(["*.example.com"], "example.com", False, id="wildcard-not-apex"),
        pytest.param(["*.example.com"], "badexample.com", False, id="wildcard-whole-label"),
        pytest.param(["*"], "anything.example.org", True, id="star-allows-any"),
    ],
)
async def test_allowed_hosts(
    app_db_url: str, allowed: list[str] | None, host: str, served: bool
) -> None:
    settings = {} if allowed is None else {"allowed_hosts": allowed}
    async with serve(hosts_app(app_db_url, **settings)) as client:
        response = await client.get("/openapi.json", headers={"Host": host})
    if served:
        assert response.status_code == 200, response.text
        return
    assert response.status_code == 400
    assert_envelope(response.json(), "HOST_NOT_ALLOWED")
    assert "PGPILOT_ALLOWED_HOSTS" in response.json()["message"]
    assert response.headers["x-frame-options"] == "DENY"
    assert "x-request-id" in response.headers


@pytest.mark.parametrize(
    ("bind", "host", "served"),
    [
        pytest.param("10.1.2.3", "10.1.2.3:8000", True, id="bound-address-served"),
        pytest.param("0.0.0.0", "10.1.2.3:8000", False, id="wildcard-bind-adds-nothing"),  # noqa: S104
    ],
)
async def test_the_address_serve_binds_to_is_served(
    app_db_url: str, bind: str, host: str, served: bool
) -> None:
    async with serve(hosts_app(app_db_url, host=bind)) as client:
        response = await client.get("/openapi.json", headers={"Host": host})
    assert (response.status_code == 200) is served


@pytest.mark.parametrize("probe", ["/health", "/health/live", "/health/ready"])
async def test_probes_are_answered_whatever_the_host(app_db_url: str, probe: str) -> None:
    """Container and kubelet probes name the pod's address, not the served domain."""
    app = hosts_app(app_db_url, allowed_hosts=["pgpilot.example.com"])
    async with serve(app) as client:
        probed = await client.get(probe, headers={"Host": "10.42.0.17:8000"})
        other = await client.get("/openapi.json", headers={"Host": "10.42.0.17:8000"})
    assert probed.status_code == 200, probed.text
    assert other.status_code == 400


def test_a_websocket_from_another_host_is_closed(app_db_url: str) -> None:
    with (
        TestClient(hosts_app(app_db_url)) as browser,
        pytest.raises(WebSocketDisconnect) as closed,
        browser.websocket_connect("/ws/query", headers={"Host": "evil.example.com"}),
    ):
        pass
    assert closed.value.code == 1008


async def _own_headers(scope: Scope, receive: Receive, send: Send) -> None:
    """A bare ASGI app answering with its own frame policy and request id."""
    headers = [(b"x-frame-options", b"SAMEORIGIN"), (b"x-request-id", b"from-the-app")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"ok"})


async def test_a_response_keeps_its_own_security_headers_and_gets_the_request_id() -> None:
    app = RequestContext(SecurityHeaders(_own_headers))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/", headers={"X-Request-ID": "abc"})
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers.get_list("x-request-id") == ["abc"]
