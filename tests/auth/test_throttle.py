"""Failed logins throttled per account and per address, in memory and in a real Redis."""

import pytest

from pgpilot.auth.ratelimit import LOGIN, LOGIN_ADDRESS, RateLimiter
from pgpilot.auth.throttle import LoginKeys, client_address, throttled_login
from pgpilot.errors import RateLimited, Unauthorized
from tests.auth.test_ratelimit import BACKENDS, unique_prefix


async def wrong() -> str:
    raise Unauthorized("Wrong email or password.")


async def right() -> str:
    return "signed in"


def limiter(redis_url: str | None, *, account: str, address: str) -> RateLimiter:
    rates = {LOGIN: account, LOGIN_ADDRESS: address}
    return RateLimiter(rates, redis_url=redis_url, prefix=unique_prefix())


async def outcome(limiter: RateLimiter, keys: LoginKeys, *, password_right: bool) -> str:
    """ "ok", "401" or "429" (with a Retry-After) for one attempt."""
    try:
        await throttled_login(limiter, keys, right if password_right else wrong)
    except Unauthorized:
        return "401"
    except RateLimited as exc:
        return "429" if int(exc.headers()["Retry-After"]) >= 1 else "429 without a wait"
    return "ok"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_over_the_account_limit_even_the_right_password_waits(redis_url: str | None) -> None:
    throttle = limiter(redis_url, account="3/minute", address="100/minute")
    ada = LoginKeys.of(email="Ada@Example.com ", address="203.0.113.7")
    same_account_elsewhere = LoginKeys.of(email="ada@example.com", address="198.51.100.1")
    bob = LoginKeys.of(email="bob@example.com", address="203.0.113.7")
    try:
        guesses = [await outcome(throttle, ada, password_right=False) for _ in range(4)]
        right_password = await outcome(throttle, ada, password_right=True)
        from_elsewhere = await outcome(throttle, same_account_elsewhere, password_right=True)
        other_account = await outcome(throttle, bob, password_right=True)
    finally:
        await throttle.close()
    assert guesses == ["401", "401", "401", "429"]
    assert right_password == "429", "guessing stops: the right password waits too"
    assert from_elsewhere == "429", "the account is counted whatever the address or case"
    assert other_account == "ok"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_over_the_address_limit_every_account_waits(redis_url: str | None) -> None:
    throttle = limiter(redis_url, account="100/minute", address="2/minute")
    try:
        sprayed = [
            await outcome(
                throttle,
                LoginKeys.of(email=f"user{i}@example.com", address="2001:db8:1:2::1"),
                password_right=False,
            )
            for i in range(3)
        ]
        same_network = await outcome(
            throttle,
            LoginKeys.of(email="ada@example.com", address="2001:db8:1:2::99"),
            password_right=True,
        )
        other_address = await outcome(
            throttle, LoginKeys.of(email="ada@example.com", address="::1"), password_right=True
        )
    finally:
        await throttle.close()
    assert sprayed == ["401", "401", "429"]
    assert same_network == "429", "one /64 counts as one address"
    assert other_address == "ok"


@pytest.mark.parametrize("redis_url", BACKENDS)
async def test_successful_logins_do_not_count(redis_url: str | None) -> None:
    throttle = limiter(redis_url, account="2/minute", address="2/minute")
    ada = LoginKeys.of(email="ada@example.com", address="127.0.0.1")
    try:
        results = [await outcome(throttle, ada, password_right=True) for _ in range(5)]
        then_wrong = await outcome(throttle, ada, password_right=False)
    finally:
        await throttle.close()
    assert results == ["ok"] * 5
    assert then_wrong == "401"


@pytest.mark.parametrize(
    ("host", "counted"),
    [
        pytest.param("203.0.113.7", "203.0.113.7", id="ipv4"),
        pytest.param("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64", id="ipv6-network"),
        pytest.param("::ffff:203.0.113.7", "203.0.113.7", id="ipv4-mapped"),
        pytest.param("testclient", "testclient", id="name"),
        pytest.param(None, "unknown", id="no-client"),
        pytest.param("", "unknown", id="empty"),
    ],
)
def test_client_address(host: str | None, counted: str) -> None:
    assert client_address(host) == counted
