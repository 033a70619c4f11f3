"""Several pgpilot processes on one PostgreSQL and Redis behave as one service.

Two `pgpilot serve` processes on their own ports, so each request goes where the test says:
a rate limit counts across both, an approval decided on one wakes a socket waiting on the
other, a run paused on one resumes on the other, and each reports its requests in /metrics.
Then `serve --workers 2` behind one port adds its workers' counts up in /metrics.
"""

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect

from tests.api.accounts import SECRET, make_account
from tests.api.test_metrics import samples, value
from tests.cli.test_cli import pgpilot_process

REDIS_URL = os.environ.get("PGPILOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
RISKY = "delete orders where status is cancelled"
SCRAPER = "scrape-" + "w" * 40
START_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(env: dict[str, str], *args: str) -> Iterator[str]:
    """`pgpilot serve ARGS` on a free port until the block ends; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pgpilot", "serve", "--port", str(port), *args],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        assert process.stderr is not None
        process.stderr.close()


def wait_ready(base: str, process: "subprocess.Popen[str]") -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            assert process.stderr is not None
            pytest.fail(f"pgpilot serve exited: {process.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"{base}/health/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{base} was not ready within {START_TIMEOUT_S} s")


@pytest.fixture
def shared_env(app_db_url: str, demo_url: str, tmp_path: Any) -> dict[str, str]:
    """What every process gets: one app database, one target, one Redis, one secret."""
    return {
        "DATABASE_URL": app_db_url,
        "TARGET_DATABASE_URL": demo_url,
        "REDIS_URL": REDIS_URL,
        "JWT_SECRET": SECRET,
        "PGPILOT_HOME": str(tmp_path / "home"),
        "PGPILOT_RATE_LIMIT_PREFIX": f"test-{uuid.uuid4().hex}",
        "PGPILOT_SQL_RATE_LIMIT": "3/minute",
        "PGPILOT_METRICS_TOKEN": SCRAPER,
        "LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def two(shared_env: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Two pgpilot processes serving the same databases."""
    with serving(shared_env) as first, serving(shared_env) as second:
        yield first, second


async def until(ws: ClientConnection, *types: str) -> list[dict[str, Any]]:
    """Events up to and including the first of one of `types`."""
    events = []
    while True:
        event = json.loads(await ws.recv())
        events.append(event)
        if event["type"] in types:
            return events


def socket_on(base: str, token: str) -> Any:
    """A WebSocket to /ws/query on `base`, authenticated by subprotocols."""
    return connect(f"ws{base.removeprefix('http')}/ws/query", subprotocols=["bearer", token])  # type: ignore[list-item]


async def test_two_processes_share_limits_approvals_runs_and_report_metrics(
    two: tuple[str, str], app_db_url: str
) -> None:
    first, second = two
    grants: dict[str, Any] = {"default": "write"}
    alice = await make_account(app_db_url, "alice@example.com", grants=grants)
    bob = await make_account(app_db_url, "bob@example.com", grants=grants)
    ann = await make_account(app_db_url, "ann@example.com", can_approve=True)
    alice_token = alice.headers["Authorization"].removeprefix("Bearer ")
    async with httpx.AsyncClient(timeout=30) as http:
        # A rate limit of 3/minute counts bob's statements on both processes.
        statuses = []
        for base in (first, second, first, second):
            sent = await http.post(f"{base}/api/sql", json={"sql": "SELECT 1"}, headers=bob.headers)
            statuses.append(sent.status_code)
        assert statuses == [200, 200, 200, 429]

        # An approval decided on the second process wakes the socket waiting on the first.
        async with socket_on(first, alice_token) as ws:
            await ws.send(json.dumps({"query": RISKY}))
            waiting = (await until(ws, "approval_required", "result", "error"))[-1]
            assert waiting["type"] == "approval_required", waiting
            assert waiting["approve_url"].startswith(first), waiting["approve_url"]
            decided = await http.post(
                f"{second}/approve/{waiting['ticket_id']}", json={}, headers=ann.headers
            )
            assert decided.status_code == 200, decided.text
            events = await until(ws, "result", "error")
        assert events[0]["type"] == "approved"
        assert events[-1]["status"] == "executed", events[-1]

        # A run paused on the first process resumes on the second.
        async with socket_on(first, alice_token) as ws:
            await ws.send(json.dumps({"query": "update products set price to 1 where price > 0"}))
            paused = (await until(ws, "approval_required", "result", "error"))[-1]
            assert paused["type"] == "approval_required", paused
        async with socket_on(second, alice_token) as ws:
            await ws.send(json.dumps({"resume": paused["thread_id"]}))
            again = json.loads(await ws.recv())
            assert again["type"] == "approval_required"
            decided = await http.post(
                f"{first}/approve/{paused['ticket_id']}", json={}, headers=ann.headers
            )
            assert decided.status_code == 200, decided.text
            events = await until(ws, "result", "error")
        assert events[0]["type"] == "approved"
        assert events[-1]["status"] == "executed", events[-1]

        # Each process reports the requests it answered.
        for base, route in ((first, "/approve/{ticket_id}"), (second, "/approve/{ticket_id}")):
            scraped = await http.get(
                f"{base}/metrics", headers={"Authorization": f"Bearer {SCRAPER}"}
            )
            assert scraped.status_code == 200, scraped.text
            found = samples(scraped.text)
            labels = {"method": "POST", "route": route, "status": "200"}
            assert value(found, "pgpilot_http_requests_total", **labels) == 1
            sql = {"method": "POST", "route": "/api/sql"}
            assert (
                sum(
                    value(found, "pgpilot_http_requests_total", **sql, status=status)
                    for status in ("200", "429")
                )
                == 2
            )


def test_workers_add_up_in_metrics(shared_env: dict[str, str]) -> None:
    with serving(shared_env, "--workers", "2") as base:
        for _ in range(20):
            answered = httpx.get(f"{base}/health", timeout=5)
            assert answered.status_code == 200
        # Fresh connections spread over both workers; their counts meet in /metrics.
        for _ in range(10):
            with httpx.Client(timeout=5) as http:
                http.get(f"{base}/health")
        scraped = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {SCRAPER}"})
        assert scraped.status_code == 200, scraped.text
        found = samples(scraped.text)
        labels = {"method": "GET", "route": "/health", "status": "200"}
        assert value(found, "pgpilot_http_requests_total", **labels) == 30
        assert value(found, "pgpilot_db_pool_connections", pool="app", state="max") == 20


@pytest.mark.parametrize(
    ("env", "words"),
    [
        pytest.param({}, ("--workers 2 needs REDIS_URL",), id="no-redis"),
    ],
)
def test_several_workers_need_redis(env: dict[str, str], words: tuple[str, ...]) -> None:
    result = pgpilot_process(
        "serve", "--workers", "2", "--port", str(free_port()), env=env, timeout=30
    )
    assert result.returncode == 2
    for word in words:
        assert word in result.stderr
