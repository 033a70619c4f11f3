"""Schema cache per target: in memory, or shared through Redis by every worker.

With Redis, each process still keeps a local copy and asks Redis only for the target's
version number (one small GET) to know whether its copy is current; pgpilot bumps the
version whenever it runs DDL, so every worker drops its copy at once. The values found in the
data (`sql/values.py`) are shared the same way, under the same version: one worker samples a
target, the others read its result.

What is derived from the tables (their JSON form, the ranking index, the values found in the
data) is kept with the very tables it was made from, and made again whenever they are loaded.

Redis is only ever a cache: when it cannot be reached, the process serves from and loads into
its own memory (other workers then see this process's DDL only when their copy expires) and
logs the outage once, until Redis answers again.
"""

import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from pgpilot.sql.schema import Table
from pgpilot.sql.values import Values, from_json, to_json

log = logging.getLogger(__name__)

Loader = Callable[[], Awaitable[dict[str, Table]]]
ValuesLoader = Callable[[dict[str, Table]], Awaitable[Values]]
PREFIX = "pgpilot:schema:"
VALUES = "values"
Made = TypeVar("Made")


class _RedisDown(Exception):
    """Redis did not answer; the cache goes on in memory."""


@dataclass(slots=True)
class _Entry:
    tables: dict[str, Table]
    loaded_at: float
    version: int | None  # None: loaded while Redis was down


class SchemaCache:
    """Tables of each target, kept `ttl_s` seconds or until invalidated."""

    def __init__(self, *, ttl_s: float = 3600.0, redis: Any = None, prefix: str = PREFIX) -> None:
        self._ttl_s = ttl_s
        self._redis = redis
        self._prefix = prefix
        self._local: dict[str, _Entry] = {}
        # By (target, kind), with the very tables it was made from: a new load of the schema
        # (TTL, invalidation, another worker's DDL) makes it stale too.
        self._derived: dict[tuple[str, str], tuple[dict[str, Table], Any]] = {}
        self._down = False
        # What "Redis is down" looks like; the redis package (0.1-0.2 s to import) only
        # where a client was given, so a process without Redis never loads it.
        self._errors: tuple[type[Exception], ...] = (OSError,)
        if redis is not None:
            from redis.exceptions import RedisError

            self._errors = (RedisError, OSError)

    async def get(self, target: str, load: Loader) -> dict[str, Table]:
        """The cached tables of `target`, loading them when missing, stale or invalidated."""
        try:
            version: int | None = await self._version(target)
        except _RedisDown:
            version = None
        entry = self._local.get(target)
        current = entry is not None and (version is None or entry.version == version)
        if entry is not None and current and self._fresh(entry):
            return entry.tables
        tables = None if version is None else await self._from_redis(target, version)
        if tables is None:
            tables = await load()
            if version is not None:
                await self._to_redis(target, tables, version)
        self._local[target] = _Entry(tables, time.monotonic(), version)
        return tables

    async def values(self, target: str, load: Loader, read: ValuesLoader) -> Values:
        """The target's known values, read again whenever its schema is."""
        tables = await self.get(target, load)
        kept = self._kept(target, VALUES, tables)
        if kept is not None:
            return cast(Values, kept)
        version = self._local[target].version
        found = None if version is None else await self._values_from_redis(target, version)
        if found is None:
            found = await read(tables)
            if version is not None:
                await self._values_to_redis(target, found, version)
        self._derived[(target, VALUES)] = (tables, found)
        return found

    async def derived(
        self, target: str, load: Loader, kind: str, make: Callable[[dict[str, Table]], Made]
    ) -> Made:
        """`make(tables)` of the target's current tables, made once per load of them."""
        tables = await self.get(target, load)
        kept = self._kept(target, kind, tables)
        if kept is not None:
            return cast(Made, kept)
        made = make(tables)
        self._derived[(target, kind)] = (tables, made)
        return made

    def _kept(self, target: str, kind: str, tables: dict[str, Table]) -> Any:
        kept = self._derived.get((target, kind))
        return kept[1] if kept is not None and kept[0] is tables else None

    async def invalidate(self, target: str) -> None:
        """Forget the target's tables everywhere (after DDL); never raises for Redis."""
        self._local.pop(target, None)
        for key in [key for key in self._derived if key[0] == target]:
            del self._derived[key]
        if self._redis is None:
            return
        try:
            await self._call("incr", f"{self._prefix}{target}:version")
            await self._call("delete", f"{self._prefix}{target}:tables")
            await self._call("delete", f"{self._prefix}{target}:values")
        except _RedisDown:
            log.warning(
                "schema of target %r changed, but other workers keep their copy until it "
                "expires: Redis is unavailable",
                target,
            )

    async def close(self) -> None:
        """Release the Redis connection, if any."""
        if self._redis is not None:
            await self._redis.aclose()

    def _fresh(self, entry: _Entry) -> bool:
        return time.monotonic() - entry.loaded_at < self._ttl_s

    async def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """One Redis command; _RedisDown (logged once per outage) when Redis fails."""
        try:
            result = await getattr(self._redis, method)(*args, **kwargs)
        except self._errors as exc:  # refused, timed out, reset: all mean "down"
            if not self._down:
                log.warning("Redis unavailable, schema cache in memory only: %s", exc)
            self._down = True
            raise _RedisDown from exc
        if self._down:
            log.info("Redis is back; the schema cache is shared again")
            self._down = False
        return result

    async def _version(self, target: str) -> int:
        if self._redis is None:
            return 0
        value = await self._call("get", f"{self._prefix}{target}:version")
        return int(value or 0)

    async def _from_redis(self, target: str, version: int) -> dict[str, Table] | None:
        if self._redis is None:
            return None
        try:
            raw = await self._call("get", f"{self._prefix}{target}:tables")
        except _RedisDown:
            return None
        if raw is None:
            return None
        data = json.loads(raw)
        if data.get("version") != version:
            return None
        return {name: Table.from_dict(table) for name, table in data["tables"].items()}

    async def _values_from_redis(self, target: str, version: int) -> Values | None:
        """Values another worker read for this very schema version, if any."""
        if self._redis is None:
            return None
        try:
            raw = await self._call("get", f"{self._prefix}{target}:values")
        except _RedisDown:
            return None
        if raw is None:
            return None
        data = json.loads(raw)
        return from_json(data["rows"]) if data.get("version") == version else None

    async def _values_to_redis(self, target: str, values: Values, version: int) -> None:
        if self._redis is None:
            return
        blob = json.dumps({"version": version, "rows": to_json(values)})
        try:
            await self._call(
                "set", f"{self._prefix}{target}:values", blob, ex=max(1, int(self._ttl_s))
            )
        except _RedisDown:
            return

    async def _to_redis(self, target: str, tables: dict[str, Table], version: int) -> None:
        if self._redis is None:
            return
        blob = json.dumps(
            {"version": version, "tables": {name: t.to_dict() for name, t in tables.items()}}
        )
        try:
            await self._call(
                "set", f"{self._prefix}{target}:tables", blob, ex=max(1, int(self._ttl_s))
            )
        except _RedisDown:
            return
