"""Rate limits per user on task writes: 429 with Retry-After, memory or a shared Redis."""

import uuid

import pytest

from pgpilot.api.app import create_app
from pgpilot.settings import Settings
from tests.api.accounts import SECRET, make_account
from tests.api.conftest import serve
from tests.api.test_health import assert_envelope
from tests.appdb import app_pool, fetch_one
from tests.auth.test_ratelimit import BACKENDS, REDIS_URL


def limited(app_db_url: str, redis_url: str | None, prefix: str) -> Settings:
    return Settings(
        database_url=app_db_url,
        jwt_secret=SECRET,
        rate_limit="3/minute",
        redis_url=redis_url,
        rate_limit_prefix=prefix,
    )


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_writes_over_the_limit_get_429(app_db_url: str, redis_url: str | None) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    bob = await make_account(app_db_url, "bob@example.com")
    settings = limited(app_db_url, redis_url, f"pgpilot-test-{uuid.uuid4().hex}")
    async with serve(create_app(settings)) as client:
        path = f"/api/{alice.id}/tasks"
        statuses = [
            (await client.post(path, json={"title": f"t{i}"}, headers=alice.headers)).status_code
            for i in range(3)
        ]
        refused = await client.post(path, json={"title": "one too many"}, headers=alice.headers)
        listed = await client.get(path, headers=alice.headers)
        bobs = await client.post(f"/api/{bob.id}/tasks", json={"title": "b"}, headers=bob.headers)
    assert statuses == [201, 201, 201]
    assert refused.status_code == 429
    assert_envelope(refused.json(), "RATE_LIMITED")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert listed.status_code == 200, "reads are not limited"
    assert bobs.status_code == 201, "the limit is per user"
    async with app_pool(app_db_url) as pool:
        count = await fetch_one(pool, "SELECT count(*) FROM tasks WHERE user_id = %s", (alice.id,))
    assert count == (3,), "the refused request did nothing"


async def test_unauthenticated_requests_do_not_use_the_quota(app_db_url: str) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    settings = limited(app_db_url, None, "pgpilot-test")
    async with serve(create_app(settings)) as client:
        path = f"/api/{alice.id}/tasks"
        for _ in range(5):
            assert (await client.post(path, json={"title": "x"})).status_code == 401
        response = await client.post(path, json={"title": "x"}, headers=alice.headers)
    assert response.status_code == 201


async def test_two_workers_share_one_redis_count(app_db_url: str) -> None:
    alice = await make_account(app_db_url, "alice@example.com")
    settings = limited(app_db_url, REDIS_URL, f"pgpilot-test-{uuid.uuid4().hex}")
    path = f"/api/{alice.id}/tasks"
    async with (
        serve(create_app(settings)) as first,
        serve(create_app(settings)) as second,
    ):
        statuses = [
            (await worker.post(path, json={"title": "t"}, headers=alice.headers)).status_code
            for worker in (first, second, first, second)
        ]
    assert statuses == [201, 201, 201, 429]
