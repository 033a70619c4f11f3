"""Named rate limits sharing one storage: Redis when REDIS_URL is set, else memory.

Each limit has a name and a rate from settings; callers count a key against it, by convention
`user:<id>` for people, `account:<email>` and `address:<ip>` for logins:

    (await services.rate_limiter.hit(SQL, user_key(user.id))).enforce()   # 429 when over
"""

import asyncio
import bisect
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter

from pgpilot.errors import ConfigError, RateLimited

if TYPE_CHECKING:
    from pgpilot.settings import Settings

log = logging.getLogger(__name__)

TASKS = "tasks"  # task writes and chat messages
SQL = "sql"  # /api/sql, SQL over the WebSocket, MCP SQL tools
ASK = "ask"  # /api/ask and questions over the WebSocket
MCP = "mcp"  # every MCP tool call
LOGIN = "login"  # failed logins per account
LOGIN_ADDRESS = "login_address"  # failed logins per client address

# The setting that holds each limit's rate.
SETTINGS: Mapping[str, str] = {
    TASKS: "rate_limit",
    SQL: "sql_rate_limit",
    ASK: "ask_rate_limit",
    MCP: "mcp_rate_limit",
    LOGIN: "login_rate_limit",
    LOGIN_ADDRESS: "login_address_rate_limit",
}


def user_key(user_id: int | None) -> str:
    """The key a user's requests are counted under (None: the operator at the console)."""
    return "operator" if user_id is None else f"user:{user_id}"


@dataclass(frozen=True, slots=True)
class RateDecision:
    """Whether one more request may go ahead, and when to retry if not."""

    allowed: bool
    limit: str
    remaining: int  # -1: not counted (enforce) or the limiter is unavailable
    retry_after: int

    def enforce(self) -> None:
        """Raise RateLimited when the request must wait."""
        if not self.allowed:
            raise RateLimited(
                f"Rate limit of {self.limit} reached; try again in {self.retry_after} s.",
                retry_after=self.retry_after,
            )


class QuietMemoryStorage(MemoryStorage):
    """limits' memory storage, swept at most once a second, in one step of the event loop.

    The stock storage schedules a sweep after every hit (a new task each time), and each sweep
    holds a key's lock across a thread hop to bisect its entries: every request on that key
    waited for the hop, under load behind a busy event loop (16 clients on one user: stalls of
    up to 47 ms each second). Decisions never depend on the sweep (a moving window compares
    entry times itself), only memory does, so once a second is plenty, and bisecting a list
    needs no thread: with no await inside, no hit can interleave and no lock is needed. The
    overrides name the base class's private methods, pinned with the version in uv.lock;
    tests/auth/test_ratelimit.py proves the sweep still runs and never waits for a lock.
    """

    SWEEP_EVERY_S = 1.0
    _swept_at = 0.0

    async def _MemoryStorage__schedule_expiry(self) -> None:
        now = time.monotonic()
        if now - self._swept_at >= self.SWEEP_EVERY_S and (not self.timer or self.timer.done()):
            self._swept_at = now
            self.timer = asyncio.create_task(self._MemoryStorage__expire_events())

    async def _MemoryStorage__expire_events(self) -> None:
        """Drop expired moving-window entries and counters, as the stock sweep does."""
        now = time.time()
        for key, events in list(self.events.items()):
            # Newest first, so expiry times fall along the list: the expired are a tail.
            del events[bisect.bisect_left(events, -now, key=lambda event: -event.expiry) :]
            if not events:
                del self.events[key]
                self.locks.pop(key, None)
        for key in [key for key, expires in self.expirations.items() if expires <= now]:
            self.storage.pop(key, None)
            del self.expirations[key]
            self.locks.pop(key, None)


class RateLimiter:
    """Moving-window limits by name and key, shared through Redis by every worker when set."""

    def __init__(
        self,
        rates: Mapping[str, str],
        *,
        redis_url: str | None = None,
        prefix: str = "pgpilot",
        timeout_s: float = 2.0,
    ):
        self.items: dict[str, list[RateLimitItem]] = {}
        for name, rate in rates.items():
            try:
                self.items[name] = parse_many(rate)
            except ValueError as exc:
                raise ConfigError(f"invalid rate limit {name!r} ({rate!r}): {exc}") from None
        self.rates = dict(rates)
        self._redis: Any = None
        # What "the store is down" looks like; redis (0.1-0.2 s to import) only when used.
        self._errors: tuple[type[Exception], ...] = (OSError,)
        storage: MemoryStorage | RedisStorage
        if redis_url is None:
            storage = QuietMemoryStorage()
        else:
            from redis.asyncio import ConnectionPool
            from redis.exceptions import RedisError

            self._errors = (RedisError, OSError)

            self._redis = ConnectionPool.from_url(
                redis_url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
            )
            storage = RedisStorage(
                f"async+{redis_url}",
                implementation="redispy",
                key_prefix=f"{prefix}:ratelimit",
                connection_pool=self._redis,
            )
        self.storage = storage
        self.strategy = MovingWindowRateLimiter(storage)
        self.on_refusal: Callable[[str], None] | None = None  # metrics: the limit's name

    @classmethod
    def from_settings(cls, settings: "Settings") -> "RateLimiter":
        """Every named limit, at the rates the settings give."""
        rates = {name: str(getattr(settings, field)) for name, field in SETTINGS.items()}
        return cls(
            rates,
            redis_url=settings.redis_url,
            prefix=settings.rate_limit_prefix,
            timeout_s=settings.redis_timeout_s,
        )

    async def hit(self, name: str, key: str) -> RateDecision:
        """Count one request for `key` against every rate of limit `name`; the tightest decides."""
        return await self._decide(name, key, count=True)

    async def check(self, name: str, key: str) -> RateDecision:
        """Whether one more request for `key` would be allowed, without counting it."""
        return await self._decide(name, key, count=False)

    async def enforce(self, name: str, key: str) -> None:
        """Count one request; raise RateLimited (429, Retry-After) when over the limit."""
        # Every guarded request comes here: what remains is not read, so it is not counted.
        (await self._decide(name, key, count=True, remaining=False)).enforce()

    async def _decide(
        self, name: str, key: str, *, count: bool, remaining: bool = True
    ) -> RateDecision:
        items = self._items(name)
        step = self.strategy.hit if count else self.strategy.test
        try:
            for item in items:
                if not await step(item, name, key):
                    stats = await self.strategy.get_window_stats(item, name, key)
                    wait = max(1, math.ceil(stats.reset_time - time.time()))
                    if self.on_refusal is not None:
                        self.on_refusal(name)
                    return RateDecision(False, str(item), 0, wait)
            if not remaining:
                return RateDecision(True, str(items[0]), -1, 0)
            stats = await self.strategy.get_window_stats(items[0], name, key)
        except self._errors as exc:  # a limiter that cannot count must not lock users out
            log.warning("rate limiter unavailable, request allowed: %s", exc)
            return RateDecision(True, self.rates[name], -1, 0)
        return RateDecision(True, str(items[0]), stats.remaining, 0)

    def _items(self, name: str) -> list[RateLimitItem]:
        try:
            return self.items[name]
        except KeyError:
            raise ValueError(f"no rate limit named {name!r}; known: {sorted(self.items)}") from None

    async def close(self) -> None:
        """Release the Redis connections, or stop the memory storage's timer."""
        if self._redis is not None:
            await self._redis.aclose()
        timer = getattr(self.storage, "timer", None)
        if timer is not None and not timer.done():
            timer.cancel()
