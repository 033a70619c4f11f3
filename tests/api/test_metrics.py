"""GET /metrics: refused to strangers and non-admins; counts requests, verdicts, writes, more."""

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, Account, make_account
from tests.api.conftest import serve

SCRAPER = "scrape-" + "k" * 40


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of an exposition, by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(
    found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    """The sample's value, 0 when absent."""
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def settings(app_db_url: str, demo_url: str) -> Settings:
    return Settings(
        database_url=app_db_url,
        target_database_url=demo_url,
        jwt_secret=SECRET,
        metrics_token=SCRAPER,
        sql_rate_limit="3/minute",
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        pytest.param("nobody", 401, id="stranger"),
        pytest.param("garbage", 401, id="bad-token"),
        pytest.param("user", 403, id="not-an-admin"),
        pytest.param("admin", 200, id="admin"),
        pytest.param("scraper", 200, id="metrics-token"),
    ],
)
async def test_who_may_read(settings: Settings, app_db_url: str, who: str, status: int) -> None:
    user = await make_account(app_db_url, "user@example.com")
    admin = await make_account(app_db_url, "admin@example.com", is_admin=True)
    headers = {
        "nobody": {},
        "garbage": {"Authorization": "Bearer nope"},
        "user": user.headers,
        "admin": admin.headers,
        "scraper": {"Authorization": f"Bearer {SCRAPER}"},
    }[who]
    async with serve(create_app(settings)) as api:
        answer = await api.get("/metrics", headers=headers)
    assert answer.status_code == status, answer.text
    if status == 200:
        assert answer.headers["content-type"].startswith("text/plain")
        assert "pgpilot_http_requests" in answer.text


async def scrape(api: httpx.AsyncClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    answer = await api.get("/metrics", headers={"Authorization": f"Bearer {SCRAPER}"})
    assert answer.status_code == 200, answer.text
    return samples(answer.text)


async def test_what_is_counted(settings: Settings, app_db_url: str) -> None:
    alice: Account = await make_account(
        app_db_url, "alice@example.com", grants={"default": "write"}
    )
    ann = await make_account(app_db_url, "ann@example.com", can_approve=True)
    async with serve(create_app(settings)) as api:
        await api.get("/health")
        await api.get("/no/such/page")
        sql = [
            "SELECT 1",
            "UPDATE products SET price = 0",
            "SELECT pg_sleep(1)",
            "SELECT 2",  # the fourth: over 3/minute
        ]
        answers = [
            await api.post("/api/sql", json={"sql": text}, headers=alice.headers) for text in sql
        ]
        assert [a.status_code for a in answers] == [200, 202, 403, 429]
        ticket = answers[1].json()["ticket_id"]
        decided = await api.post(f"/approve/{ticket}", json={}, headers=ann.headers)
        assert decided.status_code == 200, decided.text
        found = await scrape(api)
    assert (
        value(found, "pgpilot_http_requests_total", method="GET", route="/health", status="200")
        == 1
    )
    unmatched = {"method": "GET", "route": "<unmatched>", "status": "404"}
    assert value(found, "pgpilot_http_requests_total", **unmatched) == 1
    assert (
        value(found, "pgpilot_http_requests_total", method="POST", route="/api/sql", status="429")
        == 1
    )
    assert (
        value(found, "pgpilot_http_request_duration_seconds_count", method="POST", route="/api/sql")
        == 4
    )
    assert value(found, "pgpilot_guard_verdicts_total", kind="read") == 1
    assert value(found, "pgpilot_guard_verdicts_total", kind="write") == 1
    assert value(found, "pgpilot_guard_verdicts_total", kind="forbidden") == 1
    assert value(found, "pgpilot_writes_total", risk="HIGH", outcome="pending_approval") == 1
    assert value(found, "pgpilot_approvals_total", status="PENDING_APPROVAL") == 1
    assert value(found, "pgpilot_approvals_total", status="APPROVED") == 1
    assert value(found, "pgpilot_approval_decision_seconds_count", status="APPROVED") == 1
    assert value(found, "pgpilot_rate_limit_refusals_total", limit="sql") == 1
    assert value(found, "pgpilot_db_pool_connections", pool="app", state="max") == 10
    assert value(found, "pgpilot_db_pool_connections", pool="app", state="size") >= 1


async def test_llm_calls_are_timed(settings: Settings, app_db_url: str) -> None:
    alice = await make_account(app_db_url, "alice@example.com", grants={"default": "read"})
    async with serve(create_app(settings)) as api:
        asked = await api.post(
            "/api/ask", json={"query": "how many customers"}, headers=alice.headers
        )
        assert asked.status_code == 200, asked.text
        found = await scrape(api)
    calls = value(found, "pgpilot_llm_calls_total", model="offline", purpose="sql", outcome="ok")
    assert calls >= 1
    timed = value(found, "pgpilot_llm_call_duration_seconds_count", model="offline", purpose="sql")
    assert timed == calls
