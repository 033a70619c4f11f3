"""Per-user rate limits, in memory and in a real Redis shared by several workers."""

import os
import uuid

import pytest

from pgpilot.auth.ratelimit import RateLimiter
from pgpilot.errors import ConfigError, RateLimited

REDIS_URL = os.environ.get("PGPILOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
BACKENDS = [pytest.param(None, id="memory"), pytest.param(REDIS_URL, id="redis")]


def unique_prefix() -> str:
    return f"pgpilot-test-{uuid.uuid4().hex}"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_over_the_limit_is_refused_with_a_wait(redis_url: str | None) -> None:
    limiter = RateLimiter("3/minute", redis_url=redis_url, prefix=unique_prefix())
    try:
        decisions = [await limiter.hit("user:1") for _ in range(4)]
        other = await limiter.hit("user:2")
    finally:
        await limiter.close()
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert [d.remaining for d in decisions[:3]] == [2, 1, 0]
    refused = decisions[-1]
    assert 1 <= refused.retry_after <= 60
    with pytest.raises(RateLimited) as caught:
        refused.enforce()
    assert caught.value.headers() == {"Retry-After": str(refused.retry_after)}
    assert caught.value.status == 429
    assert other.allowed, "limits are per user"


async def test_workers_sharing_redis_share_the_count() -> None:
    prefix = unique_prefix()
    first = RateLimiter("2/minute", redis_url=REDIS_URL, prefix=prefix)
    second = RateLimiter("2/minute", redis_url=REDIS_URL, prefix=prefix)
    elsewhere = RateLimiter("2/minute", redis_url=REDIS_URL, prefix=unique_prefix())
    try:
        assert (await first.hit("user:1")).allowed
        assert (await second.hit("user:1")).allowed
        assert not (await first.hit("user:1")).allowed
        assert (await elsewhere.hit("user:1")).allowed, "another prefix, another count"
    finally:
        for limiter in (first, second, elsewhere):
            await limiter.close()


async def test_unreachable_redis_lets_requests_through() -> None:
    limiter = RateLimiter("1/minute", redis_url="redis://127.0.0.1:1/0", prefix=unique_prefix())
    try:
        assert (await limiter.hit("user:1")).allowed
        assert (await limiter.hit("user:1")).allowed
    finally:
        await limiter.close()


async def test_every_limit_counts() -> None:
    limiter = RateLimiter("5/minute;2/second", prefix=unique_prefix())
    try:
        allowed = [(await limiter.hit("user:1")).allowed for _ in range(3)]
    finally:
        await limiter.close()
    assert allowed == [True, True, False]


def test_bad_rate_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="PGPILOT_RATE_LIMIT"):
        RateLimiter("lots")
