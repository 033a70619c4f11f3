"""Failed logins, throttled per account and per client address; a right password does not count.

While either count is over its limit every login is refused, the right password included,
so guessing stops instead of merely slowing down.
"""

import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from pgpilot.auth.ratelimit import LOGIN, LOGIN_ADDRESS, RateLimiter
from pgpilot.errors import RateLimited, Unauthorized

T = TypeVar("T")
IPV6_NETWORK = 64  # one subscriber's IPv6 addresses count as one address


@dataclass(frozen=True, slots=True)
class LoginKeys:
    """The keys a login attempt is counted under."""

    account: str
    address: str

    @classmethod
    def of(cls, *, email: str, address: str | None) -> "LoginKeys":
        """Keys for an email (trimmed, lower-cased) from a client address."""
        return cls(f"account:{email.strip().lower()}", f"address:{client_address(address)}")


def client_address(host: str | None) -> str:
    """A client's address as counted: IPv4 as is, IPv6 by its /64 network."""
    if not host:
        return "unknown"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/{IPV6_NETWORK}", strict=False))
    return str(ip)


async def throttled_login(
    limiter: RateLimiter, keys: LoginKeys, attempt: Callable[[], Awaitable[T]]
) -> T:
    """Run `attempt` unless the account or address is over its limit; count it if it fails."""
    for name, key in ((LOGIN, keys.account), (LOGIN_ADDRESS, keys.address)):
        decision = await limiter.check(name, key)
        if not decision.allowed:
            raise RateLimited(
                f"Too many failed logins; try again in {decision.retry_after} s.",
                retry_after=decision.retry_after,
            )
    try:
        return await attempt()
    except Unauthorized:
        await limiter.hit(LOGIN, keys.account)
        await limiter.hit(LOGIN_ADDRESS, keys.address)
        raise
