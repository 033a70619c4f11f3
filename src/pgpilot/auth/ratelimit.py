"""Per-user rate limits (the `limits` library): Redis when REDIS_URL is set, else memory."""

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.exceptions import RedisError

from pgpilot.errors import ConfigError, RateLimited

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RateDecision:
    """Whether one more request may go ahead, and when to retry if not."""

    allowed: bool
    limit: str
    remaining: int
    retry_after: int

    def enforce(self) -> None:
        """Raise RateLimited when the request must wait."""
        if not self.allowed:
            raise RateLimited(
                f"Rate limit of {self.limit} reached; try again in {self.retry_after} s.",
                retry_after=self.retry_after,
            )


class RateLimiter:
    """Moving-window limits per key, shared through Redis by every worker when configured."""

    def __init__(
        self,
        rate: str,
        *,
        redis_url: str | None = None,
        prefix: str = "pgpilot",
        timeout_s: float = 2.0,
    ):
        try:
            self.items: list[RateLimitItem] = parse_many(rate)
        except ValueError as exc:
            raise ConfigError(f"invalid PGPILOT_RATE_LIMIT {rate!r}: {exc}") from None
        self.rate = rate
        self._redis: Any = None
        storage: MemoryStorage | RedisStorage
        if redis_url is None:
            storage = MemoryStorage()
        else:
            from redis.asyncio import ConnectionPool

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

    async def hit(self, key: str) -> RateDecision:
        """Count one request for `key` against every limit; the tightest decides."""
        try:
            for item in self.items:
                if not await self.strategy.hit(item, "user", key):
                    stats = await self.strategy.get_window_stats(item, "user", key)
                    wait = max(1, math.ceil(stats.reset_time - time.time()))
                    return RateDecision(False, str(item), 0, wait)
            stats = await self.strategy.get_window_stats(self.items[0], "user", key)
        except (RedisError, OSError) as exc:  # a limiter that cannot count must not lock users out
            log.warning("rate limiter unavailable, request allowed: %s", exc)
            return RateDecision(True, self.rate, -1, 0)
        return RateDecision(True, str(self.items[0]), stats.remaining, 0)

    async def close(self) -> None:
        """Release the Redis connections, or stop the memory storage's timer."""
        if self._redis is not None:
            await self._redis.aclose()
        timer = getattr(self.storage, "timer", None)
        if timer is not None and not timer.done():
            timer.cancel()
