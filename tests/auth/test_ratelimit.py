"""Named rate limits, in memory and in a real Redis shared by several workers."""

import asyncio
import os
import uuid

import pytest

from pgpilot.auth.ratelimit import (
    ASK,
    MCP,
    SETTINGS,
    SQL,
    TASKS,
    QuietMemoryStorage,
    RateLimiter,
    user_key,
)
from pgpilot.errors import ConfigError, RateLimited
from pgpilot.settings import Settings

REDIS_URL = os.environ.get("PGPILOT_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
BACKENDS = [pytest.param(None, id="memory"), pytest.param(REDIS_URL, id="redis")]


def unique_prefix() -> str:
    return f"pgpilot-test-{uuid.uuid4().hex}"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_over_the_limit_is_refused_with_a_wait(redis_url: str | None) -> None:
    limiter = RateLimiter({TASKS: "3/minute"}, redis_url=redis_url, prefix=unique_prefix())
    try:
        decisions = [await limiter.hit(TASKS, user_key(1)) for _ in range(4)]
        other = await limiter.hit(TASKS, user_key(2))
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


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_each_named_limit_keeps_its_own_count(redis_url: str | None) -> None:
    rates = {SQL: "2/minute", ASK: "1/minute", MCP: "5/minute"}
    limiter = RateLimiter(rates, redis_url=redis_url, prefix=unique_prefix())
    try:
        sql = [(await limiter.hit(SQL, user_key(1))).allowed for _ in range(3)]
        ask = [(await limiter.hit(ASK, user_key(1))).allowed for _ in range(2)]
        mcp = await limiter.hit(MCP, user_key(1))
    finally:
        await limiter.close()
    assert sql == [True, True, False]
    assert ask == [True, False], "one user's SQL does not use their questions"
    assert mcp.allowed
    assert mcp.remaining == 4


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_check_does_not_count(redis_url: str | None) -> None:
    limiter = RateLimiter({SQL: "1/minute"}, redis_url=redis_url, prefix=unique_prefix())
    try:
        checks = [(await limiter.check(SQL, user_key(1))).allowed for _ in range(3)]
        first = await limiter.hit(SQL, user_key(1))
        after = await limiter.check(SQL, user_key(1))
    finally:
        await limiter.close()
    assert checks == [True, True, True]
    assert first.allowed
    assert not after.allowed
    assert 1 <= after.retry_after <= 60


async def test_enforce_counts_and_raises_over_the_limit() -> None:
    limiter = RateLimiter({MCP: "1/minute"}, prefix=unique_prefix())
    try:
        await limiter.enforce(MCP, user_key(7))
        with pytest.raises(RateLimited, match="1 per 1 minute") as caught:
            await limiter.enforce(MCP, user_key(7))
    finally:
        await limiter.close()
    assert int(caught.value.headers()["Retry-After"]) >= 1


async def test_workers_sharing_redis_share_the_count() -> None:
    prefix = unique_prefix()
    rates = {TASKS: "2/minute"}
    first = RateLimiter(rates, redis_url=REDIS_URL, prefix=prefix)
    second = RateLimiter(rates, redis_url=REDIS_URL, prefix=prefix)
    elsewhere = RateLimiter(rates, redis_url=REDIS_URL, prefix=unique_prefix())
    try:
        assert (await first.hit(TASKS, user_key(1))).allowed
        assert (await second.hit(TASKS, user_key(1))).allowed
        assert not (await first.hit(TASKS, user_key(1))).allowed
        assert (await elsewhere.hit(TASKS, user_key(1))).allowed, "another prefix, another count"
    finally:
        for limiter in (first, second, elsewhere):
            await limiter.close()


async def test_unreachable_redis_lets_requests_through() -> None:
    limiter = RateLimiter(
        {TASKS: "1/minute"}, redis_url="redis://127.0.0.1:1/0", prefix=unique_prefix()
    )
    try:
        assert (await limiter.hit(TASKS, user_key(1))).allowed
        assert (await limiter.hit(TASKS, user_key(1))).allowed
        assert (await limiter.check(TASKS, user_key(1))).allowed
    finally:
        await limiter.close()


async def test_every_rate_of_a_limit_counts() -> None:
    limiter = RateLimiter({TASKS: "5/minute;2/second"}, prefix=unique_prefix())
    try:
        allowed = [(await limiter.hit(TASKS, user_key(1))).allowed for _ in range(3)]
    finally:
        await limiter.close()
    assert allowed == [True, True, False]


async def test_settings_name_every_limit() -> None:
    settings = Settings(database_url="postgresql://x/y", sql_rate_limit="7/minute")
    limiter = RateLimiter.from_settings(settings)
    try:
        assert set(limiter.rates) == set(SETTINGS)
        assert limiter.rates[SQL] == "7/minute"
        assert limiter.rates[TASKS] == settings.rate_limit
    finally:
        await limiter.close()


async def test_an_unknown_limit_is_a_programming_error() -> None:
    limiter = RateLimiter({TASKS: "1/minute"})
    try:
        with pytest.raises(ValueError, match="no rate limit named 'sqll'"):
            await limiter.hit("sqll", user_key(1))
    finally:
        await limiter.close()


def test_bad_rate_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="invalid rate limit 'tasks'"):
        RateLimiter({TASKS: "lots"})


async def test_memory_sweeps_expired_entries_at_most_once_a_second() -> None:
    limiter = RateLimiter({SQL: "2/second"})
    storage = limiter.storage
    assert isinstance(storage, QuietMemoryStorage)
    storage.SWEEP_EVERY_S = 0.5
    try:
        await limiter.enforce(SQL, user_key(1))
        for _ in range(20):  # the first hit's sweep ran; none more within the half second
            await asyncio.sleep(0)
            await limiter.check(SQL, user_key(2))
        first = storage.timer
        assert first is not None
        await limiter.enforce(SQL, user_key(1))
        assert storage.timer is first, "no second sweep within the half second"
        assert not (await limiter.hit(SQL, user_key(1))).allowed
        assert any(user_key(1) in key for key in storage.events)
        await asyncio.sleep(1.1)  # the entries expire; the next hit sweeps them
        await limiter.enforce(SQL, user_key(3))
        await asyncio.wait_for(asyncio.shield(storage.timer), 5)
        assert not any(user_key(1) in key for key in storage.events), storage.events
        assert (await limiter.hit(SQL, user_key(1))).allowed, "expired entries no longer count"
    finally:
        await limiter.close()


async def test_the_memory_sweep_never_makes_a_hit_wait() -> None:
    limiter = RateLimiter({SQL: "5/second"})
    storage = limiter.storage
    assert isinstance(storage, QuietMemoryStorage)
    try:
        await limiter.enforce(SQL, user_key(1))
        await limiter.enforce(SQL, user_key(2))
        await asyncio.sleep(1.1)  # both expire
        await limiter.enforce(SQL, user_key(2))  # kept: not expired yet
        (held,) = [key for key in storage.events if user_key(1) in key]
        # A hit's critical section, as limits writes it, around a sweep that is due: the
        # stock sweep took this lock (then hopped to a thread), so it would wait here.
        async with storage.locks[held]:
            storage._swept_at = 0.0
            await limiter.check(SQL, user_key(3))  # schedules the sweep
            sweep = storage.timer
            assert sweep is not None
            await asyncio.wait_for(asyncio.shield(sweep), 1)
        assert held not in storage.events
        assert [key for key in storage.events if user_key(2) in key], "live entries stay"
    finally:
        await limiter.close()
