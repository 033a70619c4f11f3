"""Schema cache per target: in memory, or shared through Redis by every worker.

With Redis, each process still keeps a local copy and asks Redis only for the target's
version number (one small GET) to know whether its copy is current; pgpilot bumps the
version whenever it runs DDL, so every worker drops its copy at once.
"""

import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pgpilot.sql.schema import Table

Loader = Callable[[], Awaitable[dict[str, Table]]]
PREFIX = "pgpilot:schema:"


@dataclass(slots=True)
class _Entry:
    tables: dict[str, Table]
    loaded_at: float
    version: int


class SchemaCache:
    """Tables of each target, kept `ttl_s` seconds or until invalidated."""

    def __init__(self, *, ttl_s: float = 3600.0, redis: Any = None, prefix: str = PREFIX) -> None:
        self._ttl_s = ttl_s
        self._redis = redis
        self._prefix = prefix
        self._local: dict[str, _Entry] = {}

    async def get(self, target: str, load: Loader) -> dict[str, Table]:
        """The cached tables of `target`, loading them when missing, stale or invalidated."""
        version = await self._version(target)
        entry = self._local.get(target)
        if entry is not None and entry.version == version and self._fresh(entry):
            return entry.tables
        tables = await self._from_redis(target, version)
        if tables is None:
            tables = await load()
            await self._to_redis(target, tables)
        self._local[target] = _Entry(tables, time.monotonic(), version)
        return tables

    async def invalidate(self, target: str) -> None:
        """Forget the target's tables everywhere (after DDL)."""
        self._local.pop(target, None)
        if self._redis is not None:
            await self._redis.incr(f"{self._prefix}{target}:version")
            await self._redis.delete(f"{self._prefix}{target}:tables")

    async def close(self) -> None:
        """Release the Redis connection, if any."""
        if self._redis is not None:
            await self._redis.aclose()

    def _fresh(self, entry: _Entry) -> bool:
        return time.monotonic() - entry.loaded_at < self._ttl_s

    async def _version(self, target: str) -> int:
        if self._redis is None:
            return 0
        value = await self._redis.get(f"{self._prefix}{target}:version")
        return int(value or 0)

    async def _from_redis(self, target: str, version: int) -> dict[str, Table] | None:
        if self._redis is None:
            return None
        raw = await self._redis.get(f"{self._prefix}{target}:tables")
        if raw is None:
            return None
        data = json.loads(raw)
        if data.get("version") != version:
            return None
        return {name: Table.from_dict(table) for name, table in data["tables"].items()}

    async def _to_redis(self, target: str, tables: dict[str, Table]) -> None:
        if self._redis is None:
            return
        version = await self._version(target)
        blob = json.dumps(
            {"version": version, "tables": {name: t.to_dict() for name, t in tables.items()}}
        )
        await self._redis.set(f"{self._prefix}{target}:tables", blob, ex=int(self._ttl_s))
