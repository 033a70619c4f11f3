"""Target databases by name, each with its own connection pool (opened on first use)."""

import asyncio
from contextlib import AsyncExitStack
from dataclasses import dataclass, field

import psycopg
from psycopg_pool import AsyncConnectionPool

from pgpilot.db.liveness import check_connection
from pgpilot.db.urls import libpq_url, redact, without_password
from pgpilot.errors import ConfigError, NotFound, ValidationError
from pgpilot.settings import Settings
from pgpilot.sql.catalog import CatalogCache, RoleFacts, role_facts
from pgpilot.sql.execute import Limits, query_failed, session_options
from pgpilot.sql.keys import KeyCache
from pgpilot.sql.resets import Resets

DEFAULT = "default"
CONNECT_TIMEOUT_S = 5
POOL_SIZE = 5  # connections per target, at most (PGPILOT_TARGET_POOL_SIZE)


@dataclass(frozen=True, slots=True)
class Target:
    """One database the SQL agent may work on; agents only ever see its name."""

    name: str
    url: str = field(repr=False)

    @property
    def display(self) -> str:
        """The URL with any password hidden."""
        return redact(self.url)


class Targets:
    """The configured targets and their pools."""

    def __init__(
        self,
        targets: dict[str, str],
        *,
        limits: Limits | None = None,
        catalog_ttl_s: float = 10.0,
        pool_size: int = POOL_SIZE,
    ) -> None:
        self._targets = {
            name: Target(name, libpq_url(url, setting=f"target {name!r}"))
            for name, url in targets.items()
        }
        self._pools: dict[str, AsyncConnectionPool] = {}
        self._roles: dict[str, RoleFacts] = {}
        self._limits = limits or Limits()
        self._pool_size = pool_size
        self._lock = asyncio.Lock()
        self.catalog = CatalogCache(catalog_ttl_s)
        self.keys = KeyCache(catalog_ttl_s)  # which point reads return at most one row
        self.resets = Resets()  # reads' sessions being reset before they are pooled again

    @classmethod
    def from_settings(cls, settings: Settings) -> "Targets":
        """TARGET_DATABASE_URL as `default`, plus every PGPILOT_TARGETS entry."""
        named = dict(settings.targets)
        if settings.target_database_url is not None:
            named.setdefault(DEFAULT, settings.target_database_url)
        if DEFAULT not in named and named:
            raise ConfigError(
                "PGPILOT_TARGETS needs a `default` entry when TARGET_DATABASE_URL is unset"
            )
        return cls(
            named,
            limits=Limits.from_settings(settings),
            catalog_ttl_s=settings.catalog_ttl_s,
            pool_size=settings.target_pool_size,
        )

    @property
    def names(self) -> list[str]:
        """Target names, default first."""
        return sorted(self._targets, key=lambda name: (name != DEFAULT, name))

    def resolve(self, target: str | None, *, allow_url: bool = False) -> Target:
        """A target by name; a URL only where the caller is a person (CLI)."""
        if target is None or target == "":
            target = DEFAULT
        if target in self._targets:
            return self._targets[target]
        if "://" in target:
            if not allow_url:
                raise ValidationError("targets are given by name here, never by URL")
            # Recorded (tickets, audit) under its URL without the password.
            url = libpq_url(target, setting="--target")
            return Target(without_password(url), url)
        known = ", ".join(self.names) or "none configured"
        raise NotFound(
            f"no target named {target!r} (known: {known})", error_code="TARGET_NOT_FOUND"
        )

    def recorded(self, name: str, *, url: str | None = None) -> Target:
        """The target a ticket or an operation was recorded on; a URL target needs `url` again."""
        if name in self._targets:
            return self._targets[name]
        if url is not None:
            given = self.resolve(url, allow_url=True)
            if given.name != name:
                raise ValidationError(f"it was recorded on target {name}, not {given.name}")
            return given
        raise NotFound(
            f"target {name!r} is not configured here; give its URL with --target",
            error_code="TARGET_NOT_FOUND",
        )

    async def pool(self, target: Target) -> AsyncConnectionPool:
        """The target's pool, opened on first use."""
        pool = self._pools.get(target.url)
        if pool is not None:
            return pool
        async with self._lock:
            pool = self._pools.get(target.url)
            if pool is None:
                role = await self._role_of(target)
                temp_kb = self._limits.temp_file_limit_kb
                pool = AsyncConnectionPool(
                    target.url,
                    min_size=1,
                    max_size=self._pool_size,
                    open=False,
                    # Backends die (restart, failover, idle timeouts): a dead connection
                    # is replaced before a request gets it, not reported as a 503.
                    check=check_connection,
                    kwargs={
                        "autocommit": True,
                        # Nothing is prepared, so DISCARD ALL after agent SQL leaves no
                        # stale statement names in psycopg's cache.
                        "prepare_threshold": None,
                        "connect_timeout": CONNECT_TIMEOUT_S,
                        "application_name": "pgpilot",
                        "options": session_options(
                            self._limits,
                            temp_file_limit_kb=temp_kb if role.may_limit_temp_files else None,
                        ),
                    },
                    name=f"target:{target.name}",
                )
                await pool.open(wait=False)
                self._pools[target.url] = pool
        return pool

    async def role(self, target: Target) -> RoleFacts:
        """The powers of the role the target's pool connects as (asked once per pool)."""
        await self.pool(target)
        return self._roles[target.url]

    async def _role_of(self, target: Target) -> RoleFacts:
        try:
            async with await psycopg.AsyncConnection.connect(
                target.url,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                options=session_options(self._limits),
            ) as conn:
                role = await role_facts(conn)
        except psycopg.Error as exc:
            raise query_failed(exc) from exc
        self._roles[target.url] = role
        return role

    def open_pools(self) -> list[AsyncConnectionPool]:
        """The pools opened so far."""
        return list(self._pools.values())

    async def close(self) -> None:
        """Close every pool, each even when another fails to close."""
        await self.resets.wait()
        pools, self._pools = list(self._pools.values()), {}
        async with AsyncExitStack() as stack:
            for pool in pools:
                stack.push_async_callback(pool.close)
